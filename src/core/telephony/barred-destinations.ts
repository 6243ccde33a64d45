import type { IssueSpec } from '../errors';
import { type CallRestrictions, decideCall } from './call-classes';
import { FORWARDING_KINDS, type UserFeatureSettings } from './features';

/**
 * The destinations of a user's settings that leave the enterprise — forwarding (switched on),
 * simultaneous and sequential ring (switched on) to an outside number — each decided as an
 * outgoing call of the user: a forwarding to a number the user may not call itself would open
 * a way around its call restrictions (to premium rate or abroad), so it is refused at its field.
 * Numbers of the enterprise's own plan are internal calls.
 */
export function barredDestinations(
  settings: UserFeatureSettings,
  restrictions: CallRestrictions,
  options: { extensionLength: number; ownNumbers: ReadonlySet<string> },
): Record<string, IssueSpec> {
  const fields: Record<string, IssueSpec> = {};
  const check = (path: string, destination: string) => {
    if (!destination.startsWith('+')) return;
    const decision = decideCall(destination, restrictions, options);
    if (!decision.allowed) {
      fields[path] = {
        code: 'destination_barred',
        params: { class: decision.class, barredBy: decision.barredBy.join(', ') },
      };
    }
  };
  for (const kind of FORWARDING_KINDS) {
    const entry = settings.forwarding[kind];
    if (entry.enabled) check(`forwarding.${kind}.destination`, entry.destination);
  }
  if (settings.simultaneousRing.enabled) {
    for (const [i, n] of settings.simultaneousRing.numbers.entries())
      check(`simultaneousRing.numbers.${i}`, n);
  }
  if (settings.sequentialRing.enabled) {
    for (const [i, d] of settings.sequentialRing.destinations.entries()) {
      check(`sequentialRing.destinations.${i}`, d);
    }
  }
  return fields;
}

/** Every outside number a user's settings name (for the one lookup of which are the enterprise's own). */
export function outsideNumbersOf(settings: UserFeatureSettings): string[] {
  const all = [
    ...FORWARDING_KINDS.map((k) => settings.forwarding[k].destination),
    ...settings.simultaneousRing.numbers,
    ...settings.sequentialRing.destinations,
  ];
  return [...new Set(all.filter((d) => d.startsWith('+')))];
}
