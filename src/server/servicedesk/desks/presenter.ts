import type { Role } from '../../../core/access/roles';
import { auditShape } from '../../../core/audit/shape';
import { type DeskDto, type DeskInput, isDeskOpen, mayReadPin } from '../../../core/servicedesk/desks';
import type { DeskInsert, DeskRow } from './repository';

/** A desk for a reader: its PIN only for those the guide gives it to. */
export const presentDesk = (row: DeskRow, reader: Role, inOfficeHours: boolean): DeskDto => ({
  id: row.id,
  name: { nl: row.nameNl, en: row.nameEn },
  handles: row.handles,
  hours: row.hours,
  phone: row.phone,
  phoneOption: row.phoneOption,
  email: row.email,
  pin: mayReadPin(reader) ? row.pin : null,
  position: row.position,
  openNow: isDeskOpen(row.hours, inOfficeHours),
  updatedAt: row.updatedAt.toISOString(),
});

export const deskColumns = (input: DeskInput): Omit<DeskInsert, 'id'> => ({
  nameNl: input.name.nl,
  nameEn: input.name.en,
  handles: input.handles,
  hours: input.hours,
  phone: input.phone,
  phoneOption: input.phoneOption,
  email: input.email,
  pin: input.pin,
  position: input.position,
});

/** The input a stored desk was made from (a change is checked as the desk would be). */
export const deskInputOf = (row: DeskRow): DeskInput => ({
  name: { nl: row.nameNl, en: row.nameEn },
  handles: row.handles,
  hours: row.hours,
  phone: row.phone,
  phoneOption: row.phoneOption,
  email: row.email,
  pin: row.pin,
  position: row.position,
});

/** The provider's: its events belong to no enterprise. The PIN is logged as changed, never its digits. */
export const deskAudit = auditShape<DeskRow>()({
  entityType: 'service_desk',
  fields: ['nameNl', 'nameEn', 'handles', 'hours', 'phone', 'phoneOption', 'email', 'position'],
  locate: (row) => ({ entityId: row.id }),
});
