import { NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { activeNavKey, NAV_GROUPS, type NavItem } from './navigation';

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
        {NAV_GROUPS.map((group) => {
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
                <Text
                  size="xs"
                  c="dimmed"
                  fw={600}
                  px="sm"
                  className="nav-section-label"
                  truncate
                  title={heading}
                >
                  {heading}
                </Text>
              )}
              {entries.map((item) => {
                const Icon = item.icon;
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
