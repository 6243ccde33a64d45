import { z } from 'zod';
import type { Role } from '../access/roles';
import { parsePhoneNumber } from '../telephony/numbers';
import type { TicketType } from './tickets';

/**
 * The contact matrix (guide appendix 2): the provider's desks, what each handles, when it is
 * open, and how to reach it — a phone number with the menu option to choose, an e-mail address,
 * and for the out-of-hours lines the PIN that callers give. Provider-editable; the values below
 * are the demo's defaults after the guide (its addresses and numbers replaced by the demo's own).
 *
 * A ticket goes to a desk by what it needs — a question or change, a business-critical fault
 * of fixed telephony and the platform, one of mobile telephony, a billing question — and by
 * the time: a desk is open in office hours, out of them, or always.
 */

/** What a ticket needs of the desk (the rows of the contact matrix). */
export const DESK_HANDLES = ['questions_changes', 'critical_fixed', 'critical_mobile', 'billing'] as const;
export type DeskHandle = (typeof DESK_HANDLES)[number];

/** When a desk answers: in the provider's office hours, outside them (nights, weekends, holidays), or always. */
export const DESK_HOURS = ['office', 'out_of_hours', 'always'] as const;
export type DeskHours = (typeof DESK_HOURS)[number];

/** What a ticket is about, for its routing: fixed telephony and the platform, mobile, or billing. */
export const TICKET_CATEGORIES = ['fixed', 'mobile', 'billing'] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];
export const ticketCategorySchema = z.enum(TICKET_CATEGORIES);

const bilingual = (max: number) =>
  z.strictObject({ nl: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });

/** A phone number in any usual notation, E.164 out. */
const phoneSchema = z.string().transform((value, ctx) => {
  const parsed = parsePhoneNumber(value);
  if (parsed === null) {
    ctx.addIssue({ code: 'custom', message: 'phone_number' });
    return z.NEVER;
  }
  return parsed.e164;
});

const deskFields = {
  name: bilingual(120),
  handles: z
    .array(z.enum(DESK_HANDLES))
    .min(1)
    .max(DESK_HANDLES.length)
    .refine((a) => new Set(a).size === a.length, 'unique'),
  hours: z.enum(DESK_HOURS),
  phone: phoneSchema.nullable(),
  /** The option of the phone menu that reaches this desk ("1", "2-1"). */
  phoneOption: z
    .string()
    .regex(/^[0-9](-[0-9])*$/, 'phone_option')
    .nullable(),
  email: z.email().max(254).nullable(),
  /** The PIN out-of-hours callers give; shown to enterprise admins and partners only. */
  pin: z
    .string()
    .regex(/^[0-9]{4,8}$/, 'desk_pin')
    .nullable(),
  position: z.int().min(0).max(10_000),
};

export const deskInputSchema = z.strictObject({
  ...deskFields,
  phone: deskFields.phone.default(null),
  phoneOption: deskFields.phoneOption.default(null),
  email: deskFields.email.default(null),
  pin: deskFields.pin.default(null),
  position: deskFields.position.default(0),
});
export type DeskInput = z.output<typeof deskInputSchema>;
export const deskPatchSchema = z.strictObject({
  name: deskFields.name.optional(),
  handles: deskFields.handles.optional(),
  hours: deskFields.hours.optional(),
  phone: deskFields.phone.optional(),
  phoneOption: deskFields.phoneOption.optional(),
  email: deskFields.email.optional(),
  pin: deskFields.pin.optional(),
  position: deskFields.position.optional(),
});

/** A desk as it leaves the server: `pin` is null for those who may not see it. */
export const deskSchema = z.object({
  id: z.string(),
  name: z.object({ nl: z.string(), en: z.string() }),
  handles: z.array(z.enum(DESK_HANDLES)),
  hours: z.enum(DESK_HOURS),
  phone: z.string().nullable(),
  phoneOption: z.string().nullable(),
  email: z.string().nullable(),
  pin: z.string().nullable(),
  position: z.int(),
  /** Whether it answers at the moment asked (now by default). */
  openNow: z.boolean(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type DeskDto = z.infer<typeof deskSchema>;

/** The guide: the desk's PIN is for the enterprise's trained admins and certified partners (and the provider). */
export const mayReadPin = (role: Role): boolean =>
  role === 'provider_admin' ||
  role === 'provider_agent' ||
  role === 'partner_admin' ||
  role === 'enterprise_admin';

/** The row of the contact matrix a ticket belongs to. */
export function handleOf(ticket: {
  type: TicketType;
  businessCritical: boolean;
  category: TicketCategory;
}): DeskHandle {
  if (ticket.category === 'billing') return 'billing';
  if (ticket.type === 'incident' && ticket.businessCritical)
    return ticket.category === 'mobile' ? 'critical_mobile' : 'critical_fixed';
  return 'questions_changes';
}

export const isDeskOpen = (hours: DeskHours, inOfficeHours: boolean): boolean =>
  hours === 'always' || (hours === 'office') === inOfficeHours;

/**
 * The desk a ticket goes to: the first (by position) that handles its row and is open at the
 * moment; when none is open (a question at night), the first that handles it at all — it works
 * the ticket at its next opening. Null when no desk handles the row.
 */
export function routeToDesk<D extends { handles: readonly DeskHandle[]; hours: DeskHours; position: number }>(
  desks: readonly D[],
  handle: DeskHandle,
  inOfficeHours: boolean,
): D | null {
  const handling = [...desks]
    .filter((d) => d.handles.includes(handle))
    .sort((a, b) => a.position - b.position);
  return handling.find((d) => isDeskOpen(d.hours, inOfficeHours)) ?? handling[0] ?? null;
}

/** The demo's contact matrix, after the guide's appendix 2. */
export const DEFAULT_DESKS: readonly DeskInput[] = [
  {
    name: { nl: 'Support facturen en portaal', en: 'Billing and portal support' },
    handles: ['billing'],
    hours: 'office',
    phone: '+31850001000',
    phoneOption: null,
    email: 'facturen@centrale.example',
    pin: null,
    position: 10,
  },
  {
    name: { nl: 'Support', en: 'Support' },
    handles: ['questions_changes'],
    hours: 'office',
    phone: '+31850001000',
    phoneOption: '1',
    email: 'support@centrale.example',
    pin: null,
    position: 20,
  },
  {
    name: { nl: 'Technical Support Converged', en: 'Technical Support Converged' },
    handles: ['critical_fixed'],
    hours: 'office',
    phone: '+31850001000',
    phoneOption: '2-1',
    email: 'technical.converged@centrale.example',
    pin: null,
    position: 30,
  },
  {
    name: { nl: 'Technical Support Mobiel', en: 'Technical Support Mobile' },
    handles: ['critical_mobile'],
    hours: 'office',
    phone: '+31850001000',
    phoneOption: '2-2',
    email: 'storingen.mobiel@centrale.example',
    pin: null,
    position: 40,
  },
  {
    name: {
      nl: 'Technical Support buiten kantoortijden (vast)',
      en: 'Technical Support out of hours (fixed)',
    },
    handles: ['critical_fixed'],
    hours: 'out_of_hours',
    phone: '+31850001000',
    phoneOption: '3',
    email: null,
    pin: '2306',
    position: 50,
  },
  {
    name: {
      nl: 'Technical Support buiten kantoortijden (mobiel)',
      en: 'Technical Support out of hours (mobile)',
    },
    handles: ['critical_mobile'],
    hours: 'out_of_hours',
    phone: '+31850001000',
    phoneOption: '4',
    email: null,
    pin: null,
    position: 60,
  },
];
