import { and, eq } from 'drizzle-orm';
import { snapshot } from '../../core/audit/diff';
import { DEFAULT_SETTINGS, type UserFeatureSettings } from '../../core/telephony/features';
import type { Tx } from '../db/client';
import type { auditEvents, users } from '../db/schema';
import { numbers, userBlfEntries, userFeatures } from '../db/schema';
import { auditViewOf, userFeaturesAudit } from '../telephony/user-features/presenter';

type UserRow = Pick<typeof users.$inferSelect, 'id' | 'enterpriseId' | 'siteId' | 'profile'>;

/**
 * The demo's telephony features (issue 8): the end user (Vast) forwards to voicemail after 20 s
 * without an answer, one colleague is on do-not-disturb, the supervisor (Combi) rings its own
 * mobile along with the desk phone, and the receptionist and the agent watch colleagues on their
 * busy-lamp field. By index in DEMO_USERS (see demo-data.ts for who is who).
 */
export async function seedDemoFeatures(
  tx: Tx,
  c: { userRows: UserRow[]; now: Date },
): Promise<(typeof auditEvents.$inferInsert)[]> {
  const audit: (typeof auditEvents.$inferInsert)[] = [];
  const at = (i: number): UserRow => {
    const user = c.userRows[i];
    if (!user) throw new Error(`the demo has no user ${i}`);
    return user;
  };
  const mobileOf = async (user: UserRow): Promise<string> => {
    const [row] = await tx
      .select({ number: numbers.number })
      .from(numbers)
      .where(and(eq(numbers.assigneeId, user.id), eq(numbers.assigneeRole, 'mobile')));
    if (!row) throw new Error('the demo Combi user has no mobile number');
    return row.number;
  };
  const base = (): UserFeatureSettings => structuredClone(DEFAULT_SETTINGS);

  const endUser = base();
  endUser.voicemail = { enabled: true, copyToEmail: true, greeting: 'personal' };
  endUser.forwarding.noAnswer = { enabled: true, destination: 'voicemail', afterSeconds: 20 };
  endUser.forwarding.busy = { enabled: true, destination: 'voicemail' };

  const onDnd = base();
  onDnd.dnd = true;
  onDnd.voicemail.enabled = true;

  const supervisor = at(3);
  const ringsMobile = base();
  ringsMobile.simultaneousRing = {
    enabled: true,
    numbers: [await mobileOf(supervisor)],
    notWhileOnCall: true,
  };

  const reception = base();
  reception.callerId = 'main_number';

  const plan: { user: UserRow; settings: UserFeatureSettings; blf: number[] }[] = [
    { user: at(0), settings: endUser, blf: [] },
    { user: at(8), settings: onDnd, blf: [] },
    { user: supervisor, settings: ringsMobile, blf: [] },
    { user: at(4), settings: reception, blf: [0, 8, 12, 16, 20] },
    { user: at(2), settings: base(), blf: [6, 10] },
  ];
  for (const { user, settings, blf } of plan) {
    await tx.insert(userFeatures).values({ userId: user.id, ...settings, updatedAt: c.now });
    const watched = blf.map((i) => at(i).id);
    if (watched.length > 0) {
      await tx
        .insert(userBlfEntries)
        .values(watched.map((watchedUserId, position) => ({ userId: user.id, watchedUserId, position })));
    }
    const view = auditViewOf(
      {
        userId: user.id,
        enterpriseId: user.enterpriseId,
        siteId: user.siteId,
        profile: user.profile,
        included: [],
        settings,
        pinSet: false,
        blf: watched,
      },
      'none',
    );
    audit.push({
      at: c.now,
      entityType: userFeaturesAudit.entityType,
      entityId: user.id,
      action: 'create',
      enterpriseId: user.enterpriseId,
      siteId: user.siteId,
      after: snapshot(view, userFeaturesAudit.fields),
    });
  }
  return audit;
}
