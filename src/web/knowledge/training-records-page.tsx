import { Button, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { TRAININGS, type TrainingRecordDto } from '../../core/knowledge/trainings';
import { mayWrite } from '../access/permissions';
import { useMe } from '../access/session';
import { useEnterprise } from '../directory/enterprises/queries';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { type Column, DataTable } from '../ui/data-table/data-table';
import { FormModal } from '../ui/form-modal';
import { formatDate } from '../ui/format';
import { PageHeader } from '../ui/page-header';
import { RowMenu } from '../ui/row-menu';
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
  const [creating, setCreating] = useState(false);
  const removal = useRemoval(
    (r: TrainingRecordDto) => trainingsApi.remove(r.id),
    [TRAINING_RECORDS, ['accounts']],
    t('trainings.removed'),
  );

  const columns: Column<TrainingRecordDto>[] = [
    {
      key: 'accountName',
      header: t('trainings.account'),
      cell: (r) => r.accountName,
      sortValue: (r) => r.accountName,
    },
    {
      key: 'accountEmail',
      header: t('accounts.email'),
      cell: (r) => r.accountEmail,
      sortValue: (r) => r.accountEmail,
    },
    {
      key: 'training',
      header: t('trainings.training'),
      cell: (r) => t(`trainings.names.${r.training}`),
      sortValue: (r) => t(`trainings.names.${r.training}`),
    },
    {
      key: 'completedOn',
      header: t('trainings.completedOn'),
      cell: (r) => formatDate(r.completedOn, i18n.language),
      sortValue: (r) => r.completedOn,
    },
    { key: 'notes', header: t('trainings.notes'), cell: (r) => r.notes ?? '', sortValue: (r) => r.notes },
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
        rows={list.rows}
        rowKey={(r) => r.id}
        loading={list.loading}
        error={list.error}
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
        hasMore={list.hasMore}
        loadingMore={list.loadingMore}
        onLoadMore={list.loadMore}
        exportAll={list.exportAll}
        toolbar={
          canWrite && (
            <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setCreating(true)}>
              {t('trainings.create')}
            </Button>
          )
        }
        rowActions={
          canWrite
            ? (r) => (
                <RowMenu
                  name={`${r.accountName} ${t(`trainings.names.${r.training}`)}`}
                  actions={[
                    {
                      label: t('common.remove'),
                      icon: <IconTrash size={16} aria-hidden="true" />,
                      danger: true,
                      onClick: () => removal.ask(r),
                    },
                  ]}
                />
              )
            : undefined
        }
        empty={t('trainings.empty')}
      />
      <FormModal opened={creating} title={t('trainings.create')} onClose={() => setCreating(false)} size="md">
        <TrainingRecordForm
          enterpriseId={enterpriseId}
          onDone={(r) => {
            notifications.show({ color: 'green', message: t('trainings.saved', { name: r.accountName }) });
            setCreating(false);
          }}
        />
      </FormModal>
      <ConfirmDialog
        opened={removal.target !== null}
        title={t('trainings.removeTitle')}
        message={t('trainings.removeText', { name: removal.target?.accountName ?? '' })}
        confirmLabel={t('common.remove')}
        loading={removal.loading}
        error={removal.error}
        onConfirm={removal.confirm}
        onClose={removal.close}
      />
    </>
  );
}
