import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { z } from 'zod';
import { accountInScope } from '../../../core/access/accounts';
import { fieldError, notFound } from '../../../core/errors';
import {
  completionDateError,
  type Training,
  type TrainingRecordDto,
  type trainingRecordInputSchema,
} from '../../../core/knowledge/trainings';
import { decodeCursor, encodeCursor, type Page } from '../../../core/pagination';
import { recordChange } from '../../audit/record';
import { findAccountView } from '../../directory/accounts/repository';
import type { Ctx } from '../../http/context';
import { presentTrainingRecord, trainingRecordAudit } from './presenter';
import * as repo from './repository';

const visible = (ctx: Ctx, row: repo.TrainingRecordView) =>
  row.accountId === ctx.actor.accountId ||
  accountInScope(ctx.actor, { role: row.accountRole, enterpriseId: row.enterpriseId }, row.userSiteId);

export async function listTrainingRecords(
  ctx: Ctx,
  query: {
    accountId?: string | undefined;
    enterpriseId?: string | undefined;
    training?: Training | undefined;
    cursor?: string | undefined;
    limit: number;
  },
): Promise<Page<TrainingRecordDto>> {
  const cursor = decodeCursor(query.cursor, 'instant');
  const before = cursor ? { createdAt: new Date(cursor.key), id: cursor.id } : undefined;
  const rows = await repo.listTrainingRecords(ctx.db, {
    enterpriseIds: ctx.actor.enterpriseIds === 'all' ? null : ctx.actor.enterpriseIds,
    userSiteIds: ctx.actor.siteIds === 'all' ? null : ctx.actor.siteIds,
    ownAccountId: ctx.actor.accountId,
    accountId: query.accountId,
    enterpriseId: query.enterpriseId,
    training: query.training,
    before,
    limit: query.limit,
  });
  const more = rows.length > query.limit;
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(presentTrainingRecord),
    nextCursor: more && last ? encodeCursor({ key: last.createdAt.toISOString(), id: last.id }) : null,
  };
}

export async function createTrainingRecord(
  ctx: Ctx,
  input: z.output<typeof trainingRecordInputSchema>,
): Promise<TrainingRecordDto> {
  const account = await findAccountView(ctx.db, input.accountId);
  if (account === null || !accountInScope(ctx.actor, account, account.userSiteId)) {
    throw fieldError('unprocessable', 'accountId', 'no_such_account');
  }
  const today = DateTime.fromJSDate(ctx.now, { zone: ctx.services.config.timezone }).toISODate() ?? '';
  const dateError = completionDateError(input.completedOn, today);
  if (dateError) throw fieldError('unprocessable', 'completedOn', dateError);
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    const row = {
      id,
      accountId: account.id,
      training: input.training,
      completedOn: input.completedOn,
      notes: input.notes ?? null,
      recordedBy: ctx.actor.accountId,
      createdAt: ctx.now,
    };
    await repo.insertTrainingRecord(tx, row);
    const after = await repo.findTrainingRecord(tx, id);
    if (after === null) throw notFound();
    await recordChange(tx, ctx, trainingRecordAudit, { action: 'create', after });
  });
  // The record may lift this account's training gate.
  ctx.services.authCache.forgetAccount(account.id);
  const created = await repo.findTrainingRecord(ctx.db, id);
  if (created === null) throw notFound();
  return presentTrainingRecord(created);
}

export async function deleteTrainingRecord(ctx: Ctx, id: string): Promise<void> {
  const row = await repo.findTrainingRecord(ctx.db, id);
  if (row === null || !visible(ctx, row)) throw notFound();
  await ctx.db.transaction(async (tx) => {
    await repo.deleteTrainingRecord(tx, id);
    await recordChange(tx, ctx, trainingRecordAudit, { action: 'delete', before: row });
  });
  ctx.services.authCache.forgetAccount(row.accountId);
}
