import type { Profile } from '../directory/profiles';
import type { IssueCode } from '../errors';
import type { Actor } from './actor';
import { isUserRole, type Role } from './roles';

/** At most this many enterprise admins per enterprise (guide §3.2.6: "een tot drie wachtwoorden"). */
export const DEFAULT_MAX_ENTERPRISE_ADMINS = 3;

/**
 * Which roles an actor may give to accounts it creates or changes. The provider hands out the
 * enterprise-level passwords; a Telecom Manager or partner creates site administrators and
 * end-user logins itself (§3.2.6); a site admin creates end-user logins on its sites.
 */
export function grantableRoles(actor: Pick<Actor, 'role'>): readonly Role[] {
  switch (actor.role) {
    case 'provider_admin':
      return [
        'provider_admin',
        'provider_agent',
        'partner_admin',
        'enterprise_admin',
        'site_admin',
        'end_user',
        'agent',
        'supervisor',
        'receptionist',
      ];
    case 'partner_admin':
    case 'enterprise_admin':
      return ['site_admin', 'end_user', 'agent', 'supervisor', 'receptionist'];
    case 'site_admin':
      return ['end_user', 'agent', 'supervisor', 'receptionist'];
    default:
      return [];
  }
}

export const mayGrant = (actor: Pick<Actor, 'role'>, role: Role): boolean =>
  grantableRoles(actor).includes(role);

export type AccountShape = {
  role: Role;
  partnerId: string | null;
  enterpriseId: string | null;
  userId: string | null;
  siteIds: readonly string[];
};

export type LinkedUser = { enterpriseId: string; profile: Profile; siteId: string | null } | null;

/**
 * The account's role must match what it is linked to. Returns field messages, empty when valid.
 * `user` is the linked user (when userId is set), looked up by the caller.
 */
export function accountShapeErrors(account: AccountShape, user: LinkedUser): Record<string, IssueCode> {
  const errors: Record<string, IssueCode> = {};
  const { role } = account;
  const needsEnterprise = role === 'enterprise_admin' || role === 'site_admin' || isUserRole(role);
  if (role === 'partner_admin' && account.partnerId === null) errors.partnerId = 'partner_required';
  if (role !== 'partner_admin' && account.partnerId !== null)
    errors.partnerId = 'partner_only_for_partner_admin';
  if (needsEnterprise && account.enterpriseId === null) errors.enterpriseId = 'enterprise_required';
  if (!needsEnterprise && account.enterpriseId !== null) errors.enterpriseId = 'enterprise_not_for_role';
  if (role === 'site_admin' && account.siteIds.length === 0) errors.siteIds = 'site_admin_needs_sites';
  if (role !== 'site_admin' && account.siteIds.length > 0) errors.siteIds = 'sites_only_for_site_admin';
  if (isUserRole(role) && account.userId === null) errors.userId = 'user_required';
  if (!needsEnterprise && account.userId !== null) errors.userId = 'user_not_for_role';
  if (user !== null) {
    if (account.enterpriseId !== null && user.enterpriseId !== account.enterpriseId) {
      errors.userId = 'user_other_enterprise';
    } else if (user.profile === 'mobiel') {
      errors.userId = 'mobiel_no_login';
    }
  }
  return errors;
}

/**
 * Roles an account can move between without being recreated: its links (partner, enterprise,
 * user) stay valid. Provider staff, partner admins, enterprise/site admins and user logins.
 */
const FAMILY: Record<Role, 'provider' | 'partner' | 'admin' | 'user'> = {
  provider_admin: 'provider',
  provider_agent: 'provider',
  partner_admin: 'partner',
  enterprise_admin: 'admin',
  site_admin: 'admin',
  end_user: 'user',
  agent: 'user',
  supervisor: 'user',
  receptionist: 'user',
};

export const canChangeRole = (from: Role, to: Role): boolean => FAMILY[from] === FAMILY[to];
