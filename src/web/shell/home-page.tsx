import { Alert, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DateTime } from 'luxon';
import { useTranslation } from 'react-i18next';
import { choosesEnterprise, limitedToSites } from '../access/permissions';
import { useMe } from '../access/session';
import { useEnterprise } from '../directory/enterprises/queries';
import { PageHeader } from '../ui/page-header';
import { useNavigation } from './navigation-context';
import { SectionCards } from './section-cards';
import { StatCard } from './stat-card';

/** The start page: who you are, your enterprise at a glance, where to go. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const own = useEnterprise(me.permissions.includes('enterprises.read') ? me.enterpriseId : null);
  const items = useNavigation().filter((i) => i.key !== 'home');
  const expires = me.passwordExpiresAt
    ? DateTime.fromISO(me.passwordExpiresAt).setLocale(i18n.language).toLocaleString(DateTime.DATE_MED)
    : null;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('home.welcome', { name: me.name })}
        description={t(`roleDescriptions.${me.role}`)}
      />
      {choosesEnterprise(me) && (
        <Alert color="indigo" variant="light">
          {t('home.chooseCustomer')}
        </Alert>
      )}
      {own.data && (
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} fz="h4">
                {own.data.name}
              </Title>
              {own.data.customerNumber && (
                <Badge variant="light">
                  {t('enterprises.customerNumber')}: {own.data.customerNumber}
                </Badge>
              )}
            </Group>
            {!limitedToSites(me) && (
              <SimpleGrid cols={{ base: 2, sm: 3 }}>
                <StatCard label={t('enterprises.siteCount')} value={own.data.siteCount} />
                <StatCard label={t('enterprises.userCount')} value={own.data.userCount} />
              </SimpleGrid>
            )}
          </Stack>
        </Card>
      )}
      <SectionCards items={items} />
      <Card withBorder padding="lg">
        <Title order={2} fz="h4" mb="xs">
          {t('home.security')}
        </Title>
        <Stack gap={4}>
          <Text size="sm">{me.totpEnabled ? t('home.totpOn') : t('home.totpOff')}</Text>
          {expires && <Text size="sm">{t('home.passwordExpires', { date: expires })}</Text>}
        </Stack>
      </Card>
    </Stack>
  );
}
