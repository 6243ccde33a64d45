import { createHash, randomUUID } from 'node:crypto';
import type { Actor } from '../../../core/access/actor';
import { canSeeEnterprise, inScope, siteFilter } from '../../../core/access/policy';
import { DomainError, notFound } from '../../../core/errors';
import { decodeCursor, type Page, toPage } from '../../../core/pagination';
import { type AudioDto, CONTENT_TYPE_OF, isAudioProblem, sniffAudio } from '../../../core/telephony/audio';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import { sitesOfEnterprise } from '../../directory/sites/repository';
import type { Ctx } from '../../http/context';
import { assertNotReferenced } from '../references';
import { audioAudit, presentAudio } from './presenter';
import * as repo from './repository';

/**
 * Audio of an enterprise's greetings and announcements. An enterprise's own audio (no site) is
 * the whole enterprise's, a site admin's reads and uses it; a site's audio is that site's.
 */
const visibleTo = (actor: Actor, row: { enterpriseId: string; siteId: string | null }) =>
  row.siteId === null ? canSeeEnterprise(actor, row.enterpriseId) : inScope(actor, row);

/** Only who may change a file's owner may remove or replace it: an enterprise file needs an enterprise admin. */
const ownedBy = (actor: Actor, row: { enterpriseId: string; siteId: string | null }) => inScope(actor, row);

export async function listAudio(
  ctx: Ctx,
  enterpriseId: string,
  query: { q?: string | undefined; cursor?: string | undefined; limit: number },
): Promise<Page<AudioDto>> {
  const rows = await repo.listAudio(ctx.db, {
    enterpriseId,
    siteIds: siteFilter(ctx.actor),
    q: query.q,
    cursor: decodeCursor(query.cursor, 'text'),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (r) => ({ key: r.name.toLowerCase(), id: r.id }));
  return { items: page.items.map(presentAudio), nextCursor: page.nextCursor };
}

async function audioInScope(
  ctx: Ctx,
  db: Executor,
  id: string,
  options: { lock?: boolean; own?: boolean } = {},
) {
  const row = await repo.findAudio(db, id, options);
  if (row === null || !visibleTo(ctx.actor, row)) throw notFound();
  if (options.own && !ownedBy(ctx.actor, row))
    throw new DomainError('forbidden', { reason: 'audio_not_yours' });
  return row;
}

export async function getAudio(ctx: Ctx, id: string): Promise<AudioDto> {
  return presentAudio(await audioInScope(ctx, ctx.db, id));
}

export async function audioContent(
  ctx: Ctx,
  id: string,
): Promise<{ contentType: string; filename: string; body: Buffer; sha256: string }> {
  const row = await audioInScope(ctx, ctx.db, id);
  const body = await repo.contentOf(ctx.db, id);
  if (body === null) throw notFound();
  const safe = row.name.replace(/[^\w .-]+/g, '_').slice(0, 100) || 'audio';
  return {
    contentType: CONTENT_TYPE_OF[row.format],
    filename: `${safe}.${row.format}`,
    body,
    sha256: row.sha256,
  };
}

/**
 * Stores an uploaded file when its content is WAV (PCM, μ-law, A-law) or MP3, whatever its name
 * or content type says; within the size limit; with its header's duration and a SHA-256.
 */
export async function uploadAudio(
  ctx: Ctx,
  enterpriseId: string,
  input: { name: string; siteId?: string | undefined; body: Buffer },
): Promise<AudioDto> {
  const max = ctx.services.config.audioMaxBytes;
  if (input.body.length > max) {
    throw new DomainError('unprocessable', {
      fields: { file: { code: 'audio_too_large', params: { max: Math.round((max / 1048576) * 10) / 10 } } },
    });
  }
  const info = sniffAudio(input.body);
  if (isAudioProblem(info)) throw new DomainError('unprocessable', { fields: { file: info } });
  const siteId = input.siteId ?? null;
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    if (!inScope(ctx.actor, { enterpriseId, siteId }))
      throw new DomainError('unprocessable', {
        fields: { siteId: siteId === null ? 'audio_site_required' : 'site_not_yours' },
      });
    if (siteId !== null && (await sitesOfEnterprise(tx, enterpriseId, [siteId])).length === 0)
      throw new DomainError('unprocessable', { fields: { siteId: 'site_not_in_enterprise' } });
    await repo.insertAudio(tx, {
      id,
      enterpriseId,
      siteId,
      name: input.name,
      format: info.format,
      codec: info.codec,
      sampleRate: info.sampleRate,
      channels: info.channels,
      durationMs: info.durationMs,
      sizeBytes: input.body.length,
      sha256: createHash('sha256').update(input.body).digest('hex'),
      content: input.body,
      createdAt: ctx.now,
    });
    const after = await repo.findAudio(tx, id);
    if (after === null) throw notFound();
    await recordChange(tx, ctx, audioAudit, { action: 'create', after });
  });
  return getAudio(ctx, id);
}

/** Removes an audio file that no menu uses (409 in_use with the attendants' names otherwise). */
export async function deleteAudio(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await audioInScope(ctx, tx, id, { lock: true, own: true });
    await assertNotReferenced(tx, { type: 'audio', id });
    await repo.deleteAudio(tx, id);
    await recordChange(tx, ctx, audioAudit, { action: 'delete', before });
  });
}
