import { useQuery } from '@tanstack/react-query';
import type { AttendantDto, AttendantInput, AttendantPatch } from '../../../core/telephony/attendants';
import type { AudioDto } from '../../../core/telephony/audio';
import { toApiError } from '../../api/api-error';
import { api } from '../../api/client';
import type { QueryParams } from '../../api/query-string';
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

/**
 * Sends an audio file with XMLHttpRequest, whose upload events tell how much has gone (fetch
 * cannot); `onProgress` gets 0..1.
 */
export function uploadAudio(options: {
  enterpriseId: string;
  file: File;
  name: string;
  siteId: string | null;
  csrfToken: string | null;
  onProgress: (share: number) => void;
}): Promise<AudioDto> {
  const query = new URLSearchParams({ name: options.name });
  if (options.siteId) query.set('siteId', options.siteId);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/enterprises/${options.enterpriseId}/audio?${query}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    if (options.csrfToken) xhr.setRequestHeader('x-csrf-token', options.csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) options.onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status === 201) resolve(body as AudioDto);
      else reject(toApiError(xhr.status, body));
    };
    xhr.send(options.file);
  });
}
