import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SiteDto } from '../../../core/directory/schemas';

/** Narrows a list to one site (a site admin only has its own to choose from). */
export function SiteFilter({
  sites,
  value,
  onChange,
}: {
  sites: SiteDto[];
  value: string | null;
  onChange: (siteId: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('users.siteFilter')}
      placeholder={t('users.allSites')}
      clearable
      data={sites.map((s) => ({ value: s.id, label: s.name }))}
      value={value}
      onChange={onChange}
      w={200}
      data-testid="site-filter"
    />
  );
}
