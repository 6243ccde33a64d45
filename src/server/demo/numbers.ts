import { randomUUID } from 'node:crypto';
import { snapshot } from '../../core/audit/diff';
import { blockNumbers } from '../../core/telephony/numbers';
import { PROFILE_NUMBER_ROLES } from '../../core/telephony/profile-numbers';
import type { Tx } from '../db/client';
import type { auditEvents, users } from '../db/schema';
import { enterpriseTelephony, extensions, numberBlocks, numbers } from '../db/schema';
import { numberBlockAudit } from '../telephony/number-blocks/presenter';
import { DEMO_FIRST_EXTENSION, DEMO_FIRST_MOBILE, DEMO_NUMBER_BLOCKS } from './demo-data';

type UserRow = Pick<typeof users.$inferSelect, 'id' | 'siteId' | 'profile'>;

/**
 * The demo's number plan: its blocks (Amsterdam's main number kept for its route, Maastricht still porting
 * in), a 3-digit extension for every user, a fixed number from its site's block for every user
 * whose profile has one and a mobile number for every Combi and Mobiel user.
 */
export async function seedDemoNumbers(
  tx: Tx,
  c: { enterpriseId: string; siteIds: Map<string, string>; userRows: UserRow[]; now: Date },
): Promise<(typeof auditEvents.$inferInsert)[]> {
  const audit: (typeof auditEvents.$inferInsert)[] = [];
  await tx
    .insert(enterpriseTelephony)
    .values({ enterpriseId: c.enterpriseId, extensionLength: 3, updatedAt: c.now });
  const freeBySite = new Map<string, { id: string; number: string }[]>();
  const rows: (typeof numbers.$inferInsert)[] = [];
  const addBlock = async (first: string, size: number, siteId: string | null, porting = false) => {
    const made = blockNumbers(first, size);
    if ('problem' in made) throw new Error(`demo block ${first} × ${size}: ${made.problem}`);
    const block = {
      id: randomUUID(),
      enterpriseId: c.enterpriseId,
      first,
      size,
      kind: made.kind,
      createdAt: c.now,
    };
    await tx.insert(numberBlocks).values(block);
    audit.push({
      at: c.now,
      entityType: numberBlockAudit.entityType,
      entityId: block.id,
      action: 'create',
      enterpriseId: c.enterpriseId,
      after: snapshot(block, numberBlockAudit.fields),
    });
    const members = made.numbers.map((number) => ({
      id: randomUUID(),
      enterpriseId: c.enterpriseId,
      blockId: block.id,
      number,
      kind: made.kind,
      siteId,
      state: porting ? ('porting' as const) : ('free' as const),
      updatedAt: c.now,
    }));
    rows.push(...members);
    if (siteId !== null && !porting) freeBySite.set(siteId, [...(freeBySite.get(siteId) ?? []), ...members]);
    return members;
  };
  for (const spec of DEMO_NUMBER_BLOCKS) {
    const siteId = spec.siteKey === null ? null : (c.siteIds.get(spec.siteKey) ?? null);
    const members = await addBlock(spec.first, spec.size, siteId, spec.porting);
    // Amsterdam's first number is the enterprise's main number, kept for its incoming route
    // (seeded later, which assigns it).
    if (spec.siteKey === 'ams' && members[0]) {
      Object.assign(members[0], { state: 'reserved', note: 'Hoofdnummer' });
      freeBySite.set(siteId as string, (freeBySite.get(siteId as string) ?? []).slice(1));
    }
  }
  const held: (typeof extensions.$inferInsert)[] = [];
  let mobile = DEMO_FIRST_MOBILE;
  for (const [i, user] of c.userRows.entries()) {
    held.push({
      enterpriseId: c.enterpriseId,
      extension: String(DEMO_FIRST_EXTENSION + i),
      assigneeType: 'user',
      assigneeId: user.id,
      createdAt: c.now,
    });
    const roles = PROFILE_NUMBER_ROLES[user.profile];
    if (roles.includes('fixed') && user.siteId !== null) {
      const free = freeBySite.get(user.siteId) ?? [];
      const number = free.shift();
      freeBySite.set(user.siteId, free);
      const row = rows.find((r) => r.id === number?.id);
      if (row)
        Object.assign(row, {
          state: 'assigned',
          assigneeType: 'user',
          assigneeId: user.id,
          assigneeRole: 'fixed',
        });
    }
    if (roles.includes('mobile')) {
      const [member] = await addBlock(`+31${mobile++}`, 1, null);
      if (member)
        Object.assign(member, {
          state: 'assigned',
          assigneeType: 'user',
          assigneeId: user.id,
          assigneeRole: 'mobile',
        });
    }
  }
  for (let i = 0; i < rows.length; i += 500) await tx.insert(numbers).values(rows.slice(i, i + 500));
  await tx.insert(extensions).values(held);
  return audit;
}
