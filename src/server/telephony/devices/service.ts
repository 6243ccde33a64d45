import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { inScope, siteFilter } from '../../../core/access/policy';
import { DomainError, type IssueSpec, notFound } from '../../../core/errors';
import { decodeCursor, type Page, toPage } from '../../../core/pagination';
import {
  type DeviceDto,
  type DeviceKind,
  type deviceInputSchema,
  type devicePatchSchema,
  deviceProblems,
  type SipCredentialsDto,
} from '../../../core/telephony/devices';
import { recordChange, recordEvent } from '../../audit/record';
import type { Executor } from '../../db/client';
import { sitesOfEnterprise } from '../../directory/sites/repository';
import { findUser } from '../../directory/users/repository';
import type { Ctx } from '../../http/context';
import { findModel } from '../device-catalogue/repository';
import { deviceInWords, listInWords } from '../device-catalogue/service';
import { type DeviceAuditRow, deviceAudit, presentDevice } from './presenter';
import * as repo from './repository';
import { newCredentials, newSipUsername } from './sip-credentials';

export type DeviceListQuery = {
  q?: string | undefined;
  siteId?: string | undefined;
  userId?: string | undefined;
  kind?: DeviceKind | undefined;
  sort: repo.DeviceSort;
  direction: 'asc' | 'desc';
  cursor?: string | undefined;
  limit: number;
};

export async function listDevices(
  ctx: Ctx,
  enterpriseId: string,
  query: DeviceListQuery,
): Promise<Page<DeviceDto>> {
  const rows = await repo.listDevices(ctx.db, {
    enterpriseId,
    siteIds: siteFilter(ctx.actor),
    siteId: query.siteId,
    userId: query.userId,
    kind: query.kind,
    q: query.q,
    sort: query.sort,
    direction: query.direction,
    cursor: decodeCursor(query.cursor, 'text'),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (r) => ({
    key: query.sort === 'identifier' ? (r.mac ?? r.iccid ?? '') : (r.label ?? '').toLowerCase(),
    id: r.id,
  }));
  const lines = await repo.linesOf(
    ctx.db,
    page.items.map((d) => d.id),
  );
  return { items: page.items.map((d) => presentDevice(ctx.actor, d, lines)), nextCursor: page.nextCursor };
}

async function deviceInScope(ctx: Ctx, db: Executor, id: string, options: { lock?: boolean } = {}) {
  const row = await repo.findDevice(db, id, options);
  if (row === null || !inScope(ctx.actor, { enterpriseId: row.enterpriseId, siteId: row.siteId }))
    throw notFound();
  return row;
}

async function viewOf(
  ctx: Ctx,
  db: Executor,
  id: string,
  credentials?: SipCredentialsDto[],
): Promise<DeviceDto> {
  const view = await repo.findDeviceView(db, id);
  if (view === null || !inScope(ctx.actor, { enterpriseId: view.enterpriseId, siteId: view.siteId }))
    throw notFound();
  return presentDevice(ctx.actor, view, await repo.linesOf(db, [id]), credentials);
}

export async function getDevice(ctx: Ctx, id: string): Promise<DeviceDto> {
  return viewOf(ctx, ctx.db, id);
}

/** The device as the audit log keeps it (also for the repairs, which record a replacement's MAC). */
export async function auditRowOf(db: Executor, id: string): Promise<DeviceAuditRow> {
  const row = await repo.findDevice(db, id);
  const view = await repo.findDeviceView(db, id);
  if (row === null || view === null) throw notFound();
  const lines = await repo.linesOf(db, [id]);
  return { ...row, model: `${view.vendor} ${view.model}`, lineUserIds: lines.map((l) => l.userId) };
}

type Desired = {
  siteId: string;
  modelId: string;
  userId: string | null;
  mac: string | null;
  iccid: string | null;
  lineUsers: (string | null)[];
};

/**
 * Every rule of a device at once, as field issues: its site (of the enterprise; for a site admin
 * one of its own), its model (in the catalogue; active unless the device has it already), the
 * identifier its kind needs and a line count within the model's, and its users (of the
 * enterprise; for a site admin on its sites). The model is read FOR SHARE and the users FOR
 * UPDATE, so that neither can change under the decision before the transaction ends.
 */
async function assertDevice(
  ctx: Ctx,
  tx: Executor,
  enterpriseId: string,
  desired: Desired,
  before: { siteId: string; modelId: string; userIds: Set<string | null> } | null,
): Promise<void> {
  const fields: Record<string, IssueSpec> = {};
  if (before === null || desired.siteId !== before.siteId) {
    if (!inScope(ctx.actor, { enterpriseId, siteId: desired.siteId })) fields.siteId = 'site_not_yours';
    else if ((await sitesOfEnterprise(tx, enterpriseId, [desired.siteId])).length === 0)
      fields.siteId = 'site_not_in_enterprise';
  }
  const model = await findModel(tx, desired.modelId, 'share');
  if (model === null) fields.modelId = 'device_model_unknown';
  else {
    if (!model.active && (before === null || before.modelId !== model.id))
      fields.modelId = 'device_model_inactive';
    const problems = deviceProblems({
      kind: model.kind,
      maxLines: model.maxLines,
      mac: desired.mac,
      iccid: desired.iccid,
      lines: desired.lineUsers.length,
    });
    for (const [path, code] of Object.entries(problems)) {
      fields[path] = code === 'device_lines_count' ? { code, params: { max: model.maxLines } } : code;
    }
  }
  const checkUser = async (path: string, userId: string | null) => {
    if (userId === null || before?.userIds.has(userId)) return;
    const user = await findUser(tx, userId, { lock: true });
    if (user === null || user.enterpriseId !== enterpriseId) fields[path] = 'user_not_in_enterprise';
    else if (!inScope(ctx.actor, { enterpriseId, siteId: user.siteId })) fields[path] = 'user_not_yours';
  };
  await checkUser('userId', desired.userId);
  for (const [i, userId] of desired.lineUsers.entries()) await checkUser(`lines.${i}.userId`, userId);
  if (Object.keys(fields).length > 0) throw new DomainError('unprocessable', { fields });
}

function newLines(
  ctx: Ctx,
  deviceId: string,
  users: { line: number; userId: string | null }[],
): { rows: Parameters<typeof repo.insertLines>[1]; credentials: SipCredentialsDto[] } {
  const realm = ctx.services.config.sipRealm;
  const rows: Parameters<typeof repo.insertLines>[1] = [];
  const credentials: SipCredentialsDto[] = [];
  for (const { line, userId } of users) {
    const sipUsername = newSipUsername();
    const { password, ...digests } = newCredentials(sipUsername, realm);
    rows.push({ deviceId, line, userId, sipUsername, ...digests, credentialsSetAt: ctx.now });
    credentials.push({ line, sipUsername, realm, password });
  }
  return { rows, credentials };
}

/** A new device with its lines, each with a new SIP password (in this answer only). */
export async function createDevice(
  ctx: Ctx,
  enterpriseId: string,
  input: z.output<typeof deviceInputSchema>,
): Promise<DeviceDto> {
  const id = randomUUID();
  const userId = input.userId ?? null;
  const desired: Desired = {
    siteId: input.siteId,
    modelId: input.modelId,
    userId,
    mac: input.mac ?? null,
    iccid: input.iccid ?? null,
    lineUsers: input.lines ? input.lines.map((l) => l.userId) : [userId],
  };
  const credentials = await ctx.db.transaction(async (tx) => {
    await assertDevice(ctx, tx, enterpriseId, desired, null);
    await repo.insertDevice(tx, {
      id,
      enterpriseId,
      siteId: desired.siteId,
      userId,
      modelId: desired.modelId,
      mac: desired.mac,
      iccid: desired.iccid,
      label: input.label ?? null,
      ownership: input.ownership,
      ownershipDate: input.ownershipDate,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    const made = newLines(
      ctx,
      id,
      desired.lineUsers.map((u, i) => ({ line: i + 1, userId: u })),
    );
    await repo.insertLines(tx, made.rows);
    await recordChange(tx, ctx, deviceAudit, { action: 'create', after: await auditRowOf(tx, id) });
    return made.credentials;
  });
  return viewOf(ctx, ctx.db, id, credentials);
}

/**
 * A change of a device. Lines kept keep their credentials; new lines get new ones (in this answer
 * only); lines beyond the new count go. Without `lines`, a new user of the device takes over its
 * first line if that was the former user's.
 */
export async function updateDevice(
  ctx: Ctx,
  id: string,
  patch: z.output<typeof devicePatchSchema>,
): Promise<DeviceDto> {
  const credentials = await ctx.db.transaction(async (tx) => {
    const before = await deviceInScope(ctx, tx, id, { lock: true });
    const beforeAudit = await auditRowOf(tx, id);
    const currentLines = beforeAudit.lineUserIds;
    const userId = patch.userId === undefined ? before.userId : patch.userId;
    let lineUsers: (string | null)[];
    if (patch.lines) lineUsers = patch.lines.map((l) => l.userId);
    else if (userId !== before.userId && currentLines[0] === before.userId)
      lineUsers = [userId, ...currentLines.slice(1)];
    else lineUsers = currentLines;
    const desired: Desired = {
      siteId: patch.siteId ?? before.siteId,
      modelId: patch.modelId ?? before.modelId,
      userId,
      mac: patch.mac === undefined ? before.mac : patch.mac,
      iccid: patch.iccid === undefined ? before.iccid : patch.iccid,
      lineUsers,
    };
    await assertDevice(ctx, tx, before.enterpriseId, desired, {
      siteId: before.siteId,
      modelId: before.modelId,
      userIds: new Set([before.userId, ...currentLines]),
    });
    await repo.updateDevice(tx, id, {
      siteId: desired.siteId,
      modelId: desired.modelId,
      userId: desired.userId,
      mac: desired.mac,
      iccid: desired.iccid,
      ...(patch.label !== undefined ? { label: patch.label } : {}),
      ...(patch.ownership !== undefined ? { ownership: patch.ownership } : {}),
      ...(patch.ownershipDate !== undefined ? { ownershipDate: patch.ownershipDate } : {}),
      updatedAt: ctx.now,
    });
    for (const [i, u] of lineUsers.entries()) {
      if (i < currentLines.length && currentLines[i] !== u) await repo.setLineUser(tx, id, i + 1, u);
    }
    await repo.deleteLinesAfter(tx, id, lineUsers.length);
    const made = newLines(
      ctx,
      id,
      lineUsers.slice(currentLines.length).map((u, i) => ({ line: currentLines.length + i + 1, userId: u })),
    );
    await repo.insertLines(tx, made.rows);
    await recordChange(tx, ctx, deviceAudit, {
      action: 'update',
      before: beforeAudit,
      after: await auditRowOf(tx, id),
    });
    return made.credentials;
  });
  return viewOf(ctx, ctx.db, id, credentials);
}

export async function deleteDevice(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await deviceInScope(ctx, tx, id, { lock: true });
    const before = await auditRowOf(tx, id);
    await repo.deleteDevice(tx, id);
    await recordChange(tx, ctx, deviceAudit, { action: 'delete', before });
  });
}

/** A new SIP password for one line (the former stops working at once); shown in this answer only. */
export async function regenerateCredentials(
  ctx: Ctx,
  deviceId: string,
  line: number,
): Promise<SipCredentialsDto> {
  return ctx.db.transaction(async (tx) => {
    const device = await deviceInScope(ctx, tx, deviceId, { lock: true });
    const current = (await repo.linesOf(tx, [deviceId])).find((l) => l.line === line);
    if (current === undefined)
      throw new DomainError('not_found', { reason: { code: 'no_such_line', params: { line } } });
    const { password, ...digests } = newCredentials(current.sipUsername, ctx.services.config.sipRealm);
    await repo.setLineCredentials(tx, deviceId, line, { ...digests, credentialsSetAt: ctx.now });
    await recordEvent(tx, ctx, {
      entityType: 'device',
      entityId: deviceId,
      enterpriseId: device.enterpriseId,
      siteId: device.siteId,
      action: 'credentials_regenerated',
      details: { line, sipUsername: current.sipUsername },
    });
    return { line, sipUsername: current.sipUsername, realm: digests.realm, password };
  });
}

/** What keeps a user from being removed: its devices, in words, for the refusal. */
export async function assertUserHasNoDevices(db: Executor, userId: string): Promise<void> {
  const held = await repo.devicesOfUser(db, userId);
  if (held.length > 0) {
    throw new DomainError('conflict', {
      reason: {
        code: 'user_has_devices',
        params: {
          count: held.length,
          devices: listInWords(held.length, held.slice(0, 10).map(deviceInWords)),
        },
      },
    });
  }
}

/** What keeps a site from being removed: its devices. */
export async function assertSiteHasNoDevices(db: Executor, siteId: string): Promise<void> {
  const held = await repo.devicesOfSite(db, siteId);
  if (held.length > 0) {
    throw new DomainError('conflict', {
      reason: {
        code: 'site_has_devices',
        params: {
          count: held.length,
          devices: listInWords(held.length, held.slice(0, 10).map(deviceInWords)),
        },
      },
    });
  }
}
