import {
  passwordViolations,
  type SecurityPolicy,
  userIdsOf,
  violationIssues,
} from '../../../core/access/password-policy';
import { DomainError, fieldError } from '../../../core/errors';
import type { Executor } from '../../db/client';
import { hashPassword, verifyPassword } from '../crypto';
import { formerPasswordHashes, replacePasswordHash } from './repository';

/** How many old hashes are kept at most, whatever the policy asks (the policy's maximum). */
const HISTORY_KEPT = 24;

/**
 * Refuses a new password that breaks the role's policy or repeats one of the last
 * `historyCount` passwords: the current one and the former ones of the history.
 * `field` names the input in the error.
 */
export async function assertAcceptablePassword(
  db: Executor,
  account: { id: string; email: string; passwordHash: string | null },
  newPassword: string,
  policy: SecurityPolicy,
  options: { oldPassword?: string; field: string },
): Promise<void> {
  const violations = passwordViolations(newPassword, policy, {
    userIds: userIdsOf(account.email),
    oldPassword: options.oldPassword,
  });
  if (violations.length > 0) {
    throw new DomainError('password_policy', {
      fields: { [options.field]: violationIssues(violations, policy) },
    });
  }
  if (policy.historyCount === 0) return;
  const previous = await formerPasswordHashes(db, account.id, policy.historyCount - 1);
  const hashes = [...(account.passwordHash ? [account.passwordHash] : []), ...previous];
  for (const hash of hashes) {
    if (await verifyPassword(hash, newPassword)) {
      throw fieldError('password_policy', options.field, {
        code: 'password_reused',
        params: { count: policy.historyCount },
      });
    }
  }
}

/**
 * Stores a new password: the one it replaces joins the history (of former passwords), which is
 * trimmed to the most the policy can ask.
 */
export async function storePassword(
  db: Executor,
  accountId: string,
  password: string,
  now: Date,
  options: { mustChange: boolean },
): Promise<void> {
  const passwordHash = await hashPassword(password);
  await replacePasswordHash(
    db,
    accountId,
    { passwordHash, passwordChangedAt: now, mustChangePassword: options.mustChange },
    HISTORY_KEPT,
  );
}
