/** Idle and absolute session lifetimes (defaults: 30 minutes idle, 12 hours in all). */
export type SessionLimits = { idleMinutes: number; absoluteHours: number };

export const DEFAULT_SESSION_LIMITS: SessionLimits = { idleMinutes: 30, absoluteHours: 12 };

export type SessionStatus = 'active' | 'idle_expired' | 'absolute_expired';

export function sessionStatus(
  session: { createdAt: Date; lastSeenAt: Date },
  limits: SessionLimits,
  now: Date,
): SessionStatus {
  if (now.getTime() - session.createdAt.getTime() >= limits.absoluteHours * 3_600_000)
    return 'absolute_expired';
  if (now.getTime() - session.lastSeenAt.getTime() >= limits.idleMinutes * 60_000) return 'idle_expired';
  return 'active';
}
