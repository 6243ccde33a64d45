import { useQuery } from '@tanstack/react-query';
import type {
  IncomingRouteDto,
  IncomingRoutePatch,
  RouteDecisionDto,
  RouteDestinations,
} from '../../../core/telephony/incoming-routes';
import type { NumberDto } from '../../../core/telephony/number-plan';
import type { ScheduleDto } from '../../../core/telephony/schedules';
import { api } from '../../api/client';
import type { QueryParams } from '../../api/query-string';
import { useCursorList } from '../../api/use-cursor-list';

export const INCOMING_ROUTES = ['incoming-routes'] as const;

/** What the editor sends: the input before the API's defaults. */
export type RouteBody = {
  name: string;
  siteId: string | null;
  number: string;
  scheduleId: string | null;
  destinations: RouteDestinations;
};

export const routesApi = {
  create: (enterpriseId: string, body: RouteBody) =>
    api.post<IncomingRouteDto>(`/api/enterprises/${enterpriseId}/incoming-routes`, body),
  update: (id: string, body: IncomingRoutePatch) =>
    api.patch<IncomingRouteDto>(`/api/incoming-routes/${id}`, body),
  remove: (id: string) => api.delete(`/api/incoming-routes/${id}`),
};

export const useIncomingRoutes = (enterpriseId: string, params: QueryParams) =>
  useCursorList<IncomingRouteDto>(
    [...INCOMING_ROUTES, enterpriseId],
    `/api/enterprises/${enterpriseId}/incoming-routes`,
    params,
  );

export const useIncomingRoute = (id: string | null) =>
  useQuery({
    queryKey: [...INCOMING_ROUTES, 'one', id],
    queryFn: () => api.get<IncomingRouteDto>(`/api/incoming-routes/${id}`),
    enabled: id !== null,
  });

/** Where a call to a saved route goes at an instant (null: now), and why. */
export const useRouteDecision = (id: string | null, at: string | null, lang: string) =>
  useQuery({
    queryKey: [...INCOMING_ROUTES, 'decision', id, at, lang],
    queryFn: () =>
      api.get<RouteDecisionDto>(`/api/incoming-routes/${id}/route`, { ...(at ? { at } : {}), lang }),
    enabled: id !== null,
  });

/** The free numbers of the plan matching a fragment, for the number picker. */
export const useFreeNumbers = (enterpriseId: string, q: string) =>
  useQuery({
    queryKey: ['numbers', enterpriseId, 'free', q],
    queryFn: () =>
      api.get<{ items: NumberDto[] }>(`/api/enterprises/${enterpriseId}/numbers`, {
        state: 'free',
        limit: 50,
        ...(q.trim() ? { q: q.trim() } : {}),
      }),
  });

/** One schedule (its named closures and its time zone, for the editor). */
export const useSchedule = (id: string | null) =>
  useQuery({
    queryKey: ['schedules', 'one', id],
    queryFn: () => api.get<ScheduleDto>(`/api/schedules/${id}`),
    enabled: id !== null,
  });
