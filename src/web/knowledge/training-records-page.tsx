import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { TRAININGS, type TrainingRecordDto } from '../../core/knowledge/trainings';
import { mayWrite } from '../access/permissions';
import { useMe } from '../access/session';
import { useEnterprise } from '../directory/enterprises/queries';
import { CreateButton } from '../ui/create-button';
import { type Column, DataTable } from '../ui/data-table/data-table';
import { pagedRows } from '../ui/data-table/paged-rows';
import { FormModal } from '../ui/form-modal';
import { formatDate } from '../ui/format';
import { PageHeader } from '../ui/page-header';
import { RemovalDialog } from '../ui/removal-dialog';
import { RowMenu } from '../ui/row-menu';
import { useFormDialog } from '../ui/use-form-dialog';
import { useRemoval } from '../ui/use-removal';
import { TRAINING_RECORDS, trainingsApi, useTrainingRecords } from './queries';
import { TrainingRecordForm } from './training-record-form';

/** Completed trainings (guide §2.2); recording the Telecom Manager training lifts the gate. */
export function TrainingRecordsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { enterpriseId = null } = useParams();
  const enterprise = useEnterprise(enterpriseId);
  const [training, setTraining] = useState<string | null>(null);
  const list = useTrainingRecords({ enterpriseId, training });
  const canWrite = mayWrite(me, 'trainings.write');
  const dialog = useFormDialog();
  const removal = useRemoval(
    (r: TrainingRecordDto) => trainingsApi.remove(r.id),
    [TRAINING_RECORDS, ['accounts']],
    t('trainings.removed'),
  );

  const columns: Column<TrainingRecordDto>[] = [
    {
      key: 'accountName',
      priority: 'essential',
      header: t('trainings.account'),
      cell: (r) => r.accountName,
      sortValue: (r) => r.accountName,
    },
    {
      key: 'accountEmail',
      priority: 'medium',
      header: t('accounts.email'),
      cell: (r) => r.accountEmail,
      sortValue: (r) => r.accountEmail,
    },
    {
      key: 'training',
      priority: 'high',
      header: t('trainings.training'),
      cell: (r) => t(`trainings.names.${r.training}`),
      sortValue: (r) => t(`trainings.names.${r.training}`),
    },
    {
      key: 'completedOn',
      priority: 'high',
      header: t('trainings.completedOn'),
      cell: (r) => formatDate(r.completedOn, i18n.language),
      sortValue: (r) => r.completedOn,
    },
    {
      key: 'notes',
      priority: 'low',
      header: t('trainings.notes'),
      cell: (r) => r.notes ?? '',
      sortValue: (r) => r.notes,
    },
  ];
  const name = enterprise.data?.name;

  return (
    <>
      <PageHeader
        title={t('trainings.title')}
        description={name ? t('trainings.descriptionOf', { enterprise: name }) : t('trainings.description')}
      />
      <DataTable
        label={name ? `${t('trainings.title')} ${name}` : t('trainings.title')}
        columns={columns}
        rowKey={(r) => r.id}
        {...pagedRows(list)}
        filters={
          <Select
            label={t('trainings.training')}
            placeholder={t('trainings.all')}
            clearable
            data={TRAININGS.map((value) => ({ value, label: t(`trainings.names.${value}`) }))}
            value={training}
            onChange={setTraining}
            w={240}
          />
        }
        toolbar={canWrite && <CreateButton onClick={dialog.create}>{t('trainings.create')}</CreateButton>}
        rowActions={
          canWrite
            ? (r) => (
                <RowMenu
                  name={`${r.accountName} ${t(`trainings.names.${r.training}`)}`}
                  onRemove={() => removal.ask(r)}
                />
              )
            : undefined
        }
        empty={t('trainings.empty')}
      />
      <FormModal opened={dialog.opened} title={t('trainings.create')} onClose={dialog.close} size="md">
        <TrainingRecordForm
          enterpriseId={enterpriseId}
          onDone={(r) => dialog.saved(t('trainings.saved', { name: r.accountName }))}
        />
      </FormModal>
      <RemovalDialog
        removal={removal}
        title={t('trainings.removeTitle')}
        message={t('trainings.removeText', { name: removal.target?.accountName ?? '' })}
      />
    </>
  );
}
