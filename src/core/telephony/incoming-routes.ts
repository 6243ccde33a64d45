import { z } from 'zod';
import type { CalendarState, CalendarStateKind } from '../calendar/calendar';
import type { Bilingual } from '../calendar/holidays';
import type { IssueSpec } from '../errors';
import { idSchema } from '../ids';
import { TREE_KINDS } from './attendants';
import { type CallRestrictions, decideCall } from './call-classes';
import { dutchNumberSchema, parsePhoneNumber } from './numbers';

/**
 * Incoming routes (guide §3.3, issue "Telephony II"): for a main or group number of the plan,
 * where a call goes in each period of a schedule. A route holds its number (assignee type
 * `incoming_route`, role `main`), so the number plan shows the route as the number's assignee.
 *
 * Its destinations:
 *  - `open` — always; without a schedule it is the only one (the number is always open);
 *  - `closed` — required when the route has a schedule;
 *  - `holiday` — optional, a public holiday without it goes where `closed` goes;
 *  - `closures` — optional, by the id of a named closure of the schedule (one-off or yearly);
 *    a closure without one goes where `closed` goes.
 * Without a schedule, `closed`, `holiday` and `closures` are refused (nothing would use them).
 *
 * A destination is a user (its phones), a user's voicemail box, a hunt group, a call centre queue,
 * an auto attendant — optionally one of its menu trees (business hours, after hours, holiday;
 * none: the attendant chooses by its own schedule) — or an outside number.
 *
 * `routeFor` answers, for a calendar state of the route's schedule, which destination applies
 * and why; the routing engine compiles the same table into call plans.
 */

export const MAX_ROUTE_CLOSURES = 200;

export const DESTINATION_TYPES = [
  'user',
  'voicemail',
  'hunt_group',
  'queue',
  'auto_attendant',
  'number',
] as const;
export type DestinationType = (typeof DESTINATION_TYPES)[number];

export const destinationSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('user'), id: z.uuid() }),
  z.strictObject({ type: z.literal('voicemail'), userId: z.uuid() }),
  z.strictObject({ type: z.literal('hunt_group'), id: z.uuid() }),
  z.strictObject({ type: z.literal('queue'), id: z.uuid() }),
  z.strictObject({
    type: z.literal('auto_attendant'),
    id: z.uuid(),
    /** Which of the attendant's menu trees answers; null: the attendant's own schedule chooses. */
    menus: z.enum(TREE_KINDS).nullable().default(null),
  }),
  z.strictObject({ type: z.literal('number'), number: z.string().trim().min(1).max(40) }),
]);
export type Destination = z.output<typeof destinationSchema>;

export const routeDestinationsSchema = z.strictObject({
  open: destinationSchema,
  closed: destinationSchema.nullable().default(null),
  holiday: destinationSchema.nullable().default(null),
  /** By closure id of the route's schedule. */
  closures: z.record(idSchema, destinationSchema).default({}),
});
export type RouteDestinations = z.output<typeof routeDestinationsSchema>;

/** The entry of the destinations that answered: a period, or one named closure. */
export type RouteEntry = 'open' | 'closed' | 'holiday' | 'closure';

export type RouteDecision = {
  /** The schedule's state (open when the route has no schedule). */
  state: CalendarStateKind;
  /** The holiday's or closure's name, when the state has one. */
  name: Bilingual | null;
  closureId: string | null;
  holidayKey: string | null;
  /** The entry whose destination applies (`closed` for a holiday without its own, …). */
  entry: RouteEntry;
  /** Whether the state had no entry of its own and fell back to `closed` (or `open`). */
  fallback: boolean;
  destination: Destination;
};

/**
 * The destination for a calendar state of the route's schedule (null: the route has none, so
 * it is open). A holiday or closure without its own entry goes where `closed` goes; `closed`
 * missing (only possible without a schedule) means `open`.
 */
export function routeFor(destinations: RouteDestinations, state: CalendarState | null): RouteDecision {
  const base = {
    state: state?.state ?? ('open' as const),
    name: state?.name ?? null,
    closureId: state?.closureId ?? null,
    holidayKey: state?.holidayKey ?? null,
  };
  const closedOr = (fallback: boolean): RouteDecision =>
    destinations.closed
      ? { ...base, entry: 'closed', fallback, destination: destinations.closed }
      : { ...base, entry: 'open', fallback: true, destination: destinations.open };
  switch (base.state) {
    case 'open':
      return { ...base, entry: 'open', fallback: false, destination: destinations.open };
    case 'closed':
      return closedOr(false);
    case 'holiday':
      return destinations.holiday
        ? { ...base, entry: 'holiday', fallback: false, destination: destinations.holiday }
        : closedOr(true);
    case 'closure': {
      const own = base.closureId === null ? undefined : destinations.closures[base.closureId];
      return own ? { ...base, entry: 'closure', fallback: false, destination: own } : closedOr(true);
    }
  }
}

/** An object a destination points at, which the server must find in the enterprise and the caller's scope. */
export type RouteReference = {
  path: string;
  target: { type: 'user' | 'hunt_group' | 'queue' | 'auto_attendant'; id: string };
};

export type RouteCheck = {
  problems: Record<string, IssueSpec>;
  references: RouteReference[];
  /** The destinations as stored: outside numbers in E.164. */
  destinations: RouteDestinations;
};

/** A destination's form (an outside number, not the route's own) and its reference. */
function checkDestination(
  path: string,
  d: Destination,
  ownNumber: string | null,
  out: Pick<RouteCheck, 'problems' | 'references'>,
): Destination {
  switch (d.type) {
    case 'number': {
      const parsed = parsePhoneNumber(d.number);
      if (parsed === null) {
        out.problems[`${path}.number`] = 'phone_number';
        return d;
      }
      if (parsed.e164 === ownNumber) out.problems[`${path}.number`] = 'route_to_itself';
      return { ...d, number: parsed.e164 };
    }
    case 'voicemail':
      out.references.push({ path: `${path}.userId`, target: { type: 'user', id: d.userId } });
      return d;
    default:
      out.references.push({ path: `${path}.id`, target: { type: d.type, id: d.id } });
      return d;
  }
}

/**
 * Every rule of a route's destinations at once, by path (`destinations.closures.<id>.number`):
 * `schedule` is the route's schedule (its closure ids), null when it has none; `ownNumber` the
 * route's number in E.164 (a route may not send a call back to itself).
 */
export function checkRoute(
  input: RouteDestinations,
  schedule: { closureIds: ReadonlySet<string> } | null,
  ownNumber: string | null,
): RouteCheck {
  const out: Pick<RouteCheck, 'problems' | 'references'> = { problems: {}, references: [] };
  const prefix = 'destinations';
  const open = checkDestination(`${prefix}.open`, input.open, ownNumber, out);
  const closed = input.closed ? checkDestination(`${prefix}.closed`, input.closed, ownNumber, out) : null;
  const holiday = input.holiday ? checkDestination(`${prefix}.holiday`, input.holiday, ownNumber, out) : null;
  const closures: Record<string, Destination> = {};
  for (const [id, d] of Object.entries(input.closures)) {
    const path = `${prefix}.closures.${id}`;
    if (schedule !== null && !schedule.closureIds.has(id)) out.problems[path] = 'route_closure_unknown';
    closures[id] = checkDestination(path, d, ownNumber, out);
  }
  if (Object.keys(closures).length > MAX_ROUTE_CLOSURES)
    out.problems[`${prefix}.closures`] = { code: 'too_many', params: { max: MAX_ROUTE_CLOSURES } };
  if (schedule === null) {
    if (closed) out.problems[`${prefix}.closed`] = 'route_needs_schedule';
    if (holiday) out.problems[`${prefix}.holiday`] = 'route_needs_schedule';
    for (const id of Object.keys(closures)) out.problems[`${prefix}.closures.${id}`] = 'route_needs_schedule';
  } else if (closed === null) out.problems[`${prefix}.closed`] = 'required';
  return { ...out, destinations: { open, closed, holiday, closures } };
}

/** The objects (type:id) the destinations point at, for the index of what points where. */
export function pointersOf(destinations: RouteDestinations): { type: string; id: string }[] {
  const out: Pick<RouteCheck, 'problems' | 'references'> = { problems: {}, references: [] };
  const all = [
    destinations.open,
    destinations.closed,
    destinations.holiday,
    ...Object.values(destinations.closures),
  ];
  for (const d of all) if (d) checkDestination('', d, null, out);
  return out.references.map((r) => r.target);
}

/** The outside numbers (E.164) of the destinations, by path, for the call-restriction check. */
export function outsideNumbersOf(destinations: RouteDestinations): { path: string; number: string }[] {
  const entries: [string, Destination | null][] = [
    ['destinations.open', destinations.open],
    ['destinations.closed', destinations.closed],
    ['destinations.holiday', destinations.holiday],
    ...Object.entries(destinations.closures).map(([id, d]): [string, Destination] => [
      `destinations.closures.${id}`,
      d,
    ]),
  ];
  return entries.flatMap(([path, d]) =>
    d?.type === 'number' && d.number.startsWith('+') ? [{ path: `${path}.number`, number: d.number }] : [],
  );
}

/**
 * The outside numbers a route may not send calls to: each decided as an outgoing call under the
 * enterprise's call restrictions (a route to a premium-rate or foreign number would open a way
 * around them); the enterprise's own numbers are internal.
 */
export function barredRouteNumbers(
  destinations: RouteDestinations,
  restrictions: CallRestrictions,
  options: { extensionLength: number; ownNumbers: ReadonlySet<string> },
): Record<string, IssueSpec> {
  const fields: Record<string, IssueSpec> = {};
  for (const { path, number } of outsideNumbersOf(destinations)) {
    const decision = decideCall(number, restrictions, options);
    if (!decision.allowed)
      fields[path] = { code: 'route_destination_barred', params: { barredBy: decision.barredBy.join(', ') } };
  }
  return fields;
}

// The API's shapes

const nameSchema = z.string().trim().min(1).max(100);

export const incomingRouteInputSchema = z.strictObject({
  name: nameSchema,
  /** The site the route belongs to; null: the enterprise's (not for a site admin). */
  siteId: z.uuid().nullable().default(null),
  /** A number of the enterprise's plan, in any notation (stored in E.164). */
  number: dutchNumberSchema,
  scheduleId: z.uuid().nullable().default(null),
  destinations: routeDestinationsSchema,
});
export type IncomingRouteInput = z.output<typeof incomingRouteInputSchema>;

/** A change: only the fields given; `destinations` replaces the whole set. */
export const incomingRoutePatchSchema = z.strictObject({
  name: nameSchema.optional(),
  siteId: z.uuid().nullable().optional(),
  number: dutchNumberSchema.optional(),
  scheduleId: z.uuid().nullable().optional(),
  destinations: routeDestinationsSchema.optional(),
});
export type IncomingRoutePatch = z.output<typeof incomingRoutePatchSchema>;

export const incomingRouteSchema = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  siteId: z.uuid().nullable(),
  siteName: z.string().nullable(),
  name: z.string(),
  number: z.string().nullable().describe('E.164'),
  scheduleId: z.uuid().nullable(),
  scheduleName: z.string().nullable(),
  destinations: routeDestinationsSchema,
  /** The names of what the destinations point at, by id (in the reader's scope). */
  targetNames: z.record(z.string(), z.string()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type IncomingRouteDto = z.infer<typeof incomingRouteSchema>;

export const routeDecisionSchema = z.object({
  at: z.iso.datetime(),
  state: z.enum(['open', 'closed', 'holiday', 'closure']),
  /** The holiday's or closure's name in the requester's language. */
  name: z.string().nullable(),
  names: z.object({ nl: z.string(), en: z.string() }).nullable(),
  closureId: z.string().nullable(),
  holidayKey: z.string().nullable(),
  entry: z.enum(['open', 'closed', 'holiday', 'closure']),
  fallback: z.boolean(),
  destination: destinationSchema,
  /** The destination's name (a user, group, queue or attendant), or its number. */
  destinationName: z.string().nullable(),
});
export type RouteDecisionDto = z.infer<typeof routeDecisionSchema>;
