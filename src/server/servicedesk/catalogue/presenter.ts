import { auditShape } from '../../../core/audit/shape';
import type {
  CatalogueItemDto,
  CatalogueItemInput,
  TariffDto,
  TariffInput,
} from '../../../core/servicedesk/catalogue';
import type { CatalogueItemInsert, CatalogueItemRow, TariffInsert, TariffRow } from './repository';

export const presentItem = (row: CatalogueItemRow): CatalogueItemDto => ({
  key: row.key,
  category: row.category,
  name: { nl: row.nameNl, en: row.nameEn },
  description: { nl: row.descriptionNl, en: row.descriptionEn },
  leadTime: row.leadTime,
  leadTimeByLineType: row.leadTimeByLineType,
  asks: row.asks,
  cost: row.cost ?? null,
  active: row.active,
  position: row.position,
  updatedAt: row.updatedAt.toISOString(),
});

/** An item's columns from its (validated) input. */
export const itemColumns = (input: CatalogueItemInput): Omit<CatalogueItemInsert, 'key'> => ({
  category: input.category,
  nameNl: input.name.nl,
  nameEn: input.name.en,
  descriptionNl: input.description.nl,
  descriptionEn: input.description.en,
  leadTime: input.leadTime,
  leadTimeByLineType: input.leadTimeByLineType,
  asks: input.asks,
  cost: input.cost,
  costTariffKey: input.cost?.tariffKey ?? null,
  active: input.active,
  position: input.position,
});

export const presentTariff = (row: TariffRow): TariffDto => ({
  key: row.key,
  name: { nl: row.nameNl, en: row.nameEn },
  unit: row.unit,
  amount: row.amountCents / 100,
  currency: 'EUR',
  updatedAt: row.updatedAt.toISOString(),
});

export const tariffColumns = (input: TariffInput): Omit<TariffInsert, 'key'> => ({
  nameNl: input.name.nl,
  nameEn: input.name.en,
  unit: input.unit,
  amountCents: Math.round(input.amount * 100),
});

/** The catalogue and the tariff list are the provider's: their events belong to no enterprise. */
export const catalogueItemAudit = auditShape<CatalogueItemRow>()({
  entityType: 'catalogue_item',
  fields: [
    'category',
    'nameNl',
    'nameEn',
    'leadTime',
    'leadTimeByLineType',
    'asks',
    'cost',
    'active',
    'position',
  ],
  locate: (row) => ({ entityId: row.key }),
});

export const tariffAudit = auditShape<TariffRow>()({
  entityType: 'tariff',
  fields: ['nameNl', 'nameEn', 'unit', 'amountCents'],
  locate: (row) => ({ entityId: row.key }),
});
