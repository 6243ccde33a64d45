import { Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SiteDto } from '../../../core/directory/schemas';
import {
  DISTRIBUTIONS,
  type Distribution,
  RING_PATTERNS,
  type RingPattern,
} from '../../../core/telephony/distribution';
import {
  DEFAULT_HUNT_AFTER_SECONDS,
  type HuntGroupDto,
  huntGroupInputSchema,
  OVERFLOW_ACTIONS,
  type OverflowAction,
} from '../../../core/telephony/hunt-groups';
import { formatNational } from '../../../core/telephony/numbers';
import { FormAlert } from '../../ui/form-alert';
import { useForm } from '../../ui/use-form';
import { HUNT_GROUPS, huntGroupsApi } from './queries';

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/**
 * A hunt group's settings: name, site, extension and number (from the plan), distribution, the
 * seconds before the next member rings, a total timeout with its destination, what happens when
 * all members are busy or none is reachable, call waiting and ring pattern. Checked with the
 * server's schema before sending; the server's field issues are shown at their fields.
 */
export function HuntGroupForm({
  enterpriseId,
  group,
  sites,
  onDone,
}: {
  enterpriseId: string;
  group: HuntGroupDto | null;
  sites: SiteDto[];
  onDone: (group: HuntGroupDto) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    name: group?.name ?? '',
    siteId: group?.siteId ?? sites[0]?.id ?? '',
    extension: group?.extension ?? '',
    number: group?.number ? formatNational(group.number) : '',
    distribution: (group?.distribution ?? 'regular') as Distribution,
    huntAfterSeconds: group?.huntAfterSeconds ?? DEFAULT_HUNT_AFTER_SECONDS,
    timeoutEnabled: group ? group.timeoutSeconds !== null : false,
    timeoutSeconds: group?.timeoutSeconds ?? 60,
    timeoutDestination: group?.timeoutDestination ?? '',
    busyAction: (group?.busyAction ?? 'busy_tone') as OverflowAction,
    busyDestination: group?.busyDestination ?? '',
    unreachableAction: (group?.unreachableAction ?? 'busy_tone') as OverflowAction,
    unreachableDestination: group?.unreachableDestination ?? '',
    callWaiting: group?.callWaiting ?? false,
    ringPattern: (group?.ringPattern ?? 'normal') as RingPattern,
  });
  const v = form.values;
  const mutation = useMutation({
    mutationFn: (body: ReturnType<typeof huntGroupInputSchema.parse>) =>
      group ? huntGroupsApi.update(group.id, body) : huntGroupsApi.create(enterpriseId, body),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: HUNT_GROUPS });
      void queryClient.invalidateQueries({ queryKey: ['numbers'] });
      onDone(saved);
    },
    onError: form.fail,
  });
  const onSubmit = form.submit(() => {
    const body = form.validate(huntGroupInputSchema, {
      name: v.name,
      siteId: v.siteId,
      extension: orNull(v.extension),
      number: orNull(v.number),
      distribution: v.distribution,
      huntAfterSeconds: v.huntAfterSeconds,
      timeoutSeconds: v.timeoutEnabled ? v.timeoutSeconds : null,
      timeoutDestination: v.timeoutEnabled ? orNull(v.timeoutDestination) : null,
      busyAction: v.busyAction,
      busyDestination: v.busyAction === 'forward' ? orNull(v.busyDestination) : null,
      unreachableAction: v.unreachableAction,
      unreachableDestination: v.unreachableAction === 'forward' ? orNull(v.unreachableDestination) : null,
      callWaiting: v.callWaiting,
      ringPattern: v.ringPattern,
    });
    if (body) mutation.mutate(body);
  });
  const seconds = (key: 'huntAfterSeconds' | 'timeoutSeconds') => (value: string | number) =>
    form.set(key, typeof value === 'number' ? value : Number(value) || 0);

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={group ? t('huntGroups.settings') : t('huntGroups.create')}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('huntGroups.name')} required data-autofocus {...form.text('name')} />
          <Select
            label={t('huntGroups.site')}
            required
            allowDeselect={false}
            data={sites.map((s) => ({ value: s.id, label: s.name }))}
            value={v.siteId === '' ? null : v.siteId}
            onChange={(value) => value && form.set('siteId', value)}
            error={form.error('siteId')}
          />
          <TextInput label={t('huntGroups.extension')} inputMode="numeric" {...form.text('extension')} />
          <TextInput
            label={t('huntGroups.number')}
            description={t('huntGroups.numberHint')}
            inputMode="tel"
            {...form.text('number')}
          />
          <Select
            label={t('huntGroups.distribution')}
            allowDeselect={false}
            data={DISTRIBUTIONS.map((value) => ({ value, label: t(`distributions.${value}`) }))}
            value={v.distribution}
            onChange={(value) => value && form.set('distribution', value as Distribution)}
            error={form.error('distribution')}
          />
          <NumberInput
            label={t('huntGroups.huntAfterSeconds')}
            min={5}
            max={120}
            allowDecimal={false}
            value={v.huntAfterSeconds}
            onChange={seconds('huntAfterSeconds')}
            error={form.error('huntAfterSeconds')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('huntGroups.timeoutEnabled')}
          checked={v.timeoutEnabled}
          onChange={(e) => form.set('timeoutEnabled', e.currentTarget.checked)}
        />
        {v.timeoutEnabled && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('huntGroups.timeoutSeconds')}
              min={10}
              max={3600}
              allowDecimal={false}
              value={v.timeoutSeconds}
              onChange={seconds('timeoutSeconds')}
              error={form.error('timeoutSeconds')}
            />
            <TextInput
              label={t('huntGroups.timeoutDestination')}
              description={t('huntGroups.destinationHint')}
              required
              {...form.text('timeoutDestination')}
            />
          </SimpleGrid>
        )}
        {(['busy', 'unreachable'] as const).map((kind) => {
          const action = kind === 'busy' ? v.busyAction : v.unreachableAction;
          const actionKey = kind === 'busy' ? 'busyAction' : 'unreachableAction';
          const destinationKey = kind === 'busy' ? 'busyDestination' : 'unreachableDestination';
          return (
            <SimpleGrid key={kind} cols={{ base: 1, sm: 2 }}>
              <Select
                label={t(`huntGroups.${actionKey}`)}
                allowDeselect={false}
                data={OVERFLOW_ACTIONS.map((value) => ({ value, label: t(`overflowActions.${value}`) }))}
                value={action}
                onChange={(value) => value && form.set(actionKey, value as OverflowAction)}
                error={form.error(actionKey)}
              />
              {action === 'forward' && (
                <TextInput
                  label={t(`huntGroups.${destinationKey}`)}
                  description={t('huntGroups.destinationHint')}
                  required
                  {...form.text(destinationKey)}
                />
              )}
            </SimpleGrid>
          );
        })}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('huntGroups.ringPattern')}
            allowDeselect={false}
            data={RING_PATTERNS.map((value) => ({ value, label: t(`ringPatterns.${value}`) }))}
            value={v.ringPattern}
            onChange={(value) => value && form.set('ringPattern', value as RingPattern)}
            error={form.error('ringPattern')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('huntGroups.callWaiting')}
          checked={v.callWaiting}
          onChange={(e) => form.set('callWaiting', e.currentTarget.checked)}
        />
        <FormAlert message={form.general} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {group ? t('common.save') : t('huntGroups.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
