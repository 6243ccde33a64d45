import { Card, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { useMe } from '../session';
import { ApiTokensSection } from './api-tokens-section';
import { PasswordForm } from './password-form';
import { TwoFactorSection } from './two-factor-section';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text>{value || '—'}</Text>
    </Stack>
  );
}

/** The account itself: who it is, its password, two-factor authentication and API tokens. */
export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      <Card withBorder mb="lg">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Fact label={t('accounts.name')} value={me.name} />
          <Fact label={t('accounts.email')} value={me.email} />
          <Fact label={t('accounts.role')} value={t(`roles.${me.role}`)} />
          <Fact
            label={t('profile.passwordExpires')}
            value={
              me.passwordExpiresAt ? formatDateTime(me.passwordExpiresAt, i18n.language) : t('profile.never')
            }
          />
        </SimpleGrid>
      </Card>
      <Tabs defaultValue="password" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="password">{t('profile.password')}</Tabs.Tab>
          <Tabs.Tab value="two-factor">{t('profile.twoFactor')}</Tabs.Tab>
          {me.via === 'session' && <Tabs.Tab value="tokens">{t('profile.tokens')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="password">
          <PasswordForm
            onDone={() => notifications.show({ color: 'green', message: t('password.changed') })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="two-factor">
          <TwoFactorSection />
        </Tabs.Panel>
        <Tabs.Panel value="tokens">
          <ApiTokensSection />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
