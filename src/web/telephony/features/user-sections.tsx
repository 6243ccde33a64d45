import { Alert, Anchor, Card, Loader, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type ComponentType, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserDto } from '../../../core/directory/schemas';
import { formatMac } from '../../../core/telephony/devices';
import type { UserNumbersDto } from '../../../core/telephony/number-plan';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { useUsers } from '../../directory/users/queries';
import { enterprisePath } from '../../shell/navigation';
import { errorText } from '../../ui/error-text';
import { useDevices } from '../devices/queries';
import { UserCallRestrictions } from '../restrictions/user-call-restrictions';
import { FeaturesForm } from './features-form';
import { NumbersForm } from './numbers-form';
import { featuresApi, useFeaturesMutation, useUserFeatures, useUserNumbers } from './queries';

/**
 * The sections of a user's detail page, in order: each is a title and a component of the user.
 * Another part of telephony (call restrictions, devices) adds its section with one line here.
 */
export type UserSection = { key: string; title: string; Component: ComponentType<{ user: UserDto }> };

export const USER_SECTIONS: readonly UserSection[] = [
  { key: 'numbers', title: 'userDetail.numbers', Component: NumbersSection },
  { key: 'features', title: 'userDetail.features', Component: FeaturesSection },
  { key: 'callRestrictions', title: 'userDetail.callRestrictions', Component: CallRestrictionsSection },
  { key: 'devices', title: 'userDetail.devices', Component: DevicesSection },
];

function CallRestrictionsSection({ user }: { user: UserDto }) {
  return <UserCallRestrictions userId={user.id} enterpriseId={user.enterpriseId} embedded />;
}

/** The devices of the user (its own, or with a line registering as it), and a way to them on the devices page. */
function DevicesSection({ user }: { user: UserDto }) {
  const { t } = useTranslation();
  const devices = useDevices(user.enterpriseId, { userId: user.id });
  if (devices.error) return <Alert color="red">{errorText(t, devices.error)}</Alert>;
  if (devices.loading) return <Loader size="sm" />;
  const link = (
    <Anchor
      component={Link}
      to={`${enterprisePath(user.enterpriseId, 'devices')}?userId=${user.id}`}
      size="sm"
    >
      {t('userDetail.allDevices')}
    </Anchor>
  );
  if (devices.rows.length === 0) return <Text c="dimmed">{t('userDetail.noDevices')}</Text>;
  return (
    <Stack gap="xs">
      <Table aria-label={t('userDetail.deviceTable', { name: user.name })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('devices.label')}</Table.Th>
            <Table.Th>{t('devices.kind')}</Table.Th>
            <Table.Th>{t('devices.identifier')}</Table.Th>
            <Table.Th>{t('devices.site')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {devices.rows.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>{d.label ?? `${d.vendor} ${d.model}`}</Table.Td>
              <Table.Td>{t(`deviceKinds.${d.kind}`)}</Table.Td>
              <Table.Td ff="monospace">{d.mac ? formatMac(d.mac) : (d.iccid ?? '')}</Table.Td>
              <Table.Td>{d.siteName}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {devices.hasMore || devices.rows.length > 0 ? link : null}
    </Stack>
  );
}

/** A user's extension and numbers, national notation. */
export function NumbersList({ numbers }: { numbers: Omit<UserNumbersDto, 'userId'> }) {
  const { t } = useTranslation();
  const none = <Text c="dimmed">{t('userDetail.none')}</Text>;
  const item = (label: string, value: string | null | undefined) => (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      {value ? <Text>{value}</Text> : none}
    </Stack>
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      {item(t('userDetail.extension'), numbers.extension)}
      {item(t('userDetail.fixed'), numbers.fixed?.national)}
      {item(t('userDetail.mobile'), numbers.mobile?.national)}
    </SimpleGrid>
  );
}

function NumbersSection({ user }: { user: UserDto }) {
  const { t } = useTranslation();
  const me = useMe();
  const numbers = useUserNumbers(user.id);
  if (numbers.error) return <Alert color="red">{errorText(t, numbers.error)}</Alert>;
  if (!numbers.data) return <Loader size="sm" />;
  return mayWrite(me, 'user-telephony.write') ? (
    <NumbersForm key={numbers.dataUpdatedAt} user={user} numbers={numbers.data} />
  ) : (
    <NumbersList numbers={numbers.data} />
  );
}

function FeaturesSection({ user }: { user: UserDto }) {
  const { t } = useTranslation();
  const me = useMe();
  const features = useUserFeatures(user.id);
  const users = useUsers(user.enterpriseId, {}, { pageSize: 200 });
  const done = useRef<{ fail: (e: unknown) => void; reset: () => void } | null>(null);
  const mutation = useFeaturesMutation(
    (body: unknown) =>
      featuresApi.setUserFeatures(user.id, body as Parameters<typeof featuresApi.setUserFeatures>[1]),
    () => {
      done.current?.reset();
      notifications.show({ color: 'green', message: t('features.saved') });
    },
    (e) => done.current?.fail(e),
  );
  if (features.error) return <Alert color="red">{errorText(t, features.error)}</Alert>;
  if (!features.data) return <Loader size="sm" />;
  const colleagues = users.rows.filter((u) => u.id !== user.id).map((u) => ({ value: u.id, label: u.name }));
  return (
    <FeaturesForm
      key={features.dataUpdatedAt}
      features={features.data}
      mode="admin"
      colleagues={colleagues}
      saving={mutation.isPending}
      readOnly={!mayWrite(me, 'user-telephony.write')}
      onSave={(body, form) => {
        done.current = form;
        mutation.mutate(body);
      }}
    />
  );
}

/** A card per section. */
export function UserSections({ user }: { user: UserDto }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {USER_SECTIONS.map(({ key, title, Component }) => (
        <Card key={key} withBorder padding="lg" component="section" aria-labelledby={`user-section-${key}`}>
          <Text id={`user-section-${key}`} fw={700} size="lg" mb="sm" component="h2">
            {t(title)}
          </Text>
          <Component user={user} />
        </Card>
      ))}
    </Stack>
  );
}
