import { NavLink, Stack, Text } from '@mantine/core';
import {
  IconAddressBook,
  IconBuilding,
  IconBuildingCommunity,
  IconHome,
  IconLayoutDashboard,
  IconListCheck,
  IconMapPin,
  IconSchool,
  IconShieldLock,
  IconUserCircle,
  IconUserShield,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { activeNavKey, type NavGroup, type NavItem, type NavKey } from './navigation';

const ICONS: Record<NavKey, ComponentType<{ size?: number; 'aria-hidden'?: boolean }>> = {
  home: IconHome,
  partners: IconBuildingCommunity,
  enterprises: IconBuilding,
  allAccounts: IconUserShield,
  allTrainings: IconSchool,
  allAudit: IconListCheck,
  policies: IconShieldLock,
  overview: IconLayoutDashboard,
  sites: IconMapPin,
  users: IconAddressBook,
  accounts: IconUsers,
  trainings: IconSchool,
  audit: IconListCheck,
  profile: IconUserCircle,
};

const GROUPS: NavGroup[] = ['main', 'provider', 'enterprise', 'self'];

/** The side navigation, grouped: provider pages, the chosen enterprise, the account itself. */
export function NavLinks({
  items,
  enterpriseName,
  partner,
  onNavigate,
}: {
  items: NavItem[];
  enterpriseName: string | null;
  /** A partner's own pages are headed "Partner", not "Provider". */
  partner: boolean;
  onNavigate: () => void;
}) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const active = activeNavKey(items, pathname);
  return (
    <nav aria-label={t('nav.label')}>
      <Stack gap="md">
        {GROUPS.map((group) => {
          const entries = items.filter((item) => item.group === group);
          if (entries.length === 0) return null;
          const heading =
            group === 'enterprise'
              ? (enterpriseName ?? t('nav.groups.enterprise'))
              : group === 'main'
                ? null
                : t(`nav.groups.${group === 'provider' && partner ? 'partner' : group}`);
          return (
            <Stack key={group} gap={2}>
              {heading && (
                <Text size="xs" c="dimmed" fw={600} px="sm" className="nav-section-label" truncate>
                  {heading}
                </Text>
              )}
              {entries.map((item) => {
                const Icon = ICONS[item.key];
                return (
                  <NavLink
                    key={item.key}
                    component={Link}
                    to={item.to}
                    label={t(`nav.${item.key}`)}
                    leftSection={<Icon size={18} aria-hidden />}
                    active={active === item.key}
                    aria-current={active === item.key ? 'page' : undefined}
                    onClick={onNavigate}
                  />
                );
              })}
            </Stack>
          );
        })}
      </Stack>
    </nav>
  );
}
