import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type DragEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '../../../core/directory/schemas';
import { type HuntGroupDto, type HuntGroupMemberDto, moved } from '../../../core/telephony/hunt-groups';
import { formatNational } from '../../../core/telephony/numbers';
import { errorText } from '../../ui/error-text';
import { FormAlert } from '../../ui/form-alert';
import { HUNT_GROUPS, huntGroupsApi, useMembers } from './queries';

/**
 * A hunt group's members in order. The order changes by drag and drop (native HTML5: drag a row
 * onto another), by the up/down buttons of each row, or by Alt+ArrowUp / Alt+ArrowDown on a
 * focused row; each move is saved at once as the whole new order (one request, one transaction)
 * and announced in a live region for screen readers; after a keyboard or button move the moved
 * row has the focus (so the next Alt+arrow moves it on).
 */
export function MembersList({
  group,
  users,
  canWrite,
}: {
  group: HuntGroupDto;
  users: UserDto[];
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const members = useMembers(group.id);
  const [order, setOrder] = useState<HuntGroupMemberDto[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  const focusAfter = useRef<string | null>(null);
  const rows = useRef(new Map<string, HTMLTableRowElement>());

  useEffect(() => {
    if (members.data) setOrder(members.data.items);
  }, [members.data]);
  useEffect(() => {
    const id = focusAfter.current;
    if (id !== null) {
      rows.current.get(id)?.focus();
      focusAfter.current = null;
    }
  });

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: [...HUNT_GROUPS, 'members', group.id] });
    void queryClient.invalidateQueries({ queryKey: [...HUNT_GROUPS, 'one', group.id] });
  };
  const fail = (e: unknown) => {
    notifications.show({ color: 'red', message: errorText(t, e) });
    refresh();
  };
  const reorder = useMutation({
    mutationFn: (ids: string[]) => huntGroupsApi.reorder(group.id, ids),
    onSuccess: (answer) => {
      queryClient.setQueryData([...HUNT_GROUPS, 'members', group.id], answer);
    },
    onError: fail,
  });
  const update = useMutation({
    mutationFn: ({ id, body }: { id: string; body: { weight?: number; loggedIn?: boolean } }) =>
      huntGroupsApi.updateMember(id, body),
    onSuccess: refresh,
    onError: fail,
  });
  const remove = useMutation({
    mutationFn: (m: HuntGroupMemberDto) => huntGroupsApi.removeMember(m.id),
    onSuccess: (_, m) => {
      setAnnouncement(t('huntMembers.removed', { name: nameOf(m) }));
      refresh();
    },
    onError: fail,
  });

  const nameOf = (m: HuntGroupMemberDto): string =>
    m.externalNumber !== null ? formatNational(m.externalNumber) : (m.userName ?? t('huntMembers.hidden'));

  const move = (from: number, to: number, options: { focus: boolean }) => {
    if (to < 0 || to >= order.length || from === to) return;
    const next = moved(order, from, to);
    const item = next[to] as HuntGroupMemberDto;
    setOrder(next);
    setAnnouncement(t('huntMembers.moved', { name: nameOf(item), position: to + 1, count: next.length }));
    if (options.focus) focusAfter.current = item.id;
    reorder.mutate(next.map((m) => m.id));
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (!canWrite || !event.altKey || event.target !== event.currentTarget) return;
    if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(index, index - 1, { focus: true });
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(index, index + 1, { focus: true });
    }
  };
  const onDrop = (index: number) => (event: DragEvent<HTMLTableRowElement>) => {
    event.preventDefault();
    const id = dragging ?? event.dataTransfer.getData('text/plain');
    setDragging(null);
    const from = order.findIndex((m) => m.id === id);
    if (from >= 0) move(from, index, { focus: false });
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" id="members-help">
        {t('huntMembers.help')}
      </Text>
      <div aria-live="polite" role="status">
        <VisuallyHidden>{announcement}</VisuallyHidden>
      </div>
      {order.length === 0 ? (
        <Text>{t('huntMembers.empty')}</Text>
      ) : (
        <Table aria-label={t('huntMembers.listLabel', { name: group.name })} aria-describedby="members-help">
          <Table.Thead>
            <Table.Tr>
              {canWrite && (
                <Table.Th>
                  <VisuallyHidden>{t('huntMembers.dragHandle', { name: '' })}</VisuallyHidden>
                </Table.Th>
              )}
              <Table.Th>{t('huntMembers.position')}</Table.Th>
              <Table.Th>{t('huntMembers.member')}</Table.Th>
              <Table.Th>{t('huntMembers.kind')}</Table.Th>
              <Table.Th>{t('huntMembers.weight')}</Table.Th>
              <Table.Th>{t('huntMembers.loggedIn')}</Table.Th>
              {canWrite && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.map((m, i) => (
              <Table.Tr
                key={m.id}
                ref={(el) => {
                  if (el) rows.current.set(m.id, el);
                  else rows.current.delete(m.id);
                }}
                data-member-id={m.id}
                tabIndex={0}
                aria-label={`${i + 1}. ${nameOf(m)}`}
                draggable={canWrite}
                onDragStart={(e) => {
                  setDragging(m.id);
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', m.id);
                }}
                onDragEnd={() => setDragging(null)}
                onDragOver={(e) => {
                  if (canWrite) e.preventDefault();
                }}
                onDrop={onDrop(i)}
                onKeyDown={onKeyDown(i)}
                style={{ opacity: dragging === m.id ? 0.5 : 1, cursor: canWrite ? 'grab' : undefined }}
              >
                {canWrite && (
                  <Table.Td>
                    <IconGripVertical size={16} aria-hidden="true" />
                  </Table.Td>
                )}
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>{nameOf(m)}</Table.Td>
                <Table.Td>
                  {m.kind === 'user' ? t('huntMembers.kindUser') : t('huntMembers.kindExternal')}
                </Table.Td>
                <Table.Td>
                  {canWrite && group.distribution === 'weighted' ? (
                    <NumberInput
                      aria-label={`${t('huntMembers.weight')} ${nameOf(m)}`}
                      min={1}
                      max={100}
                      allowDecimal={false}
                      defaultValue={m.weight}
                      w={90}
                      size="xs"
                      onBlur={(e) => {
                        const weight = Number(e.currentTarget.value);
                        if (Number.isInteger(weight) && weight !== m.weight)
                          update.mutate({ id: m.id, body: { weight } });
                      }}
                    />
                  ) : (
                    m.weight
                  )}
                </Table.Td>
                <Table.Td>
                  <Switch
                    aria-label={`${t('huntMembers.loggedIn')} ${nameOf(m)}`}
                    checked={m.loggedIn}
                    disabled={!canWrite}
                    onChange={(e) => update.mutate({ id: m.id, body: { loggedIn: e.currentTarget.checked } })}
                  />
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('huntMembers.moveUp', { name: nameOf(m) })}
                        disabled={i === 0}
                        onClick={() => move(i, i - 1, { focus: true })}
                      >
                        <IconArrowUp size={16} aria-hidden="true" />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('huntMembers.moveDown', { name: nameOf(m) })}
                        disabled={i === order.length - 1}
                        onClick={() => move(i, i + 1, { focus: true })}
                      >
                        <IconArrowDown size={16} aria-hidden="true" />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('huntMembers.remove', { name: nameOf(m) })}
                        onClick={() => remove.mutate(m)}
                      >
                        <IconTrash size={16} aria-hidden="true" />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canWrite && (
        <AddMember
          group={group}
          users={users.filter((u) => !order.some((m) => m.userId === u.id))}
          onAdded={(name) => {
            setAnnouncement(t('huntMembers.added', { name }));
            refresh();
          }}
        />
      )}
    </Stack>
  );
}

function AddMember({
  group,
  users,
  onAdded,
}: {
  group: HuntGroupDto;
  users: UserDto[];
  onAdded: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [userId, setUserId] = useState<string | null>(null);
  const [external, setExternal] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: () =>
      huntGroupsApi.addMember(group.id, userId ? { userId } : { externalNumber: external.trim() }),
    onSuccess: (m) => {
      setUserId(null);
      setExternal('');
      setError(null);
      onAdded(m.externalNumber ? formatNational(m.externalNumber) : (m.userName ?? ''));
    },
    onError: (e) => setError(errorText(t, e)),
  });
  return (
    <form
      aria-label={t('huntMembers.add')}
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <Stack gap="xs">
        <Group align="flex-end">
          <Select
            label={t('huntMembers.addUser')}
            searchable
            clearable
            data={users.map((u) => ({ value: u.id, label: u.name }))}
            value={userId}
            onChange={(value) => {
              setUserId(value);
              if (value) setExternal('');
            }}
            w={260}
          />
          <TextInput
            label={t('huntMembers.addExternal')}
            description={t('huntMembers.addExternalHint')}
            inputMode="tel"
            value={external}
            onChange={(e) => {
              setExternal(e.currentTarget.value);
              if (e.currentTarget.value !== '') setUserId(null);
            }}
            w={260}
          />
          <Button type="submit" loading={add.isPending} disabled={!userId && external.trim() === ''}>
            {t('huntMembers.add')}
          </Button>
        </Group>
        <FormAlert message={error} />
      </Stack>
    </form>
  );
}
