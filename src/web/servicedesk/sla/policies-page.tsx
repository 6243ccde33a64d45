import { Alert, Button, Group, NumberInput, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SLA_POLICY_HOURS,
  type SlaPolicyDto,
  type SlaPolicyHours,
} from '../../../core/servicedesk/sla-policies';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { errorText } from '../../ui/error-text';
import { FormModal } from '../../ui/form-modal';
import { PageHeader } from '../../ui/page-header';
import { SLA_POLICIES, slaApi } from './queries';

/** The SLA policies per ticket type and priority; the provider's admins edit them. */
export function SlaPoliciesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const canEdit = mayWrite(me, 'sla-policies.write');
  const queryClient = useQueryClient();
  const policies = useQuery({ queryKey: SLA_POLICIES, queryFn: () => slaApi.policies() });
  const [editing, setEditing] = useState<SlaPolicyDto | null>(null);
  const columns: Column<SlaPolicyDto>[] = [
    {
      key: 'type',
      priority: 'essential',
      header: t('sla.policies.ticketType'),
      cell: (x) => t(`ticketTypes.${x.ticketType}`),
      sortValue: (x) => t(`ticketTypes.${x.ticketType}`),
    },
    {
      key: 'priority',
      priority: 'essential',
      header: t('sla.policies.priority'),
      cell: (x) => t(`priorities.${x.priority}`),
      sortValue: (x) => ['low', 'medium', 'high', 'critical'].indexOf(x.priority),
    },
    {
      key: 'hours',
      header: t('sla.policies.hours'),
      cell: (x) => t(`sla.policies.hoursValues.${x.hours}`),
      sortValue: (x) => x.hours,
    },
    {
      key: 'firstResponse',
      header: t('sla.policies.firstResponseMinutes'),
      cell: (x) => x.firstResponseMinutes,
      sortValue: (x) => x.firstResponseMinutes,
    },
    {
      key: 'resolution',
      header: t('sla.policies.resolutionMinutes'),
      cell: (x) => x.resolutionMinutes,
      sortValue: (x) => x.resolutionMinutes,
    },
    {
      key: 'warn',
      header: t('sla.policies.warnShare'),
      cell: (x) => Math.round(x.warnShare * 100),
      sortValue: (x) => x.warnShare,
    },
    ...(canEdit
      ? [
          {
            key: 'edit',
            priority: 'essential' as const,
            header: '',
            cell: (x: SlaPolicyDto) => (
              <Button
                size="xs"
                variant="subtle"
                onClick={() => setEditing(x)}
                aria-label={`${t('sla.policies.edit')} ${x.key}`}
              >
                {t('sla.policies.edit')}
              </Button>
            ),
            csv: false as const,
          },
        ]
      : []),
  ];
  return (
    <>
      <PageHeader title={t('sla.policies.title')} description={t('sla.policies.intro')} />
      <DataTable
        label={t('sla.policies.title')}
        columns={columns}
        rows={policies.data?.items ?? []}
        rowKey={(x) => x.key}
        loading={policies.isLoading}
        error={policies.error}
      />
      <FormModal
        opened={editing !== null}
        title={`${t('sla.policies.title')}: ${editing?.key ?? ''}`}
        onClose={() => setEditing(null)}
        size="md"
      >
        {editing && (
          <PolicyForm
            policy={editing}
            onDone={async () => {
              notifications.show({ message: t('sla.policies.saved', { key: editing.key }) });
              setEditing(null);
              await queryClient.invalidateQueries({ queryKey: SLA_POLICIES });
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </FormModal>
    </>
  );
}

function PolicyForm({
  policy,
  onDone,
  onCancel,
}: {
  policy: SlaPolicyDto;
  onDone: () => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [hours, setHours] = useState<SlaPolicyHours>(policy.hours);
  const [firstResponse, setFirstResponse] = useState<number>(policy.firstResponseMinutes);
  const [resolution, setResolution] = useState<number>(policy.resolutionMinutes);
  const [warn, setWarn] = useState<number>(Math.round(policy.warnShare * 100));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await slaApi.updatePolicy(policy.key, {
        hours,
        firstResponseMinutes: firstResponse,
        resolutionMinutes: resolution,
        warnShare: warn / 100,
      });
      await onDone();
    } catch (error) {
      setProblem(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Select
          data-autofocus
          label={t('sla.policies.hours')}
          data={SLA_POLICY_HOURS.map((value) => ({ value, label: t(`sla.policies.hoursValues.${value}`) }))}
          value={hours}
          onChange={(value) => value && setHours(value as SlaPolicyHours)}
          allowDeselect={false}
        />
        <NumberInput
          label={t('sla.policies.firstResponseMinutes')}
          min={1}
          value={firstResponse}
          onChange={(v) => setFirstResponse(Number(v))}
        />
        <NumberInput
          label={t('sla.policies.resolutionMinutes')}
          min={1}
          value={resolution}
          onChange={(v) => setResolution(Number(v))}
        />
        <NumberInput
          label={t('sla.policies.warnShare')}
          min={1}
          max={100}
          value={warn}
          onChange={(v) => setWarn(Number(v))}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('sla.policies.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('sla.policies.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
