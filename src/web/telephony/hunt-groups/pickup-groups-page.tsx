import { ActionIcon, Button, Group, List, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash, IconUsers } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { SiteDto, UserDto } from '../../../core/directory/schemas';
import { type PickupGroupDto, pickupGroupInputSchema } from '../../../core/telephony/hunt-groups';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { useSites } from '../../directory/sites/queries';
import { SiteFilter } from '../../directory/sites/site-filter';
import { useUsers } from '../../directory/users/queries';
import { CreateButton } from '../../ui/create-button';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { pagedRows } from '../../ui/data-table/paged-rows';
import { errorText } from '../../ui/error-text';
import { FormAlert } from '../../ui/form-alert';
import { FormModal } from '../../ui/form-modal';
import { PageHeader } from '../../ui/page-header';
import { RemovalDialog } from '../../ui/removal-dialog';
import { RowMenu } from '../../ui/row-menu';
import { useForm } from '../../ui/use-form';
import { useFormDialog } from '../../ui/use-form-dialog';
import { useRemoval } from '../../ui/use-removal';
import { useSearch } from '../../ui/use-search';
import { PICKUP_GROUPS, pickupGroupsApi, usePickupGroups } from './queries';

const memberNames = (g: PickupGroupDto) => g.members.map((m) => m.userName ?? '…').join(', ');

function PickupGroupForm({
  enterpriseId,
  group,
  sites,
  onDone,
}: {
  enterpriseId: string;
  group: PickupGroupDto | null;
  sites: SiteDto[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ name: group?.name ?? '', siteId: group?.siteId ?? sites[0]?.id ?? '' });
  const mutation = useMutation({
    mutationFn: (body: { name: string; siteId: string }) =>
      group ? pickupGroupsApi.update(group.id, body) : pickupGroupsApi.create(enterpriseId, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: PICKUP_GROUPS });
      onDone();
    },
    onError: form.fail,
  });
  const onSubmit = form.submit(() => {
    const body = form.validate(pickupGroupInputSchema);
    if (body) mutation.mutate(body);
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('pickupGroups.name')} required data-autofocus {...form.text('name')} />
          <Select
            label={t('pickupGroups.site')}
            required
            allowDeselect={false}
            data={sites.map((s) => ({ value: s.id, label: s.name }))}
            value={form.values.siteId === '' ? null : form.values.siteId}
            onChange={(value) => value && form.set('siteId', value)}
            error={form.error('siteId')}
          />
        </SimpleGrid>
        <FormAlert message={form.general} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {group ? t('common.save') : t('pickupGroups.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A pickup group's members: added one by one (each user in one group at most), removed by a button. */
function MembersModal({
  group,
  users,
  canWrite,
  onClose,
}: {
  group: PickupGroupDto | null;
  users: UserDto[];
  canWrite: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [userId, setUserId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const done = () => {
    setError(null);
    void queryClient.invalidateQueries({ queryKey: PICKUP_GROUPS });
  };
  const add = useMutation({
    mutationFn: (id: string) => pickupGroupsApi.addMember(group?.id ?? '', id),
    onSuccess: () => {
      setUserId(null);
      done();
    },
    onError: (e) => setError(errorText(t, e)),
  });
  const remove = useMutation({
    mutationFn: (id: string) => pickupGroupsApi.removeMember(group?.id ?? '', id),
    onSuccess: done,
    onError: (e) => notifications.show({ color: 'red', message: errorText(t, e) }),
  });
  return (
    <Modal
      opened={group !== null}
      onClose={onClose}
      title={group ? t('pickupGroups.membersTitle', { name: group.name }) : ''}
      centered
      size="lg"
    >
      {group && (
        <Stack>
          <List aria-label={t('pickupGroups.membersTitle', { name: group.name })}>
            {group.members.map((m) => (
              <List.Item key={m.userId}>
                <Group gap="xs">
                  {m.userName ?? '…'}
                  {canWrite && (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="sm"
                      aria-label={t('pickupGroups.removeMember', { name: m.userName ?? '' })}
                      onClick={() => remove.mutate(m.userId)}
                    >
                      <IconTrash size={14} aria-hidden="true" />
                    </ActionIcon>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
          {canWrite && (
            <Group align="flex-end">
              <Select
                label={t('pickupGroups.addUser')}
                searchable
                clearable
                data={users
                  .filter((u) => !group.members.some((m) => m.userId === u.id))
                  .map((u) => ({ value: u.id, label: u.name }))}
                value={userId}
                onChange={setUserId}
                w={280}
              />
              <Button disabled={!userId} loading={add.isPending} onClick={() => userId && add.mutate(userId)}>
                {t('pickupGroups.add')}
              </Button>
            </Group>
          )}
          <FormAlert message={error} />
        </Stack>
      )}
    </Modal>
  );
}

/** The enterprise's call pickup groups. */
export function PickupGroupsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const enterprise = useCurrentEnterprise();
  const [params, setParams] = useSearchParams();
  const search = useSearch();
  const siteId = params.get('site');
  const sites = useSites(enterprise.id, {}, { pageSize: 200 });
  const users = useUsers(enterprise.id, {}, { pageSize: 200 });
  const list = usePickupGroups(enterprise.id, { q: search.query, siteId });
  const canWrite = mayWrite(me, 'pickup-groups.write');
  const dialog = useFormDialog<PickupGroupDto>();
  const [membersOf, setMembersOf] = useState<string | null>(null);
  const removal = useRemoval(
    (g: PickupGroupDto) => pickupGroupsApi.remove(g.id),
    [PICKUP_GROUPS],
    t('pickupGroups.removed'),
  );
  const columns: Column<PickupGroupDto>[] = [
    {
      key: 'name',
      priority: 'essential',
      header: t('pickupGroups.name'),
      cell: (g) => g.name,
      sortValue: (g) => g.name,
    },
    {
      key: 'site',
      priority: 'medium',
      header: t('pickupGroups.site'),
      cell: (g) => g.siteName,
      sortValue: (g) => g.siteName,
    },
    {
      key: 'members',
      priority: 'high',
      header: t('pickupGroups.members'),
      cell: memberNames,
      sortValue: (g) => g.members.length,
    },
  ];
  const setSite = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set('site', value);
    else next.delete('site');
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeader title={t('pickupGroups.title')} description={t('pickupGroups.description')} />
      <DataTable
        label={t('pickupGroups.tableLabel', { enterprise: enterprise.name })}
        columns={columns}
        rowKey={(g) => g.id}
        {...pagedRows(list)}
        search={{
          value: search.value,
          onChange: search.onChange,
          placeholder: t('pickupGroups.searchPlaceholder'),
        }}
        filters={<SiteFilter sites={sites.rows} value={siteId} onChange={setSite} />}
        toolbar={canWrite && <CreateButton onClick={dialog.create}>{t('pickupGroups.create')}</CreateButton>}
        rowActions={(g) => (
          <RowMenu
            name={g.name}
            onEdit={canWrite ? () => dialog.edit(g) : undefined}
            actions={[
              {
                label: t('pickupGroups.manage'),
                icon: <IconUsers size={16} aria-hidden="true" />,
                onClick: () => setMembersOf(g.id),
              },
            ]}
            onRemove={canWrite ? () => removal.ask(g) : undefined}
          />
        )}
        empty={t('pickupGroups.empty')}
      />
      <FormModal
        opened={dialog.opened}
        title={dialog.isNew ? t('pickupGroups.create') : t('pickupGroups.edit')}
        onClose={dialog.close}
      >
        <PickupGroupForm
          enterpriseId={enterprise.id}
          group={dialog.row}
          sites={sites.rows}
          onDone={() => dialog.saved(t('pickupGroups.saved'))}
        />
      </FormModal>
      <MembersModal
        group={list.rows.find((g) => g.id === membersOf) ?? null}
        users={users.rows}
        canWrite={canWrite}
        onClose={() => setMembersOf(null)}
      />
      <RemovalDialog
        removal={removal}
        title={t('pickupGroups.removeTitle')}
        message={t('pickupGroups.removeText', { name: removal.target?.name ?? '' })}
      />
    </>
  );
}
