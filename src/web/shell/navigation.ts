import { mayRead, type Viewer } from '../access/permissions';

/** The entries of the side navigation, derived from the permissions: the one place that maps them. */
export type NavKey =
  | 'home'
  | 'partners'
  | 'enterprises'
  | 'allAccounts'
  | 'allTrainings'
  | 'allAudit'
  | 'policies'
  | 'overview'
  | 'sites'
  | 'users'
  | 'accounts'
  | 'trainings'
  | 'audit'
  | 'profile';

export type NavGroup = 'main' | 'provider' | 'enterprise' | 'self';
export type NavItem = { key: NavKey; to: string; group: NavGroup };

export const enterprisePath = (enterpriseId: string, section = ''): string =>
  `/enterprises/${enterpriseId}${section === '' ? '' : `/${section}`}`;

export function navigationFor(me: Viewer, enterpriseId: string | null): NavItem[] {
  const items: NavItem[] = [{ key: 'home', to: '/', group: 'main' }];
  const all = me.enterpriseIds === null;
  if (mayRead(me, 'partners.read')) items.push({ key: 'partners', to: '/partners', group: 'provider' });
  if (mayRead(me, 'enterprises.read') && me.enterpriseId === null) {
    items.push({ key: 'enterprises', to: '/enterprises', group: 'provider' });
  }
  if (all && mayRead(me, 'accounts.read'))
    items.push({ key: 'allAccounts', to: '/accounts', group: 'provider' });
  if (all && mayRead(me, 'trainings.read')) {
    items.push({ key: 'allTrainings', to: '/training-records', group: 'provider' });
  }
  if (all && mayRead(me, 'audit.read')) items.push({ key: 'allAudit', to: '/audit', group: 'provider' });
  if (mayRead(me, 'security-policies.read')) {
    items.push({ key: 'policies', to: '/security-policies', group: 'provider' });
  }
  if (enterpriseId !== null && mayRead(me, 'enterprises.read')) {
    const at = (key: NavKey, section: string): NavItem => ({
      key,
      to: enterprisePath(enterpriseId, section),
      group: 'enterprise',
    });
    items.push(at('overview', ''));
    if (mayRead(me, 'sites.read')) items.push(at('sites', 'sites'));
    if (mayRead(me, 'users.read')) items.push(at('users', 'users'));
    if (mayRead(me, 'accounts.read')) items.push(at('accounts', 'accounts'));
    if (mayRead(me, 'trainings.read')) items.push(at('trainings', 'training-records'));
    if (mayRead(me, 'audit.read')) items.push(at('audit', 'audit'));
  }
  items.push({ key: 'profile', to: '/profile', group: 'self' });
  return items;
}

/** The enterprise and the section of the enterprise pages a path points at, if any. */
export function enterpriseFromPath(pathname: string): { enterpriseId: string; section: string } | null {
  const match = /^\/enterprises\/([^/]+)(?:\/([^/]+))?/.exec(pathname);
  if (!match?.[1]) return null;
  return { enterpriseId: decodeURIComponent(match[1]), section: match[2] ?? '' };
}

/** The entry to highlight: the longest path that the current one starts with. */
export function activeNavKey(items: readonly NavItem[], pathname: string): NavKey | null {
  let best: NavItem | null = null;
  for (const item of items) {
    const hit =
      item.to === '/' ? pathname === '/' : pathname === item.to || pathname.startsWith(`${item.to}/`);
    if (hit && (best === null || item.to.length > best.to.length)) best = item;
  }
  return best?.key ?? null;
}
