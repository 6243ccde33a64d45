import { describe, expect, it } from 'vitest';
import type { AuditShape } from '../../core/audit/shape';
import { auditMessages } from '../../web/audit/i18n';
import { accountAudit } from '../directory/accounts/presenter';
import { enterpriseAudit } from '../directory/enterprises/presenter';
import { partnerAudit } from '../directory/partners/presenter';
import { siteAudit } from '../directory/sites/presenter';
import { userAudit } from '../directory/users/presenter';
import { trainingRecordAudit } from '../knowledge/training-records/presenter';

// The portal's audit log labels every field the log keeps: a field added to a shape gets its
// Dutch and English label in src/web/audit/i18n.ts, or this test says which one is missing.
const shapes: AuditShape<never>[] = [
  siteAudit,
  userAudit,
  accountAudit,
  partnerAudit,
  enterpriseAudit,
  trainingRecordAudit,
] as AuditShape<never>[];

describe('the labels of the audit log', () => {
  it.each(['nl', 'en'] as const)('name every field of every audit shape in %s', (language) => {
    const fields = auditMessages[language].audit.fields as Record<string, Record<string, string> | undefined>;
    const missing = shapes.flatMap((shape) =>
      shape.fields
        .map((field) => field.split('.')[0] as string)
        .filter(
          (field) => fields[shape.entityType]?.[field] === undefined && fields.common?.[field] === undefined,
        )
        .map((field) => `${shape.entityType}.${field}`),
    );
    expect(missing).toEqual([]);
  });
});
