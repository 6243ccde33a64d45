import { Button, Group, NumberInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type TelephonySettingsDto, telephonySettingsInputSchema } from '../../../core/telephony/number-plan';
import { MAX_EXTENSION_LENGTH, MIN_EXTENSION_LENGTH } from '../../../core/telephony/numbers';
import { FormAlert } from '../../ui/form-alert';
import { useForm } from '../../ui/use-form';
import { numberPlanApi, useNumberPlanMutation } from './queries';

/** The length of the enterprise's extensions (2–6 digits), while it has none yet. */
export function SettingsForm({
  settings,
  onDone,
}: {
  settings: TelephonySettingsDto;
  onDone: (settings: TelephonySettingsDto) => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ extensionLength: settings.extensionLength as number | string });
  const mutation = useNumberPlanMutation(
    (body: ReturnType<typeof telephonySettingsInputSchema.parse>) =>
      numberPlanApi.updateSettings(settings.enterpriseId, body),
    onDone,
    form.fail,
  );
  const onSubmit = form.submit(() => {
    const value = form.values.extensionLength;
    const body = form.validate(telephonySettingsInputSchema, {
      extensionLength: typeof value === 'number' ? value : Number.NaN,
    });
    if (body) mutation.mutate(body);
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <NumberInput
          label={t('numberPlan.settings.lengthLabel')}
          description={t('numberPlan.settings.lengthHint')}
          required
          min={MIN_EXTENSION_LENGTH}
          max={MAX_EXTENSION_LENGTH}
          allowDecimal={false}
          value={form.values.extensionLength}
          onChange={(value) => form.set('extensionLength', value)}
          error={form.error('extensionLength')}
          data-autofocus
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
