import { auditShape } from '../../../core/audit/shape';
import type { TrainingRecordDto } from '../../../core/knowledge/trainings';
import type { TrainingRecordView } from './repository';

export const presentTrainingRecord = (row: TrainingRecordView): TrainingRecordDto => ({
  id: row.id,
  accountId: row.accountId,
  accountName: row.accountName,
  accountEmail: row.accountEmail,
  enterpriseId: row.enterpriseId,
  training: row.training,
  completedOn: row.completedOn,
  notes: row.notes,
  recordedBy: row.recordedBy,
  createdAt: row.createdAt.toISOString(),
});

export const trainingRecordAudit = auditShape<TrainingRecordView>()({
  entityType: 'training_record',
  fields: ['accountId', 'accountEmail', 'training', 'completedOn', 'notes', 'recordedBy'],
  locate: (record) => ({
    entityId: record.id,
    enterpriseId: record.enterpriseId,
    partnerId: record.partnerId,
    siteId: record.userSiteId,
  }),
});
