import { boolean, check, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { LineType } from '../../../core/directory/schemas';
import {
  CATALOGUE_CATEGORIES,
  type CatalogueAsk,
  type ItemCost,
  type LeadTime,
  TARIFF_UNITS,
} from '../../../core/servicedesk/catalogue';
import { DESK_HOURS, type DeskHandle } from '../../../core/servicedesk/desks';
import { created, oneOf, updated, values } from './columns';

/**
 * The service desk's change catalogue and tariff list (guide §5.1–5.3), the installation's own
 * (one provider), editable by the provider. Items and tariffs are named by stable keys; an item's
 * lead times and cost are JSON validated by core/servicedesk/catalogue.ts before they are written.
 * Amounts are kept in cents.
 */
export const tariffs = pgTable(
  'tariffs',
  {
    key: text('key').primaryKey(),
    nameNl: text('name_nl').notNull(),
    nameEn: text('name_en').notNull(),
    unit: text('unit', { enum: values(TARIFF_UNITS) }).notNull(),
    amountCents: integer('amount_cents').notNull(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [check('tariffs_unit_ck', oneOf(t.unit, TARIFF_UNITS))],
);

export const catalogueItems = pgTable(
  'change_catalogue_items',
  {
    key: text('key').primaryKey(),
    category: text('category', { enum: values(CATALOGUE_CATEGORIES) }).notNull(),
    nameNl: text('name_nl').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionNl: text('description_nl').notNull(),
    descriptionEn: text('description_en').notNull(),
    leadTime: jsonb('lead_time').$type<LeadTime>().notNull(),
    leadTimeByLineType: jsonb('lead_time_by_line_type')
      .$type<Partial<Record<LineType, LeadTime>>>()
      .notNull(),
    asks: jsonb('asks').$type<CatalogueAsk[]>().notNull(),
    cost: jsonb('cost').$type<ItemCost>(),
    /** The tariff the cost counts (kept beside the JSON, so a tariff in use is not removed). */
    costTariffKey: text('cost_tariff_key').references(() => tariffs.key, { onDelete: 'restrict' }),
    active: boolean('active').notNull(),
    position: integer('position').notNull(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [check('change_catalogue_items_category_ck', oneOf(t.category, CATALOGUE_CATEGORIES))],
);

/**
 * The contact matrix's desks (guide appendix 2): what each handles, when it answers, how it is
 * reached. A ticket keeps the desk it was routed to (tickets.desk_id).
 */
export const serviceDesks = pgTable(
  'service_desks',
  {
    id: uuid('id').primaryKey(),
    nameNl: text('name_nl').notNull(),
    nameEn: text('name_en').notNull(),
    handles: jsonb('handles').$type<DeskHandle[]>().notNull(),
    hours: text('hours', { enum: values(DESK_HOURS) }).notNull(),
    phone: text('phone'),
    phoneOption: text('phone_option'),
    email: text('email'),
    pin: text('pin'),
    position: integer('position').notNull(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [check('service_desks_hours_ck', oneOf(t.hours, DESK_HOURS))],
);
