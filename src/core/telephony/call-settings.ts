import { z } from 'zod';
import type { Profile } from '../directory/profiles';
import { idSchema } from '../ids';
import { unstorableTextProblem } from '../text';
import type { CallerIdMode } from './features';
import { dutchNumberSchema } from './numbers';

/**
 * The enterprise's call settings (guide, appendix "functionaliteit op organisatie-niveau"):
 * name and number presentation (naam- en nummerweergave), transfer (doorverbinden) and the
 * default texts of queues (berichten bij wachtrijen). Beside the extension length of
 * `telephony-settings`, which stays a resource of its own.
 *
 * A main number is any number of the enterprise's own plan, whatever its state: free, reserved,
 * porting or assigned (to a user, or later to the auto attendant its incoming route rings).
 * Caller ID only presents the number; who answers a call to it is the number's assignment and
 * incoming route. A site's main number is a number allocated to that site or to no site.
 */

// Name and number presentation

/** A display name as it leaves with a call (the network shows the first characters). */
export const MAX_DISPLAY_NAME = 40;
/** A queue text, read aloud later by the call plane. */
export const MAX_MESSAGE_LENGTH = 500;

/** Recall after a blind transfer: 0 = none, else 10–300 seconds. */
export const MIN_RECALL_SECONDS = 10;
export const MAX_RECALL_SECONDS = 300;

/** The placeholder a position announcement must hold (the caller's place in the queue). */
export const POSITION_PLACEHOLDER = '{position}';

/** C0 and C1 control characters (and DEL): a text read aloud holds none, not even a line break. */
const CONTROL = /\p{Cc}/u;

/** What is wrong with a text that leaves with a call or is read aloud, as an issue code, or null. */
export function spokenTextProblem(
  text: string,
): 'nul_character' | 'lone_surrogate' | 'control_character' | null {
  return unstorableTextProblem(text) ?? (CONTROL.test(text) ? 'control_character' : null);
}

const spokenText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .superRefine((value, ctx) => {
      const problem = spokenTextProblem(value);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
    });

export const displayNameSchema = spokenText(MAX_DISPLAY_NAME);

export const siteOverrideInputSchema = z
  .strictObject({
    siteId: idSchema,
    /** The site's own main number, in any notation (a number of the plan of this site or of none). */
    mainNumber: dutchNumberSchema.nullable(),
    /** The name that leaves with the site's main number; null: the enterprise's. */
    displayName: displayNameSchema.nullable(),
  })
  .refine((o) => o.mainNumber !== null || o.displayName !== null, {
    message: 'site_override_empty',
    path: ['mainNumber'],
  });

export const presentationInputSchema = z.strictObject({
  /** The enterprise's name on outgoing calls. */
  displayName: displayNameSchema,
  /** The enterprise's main number, in any notation (a number of its own plan); null: none. */
  mainNumber: dutchNumberSchema.nullable(),
  /** At most one override per site. */
  sites: z
    .array(siteOverrideInputSchema)
    .max(500)
    .superRefine((sites, ctx) => {
      const seen = new Set<string>();
      for (const [i, site] of sites.entries()) {
        if (seen.has(site.siteId))
          ctx.addIssue({ code: 'custom', message: 'site_twice', path: [i, 'siteId'] });
        seen.add(site.siteId);
      }
    }),
});

// Transfer

export const transferSchema = z.strictObject({
  /** Transfer without announcing the call first. */
  blind: z.boolean(),
  /** Transfer after speaking to the one the call goes to. */
  attended: z.boolean(),
  /** Transfer to numbers outside the enterprise (the transferring user's call restrictions decide). */
  outside: z.boolean(),
  /** A blind-transferred call not answered comes back after this many seconds; 0 = never. */
  recallSeconds: z.int().refine((n) => n === 0 || (n >= MIN_RECALL_SECONDS && n <= MAX_RECALL_SECONDS), {
    message: 'recall_seconds',
  }),
});
export type TransferSettings = z.infer<typeof transferSchema>;

// Queue messages

export const QUEUE_MESSAGE_KEYS = ['welcome', 'comfort', 'position', 'overflow', 'closed'] as const;
export type QueueMessageKey = (typeof QUEUE_MESSAGE_KEYS)[number];
export type QueueMessages = Record<QueueMessageKey, string>;

const messageText = spokenText(MAX_MESSAGE_LENGTH);

/** `{position}` exactly once, and no other placeholder (the call plane fills in only that one). */
export function positionTextProblem(text: string): 'position_placeholder' | null {
  const placeholders = text.match(/\{[^}]*\}/g) ?? [];
  return placeholders.length === 1 && placeholders[0] === POSITION_PLACEHOLDER
    ? null
    : 'position_placeholder';
}

export const queueMessagesSchema = z.strictObject({
  /** Played when a call enters the queue. */
  welcome: messageText,
  /** Repeated while the caller waits. */
  comfort: messageText,
  /** The position announcement; `{position}` is the caller's place. */
  position: messageText.superRefine((value, ctx) => {
    const problem = positionTextProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  }),
  /** Before an overflow (the queue is full or the wait too long). */
  overflow: messageText,
  /** Outside opening hours (night and holiday service). */
  closed: messageText,
});

export const DEFAULT_QUEUE_MESSAGES: Readonly<QueueMessages> = {
  welcome: 'Welkom. Al onze medewerkers zijn in gesprek. U wordt zo snel mogelijk geholpen.',
  comfort: 'Een ogenblik geduld alstublieft, u wordt zo spoedig mogelijk geholpen.',
  position: 'U bent nummer {position} in de wachtrij.',
  overflow: 'Het is op dit moment erg druk. U wordt doorverbonden.',
  closed: 'U belt buiten onze openingstijden. Wij zijn op werkdagen bereikbaar. Probeer het later opnieuw.',
};

export const DEFAULT_TRANSFER: Readonly<TransferSettings> = {
  blind: true,
  attended: true,
  outside: true,
  recallSeconds: 60,
};

export const callSettingsInputSchema = z.strictObject({
  presentation: presentationInputSchema,
  transfer: transferSchema,
  queueMessages: queueMessagesSchema,
});
export type CallSettingsInput = z.output<typeof callSettingsInputSchema>;

const numberRef = z.object({ number: z.string(), national: z.string() });

export const callSettingsSchema = z.object({
  enterpriseId: idSchema,
  presentation: z.object({
    displayName: z.string(),
    /** E.164 and national form; null: none. */
    mainNumber: numberRef.nullable(),
    sites: z.array(
      z.object({
        siteId: idSchema,
        siteName: z.string(),
        mainNumber: numberRef.nullable(),
        displayName: z.string().nullable(),
      }),
    ),
  }),
  transfer: transferSchema,
  queueMessages: z.object({
    welcome: z.string(),
    comfort: z.string(),
    position: z.string(),
    overflow: z.string(),
    closed: z.string(),
  }),
});
export type CallSettingsDto = z.infer<typeof callSettingsSchema>;

// Which identity leaves with a call

/** What presentedIdentity needs of a user: its choice, profile, site, name and own numbers (E.164). */
export type CallingUser = {
  name: string;
  profile: Profile;
  siteId: string | null;
  callerId: CallerIdMode;
  fixedNumber: string | null;
  mobileNumber: string | null;
};

/** What presentedIdentity needs of the settings: the enterprise's and each site's number and name. */
export type PresentationSettings = {
  displayName: string;
  mainNumber: string | null;
  sites: readonly { siteId: string; mainNumber: string | null; displayName: string | null }[];
};

export const IDENTITY_SOURCES = ['user', 'site', 'enterprise', 'none'] as const;
export type IdentitySource = (typeof IDENTITY_SOURCES)[number];

export type Identity = {
  /** E.164, or null when neither the user nor its site nor the enterprise has a number. */
  number: string | null;
  name: string;
  /** Whose number it is. */
  numberSource: IdentitySource;
};

export type PresentedIdentity = {
  /** What the called party sees; null when withheld. */
  presented: Identity | null;
  /** The caller chose anonymous: presentation restricted. */
  withheld: boolean;
  /**
   * The identity the network always gets (asserted identity), also when withheld: emergency
   * services (112) see it, and so does the operator for tracing.
   */
  network: Identity;
};

function mainIdentity(
  site: PresentationSettings['sites'][number] | undefined,
  settings: PresentationSettings,
): { number: string | null; name: string; numberSource: IdentitySource } {
  const name = site?.displayName ?? settings.displayName;
  if (site?.mainNumber) return { number: site.mainNumber, name, numberSource: 'site' };
  if (settings.mainNumber) return { number: settings.mainNumber, name, numberSource: 'enterprise' };
  return { number: null, name, numberSource: 'none' };
}

/**
 * Which number and name leave with an outgoing call of the user.
 * - own_number: the user's own number (the fixed one; a Mobiel user's mobile) with the user's
 *   name; without one, the site's main number and then the enterprise's (still the user's name).
 * - main_number: the site's main number, else the enterprise's, with the site's display name,
 *   else the enterprise's.
 * - anonymous: withheld; the network still gets the own_number identity (for 112).
 */
export function presentedIdentity(user: CallingUser, settings: PresentationSettings): PresentedIdentity {
  const site = user.siteId === null ? undefined : settings.sites.find((s) => s.siteId === user.siteId);
  const main = mainIdentity(site, settings);
  const ownNumber = user.profile === 'mobiel' ? user.mobileNumber : user.fixedNumber;
  const own: Identity =
    ownNumber !== null
      ? { number: ownNumber, name: user.name, numberSource: 'user' }
      : { number: main.number, name: user.name, numberSource: main.numberSource };
  switch (user.callerId) {
    case 'own_number':
      return { presented: own, withheld: false, network: own };
    case 'main_number':
      return { presented: main, withheld: false, network: main };
    case 'anonymous':
      return { presented: null, withheld: true, network: own };
  }
}
