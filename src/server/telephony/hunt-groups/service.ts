import { randomUUID } from 'node:crypto';
import { inScope, siteFilter } from '../../../core/access/policy';
import { DomainError, type IssueSpec, notFound } from '../../../core/errors';
import { decodeCursor, type Page, toPage } from '../../../core/pagination';
import {
  checkHandling,
  extensionIssue,
  extensionsNamedBy,
  type HuntGroupDto,
  type HuntGroupHandling,
  type HuntGroupInput,
  type HuntGroupPatch,
} from '../../../core/telephony/hunt-groups';
import { type NumberKind, parsePhoneNumber } from '../../../core/telephony/numbers';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import { sitesOfEnterprise } from '../../directory/sites/repository';
import type { Ctx } from '../../http/context';
import { takeNumberOrRefuse } from '../numbers/held';
import * as numbers from '../numbers/repository';
import { assertNotReferenced } from '../references';
import { lockSettings } from '../settings/repository';
import { huntGroupAudit, presentHuntGroup } from './presenter';
import * as repo from './repository';

/** A group's number is a fixed one of the plan: geographic, 085/088 or 0800/090x, never a mobile. */
const GROUP_NUMBER_KINDS: readonly NumberKind[] = ['geographic', 'non_geographic', 'freephone', 'premium'];

export type HuntGroupListQuery = {
  q?: string | undefined;
  siteId?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

export async function listHuntGroups(
  ctx: Ctx,
  enterpriseId: string,
  query: HuntGroupListQuery,
): Promise<Page<HuntGroupDto>> {
  const rows = await repo.listHuntGroups(ctx.db, {
    enterpriseId,
    siteIds: siteFilter(ctx.actor),
    siteId: query.siteId,
    q: query.q,
    cursor: decodeCursor(query.cursor, 'text'),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (r) => ({ key: r.name.toLowerCase(), id: r.id }));
  return { items: page.items.map(presentHuntGroup), nextCursor: page.nextCursor };
}

/** A group the actor may see (its enterprise; a site admin: one of its sites), else 404. */
export async function huntGroupInScope(
  ctx: Ctx,
  db: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<repo.HuntGroupRow> {
  const row = await repo.findHuntGroup(db, id, options);
  if (row === null || !inScope(ctx.actor, { enterpriseId: row.enterpriseId, siteId: row.siteId }))
    throw notFound();
  return row;
}

async function viewOf(db: Executor, id: string): Promise<repo.HuntGroupView> {
  const view = await repo.findHuntGroupView(db, id);
  if (view === null) throw notFound();
  return view;
}

export async function getHuntGroup(ctx: Ctx, id: string): Promise<HuntGroupDto> {
  await huntGroupInScope(ctx, ctx.db, id);
  return presentHuntGroup(await viewOf(ctx.db, id));
}

type Desired = HuntGroupHandling & {
  siteId: string;
  name: string;
  extension: string | null;
  number: string | null;
};

type Before = { siteId: string; extension: string | null; number: string | null } | null;

/**
 * Every rule of a group at once, as field issues: its site (of the enterprise; for a site admin
 * one of its own), its name (unique in the enterprise), its extension (the enterprise's length)
 * and number (a free fixed number of the plan, on the group's site when allocated to one), and
 * its call handling (core's checkHandling). Answers the handling's normal form and the number's row.
 */
async function assertHuntGroup(
  ctx: Ctx,
  tx: Executor,
  enterpriseId: string,
  id: string,
  desired: Desired,
  before: Before,
): Promise<{ handling: HuntGroupHandling; numberRow: numbers.NumberRowLike | null }> {
  const fields: Record<string, IssueSpec> = {};
  const settings = await lockSettings(tx, enterpriseId, ctx.now);
  if (before === null || desired.siteId !== before.siteId) {
    if (!inScope(ctx.actor, { enterpriseId, siteId: desired.siteId })) fields.siteId = 'site_not_yours';
    else if ((await sitesOfEnterprise(tx, enterpriseId, [desired.siteId])).length === 0)
      fields.siteId = 'site_not_in_enterprise';
  }
  if (await repo.nameTaken(tx, enterpriseId, desired.name, before === null ? null : id))
    fields.name = 'group_name_taken';
  if (desired.extension !== null && desired.extension !== before?.extension) {
    const problem = extensionIssue(desired.extension, settings.extensionLength);
    if (problem) fields.extension = problem;
  }
  let numberRow: numbers.NumberRowLike | null = null;
  let ownNumber = before?.number ?? null;
  if (desired.number !== null) {
    const parsed = parsePhoneNumber(desired.number);
    if (parsed === null) fields.number = 'phone_number';
    else if (parsed.e164 !== before?.number) {
      const found = await numbers.findNumberByValue(tx, enterpriseId, parsed.e164);
      // A site admin assigns only numbers allocated to its sites; others of the plan it cannot see.
      const visible =
        found !== null && inScope(ctx.actor, { enterpriseId: found.enterpriseId, siteId: found.siteId })
          ? found
          : null;
      if (visible === null) fields.number = 'number_not_in_plan';
      else if (!GROUP_NUMBER_KINDS.includes(visible.kind)) fields.number = 'number_kind_for_group';
      else if (visible.siteId !== null && visible.siteId !== desired.siteId)
        fields.number = 'number_other_site';
      else {
        numberRow = visible;
        ownNumber = visible.number;
      }
    } else {
      ownNumber = parsed.e164;
      // The group moves to another site: a number allocated to the former site stays there.
      if (before !== null && desired.siteId !== before.siteId) {
        const held = await numbers.numbersOfAssignee(tx, { type: 'hunt_group', id });
        if (held.some((n) => n.siteId !== null && n.siteId !== desired.siteId))
          fields.number = 'number_other_site';
      }
    }
  }
  const known = await repo.existingExtensions(
    tx,
    enterpriseId,
    extensionsNamedBy(desired, settings.extensionLength),
  );
  const checked = checkHandling(desired, {
    extensionLength: settings.extensionLength,
    knownExtensions: known,
    ownExtension: desired.extension,
    ownNumber,
  });
  if (!checked.ok) Object.assign(fields, checked.fields);
  if (Object.keys(fields).length > 0 || !checked.ok) throw new DomainError('unprocessable', { fields });
  return { handling: checked.handling, numberRow };
}

/** Takes the group's extension and number (each in one statement: of two claims, one wins). */
async function assignNumbers(
  ctx: Ctx,
  tx: Executor,
  enterpriseId: string,
  id: string,
  desired: Desired,
  before: Before,
  numberRow: numbers.NumberRowLike | null,
): Promise<void> {
  const assignee = { type: 'hunt_group' as const, id };
  const wantedNumber = desired.number === null ? null : (parsePhoneNumber(desired.number)?.e164 ?? null);
  if (wantedNumber !== (before?.number ?? null)) {
    await numbers.releaseNumbers(tx, assignee, ctx.now);
    if (numberRow)
      await takeNumberOrRefuse(tx, numberRow.id, { ...assignee, role: 'main' }, ctx.now, 'number');
  }
  if (desired.extension !== (before?.extension ?? null)) {
    await numbers.removeExtension(tx, assignee);
    if (
      desired.extension !== null &&
      !(await numbers.claimExtension(tx, enterpriseId, desired.extension, assignee, ctx.now))
    )
      throw new DomainError('conflict', { fields: { extension: 'extension_taken' } });
  }
}

const handlingOf = (h: HuntGroupHandling): HuntGroupHandling => ({
  distribution: h.distribution,
  huntAfterSeconds: h.huntAfterSeconds,
  timeoutSeconds: h.timeoutSeconds,
  timeoutDestination: h.timeoutDestination,
  busyAction: h.busyAction,
  busyDestination: h.busyDestination,
  unreachableAction: h.unreachableAction,
  unreachableDestination: h.unreachableDestination,
  callWaiting: h.callWaiting,
  ringPattern: h.ringPattern,
});

export async function createHuntGroup(
  ctx: Ctx,
  enterpriseId: string,
  input: HuntGroupInput,
): Promise<HuntGroupDto> {
  const id = randomUUID();
  const desired: Desired = {
    ...handlingOf({
      ...input,
      timeoutDestination: input.timeoutDestination ?? null,
      busyDestination: input.busyDestination ?? null,
      unreachableDestination: input.unreachableDestination ?? null,
    }),
    siteId: input.siteId,
    name: input.name,
    extension: input.extension || null,
    number: input.number || null,
  };
  await ctx.db.transaction(async (tx) => {
    const { handling, numberRow } = await assertHuntGroup(ctx, tx, enterpriseId, id, desired, null);
    await repo.insertHuntGroup(tx, {
      id,
      enterpriseId,
      siteId: desired.siteId,
      name: desired.name,
      ...handling,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await assignNumbers(ctx, tx, enterpriseId, id, desired, null, numberRow);
    await recordChange(tx, ctx, huntGroupAudit, { action: 'create', after: await viewOf(tx, id) });
  });
  return presentHuntGroup(await viewOf(ctx.db, id));
}

export async function updateHuntGroup(ctx: Ctx, id: string, patch: HuntGroupPatch): Promise<HuntGroupDto> {
  await ctx.db.transaction(async (tx) => {
    const row = await huntGroupInScope(ctx, tx, id, { lock: true });
    const before = await viewOf(tx, id);
    const pick = <K extends keyof HuntGroupPatch & keyof repo.HuntGroupView>(key: K) =>
      (patch[key] === undefined ? before[key] : patch[key]) as repo.HuntGroupView[K];
    const desired: Desired = {
      distribution: pick('distribution'),
      huntAfterSeconds: pick('huntAfterSeconds'),
      timeoutSeconds: pick('timeoutSeconds'),
      timeoutDestination: pick('timeoutDestination'),
      busyAction: pick('busyAction'),
      busyDestination: pick('busyDestination'),
      unreachableAction: pick('unreachableAction'),
      unreachableDestination: pick('unreachableDestination'),
      callWaiting: pick('callWaiting'),
      ringPattern: pick('ringPattern'),
      siteId: pick('siteId'),
      name: pick('name'),
      extension: patch.extension === undefined ? before.extension : patch.extension || null,
      number: patch.number === undefined ? before.number : patch.number || null,
    };
    const was = { siteId: before.siteId, extension: before.extension, number: before.number };
    const { handling, numberRow } = await assertHuntGroup(ctx, tx, row.enterpriseId, id, desired, was);
    await repo.updateHuntGroup(tx, id, {
      siteId: desired.siteId,
      name: desired.name,
      ...handling,
      updatedAt: ctx.now,
    });
    await assignNumbers(ctx, tx, row.enterpriseId, id, desired, was, numberRow);
    await recordChange(tx, ctx, huntGroupAudit, { action: 'update', before, after: await viewOf(tx, id) });
  });
  return presentHuntGroup(await viewOf(ctx.db, id));
}

/**
 * Removes a group with its members, freeing its extension and number; refused (409 `in_use`,
 * naming them) while a menu key, route or queue points at it.
 */
export async function deleteHuntGroup(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await huntGroupInScope(ctx, tx, id, { lock: true });
    await assertNotReferenced(tx, { type: 'hunt_group', id });
    const before = await viewOf(tx, id);
    const assignee = { type: 'hunt_group' as const, id };
    await numbers.releaseNumbers(tx, assignee, ctx.now);
    await numbers.removeExtension(tx, assignee);
    await repo.deleteHuntGroup(tx, id);
    await recordChange(tx, ctx, huntGroupAudit, { action: 'delete', before });
  });
}

/** What keeps a site from being removed: its hunt groups. */
export async function assertSiteHasNoHuntGroups(db: Executor, siteId: string): Promise<void> {
  const held = await repo.huntGroupsOfSite(db, siteId);
  if (held.length > 0) {
    throw new DomainError('conflict', {
      reason: {
        code: 'in_use',
        params: { count: held.length, referrers: held.map((g) => g.name).join(', ') },
      },
    });
  }
}
