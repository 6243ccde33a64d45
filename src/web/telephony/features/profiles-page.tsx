import { Alert, Button, Checkbox, Group, Loader, ScrollArea, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFILE_NAMES, PROFILES, type Profile } from '../../../core/directory/profiles';
import { FEATURES, type Feature, type ProfilesDto } from '../../../core/telephony/feature-matrix';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { errorText } from '../../ui/error-text';
import { FormAlert } from '../../ui/form-alert';
import { PageHeader } from '../../ui/page-header';
import { featuresApi, useFeaturesMutation, useProfiles } from './queries';

/** The provider's page of the profiles' feature matrix: a checkbox per profile × feature, saved per profile. */
export function ProfilesPage() {
  const { t } = useTranslation();
  const profiles = useProfiles();
  return (
    <>
      <PageHeader title={t('profileMatrix.title')} description={t('profileMatrix.description')} />
      {profiles.error ? (
        <Alert color="red">{errorText(t, profiles.error)}</Alert>
      ) : profiles.data ? (
        <Matrix key={profiles.dataUpdatedAt} data={profiles.data} />
      ) : (
        <Loader />
      )}
    </>
  );
}

function Matrix({ data }: { data: ProfilesDto }) {
  const { t } = useTranslation();
  const me = useMe();
  const canWrite = mayWrite(me, 'profiles.write');
  const [chosen, setChosen] = useState<Record<Profile, Set<Feature>>>(
    () =>
      Object.fromEntries(data.profiles.map((p) => [p.profile, new Set(p.features)])) as Record<
        Profile,
        Set<Feature>
      >,
  );
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useFeaturesMutation(
    ({ profile, features }: { profile: Profile; features: Feature[] }) =>
      featuresApi.setProfile(profile, features),
    (_result) => {
      setProblem(null);
      notifications.show({ color: 'green', message: t('features.saved') });
    },
    (e) => setProblem(errorText(t, e)),
  );
  const toggle = (profile: Profile, feature: Feature, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current[profile]);
      if (on) next.add(feature);
      else next.delete(feature);
      return { ...current, [profile]: next };
    });
  const changed = (profile: Profile) => {
    const saved = data.profiles.find((p) => p.profile === profile)?.features ?? [];
    return saved.length !== chosen[profile].size || saved.some((f) => !chosen[profile].has(f));
  };

  return (
    <>
      <ScrollArea type="auto">
        <Table striped highlightOnHover withTableBorder aria-label={t('profileMatrix.title')} miw={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('profileMatrix.feature')}</Table.Th>
              {PROFILES.map((profile) => (
                <Table.Th key={profile} scope="col" ta="center">
                  {PROFILE_NAMES[profile]}
                  <Text size="xs" c="dimmed" fw={400} maw={170} mx="auto" style={{ whiteSpace: 'normal' }}>
                    {t(`profileMatrix.numberRules.${profile}`)}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {FEATURES.map((feature) => (
              <Table.Tr key={feature}>
                <Table.Th scope="row" fw={500}>
                  {t(`features.names.${feature}`)}
                </Table.Th>
                {PROFILES.map((profile) => (
                  <Table.Td key={profile} ta="center">
                    <Checkbox
                      style={{ display: 'inline-block' }}
                      aria-label={`${PROFILE_NAMES[profile]}: ${t(`features.names.${feature}`)}`}
                      checked={chosen[profile].has(feature)}
                      disabled={!canWrite}
                      onChange={(e) => toggle(profile, feature, e.currentTarget.checked)}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <FormAlert message={problem} />
      {canWrite && (
        <Group justify="flex-end" mt="md">
          {PROFILES.map((profile) => (
            <Button
              key={profile}
              variant={changed(profile) ? 'filled' : 'default'}
              disabled={!changed(profile)}
              loading={mutation.isPending && mutation.variables?.profile === profile}
              onClick={() =>
                mutation.mutate({ profile, features: FEATURES.filter((f) => chosen[profile].has(f)) })
              }
            >
              {t('profileMatrix.save', { profile: PROFILE_NAMES[profile] })}
            </Button>
          ))}
        </Group>
      )}
    </>
  );
}
