import { Alert, Button, Group, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  REPAIR_PARTS,
  type RepairDetailDto,
  type RepairDto,
  type RepairPart,
} from '../../../core/servicedesk/repairs';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { type ApiIssue, isApiError } from '../../api/api-error';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { pagedRows } from '../../ui/data-table/paged-rows';
import { errorText, issueText } from '../../ui/error-text';
import { FormModal } from '../../ui/form-modal';
import { formatDateTime } from '../../ui/format';
import { REPAIRS, repairsApi, useDeviceRepairs } from './queries';
import { RepairStatusBadge, RepairTerms, ReturnAddress } from './repair-parts';

/** Registering a repair: the part, the fault and a contact, with warranty and excess shown live before it is sent. */
function RegisterRepair({ deviceId, onDone }: { deviceId: string; onDone: (r: RepairDetailDto) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const [part, setPart] = useState<RepairPart>('device');
  const [fault, setFault] = useState('');
  const [name, setName] = useState(me.name);
  const [phone, setPhone] = useState('');
  const [issues, setIssues] = useState<ApiIssue[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const preview = useQuery({
    queryKey: [...REPAIRS, 'preview', deviceId, part],
    queryFn: () => repairsApi.preview(deviceId, part),
  });
  const errorAt = (path: string) => {
    const found = issues.filter((i) => i.path === path);
    return found.length === 0 ? undefined : found.map((i) => issueText(t, i)).join('; ');
  };
  const send = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const made = await repairsApi.create({
        deviceId,
        part,
        fault,
        contact: { name, ...(phone.trim() === '' ? {} : { phone }) },
      });
      onDone(made);
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
      <Title order={3}>{t('repairs.register')}</Title>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <Select
        label={t('repairs.part')}
        data={REPAIR_PARTS.map((value) => ({ value, label: t(`repairs.parts.${value}`) }))}
        value={part}
        onChange={(v) => setPart((v as RepairPart | null) ?? 'device')}
        allowDeselect={false}
      />
      {preview.data && <RepairTerms terms={preview.data} />}
      {preview.error && <Alert color="red">{errorText(t, preview.error)}</Alert>}
      <Textarea
        label={t('repairs.fault')}
        value={fault}
        onChange={(e) => setFault(e.currentTarget.value)}
        error={errorAt('fault')}
        autosize
        minRows={2}
        required
        data-autofocus
      />
      <Group grow>
        <TextInput
          label={t('repairs.contactName')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errorAt('contact.name')}
          required
        />
        <TextInput
          label={t('repairs.contactPhone')}
          value={phone}
          onChange={(e) => setPhone(e.currentTarget.value)}
          error={errorAt('contact.phone')}
        />
      </Group>
      <Group>
        <Button type="submit" loading={busy}>
          {t('repairs.send')}
        </Button>
      </Group>
    </Stack>
  );
}

/** What to do with the parcel: the RMA number and the return address. */
function Registered({ repair }: { repair: RepairDetailDto }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" title={t('repairs.done')} role="status">
      <Stack gap="xs">
        <Text size="xl" fw={700} ff="monospace" data-testid="rma-number">
          {repair.number}
        </Text>
        <Text size="sm">{t('repairs.doneText', { number: repair.number })}</Text>
        <ReturnAddress address={repair.returnAddress} />
      </Stack>
    </Alert>
  );
}

/** A device's repairs (its history) and, for whoever may, registering a new one. */
export function DeviceRepairsModal({
  device,
  onClose,
}: {
  device: { id: string; name: string } | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const history = useDeviceRepairs(device?.id ?? null);
  const [made, setMade] = useState<RepairDetailDto | null>(null);
  const open = history.rows.some((r) => r.status !== 'closed');
  const close = () => {
    setMade(null);
    onClose();
  };
  const columns: Column<RepairDto>[] = [
    {
      key: 'number',
      priority: 'essential',
      header: t('repairs.number'),
      cell: (r) => r.number,
      sortValue: (r) => r.number,
    },
    {
      key: 'status',
      priority: 'essential',
      header: t('repairs.status'),
      cell: (r) => <RepairStatusBadge status={r.status} />,
      csv: (r) => t(`repairs.statuses.${r.status}`),
      sortValue: (r) => r.status,
    },
    {
      key: 'part',
      priority: 'medium',
      header: t('repairs.part'),
      cell: (r) => t(`repairs.parts.${r.part}`),
      sortValue: (r) => r.part,
    },
    {
      key: 'warranty',
      priority: 'medium',
      header: t('repairs.warranty'),
      cell: (r) => (r.warranty.covered ? t('repairs.covered') : t('repairs.notCovered')),
      sortValue: (r) => String(r.warranty.covered),
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
  return (
    <FormModal
      opened={device !== null}
      title={t('repairs.history', { device: device?.name ?? '' })}
      onClose={close}
      size="xl"
    >
      {device && (
        <Stack>
          {made ? (
            <Registered repair={made} />
          ) : (
            mayWrite(me, 'repairs.write') &&
            !open && (
              <RegisterRepair
                deviceId={device.id}
                onDone={(r) => {
                  setMade(r);
                  void queryClient.invalidateQueries({ queryKey: REPAIRS });
                }}
              />
            )
          )}
          <DataTable
            label={t('repairs.history', { device: device.name })}
            columns={columns}
            rowKey={(r) => r.id}
            {...pagedRows(history)}
            empty={t('repairs.empty')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('repairs.close')}
            </Button>
          </Group>
        </Stack>
      )}
    </FormModal>
  );
}
