import type { Role } from './roles';

/**
 * Who is asking, as the policy sees it. Built by the server from a session or an API token;
 * everything the policy needs is here so that a decision needs no I/O.
 */
export type Actor = {
  accountId: string;
  email: string;
  name: string;
  role: Role;
  partnerId: string | null;
  /** The enterprise of an enterprise-level account (enterprise admin, site admin, user roles). */
  enterpriseId: string | null;
  userId: string | null;
  /** Enterprises the actor may see: every one (provider), its customers (partner) or its own. */
  enterpriseIds: 'all' | readonly string[];
  /** Sites the actor may see inside those enterprises: 'all', or a site admin's own sites. */
  siteIds: 'all' | readonly string[];
  /** The Telecom Manager training is recorded (only consulted for gated roles). */
  trained: boolean;
  passwordChangeRequired: boolean;
  twoFactorEnrolmentRequired: boolean;
  /** How the actor authenticated; an API token may be limited to reading. */
  via: 'session' | 'token';
  access: 'read' | 'read_write';
};

/** A thing in the directory, located by the enterprise and (if any) site it belongs to. */
export type Target = { enterpriseId: string | null; siteId?: string | null };
