import { z } from 'zod';
import { isoDateSchema } from '../dates';
import type { IssueCode } from '../errors';
import { idSchema } from '../ids';

/**
 * The four standard trainings of the service guide §2.2. The Telecom Manager training lifts the
 * portal's training gate; the knowledge capability adds the catalogue and requests.
 */
export const TRAININGS = ['telecom_manager', 'receptionist', 'call_center', 'end_user'] as const;
export type Training = (typeof TRAININGS)[number];
export const trainingSchema = z.enum(TRAININGS);

/** The training that lifts the gate for enterprise and partner admins. */
export const GATE_TRAINING: Training = 'telecom_manager';

const dateOnly = isoDateSchema();

export const trainingRecordInputSchema = z.strictObject({
  accountId: idSchema,
  training: trainingSchema,
  completedOn: dateOnly,
  notes: z.string().trim().max(2000).nullable().optional(),
});

export const trainingRecordSchema = z.object({
  id: idSchema,
  accountId: idSchema,
  accountName: z.string(),
  accountEmail: z.string(),
  enterpriseId: idSchema.nullable(),
  training: trainingSchema,
  completedOn: z.string(),
  notes: z.string().nullable(),
  recordedBy: idSchema.nullable(),
  createdAt: z.iso.datetime(),
});
export type TrainingRecordDto = z.infer<typeof trainingRecordSchema>;

/** A completion date may not lie in the future (in the provider's calendar: the caller passes today). */
export function completionDateError(completedOn: string, today: string): IssueCode | null {
  return completedOn > today ? 'future_date' : null;
}
