import type { TablerIcon } from '@tabler/icons-react';
import { IconHome } from '@tabler/icons-react';
import type { Viewer } from '../access/permissions';

/**
 * The side navigation. Each bounded context contributes its entries (`<context>/navigation.ts`,
 * gathered in `src/web/contexts.ts`); the shell groups and orders them. An entry's label and
 * description are the texts `nav.<key>` and `navDescriptions.<key>`.
 */
export type NavGroup = 'main' | 'provider' | 'enterprise' | 'servicedesk' | 'self';
export const NAV_GROUPS: readonly NavGroup[] = ['main', 'provider', 'enterprise', 'servicedesk', 'self'];

export type NavItem = {
  key: string;
  to: string;
  group: NavGroup;
  /** Place within the group, lowest first; contexts leave gaps so that others can come between. */
  order: number;
  icon: TablerIcon;
};

/**
 * What one context adds to the navigation for this viewer. `enterpriseId` is the customer the
 * portal works on (in the URL, or the account's own), null when none is chosen.
 */
export type NavSection = (me: Viewer, enterpriseId: string | null) => NavItem[];

export const enterprisePath = (enterpriseId: string, section = ''): string =>
  `/enterprises/${enterpriseId}${section === '' ? '' : `/${section}`}`;

/** An entry of the chosen customer's group: `/enterprises/:id/<section>`. */
export const enterpriseItem = (
  enterpriseId: string,
  item: Omit<NavItem, 'to' | 'group'> & { section: string },
): NavItem => {
  const { section, ...rest } = item;
  return { ...rest, to: enterprisePath(enterpriseId, section), group: 'enterprise' };
};

/** The entries of every section, in group order and then by `order` (stable for equal orders). */
export function collectNavigation(
  sections: readonly NavSection[],
  me: Viewer,
  enterpriseId: string | null,
): NavItem[] {
  const items = sections.flatMap((section) => section(me, enterpriseId));
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.key)) throw new Error(`Two navigation entries have the key ${item.key}`);
    seen.add(item.key);
  }
  const rank = (item: NavItem) => NAV_GROUPS.indexOf(item.group);
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.item.order - b.item.order || a.index - b.index)
    .map(({ item }) => item);
}

/** The enterprise and the section of the enterprise pages a path points at, if any. */
export function enterpriseFromPath(pathname: string): { enterpriseId: string; section: string } | null {
  const match = /^\/enterprises\/([^/]+)(?:\/([^/]+))?/.exec(pathname);
  if (!match?.[1]) return null;
  return { enterpriseId: decodeURIComponent(match[1]), section: match[2] ?? '' };
}

/** The entry to highlight: the longest path that the current one starts with. */
export function activeNavKey(items: readonly NavItem[], pathname: string): string | null {
  let best: NavItem | null = null;
  for (const item of items) {
    const hit =
      item.to === '/' ? pathname === '/' : pathname === item.to || pathname.startsWith(`${item.to}/`);
    if (hit && (best === null || item.to.length > best.to.length)) best = item;
  }
  return best?.key ?? null;
}

/** The start page, first in every navigation. */
export const homeNavigation: NavSection = () => [
  { key: 'home', to: '/', group: 'main', order: 0, icon: IconHome },
];
