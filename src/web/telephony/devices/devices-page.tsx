import { Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconList, IconTool } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  DEVICE_KINDS,
  type DeviceDto,
  formatMac,
  type SipCredentialsDto,
} from '../../../core/telephony/devices';
import { mayRead, mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { useSites } from '../../directory/sites/queries';
import { SiteFilter } from '../../directory/sites/site-filter';
import { useUsers } from '../../directory/users/queries';
import { DeviceRepairsModal } from '../../servicedesk/repairs/device-repairs';
import { CreateButton } from '../../ui/create-button';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { pagedRows } from '../../ui/data-table/paged-rows';
import { useUrlSort } from '../../ui/data-table/use-url-sort';
import { errorText } from '../../ui/error-text';
import { FormModal } from '../../ui/form-modal';
import { formatDate, formatDateTime } from '../../ui/format';
import { OneTimeSecret } from '../../ui/one-time-secret';
import { PageHeader } from '../../ui/page-header';
import { RemovalDialog } from '../../ui/removal-dialog';
import { RowMenu } from '../../ui/row-menu';
import { useFormDialog } from '../../ui/use-form-dialog';
import { useRemoval } from '../../ui/use-removal';
import { useSearch } from '../../ui/use-search';
import { DeviceForm } from './device-form';
import { DEVICES, devicesApi, useDeviceModels, useDevices } from './queries';

const identifierOf = (d: DeviceDto): string => (d.mac ? formatMac(d.mac) : (d.iccid ?? ''));
const nameOf = (d: DeviceDto): string =>
  d.label ?? `${d.vendor} ${d.model}${d.mac || d.iccid ? ` ${identifierOf(d)}` : ''}`;

/** SIP passwords the server has just made: shown once, each with a copy button. */
function PasswordsModal({ credentials, onClose }: { credentials: SipCredentialsDto[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={credentials.length > 0}
      onClose={onClose}
      title={t('devices.passwordTitle')}
      centered
      size="lg"
    >
      <Stack gap="lg">
        {credentials.map((c) => (
          <OneTimeSecret
            key={c.line}
            label={t('devices.passwordLabel', { line: c.line, username: c.sipUsername })}
            value={c.password}
          />
        ))}
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus>
            {t('devices.done')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** A device's lines with their SIP usernames; an administrator gives a line a new password. */
function LinesModal({
  device,
  canWrite,
  onClose,
  onPassword,
}: {
  device: DeviceDto | null;
  canWrite: boolean;
  onClose: () => void;
  onPassword: (credentials: SipCredentialsDto) => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ id, line }: { id: string; line: number }) => devicesApi.newPassword(id, line),
    onSuccess: (credentials) => {
      void queryClient.invalidateQueries({ queryKey: DEVICES });
      onPassword(credentials);
    },
    onError: (e) => notifications.show({ color: 'red', message: errorText(t, e) }),
  });
  return (
    <Modal
      opened={device !== null}
      onClose={onClose}
      title={device ? t('devices.linesTitle', { name: nameOf(device) }) : ''}
      centered
      size="xl"
    >
      {device && (
        <Table aria-label={t('devices.linesTitle', { name: nameOf(device) })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('devices.line')}</Table.Th>
              <Table.Th>{t('devices.user')}</Table.Th>
              <Table.Th>{t('devices.sipUsername')}</Table.Th>
              <Table.Th>{t('devices.realm')}</Table.Th>
              <Table.Th>{t('devices.credentialsSetAt')}</Table.Th>
              {canWrite && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {device.lines.map((l) => (
              <Table.Tr key={l.line}>
                <Table.Td>{l.line}</Table.Td>
                <Table.Td>{l.userName ?? (l.userId ? '' : t('devices.noUser'))}</Table.Td>
                <Table.Td>
                  <Text ff="monospace" size="sm">
                    {l.sipUsername}
                  </Text>
                </Table.Td>
                <Table.Td>{l.realm}</Table.Td>
                <Table.Td>{formatDateTime(l.credentialsSetAt, i18n.language)}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconKey size={14} aria-hidden="true" />}
                      loading={mutation.isPending && mutation.variables?.line === l.line}
                      onClick={() => mutation.mutate({ id: device.id, line: l.line })}
                      aria-label={t('devices.newPasswordFor', { line: l.line })}
                    >
                      {t('devices.newPassword')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Modal>
  );
}

/** The enterprise's devices: sorted and filtered by the server, paged with "load more", exported as CSV. */
export function DevicesPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const enterprise = useCurrentEnterprise();
  const [params, setParams] = useSearchParams();
  const search = useSearch();
  const siteId = params.get('site');
  const kind = params.get('kind');
  const userId = params.get('userId');
  const { column: sortColumn, direction, sort, onSortChange } = useUrlSort(['label', 'identifier'] as const);
  const sites = useSites(enterprise.id, {}, { pageSize: 200 });
  const users = useUsers(enterprise.id, {}, { pageSize: 200 });
  const models = useDeviceModels({}, { pageSize: 200 });
  const list = useDevices(enterprise.id, {
    q: search.query,
    siteId,
    kind,
    userId,
    sort: sortColumn,
    direction,
  });
  const canWrite = mayWrite(me, 'devices.write');
  const dialog = useFormDialog<DeviceDto>();
  const [linesOf, setLinesOf] = useState<string | null>(null);
  const [repairsOf, setRepairsOf] = useState<DeviceDto | null>(null);
  const [passwords, setPasswords] = useState<SipCredentialsDto[]>([]);
  const removal = useRemoval(
    (d: DeviceDto) => devicesApi.remove(d.id),
    [DEVICES, ['device-models']],
    t('devices.removed'),
  );

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };

  const columns: Column<DeviceDto>[] = [
    {
      key: 'label',
      priority: 'essential',
      header: t('devices.label'),
      cell: (d) => d.label ?? '',
      sortValue: (d) => d.label,
    },
    {
      key: 'model',
      priority: 'high',
      header: t('devices.model'),
      cell: (d) => `${d.vendor} ${d.model}`,
      sortValue: (d) => `${d.vendor} ${d.model}`,
    },
    {
      key: 'kind',
      priority: 'medium',
      header: t('devices.kind'),
      cell: (d) => t(`deviceKinds.${d.kind}`),
      sortValue: (d) => t(`deviceKinds.${d.kind}`),
    },
    {
      key: 'identifier',
      priority: 'high',
      header: t('devices.identifier'),
      cell: (d) => (
        <Text size="sm" ff="monospace">
          {identifierOf(d)}
        </Text>
      ),
      csv: identifierOf,
      sortValue: identifierOf,
    },
    {
      key: 'site',
      priority: 'medium',
      header: t('devices.site'),
      cell: (d) => d.siteName,
      sortValue: (d) => d.siteName,
    },
    {
      key: 'user',
      priority: 'high',
      header: t('devices.user'),
      cell: (d) => d.userName ?? '',
      sortValue: (d) => d.userName,
    },
    {
      key: 'lines',
      priority: 'low',
      header: t('devices.lines'),
      cell: (d) => d.lines.length,
      sortValue: (d) => d.lines.length,
    },
    {
      key: 'ownership',
      priority: 'low',
      header: t('devices.ownership'),
      cell: (d) => `${t(`ownerships.${d.ownership}`)} ${formatDate(d.ownershipDate, i18n.language)}`,
      csv: (d) => `${t(`ownerships.${d.ownership}`)} ${d.ownershipDate}`,
      sortValue: (d) => d.ownershipDate,
    },
  ];
  const shownLines = list.rows.find((d) => d.id === linesOf) ?? null;

  return (
    <>
      <PageHeader
        title={t('devices.title')}
        description={t('devices.description', { enterprise: enterprise.name })}
        actions={
          <Button
            component={Link}
            to="/device-catalogue"
            variant="default"
            leftSection={<IconList size={16} aria-hidden="true" />}
          >
            {t('devices.catalogue')}
          </Button>
        }
      />
      <DataTable
        label={t('devices.tableLabel', { enterprise: enterprise.name })}
        columns={columns}
        rowKey={(d) => d.id}
        {...pagedRows(list)}
        search={{
          value: search.value,
          onChange: search.onChange,
          placeholder: t('devices.searchPlaceholder'),
        }}
        filters={
          <>
            <SiteFilter sites={sites.rows} value={siteId} onChange={(value) => setParam('site', value)} />
            <Select
              label={t('deviceCatalogue.kindFilter')}
              placeholder={t('deviceCatalogue.allKinds')}
              clearable
              data={DEVICE_KINDS.map((value) => ({ value, label: t(`deviceKinds.${value}`) }))}
              value={kind}
              onChange={(value) => setParam('kind', value)}
              w={200}
            />
            <Select
              label={t('devices.userFilter')}
              placeholder={t('devices.allUsers')}
              clearable
              searchable
              data={users.rows.map((u) => ({ value: u.id, label: u.name }))}
              value={userId}
              onChange={(value) => setParam('userId', value)}
              w={220}
            />
          </>
        }
        sort={sort}
        onSortChange={onSortChange}
        serverSortable={['label', 'identifier']}
        toolbar={canWrite && <CreateButton onClick={dialog.create}>{t('devices.create')}</CreateButton>}
        rowActions={(device) => (
          <RowMenu
            name={nameOf(device)}
            onEdit={canWrite ? () => dialog.edit(device) : undefined}
            actions={[
              {
                label: t('devices.showLines'),
                icon: <IconKey size={16} aria-hidden="true" />,
                onClick: () => setLinesOf(device.id),
              },
              {
                label: t('repairs.historyAction'),
                icon: <IconTool size={16} aria-hidden="true" />,
                onClick: () => setRepairsOf(device),
                hidden: !mayRead(me, 'repairs.read'),
              },
            ]}
            onRemove={canWrite ? () => removal.ask(device) : undefined}
          />
        )}
        empty={t('devices.empty')}
      />
      <FormModal
        opened={dialog.opened}
        title={dialog.isNew ? t('devices.create') : t('devices.edit')}
        onClose={dialog.close}
        size="lg"
      >
        <DeviceForm
          enterpriseId={enterprise.id}
          device={dialog.row}
          models={models.rows}
          sites={sites.rows}
          users={users.rows}
          onDone={(device) => {
            dialog.saved(t('devices.saved'));
            if (device.credentials) setPasswords(device.credentials);
          }}
        />
      </FormModal>
      <LinesModal
        device={shownLines}
        canWrite={canWrite}
        onClose={() => setLinesOf(null)}
        onPassword={(c) => setPasswords([c])}
      />
      <PasswordsModal credentials={passwords} onClose={() => setPasswords([])} />
      <DeviceRepairsModal
        device={repairsOf && { id: repairsOf.id, name: nameOf(repairsOf) }}
        onClose={() => setRepairsOf(null)}
      />
      <RemovalDialog
        removal={removal}
        title={t('devices.removeTitle')}
        message={t('devices.removeText', { name: removal.target ? nameOf(removal.target) : '' })}
      />
    </>
  );
}
