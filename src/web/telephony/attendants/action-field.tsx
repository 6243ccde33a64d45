import { Checkbox, Group, Select, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ACTION_KINDS,
  type ActionKind,
  type Menu,
  type MenuAction,
  type TransferTarget,
} from '../../../core/telephony/attendants';

export type Option = { value: string; label: string };
export type Pickers = {
  users: Option[];
  attendants: Option[];
  huntGroups: Option[] | null;
  queues: Option[] | null;
  audio: Option[];
};

const TARGET_TYPES = [
  'user',
  'extension',
  'number',
  'operator',
  'auto_attendant',
  'hunt_group',
  'queue',
] as const;
const NEW_SUBMENU = '__new__';

function defaultTarget(type: (typeof TARGET_TYPES)[number], p: Pickers): TransferTarget {
  switch (type) {
    case 'extension':
      return { type, extension: '' };
    case 'number':
      return { type, number: '' };
    case 'operator':
      return { type };
    case 'user':
      return { type, id: p.users[0]?.value ?? '' };
    case 'auto_attendant':
      return { type, id: p.attendants[0]?.value ?? '' };
    case 'hunt_group':
      return { type, id: p.huntGroups?.[0]?.value ?? '' };
    case 'queue':
      return { type, id: p.queues?.[0]?.value ?? '' };
  }
}

/** One action of a key, the timeout or invalid input: its kind, then what that kind needs. */
export function ActionField({
  label,
  value,
  allowNone,
  menus,
  currentMenuId,
  pickers,
  onChange,
  onNewSubmenu,
}: {
  label: string;
  value: MenuAction | undefined;
  allowNone: boolean;
  menus: Menu[];
  currentMenuId: string;
  pickers: Pickers;
  onChange: (action: MenuAction | undefined) => void;
  onNewSubmenu: () => void;
}) {
  const { t } = useTranslation();
  const kinds: Option[] = [
    ...(allowNone ? [{ value: '', label: t('attendants.noAction') }] : []),
    ...ACTION_KINDS.map((k) => ({ value: k, label: t(`attendants.actionKinds.${k}`) })),
  ];
  const setKind = (kind: ActionKind | '') => {
    if (kind === '') return onChange(undefined);
    switch (kind) {
      case 'transfer':
        return onChange({ kind, announce: false, target: defaultTarget('user', pickers) });
      case 'submenu': {
        const other = menus.find((m) => m.id !== currentMenuId && m.id !== menus[0]?.id);
        if (other) return onChange({ kind, menuId: other.id });
        return onNewSubmenu();
      }
      case 'voicemail':
        return onChange({ kind, userId: pickers.users[0]?.value ?? '' });
      case 'announcement':
        return onChange({ kind, greeting: { kind: 'text', text: '' } });
      default:
        return onChange({ kind });
    }
  };
  const picker = (options: Option[] | null, id: string, set: (id: string) => void, aria: string) =>
    options === null ? (
      <Text size="sm" c="dimmed">
        {t('attendants.notAvailable')}
      </Text>
    ) : (
      <Select
        aria-label={aria}
        placeholder={t('attendants.chooseTarget')}
        data={options}
        value={id || null}
        onChange={(v) => set(v ?? '')}
        searchable
        w={220}
      />
    );

  return (
    <Group gap="xs" align="center" wrap="wrap">
      <Text size="sm" w={150} fw={500}>
        {label}
      </Text>
      <Select
        aria-label={`${label}: ${t('attendants.action')}`}
        data={kinds}
        value={value?.kind ?? ''}
        onChange={(v) => setKind((v ?? '') as ActionKind | '')}
        w={230}
        allowDeselect={false}
      />
      {value?.kind === 'transfer' && (
        <>
          <Select
            aria-label={`${label}: ${t('attendants.targetType')}`}
            data={TARGET_TYPES.map((tt) => ({
              value: tt,
              label: `${t(`attendants.targetTypes.${tt}`)}${(tt === 'hunt_group' && pickers.huntGroups === null) || (tt === 'queue' && pickers.queues === null) ? ` (${t('attendants.notAvailable')})` : ''}`,
              disabled:
                (tt === 'hunt_group' && pickers.huntGroups === null) ||
                (tt === 'queue' && pickers.queues === null),
            }))}
            value={value.target.type}
            onChange={(v) =>
              v && onChange({ ...value, target: defaultTarget(v as (typeof TARGET_TYPES)[number], pickers) })
            }
            allowDeselect={false}
            w={190}
          />
          {value.target.type === 'extension' && (
            <TextInput
              aria-label={`${label}: ${t('attendants.targetTypes.extension')}`}
              value={value.target.extension}
              onChange={(e) =>
                onChange({ ...value, target: { type: 'extension', extension: e.currentTarget.value } })
              }
              w={110}
            />
          )}
          {value.target.type === 'number' && (
            <TextInput
              aria-label={`${label}: ${t('attendants.targetTypes.number')}`}
              placeholder="020 794 0000"
              value={value.target.number}
              onChange={(e) =>
                onChange({ ...value, target: { type: 'number', number: e.currentTarget.value } })
              }
              w={170}
            />
          )}
          {(value.target.type === 'user' ||
            value.target.type === 'auto_attendant' ||
            value.target.type === 'hunt_group' ||
            value.target.type === 'queue') &&
            picker(
              {
                user: pickers.users,
                auto_attendant: pickers.attendants,
                hunt_group: pickers.huntGroups,
                queue: pickers.queues,
              }[value.target.type],
              value.target.id,
              (id) => {
                const type = (value.target as { type: 'user' | 'auto_attendant' | 'hunt_group' | 'queue' })
                  .type;
                onChange({ ...value, target: { type, id } });
              },
              `${label}: ${t(`attendants.targetTypes.${value.target.type}`)}`,
            )}
          <Checkbox
            label={t('attendants.announce')}
            checked={value.announce}
            onChange={(e) => onChange({ ...value, announce: e.currentTarget.checked })}
          />
        </>
      )}
      {value?.kind === 'submenu' && (
        <Select
          aria-label={`${label}: ${t('attendants.chooseMenu')}`}
          data={[
            ...menus.filter((m) => m.id !== currentMenuId).map((m) => ({ value: m.id, label: m.name })),
            { value: NEW_SUBMENU, label: t('attendants.newSubmenu') },
          ]}
          value={value.menuId}
          onChange={(v) =>
            v === NEW_SUBMENU ? onNewSubmenu() : v && onChange({ kind: 'submenu', menuId: v })
          }
          allowDeselect={false}
          w={220}
        />
      )}
      {value?.kind === 'voicemail' &&
        picker(
          pickers.users,
          value.userId,
          (id) => onChange({ kind: 'voicemail', userId: id }),
          `${label}: ${t('attendants.chooseUser')}`,
        )}
      {value?.kind === 'announcement' && (
        <Group gap="xs" align="flex-start">
          <Select
            aria-label={`${label}: ${t('attendants.greeting')}`}
            data={[
              { value: 'text', label: t('attendants.greetingKinds.text') },
              { value: 'audio', label: t('attendants.greetingKinds.audio') },
            ]}
            value={value.greeting.kind}
            onChange={(v) =>
              onChange({
                kind: 'announcement',
                greeting:
                  v === 'audio'
                    ? { kind: 'audio', audioId: pickers.audio[0]?.value ?? '' }
                    : { kind: 'text', text: '' },
              })
            }
            allowDeselect={false}
            w={190}
          />
          {value.greeting.kind === 'text' ? (
            <Textarea
              aria-label={`${label}: ${t('attendants.announcementText')}`}
              value={value.greeting.text}
              onChange={(e) =>
                onChange({ kind: 'announcement', greeting: { kind: 'text', text: e.currentTarget.value } })
              }
              autosize
              minRows={1}
              w={300}
            />
          ) : (
            picker(
              pickers.audio,
              value.greeting.audioId,
              (id) => onChange({ kind: 'announcement', greeting: { kind: 'audio', audioId: id } }),
              `${label}: ${t('attendants.audioFile')}`,
            )
          )}
        </Group>
      )}
    </Group>
  );
}
