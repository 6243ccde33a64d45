import { and, asc, count, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { CommentVisibility } from '../../../core/servicedesk/tickets';
import type { Executor } from '../../db/client';
import { ticketAttachments } from '../../db/schema';

const { content: _content, ...meta } = getTableColumns(ticketAttachments);

export type AttachmentRow = Omit<typeof ticketAttachments.$inferSelect, 'content'>;

/** A ticket's attachments without their bytes, oldest first, of the visibilities given. */
export async function listAttachments(
  db: Executor,
  ticketId: string,
  visibilities: readonly CommentVisibility[],
): Promise<AttachmentRow[]> {
  return db
    .select(meta)
    .from(ticketAttachments)
    .where(
      and(eq(ticketAttachments.ticketId, ticketId), inArray(ticketAttachments.visibility, [...visibilities])),
    )
    .orderBy(asc(ticketAttachments.createdAt), asc(ticketAttachments.id));
}

export async function findAttachment(db: Executor, id: string): Promise<AttachmentRow | null> {
  const [row] = await db.select(meta).from(ticketAttachments).where(eq(ticketAttachments.id, id));
  return row ?? null;
}

export async function contentOf(db: Executor, id: string): Promise<Buffer | null> {
  const [row] = await db
    .select({ content: ticketAttachments.content })
    .from(ticketAttachments)
    .where(eq(ticketAttachments.id, id));
  return row?.content ?? null;
}

export async function countAttachments(db: Executor, ticketId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(ticketAttachments)
    .where(eq(ticketAttachments.ticketId, ticketId));
  return row?.n ?? 0;
}

export async function insertAttachment(
  db: Executor,
  row: typeof ticketAttachments.$inferInsert,
): Promise<AttachmentRow> {
  const [made] = await db.insert(ticketAttachments).values(row).returning(meta);
  return made as AttachmentRow;
}
