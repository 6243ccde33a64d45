import { useQueries, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
// Types only from core's schedules: at run time it brings the public-holiday library (with every
// country's rules), which the portal leaves to the API's /calendar and /state answers.
import type {
  ScheduleCalendarDto,
  ScheduleDto,
  ScheduleStateDto,
  scheduleInputSchema,
  schedulePatchSchema,
} from '../../../core/telephony/schedules';
import { api } from '../../api/client';
import { useCursorList } from '../../api/use-cursor-list';

export const SCHEDULES = ['schedules'] as const;

/** The months the editor's calendar draws (the API's maximum). */
export const CALENDAR_MONTHS = 24;

export type ScheduleBody = z.input<typeof scheduleInputSchema>;

export const schedulesApi = {
  create: (enterpriseId: string, body: ScheduleBody) =>
    api.post<ScheduleDto>(`/api/enterprises/${enterpriseId}/schedules`, body),
  update: (id: string, body: z.input<typeof schedulePatchSchema>) =>
    api.patch<ScheduleDto>(`/api/schedules/${id}`, body),
  remove: (id: string) => api.delete(`/api/schedules/${id}`),
};

/** All of an enterprise's schedules the viewer may see (the API answers them on one page). */
export const useSchedules = (enterpriseId: string) =>
  useCursorList<ScheduleDto>([...SCHEDULES, enterpriseId], `/api/enterprises/${enterpriseId}/schedules`, {});

export const useSchedule = (id: string | null) =>
  useQuery({
    queryKey: [...SCHEDULES, 'one', id],
    queryFn: () => api.get<ScheduleDto>(`/api/schedules/${id}`),
    enabled: id !== null,
    retry: false,
  });

/** The month views of a schedule from this month (in its zone) on. */
export const useScheduleCalendar = (id: string, months = CALENDAR_MONTHS) =>
  useQuery({
    queryKey: [...SCHEDULES, 'calendar', id, months],
    queryFn: () => api.get<ScheduleCalendarDto>(`/api/schedules/${id}/calendar`, { months }),
  });

/** Whether each schedule is open now, refreshed every minute. */
export const useScheduleStates = (ids: readonly string[], lang: 'nl' | 'en') =>
  useQueries({
    queries: ids.map((id) => ({
      queryKey: [...SCHEDULES, 'state', id, lang],
      queryFn: () => api.get<ScheduleStateDto>(`/api/schedules/${id}/state`, { lang }),
      refetchInterval: 60_000,
    })),
  });
