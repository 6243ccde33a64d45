import {
  DEFAULT_SECURITY_POLICIES,
  type SecurityPolicy,
  securityPolicySchema,
} from '../../../core/access/password-policy';
import type { Role } from '../../../core/access/roles';
import type { Executor } from '../../db/client';
import { storedPolicies } from './repository';

/**
 * The security policy of each role: the stored row over the shipped default. Read on every login
 * and session load, so it is cached; a change clears the cache at once on this node and, through
 * the revocation channel's `all` (access/revocations.ts), on the others.
 */
export class SecurityPolicyStore {
  #cached: { at: number; policies: Record<Role, SecurityPolicy> } | null = null;
  readonly #ttlMs: number;
  readonly #db: Executor;

  constructor(db: Executor, ttlMs = 30_000) {
    this.#db = db;
    this.#ttlMs = ttlMs;
  }

  async all(): Promise<Record<Role, SecurityPolicy>> {
    const now = Date.now();
    if (this.#cached && now - this.#cached.at < this.#ttlMs) return this.#cached.policies;
    const rows = await storedPolicies(this.#db);
    const policies = { ...DEFAULT_SECURITY_POLICIES };
    for (const row of rows) {
      const parsed = securityPolicySchema.safeParse(row.policy);
      if (parsed.success) policies[row.role] = parsed.data;
    }
    this.#cached = { at: now, policies };
    return policies;
  }

  async of(role: Role): Promise<SecurityPolicy> {
    return (await this.all())[role];
  }

  /**
   * The lockout an e-mail address without an account gets: the strictest of the roles' (lowest
   * threshold, then longest lock), which by default is that of provider, partner and enterprise
   * accounts, so that the addresses worth guessing and unknown ones lock alike.
   */
  async forUnknownAccounts(): Promise<SecurityPolicy> {
    const all = Object.values(await this.all());
    return all.reduce((strictest, p) =>
      p.lockoutThreshold < strictest.lockoutThreshold ||
      (p.lockoutThreshold === strictest.lockoutThreshold && p.lockoutMinutes > strictest.lockoutMinutes)
        ? p
        : strictest,
    );
  }

  invalidate(): void {
    this.#cached = null;
  }
}
