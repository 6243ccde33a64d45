import type { Language } from '../messages/texts';
import type { CallEvent, CallPlan, Step } from './types';

/**
 * A step's short label, in Dutch or English: what the portal writes in a node of the plan's
 * diagram ("Bel Anna de Vries", "Menu Hoofdmenu", "Wachtrij Support"). The explanations say why;
 * a label only says what.
 */
export function stepLabel(step: Step, language: Language): string {
  const nl = language === 'nl';
  switch (step.kind) {
    case 'ring': {
      const who = step.target.name;
      return nl ? `Bel ${who}` : `Ring ${who}`;
    }
    case 'play':
      if (step.audio.kind === 'tone')
        return step.audio.tone === 'busy'
          ? nl
            ? 'Bezettoon'
            : 'Busy tone'
          : nl
            ? 'Niet bereikbaar-toon'
            : 'Unavailable tone';
      return step.audio.kind === 'greeting'
        ? nl
          ? 'Begroeting'
          : 'Greeting'
        : nl
          ? 'Mededeling'
          : 'Message';
    case 'collect': {
      const again = step.attempt > 0 ? ` (${step.attempt + 1})` : '';
      return `Menu ${step.menuName}${again}`;
    }
    case 'queue':
      return nl ? `Wachtrij ${step.name}` : `Queue ${step.name}`;
    case 'forward':
      if (step.scope === 'off_net')
        return step.emergency
          ? nl
            ? `Noodnummer ${step.number}`
            : `Emergency ${step.number}`
          : nl
            ? `Doorschakelen naar ${step.number}`
            : `Forward to ${step.number}`;
      return nl ? `Door naar ${step.destination.name}` : `On to ${step.destination.name}`;
    case 'voicemail':
      return nl ? `Voicemail ${step.name}` : `Voicemail ${step.name}`;
    case 'dial':
      return step.mode === 'extension'
        ? nl
          ? 'Kies een toestelnummer'
          : 'Dial an extension'
        : nl
          ? 'Kies op naam'
          : 'Dial by name';
    case 'reject':
      return nl ? `Einde: ${step.code}` : `End: ${step.code}`;
  }
}

export type PlanBranch = { event: CallEvent; key?: string; to: number };

/** A step's branches in a fixed order: the menu's keys first (event `digit`), then its events. */
export function stepBranches(step: Step): PlanBranch[] {
  const out: PlanBranch[] = [];
  if (step.kind === 'collect')
    for (const [key, to] of Object.entries(step.keys)) out.push({ event: 'digit', key, to });
  if ('on' in step)
    for (const [event, to] of Object.entries(step.on) as [CallEvent, number | undefined][])
      if (to !== undefined) out.push({ event, to });
  return out;
}

/** The whole plan as the portal draws it: entry, and each step with its label and branches. */
export function planOutline(
  plan: CallPlan,
  language: Language,
): { entry: number; steps: { id: number; kind: Step['kind']; label: string; branches: PlanBranch[] }[] } {
  return {
    entry: plan.entry,
    steps: plan.steps.map((step) => ({
      id: step.id,
      kind: step.kind,
      label: stepLabel(step, language),
      branches: stepBranches(step),
    })),
  };
}
