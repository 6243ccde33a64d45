import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { limitedToSites } from '../../access/permissions';
import { useMe } from '../../access/session';
import { useNavigation } from '../../shell/navigation-context';
import { SectionCards } from '../../shell/section-cards';
import { StatCard } from '../../shell/stat-card';
import { PageHeader } from '../../ui/page-header';
import { useCurrentEnterprise } from './enterprise-layout';

/** One enterprise at a glance, with its sections. */
export function EnterpriseOverviewPage() {
  const { t } = useTranslation();
  const me = useMe();
  const enterprise = useCurrentEnterprise();
  const sections = useNavigation().filter((i) => i.group === 'enterprise' && i.key !== 'overview');
  const details = [
    enterprise.customerNumber && `${t('enterprises.customerNumber')}: ${enterprise.customerNumber}`,
    enterprise.partnerName && `${t('enterprises.partner')}: ${enterprise.partnerName}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Stack gap="lg">
      <PageHeader title={enterprise.name} description={details || undefined} />
      {/* The counts are the whole enterprise's: not for a site admin, who sees only its sites. */}
      {!limitedToSites(me) && (
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <StatCard label={t('enterprises.siteCount')} value={enterprise.siteCount} />
          <StatCard label={t('enterprises.userCount')} value={enterprise.userCount} />
        </SimpleGrid>
      )}
      <SectionCards items={sections} />
    </Stack>
  );
}
