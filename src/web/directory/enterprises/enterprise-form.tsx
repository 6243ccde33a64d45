import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type EnterpriseDto, enterpriseInputSchema } from '../../../core/directory/schemas';
import { FormAlert } from '../../ui/form-alert';
import { useForm } from '../../ui/use-form';
import { usePartnerOptions } from '../partners/queries';
import { ENTERPRISES, enterprisesApi } from './queries';

/** A customer: its name, customer number and (optionally) the partner that administers it. */
export function EnterpriseForm({
  enterprise,
  onDone,
}: {
  enterprise: EnterpriseDto | null;
  onDone: (e: EnterpriseDto) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const partners = usePartnerOptions(true);
  const form = useForm({
    name: enterprise?.name ?? '',
    customerNumber: enterprise?.customerNumber ?? '',
    partnerId: enterprise?.partnerId ?? '',
  });
  const mutation = useMutation({
    mutationFn: (body: ReturnType<typeof enterpriseInputSchema.parse>) =>
      enterprise ? enterprisesApi.update(enterprise.id, body) : enterprisesApi.create(body),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ENTERPRISES });
      void queryClient.invalidateQueries({ queryKey: ['partners'] });
      onDone(saved);
    },
    onError: form.fail,
  });
  const v = form.values;
  const onSubmit = form.submit(() => {
    const body = form.validate(enterpriseInputSchema, {
      name: v.name,
      customerNumber: v.customerNumber.trim() === '' ? null : v.customerNumber,
      partnerId: v.partnerId === '' ? null : v.partnerId,
    });
    if (body) mutation.mutate(body);
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput label={t('enterprises.name')} required {...form.text('name')} data-autofocus />
        <TextInput label={t('enterprises.customerNumber')} {...form.text('customerNumber')} />
        <Select
          label={t('enterprises.partner')}
          placeholder={t('enterprises.noPartner')}
          clearable
          data={(partners.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={v.partnerId || null}
          onChange={(value) => form.set('partnerId', value ?? '')}
          error={form.error('partnerId')}
        />
        <FormAlert message={form.general} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {enterprise ? t('common.save') : t('enterprises.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
