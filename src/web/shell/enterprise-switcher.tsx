import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuilding } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useEnterprise, useEnterpriseOptions } from '../directory/enterprises/queries';
import { enterpriseFromPath, enterprisePath } from './navigation';

/** Provider staff and partners pick the customer they work on; the choice lives in the URL. */
export function EnterpriseSwitcher() {
  const { t } = useTranslation();
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
        if (id === null) return;
        setSearch('');
        navigate(enterprisePath(id, current?.section ?? ''));
      }}
      w={{ base: 170, sm: 260 }}
      comboboxProps={{ withinPortal: true }}
      data-testid="enterprise-switcher"
    />
  );
}
