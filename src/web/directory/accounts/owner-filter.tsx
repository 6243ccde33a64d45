import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnterpriseOptions } from '../enterprises/queries';
import { usePartnerOptions } from '../partners/queries';

/** The customer or partner that the provider's list of all accounts is narrowed to. */
export type Owner = { kind: 'enterprise' | 'partner'; id: string; name: string };

const encode = (owner: Pick<Owner, 'kind' | 'id'>) => `${owner.kind}:${owner.id}`;

/** The filter by the enterprise or partner an account belongs to; enterprises are searched on the server. */
export function OwnerFilter({
  value,
  onChange,
}: {
  value: Owner | null;
  onChange: (owner: Owner | null) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  // Once one is chosen the box shows its name: that is no search for the server.
  const enterprises = useEnterpriseOptions(debounced === value?.name ? '' : debounced, true);
  const partners = usePartnerOptions(true);

  const enterpriseItems = (enterprises.data?.items ?? []).map((e) => ({
    value: encode({ kind: 'enterprise', id: e.id }),
    label: e.name,
  }));
  const partnerItems = (partners.data?.items ?? []).map((p) => ({
    value: encode({ kind: 'partner', id: p.id }),
    label: p.name,
  }));
  if (value && ![...enterpriseItems, ...partnerItems].some((item) => item.value === encode(value))) {
    (value.kind === 'enterprise' ? enterpriseItems : partnerItems).unshift({
      value: encode(value),
      label: value.name,
    });
  }
  const data = [
    { group: t('accounts.ownerGroups.enterprises'), items: enterpriseItems },
    { group: t('accounts.ownerGroups.partners'), items: partnerItems },
  ].filter((group) => group.items.length > 0);

  return (
    <Select
      label={t('accounts.ownerFilter')}
      placeholder={t('accounts.allOwners')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={t('accounts.noOwner')}
      data={data}
      value={value ? encode(value) : null}
      onChange={(selected, option) => {
        if (selected === null) return onChange(null);
        const [kind, id] = selected.split(':');
        if ((kind === 'enterprise' || kind === 'partner') && id)
          onChange({ kind, id, name: option?.label ?? '' });
      }}
      w={260}
      comboboxProps={{ withinPortal: true }}
      data-testid="owner-filter"
    />
  );
}
