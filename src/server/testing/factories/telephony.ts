import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client';
import { numberBlocks, numbers } from '../../db/schema';

let next = 0;

/** Throw-away blocks of Amsterdam numbers (+31 20 8xx xxxx), each a range no other block has. */
export const telephonyFactories = {
  async numberBlock(
    db: Executor,
    enterpriseId: string,
    options: { size?: number; siteId?: string | null } = {},
  ) {
    const size = options.size ?? 1;
    const start = 8_000_000 + next;
    next += size;
    const block = {
      id: randomUUID(),
      enterpriseId,
      first: `+3120${start}`,
      size,
      kind: 'geographic' as const,
    };
    await db.insert(numberBlocks).values(block);
    const rows = Array.from({ length: size }, (_, i) => ({
      id: randomUUID(),
      enterpriseId,
      blockId: block.id,
      number: `+3120${start + i}`,
      kind: 'geographic' as const,
      siteId: options.siteId ?? null,
    }));
    await db.insert(numbers).values(rows);
    return { block, numbers: rows };
  },
};
