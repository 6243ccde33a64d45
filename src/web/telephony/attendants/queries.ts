import { useQuery } from '@tanstack/react-query';
import type { AttendantDto, AttendantInput, AttendantPatch } from '../../../core/telephony/attendants';
import type { AudioDto } from '../../../core/telephony/audio';
import { api } from '../../api/client';
import type { QueryParams } from '../../api/query-string';
import { uploadFile } from '../../api/upload';
import { useCursorList } from '../../api/use-cursor-list';

export const ATTENDANTS = ['auto-attendants'] as const;
export const AUDIO = ['audio'] as const;

/** What the API takes: the input shapes before their defaults are filled in. */
export type AttendantBody = Omit<AttendantInput, 'menus'> & { menus: AttendantInput['menus'] };

export const attendantsApi = {
  create: (enterpriseId: string, body: AttendantBody) =>
    api.post<AttendantDto>(`/api/enterprises/${enterpriseId}/auto-attendants`, body),
  update: (id: string, body: AttendantPatch) => api.patch<AttendantDto>(`/api/auto-attendants/${id}`, body),
  remove: (id: string) => api.delete(`/api/auto-attendants/${id}`),
  removeAudio: (id: string) => api.delete(`/api/audio/${id}`),
};

export const useAttendants = (enterpriseId: string, params: QueryParams) =>
  useCursorList<AttendantDto>(
    [...ATTENDANTS, enterpriseId],
    `/api/enterprises/${enterpriseId}/auto-attendants`,
    params,
  );

export const useAttendant = (id: string | null) =>
  useQuery({
    queryKey: [...ATTENDANTS, 'one', id],
    queryFn: () => api.get<AttendantDto>(`/api/auto-attendants/${id}`),
    enabled: id !== null,
  });

export const useAudio = (enterpriseId: string) =>
  useCursorList<AudioDto>(
    [...AUDIO, enterpriseId],
    `/api/enterprises/${enterpriseId}/audio`,
    {},
    { pageSize: 200 },
  );

export type TargetType = 'user' | 'auto_attendant' | 'audio' | 'hunt_group' | 'queue' | 'schedule';
export type TargetList = {
  type: TargetType;
  available: boolean;
  items: { id: string; name: string; siteId: string | null }[];
};

/** The pickers' candidates of one type, from the target registry. */
export const useTargets = (enterpriseId: string, type: TargetType) =>
  useQuery({
    queryKey: ['targets', enterpriseId, type],
    queryFn: () => api.get<TargetList>(`/api/enterprises/${enterpriseId}/targets`, { type, limit: 100 }),
  });

/** Sends an audio file, with its progress (0..1) while it goes. */
export function uploadAudio(options: {
  enterpriseId: string;
  file: File;
  name: string;
  siteId: string | null;
  onProgress: (share: number) => void;
}): Promise<AudioDto> {
  const query = new URLSearchParams({ name: options.name });
  if (options.siteId) query.set('siteId', options.siteId);
  return uploadFile<AudioDto>({
    path: `/api/enterprises/${options.enterpriseId}/audio?${query}`,
    file: options.file,
    contentType: 'application/octet-stream',
    onProgress: options.onProgress,
  });
}
