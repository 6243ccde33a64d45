import { Group, Select, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  DESTINATION_TYPES,
  type Destination,
  type DestinationType,
} from '../../../core/telephony/incoming-routes';

export type Option = { value: string; label: string };
export type Pickers = {
  users: Option[];
  huntGroups: Option[];
  queues: Option[];
  attendants: Option[];
};

const MENU_CHOICES = ['own', 'businessHours', 'afterHours', 'holiday'] as const;

function defaultDestination(type: DestinationType, p: Pickers): Destination {
  switch (type) {
    case 'user':
      return { type, id: p.users[0]?.value ?? '' };
    case 'voicemail':
      return { type, userId: p.users[0]?.value ?? '' };
    case 'hunt_group':
      return { type, id: p.huntGroups[0]?.value ?? '' };
    case 'queue':
      return { type, id: p.queues[0]?.value ?? '' };
    case 'auto_attendant':
      return { type, id: p.attendants[0]?.value ?? '', menus: null };
    case 'number':
      return { type, number: '' };
  }
}

/** A destination of one period: its kind, then what that kind needs. `none` (if given) leaves it empty. */
export function DestinationField({
  label,
  hint,
  value,
  none,
  pickers,
  disabled,
  onChange,
}: {
  label: string;
  hint: string;
  value: Destination | null;
  /** The label of "no destination of its own", when the period may have none. */
  none?: string;
  pickers: Pickers;
  disabled: boolean;
  onChange: (d: Destination | null) => void;
}) {
  const { t } = useTranslation();
  const kinds: Option[] = [
    ...(none ? [{ value: '', label: none }] : []),
    ...DESTINATION_TYPES.map((k) => ({ value: k, label: t(`incomingRoutes.destinationTypes.${k}`) })),
  ];
  const objects = (type: DestinationType): Option[] =>
    type === 'hunt_group'
      ? pickers.huntGroups
      : type === 'queue'
        ? pickers.queues
        : type === 'auto_attendant'
          ? pickers.attendants
          : pickers.users;
  return (
    <Group gap="xs" align="flex-start" wrap="wrap" role="group" aria-label={label}>
      <div style={{ width: 170 }}>
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      </div>
      <Select
        aria-label={`${label}: ${t('incomingRoutes.destinationType')}`}
        data={kinds}
        value={value?.type ?? ''}
        onChange={(v) => onChange(v ? defaultDestination(v as DestinationType, pickers) : null)}
        allowDeselect={false}
        disabled={disabled}
        w={210}
      />
      {value?.type === 'number' && (
        <TextInput
          aria-label={`${label}: ${t('incomingRoutes.outsideNumber')}`}
          placeholder="06 1234 5678"
          value={value.number}
          onChange={(e) => onChange({ type: 'number', number: e.currentTarget.value })}
          disabled={disabled}
          w={200}
        />
      )}
      {value !== null && value.type !== 'number' && (
        <Select
          aria-label={`${label}: ${t(`incomingRoutes.destinationTypes.${value.type}`)}`}
          placeholder={t('incomingRoutes.choose')}
          data={objects(value.type)}
          value={(value.type === 'voicemail' ? value.userId : value.id) || null}
          onChange={(v) =>
            onChange(value.type === 'voicemail' ? { ...value, userId: v ?? '' } : { ...value, id: v ?? '' })
          }
          searchable
          allowDeselect={false}
          disabled={disabled}
          w={220}
        />
      )}
      {value?.type === 'auto_attendant' && (
        <Select
          aria-label={`${label}: ${t('incomingRoutes.attendantMenus')}`}
          data={MENU_CHOICES.map((m) => ({ value: m, label: t(`incomingRoutes.menus.${m}`) }))}
          value={value.menus ?? 'own'}
          onChange={(v) =>
            onChange({ ...value, menus: v === 'own' || v === null ? null : (v as typeof value.menus) })
          }
          allowDeselect={false}
          disabled={disabled}
          w={200}
        />
      )}
    </Group>
  );
}

/** A destination in words: "Keuzemenu Hoofdmenu (buiten kantoortijden)". */
export function destinationText(
  t: (key: string, options?: Record<string, unknown>) => string,
  d: Destination | null,
  names: Record<string, string>,
): string {
  if (d === null) return t('incomingRoutes.unset');
  const kind = t(`incomingRoutes.destinationTypes.${d.type}`);
  switch (d.type) {
    case 'number':
      return `${kind} ${d.number}`;
    case 'voicemail':
      return `${kind} ${names[d.userId] ?? ''}`.trim();
    case 'auto_attendant':
      return `${kind} ${names[d.id] ?? ''} (${t(`incomingRoutes.menus.${d.menus ?? 'own'}`)})`;
    default:
      return `${kind} ${names[d.id] ?? ''}`.trim();
  }
}
