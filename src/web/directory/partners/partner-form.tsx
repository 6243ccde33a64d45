import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type PartnerDto, partnerInputSchema } from '../../../core/directory/schemas';
import { FormAlert } from '../../ui/form-alert';
import { useForm } from '../../ui/use-form';
import { PARTNERS, partnersApi } from './queries';

export function PartnerForm({
  partner,
  onDone,
}: {
  partner: PartnerDto | null;
  onDone: (partner: PartnerDto) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ name: partner?.name ?? '', contactEmail: partner?.contactEmail ?? '' });
  const mutation = useMutation({
    mutationFn: (body: ReturnType<typeof partnerInputSchema.parse>) =>
      partner ? partnersApi.update(partner.id, body) : partnersApi.create(body),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: PARTNERS });
      onDone(saved);
    },
    onError: form.fail,
  });
  const onSubmit = form.submit(() => {
    const body = form.validate(partnerInputSchema, {
      name: form.values.name,
      contactEmail: form.values.contactEmail.trim() === '' ? null : form.values.contactEmail,
    });
    if (body) mutation.mutate(body);
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput label={t('partners.name')} required {...form.text('name')} data-autofocus />
        <TextInput label={t('partners.contactEmail')} type="email" {...form.text('contactEmail')} />
        <FormAlert message={form.general} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {partner ? t('common.save') : t('partners.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
