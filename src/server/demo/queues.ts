import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { snapshot } from '../../core/audit/diff';
import { checkQueueSettings, DEFAULT_QUEUE_SETTINGS, type QueueRole } from '../../core/telephony/queues';
import type { Tx } from '../db/client';
import type { auditEvents, users } from '../db/schema';
import { agentStates, extensions, numbers, queueAgents, queues } from '../db/schema';
import { agentStateAudit } from '../telephony/agent-states/presenter';
import { queueAgentAudit } from '../telephony/queue-agents/presenter';
import { queueAudit } from '../telephony/queues/presenter';
import { DEMO_FIRST_EXTENSION } from './demo-data';

type UserRow = Pick<typeof users.$inferSelect, 'id' | 'enterpriseId' | 'siteId' | 'name' | 'profile'>;
type AuditRow = typeof auditEvents.$inferInsert;

/** The demo's call centre queue, on Utrecht with extension 310 and Utrecht's first free number. */
export const DEMO_QUEUE = { name: 'Support', siteKey: 'utr', extension: '310' } as const;

/**
 * Out of hours (schedule "Supportdesk Utrecht") the queue plays the closed message and hands the
 * call to the Utrecht colleague on call (DEMO_USERS 14, on Utrecht with a Flex profile), whose own
 * call handling (voicemail when not answered) takes it from there; holidays and the company day
 * do the same (no holiday action of its own).
 */
export const DEMO_QUEUE_ON_CALL_USER = 14;

/**
 * Who works in "Support", by index in DEMO_USERS: the agent account's user (Flex, Utrecht) and two
 * Flex colleagues of Utrecht as agents, the supervisor account's user (Combi) as supervisor. Flex
 * and Combi include the call centre features by default. One agent is out to lunch.
 */
const STAFF: { user: number; role: QueueRole }[] = [
  { user: 2, role: 'agent' },
  { user: 6, role: 'agent' },
  { user: 10, role: 'agent' },
  { user: 3, role: 'supervisor' },
];

export async function seedDemoQueues(
  tx: Tx,
  c: {
    enterpriseId: string;
    siteIds: Map<string, string>;
    userRows: UserRow[];
    now: Date;
    /** The schedule the queue follows ("Supportdesk Utrecht"). */
    scheduleId: string;
  },
): Promise<AuditRow[]> {
  const siteId = c.siteIds.get(DEMO_QUEUE.siteKey);
  if (!siteId) throw new Error(`the demo has no site ${DEMO_QUEUE.siteKey}`);
  const onCall = c.userRows[DEMO_QUEUE_ON_CALL_USER];
  if (onCall?.siteId !== siteId) throw new Error('the demo queue’s on-call user is not on Utrecht');
  const [free] = await tx
    .select({ id: numbers.id, number: numbers.number })
    .from(numbers)
    .where(and(eq(numbers.siteId, siteId), eq(numbers.state, 'free')))
    .orderBy(asc(numbers.number))
    .limit(1);
  const queue = {
    id: randomUUID(),
    enterpriseId: c.enterpriseId,
    siteId,
    name: DEMO_QUEUE.name,
    ...DEFAULT_QUEUE_SETTINGS,
    distribution: 'uniform' as const,
    maxQueueLength: 20,
    maxWaitSeconds: 900,
    comfortMessage: 'Alle medewerkers zijn in gesprek. U wordt zo snel mogelijk geholpen.',
    comfortIntervalSeconds: 45,
    positionAnnouncements: true,
    overflowAction: 'transfer' as const,
    overflowAfterSeconds: 600,
    overflowDestination: String(201),
    bouncedAfterRings: 4,
    strandedAction: 'keep_waiting' as const,
    wrapUpSeconds: 30,
    scheduleId: c.scheduleId,
    closedAction: 'transfer' as const,
    closedDestination: String(DEMO_FIRST_EXTENSION + DEMO_QUEUE_ON_CALL_USER),
    closedMessage: true,
    createdAt: c.now,
    updatedAt: c.now,
  };
  const check = checkQueueSettings(queue, {
    extensionLength: 3,
    ownExtension: DEMO_QUEUE.extension,
    ownNumber: free?.number ?? null,
  });
  if (!check.ok) throw new Error(`demo queue: ${JSON.stringify(check.fields)}`);
  await tx.insert(queues).values(queue);
  await tx.insert(extensions).values({
    enterpriseId: c.enterpriseId,
    extension: DEMO_QUEUE.extension,
    assigneeType: 'queue',
    assigneeId: queue.id,
    createdAt: c.now,
  });
  if (free) {
    await tx
      .update(numbers)
      .set({
        state: 'assigned',
        assigneeType: 'queue',
        assigneeId: queue.id,
        assigneeRole: 'main',
        updatedAt: c.now,
      })
      .where(eq(numbers.id, free.id));
  }
  const audit: AuditRow[] = [
    {
      at: c.now,
      entityType: queueAudit.entityType,
      entityId: queue.id,
      action: 'create',
      enterpriseId: c.enterpriseId,
      siteId,
      after: snapshot(
        {
          ...queue,
          siteName: '',
          extension: DEMO_QUEUE.extension,
          number: free?.number ?? null,
          agentCount: 0,
          supervisorCount: 0,
        },
        queueAudit.fields,
      ),
    },
  ];
  for (const [i, { user: index, role }] of STAFF.entries()) {
    const user = c.userRows[index];
    if (!user) throw new Error(`the demo has no user ${index}`);
    const link = {
      id: randomUUID(),
      queueId: queue.id,
      userId: user.id,
      role,
      weight: 50,
      createdAt: new Date(c.now.getTime() + i),
    };
    await tx.insert(queueAgents).values(link);
    audit.push({
      at: c.now,
      entityType: queueAgentAudit.entityType,
      entityId: link.id,
      action: 'create',
      enterpriseId: c.enterpriseId,
      siteId,
      after: snapshot({ ...link, queueName: queue.name }, queueAgentAudit.fields),
    });
  }
  // The second agent is out to lunch; the others have never set a state (available).
  const lunching = c.userRows[6];
  if (lunching) {
    const state = { state: 'unavailable' as const, reason: 'lunch' as const, until: null };
    await tx.insert(agentStates).values({ userId: lunching.id, ...state, updatedAt: c.now });
    audit.push({
      at: c.now,
      entityType: agentStateAudit.entityType,
      entityId: lunching.id,
      action: 'update',
      enterpriseId: c.enterpriseId,
      siteId: lunching.siteId,
      before: snapshot(
        { state: 'available', reason: null, until: null, queueName: null },
        agentStateAudit.fields,
      ),
      after: snapshot({ ...state, queueName: queue.name }, agentStateAudit.fields),
    });
  }
  return audit;
}
