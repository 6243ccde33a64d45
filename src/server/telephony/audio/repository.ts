import { and, eq, getTableColumns, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { TextCursor } from '../../../core/pagination';
import type { Executor } from '../../db/client';
import { afterCursor, containsText, keysetOrder, lowerOf } from '../../db/keyset';
import { audioFiles } from '../../db/schema';

export type AudioRow = Omit<typeof audioFiles.$inferSelect, 'content'>;

const { content: _content, ...meta } = getTableColumns(audioFiles);

export const audioSortKey = (): SQL<string> => lowerOf(audioFiles.name);

/** The audio of an enterprise (without content): a site admin's sites' and the enterprise's own. */
export async function listAudio(
  db: Executor,
  filter: {
    enterpriseId: string;
    siteIds: readonly string[] | null;
    q?: string | undefined;
    cursor: TextCursor | undefined;
    limit: number;
  },
): Promise<AudioRow[]> {
  const key = audioSortKey();
  const sites =
    filter.siteIds === null
      ? undefined
      : filter.siteIds.length === 0
        ? isNull(audioFiles.siteId)
        : or(isNull(audioFiles.siteId), inArray(audioFiles.siteId, [...filter.siteIds]));
  return db
    .select(meta)
    .from(audioFiles)
    .where(
      and(
        eq(audioFiles.enterpriseId, filter.enterpriseId),
        sites,
        containsText([audioFiles.name], filter.q),
        afterCursor(key, audioFiles.id, filter.cursor),
      ),
    )
    .orderBy(...keysetOrder(key, audioFiles.id))
    .limit(filter.limit + 1);
}

/** One audio file without its content; `lock` holds the row until the transaction ends. */
export async function findAudio(
  db: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<AudioRow | null> {
  const query = db.select(meta).from(audioFiles).where(eq(audioFiles.id, id)).limit(1);
  const rows = await (options.lock ? query.for('update') : query);
  return rows[0] ?? null;
}

export async function contentOf(db: Executor, id: string): Promise<Buffer | null> {
  const rows = await db
    .select({ content: audioFiles.content })
    .from(audioFiles)
    .where(eq(audioFiles.id, id))
    .limit(1);
  return rows[0]?.content ?? null;
}

export async function insertAudio(db: Executor, row: typeof audioFiles.$inferInsert): Promise<void> {
  await db.insert(audioFiles).values(row);
}

export async function deleteAudio(db: Executor, id: string): Promise<void> {
  await db.delete(audioFiles).where(eq(audioFiles.id, id));
}

export const countAudio = async (db: Executor, enterpriseId: string): Promise<number> => {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(audioFiles)
    .where(eq(audioFiles.enterpriseId, enterpriseId));
  return row?.n ?? 0;
};
