import { DateTime } from 'luxon';
import type { Bilingual } from '../calendar/holidays';
import { dutchPublicHolidays } from '../calendar/holidays';
import { defineTexts, formatMessage, type Language, type Params } from '../messages/texts';
import { checkMenus, TREE_KINDS } from '../telephony/attendants';
import { explainCode } from './messages';
import { plan } from './plan';
import type { CallPlan, CompiledConfig, DecisionParams, NodeId, ObjectRef, ObjectType, Step } from './types';

/**
 * Configuration checks (issue 10): what in an enterprise's telephony sends calls nowhere or will
 * surprise its Telecom Manager, found two ways.
 *
 * - By rule, on the compiled configuration: hunt groups without members, queues without agents,
 *   schedules without opening hours, menus no key reaches, numbers in use that route to nothing.
 * - By planning, with the engine itself: a call from outside to every number in use, and a call
 *   to every extension, at a few moments (a working day in and out of office hours, a Saturday,
 *   the next public holiday), every branch of each plan followed. A branch that ends rejected
 *   because the configuration points at nothing (`unassigned`, `unknown_number`, `no_destination`,
 *   `no_voicemail`, `no_operator`), goes round (`loop`), gets past the call restrictions (`barred`),
 *   or is cut at the step budget (`plan_limit`) is a finding, named by the object whose step it
 *   is. What the checks report is what a real call would do, because the call plane executes the
 *   same plans. The live state is left at its defaults (everyone registered, nobody busy): the
 *   checks are about configuration, not about who is on the phone now.
 */

export type CheckSeverity = 'error' | 'warning';

export type ConfigCheck = {
  severity: CheckSeverity;
  code: CheckCode;
  params: DecisionParams;
  /** The objects concerned, the one to fix first. */
  objects: readonly ObjectRef[];
};

export const CHECK_TEXTS = defineTexts({
  hunt_group_no_members: {
    nl: 'Huntgroep {name} heeft geen leden: een oproep gaat meteen door naar wat erna komt.',
    en: 'Hunt group {name} has no members: a call goes straight on to what comes after it.',
  },
  queue_no_agents: {
    nl: 'Wachtrij {name} heeft geen agenten: bellers wachten tot de maximale wachttijd.',
    en: 'Queue {name} has no agents: callers wait until the maximum wait.',
  },
  schedule_no_opening_hours: {
    nl: 'Tijdschema {name} heeft geen openingstijden: wat het gebruikt, is altijd gesloten.',
    en: 'Schedule {name} has no opening hours: whatever uses it is always closed.',
  },
  menu_unreachable: {
    nl: 'Menu {menu} van keuzemenu {name} ({tree}) is met geen enkele toets te bereiken.',
    en: 'Menu {menu} of auto attendant {name} ({tree}) cannot be reached by any key.',
  },
  number_routes_nowhere: {
    nl: 'Nummer {number} is in gebruik maar is aan niets toegewezen: bellers krijgen "niet in gebruik".',
    en: 'Number {number} is in use but assigned to nothing: callers hear "not in use".',
  },
  dead_end: {
    nl: '{entry} ({moment}): loopt dood — {reason}',
    en: '{entry} ({moment}): a dead end — {reason}',
  },
  loop: {
    nl: '{entry} ({moment}): de oproep gaat rond — {reason}',
    en: '{entry} ({moment}): the call goes round — {reason}',
  },
  forwarding_barred: {
    nl: '{entry} ({moment}): een doorschakeling gaat naar een geblokkeerde bestemming — {reason}',
    en: '{entry} ({moment}): a forwarding goes to a barred destination — {reason}',
  },
  plan_too_large: {
    nl: '{entry} ({moment}): de route heeft meer stappen dan een oproep kan volgen; vereenvoudig de menu’s',
    en: '{entry} ({moment}): the route has more steps than a call can follow; simplify the menus',
  },
});

export type CheckCode = keyof typeof CHECK_TEXTS;

/** The moments the plans are made at: labels in both languages, instants in the enterprise's zone. */
export type CheckMoment = { key: string; label: Bilingual; at: Date };

/**
 * A working Tuesday at 10:00 and at 21:00, a Saturday at 12:00 (all in the coming week after
 * `now`) and the next Dutch public holiday at 10:00, in `timeZone`.
 */
export function checkMoments(now: Date, timeZone: string): CheckMoment[] {
  const local = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  const next = (weekday: number) => local.plus({ days: (weekday - local.weekday + 7) % 7 || 7 });
  const tuesday = next(2);
  const saturday = next(6);
  const today = local.toISODate() ?? '';
  const holiday = [local.year, local.year + 1]
    .flatMap((y) => dutchPublicHolidays(y))
    .find((h) => h.date > today);
  const at = (day: DateTime, hour: number) => day.set({ hour, minute: 0 }).toJSDate();
  const moments: CheckMoment[] = [
    { key: 'weekday', label: { nl: 'werkdag 10:00', en: 'working day 10:00' }, at: at(tuesday, 10) },
    { key: 'evening', label: { nl: 'werkdag 21:00', en: 'working day 21:00' }, at: at(tuesday, 21) },
    { key: 'weekend', label: { nl: 'zaterdag 12:00', en: 'Saturday 12:00' }, at: at(saturday, 12) },
  ];
  if (holiday)
    moments.push({
      key: 'holiday',
      label: { nl: `${holiday.name.nl} 10:00`, en: `${holiday.name.en} 10:00` },
      at: at(DateTime.fromISO(holiday.date, { zone: timeZone }), 10),
    });
  return moments;
}

const FINDING: Readonly<Record<string, { code: CheckCode; severity: CheckSeverity }>> = {
  unassigned: { code: 'dead_end', severity: 'error' },
  unknown_number: { code: 'dead_end', severity: 'error' },
  no_destination: { code: 'dead_end', severity: 'error' },
  no_voicemail: { code: 'dead_end', severity: 'error' },
  no_operator: { code: 'dead_end', severity: 'error' },
  loop: { code: 'loop', severity: 'error' },
  barred: { code: 'forwarding_barred', severity: 'error' },
  plan_limit: { code: 'plan_too_large', severity: 'warning' },
};

/** The object a step belongs to (the last one met on the way to it), if the step names one. */
function objectOfStep(c: CompiledConfig, step: Step): ObjectRef | null {
  switch (step.kind) {
    case 'ring':
      return step.target;
    case 'collect':
    case 'dial': {
      const a = c.attendants.get(step.attendantId);
      return a ? { type: 'auto_attendant', id: a.id, name: a.name } : null;
    }
    case 'queue':
      return { type: 'queue', id: step.queueId, name: step.name };
    case 'forward':
      return step.scope === 'on_net' ? step.destination : null;
    case 'voicemail':
      return { type: 'user', id: step.userId, name: step.name };
    default:
      return null;
  }
}

const branchesOf = (step: Step): NodeId[] => {
  const out: NodeId[] = [];
  if ('on' in step) for (const next of Object.values(step.on)) if (typeof next === 'number') out.push(next);
  if (step.kind === 'collect') out.push(...Object.values(step.keys));
  return out;
};

type Found = { code: string; params: DecisionParams; object: ObjectRef | null };

/** Every rejecting end of a plan that is a configuration problem, with the last object before it. */
function problemsOf(c: CompiledConfig, p: CallPlan): Found[] {
  const found: Found[] = [];
  const seen = new Set<NodeId>();
  const stack: { id: NodeId; object: ObjectRef | null }[] = [{ id: p.entry, object: null }];
  for (const d of p.decisions)
    if (d.code in FINDING) found.push({ code: d.code, params: d.params, object: null });
  while (stack.length > 0) {
    const { id, object } = stack.pop() as { id: NodeId; object: ObjectRef | null };
    if (seen.has(id)) continue;
    seen.add(id);
    const step = p.steps[id];
    if (step === undefined) continue;
    const here = objectOfStep(c, step) ?? object;
    if (step.kind === 'reject' && step.code in FINDING)
      found.push({ code: step.code, params: step.params, object: here });
    for (const d of step.decisions)
      if (d.code === 'barred' || d.code === 'ring_number_barred')
        found.push({ code: 'barred', params: d.params, object: here });
    for (const next of branchesOf(step)) stack.push({ id: next, object: here });
  }
  return found;
}

type Entry = { dialled: string; label: string; object: ObjectRef | null; fromOutside: boolean };

const TYPE_OF: Readonly<Record<string, ObjectType>> = {
  user: 'user',
  hunt_group: 'hunt_group',
  queue: 'queue',
  auto_attendant: 'auto_attendant',
  incoming_route: 'incoming_route',
};

function refOf(c: CompiledConfig, holder: { type: string; id: string }): ObjectRef | null {
  const type = TYPE_OF[holder.type];
  if (type === undefined) return null;
  const name =
    type === 'user'
      ? c.users.get(holder.id)?.name
      : type === 'hunt_group'
        ? c.huntGroups.get(holder.id)?.name
        : type === 'queue'
          ? c.queues.get(holder.id)?.name
          : type === 'auto_attendant'
            ? c.attendants.get(holder.id)?.name
            : c.routes.get(holder.id)?.name;
  return name === undefined ? null : { type, id: holder.id, name };
}

const OUTSIDE_CALLER = '+31101234567';

/**
 * The checks of a compiled configuration at the given moments (see `checkMoments`), errors first,
 * each finding once (the same problem of the same object at several moments is one finding, with
 * the first moment it shows at).
 */
export function checkConfig(c: CompiledConfig, moments: readonly CheckMoment[]): ConfigCheck[] {
  const out: ConfigCheck[] = [];
  const keys = new Set<string>();
  const add = (check: ConfigCheck, key: string) => {
    if (keys.has(key)) return;
    keys.add(key);
    out.push(check);
  };

  for (const g of c.huntGroups.values())
    if (g.members.length === 0)
      add(
        {
          severity: 'warning',
          code: 'hunt_group_no_members',
          params: { name: g.name },
          objects: [{ type: 'hunt_group', id: g.id, name: g.name }],
        },
        `hg:${g.id}`,
      );
  for (const q of c.queues.values())
    if (q.agents.length === 0)
      add(
        {
          severity: 'warning',
          code: 'queue_no_agents',
          params: { name: q.name },
          objects: [{ type: 'queue', id: q.id, name: q.name }],
        },
        `q:${q.id}`,
      );
  for (const s of c.schedules.values())
    if (s.weekly.length === 0 && s.openings.length === 0)
      add(
        { severity: 'warning', code: 'schedule_no_opening_hours', params: { name: s.name }, objects: [] },
        `s:${s.id}`,
      );
  for (const a of c.attendants.values()) {
    const problems = checkMenus(a.menus, a.operator, { extensionLength: c.extensionLength }).problems;
    for (const [path, spec] of Object.entries(problems)) {
      const code = typeof spec === 'string' ? spec : spec.code;
      if (code !== 'menu_unreachable') continue;
      // The path is menus.<tree>.menus.<index>…
      const [, tree, , index] = path.split('.');
      const kind = TREE_KINDS.find((k) => k === tree);
      const menu = kind ? a.menus[kind]?.menus[Number(index)] : undefined;
      add(
        {
          severity: 'warning',
          code: 'menu_unreachable',
          params: { name: a.name, menu: menu?.name ?? path, tree: tree ?? '' },
          objects: [{ type: 'auto_attendant', id: a.id, name: a.name }],
        },
        `m:${a.id}:${path}`,
      );
    }
  }

  const entries: Entry[] = [];
  for (const [number, n] of c.numbers) {
    if (n.state !== 'assigned') continue;
    const object = n.holder ? refOf(c, n.holder) : null;
    if (object === null) {
      add(
        { severity: 'error', code: 'number_routes_nowhere', params: { number }, objects: [] },
        `n:${number}`,
      );
      continue;
    }
    entries.push({ dialled: number, label: number, object, fromOutside: true });
  }
  for (const [extension, holder] of c.extensions) {
    const object = refOf(c, holder);
    if (object !== null) entries.push({ dialled: extension, label: extension, object, fromOutside: false });
  }
  // An internal call comes from a user other than the one dialled (calling oneself finds oneself busy).
  const users = [...c.users.keys()];
  // One plan per object and kind of caller: a user's second number routes as its first, so the
  // checks cost the objects', not the numbers' count.
  const planned = new Set<string>();

  for (const moment of moments) {
    planned.clear();
    for (const entry of entries) {
      const once = `${entry.object?.id}:${entry.fromOutside}`;
      if (planned.has(once)) continue;
      planned.add(once);
      const from = entry.fromOutside
        ? OUTSIDE_CALLER
        : (users.find((u) => u !== entry.object?.id) ?? OUTSIDE_CALLER);
      const p = plan(c, { from, to: entry.dialled, at: moment.at });
      for (const f of problemsOf(c, p)) {
        const finding = FINDING[f.code];
        if (finding === undefined) continue;
        const objects = [f.object, entry.object].filter(
          (o, i, all): o is ObjectRef => o !== null && all.findIndex((x) => x?.id === o.id) === i,
        );
        const culprit = objects[0]?.id ?? entry.dialled;
        add(
          {
            severity: finding.severity,
            code: finding.code,
            params: {
              entry: `${entry.label} (${entry.object?.name ?? ''})`,
              moment: moment.label,
              reason: {
                nl: explainCode(f.code, f.params, 'nl'),
                en: explainCode(f.code, f.params, 'en'),
              },
              cause: f.code,
            },
            objects,
          },
          `${finding.code}:${culprit}:${explainCode(f.code, f.params, 'en')}`,
        );
      }
    }
  }
  return out.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

const isBilingual = (value: unknown): value is Bilingual =>
  typeof value === 'object' && value !== null && 'nl' in value && 'en' in value;

/** A finding as one sentence in Dutch or English. */
export function checkMessage(check: Pick<ConfigCheck, 'code' | 'params'>, language: Language): string {
  const flat: Params = {};
  for (const [key, value] of Object.entries(check.params))
    flat[key] = isBilingual(value) ? value[language] : value;
  return formatMessage(CHECK_TEXTS[check.code][language], flat);
}
