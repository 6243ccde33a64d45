import type { TFunction } from 'i18next';
import type { LeadTime } from '../../../core/servicedesk/catalogue';

/** A lead time in words: "3 werkdagen", "4 weken", "op aanvraag". */
export function leadTimeText(t: TFunction, leadTime: LeadTime): string {
  switch (leadTime.kind) {
    case 'working_days':
      return t('changes.workingDays', { count: leadTime.count });
    case 'weeks':
      return t('changes.weeks', { count: leadTime.count });
    case 'on_request':
      return t('changes.onRequest');
  }
}
