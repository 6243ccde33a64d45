import { decide, inScope } from '../../../core/access/policy';
import { isUserRole } from '../../../core/access/roles';
import { DomainError, notFound } from '../../../core/errors';
import {
  type AgentBoardDto,
  type AgentStateInput,
  effectiveState,
  type MyAgentStateDto,
  nextAgentState,
  type StoredAgentState,
} from '../../../core/telephony/agent-states';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import { findUser, type UserRow } from '../../directory/users/repository';
import type { Ctx } from '../../http/context';
import * as agents from '../queue-agents/repository';
import type { QueueRow } from '../queues/repository';
import { findQueue } from '../queues/repository';
import { type AgentStateAuditRow, agentStateAudit } from './presenter';
import * as repo from './repository';

/**
 * Who may see a queue's board and change its agents' states (the routes are open to every signed-in
 * account; this decides, as the policy would):
 * - an admin (a role that is no user role) with `agent-states.read` (to change: `.write`, so the
 *   training gate and read-only tokens hold) whose scope holds the queue: every agent;
 * - a user role's own user, when it is a supervisor of the queue: every agent of the queue;
 * - a user role's own user, when it is an agent of the queue: the board, and its own state only.
 * Anyone else gets 404, as for a queue that does not exist: user roles hold no permission of the
 * administration, their right is their link to the queue.
 */
type Access = { supervises: boolean; ownUserId: string | null };

async function accessTo(
  ctx: Ctx,
  db: Executor,
  queue: QueueRow | null,
  mode: 'read' | 'write',
): Promise<Access> {
  if (!isUserRole(ctx.actor.role)) {
    const denial = decide(ctx.actor, mode === 'read' ? 'agent-states.read' : 'agent-states.write');
    if (denial !== null) throw new DomainError(denial);
    if (queue === null || !inScope(ctx.actor, { enterpriseId: queue.enterpriseId, siteId: queue.siteId }))
      throw notFound();
    return { supervises: decide(ctx.actor, 'agent-states.write') === null, ownUserId: null };
  }
  if (mode === 'write' && ctx.actor.access === 'read') throw new DomainError('read_only_token');
  const own = ctx.actor.userId;
  const link =
    queue === null || own === null || ctx.actor.enterpriseId !== queue.enterpriseId
      ? null
      : await agents.linkOf(db, queue.id, own);
  if (link === null) throw notFound();
  return { supervises: link.role === 'supervisor', ownUserId: own };
}

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

function stateView(stored: repo.AgentStateRow | undefined, now: Date) {
  const current = effectiveState(stored ?? null, now);
  // A wrap-up that ended by itself has been available since its end.
  const since =
    stored === undefined
      ? null
      : stored.state === 'wrap_up' && current.state === 'available'
        ? stored.until
        : stored.updatedAt;
  return { state: current.state, reason: current.reason, until: iso(current.until), since: iso(since) };
}

/** A queue's agents with their states now (a wrap-up past its end shows available). */
export async function getBoard(ctx: Ctx, queueId: string): Promise<AgentBoardDto> {
  const queue = await findQueue(ctx.db, queueId);
  const access = await accessTo(ctx, ctx.db, queue, 'read');
  const q = queue as QueueRow;
  const links = (await agents.agentsOf(ctx.db, queueId)).filter((a) => a.role === 'agent');
  const states = await repo.statesOf(
    ctx.db,
    links.map((l) => l.userId),
  );
  const byUser = new Map(states.map((s) => [s.userId, s]));
  const readable = (l: agents.QueueAgentView) =>
    isUserRole(ctx.actor.role) || inScope(ctx.actor, { enterpriseId: l.enterpriseId, siteId: l.siteId });
  return {
    queueId,
    queueName: q.name,
    wrapUpSeconds: q.wrapUpSeconds,
    supervises: access.supervises,
    agents: links.map((l) => ({
      userId: l.userId,
      userName: readable(l) ? l.userName : '—',
      ...stateView(byUser.get(l.userId), ctx.now),
      canChange: access.supervises || l.userId === access.ownUserId,
    })),
  };
}

/**
 * One change of one agent's state, in one transaction: the agent's state row is locked (parallel
 * changes queue up), the core decides, and the change is audited (who, from, to, reason, where).
 */
async function changeState(
  ctx: Ctx,
  tx: Executor,
  user: UserRow,
  input: Pick<AgentStateInput, 'state' | 'reason'>,
  wrapUpSeconds: number,
  queueName: string | null,
): Promise<void> {
  const row = await repo.lockState(tx, user.id, ctx.now);
  const next = nextAgentState(input, wrapUpSeconds, ctx.now);
  if ('fields' in next) throw new DomainError('unprocessable', { fields: next.fields });
  const auditOf = (s: StoredAgentState): AgentStateAuditRow => ({
    userId: user.id,
    enterpriseId: user.enterpriseId,
    siteId: user.siteId,
    state: s.state,
    reason: s.reason,
    until: iso(s.until),
    queueName,
  });
  await repo.saveState(tx, user.id, next.ok, ctx.now);
  await recordChange(tx, ctx, agentStateAudit, {
    action: 'update',
    before: auditOf(effectiveState(row, ctx.now)),
    after: auditOf(next.ok),
  });
}

/** From a queue's board: a supervisor or admin changes any agent's state, an agent its own. */
export async function setBoardState(
  ctx: Ctx,
  queueId: string,
  userId: string,
  input: Pick<AgentStateInput, 'state' | 'reason'>,
): Promise<AgentBoardDto> {
  await ctx.db.transaction(async (tx) => {
    const queue = await findQueue(tx, queueId, { lock: 'share' });
    const access = await accessTo(ctx, tx, queue, 'write');
    const q = queue as QueueRow;
    const link = await agents.linkOf(tx, queueId, userId);
    if (link === null || link.role !== 'agent') throw notFound();
    if (!access.supervises && userId !== access.ownUserId) {
      throw new DomainError('forbidden', { reason: 'not_a_supervisor' });
    }
    const user = await findUser(tx, userId);
    if (user === null) throw notFound();
    await changeState(ctx, tx, user, input, q.wrapUpSeconds, q.name);
  });
  return getBoard(ctx, queueId);
}

/** The directory user of the account asking; 404 for an account without one. */
async function ownUser(ctx: Ctx, db: Executor): Promise<UserRow> {
  const id = ctx.actor.userId;
  const user = id === null ? null : await findUser(db, id);
  if (user === null || user.enterpriseId !== ctx.actor.enterpriseId) {
    throw new DomainError('not_found', { reason: 'no_directory_user' });
  }
  return user;
}

export async function getMyState(ctx: Ctx): Promise<MyAgentStateDto> {
  const user = await ownUser(ctx, ctx.db);
  const [queues, states] = await Promise.all([
    agents.queuesOfUser(ctx.db, user.id),
    repo.statesOf(ctx.db, [user.id]),
  ]);
  return {
    userId: user.id,
    ...stateView(states[0], ctx.now),
    queues: queues.map((q) => ({ id: q.id, name: q.name, role: q.role, wrapUpSeconds: q.wrapUpSeconds })),
  };
}

/**
 * The agent's own change ("My phone"): only a user that is an agent of some queue has a state. A
 * wrap-up takes the wrap-up time of `queueId` (one of its queues) or else the longest of its queues.
 */
export async function setMyState(ctx: Ctx, input: AgentStateInput): Promise<MyAgentStateDto> {
  if (ctx.actor.access === 'read') throw new DomainError('read_only_token');
  await ctx.db.transaction(async (tx) => {
    const user = await ownUser(ctx, tx);
    const queues = (await agents.queuesOfUser(tx, user.id)).filter((q) => q.role === 'agent');
    if (queues.length === 0) throw new DomainError('conflict', { reason: 'not_an_agent' });
    let wrapUp = Math.max(...queues.map((q) => q.wrapUpSeconds));
    let queueName: string | null = null;
    if (input.queueId !== undefined) {
      const chosen = queues.find((q) => q.id === input.queueId);
      if (chosen === undefined)
        throw new DomainError('unprocessable', { fields: { queueId: 'not_an_agent' } });
      wrapUp = chosen.wrapUpSeconds;
      queueName = chosen.name;
    }
    await changeState(ctx, tx, user, input, wrapUp, queueName);
  });
  return getMyState(ctx);
}
