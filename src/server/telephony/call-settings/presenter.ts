import { auditShape } from '../../../core/audit/shape';
import type { CallSettingsDto } from '../../../core/telephony/call-settings';
import { formatNational } from '../../../core/telephony/numbers';
import type { CallSettingsView } from './repository';

const numberRef = (e164: string | null) =>
  e164 === null ? null : { number: e164, national: formatNational(e164) };

export const presentCallSettings = (view: CallSettingsView): CallSettingsDto => ({
  enterpriseId: view.enterpriseId,
  presentation: {
    displayName: view.displayName,
    mainNumber: numberRef(view.mainNumber),
    sites: Object.entries(view.sites).map(([siteId, s]) => ({
      siteId,
      siteName: s.siteName,
      mainNumber: numberRef(s.mainNumber),
      displayName: s.displayName,
    })),
  },
  transfer: { ...view.transfer },
  queueMessages: { ...view.queueMessages },
});

/** One event per change under the enterprise; the site overrides as one field (by site id). */
export const callSettingsAudit = auditShape<CallSettingsView>()({
  entityType: 'call_settings',
  fields: ['displayName', 'mainNumber', 'sites', 'transfer', 'queueMessages'],
  locate: (view) => ({ entityId: view.enterpriseId, enterpriseId: view.enterpriseId }),
});
