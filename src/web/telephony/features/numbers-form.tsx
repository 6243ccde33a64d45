import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '../../../core/directory/schemas';
import { type UserNumbersDto, userNumbersInputSchema } from '../../../core/telephony/number-plan';
import { profileHasRole } from '../../../core/telephony/profile-numbers';
import { api } from '../../api/client';
import { useInvalidatingMutation } from '../../api/use-invalidating-mutation';
import { USERS } from '../../directory/users/queries';
import { FormAlert } from '../../ui/form-alert';
import { useForm } from '../../ui/use-form';
import { NUMBER_PLAN } from '../numbers/queries';
import { FEATURES_KEY } from './queries';

/**
 * A user's extension and numbers (any usual notation; empty for none), as its profile allows:
 * a number the profile cannot hold is not offered. The API checks the plan, the kind and the site.
 */
export function NumbersForm({ user, numbers }: { user: UserDto; numbers: UserNumbersDto }) {
  const { t } = useTranslation();
  const form = useForm({
    extension: numbers.extension ?? '',
    fixed: numbers.fixed?.national ?? '',
    mobile: numbers.mobile?.national ?? '',
  });
  // The user's numbers show in the number plan and in the users list too: both read again.
  const mutation = useInvalidatingMutation(
    [FEATURES_KEY, NUMBER_PLAN, USERS],
    (body: unknown) => api.put<UserNumbersDto>(`/api/users/${user.id}/numbers`, body),
    () => notifications.show({ color: 'green', message: t('features.saved') }),
    form.fail,
  );
  const orNull = (value: string) => (value.trim() === '' ? null : value);
  const onSubmit = form.submit(() => {
    const body = form.validate(userNumbersInputSchema, {
      extension: orNull(form.values.extension),
      fixed: orNull(form.values.fixed),
      mobile: orNull(form.values.mobile),
    });
    if (body) mutation.mutate(body);
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('userDetail.numbers')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('userDetail.extension')}
            inputMode="numeric"
            maxLength={6}
            {...form.text('extension')}
          />
          <TextInput
            label={t('userDetail.fixed')}
            disabled={!profileHasRole(user.profile, 'fixed')}
            {...form.text('fixed')}
          />
          <TextInput
            label={t('userDetail.mobile')}
            disabled={!profileHasRole(user.profile, 'mobile')}
            {...form.text('mobile')}
          />
        </SimpleGrid>
        <FormAlert message={form.general} />
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={mutation.isPending}>
            {t('userDetail.saveNumbers')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
