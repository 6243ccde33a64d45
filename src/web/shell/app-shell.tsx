import { Anchor, AppShell, Burger, Group, ScrollArea, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconPhoneCall } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { isId } from '../../core/ids';
import { choosesEnterprise, currentEnterpriseId, mayRead } from '../access/permissions';
import { useMe } from '../access/session';
import { navigationFor } from '../contexts';
import { useEnterprise } from '../directory/enterprises/queries';
import { EnterpriseSwitcher } from './enterprise-switcher';
import { LanguageSwitch } from './language-switch';
import { NavLinks } from './nav-links';
import { enterpriseFromPath } from './navigation';
import { NavigationProvider } from './navigation-context';
import { SkipLink } from './skip-link';
import { TrainingBanner } from './training-banner';
import { UserMenu } from './user-menu';

const MAIN_ID = 'main-content';

/**
 * The portal's frame: a skip link to the content first, header (switcher, language, user),
 * role-aware navigation, the page.
 */
export function PortalShell() {
  const { t } = useTranslation();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure(false);
  // On a phone the language switch moves from the header into the menu (one switch, not two).
  const wide = useMediaQuery('(min-width: 48em)', true);
  const { pathname } = useLocation();
  const fromUrl = enterpriseFromPath(pathname)?.enterpriseId;
  const enterpriseId = mayRead(me, 'enterprises.read') ? currentEnterpriseId(me, fromUrl) : null;
  const enterprise = useEnterprise(enterpriseId);
  // The enterprise part of the navigation only for an enterprise that exists and is in scope.
  const navEnterprise =
    enterpriseId !== null && isId(enterpriseId) && enterprise.isSuccess ? enterpriseId : null;
  const items = navigationFor(me, navEnterprise);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <SkipLink target={MAIN_ID} />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Anchor component={Link} to="/" underline="never" aria-label={`Centrale — ${t('nav.home')}`}>
              <Group gap={6} wrap="nowrap">
                <IconPhoneCall size={24} color="var(--mantine-color-indigo-7)" aria-hidden="true" />
                <Text fw={700} fz="lg" c="indigo.8" visibleFrom="xs">
                  Centrale
                </Text>
              </Group>
            </Anchor>
            {choosesEnterprise(me) && <EnterpriseSwitcher />}
          </Group>
          <Group gap="md" wrap="nowrap">
            {wide && <LanguageSwitch signedIn />}
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        {!wide && (
          <AppShell.Section mb="sm">
            <LanguageSwitch signedIn />
          </AppShell.Section>
        )}
        <AppShell.Section grow component={ScrollArea}>
          <NavLinks
            items={items}
            enterpriseName={enterprise.data?.name ?? null}
            partner={me.role === 'partner_admin'}
            onNavigate={close}
          />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0" id={MAIN_ID} tabIndex={-1} className="portal-main">
        <TrainingBanner />
        <NavigationProvider value={items}>
          <Outlet />
        </NavigationProvider>
      </AppShell.Main>
    </AppShell>
  );
}
