import { explainAll, explainCode } from './messages';
import type {
  Assumptions,
  CallEvent,
  CallPlan,
  DecisionParams,
  NodeId,
  OutcomeKind,
  RingEndpoint,
  Simulation,
  Step,
  WalkedStep,
} from './types';

/** The most steps a walk takes: a caller going round a menu for ever is hung up after these. */
export const MAX_WALK_STEPS = 200;

const endpointName = (e: RingEndpoint | undefined): string =>
  e === undefined ? '' : e.kind === 'user' ? e.name : e.number;

/**
 * Walks a plan with assumed events: the digits pressed in order (a menu without one left times
 * out; a key the menu does not know is invalid input), whether the first endpoint rung answers or
 * nobody does, whether the caller stays in a queue. Answers the steps taken, each with the event
 * that left it, and the outcome. Always ends: after MAX_WALK_STEPS the caller hangs up.
 */
export function simulate(plan: CallPlan, assumptions: Assumptions = {}): Simulation {
  const language = assumptions.language ?? 'en';
  const digits = [
    ...(typeof assumptions.digits === 'string' ? [...assumptions.digits] : (assumptions.digits ?? [])),
  ];
  const answer = assumptions.answer ?? 'first';
  const walked: WalkedStep[] = [];
  const visit = (step: Step, event: CallEvent | null, key?: string): void => {
    walked.push({
      id: step.id,
      kind: step.kind,
      event,
      ...(key === undefined ? {} : { key }),
      decisions: step.decisions,
      explanation: explainAll(step.decisions, language),
    });
  };
  const end = (kind: OutcomeKind, code: string, params: DecisionParams = {}): Simulation => ({
    steps: walked,
    outcome: { kind, code, params, reason: explainCode(code, params, language) },
  });

  let id: NodeId = plan.entry;
  for (let i = 0; ; i += 1) {
    if (i >= MAX_WALK_STEPS) return end('disconnected', 'simulation_limit', { max: MAX_WALK_STEPS });
    const step = plan.steps[id];
    if (step === undefined) return end('rejected', 'plan_limit', { max: plan.steps.length });
    if (assumptions.hangUpAtStep === i) {
      visit(step, 'hangup');
      return end('disconnected', 'caller_hung_up');
    }
    let next: NodeId;
    switch (step.kind) {
      case 'ring':
        if (answer === 'first' && step.endpoints.length > 0) {
          visit(step, 'answered');
          return end('answered', 'answered', { name: endpointName(step.endpoints[0]) });
        }
        if (step.on.no_answer === undefined) {
          visit(step, null);
          return end('no_answer', 'no_answer');
        }
        visit(step, 'no_answer');
        next = step.on.no_answer;
        break;
      case 'play':
        visit(step, 'done');
        next = step.on.done;
        break;
      case 'collect': {
        const key = digits.shift();
        if (key === undefined) {
          visit(step, 'timeout');
          next = step.on.timeout;
        } else if (Object.hasOwn(step.keys, key) && step.keys[key] !== undefined) {
          visit(step, 'digit', key);
          next = step.keys[key] ?? step.on.invalid;
        } else {
          visit(step, 'invalid', key);
          next = step.on.invalid;
        }
        break;
      }
      case 'queue':
        if (assumptions.waitInQueue) {
          visit(step, null);
          return end('queued', 'queued', { queue: step.name, position: step.position });
        }
        if (answer === 'first' && step.agents.length > 0) {
          visit(step, 'answered');
          return end('answered', 'answered', { name: endpointName(step.agents[0]) });
        }
        if (step.on.overflow !== undefined) {
          visit(step, 'overflow');
          next = step.on.overflow;
        } else {
          visit(step, 'wait_exceeded');
          next = step.on.wait_exceeded;
        }
        break;
      case 'forward':
        if (step.scope === 'on_net') {
          visit(step, 'done');
          next = step.on.done;
          break;
        }
        visit(step, null);
        return end('forwarded_offnet', step.emergency ? 'emergency' : 'forwarded', { number: step.number });
      case 'voicemail':
        visit(step, null);
        return end('voicemail', 'voicemail', { name: step.name });
      case 'dial':
        visit(step, null);
        return end('disconnected', step.mode === 'extension' ? 'dial_by_extension' : 'dial_by_name');
      case 'reject':
        visit(step, null);
        return end(step.outcome, step.code, step.params);
    }
    id = next;
  }
}
