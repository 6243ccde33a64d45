import { z } from 'zod';
import type { IssueSpec } from '../errors';
import { dutchNumberSchema, extensionProblem, parsePhoneNumber } from './numbers';

/**
 * Auto attendants (keuzemenu, guide §5.1): a caller hears a menu's greeting and presses a key.
 *
 * A menu tree is a flat list of menus, the first one the root; a key's `submenu` action names
 * another menu of the same list by its id. Sub-menus so nest to any depth, and one menu may be
 * reached from several (a DAG); a cycle (a menu that leads back to itself) is refused with the
 * path of the key that closes it, and so is a menu no key leads to. `back` returns to the menu
 * the caller came from, which the root has not. An attendant has three trees: business hours,
 * after hours and holidays, chosen by its schedule; a missing holiday tree falls back to the
 * after-hours tree, a missing after-hours tree to the business-hours tree (`treeFor`).
 *
 * The rules here are pure: `checkMenus` answers the problems of a document by path, the targets
 * (users, groups, queues, other attendants, audio) the server must still find in the enterprise
 * and the caller's scope, and the document with its outside numbers in E.164.
 */

export const MENU_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'] as const;
export type MenuKey = (typeof MENU_KEYS)[number];

/** What a transfer can reach: the registry's types, an extension, an outside number, the operator. */
export const OBJECT_TARGET_TYPES = ['user', 'hunt_group', 'queue', 'auto_attendant'] as const;
export type ObjectTargetType = (typeof OBJECT_TARGET_TYPES)[number];

export const MAX_MENUS = 50;
export const MAX_GREETING_TEXT = 2000;
export const MIN_TIMEOUT_SECONDS = 1;
export const MAX_TIMEOUT_SECONDS = 60;
export const DEFAULT_TIMEOUT_SECONDS = 10;
export const MAX_REPEATS = 5;

const menuIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'menu_id_format');

/** What a caller hears: a text the call plane reads aloud, or an uploaded audio file. */
export const greetingSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('text'), text: z.string().trim().min(1).max(MAX_GREETING_TEXT) }),
  z.strictObject({ kind: z.literal('audio'), audioId: z.uuid() }),
]);
export type Greeting = z.infer<typeof greetingSchema>;

export const transferTargetSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('extension'), extension: z.string().trim().min(1).max(10) }),
  z.strictObject({ type: z.literal('number'), number: z.string().trim().min(1).max(40) }),
  z.strictObject({ type: z.enum(OBJECT_TARGET_TYPES), id: z.uuid() }),
  z.strictObject({ type: z.literal('operator') }),
]);
export type TransferTarget = z.infer<typeof transferTargetSchema>;

/** The attendant's operator: whom "operator" transfers to (never "operator" itself). */
export const operatorTargetSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('extension'), extension: z.string().trim().min(1).max(10) }),
  z.strictObject({ type: z.literal('number'), number: z.string().trim().min(1).max(40) }),
  z.strictObject({ type: z.enum(OBJECT_TARGET_TYPES), id: z.uuid() }),
]);
export type OperatorTarget = z.infer<typeof operatorTargetSchema>;

export const ACTION_KINDS = [
  'transfer',
  'submenu',
  'back',
  'voicemail',
  'dial_by_extension',
  'dial_by_name',
  'repeat',
  'announcement',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const actionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('transfer'),
    target: transferTargetSchema,
    announce: z.boolean().default(false),
  }),
  z.strictObject({ kind: z.literal('submenu'), menuId: menuIdSchema }),
  z.strictObject({ kind: z.literal('back') }),
  z.strictObject({ kind: z.literal('voicemail'), userId: z.uuid() }),
  z.strictObject({ kind: z.literal('dial_by_extension') }),
  z.strictObject({ kind: z.literal('dial_by_name') }),
  z.strictObject({ kind: z.literal('repeat') }),
  z.strictObject({ kind: z.literal('announcement'), greeting: greetingSchema }),
]);
export type MenuAction = z.infer<typeof actionSchema>;

/** The keys a menu answers, each to one action; a key not on a phone's keypad is refused. */
const keysSchema = z.record(z.string(), actionSchema).superRefine((keys, ctx) => {
  for (const key of Object.keys(keys)) {
    if (!(MENU_KEYS as readonly string[]).includes(key))
      ctx.addIssue({ code: 'custom', path: [key], message: 'menu_key_unknown' });
  }
});

export const menuSchema = z.strictObject({
  id: menuIdSchema,
  name: z.string().trim().min(1).max(100),
  greeting: greetingSchema,
  timeoutSeconds: z
    .number()
    .int()
    .min(MIN_TIMEOUT_SECONDS)
    .max(MAX_TIMEOUT_SECONDS)
    .default(DEFAULT_TIMEOUT_SECONDS),
  /** How often the menu is played again on a timeout or an invalid key before the action below. */
  maxRepeats: z.number().int().min(0).max(MAX_REPEATS).default(2),
  keys: keysSchema,
  timeoutAction: actionSchema,
  invalidAction: actionSchema,
});
export type Menu = z.infer<typeof menuSchema>;

export const menuTreeSchema = z.strictObject({ menus: z.array(menuSchema).min(1).max(MAX_MENUS) });
export type MenuTree = z.infer<typeof menuTreeSchema>;

export const TREE_KINDS = ['businessHours', 'afterHours', 'holiday'] as const;
export type TreeKind = (typeof TREE_KINDS)[number];

export const attendantMenusSchema = z.strictObject({
  businessHours: menuTreeSchema,
  afterHours: menuTreeSchema.nullable().default(null),
  holiday: menuTreeSchema.nullable().default(null),
});
export type AttendantMenus = z.infer<typeof attendantMenusSchema>;

/** The tree that answers in a period: holiday → after hours → business hours, the first present. */
export function treeFor(menus: AttendantMenus, period: TreeKind): { kind: TreeKind; tree: MenuTree } {
  if (period === 'holiday' && menus.holiday) return { kind: 'holiday', tree: menus.holiday };
  if (period !== 'businessHours' && menus.afterHours) return { kind: 'afterHours', tree: menus.afterHours };
  return { kind: 'businessHours', tree: menus.businessHours };
}

/** A reference the server must find in the enterprise (and the caller's scope): path → target. */
export type MenuReference = {
  path: string;
  target: { type: ObjectTargetType | 'audio'; id: string };
};

export type MenuCheck = {
  problems: Record<string, IssueSpec>;
  references: MenuReference[];
  /** Extensions transferred to, by path: the server checks that each is one of the enterprise. */
  extensions: { path: string; extension: string }[];
  /** The document as stored: outside numbers in E.164, extensions trimmed. */
  menus: AttendantMenus;
};

type Walk = {
  problems: Record<string, IssueSpec>;
  references: MenuReference[];
  extensions: { path: string; extension: string }[];
  extensionLength: number;
  usesOperator: string | null;
};

function addGreeting(w: Walk, path: string, greeting: Greeting): void {
  if (greeting.kind === 'audio')
    w.references.push({ path: `${path}.audioId`, target: { type: 'audio', id: greeting.audioId } });
}

/** Checks a transfer target (an extension's form, an outside number) and notes its reference. */
function checkTarget<T extends TransferTarget>(w: Walk, path: string, target: T): T {
  switch (target.type) {
    case 'extension': {
      const problem = extensionProblem(target.extension, w.extensionLength);
      if (problem) w.problems[`${path}.extension`] = { code: problem, params: { length: w.extensionLength } };
      else w.extensions.push({ path: `${path}.extension`, extension: target.extension });
      return target;
    }
    case 'number': {
      const parsed = parsePhoneNumber(target.number);
      if (parsed === null) {
        w.problems[`${path}.number`] = 'phone_number';
        return target;
      }
      return { ...target, number: parsed.e164 };
    }
    case 'operator':
      w.usesOperator ??= path;
      return target;
    default:
      w.references.push({ path: `${path}.id`, target: { type: target.type, id: target.id } });
      return target;
  }
}

function checkAction(
  w: Walk,
  path: string,
  action: MenuAction,
  menu: { isRoot: boolean; ids: ReadonlySet<string>; fallback: boolean },
): MenuAction {
  switch (action.kind) {
    case 'transfer':
      return { ...action, target: checkTarget(w, `${path}.target`, action.target) };
    case 'submenu':
      if (!menu.ids.has(action.menuId)) w.problems[`${path}.menuId`] = 'menu_unknown';
      return action;
    case 'back':
      if (menu.isRoot) w.problems[path] = 'menu_back_in_root';
      return action;
    case 'voicemail':
      w.references.push({ path: `${path}.userId`, target: { type: 'user', id: action.userId } });
      return action;
    case 'announcement':
      addGreeting(w, `${path}.greeting`, action.greeting);
      return action;
    case 'repeat':
      // After its repeats, a timeout or invalid key must end somewhere: repeating again never would.
      if (menu.fallback) w.problems[path] = 'menu_repeat_as_fallback';
      return action;
    default:
      return action;
  }
}

/**
 * The cycles of a tree: for each menu reached again while it is on the way from the root, the
 * path of the key (or timeout/invalid action) that leads back; and the menus no path reaches.
 */
function cyclesAndOrphans(tree: MenuTree, prefix: string, problems: Record<string, IssueSpec>): void {
  const index = new Map<string, number>();
  for (const [i, m] of tree.menus.entries()) if (!index.has(m.id)) index.set(m.id, i);
  const state = new Map<number, 'open' | 'done'>();
  const edges = (i: number): { path: string; to: number }[] => {
    const menu = tree.menus[i];
    if (menu === undefined) return [];
    const out: { path: string; to: number }[] = [];
    const add = (path: string, action: MenuAction) => {
      if (action.kind !== 'submenu') return;
      const to = index.get(action.menuId);
      if (to !== undefined) out.push({ path: `${prefix}.menus.${i}.${path}`, to });
    };
    for (const key of MENU_KEYS) {
      const action = menu.keys[key];
      if (action) add(`keys.${key}`, action);
    }
    add('timeoutAction', menu.timeoutAction);
    add('invalidAction', menu.invalidAction);
    return out;
  };
  // Depth-first with an explicit stack, so that no depth of nesting overflows the call stack.
  const stack: { menu: number; next: { path: string; to: number }[]; trail: string[] }[] = [
    { menu: 0, next: edges(0), trail: [tree.menus[0]?.name ?? ''] },
  ];
  state.set(0, 'open');
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top === undefined) break;
    const edge = top.next.shift();
    if (edge === undefined) {
      state.set(top.menu, 'done');
      stack.pop();
      continue;
    }
    const seen = state.get(edge.to);
    const name = tree.menus[edge.to]?.name ?? '';
    if (seen === 'open') {
      problems[`${edge.path}.menuId`] = {
        code: 'menu_cycle',
        params: { path: [...top.trail, name].join(' → ') },
      };
    } else if (seen === undefined) {
      state.set(edge.to, 'open');
      stack.push({ menu: edge.to, next: edges(edge.to), trail: [...top.trail, name] });
    }
  }
  for (const [i, menu] of tree.menus.entries()) {
    if (!state.has(i) && index.get(menu.id) === i)
      problems[`${prefix}.menus.${i}.id`] = { code: 'menu_unreachable', params: { name: menu.name } };
  }
}

function checkTree(w: Walk, prefix: string, tree: MenuTree): MenuTree {
  const ids = new Set<string>();
  for (const [i, menu] of tree.menus.entries()) {
    if (ids.has(menu.id)) w.problems[`${prefix}.menus.${i}.id`] = 'menu_id_taken';
    ids.add(menu.id);
  }
  const menus = tree.menus.map((menu, i): Menu => {
    const path = `${prefix}.menus.${i}`;
    const context = { isRoot: i === 0, ids, fallback: false };
    addGreeting(w, `${path}.greeting`, menu.greeting);
    const keys: Partial<Record<MenuKey, MenuAction>> = {};
    for (const key of MENU_KEYS) {
      const action = menu.keys[key];
      if (action) keys[key] = checkAction(w, `${path}.keys.${key}`, action, context);
    }
    const fallback = { ...context, fallback: true };
    return {
      ...menu,
      keys,
      timeoutAction: checkAction(w, `${path}.timeoutAction`, menu.timeoutAction, fallback),
      invalidAction: checkAction(w, `${path}.invalidAction`, menu.invalidAction, fallback),
    };
  });
  cyclesAndOrphans(tree, prefix, w.problems);
  return { menus };
}

/**
 * Every rule of an attendant's menus at once, by path (`menus.businessHours.menus.2.keys.1`).
 * `operator` is the attendant's operator (checked as a target too); a key that transfers to the
 * operator needs one.
 */
export function checkMenus(
  input: AttendantMenus,
  operator: OperatorTarget | null,
  c: { extensionLength: number },
): MenuCheck & { operator: OperatorTarget | null } {
  const w: Walk = {
    problems: {},
    references: [],
    extensions: [],
    extensionLength: c.extensionLength,
    usesOperator: null,
  };
  const menus: AttendantMenus = {
    businessHours: checkTree(w, 'menus.businessHours', input.businessHours),
    afterHours: input.afterHours ? checkTree(w, 'menus.afterHours', input.afterHours) : null,
    holiday: input.holiday ? checkTree(w, 'menus.holiday', input.holiday) : null,
  };
  const usesOperator = w.usesOperator;
  const checkedOperator = operator ? checkTarget(w, 'operator', operator) : null;
  if (usesOperator !== null && operator === null) w.problems[usesOperator] = 'menu_operator_missing';
  return {
    problems: w.problems,
    references: w.references,
    extensions: w.extensions,
    menus,
    operator: checkedOperator,
  };
}

// The API's shapes

export const attendantInputSchema = z.strictObject({
  siteId: z.uuid(),
  name: z.string().trim().min(1).max(100),
  extension: z.string().trim().min(1).max(10).nullable().default(null),
  /** A number of the enterprise's plan, in any notation (stored in E.164). */
  number: dutchNumberSchema.nullable().default(null),
  scheduleId: z.uuid().nullable().default(null),
  operator: operatorTargetSchema.nullable().default(null),
  menus: attendantMenusSchema,
});
export type AttendantInput = z.output<typeof attendantInputSchema>;

/** A change: only the fields given (none with a default, so that a field left out stays as it is). */
export const attendantPatchSchema = z.strictObject({
  siteId: z.uuid().optional(),
  name: z.string().trim().min(1).max(100).optional(),
  extension: z.string().trim().min(1).max(10).nullable().optional(),
  number: dutchNumberSchema.nullable().optional(),
  scheduleId: z.uuid().nullable().optional(),
  operator: operatorTargetSchema.nullable().optional(),
  menus: attendantMenusSchema.optional(),
});
export type AttendantPatch = z.output<typeof attendantPatchSchema>;

export const attendantSchema = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  siteId: z.uuid(),
  siteName: z.string(),
  name: z.string(),
  extension: z.string().nullable(),
  number: z.string().nullable().describe('E.164'),
  scheduleId: z.uuid().nullable(),
  operator: operatorTargetSchema.nullable(),
  menus: attendantMenusSchema,
  /** The names of what the menus point at, by id (in the reader's scope). */
  targetNames: z.record(z.string(), z.string()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type AttendantDto = z.infer<typeof attendantSchema>;
