import { Alert, Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconPackageImport, IconTruckDelivery } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { REPAIR_STATUSES, type RepairDto, type RepairStatus } from '../../../core/servicedesk/repairs';
import { isProviderStaff, mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { type ApiIssue, isApiError } from '../../api/api-error';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { pagedRows } from '../../ui/data-table/paged-rows';
import { errorText, issueText } from '../../ui/error-text';
import { FormModal } from '../../ui/form-modal';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { RowMenu } from '../../ui/row-menu';
import { REPAIRS, repairsApi, useRepairs } from './queries';
import { euro, RepairStatusBadge, ReturnAddress, warrantyText } from './repair-parts';

type Step = Exclude<RepairStatus, 'registered'>;
const STEP_LABEL: Record<Step, string> = {
  received: 'repairs.markReceived',
  shipped: 'repairs.markShipped',
  closed: 'repairs.markClosed',
};

/** One step of the desk: a note, and for the shipment the tracking reference and the replacement's serial and MAC. */
function StepForm({ repair, step, onDone }: { repair: RepairDto; step: Step; onDone: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [tracking, setTracking] = useState('');
  const [serial, setSerial] = useState('');
  const [mac, setMac] = useState('');
  const [issues, setIssues] = useState<ApiIssue[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorAt = (path: string) => {
    const found = issues.filter((i) => i.path === path);
    return found.length === 0 ? undefined : found.map((i) => issueText(t, i)).join('; ');
  };
  const given = (v: string) => (v.trim() === '' ? undefined : v.trim());
  const send = async () => {
    setBusy(true);
    setProblem(null);
    try {
      if (step === 'shipped') {
        const body = {
          trackingReference: tracking,
          serial: given(serial),
          mac: given(mac),
          note: given(note),
        };
        await repairsApi.shipped(
          repair.id,
          Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as typeof body,
        );
      } else if (step === 'received') await repairsApi.received(repair.id, given(note));
      else await repairsApi.closed(repair.id, given(note));
      onDone();
    } catch (e) {
      if (isApiError(e) && e.issues.some((i) => i.path !== '')) setIssues([...e.issues]);
      else setProblem(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack
      gap="xs"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <Text size="sm">
        {repair.deviceName} · {repair.enterpriseName} · {repair.siteName}
      </Text>
      {step === 'shipped' && (
        <>
          <TextInput
            label={t('repairs.tracking')}
            value={tracking}
            onChange={(e) => setTracking(e.currentTarget.value)}
            error={errorAt('trackingReference')}
            required
            data-autofocus
          />
          <Group grow>
            <TextInput
              label={t('repairs.serial')}
              value={serial}
              onChange={(e) => setSerial(e.currentTarget.value)}
              error={errorAt('serial')}
            />
            <TextInput
              label={t('repairs.mac')}
              description={t('repairs.macHelp')}
              value={mac}
              onChange={(e) => setMac(e.currentTarget.value)}
              error={errorAt('mac')}
              ff="monospace"
            />
          </Group>
        </>
      )}
      <Textarea
        label={t('repairs.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={errorAt('note')}
        autosize
        minRows={2}
        data-autofocus={step !== 'shipped' ? true : undefined}
      />
      <Group>
        <Button type="submit" loading={busy}>
          {t(STEP_LABEL[step])}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * The repairs (guide §4.4): the provider's desk sees every customer's and works their steps; a
 * customer sees its own, with the RMA number and the return address to send the device to.
 */
export function RepairsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const desk = isProviderStaff(me);
  const canHandle = mayWrite(me, 'repairs.handle');
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const list = useRepairs({ status: status ?? undefined });
  const [working, setWorking] = useState<{ repair: RepairDto; step: Step } | null>(null);
  const [shown, setShown] = useState<RepairDto | null>(null);

  const columns: Column<RepairDto>[] = [
    {
      key: 'number',
      priority: 'essential',
      header: t('repairs.number'),
      cell: (r) => (
        <Text size="sm" ff="monospace" component={Link} to={`/tickets/${r.ticketId}`} td="underline">
          {r.number}
        </Text>
      ),
      csv: (r) => r.number,
      sortValue: (r) => r.number,
    },
    ...(desk
      ? [
          {
            key: 'enterprise',
            priority: 'high' as const,
            header: t('repairs.enterprise'),
            cell: (r: RepairDto) => r.enterpriseName,
            sortValue: (r: RepairDto) => r.enterpriseName,
          },
        ]
      : []),
    {
      key: 'device',
      priority: 'essential',
      header: t('repairs.device'),
      cell: (r) => r.deviceName,
      sortValue: (r) => r.deviceName,
    },
    {
      key: 'site',
      priority: 'medium',
      header: t('repairs.site'),
      cell: (r) => r.siteName,
      sortValue: (r) => r.siteName,
    },
    {
      key: 'status',
      priority: 'essential',
      header: t('repairs.status'),
      cell: (r) => <RepairStatusBadge status={r.status} />,
      csv: (r) => t(`repairs.statuses.${r.status}`),
      sortValue: (r) => REPAIR_STATUSES.indexOf(r.status),
    },
    {
      key: 'warranty',
      priority: 'medium',
      header: t('repairs.warranty'),
      cell: (r) => (r.warranty.covered ? t('repairs.covered') : t('repairs.notCovered')),
      csv: (r) => warrantyText(t, r.warranty, i18n.language),
      sortValue: (r) => String(r.warranty.covered),
    },
    {
      key: 'excess',
      priority: 'low',
      header: t('repairs.excess'),
      cell: (r) => (r.excess === null ? '' : euro(r.excess.amount, i18n.language)),
      csv: (r) => (r.excess === null ? '' : String(r.excess.amount)),
      sortValue: (r) => r.excess?.amount ?? 0,
    },
    {
      key: 'tracking',
      priority: 'low',
      header: t('repairs.tracking'),
      cell: (r) => r.trackingReference ?? '',
      sortValue: (r) => r.trackingReference ?? '',
    },
    {
      key: 'createdAt',
      priority: 'high',
      header: t('repairs.registered'),
      cell: (r) => formatDateTime(r.createdAt, i18n.language),
      csv: (r) => r.createdAt,
      sortValue: (r) => r.createdAt,
    },
  ];
  const icons: Record<Step, React.ReactNode> = {
    received: <IconPackageImport size={16} aria-hidden="true" />,
    shipped: <IconTruckDelivery size={16} aria-hidden="true" />,
    closed: <IconCircleCheck size={16} aria-hidden="true" />,
  };

  return (
    <>
      <PageHeader
        title={t('repairs.title')}
        description={desk ? t('repairs.deskDescription') : t('repairs.description')}
      />
      <DataTable
        label={t('repairs.tableLabel')}
        columns={columns}
        rowKey={(r) => r.id}
        {...pagedRows(list)}
        filters={
          <Select
            label={t('repairs.status')}
            placeholder={t('repairs.allStatuses')}
            clearable
            data={REPAIR_STATUSES.map((value) => ({ value, label: t(`repairs.statuses.${value}`) }))}
            value={status}
            onChange={setStatus}
            w={220}
          />
        }
        rowActions={(r) => (
          <RowMenu
            name={r.number}
            actions={[
              { label: t('repairs.details'), onClick: () => setShown(r) },
              ...(canHandle
                ? r.nextSteps
                    .filter((s): s is Step => s !== 'registered')
                    .map((step) => ({
                      label: t(STEP_LABEL[step]),
                      icon: icons[step],
                      onClick: () => setWorking({ repair: r, step }),
                    }))
                : []),
            ]}
          />
        )}
        empty={t('repairs.empty')}
      />
      <FormModal
        opened={working !== null}
        title={
          working
            ? t('repairs.stepFor', { step: t(STEP_LABEL[working.step]), number: working.repair.number })
            : ''
        }
        onClose={() => setWorking(null)}
      >
        {working && (
          <StepForm
            repair={working.repair}
            step={working.step}
            onDone={() => {
              setWorking(null);
              notifications.show({ message: t('repairs.stepDone') });
              void queryClient.invalidateQueries({ queryKey: REPAIRS });
            }}
          />
        )}
      </FormModal>
      <FormModal opened={shown !== null} title={shown?.number ?? ''} onClose={() => setShown(null)}>
        {shown && (
          <Stack gap="xs">
            <Text size="sm">
              {shown.deviceName} · {shown.siteName}
            </Text>
            <Text size="sm">
              {t('repairs.fault')}: {shown.fault}
            </Text>
            <Text size="sm">{warrantyText(t, shown.warranty, i18n.language)}</Text>
            {shown.trackingReference && (
              <Text size="sm">
                {t('repairs.tracking')}: {shown.trackingReference}
              </Text>
            )}
            {shown.replacementMac && (
              <Text size="sm">
                {t('repairs.mac')}: {shown.replacementMac}
                {shown.previousMac ? ` (${t('repairs.previousMac')}: ${shown.previousMac})` : ''}
              </Text>
            )}
            {shown.replacementSerial && (
              <Text size="sm">
                {t('repairs.serial')}: {shown.replacementSerial}
              </Text>
            )}
            <ReturnAddress address={shown.returnAddress} />
          </Stack>
        )}
      </FormModal>
    </>
  );
}
