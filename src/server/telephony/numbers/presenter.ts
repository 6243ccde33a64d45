import { auditShape } from '../../../core/audit/shape';
import type { NumberDto } from '../../../core/telephony/number-plan';
import { formatNational } from '../../../core/telephony/numbers';
import type { NumberRow, NumberView } from './repository';

export const presentNumber = (row: NumberView): NumberDto => ({
  id: row.id,
  enterpriseId: row.enterpriseId,
  blockId: row.blockId,
  number: row.number,
  national: formatNational(row.number),
  kind: row.kind,
  state: row.state,
  siteId: row.siteId,
  assignee:
    row.assigneeType !== null && row.assigneeId !== null && row.assigneeRole !== null
      ? { type: row.assigneeType, id: row.assigneeId, role: row.assigneeRole, name: row.assigneeName }
      : null,
  note: row.note,
  updatedAt: row.updatedAt.toISOString(),
});

/** What the audit log keeps of a number: its state, where it is and who has it. */
export const numberAudit = auditShape<NumberRow>()({
  entityType: 'number',
  fields: ['number', 'state', 'siteId', 'assigneeType', 'assigneeId', 'assigneeRole', 'note'],
  locate: (row) => ({ entityId: row.id, enterpriseId: row.enterpriseId, siteId: row.siteId }),
});
