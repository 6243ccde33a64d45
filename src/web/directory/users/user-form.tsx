import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PROFILES } from '../../../core/directory/profiles';
import { type SiteDto, type UserDto, userInputSchema } from '../../../core/directory/schemas';
import { isProviderStaff, limitedToSites } from '../../access/permissions';
import { useMe } from '../../access/session';
import { FormAlert } from '../../ui/form-alert';
import { useForm } from '../../ui/use-form';
import { USERS, usersApi } from './queries';

/**
 * Create or change a user. A customer cannot change the profile of an existing user: that is a
 * change request to the provider (guide §3.3), so the field is locked with that explanation.
 */
export function UserForm({
  enterpriseId,
  user,
  sites,
  onDone,
}: {
  enterpriseId: string;
  user: UserDto | null;
  sites: SiteDto[];
  onDone: (user: UserDto) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const siteRequired = limitedToSites(me);
  const profileLocked = user !== null && !isProviderStaff(me);
  const form = useForm({
    name: user?.name ?? '',
    email: user?.email ?? '',
    siteId: user?.siteId ?? (siteRequired ? (sites[0]?.id ?? '') : ''),
    profile: user?.profile ?? 'vast',
  });
  const mutation = useMutation({
    mutationFn: (body: ReturnType<typeof userInputSchema.parse>) =>
      user ? usersApi.update(user.id, body) : usersApi.create(enterpriseId, body),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: USERS });
      void queryClient.invalidateQueries({ queryKey: ['enterprises'] });
      void queryClient.invalidateQueries({ queryKey: ['sites'] });
      onDone(saved);
    },
    onError: form.fail,
  });
  const v = form.values;
  const onSubmit = form.submit(() => {
    const body = form.validate(userInputSchema, {
      name: v.name,
      email: v.email.trim() === '' ? null : v.email,
      siteId: v.siteId === '' ? null : v.siteId,
      profile: v.profile,
    });
    if (body) mutation.mutate(profileLocked ? { ...body, profile: user.profile } : body);
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput label={t('users.name')} required {...form.text('name')} data-autofocus />
        <TextInput label={t('users.email')} type="email" {...form.text('email')} />
        <Select
          label={t('users.site')}
          required={siteRequired}
          clearable={!siteRequired}
          placeholder={t('users.noSite')}
          data={sites.map((s) => ({ value: s.id, label: s.name }))}
          value={v.siteId === '' ? null : v.siteId}
          onChange={(value) => form.set('siteId', value ?? '')}
          error={form.error('siteId')}
        />
        <Select
          label={t('users.profile')}
          required
          allowDeselect={false}
          disabled={profileLocked}
          description={profileLocked ? t('users.profileChangeRequest') : t('users.profileHint')}
          data={PROFILES.map((value) => ({ value, label: t(`profiles.${value}`) }))}
          value={v.profile}
          onChange={(value) => value && form.set('profile', value as typeof v.profile)}
          error={form.error('profile')}
        />
        <FormAlert message={form.general} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {user ? t('common.save') : t('users.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
