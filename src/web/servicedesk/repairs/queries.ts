import type { z } from 'zod';
import type {
  RepairDetailDto,
  RepairDto,
  RepairPart,
  repairInputSchema,
  repairPreviewSchema,
  repairShippedSchema,
} from '../../../core/servicedesk/repairs';
import { api } from '../../api/client';
import type { QueryParams } from '../../api/query-string';
import { useCursorList } from '../../api/use-cursor-list';

export const REPAIRS = ['repairs'] as const;
export type RepairPreview = z.infer<typeof repairPreviewSchema>;

export const repairsApi = {
  preview: (deviceId: string, part: RepairPart) =>
    api.post<RepairPreview>('/api/repairs/preview', { deviceId, part }),
  create: (body: z.input<typeof repairInputSchema>) => api.post<RepairDetailDto>('/api/repairs', body),
  get: (id: string) => api.get<RepairDetailDto>(`/api/repairs/${id}`),
  received: (id: string, note?: string) =>
    api.post<RepairDetailDto>(`/api/repairs/${id}/received`, note ? { note } : {}),
  shipped: (id: string, body: z.input<typeof repairShippedSchema>) =>
    api.post<RepairDetailDto>(`/api/repairs/${id}/shipped`, body),
  closed: (id: string, note?: string) =>
    api.post<RepairDetailDto>(`/api/repairs/${id}/closed`, note ? { note } : {}),
};

export const useRepairs = (params: QueryParams) => useCursorList<RepairDto>(REPAIRS, '/api/repairs', params);

export const useDeviceRepairs = (deviceId: string | null) =>
  useCursorList<RepairDto>(
    [...REPAIRS, 'device', deviceId],
    `/api/devices/${deviceId}/repairs`,
    {},
    {
      enabled: deviceId !== null,
    },
  );
