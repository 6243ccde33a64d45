import type { z } from 'zod';
import type {
  DeviceDto,
  DeviceModelDto,
  deviceInputSchema,
  deviceModelInputSchema,
  deviceModelPatchSchema,
  devicePatchSchema,
  SipCredentialsDto,
} from '../../../core/telephony/devices';
import { api } from '../../api/client';
import type { QueryParams } from '../../api/query-string';
import { useCursorList } from '../../api/use-cursor-list';

export const DEVICE_MODELS = ['device-models'] as const;
export const DEVICES = ['devices'] as const;

export const devicesApi = {
  createModel: (body: z.output<typeof deviceModelInputSchema>) =>
    api.post<DeviceModelDto>('/api/device-models', body),
  updateModel: (id: string, body: z.output<typeof deviceModelPatchSchema>) =>
    api.patch<DeviceModelDto>(`/api/device-models/${id}`, body),
  removeModel: (id: string) => api.delete(`/api/device-models/${id}`),
  create: (enterpriseId: string, body: z.output<typeof deviceInputSchema>) =>
    api.post<DeviceDto>(`/api/enterprises/${enterpriseId}/devices`, body),
  update: (id: string, body: z.output<typeof devicePatchSchema>) =>
    api.patch<DeviceDto>(`/api/devices/${id}`, body),
  remove: (id: string) => api.delete(`/api/devices/${id}`),
  newPassword: (id: string, line: number) =>
    api.post<SipCredentialsDto>(`/api/devices/${id}/lines/${line}/credentials`, {}),
};

export const useDeviceModels = (params: QueryParams, options: { pageSize?: number } = {}) =>
  useCursorList<DeviceModelDto>(DEVICE_MODELS, '/api/device-models', params, options);

export const useDevices = (enterpriseId: string, params: QueryParams) =>
  useCursorList<DeviceDto>([...DEVICES, enterpriseId], `/api/enterprises/${enterpriseId}/devices`, params);
