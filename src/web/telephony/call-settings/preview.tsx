import { Alert, Badge, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '../../../core/directory/schemas';
import { type Identity, presentedIdentity } from '../../../core/telephony/call-settings';
import { formatNational, parsePhoneNumber } from '../../../core/telephony/numbers';
import { useUsers } from '../../directory/users/queries';
import type { CallSettingsValues } from './call-settings-page';
import { usePreviewUser } from './queries';

/** A number as typed or picked, in E.164 (null when it is none). */
const e164 = (value: string | null): string | null =>
  value === null ? null : (parsePhoneNumber(value)?.e164 ?? null);

/**
 * "What a call of <user> shows": presentedIdentity (the rule the routing engine uses) on the
 * chosen user's caller-ID choice and numbers and on the settings as they stand in the form.
 */
export function IdentityPreview({
  enterpriseId,
  values,
}: {
  enterpriseId: string;
  values: CallSettingsValues;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [user, setUser] = useState<UserDto | null>(null);
  const users = useUsers(enterpriseId, search.trim() === '' ? {} : { q: search.trim() }, { pageSize: 50 });
  const { features, numbers } = usePreviewUser(user?.id ?? null);
  const options = users.rows.map((u) => ({
    value: u.id,
    label: u.email ? `${u.name} (${u.email})` : u.name,
  }));
  if (user !== null && !options.some((o) => o.value === user.id))
    options.unshift({ value: user.id, label: user.name });

  const identity =
    user !== null && features.data && numbers.data
      ? presentedIdentity(
          {
            name: user.name,
            profile: user.profile,
            siteId: user.siteId,
            callerId: features.data.callerId,
            fixedNumber: numbers.data.fixed?.number ?? null,
            mobileNumber: numbers.data.mobile?.number ?? null,
          },
          {
            displayName: values.presentation.displayName.trim(),
            mainNumber: e164(values.presentation.mainNumber),
            sites: values.presentation.sites.map((s) => ({
              siteId: s.siteId,
              mainNumber: e164(s.mainNumber),
              displayName: s.displayName.trim() === '' ? null : s.displayName.trim(),
            })),
          },
        )
      : null;
  const numberText = (i: Identity) =>
    i.number === null ? t('callSettings.preview.noNumber') : formatNational(i.number);

  return (
    <Stack gap="xs" aria-labelledby="call-settings-preview-title">
      <Text fw={600} id="call-settings-preview-title">
        {t('callSettings.preview.title')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('callSettings.preview.description')}
      </Text>
      <Select
        label={t('callSettings.preview.user')}
        placeholder={t('callSettings.preview.userPlaceholder')}
        data={options}
        searchable
        clearable
        w={360}
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options: all }) => all}
        value={user?.id ?? null}
        onChange={(id) => setUser(users.rows.find((u) => u.id === id) ?? null)}
        name="previewUser"
      />
      {user !== null && identity !== null && features.data && (
        <Alert
          variant="light"
          color={identity.withheld ? 'gray' : 'blue'}
          aria-live="polite"
          data-testid="identity-preview"
        >
          <Stack gap={4}>
            <Group gap="xs">
              <Text size="sm">{t('callSettings.preview.shows', { user: user.name })}</Text>
              <Badge variant="outline">{t(`callSettings.preview.mode.${features.data.callerId}`)}</Badge>
            </Group>
            {identity.presented ? (
              <Text size="sm">
                <Text span ff="monospace" fw={600}>
                  {numberText(identity.presented)}
                </Text>{' '}
                · {identity.presented.name} (
                {t(`callSettings.preview.source.${identity.presented.numberSource}`)})
              </Text>
            ) : (
              <>
                <Text size="sm" fw={600}>
                  {t('callSettings.preview.withheld')}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('callSettings.preview.network', {
                    number: numberText(identity.network),
                    name: identity.network.name,
                  })}
                </Text>
              </>
            )}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
