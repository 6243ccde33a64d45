import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuilding } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { isProviderStaff } from '../access/permissions';
import { useMe } from '../access/session';
import { useEnterprise, useEnterpriseOptions } from '../directory/enterprises/queries';
import { enterpriseFromPath, enterprisePath } from './navigation';

/** The provider's pages over all customers that a customer's section has its own version of. */
const PROVIDER_LISTS = new Set(['accounts', 'training-records', 'audit']);

/**
 * Provider staff and partners pick the customer they work on; the choice lives in the URL.
 * A long name is cut off with an ellipsis and shown whole as the field's title (and in full in
 * the list). Clearing the choice leads back to the same list over all customers, if there is one.
 */
export function EnterpriseSwitcher() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = enterpriseFromPath(pathname);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const selected = useEnterprise(current?.enterpriseId);
  // Once a customer is chosen the box shows its name: that is no search for the server.
  const options = useEnterpriseOptions(debounced === selected.data?.name ? '' : debounced, true);

  const data = (options.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }));
  if (selected.data && !data.some((d) => d.value === selected.data.id)) {
    data.unshift({ value: selected.data.id, label: selected.data.name });
  }

  return (
    <Select
      aria-label={t('switcher.label')}
      placeholder={t('switcher.placeholder')}
      leftSection={<IconBuilding size={16} aria-hidden="true" />}
      data={data}
      value={selected.data ? selected.data.id : null}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={t('switcher.nothing')}
      onChange={(id) => {
        setSearch('');
        if (id !== null) navigate(enterprisePath(id, current?.section ?? ''));
        else if (isProviderStaff(me) && PROVIDER_LISTS.has(current?.section ?? ''))
          navigate(`/${current?.section}`);
        else navigate('/enterprises');
      }}
      clearable
      allowDeselect={false}
      clearButtonProps={{ 'aria-label': t('switcher.clear') }}
      title={selected.data?.name}
      classNames={{ input: 'enterprise-switcher-input' }}
      w={{ base: 180, sm: 300, lg: 380 }}
      comboboxProps={{ withinPortal: true }}
      data-testid="enterprise-switcher"
    />
  );
}
