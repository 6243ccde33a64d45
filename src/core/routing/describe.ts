import type { Language } from '../messages/texts';
import { explainAll } from './messages';
import type { CallPlan, Step } from './types';

const endpointText = (step: Extract<Step, { kind: 'ring' }>): string =>
  step.endpoints
    .map((e) => (e.kind === 'user' ? e.name : e.number))
    .join(step.order === 'parallel' ? ' + ' : ' → ');

const what = (step: Step): string => {
  switch (step.kind) {
    case 'ring':
      return `ring ${endpointText(step)} (${step.order}${step.seconds === null ? '' : `, ${step.seconds} s`})`;
    case 'play':
      return `play ${step.audio.kind === 'message' ? step.audio.key : step.audio.kind}`;
    case 'collect':
      return `menu ${step.menuName}${step.attempt > 0 ? ` (${step.attempt + 1})` : ''}, ${step.timeoutSeconds} s`;
    case 'queue':
      return `queue ${step.name} at ${step.position}, max ${step.maxWaitSeconds} s`;
    case 'forward':
      return step.scope === 'off_net'
        ? `forward off-net ${step.number}`
        : `forward to ${step.destination.name}`;
    case 'voicemail':
      return `voicemail ${step.name}`;
    case 'dial':
      return `dial by ${step.mode}`;
    case 'reject':
      return `${step.outcome}: ${step.code}`;
  }
};

const branches = (step: Step): string => {
  const out: string[] = [];
  if (step.kind === 'collect') for (const [key, id] of Object.entries(step.keys)) out.push(`${key}→#${id}`);
  if ('on' in step) for (const [event, id] of Object.entries(step.on)) out.push(`${event}→#${id}`);
  return out.length === 0 ? '' : `  [${out.join(' ')}]`;
};

/**
 * A plan as text, one line per step with its branches and explanation: what the CLI prints and a
 * test can compare. `#n` is the step with id n; the first line is the entry.
 */
export function describePlan(plan: CallPlan, language: Language = 'en'): string[] {
  const lines = [`→ #${plan.entry}  ${explainAll(plan.decisions, language)}`];
  for (const step of plan.steps) {
    const why = explainAll(step.decisions, language);
    lines.push(`#${step.id} ${what(step)}${branches(step)}${why === '' ? '' : `  — ${why}`}`);
  }
  return lines;
}
