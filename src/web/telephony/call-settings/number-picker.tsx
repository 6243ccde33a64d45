import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumberDto } from '../../../core/telephony/number-plan';
import { formatNational } from '../../../core/telephony/numbers';
import { useNumbers } from '../numbers/queries';

type Props = {
  enterpriseId: string;
  /** E.164, or null for none. */
  value: string | null;
  onChange: (value: string | null) => void;
  label: string;
  /** Named only for screen readers (a table cell under its column's header). */
  hideLabel?: boolean;
  error?: string | undefined;
  disabled?: boolean;
  /** Offer only numbers of this site or of no site (a site's main number). */
  siteId?: string;
  name: string;
  w?: number;
};

/**
 * A number of the enterprise's plan, searched on the server as one types (`?q=` with the digits
 * typed); each option says the number's state, or whom it is assigned to.
 */
export function NumberPicker(props: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const digits = search.replace(/[^\d+]/g, '');
  const numbers = useNumbers(props.enterpriseId, digits === '' ? {} : { q: digits }, {
    enabled: !props.disabled,
  });
  const stateText = (n: NumberDto): string =>
    n.state === 'assigned'
      ? n.assignee?.name
        ? t('callSettings.presentation.numberState.assigned', { name: n.assignee.name })
        : t('callSettings.presentation.numberState.assignedNoName')
      : t(`callSettings.presentation.numberState.${n.state}`);
  const options = numbers.rows
    .filter((n) => props.siteId === undefined || n.siteId === null || n.siteId === props.siteId)
    .map((n) => ({ value: n.number, label: `${n.national} · ${stateText(n)}` }));
  if (props.value !== null && !options.some((o) => o.value === props.value)) {
    options.unshift({ value: props.value, label: formatNational(props.value) });
  }
  return (
    <Select
      label={props.hideLabel ? undefined : props.label}
      aria-label={props.hideLabel ? props.label : undefined}
      placeholder={t('callSettings.presentation.mainNumberPlaceholder')}
      data={options}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      value={props.value}
      onChange={(value) => props.onChange(value)}
      error={props.error}
      disabled={props.disabled}
      nothingFoundMessage={t('callSettings.presentation.noMainNumber')}
      name={props.name}
      w={props.w}
    />
  );
}
