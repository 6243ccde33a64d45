import { Button, Group, NumberInput, Select, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  DEVICE_KINDS,
  type DeviceKind,
  type DeviceModelDto,
  deviceModelInputSchema,
  MAX_MODEL_LINES,
  MIN_MODEL_LINES,
} from '../../../core/telephony/devices';
import { FormAlert } from '../../ui/form-alert';
import { useForm } from '../../ui/use-form';
import { DEVICE_MODELS, DEVICES, devicesApi } from './queries';

/** Add a model to the catalogue or change one (the provider). */
export function DeviceModelForm({
  model,
  onDone,
}: {
  model: DeviceModelDto | null;
  onDone: (model: DeviceModelDto) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    vendor: model?.vendor ?? '',
    model: model?.model ?? '',
    kind: (model?.kind ?? 'desk_phone') as DeviceKind,
    maxLines: model?.maxLines ?? 1,
    description: model?.description ?? '',
    active: model?.active ?? true,
  });
  const mutation = useMutation({
    mutationFn: (body: ReturnType<typeof deviceModelInputSchema.parse>) =>
      model ? devicesApi.updateModel(model.id, body) : devicesApi.createModel(body),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: DEVICE_MODELS });
      void queryClient.invalidateQueries({ queryKey: DEVICES });
      onDone(saved);
    },
    onError: form.fail,
  });
  const v = form.values;
  const onSubmit = form.submit(() => {
    const body = form.validate(deviceModelInputSchema, {
      ...v,
      description: v.description.trim() === '' ? null : v.description,
    });
    if (body) mutation.mutate(body);
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput label={t('deviceCatalogue.vendor')} required {...form.text('vendor')} data-autofocus />
        <TextInput label={t('deviceCatalogue.model')} required {...form.text('model')} />
        <Select
          label={t('deviceCatalogue.kind')}
          required
          allowDeselect={false}
          data={DEVICE_KINDS.map((value) => ({ value, label: t(`deviceKinds.${value}`) }))}
          value={v.kind}
          onChange={(value) => value && form.set('kind', value as DeviceKind)}
          error={form.error('kind')}
        />
        <NumberInput
          label={t('deviceCatalogue.maxLines')}
          description={t('deviceCatalogue.maxLinesHint')}
          required
          min={MIN_MODEL_LINES}
          max={MAX_MODEL_LINES}
          allowDecimal={false}
          value={v.maxLines}
          onChange={(value) => form.set('maxLines', typeof value === 'number' ? value : Number(value) || 0)}
          error={form.error('maxLines')}
        />
        <Textarea
          label={t('deviceCatalogue.descriptionField')}
          autosize
          minRows={2}
          {...form.text('description')}
        />
        <Switch
          label={t('deviceCatalogue.active')}
          checked={v.active}
          onChange={(e) => form.set('active', e.currentTarget.checked)}
        />
        <FormAlert message={form.general} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {model ? t('common.save') : t('deviceCatalogue.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
