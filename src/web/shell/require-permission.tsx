import type { ReactNode } from 'react';
import type { Permission } from '../../core/access/permissions';
import { choosesEnterprise, mayRead } from '../access/permissions';
import { useMe } from '../access/session';
import { NotFoundPage } from './not-found-page';

/**
 * A page the role may not read does not exist for it: the same "not found" the server gives for
 * things outside the scope, so the portal reveals nothing either.
 */
export function RequirePermission({
  permission,
  provider = false,
  chooser = false,
  children,
}: {
  permission: Permission;
  /** Only for provider staff (the lists over all enterprises). */
  provider?: boolean;
  /** Only for those who pick a customer (provider staff and partners). */
  chooser?: boolean;
  children: ReactNode;
}) {
  const me = useMe();
  const allowed =
    mayRead(me, permission) &&
    (!provider || me.enterpriseIds === null) &&
    (!chooser || choosesEnterprise(me));
  return allowed ? children : <NotFoundPage />;
}
