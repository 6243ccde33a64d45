import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { enterpriseTelephony } from '../../db/schema';

export type TelephonySettingsRow = typeof enterpriseTelephony.$inferSelect;

export const DEFAULT_EXTENSION_LENGTH = 3;

/** The enterprise's settings (the defaults when none are stored yet). */
export async function findSettings(db: Executor, enterpriseId: string): Promise<TelephonySettingsRow> {
  const rows = await db
    .select()
    .from(enterpriseTelephony)
    .where(eq(enterpriseTelephony.enterpriseId, enterpriseId))
    .limit(1);
  return rows[0] ?? { enterpriseId, extensionLength: DEFAULT_EXTENSION_LENGTH, updatedAt: new Date(0) };
}

/** The settings under a row lock, so that a change of length and a new extension do not cross. */
export async function lockSettings(
  db: Executor,
  enterpriseId: string,
  now: Date,
): Promise<TelephonySettingsRow> {
  await db
    .insert(enterpriseTelephony)
    .values({ enterpriseId, extensionLength: DEFAULT_EXTENSION_LENGTH, updatedAt: now })
    .onConflictDoNothing();
  const [row] = await db
    .select()
    .from(enterpriseTelephony)
    .where(eq(enterpriseTelephony.enterpriseId, enterpriseId))
    .for('update');
  if (!row) throw new Error(`telephony settings of ${enterpriseId} vanished`);
  return row;
}

export async function updateSettings(
  db: Executor,
  enterpriseId: string,
  values: { extensionLength: number; updatedAt: Date },
): Promise<TelephonySettingsRow> {
  const [row] = await db
    .update(enterpriseTelephony)
    .set(values)
    .where(eq(enterpriseTelephony.enterpriseId, enterpriseId))
    .returning();
  if (!row) throw new Error(`telephony settings of ${enterpriseId} vanished`);
  return row;
}
