import type { ActorName, World } from './fixtures';
import { fresh } from './fresh';
import type { TestApp } from './harness';

/**
 * The role × route matrix (src/server/http/route-matrix.test.ts) walks every /api route with every
 * role: each context lists the rows of its own routes beside its code
 * (src/server/<context>/route-matrix.ts). Attempts on data of enterprise A come from A's own staff,
 * from A's partner, and from the staff of enterprise B and its partner (cross-tenant: 404, never
 * the data).
 */
export type Who = ActorName | 'anonymous';
/** `contentType`: a body that is no JSON (an imported file). */
export type Attempt = { url: string; body?: unknown; contentType?: string };
export type MatrixRow = {
  /** Builds one attempt; write rows make fresh rows so that attempts do not meet each other. */
  attempt: (w: World, t: TestApp) => Promise<Attempt> | Attempt;
  /** Expected status per actor; `others` for everyone not named; anonymous gets 401 unless named. */
  expect: Partial<Record<Who, number>> & { others: number };
  /** The error code every 2xx-less answer of a named group must carry (checked when given). */
  code?: string;
  /** Log in again for this attempt (logout ends the session). */
  freshSession?: boolean;
};
export type MatrixRows = Record<string, MatrixRow>;

/** `G('a', 'b')(200)` gives `{ a: 200, b: 200 }`. */
export const G =
  (...names: Who[]) =>
  (status: number) =>
    Object.fromEntries(names.map((n) => [n, status]));

export const READERS_OF_A = G(
  'provider_admin',
  'provider_agent',
  'partner_admin',
  'enterprise_admin',
  'enterprise_admin_untrained',
  'site_admin',
);
export const OTHER_TENANT = G('partner_admin_b', 'enterprise_admin_b');
export const WRITERS_OF_A = G('provider_admin', 'partner_admin', 'enterprise_admin');
export const USER_WRITERS_OF_A = G('provider_admin', 'partner_admin', 'enterprise_admin', 'site_admin');

/** A user login on Amsterdam, for the account rows. */
export async function freshLogin(w: World, t: TestApp) {
  const user = await fresh.user(t.database.db, w.enterprises.A.id, w.sites.ams.id);
  return fresh.account(t.database.db, 'end_user', { enterpriseId: w.enterprises.A.id, userId: user.id });
}
