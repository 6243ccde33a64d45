import { Switch, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type CallRestrictions,
  RESTRICTION_KEYS,
  type RestrictionKey,
} from '../../../core/telephony/call-classes';

/**
 * A set of call restrictions as a matrix: one row per kind of call with its numbers and a toggle
 * (on = allowed). 112 comes first, always allowed and never to be switched off.
 */
export function RestrictionsMatrix({
  value,
  onChange,
  disabled = false,
  idPrefix,
}: {
  value: CallRestrictions;
  onChange: (key: RestrictionKey, allowed: boolean) => void;
  disabled?: boolean;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const row = (key: RestrictionKey | 'emergency', checked: boolean, locked: boolean) => (
    <Table.Tr key={key} data-restriction={key}>
      <Table.Td>
        <Text component="label" htmlFor={`${idPrefix}-${key}`} fw={500} size="sm">
          {t(`callRestrictions.keys.${key}`)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {t(`callRestrictions.keyExamples.${key}`)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Switch
          id={`${idPrefix}-${key}`}
          checked={checked}
          disabled={locked}
          onChange={(event) => key !== 'emergency' && onChange(key, event.currentTarget.checked)}
          label={
            key === 'emergency'
              ? t('callRestrictions.alwaysAllowed')
              : checked
                ? t('callRestrictions.check.allowed')
                : t('callRestrictions.check.barred')
          }
        />
      </Table.Td>
    </Table.Tr>
  );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('callRestrictions.classColumn')}</Table.Th>
            <Table.Th>{t('callRestrictions.examplesColumn')}</Table.Th>
            <Table.Th>{t('callRestrictions.allowedColumn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {row('emergency', true, true)}
          {RESTRICTION_KEYS.map((key) => row(key, value[key], disabled))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
