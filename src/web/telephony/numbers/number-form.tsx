import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SiteDto } from '../../../core/directory/schemas';
import { type NumberDto, numberPatchSchema } from '../../../core/telephony/number-plan';
import { FormAlert } from '../../ui/form-alert';
import { useForm } from '../../ui/use-form';
import { numberPlanApi, useNumberPlanMutation } from './queries';

const SETTABLE = ['free', 'reserved', 'porting'] as const;

/**
 * A number's state (free, reserved, porting: an assigned one is freed at its user), the site it
 * is allocated to and a note. A site admin can only choose among its own sites.
 */
export function NumberForm({
  number,
  sites,
  wholeEnterprise,
  onDone,
}: {
  number: NumberDto;
  sites: SiteDto[];
  /** Whether the viewer may allocate the number to the whole enterprise (not a site admin). */
  wholeEnterprise: boolean;
  onDone: (number: NumberDto) => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    state: number.state as string,
    siteId: number.siteId ?? '',
    note: number.note ?? '',
  });
  const mutation = useNumberPlanMutation(
    (body: ReturnType<typeof numberPatchSchema.parse>) => numberPlanApi.updateNumber(number.id, body),
    onDone,
    form.fail,
  );
  const v = form.values;
  const assigned = number.state === 'assigned';
  const onSubmit = form.submit(() => {
    const body = form.validate(numberPatchSchema, {
      ...(assigned ? {} : { state: v.state }),
      siteId: v.siteId === '' ? null : v.siteId,
      note: v.note.trim() === '' ? null : v.note,
    });
    if (body) mutation.mutate(body);
  });
  const siteOptions = [
    ...(wholeEnterprise ? [{ value: '', label: t('numberPlan.numbers.noSite') }] : []),
    ...sites.map((s) => ({ value: s.id, label: s.name })),
  ];

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Select
          label={t('numberPlan.numbers.state')}
          description={assigned ? t('numberPlan.numbers.stateHint') : undefined}
          disabled={assigned}
          allowDeselect={false}
          data={(assigned ? ['assigned'] : SETTABLE).map((value) => ({
            value,
            label: t(`numberPlan.states.${value}`),
          }))}
          value={v.state}
          onChange={(value) => value && form.set('state', value)}
          error={form.error('state')}
          data-autofocus
        />
        <Select
          label={t('numberPlan.numbers.siteLabel')}
          allowDeselect={false}
          data={siteOptions}
          value={v.siteId}
          onChange={(value) => form.set('siteId', value ?? '')}
          error={form.error('siteId')}
        />
        <Textarea
          label={t('numberPlan.numbers.noteLabel')}
          description={t('numberPlan.numbers.noteHint')}
          autosize
          minRows={2}
          maxLength={200}
          {...form.text('note')}
        />
        <FormAlert message={form.general} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
