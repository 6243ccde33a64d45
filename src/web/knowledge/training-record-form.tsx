import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { makeIssue } from '../../core/errors';
import {
  completionDateError,
  TRAININGS,
  type TrainingRecordDto,
  trainingRecordInputSchema,
} from '../../core/knowledge/trainings';
import { ApiError } from '../api/api-error';
import { useAccounts } from '../directory/accounts/queries';
import { DateField } from '../ui/date-field';
import { FormAlert } from '../ui/form-alert';
import { today } from '../ui/format';
import { useForm } from '../ui/use-form';
import { useSearch } from '../ui/use-search';
import { TRAINING_RECORDS, trainingsApi } from './queries';

/** Records a completed training; the Telecom Manager training lifts the account's training gate. */
export function TrainingRecordForm({
  enterpriseId,
  onDone,
}: {
  enterpriseId: string | null;
  onDone: (record: TrainingRecordDto) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ accountId: '', training: 'telecom_manager', completedOn: today(), notes: '' });
  const search = useSearch();
  const [accountLabel, setAccountLabel] = useState('');
  const accounts = useAccounts(
    { q: search.query === accountLabel ? '' : search.query, enterpriseId },
    { pageSize: 50 },
  );
  const options = accounts.rows.map((a) => ({ value: a.id, label: `${a.name} (${a.email})` }));
  if (form.values.accountId !== '' && !options.some((o) => o.value === form.values.accountId)) {
    options.unshift({ value: form.values.accountId, label: accountLabel });
  }
  const mutation = useMutation({
    mutationFn: trainingsApi.create,
    onSuccess: (record) => {
      void queryClient.invalidateQueries({ queryKey: TRAINING_RECORDS });
      void queryClient.invalidateQueries({ queryKey: ['accounts'] });
      onDone(record);
    },
    onError: form.fail,
  });
  const v = form.values;
  const onSubmit = form.submit(() => {
    const body = form.validate(trainingRecordInputSchema, {
      accountId: v.accountId,
      training: v.training,
      completedOn: v.completedOn,
      notes: v.notes.trim() === '' ? null : v.notes,
    });
    if (body === null) return;
    const future = completionDateError(body.completedOn, today());
    if (future) {
      form.fail(new ApiError(422, 'unprocessable', future, [makeIssue('completedOn', future)]));
      return;
    }
    mutation.mutate(body);
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Select
          label={t('trainings.account')}
          required
          searchable
          searchValue={search.value}
          onSearchChange={search.onChange}
          filter={({ options: all }) => all}
          data={options}
          value={v.accountId || null}
          onChange={(value, option) => {
            form.set('accountId', value ?? '');
            setAccountLabel(option?.label ?? '');
          }}
          error={form.error('accountId')}
          data-autofocus
        />
        <Select
          label={t('trainings.training')}
          required
          allowDeselect={false}
          data={TRAININGS.map((value) => ({ value, label: t(`trainings.names.${value}`) }))}
          value={v.training}
          onChange={(value) => value && form.set('training', value)}
          error={form.error('training')}
        />
        <DateField
          label={t('trainings.completedOn')}
          required
          maxDate={today()}
          value={v.completedOn}
          onChange={(day) => form.set('completedOn', day)}
          error={form.error('completedOn')}
        />
        <Textarea label={t('trainings.notes')} autosize minRows={2} {...form.text('notes')} />
        <FormAlert message={form.general} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {t('trainings.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
