import { Alert, Badge, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RepairStatus } from '../../../core/servicedesk/repairs';
import { formatDate } from '../../ui/format';
import type { RepairPreview } from './queries';

export const euro = (amount: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(amount);

export function warrantyText(t: TFunction, warranty: RepairPreview['warranty'], locale: string): string {
  return t(`repairs.reasons.${warranty.reason}`, { until: formatDate(warranty.coveredUntil, locale) });
}

const STATUS_COLOURS: Record<RepairStatus, string> = {
  registered: 'blue',
  received: 'yellow',
  shipped: 'teal',
  closed: 'gray',
};

export function RepairStatusBadge({ status }: { status: RepairStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light">
      {t(`repairs.statuses.${status}`)}
    </Badge>
  );
}

/** Warranty, excess and what else is charged: shown before a repair is sent, and on a registered one. */
export function RepairTerms({ terms }: { terms: RepairPreview }) {
  const { t, i18n } = useTranslation();
  return (
    <Alert color={terms.warranty.covered ? 'teal' : 'yellow'} title={t('repairs.warranty')} role="status">
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {terms.warranty.covered ? t('repairs.covered') : t('repairs.notCovered')}
        </Text>
        <Text size="sm">{warrantyText(t, terms.warranty, i18n.language)}</Text>
        <Text size="sm">
          {t('repairs.excess')}:{' '}
          {terms.excess === null ? t('repairs.noExcess') : euro(terms.excess.amount, i18n.language)}
        </Text>
        {terms.equipmentCharged && <Text size="sm">{t('repairs.equipmentCharged')}</Text>}
      </Stack>
    </Alert>
  );
}

export function ReturnAddress({ address }: { address: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={600}>
        {t('repairs.returnAddress')}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="return-address">
        {address}
      </Text>
    </div>
  );
}
