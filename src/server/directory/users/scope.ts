import { inScope } from '../../../core/access/policy';
import { notFound } from '../../../core/errors';
import type { Executor } from '../../db/client';
import type { Ctx } from '../../http/context';
import { findUser, type UserRow } from './repository';

/**
 * A user by its id when the actor may see it (its enterprise and, for a site admin, one of its
 * sites), optionally locking its row; otherwise 404, the same as for a user that does not exist,
 * so an id of another enterprise or site tells nothing. Every resource of a user starts here.
 */
export async function userInScope(
  ctx: Ctx,
  db: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<UserRow> {
  const user = await findUser(db, id, options);
  if (user === null || !inScope(ctx.actor, { enterpriseId: user.enterpriseId, siteId: user.siteId }))
    throw notFound();
  return user;
}
