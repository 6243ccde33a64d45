import { Anchor, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUsersGroup } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { SiteDto } from '../../../core/directory/schemas';
import { formatNational } from '../../../core/telephony/numbers';
import { type QueueDto, queueInputSchema } from '../../../core/telephony/queues';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { useSites } from '../../directory/sites/queries';
import { SiteFilter } from '../../directory/sites/site-filter';
import { enterprisePath } from '../../shell/navigation';
import { CreateButton } from '../../ui/create-button';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { pagedRows } from '../../ui/data-table/paged-rows';
import { FormAlert } from '../../ui/form-alert';
import { FormModal } from '../../ui/form-modal';
import { PageHeader } from '../../ui/page-header';
import { RemovalDialog } from '../../ui/removal-dialog';
import { RowMenu } from '../../ui/row-menu';
import { useForm } from '../../ui/use-form';
import { useFormDialog } from '../../ui/use-form-dialog';
import { useRemoval } from '../../ui/use-removal';
import { useSearch } from '../../ui/use-search';
import { QUEUES, queuesApi, useQueues } from './queries';
import { QueueServiceNow } from './queue-service-now';

/** A new queue: its name and site; the editor it opens in takes the rest. */
function NewQueueForm({
  enterpriseId,
  sites,
  onDone,
}: {
  enterpriseId: string;
  sites: SiteDto[];
  onDone: (queue: QueueDto) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ name: '', siteId: sites[0]?.id ?? '' });
  const mutation = useMutation({
    mutationFn: (body: ReturnType<typeof queueInputSchema.parse>) => queuesApi.create(enterpriseId, body),
    onSuccess: (queue) => {
      void queryClient.invalidateQueries({ queryKey: QUEUES });
      onDone(queue);
    },
    onError: form.fail,
  });
  const onSubmit = form.submit(() => {
    const body = form.validate(queueInputSchema, { name: form.values.name, siteId: form.values.siteId });
    if (body) mutation.mutate(body);
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput label={t('queues.name')} required data-autofocus {...form.text('name')} />
        <Select
          label={t('queues.site')}
          required
          allowDeselect={false}
          data={sites.map((s) => ({ value: s.id, label: s.name }))}
          value={form.values.siteId === '' ? null : form.values.siteId}
          onChange={(value) => value && form.set('siteId', value)}
          error={form.error('siteId')}
        />
        <FormAlert message={form.general} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {t('queues.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The enterprise's call centre queues: filtered by site and name, exported as CSV. */
export function QueuesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const enterprise = useCurrentEnterprise();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const search = useSearch();
  const siteId = params.get('site');
  const sites = useSites(enterprise.id, {}, { pageSize: 200 });
  const list = useQueues(enterprise.id, { q: search.query, siteId });
  const canWrite = mayWrite(me, 'queues.write');
  const dialog = useFormDialog<QueueDto>();
  const removal = useRemoval((q: QueueDto) => queuesApi.remove(q.id), [QUEUES], t('queues.removed'));
  const editorOf = (q: QueueDto) => enterprisePath(enterprise.id, `queues/${q.id}`);

  const setSite = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null || value === '') next.delete('site');
    else next.set('site', value);
    setParams(next, { replace: true });
  };

  const columns: Column<QueueDto>[] = [
    {
      key: 'name',
      priority: 'essential',
      header: t('queues.name'),
      cell: (q) => (
        <Anchor component={Link} to={editorOf(q)}>
          {q.name}
        </Anchor>
      ),
      csv: (q) => q.name,
      sortValue: (q) => q.name,
    },
    {
      key: 'site',
      priority: 'medium',
      header: t('queues.site'),
      cell: (q) => q.siteName,
      sortValue: (q) => q.siteName,
    },
    {
      key: 'extension',
      priority: 'high',
      header: t('queues.extension'),
      cell: (q) => q.extension ?? '',
      sortValue: (q) => q.extension,
    },
    {
      key: 'number',
      priority: 'high',
      header: t('queues.number'),
      cell: (q) => (q.number ? formatNational(q.number) : ''),
      sortValue: (q) => q.number,
    },
    {
      key: 'hours',
      priority: 'high',
      header: t('queues.hours'),
      cell: (q) => <QueueServiceNow queue={q} />,
      csv: (q) => q.scheduleName ?? t('queues.alwaysOpen'),
      sortValue: (q) => q.scheduleName,
    },
    {
      key: 'distribution',
      priority: 'low',
      header: t('queues.distribution'),
      cell: (q) => t(`queueDistributions.${q.distribution}`),
      sortValue: (q) => t(`queueDistributions.${q.distribution}`),
    },
    {
      key: 'agents',
      priority: 'medium',
      header: t('queues.agents'),
      cell: (q) => q.agentCount,
      sortValue: (q) => q.agentCount,
    },
    {
      key: 'supervisors',
      priority: 'low',
      header: t('queues.supervisors'),
      cell: (q) => q.supervisorCount,
      sortValue: (q) => q.supervisorCount,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('queues.title')}
        description={t('queues.description', { enterprise: enterprise.name })}
      />
      <DataTable
        label={t('queues.tableLabel', { enterprise: enterprise.name })}
        columns={columns}
        rowKey={(q) => q.id}
        {...pagedRows(list)}
        search={{
          value: search.value,
          onChange: search.onChange,
          placeholder: t('queues.searchPlaceholder'),
        }}
        filters={<SiteFilter sites={sites.rows} value={siteId} onChange={setSite} />}
        toolbar={canWrite && <CreateButton onClick={dialog.create}>{t('queues.create')}</CreateButton>}
        rowActions={(queue) => (
          <RowMenu
            name={queue.name}
            onEdit={() => navigate(editorOf(queue))}
            actions={[
              {
                label: t('queues.board'),
                icon: <IconUsersGroup size={16} aria-hidden="true" />,
                onClick: () => navigate(`/queues/${queue.id}/agent-states`),
              },
            ]}
            onRemove={canWrite ? () => removal.ask(queue) : undefined}
          />
        )}
        empty={t('queues.empty')}
      />
      <FormModal opened={dialog.opened} title={t('queues.create')} onClose={dialog.close} size="md">
        <NewQueueForm
          enterpriseId={enterprise.id}
          sites={sites.rows}
          onDone={(queue) => {
            dialog.close();
            notifications.show({ color: 'green', message: t('queues.created', { name: queue.name }) });
            navigate(editorOf(queue));
          }}
        />
      </FormModal>
      <RemovalDialog
        removal={removal}
        title={t('queues.removeTitle')}
        message={t('queues.removeText', { name: removal.target?.name ?? '' })}
      />
    </>
  );
}
