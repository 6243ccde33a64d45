import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SiteDto, UserDto } from '../../../core/directory/schemas';
import {
  type DeviceDto,
  type DeviceModelDto,
  deviceInputSchema,
  formatMac,
  IDENTIFIER_OF_KIND,
  OWNERSHIPS,
  type Ownership,
} from '../../../core/telephony/devices';
import { limitedToSites } from '../../access/permissions';
import { useMe } from '../../access/session';
import { DateField } from '../../ui/date-field';
import { FormAlert } from '../../ui/form-alert';
import { today } from '../../ui/format';
import { useForm } from '../../ui/use-form';
import { DEVICE_MODELS, DEVICES, devicesApi } from './queries';

/**
 * Add or change a device: its model (the catalogue's active ones), site, user, the MAC or ICCID its
 * kind needs (checked here with the same rules as the server), its lines and ownership. The
 * answer of a save that made lines carries their SIP passwords, which the page shows once.
 */
export function DeviceForm({
  enterpriseId,
  device,
  models,
  sites,
  users,
  onDone,
}: {
  enterpriseId: string;
  device: DeviceDto | null;
  models: DeviceModelDto[];
  sites: SiteDto[];
  users: UserDto[];
  onDone: (device: DeviceDto) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const offered = models.filter((m) => m.active || m.id === device?.modelId);
  const form = useForm({
    label: device?.label ?? '',
    modelId: device?.modelId ?? offered[0]?.id ?? '',
    siteId: device?.siteId ?? (limitedToSites(me) ? (sites[0]?.id ?? '') : (sites[0]?.id ?? '')),
    userId: device?.userId ?? '',
    mac: device?.mac ? formatMac(device.mac) : '',
    iccid: device?.iccid ?? '',
    lines: device ? device.lines.map((l) => l.userId ?? '') : [''],
    ownership: (device?.ownership ?? 'rented') as Ownership,
    ownershipDate: device?.ownershipDate ?? today(),
  });
  const v = form.values;
  const model = models.find((m) => m.id === v.modelId);
  const identifier = model ? IDENTIFIER_OF_KIND[model.kind] : 'mac';
  const mutation = useMutation({
    mutationFn: (body: ReturnType<typeof deviceInputSchema.parse>) =>
      device ? devicesApi.update(device.id, body) : devicesApi.create(enterpriseId, body),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: DEVICES });
      void queryClient.invalidateQueries({ queryKey: DEVICE_MODELS });
      onDone(saved);
    },
    onError: form.fail,
  });
  const setUser = (value: string) => {
    // The first line follows the device's user while it was the user's.
    if (v.lines[0] === v.userId) form.set('lines', [value, ...v.lines.slice(1)]);
    form.set('userId', value);
  };
  const setLineCount = (count: number) => {
    const n = Math.max(1, Math.min(16, Math.floor(count) || 1));
    form.set(
      'lines',
      Array.from({ length: n }, (_, i) => v.lines[i] ?? ''),
    );
  };
  const onSubmit = form.submit(() => {
    const body = form.validate(deviceInputSchema, {
      siteId: v.siteId,
      modelId: v.modelId,
      userId: v.userId === '' ? null : v.userId,
      mac: identifier === 'mac' && v.mac.trim() !== '' ? v.mac : null,
      iccid: identifier === 'iccid' && v.iccid.trim() !== '' ? v.iccid : null,
      label: v.label.trim() === '' ? null : v.label,
      ownership: v.ownership,
      ownershipDate: v.ownershipDate,
      lines: v.lines.map((u) => ({ userId: u === '' ? null : u })),
    });
    if (body) mutation.mutate(body);
  });
  const userOptions = [
    { value: '', label: t('devices.noUser') },
    ...users.map((u) => ({ value: u.id, label: u.name })),
  ];

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Select
          label={t('devices.model')}
          required
          searchable
          allowDeselect={false}
          data={offered.map((m) => ({
            value: m.id,
            label: `${m.vendor} ${m.model} (${t(`deviceKinds.${m.kind}`)})`,
          }))}
          value={v.modelId === '' ? null : v.modelId}
          onChange={(value) => value && form.set('modelId', value)}
          error={form.error('modelId')}
          data-autofocus
        />
        <TextInput label={t('devices.label')} {...form.text('label')} />
        {identifier === 'mac' && (
          <TextInput
            label={t('devices.mac')}
            description={t('devices.macHint')}
            required
            ff="monospace"
            {...form.text('mac')}
          />
        )}
        {identifier === 'iccid' && (
          <TextInput
            label={t('devices.iccid')}
            description={t('devices.iccidHint')}
            required
            ff="monospace"
            inputMode="numeric"
            {...form.text('iccid')}
          />
        )}
        {identifier === 'none' && (
          <Text size="sm" c="dimmed">
            {t('devices.noIdentifier')}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('devices.site')}
            required
            allowDeselect={false}
            data={sites.map((s) => ({ value: s.id, label: s.name }))}
            value={v.siteId === '' ? null : v.siteId}
            onChange={(value) => value && form.set('siteId', value)}
            error={form.error('siteId')}
          />
          <Select
            label={t('devices.user')}
            searchable
            allowDeselect={false}
            data={userOptions}
            value={v.userId}
            onChange={(value) => setUser(value ?? '')}
            error={form.error('userId')}
          />
        </SimpleGrid>
        <NumberInput
          label={t('devices.lineCount')}
          min={1}
          max={model?.maxLines ?? 16}
          allowDecimal={false}
          value={v.lines.length}
          onChange={(value) => setLineCount(typeof value === 'number' ? value : Number(value))}
          error={form.error('lines')}
        />
        {v.lines.map((lineUser, i) => (
          <Select
            // biome-ignore lint/suspicious/noArrayIndexKey: a line is its position
            key={i}
            label={t('devices.lineUser', { line: i + 1 })}
            searchable
            allowDeselect={false}
            data={userOptions}
            value={lineUser}
            onChange={(value) =>
              form.set(
                'lines',
                v.lines.map((u, j) => (j === i ? (value ?? '') : u)),
              )
            }
            error={form.error(`lines.${i}.userId`)}
          />
        ))}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('devices.ownership')}
            required
            allowDeselect={false}
            data={OWNERSHIPS.map((value) => ({ value, label: t(`ownerships.${value}`) }))}
            value={v.ownership}
            onChange={(value) => value && form.set('ownership', value as Ownership)}
            error={form.error('ownership')}
          />
          <DateField
            label={t('devices.ownershipDate')}
            required
            value={v.ownershipDate}
            onChange={(day) => form.set('ownershipDate', day)}
            error={form.error('ownershipDate')}
          />
        </SimpleGrid>
        <FormAlert message={form.general} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {device ? t('common.save') : t('devices.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
