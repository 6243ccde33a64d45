import { Alert, Anchor, Card, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyPhoneInput } from '../../../core/telephony/features';
import { errorText } from '../../ui/error-text';
import { PageHeader } from '../../ui/page-header';
import { MyHuntGroups } from '../hunt-groups/my-hunt-groups';
import { MyAgentState } from '../queues/my-agent-state';
import { FeaturesForm } from './features-form';
import { featuresApi, useFeaturesMutation, useMyPhone } from './queries';
import { NumbersList } from './user-sections';

/** "Mijn telefoon": the end user's own numbers and what it changes itself. */
export function MyPhonePage() {
  const { t } = useTranslation();
  const phone = useMyPhone();
  const done = useRef<{ fail: (e: unknown) => void; reset: () => void } | null>(null);
  const mutation = useFeaturesMutation(
    (body: MyPhoneInput) => featuresApi.setMyPhone(body),
    () => {
      done.current?.reset();
      notifications.show({ color: 'green', message: t('features.saved') });
    },
    (e) => done.current?.fail(e),
  );
  const header = <PageHeader title={t('myPhone.title')} description={t('myPhone.description')} />;
  if (phone.error)
    return (
      <>
        {header}
        <Alert color="yellow">{errorText(t, phone.error)}</Alert>
      </>
    );
  if (!phone.data) return <Loader />;
  return (
    <>
      {header}
      <Stack gap="lg" maw={900}>
        <Card withBorder padding="lg" component="section" aria-labelledby="my-numbers">
          <Text id="my-numbers" fw={700} size="lg" mb="sm" component="h2">
            {t('myPhone.numbers')}
          </Text>
          <NumbersList numbers={phone.data.numbers} />
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="my-features">
          <Text id="my-features" fw={700} size="lg" mb="sm" component="h2">
            {t('userDetail.features')}
          </Text>
          <FeaturesForm
            key={phone.dataUpdatedAt}
            features={phone.data}
            mode="self"
            saving={mutation.isPending}
            onSave={(body, form) => {
              done.current = form;
              mutation.mutate(body as MyPhoneInput);
            }}
          />
        </Card>
        <MyAgentState />
        <MyHuntGroups />
        <Text size="sm">
          {t('myPhone.password')}{' '}
          <Anchor component={Link} to="/profile">
            {t('myPhone.passwordLink')}
          </Anchor>
        </Text>
      </Stack>
    </>
  );
}
