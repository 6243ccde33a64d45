import { fieldError, notFound } from '../../../core/errors';
import { isId } from '../../../core/ids';
import type { Language } from '../../../core/messages/texts';
import {
  type CallPlan,
  type CompiledConfig,
  type ConfigChecksDto,
  checkConfig,
  checkMessage,
  checkMoments,
  compile,
  explain,
  type LiveState,
  plan,
  planOutline,
  type SimulateInput,
  type Simulation,
  type SimulationDto,
  simulate,
  simulateInputSchema,
} from '../../../core/routing';
import { effectiveState } from '../../../core/telephony/agent-states';
import { classifyDialled, dialledDigits } from '../../../core/telephony/call-classes';
import { parsePhoneNumber } from '../../../core/telephony/numbers';
import { DEFAULT_TIME_ZONE } from '../../../core/telephony/schedules';
import type { Database, Executor } from '../../db/client';
import type { Ctx } from '../../http/context';
import { compiledCacheOf } from './cache';
import * as repo from './repository';

/**
 * The enterprise's compiled configuration at its current version: one version read per call, a
 * compile (the snapshot in one read-only REPEATABLE READ transaction, with the version it is of)
 * only when the version changed. Throws not found for an enterprise that does not exist.
 */
export async function compiledConfig(
  database: Database,
  enterpriseId: string,
): Promise<{ compiled: CompiledConfig; version: string }> {
  const version = await repo.readVersion(database.db, enterpriseId);
  let loadedVersion = version;
  const compiled = await compiledCacheOf(database).get(enterpriseId, version, async () => {
    const loaded = await database.db.transaction(
      async (tx) => {
        if (!(await repo.enterpriseExists(tx, enterpriseId))) throw notFound();
        const v = await repo.readVersion(tx, enterpriseId);
        return { version: v, snapshot: await repo.loadSnapshot(tx, enterpriseId) };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    loadedVersion = loaded.version;
    return { version: loaded.version, compiled: compile(loaded.snapshot) };
  });
  return { compiled, version: loadedVersion };
}

/** The live state the server knows: agents' stored states (no registrar yet, so no registrations). */
async function liveState(db: Executor, compiled: CompiledConfig, now: Date): Promise<LiveState> {
  if (compiled.queues.size === 0) return {};
  const agentStates: Record<string, ReturnType<typeof effectiveState>['state']> = {};
  for (const row of await repo.agentStatesOf(db, compiled.enterpriseId)) {
    const state = effectiveState(row, now).state;
    if (state !== 'available') agentStates[row.userId] = state;
  }
  return { agentStates };
}

type Input = ReturnType<typeof simulateInputSchema.parse>;

const isShort = (digits: string): boolean => !digits.startsWith('+') && !digits.startsWith('0');

/** Refuses a caller or dialled number the enterprise does not know, with field issues. */
function checkCall(compiled: CompiledConfig, input: Input): void {
  const from = input.from;
  if (isId(from)) {
    if (!compiled.users.has(from)) throw fieldError('unprocessable', 'from', 'simulate_user_unknown');
  } else {
    const digits = dialledDigits(from);
    if (digits === null) throw fieldError('unprocessable', 'from', 'simulate_caller_unknown');
    if (isShort(digits)) {
      if (compiled.extensions.get(digits)?.type !== 'user') {
        throw fieldError('unprocessable', 'from', 'simulate_caller_unknown');
      }
    } else if (parsePhoneNumber(from) === null) {
      throw fieldError('unprocessable', 'from', 'simulate_caller_unknown');
    }
  }
  const classified = classifyDialled(input.to, {
    extensionLength: compiled.extensionLength,
    extensions: compiled.extensionSet,
  });
  const digits = dialledDigits(input.to);
  if (classified.class === 'unknown' || digits === null) {
    throw fieldError('unprocessable', 'to', 'simulate_number_invalid');
  }
  if (classified.class === 'internal' && isShort(digits) && !compiled.extensionSet.has(digits)) {
    throw fieldError('unprocessable', 'to', {
      code: 'simulate_extension_unknown',
      params: { extension: digits },
    });
  }
  const state = input.state;
  for (const key of ['busy', 'dnd', 'unregistered'] as const) {
    (state?.[key] ?? []).forEach((id, i) => {
      if (!compiled.users.has(id))
        throw fieldError('unprocessable', `state.${key}.${i}`, 'simulate_user_unknown');
    });
  }
  for (const id of Object.keys(state?.agents ?? {})) {
    if (!compiled.users.has(id))
      throw fieldError('unprocessable', `state.agents.${id}`, 'simulate_user_unknown');
  }
  for (const id of Object.keys(state?.queueLengths ?? {})) {
    if (!compiled.queues.has(id)) {
      throw fieldError('unprocessable', `state.queueLengths.${id}`, 'simulate_queue_unknown');
    }
  }
}

export type Simulated = { plan: CallPlan; simulation: Simulation; version: string; at: string };

/**
 * Plans a call against the enterprise's configuration now and walks it with the assumed events:
 * what the call plane would do. Changes nothing.
 */
export async function simulateCall(
  database: Database,
  enterpriseId: string,
  request: SimulateInput,
  options: { now: Date; language: Language },
): Promise<Simulated> {
  const input = simulateInputSchema.parse(request);
  const { compiled, version } = await compiledConfig(database, enterpriseId);
  checkCall(compiled, input);
  const known = await liveState(database.db, compiled, options.now);
  const s = input.state;
  const state: LiveState = {
    agentStates: { ...known.agentStates, ...s?.agents },
    ...(s?.busy ? { busyUsers: s.busy } : {}),
    ...(s?.dnd ? { dndUsers: s.dnd } : {}),
    ...(s?.unregistered ? { unregisteredUsers: s.unregistered } : {}),
    ...(s?.queueLengths ? { queueLengths: s.queueLengths } : {}),
  };
  const at = input.at ?? options.now.toISOString();
  const callPlan = plan(compiled, { from: input.from, to: input.to, at }, state);
  const simulation = simulate(callPlan, {
    ...(input.digits !== undefined ? { digits: input.digits } : {}),
    answer: input.answer,
    language: options.language,
  });
  return { plan: callPlan, simulation, version, at };
}

export function presentSimulation(s: Simulated, language: Language): SimulationDto {
  const caller = s.plan.caller;
  return {
    at: s.at,
    caller:
      caller.kind === 'user'
        ? { kind: 'user', userId: caller.userId, name: caller.name, number: null }
        : { kind: 'outside', userId: null, name: null, number: caller.number },
    decisions: s.plan.decisions.map((d) => ({
      code: d.code,
      params: d.params,
      explanation: explain(d, language),
    })),
    steps: s.simulation.steps.map((step) => ({
      id: step.id,
      kind: step.kind,
      event: step.event,
      key: step.key ?? null,
      explanation: step.explanation,
      decisions: step.decisions.map((d) => ({ code: d.code, params: d.params })),
    })),
    outcome: s.simulation.outcome,
    plan: planOutline(s.plan, language),
    truncated: s.plan.truncated,
    version: s.version,
  };
}

/** `POST /api/enterprises/:enterpriseId/simulate`. */
export async function simulateForRequest(
  ctx: Ctx,
  enterpriseId: string,
  body: SimulateInput,
  acceptLanguage: string | undefined,
): Promise<SimulationDto> {
  const language = await requestLanguage(ctx, acceptLanguage);
  const result = await simulateCall(ctx.services.database, enterpriseId, body, { now: ctx.now, language });
  return presentSimulation(result, language);
}

async function requestLanguage(ctx: Ctx, acceptLanguage: string | undefined): Promise<Language> {
  return languageOf(acceptLanguage) ?? (await repo.accountLanguage(ctx.db, ctx.actor.accountId)) ?? 'nl';
}

/**
 * `GET /api/enterprises/:enterpriseId/config-checks`: the configuration checks of the cached
 * compiled configuration (`checkConfig`), at the moments of the coming week after now in the
 * Netherlands' zone (schedules keep their own zones), errors first. Messages in the language of
 * Accept-Language, else the account's.
 */
export async function configChecksForRequest(
  ctx: Ctx,
  enterpriseId: string,
  acceptLanguage: string | undefined,
): Promise<ConfigChecksDto> {
  const language = await requestLanguage(ctx, acceptLanguage);
  const { compiled } = await compiledConfig(ctx.services.database, enterpriseId);
  const checks = checkConfig(compiled, checkMoments(ctx.now, DEFAULT_TIME_ZONE));
  const rank = (s: string) => (s === 'error' ? 0 : 1);
  return {
    items: [...checks]
      .sort((a, b) => rank(a.severity) - rank(b.severity))
      .map((c) => ({
        severity: c.severity,
        code: c.code,
        message: checkMessage(c, language),
        objects: c.objects.map((o) => ({ type: o.type, id: o.id, name: o.name })),
      })),
  };
}

/** The first of nl or en that an Accept-Language header names (by its order of preference). */
export function languageOf(header: string | undefined): Language | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((r) => r.trim().startsWith('q='));
      return { tag: tag.trim().toLowerCase().slice(0, 2), q: q ? Number(q.trim().slice(2)) : 1, i };
    })
    .filter((p) => (p.tag === 'nl' || p.tag === 'en') && p.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return (ranked[0]?.tag as Language | undefined) ?? null;
}
