import { auditShape } from '../../../core/audit/shape';
import type { NumberBlockDto } from '../../../core/telephony/number-plan';
import { formatNational } from '../../../core/telephony/numbers';
import type { NumberBlockRow, NumberBlockView } from './repository';

export const lastOf = (block: Pick<NumberBlockRow, 'first' | 'size'>): string =>
  `+${(BigInt(block.first.slice(1)) + BigInt(block.size - 1)).toString()}`;

export const presentBlock = (row: NumberBlockView): NumberBlockDto => {
  const last = lastOf(row);
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    first: row.first,
    last,
    firstNational: formatNational(row.first),
    lastNational: formatNational(last),
    size: row.size,
    kind: row.kind,
    counts: row.counts,
    createdAt: row.createdAt.toISOString(),
  };
};

export const numberBlockAudit = auditShape<NumberBlockRow>()({
  entityType: 'number_block',
  fields: ['first', 'size', 'kind'],
  locate: (block) => ({ entityId: block.id, enterpriseId: block.enterpriseId }),
});
