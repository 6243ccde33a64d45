import { Button, Checkbox, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SiteDto } from '../../../core/directory/schemas';
import { type NumberBlockDto, numberBlockInputSchema } from '../../../core/telephony/number-plan';
import { MAX_BLOCK_SIZE } from '../../../core/telephony/numbers';
import { FormAlert } from '../../ui/form-alert';
import { useForm } from '../../ui/use-form';
import { numberPlanApi, useNumberPlanMutation } from './queries';

/** The provider gives the enterprise a block of numbers: the first, how many, where, and whether still porting. */
export function BlockForm({
  enterpriseId,
  sites,
  onDone,
}: {
  enterpriseId: string;
  sites: SiteDto[];
  onDone: (block: NumberBlockDto) => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ first: '', size: 100 as number | string, siteId: '', porting: false });
  const mutation = useNumberPlanMutation(
    (body: ReturnType<typeof numberBlockInputSchema.parse>) => numberPlanApi.createBlock(enterpriseId, body),
    onDone,
    form.fail,
  );
  const v = form.values;
  const onSubmit = form.submit(() => {
    const body = form.validate(numberBlockInputSchema, {
      first: v.first,
      size: typeof v.size === 'number' ? v.size : Number.NaN,
      siteId: v.siteId === '' ? null : v.siteId,
      porting: v.porting,
    });
    if (body) mutation.mutate(body);
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('numberPlan.blocks.first')}
          description={t('numberPlan.blocks.firstHint')}
          required
          inputMode="tel"
          {...form.text('first')}
          data-autofocus
        />
        <NumberInput
          label={t('numberPlan.blocks.sizeLabel')}
          description={t('numberPlan.blocks.sizeHint')}
          required
          min={1}
          max={MAX_BLOCK_SIZE}
          allowDecimal={false}
          value={v.size}
          onChange={(value) => form.set('size', value)}
          error={form.error('size')}
        />
        <Select
          label={t('numberPlan.blocks.site')}
          data={[
            { value: '', label: t('numberPlan.blocks.noSite') },
            ...sites.map((s) => ({ value: s.id, label: s.name })),
          ]}
          allowDeselect={false}
          value={v.siteId}
          onChange={(value) => form.set('siteId', value ?? '')}
          error={form.error('siteId')}
        />
        <Checkbox
          label={t('numberPlan.blocks.porting')}
          checked={v.porting}
          onChange={(e) => form.set('porting', e.currentTarget.checked)}
        />
        <FormAlert message={form.general} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {t('numberPlan.blocks.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
