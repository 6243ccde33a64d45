import { z } from 'zod';
import { profileSchema } from '../directory/profiles';
import { postcodeSchema } from '../directory/schemas';
import { idSchema } from '../ids';
import { parsePhoneNumber } from '../telephony/numbers';
import { checklistInputSchema } from './checklists';
import { ticketCategorySchema } from './desks';
import { levelSchema } from './tickets';

/**
 * The intake forms, one per ticket type, as schemas (the API validates with them, the portal's
 * wizard builds its steps on them). The incident form asks what the guide's §4.1 says a report
 * must hold at least; the other types a minimal form (the change catalogue comes later).
 */

/** A phone number in any usual notation (Dutch by default, any country), E.164 out. */
export const anyPhoneNumberSchema = z.string().transform((value, ctx) => {
  const parsed = parsePhoneNumber(value);
  if (parsed === null) {
    ctx.addIssue({ code: 'custom', message: 'phone_number' });
    return z.NEVER;
  }
  return parsed.e164;
});

const shortText = z.string().trim().min(1).max(200);
const longText = z.string().trim().min(1).max(5000);
const optionalText = z.string().trim().max(500).optional();

export const contactSchema = z.strictObject({
  name: shortText,
  phone: anyPhoneNumberSchema,
  email: z.email().max(254).optional(),
});

/** How often an incident occurs (guide §4.1 "Hoe vaak doet deze storing zich voor?"). */
export const FREQUENCIES = ['once', 'sometimes', 'often', 'always'] as const;
export const frequencySchema = z.enum(FREQUENCIES);

const common = {
  enterpriseId: idSchema,
  /** What it is about, for its routing to a desk (default: fixed telephony and the platform). */
  category: ticketCategorySchema.optional(),
  title: shortText,
  /** "Does this stop your business?": always asked, it drives the priority. */
  businessCritical: z.boolean(),
  impact: levelSchema.default('medium'),
  urgency: levelSchema.default('medium'),
};

/** The incident form: guide §4.1, group by group. */
export const incidentFormSchema = z.strictObject({
  type: z.literal('incident'),
  ...common,
  description: longText.optional(),
  what: z.strictObject({
    /** The number of the caller. */
    aNumber: anyPhoneNumberSchema,
    /** The number the caller tries to reach. */
    bNumber: anyPhoneNumberSchema,
  }),
  when: z.strictObject({
    /** When the incident occurred (not in the future: the service checks against its clock). */
    occurredAt: z.iso.datetime({ offset: true }),
    /** Could the caller call before? */
    workedBefore: z.boolean(),
  }),
  scope: z.strictObject({
    peopleAffected: z.int().min(1).max(100_000),
    sitesAffected: z.int().min(1).max(10_000),
    /** Are there people in the company who do not have the incident? */
    othersNotAffected: z.boolean(),
    reproducible: z.boolean(),
    frequency: frequencySchema,
  }),
  where: z.strictObject({
    /** The enterprise's sites where it occurs (the portal shows them by postcode). */
    siteIds: z.array(idSchema).min(1).max(100),
    /** Did it occur at other locations too, and at which postcodes (not the enterprise's sites)? */
    otherSitesAffected: z.boolean(),
    otherPostcodes: z.array(postcodeSchema).max(100).default([]),
    /** Are there locations that do not have it? */
    sitesNotAffected: z.boolean(),
  }),
  other: z.strictObject({
    aDisplay: shortText,
    bDisplay: shortText,
    phoneType: shortText,
    /** The software version, for a mobile phone. */
    softwareVersion: optionalText,
    /** The network the call went through, when roaming on mobile. */
    roamingNetwork: optionalText,
    /** The company's contact for this incident. */
    contact: contactSchema,
  }),
  /** A line outage: the answers of the line checklist (appendix 3), at one of the sites named in `where`. */
  checklist: checklistInputSchema.optional(),
});

/** The minimal form of the other types. */
const minimalForm = <T extends 'change' | 'service' | 'repair' | 'infrastructure'>(type: T) =>
  z.strictObject({
    type: z.literal(type),
    ...common,
    description: longText,
    siteId: idSchema,
    contact: contactSchema,
  });

/**
 * A change request (mutatie): its item of the change catalogue, a description, and what the item
 * asks for (a site for a move — its lead time depends on the site's line —, a user for a profile
 * change); the service checks those against the item. The title defaults to the item's name.
 */
export const changeFormSchema = z.strictObject({
  type: z.literal('change'),
  enterpriseId: idSchema,
  catalogueItem: z.string().min(1).max(60),
  description: longText,
  title: shortText.optional(),
  businessCritical: z.boolean().default(false),
  impact: levelSchema.default('medium'),
  urgency: levelSchema.default('medium'),
  category: ticketCategorySchema.optional(),
  siteId: idSchema.optional(),
  userId: idSchema.optional(),
  /** The profile the user is to get (a profile change, guide §3.3). */
  profile: profileSchema.optional(),
  contact: contactSchema.optional(),
});
export const serviceFormSchema = minimalForm('service');
export const repairFormSchema = minimalForm('repair');
export const infrastructureFormSchema = minimalForm('infrastructure');

export const ticketInputSchema = z.discriminatedUnion('type', [
  incidentFormSchema,
  changeFormSchema,
  serviceFormSchema,
  repairFormSchema,
  infrastructureFormSchema,
]);
export type TicketInput = z.output<typeof ticketInputSchema>;

/** The moment a preview is asked for (ISO with offset; now by default). */
const previewAt = { at: z.iso.datetime({ offset: true }).optional() };
/** A preview's body: the form of `POST /api/tickets` and an optional `at`. */
export const ticketPreviewSchema = z.discriminatedUnion('type', [
  incidentFormSchema.extend(previewAt),
  changeFormSchema.extend(previewAt),
  serviceFormSchema.extend(previewAt),
  repairFormSchema.extend(previewAt),
  infrastructureFormSchema.extend(previewAt),
]);
export type IncidentForm = z.output<typeof incidentFormSchema>;

/** The sites a form names (the incident's affected sites, another type's site), for the scope checks. */
export function sitesOfForm(input: TicketInput): { path: string; siteId: string }[] {
  if (input.type === 'incident')
    return input.where.siteIds.map((siteId, i) => ({ path: `where.siteIds.${i}`, siteId }));
  return input.siteId === undefined ? [] : [{ path: 'siteId', siteId: input.siteId }];
}

/** The ticket's own site: the one site it names, or none (enterprise-wide) when it names several. */
export function primarySite(input: TicketInput): string | null {
  const ids = [...new Set(sitesOfForm(input).map((s) => s.siteId))];
  return ids.length === 1 ? (ids[0] as string) : null;
}

/** The checks a schema cannot make without the server's clock: an incident does not lie in the future. */
export function intakeTimeProblems(input: TicketInput, now: Date): Record<string, 'future_date'> {
  if (input.type !== 'incident') return {};
  // A minute's grace for the reporter's clock.
  return new Date(input.when.occurredAt).getTime() > now.getTime() + 60_000
    ? { 'when.occurredAt': 'future_date' }
    : {};
}

/** The answers as stored in the ticket's details: everything but the ticket's own columns. */
export function detailsOf(input: TicketInput): Record<string, unknown> {
  const {
    type: _type,
    enterpriseId: _e,
    title: _t,
    businessCritical: _b,
    impact: _i,
    urgency: _u,
    ...details
  } = input;
  // A checklist is stored as its own record (ticket_checklists), not among the answers.
  if ('checklist' in details) delete details.checklist;
  return details;
}
