import type { Me } from '../../core/access/me';
import type { Permission } from '../../core/access/permissions';
import { isProviderRole } from '../../core/access/roles';

/**
 * The portal mirrors the server's policy so that it only offers what will be allowed. The server
 * still decides: these only hide or disable.
 */
export type Viewer = Pick<
  Me,
  'role' | 'permissions' | 'trainingRequired' | 'access' | 'enterpriseId' | 'enterpriseIds' | 'siteIds'
>;

export const mayRead = (me: Viewer, permission: Permission): boolean => me.permissions.includes(permission);

/** A write permission that is usable now: granted, not held back by the training gate or a read-only token. */
export const mayWrite = (me: Viewer, permission: Permission): boolean =>
  me.permissions.includes(permission) && !me.trainingRequired && me.access === 'read_write';

/** Provider staff and partners work for several customers and pick one (the enterprise switcher). */
export const choosesEnterprise = (me: Viewer): boolean =>
  me.enterpriseId === null && me.permissions.includes('enterprises.read');

export const isProviderStaff = (me: Viewer): boolean => isProviderRole(me.role);

/** The enterprise a page works on: the one in the URL, else the account's own. */
export const currentEnterpriseId = (me: Viewer, fromUrl: string | undefined): string | null =>
  fromUrl ?? me.enterpriseId;

/** Whether the viewer is limited to some sites (a site admin). */
export const limitedToSites = (me: Viewer): boolean => me.siteIds !== null;
