import { and, eq, inArray } from 'drizzle-orm';
import { snapshot } from '../../core/audit/diff';
import { DEFAULT_QUEUE_MESSAGES, DEFAULT_TRANSFER } from '../../core/telephony/call-settings';
import type { Tx } from '../db/client';
import type { auditEvents } from '../db/schema';
import { enterpriseCallSettings, numbers, siteCallSettings } from '../db/schema';
import { callSettingsAudit } from '../telephony/call-settings/presenter';
import type { CallSettingsView } from '../telephony/call-settings/repository';
import { DEMO_SITES } from './demo-data';

/** The demo's name and main number (Amsterdam's first, its incoming route's: a main number may be in any state). */
export const DEMO_DISPLAY_NAME = 'Voorbeeld BV';
export const DEMO_MAIN_NUMBER = '+31207940000';
/** Utrecht presents a number of its own block (the last, which no demo user holds). */
export const DEMO_SITE_OVERRIDE = {
  siteKey: 'utr',
  mainNumber: '+31307601049',
  displayName: 'Voorbeeld BV Utrecht',
};

/**
 * The demo's call settings: Voorbeeld BV's main number and name, an override for Utrecht, and
 * core's transfer defaults and Dutch queue texts; audited as one creation.
 */
export async function seedDemoCallSettings(
  tx: Tx,
  c: { enterpriseId: string; siteIds: Map<string, string>; now: Date },
): Promise<(typeof auditEvents.$inferInsert)[]> {
  const found = await tx
    .select({ id: numbers.id, number: numbers.number })
    .from(numbers)
    .where(
      and(
        eq(numbers.enterpriseId, c.enterpriseId),
        inArray(numbers.number, [DEMO_MAIN_NUMBER, DEMO_SITE_OVERRIDE.mainNumber]),
      ),
    );
  const idOf = (number: string) => found.find((n) => n.number === number)?.id ?? null;
  const main = idOf(DEMO_MAIN_NUMBER);
  if (main === null) throw new Error(`the demo's main number ${DEMO_MAIN_NUMBER} is not in its plan`);
  await tx.insert(enterpriseCallSettings).values({
    enterpriseId: c.enterpriseId,
    displayName: DEMO_DISPLAY_NAME,
    mainNumberId: main,
    blindTransfer: DEFAULT_TRANSFER.blind,
    attendedTransfer: DEFAULT_TRANSFER.attended,
    outsideTransfer: DEFAULT_TRANSFER.outside,
    recallSeconds: DEFAULT_TRANSFER.recallSeconds,
    welcomeMessage: DEFAULT_QUEUE_MESSAGES.welcome,
    comfortMessage: DEFAULT_QUEUE_MESSAGES.comfort,
    positionMessage: DEFAULT_QUEUE_MESSAGES.position,
    overflowMessage: DEFAULT_QUEUE_MESSAGES.overflow,
    closedMessage: DEFAULT_QUEUE_MESSAGES.closed,
    updatedAt: c.now,
  });
  const siteId = c.siteIds.get(DEMO_SITE_OVERRIDE.siteKey);
  const sites: CallSettingsView['sites'] = {};
  if (siteId !== undefined) {
    await tx.insert(siteCallSettings).values({
      siteId,
      enterpriseId: c.enterpriseId,
      mainNumberId: idOf(DEMO_SITE_OVERRIDE.mainNumber),
      displayName: DEMO_SITE_OVERRIDE.displayName,
      updatedAt: c.now,
    });
    sites[siteId] = {
      siteName: DEMO_SITES.find((s) => s.key === DEMO_SITE_OVERRIDE.siteKey)?.name ?? '',
      mainNumber: idOf(DEMO_SITE_OVERRIDE.mainNumber) === null ? null : DEMO_SITE_OVERRIDE.mainNumber,
      displayName: DEMO_SITE_OVERRIDE.displayName,
    };
  }
  const view: CallSettingsView = {
    enterpriseId: c.enterpriseId,
    displayName: DEMO_DISPLAY_NAME,
    mainNumber: DEMO_MAIN_NUMBER,
    sites,
    transfer: { ...DEFAULT_TRANSFER },
    queueMessages: { ...DEFAULT_QUEUE_MESSAGES },
  };
  return [
    {
      at: c.now,
      entityType: callSettingsAudit.entityType,
      entityId: c.enterpriseId,
      action: 'create',
      enterpriseId: c.enterpriseId,
      after: snapshot(view, callSettingsAudit.fields),
    },
  ];
}
