import type { MenuTree, TreeKind } from '../telephony/attendants';
import {
  type CallRestrictions,
  DEFAULT_CALL_RESTRICTIONS,
  RESTRICTION_KEYS,
} from '../telephony/call-classes';
import { DEFAULT_QUEUE_MESSAGES } from '../telephony/call-settings';
import { DEFAULT_SETTINGS } from '../telephony/features';
import { RoutingCache } from './cache';
import type {
  CompiledAttendant,
  CompiledConfig,
  CompiledHuntGroup,
  CompiledMember,
  CompiledQueue,
  CompiledUser,
  Holder,
  Snapshot,
} from './types';

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const restrictionsOf = (row: CallRestrictions): CallRestrictions => {
  const out = {} as Record<(typeof RESTRICTION_KEYS)[number], boolean>;
  for (const key of RESTRICTION_KEYS) out[key] = row[key];
  return Object.freeze(out);
};

const menuIndex = (tree: MenuTree | null): ReadonlyMap<string, MenuTree['menus'][number]> =>
  new Map((tree?.menus ?? []).map((m) => [m.id, m]));

/**
 * Indexes a snapshot once per configuration version: every lookup a plan makes is then one map
 * access, so planning a call costs the same in an enterprise of ten users as of a hundred thousand.
 * The result is frozen (its maps are typed read-only).
 */
export function compile(snapshot: Snapshot): CompiledConfig {
  const defaultRestrictions = restrictionsOf(snapshot.defaultRestrictions ?? DEFAULT_CALL_RESTRICTIONS);

  const extensions = new Map<string, Holder>();
  const extensionOf = new Map<string, string>();
  for (const e of snapshot.extensions) {
    extensions.set(e.extension, { type: e.assigneeType, id: e.assigneeId });
    extensionOf.set(`${e.assigneeType}:${e.assigneeId}`, e.extension);
  }
  const numbers = new Map<string, { state: Snapshot['numbers'][number]['state']; holder: Holder | null }>();
  const numbersOf = new Map<string, string[]>();
  for (const n of snapshot.numbers) {
    const holder =
      n.state === 'assigned' && n.assigneeType !== null && n.assigneeId !== null
        ? { type: n.assigneeType, id: n.assigneeId }
        : null;
    numbers.set(n.number, { state: n.state, holder });
    if (holder) push(numbersOf, `${holder.type}:${holder.id}`, n.number);
  }

  const features = new Map(snapshot.userFeatures.map((f) => [f.userId, f]));
  const restrictions = new Map(snapshot.userRestrictions.map((r) => [r.userId, r]));
  const lines = new Map<string, string[]>();
  for (const d of snapshot.devices) {
    for (const l of d.lines) {
      const owner = l.userId ?? d.userId;
      if (owner !== null) push(lines, owner, l.sipUsername);
    }
  }
  const pickupOf = new Map(snapshot.pickupGroupMembers.map((m) => [m.userId, m.pickupGroupId]));
  const pickupMembers = new Map<string, string[]>();
  for (const m of snapshot.pickupGroupMembers) push(pickupMembers, m.pickupGroupId, m.userId);

  const users = new Map<string, CompiledUser>();
  for (const u of snapshot.users) {
    const f = features.get(u.id);
    const own = restrictions.get(u.id);
    users.set(
      u.id,
      Object.freeze({
        id: u.id,
        name: u.name,
        profile: u.profile,
        siteId: u.siteId,
        extension: extensionOf.get(`user:${u.id}`) ?? null,
        numbers: numbersOf.get(`user:${u.id}`) ?? [],
        features: f
          ? {
              dnd: f.dnd,
              forwarding: f.forwarding,
              voicemail: f.voicemail,
              simultaneousRing: f.simultaneousRing,
              sequentialRing: f.sequentialRing,
            }
          : DEFAULT_SETTINGS,
        restrictions: own ? restrictionsOf(own) : defaultRestrictions,
        followsDefault: own === undefined,
        lines: lines.get(u.id) ?? [],
        pickupGroupId: pickupOf.get(u.id) ?? null,
      }),
    );
  }

  const membersOf = new Map<string, CompiledMember[]>();
  for (const m of snapshot.huntGroupMembers) {
    push(membersOf, m.huntGroupId, {
      id: m.id,
      position: m.position,
      userId: m.userId,
      externalNumber: m.externalNumber,
      weight: m.weight,
      loggedIn: m.loggedIn,
    });
  }
  const huntGroups = new Map<string, CompiledHuntGroup>();
  for (const g of snapshot.huntGroups) {
    const members = [...(membersOf.get(g.id) ?? [])].sort((a, b) => a.position - b.position);
    huntGroups.set(
      g.id,
      Object.freeze({ ...g, extension: extensionOf.get(`hunt_group:${g.id}`) ?? null, members }),
    );
  }

  const pickupGroups = new Map(
    snapshot.pickupGroups.map((p) => [
      p.id,
      Object.freeze({ id: p.id, name: p.name, userIds: pickupMembers.get(p.id) ?? [] }),
    ]),
  );

  const agentsOf = new Map<string, { userId: string; weight: number }[]>();
  for (const a of snapshot.queueAgents) {
    if (a.role === 'agent') push(agentsOf, a.queueId, { userId: a.userId, weight: a.weight });
  }
  const queues = new Map<string, CompiledQueue>();
  for (const q of snapshot.queues) {
    queues.set(
      q.id,
      Object.freeze({
        ...q,
        extension: extensionOf.get(`queue:${q.id}`) ?? null,
        agents: agentsOf.get(q.id) ?? [],
      }),
    );
  }

  const attendants = new Map<string, CompiledAttendant>();
  for (const a of snapshot.autoAttendants) {
    const index: Record<TreeKind, ReturnType<typeof menuIndex>> = {
      businessHours: menuIndex(a.menus.businessHours),
      afterHours: menuIndex(a.menus.afterHours),
      holiday: menuIndex(a.menus.holiday),
    };
    attendants.set(
      a.id,
      Object.freeze({ ...a, extension: extensionOf.get(`auto_attendant:${a.id}`) ?? null, menuIndex: index }),
    );
  }

  return Object.freeze({
    enterpriseId: snapshot.enterpriseId,
    extensionLength: snapshot.extensionLength,
    defaultRestrictions,
    queueMessages: snapshot.queueMessages ?? DEFAULT_QUEUE_MESSAGES,
    extensions,
    extensionSet: new Set(extensions.keys()),
    numbers,
    numberSet: new Set(numbers.keys()),
    users,
    huntGroups,
    pickupGroups,
    schedules: new Map(snapshot.schedules.map((s) => [s.id, s])),
    attendants,
    queues,
    routes: new Map(snapshot.incomingRoutes.map((r) => [r.id, r])),
    cache: new RoutingCache(),
  });
}
