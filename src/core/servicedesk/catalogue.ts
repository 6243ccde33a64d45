import { z } from 'zod';
import { type LineType, lineTypeSchema } from '../directory/schemas';

/**
 * The change catalogue and the tariff list (guide §5.1–5.3): what a Telecom Manager may request,
 * with its lead time and its cost estimate. Both are provider-editable; the values below are the
 * guide's, seeded once per installation as defaults (the amounts of the tariff list are the demo's
 * own: the guide refers to a price list it does not reproduce).
 *
 * A lead time counts working days ("1 dag", "3 werkdagen", "20 werkdagen" — a day of the guide is
 * a working day), or calendar weeks ("4 weken"), or it is "on request" (no due date: the desk
 * agrees one). A move's lead time depends on the site's line: the guide's 6 and 8 weeks hold for
 * DSL, fibre is on request.
 */

export const CATALOGUE_CATEGORIES = ['one_net', 'mobile', 'infrastructure'] as const;
export type CatalogueCategory = (typeof CATALOGUE_CATEGORIES)[number];

export const leadTimeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('working_days'), count: z.int().min(1).max(260) }),
  z.strictObject({ kind: z.literal('weeks'), count: z.int().min(1).max(52) }),
  z.strictObject({ kind: z.literal('on_request') }),
]);
export type LeadTime = z.infer<typeof leadTimeSchema>;

/**
 * What a request for an item must name besides its description: a site (moves), a user, and the
 * profile the user is to get (a profile change: resolving it changes the user's profile).
 */
export const CATALOGUE_ASKS = ['siteId', 'userId', 'profile'] as const;
export type CatalogueAsk = (typeof CATALOGUE_ASKS)[number];

const bilingualSchema = (max: number) =>
  z.strictObject({ nl: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });

/** A stable key: lower-case words joined by hyphens (`hunt-group-change`). */
export const catalogueKeySchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'catalogue_key')
  .max(60);

/** An item's cost: a number of units of a tariff (hours of the hourly rate, or a fixed price). */
export const itemCostSchema = z.strictObject({
  tariffKey: catalogueKeySchema,
  quantity: z.number().positive().max(1000).multipleOf(0.25),
});
export type ItemCost = z.infer<typeof itemCostSchema>;

const leadTimeByLineTypeSchema = z.partialRecord(lineTypeSchema, leadTimeSchema);
const asksSchema = z
  .array(z.enum(CATALOGUE_ASKS))
  .max(CATALOGUE_ASKS.length)
  .refine((a) => new Set(a).size === a.length, 'unique');
const positionSchema = z.int().min(0).max(10_000);

export const catalogueItemInputSchema = z.strictObject({
  category: z.enum(CATALOGUE_CATEGORIES),
  name: bilingualSchema(120),
  description: bilingualSchema(1000),
  leadTime: leadTimeSchema,
  /** Overrides of the lead time by the site's line type (a move's); they need `siteId` asked. */
  leadTimeByLineType: leadTimeByLineTypeSchema.default({}),
  asks: asksSchema.default([]),
  cost: itemCostSchema.nullable().default(null),
  /** Whether it may be requested; a retired item stays for the tickets that named it. */
  active: z.boolean().default(true),
  /** Its place in the catalogue (ascending). */
  position: positionSchema.default(0),
});
/** A new item: its key and its fields. */
export const catalogueItemCreateSchema = catalogueItemInputSchema.extend({ key: catalogueKeySchema });
/** A change of some of an item's fields (the key stays). */
export const catalogueItemPatchSchema = z.strictObject({
  category: z.enum(CATALOGUE_CATEGORIES).optional(),
  name: bilingualSchema(120).optional(),
  description: bilingualSchema(1000).optional(),
  leadTime: leadTimeSchema.optional(),
  leadTimeByLineType: leadTimeByLineTypeSchema.optional(),
  asks: asksSchema.optional(),
  cost: itemCostSchema.nullable().optional(),
  active: z.boolean().optional(),
  position: positionSchema.optional(),
});
export type CatalogueItemInput = z.output<typeof catalogueItemInputSchema>;

export const catalogueItemSchema = catalogueItemInputSchema.extend({
  key: z.string(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type CatalogueItemDto = z.infer<typeof catalogueItemSchema>;

export const TARIFF_UNITS = ['hour', 'each'] as const;
export const tariffInputSchema = z.strictObject({
  name: bilingualSchema(120),
  unit: z.enum(TARIFF_UNITS),
  /** The price in euros excluding VAT, to the cent. */
  amount: z.number().min(0).max(1_000_000).multipleOf(0.01),
});
export type TariffInput = z.output<typeof tariffInputSchema>;
export const tariffCreateSchema = tariffInputSchema.extend({ key: catalogueKeySchema });
export const tariffPatchSchema = tariffInputSchema.partial();
export const tariffSchema = tariffInputSchema.extend({
  key: z.string(),
  currency: z.literal('EUR'),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type TariffDto = z.infer<typeof tariffSchema>;

/** The rules across an item's fields, as field issues (the schema checks each field alone). */
export function catalogueItemProblems(
  item: CatalogueItemInput,
  tariffKeys: ReadonlySet<string>,
): Record<string, 'line_type_needs_site' | 'tariff_unknown'> {
  const fields: Record<string, 'line_type_needs_site' | 'tariff_unknown'> = {};
  if (Object.keys(item.leadTimeByLineType).length > 0 && !item.asks.includes('siteId'))
    fields.leadTimeByLineType = 'line_type_needs_site';
  if (item.cost !== null && !tariffKeys.has(item.cost.tariffKey)) fields['cost.tariffKey'] = 'tariff_unknown';
  return fields;
}

/** The lead time of an item for a site's line (the item's own when the line has no override). */
export function leadTimeFor(
  item: Pick<CatalogueItemInput, 'leadTime' | 'leadTimeByLineType'>,
  lineType: LineType | null,
): LeadTime {
  return (lineType === null ? undefined : item.leadTimeByLineType[lineType]) ?? item.leadTime;
}

/** The cost estimate of an item by the tariff list, in euros to the cent; null without a cost. */
export function costEstimate(
  item: Pick<CatalogueItemInput, 'cost'>,
  tariffs: ReadonlyMap<string, Pick<TariffInput, 'amount'>>,
): { amount: number; currency: 'EUR' } | null {
  if (item.cost === null) return null;
  const tariff = tariffs.get(item.cost.tariffKey);
  if (tariff === undefined) return null;
  // In cents, so 0.25 h × 95.00 is 23.75 and not 23.749999.
  const cents = Math.round(Math.round(tariff.amount * 100) * item.cost.quantity);
  return { amount: cents / 100, currency: 'EUR' };
}

type Seed<T> = readonly (T & { key: string })[];
const wd = (count: number): LeadTime => ({ kind: 'working_days', count });
const weeks = (count: number): LeadTime => ({ kind: 'weeks', count });
const onRequest: LeadTime = { kind: 'on_request' };
const hours = (quantity: number): ItemCost => ({ tariffKey: 'hourly-rate', quantity });

/** The demo's tariff list (editable: the guide names a price list without its amounts). */
export const DEFAULT_TARIFFS: Seed<TariffInput> = [
  {
    key: 'hourly-rate',
    name: { nl: 'Uurtarief functionele wijziging', en: 'Hourly rate, functional change' },
    unit: 'hour',
    amount: 95,
  },
  {
    key: 'number-porting',
    name: { nl: 'Nummerportering per reeks', en: 'Number porting per range' },
    unit: 'each',
    amount: 150,
  },
  {
    key: 'move-within-building',
    name: { nl: 'Verhuizing IsRa binnen pand', en: 'Move of the termination point within the building' },
    unit: 'each',
    amount: 250,
  },
  {
    key: 'move-same-area',
    name: { nl: 'Verhuizing binnen netnummergebied', en: 'Move within the area code' },
    unit: 'each',
    amount: 450,
  },
  {
    key: 'move-other-area',
    name: { nl: 'Verhuizing buiten netnummergebied', en: 'Move to another area code' },
    unit: 'each',
    amount: 650,
  },
  // The excess of every repair or swap (guide §4.4.3): the repairs' `REPAIR_EXCESS_TARIFF`.
  {
    key: 'repair-excess',
    name: { nl: 'Eigen risico reparatie of swap', en: 'Excess per repair or swap' },
    unit: 'each',
    amount: 35,
  },
];

const item = (
  key: string,
  category: CatalogueCategory,
  name: [string, string],
  description: [string, string],
  leadTime: LeadTime,
  more: Partial<Omit<CatalogueItemInput, 'category' | 'name' | 'description' | 'leadTime'>> = {},
): CatalogueItemInput & { key: string } => ({
  key,
  category,
  name: { nl: name[0], en: name[1] },
  description: { nl: description[0], en: description[1] },
  leadTime,
  leadTimeByLineType: {},
  asks: [],
  cost: null,
  active: true,
  position: 0,
  ...more,
});

/** The guide's change catalogue (§5.1 One Net, §5.2 mobile, §5.3 infrastructure), in its order. */
export const DEFAULT_CATALOGUE: Seed<CatalogueItemInput> = [
  item(
    'new-profile',
    'one_net',
    ['Nieuw profiel of toestel', 'New profile or device'],
    [
      'Nieuwe gebruikers (profielen), inclusief SIM-kaarten en/of vaste of mobiele toestellen.',
      'New users (profiles), including SIM cards and/or fixed or mobile devices.',
    ],
    onRequest,
  ),
  item(
    'profile-change',
    'one_net',
    ['Wijziging profiel', 'Profile change'],
    [
      'Wijzigingen aan het profiel of de beschikbare features en belrestricties van een eindgebruiker.',
      "Changes to an end user's profile or to the features and call restrictions available to it.",
    ],
    wd(3),
    { asks: ['userId', 'profile'], cost: hours(0.5) },
  ),
  item(
    'user-name-change',
    'one_net',
    ['Wijziging gebruikersnaam', 'User name change'],
    ['Wijzigen van de gebruikersnaam van een profiel.', 'Changing the user name of a profile.'],
    wd(3),
    { asks: ['userId'], cost: hours(0.25) },
  ),
  item(
    'hunt-group-change',
    'one_net',
    ['Wijziging huntgroep', 'Hunt group change'],
    [
      'Wijzigen van bijvoorbeeld deelnemers of het belritme van een huntgroep.',
      'Changing for instance the members or the ring pattern of a hunt group.',
    ],
    wd(3),
    { cost: hours(0.5) },
  ),
  item(
    'incoming-route-change',
    'one_net',
    ['Wijziging inkomende route', 'Incoming route change'],
    [
      'Aanpassen van de routering van het hoofdnummer of van doorschakelingen.',
      'Changing the routing of the main number or of forwardings.',
    ],
    wd(3),
    { cost: hours(0.5) },
  ),
  item(
    'auto-attendant-change',
    'one_net',
    ['Wijziging keuzemenu', 'Auto attendant change'],
    [
      'Wijzigingen aan het keuzemenu, zoals keuzemogelijkheden en meldteksten.',
      'Changes to the auto attendant, such as its options and announcements.',
    ],
    wd(3),
    { cost: hours(1) },
  ),
  item(
    'call-center-change',
    'one_net',
    ['Wijziging callcenterflows', 'Call center change'],
    [
      'Wijzigingen in de structuur of de flows van het callcenter; de doorlooptijd hangt af van de complexiteit.',
      'Changes to the structure or the flows of the call center; the lead time depends on the complexity.',
    ],
    onRequest,
    { cost: hours(2) },
  ),
  item(
    'password-reset-main-account',
    'one_net',
    ['Wachtwoord hoofdaccount herstellen', 'Password reset of the main account'],
    [
      'Wijzigen of herstellen van het wachtwoord van het hoofdaccount (telefonisch). Eindgebruikers doen dit zelf.',
      'Changing or resetting the password of the main account (by phone). End users do this themselves.',
    ],
    wd(1),
  ),
  item(
    'mobile-order',
    'mobile',
    ['Mobiele telefoons en accessoires bestellen', 'Order mobile phones and accessories'],
    [
      'Bestellen van mobiele telefoons en accessoires; de prijslijst is op aanvraag.',
      'Ordering mobile phones and accessories; the price list is available on request.',
    ],
    wd(1),
  ),
  item(
    'sim-mutation',
    'mobile',
    ['SIM-mutatie', 'SIM mutation'],
    [
      "SIM's bestellen of activeren, (de)blokkeren, PUK-code of SIM-unlockcode opvragen.",
      'Ordering or activating SIMs, blocking or unblocking them, requesting a PUK or SIM unlock code.',
    ],
    wd(1),
  ),
  item(
    'lost-stolen-device',
    'mobile',
    ['Verloren of gestolen toestel', 'Lost or stolen device'],
    ['Melden van een verloren of gestolen mobiel toestel.', 'Reporting a lost or stolen mobile device.'],
    wd(1),
  ),
  item(
    'mobile-internet-settings',
    'mobile',
    ['Instellingen mobiel internet', 'Mobile internet settings'],
    ['Aanpassen van de instellingen voor mobiel internet.', 'Changing the mobile internet settings.'],
    wd(1),
  ),
  item(
    'device-insurance',
    'mobile',
    ['Verzekering mobiele toestellen', 'Mobile device insurance'],
    [
      'Aanpassingen van de verzekering van mobiele toestellen.',
      'Changes to the insurance of mobile devices.',
    ],
    wd(1),
  ),
  item(
    'number-porting',
    'infrastructure',
    ['Nummeruitgifte en -portering', 'Number issue and porting'],
    [
      'Uitgeven en/of porteren van nieuwe vaste (geografische) nummers.',
      'Issuing and/or porting new fixed (geographic) numbers.',
    ],
    wd(20),
    { cost: { tariffKey: 'number-porting', quantity: 1 } },
  ),
  item(
    'move-within-building',
    'infrastructure',
    ['Verhuizing binnen het pand', 'Move within the building'],
    ['Verhuizen van het IsRa-punt binnen het pand.', 'Moving the termination point within the building.'],
    weeks(4),
    { asks: ['siteId'], cost: { tariffKey: 'move-within-building', quantity: 1 } },
  ),
  item(
    'move-same-area',
    'infrastructure',
    ['Verhuizing binnen het netnummergebied', 'Move within the area code'],
    [
      'Verhuizen van de aansluiting naar een ander pand met behoud van de nummers. Zes weken bij DSL; bij glasvezel op aanvraag.',
      'Moving the connection to another building, keeping the numbers. Six weeks on DSL; on request for fibre.',
    ],
    onRequest,
    {
      asks: ['siteId'],
      leadTimeByLineType: { dsl: weeks(6) },
      cost: { tariffKey: 'move-same-area', quantity: 1 },
    },
  ),
  item(
    'move-other-area',
    'infrastructure',
    ['Verhuizing buiten het netnummergebied', 'Move to another area code'],
    [
      'Verhuizen van de aansluiting naar een ander pand met nieuwe nummers. Acht weken bij DSL; bij glasvezel op aanvraag.',
      'Moving the connection to another building with new numbers. Eight weeks on DSL; on request for fibre.',
    ],
    onRequest,
    {
      asks: ['siteId'],
      leadTimeByLineType: { dsl: weeks(8) },
      cost: { tariffKey: 'move-other-area', quantity: 1 },
    },
  ),
  item(
    'connection-change',
    'infrastructure',
    ['Aanpassen managed IP-verbinding', 'Managed IP connection change'],
    [
      'Aanpassen van de voicecomponent van de verbinding, zoals het aantal kanalen, de bandbreedte of de codec.',
      'Changing the voice part of the connection, such as the number of channels, the bandwidth or the codec.',
    ],
    onRequest,
    { asks: ['siteId'] },
  ),
  item(
    'lan-change',
    'infrastructure',
    ['LAN- en switchingwijziging', 'LAN and switching change'],
    [
      'Aanpassingen of uitbreidingen van het LAN als de switches door de provider geleverd zijn, ook verhuizing van switches.',
      'Changes or extensions of the LAN when the provider supplied the switches, moving switches included.',
    ],
    onRequest,
    { asks: ['siteId'] },
  ),
  item(
    'termination',
    'infrastructure',
    ['Opheffen van de dienst', 'Termination of the service'],
    [
      'Het opheffen van de dienst loopt altijd via een projectmanager die alle activiteiten tijdig en volledig laat uitvoeren.',
      'Terminating the service always goes through a project manager who sees that every activity is done in time and in full.',
    ],
    onRequest,
  ),
].map((entry, i) => ({ ...entry, position: (i + 1) * 10 }));
