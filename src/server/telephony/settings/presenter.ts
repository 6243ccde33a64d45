import { auditShape } from '../../../core/audit/shape';
import type { TelephonySettingsDto } from '../../../core/telephony/number-plan';
import type { TelephonySettingsRow } from './repository';

export const presentSettings = (row: TelephonySettingsRow, extensionCount: number): TelephonySettingsDto => ({
  enterpriseId: row.enterpriseId,
  extensionLength: row.extensionLength,
  extensionCount,
});

export const telephonySettingsAudit = auditShape<TelephonySettingsRow>()({
  entityType: 'telephony_settings',
  fields: ['extensionLength'],
  locate: (row) => ({ entityId: row.enterpriseId, enterpriseId: row.enterpriseId }),
});
