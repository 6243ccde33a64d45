import { z } from 'zod';
import { idSchema } from '../ids';

/**
 * Checklists a customer walks through before or while reporting an incident, as data: the line
 * checklist of appendix 3 ("Checklist storing Managed IP verbinding"). A checklist has a key and a
 * version; its answers are stored with both, and every version stays here, so stored answers keep
 * the step definitions they were answered against when the steps change (add a version, never edit
 * one that was published).
 */

export const LED_STATES = ['on', 'blinking', 'off'] as const;
export type LedState = (typeof LED_STATES)[number];

type Text = { nl: string; en: string };
export type ChecklistStep = {
  id: string;
  /** `yes_no`: a yes or no with an optional note; `leds`: the router's LEDs by name and state. */
  kind: 'yes_no' | 'leds';
  label: Text;
  hint?: Text;
  /** Asked only when an earlier yes/no step was answered so (else it may stay empty). */
  requiredWhen?: { step: string; answer: boolean };
};
export type ChecklistDefinition = {
  key: string;
  version: number;
  title: Text;
  steps: readonly ChecklistStep[];
};

export const LINE_CHECKLIST_KEY = 'line-outage';

export const LINE_CHECKLIST_V1: ChecklistDefinition = {
  key: LINE_CHECKLIST_KEY,
  version: 1,
  title: { nl: 'Checklist storing verbinding', en: 'Line outage checklist' },
  steps: [
    {
      id: 'routerIsOurs',
      kind: 'yes_no',
      label: {
        nl: 'Is de router een router van de provider, met de nodige bekabeling?',
        en: "Is the router the provider's router, with its cabling?",
      },
    },
    {
      id: 'power',
      kind: 'yes_no',
      label: { nl: 'Staat er spanning op de router?', en: 'Does the router have power?' },
      hint: {
        nl: 'Staat de aan/uit-schakelaar op I en brandt het OK- of PWR-lampje? Zo niet: probeer een andere wandcontactdoos.',
        en: 'Is the power switch at I and is the OK or PWR LED lit? If not, try another wall socket.',
      },
    },
    {
      id: 'lanCabling',
      kind: 'yes_no',
      label: { nl: 'Is de interne (LAN-)bekabeling in orde?', en: 'Is the internal (LAN) cabling in order?' },
      hint: {
        nl: 'Minstens één netwerkkabel in een LAN-poort, en het lampje bij die poort brandt.',
        en: 'At least one network cable in a LAN port, and the LED of that port is lit.',
      },
    },
    {
      id: 'lineCabling',
      kind: 'yes_no',
      label: {
        nl: 'Is de bekabeling tussen de router en het ISRA-punt (of de switch van de lijnleverancier) in orde?',
        en: "Is the cabling between the router and the line termination point (or the line supplier's switch) in order?",
      },
    },
    {
      id: 'ledsBefore',
      kind: 'leds',
      label: {
        nl: 'Welke lampjes op de router branden, knipperen of zijn uit?',
        en: 'Which LEDs on the router are on, blinking or off?',
      },
      hint: {
        nl: 'Noteer elk lampje met zijn naam (bijv. PWR, OK, DSL, LAN1).',
        en: 'Note each LED by its name (e.g. PWR, OK, DSL, LAN1).',
      },
    },
    {
      id: 'coldRestart',
      kind: 'yes_no',
      label: { nl: 'Is de router koud herstart?', en: 'Was the router cold restarted?' },
      hint: {
        nl: 'Stroom eraf (schakelaar uit of adapter uit de wandcontactdoos), 1 minuut wachten, weer aan.',
        en: 'Power off (switch or adapter out of the wall socket), wait 1 minute, power on.',
      },
    },
    {
      id: 'ledsAfter',
      kind: 'leds',
      label: {
        nl: 'Wat is de stand van de lampjes na de herstart?',
        en: 'What do the LEDs show after the restart?',
      },
      requiredWhen: { step: 'coldRestart', answer: true },
    },
    {
      id: 'worksOnSite',
      kind: 'yes_no',
      label: {
        nl: 'Zijn er werkzaamheden (geweest) op locatie, of was er een stroomstoring?',
        en: 'Are (or were) there works on site, or was there a power cut?',
      },
    },
    {
      id: 'worksInStreet',
      kind: 'yes_no',
      label: {
        nl: 'Zijn er werkzaamheden (geweest) in de straat of wijk, bijvoorbeeld graafwerk?',
        en: 'Are (or were) there works in the street or area, such as digging?',
      },
    },
    {
      id: 'telephonyWorks',
      kind: 'yes_no',
      label: { nl: 'Werkt de telefonie nog op locatie?', en: 'Does telephony still work on site?' },
    },
  ],
};

/** Every version of every checklist, so stored answers can always be read against their steps. */
export const CHECKLISTS: readonly ChecklistDefinition[] = [LINE_CHECKLIST_V1];
/** The version new answers are given against, per checklist. */
export const CURRENT_CHECKLISTS: readonly ChecklistDefinition[] = [LINE_CHECKLIST_V1];

export const checklistDefinition = (key: string, version: number): ChecklistDefinition | null =>
  CHECKLISTS.find((c) => c.key === key && c.version === version) ?? null;

const note = z.string().trim().max(1000).optional();
export const yesNoAnswerSchema = z.strictObject({ answer: z.boolean(), note });
export const ledSchema = z.strictObject({
  name: z.string().trim().min(1).max(30),
  state: z.enum(LED_STATES),
});
export const ledsAnswerSchema = z.array(ledSchema).max(30);

/**
 * The answers' schema of a checklist version: one field per step, and the rules across steps —
 * a LED step asked now needs at least one LED, each LED named once (case aside).
 */
export function answersSchemaFor(definition: ChecklistDefinition) {
  const shape: Record<string, z.ZodType> = {};
  for (const step of definition.steps) {
    const base = step.kind === 'yes_no' ? yesNoAnswerSchema : ledsAnswerSchema;
    shape[step.id] = step.requiredWhen ? base.optional() : base;
  }
  return z.strictObject(shape).superRefine((answers, ctx) => {
    for (const issue of checklistProblems(definition, answers as Record<string, unknown>))
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.code });
  });
}

/** The cross-step problems of (shape-valid) answers, as paths and issue codes. */
export function checklistProblems(
  definition: ChecklistDefinition,
  answers: Record<string, unknown>,
): { path: (string | number)[]; code: 'required' | 'led_named_twice' }[] {
  const problems: { path: (string | number)[]; code: 'required' | 'led_named_twice' }[] = [];
  for (const step of definition.steps) {
    if (step.kind !== 'leds') continue;
    const leds = (answers[step.id] ?? []) as { name: string }[];
    const condition = step.requiredWhen;
    const asked =
      condition === undefined ||
      (answers[condition.step] as { answer?: boolean } | undefined)?.answer === condition.answer;
    if (asked && leds.length === 0) problems.push({ path: [step.id], code: 'required' });
    const seen = new Set<string>();
    leds.forEach((led, i) => {
      const name = led.name.trim().toLowerCase();
      if (seen.has(name)) problems.push({ path: [step.id, i, 'name'], code: 'led_named_twice' });
      seen.add(name);
    });
  }
  return problems;
}

/**
 * A checklist's answers as sent: which checklist and version, the site it was done at, and the
 * answers. One variant per current version (a new version adds one).
 */
export const lineChecklistInputSchema = z.strictObject({
  checklist: z.literal(LINE_CHECKLIST_KEY),
  version: z.literal(1),
  siteId: idSchema,
  answers: answersSchemaFor(LINE_CHECKLIST_V1),
});
export const checklistInputSchema = lineChecklistInputSchema;
export type ChecklistInput = z.output<typeof checklistInputSchema>;

const textSchema = z.object({ nl: z.string(), en: z.string() });
export const checklistDefinitionSchema = z.object({
  key: z.string(),
  version: z.int(),
  title: textSchema,
  steps: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['yes_no', 'leds']),
      label: textSchema,
      hint: textSchema.optional(),
      requiredWhen: z.object({ step: z.string(), answer: z.boolean() }).optional(),
    }),
  ),
});

/** Stored answers with the step definitions of their version, for the agent's table. */
export const ticketChecklistSchema = z.object({
  id: idSchema,
  ticketId: idSchema,
  checklist: z.string(),
  version: z.int(),
  definition: checklistDefinitionSchema,
  siteId: idSchema.nullable(),
  siteName: z.string().nullable(),
  answers: z.record(z.string(), z.unknown()),
  createdByName: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type TicketChecklistDto = z.infer<typeof ticketChecklistSchema>;

/** One row of the agent's table: a step, and its answer in words of the language given. */
export function checklistRows(
  definition: ChecklistDefinition,
  answers: Record<string, unknown>,
  lang: 'nl' | 'en',
): { stepId: string; step: string; answer: string; note: string }[] {
  const words = {
    nl: { yes: 'Ja', no: 'Nee', on: 'brandt', blinking: 'knippert', off: 'uit', none: '—' },
    en: { yes: 'Yes', no: 'No', on: 'on', blinking: 'blinking', off: 'off', none: '—' },
  }[lang];
  return definition.steps.map((step) => {
    const value = answers[step.id];
    if (step.kind === 'yes_no') {
      const a = value as { answer?: boolean; note?: string } | undefined;
      return {
        stepId: step.id,
        step: step.label[lang],
        answer: a?.answer === undefined ? words.none : a.answer ? words.yes : words.no,
        note: a?.note ?? '',
      };
    }
    const leds = (value ?? []) as { name: string; state: LedState }[];
    return {
      stepId: step.id,
      step: step.label[lang],
      answer: leds.length === 0 ? words.none : leds.map((l) => `${l.name}: ${words[l.state]}`).join(', '),
      note: '',
    };
  });
}
