import type { z } from 'zod';
import type { TrainingRecordDto, trainingRecordInputSchema } from '../../core/knowledge/trainings';
import { api } from '../api/client';
import type { QueryParams } from '../api/query-string';
import { useCursorList } from '../api/use-cursor-list';

export const TRAINING_RECORDS = ['training-records'] as const;

export const trainingsApi = {
  create: (body: z.output<typeof trainingRecordInputSchema>) =>
    api.post<TrainingRecordDto>('/api/training-records', body),
  remove: (id: string) => api.delete(`/api/training-records/${id}`),
};

export const useTrainingRecords = (params: QueryParams) =>
  useCursorList<TrainingRecordDto>(TRAINING_RECORDS, '/api/training-records', params);
