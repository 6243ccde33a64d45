import { auditShape } from '../../../core/audit/shape';
import type { DeviceModelDto } from '../../../core/telephony/devices';
import type { DeviceModelRow, DeviceModelView } from './repository';

export const presentModel = (row: DeviceModelView): DeviceModelDto => ({
  id: row.id,
  vendor: row.vendor,
  model: row.model,
  kind: row.kind,
  maxLines: row.maxLines,
  description: row.description,
  active: row.active,
  deviceCount: row.deviceCount,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** The catalogue is the provider's: its events belong to no enterprise (provider staff read them). */
export const deviceModelAudit = auditShape<DeviceModelRow>()({
  entityType: 'device_model',
  fields: ['vendor', 'model', 'kind', 'maxLines', 'description', 'active'],
  locate: (model) => ({ entityId: model.id }),
});
