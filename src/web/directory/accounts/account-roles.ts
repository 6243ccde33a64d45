import { grantableRoles } from '../../../core/access/account-rules';
import { isEnterpriseRole, type Role } from '../../../core/access/roles';

/**
 * The roles the create form offers: what the actor may grant, narrowed to the place of the list.
 * In an enterprise only enterprise roles; on the provider's own list only provider and partner ones.
 */
export function creatableRoles(actor: { role: Role }, inEnterprise: boolean): Role[] {
  return grantableRoles(actor).filter((role) =>
    inEnterprise ? isEnterpriseRole(role) : !isEnterpriseRole(role),
  );
}
