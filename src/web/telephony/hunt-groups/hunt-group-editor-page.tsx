import { Alert, Anchor, Card, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { useSites } from '../../directory/sites/queries';
import { useUsers } from '../../directory/users/queries';
import { enterprisePath } from '../../shell/navigation';
import { errorText } from '../../ui/error-text';
import { PageHeader } from '../../ui/page-header';
import { HuntGroupForm } from './hunt-group-form';
import { MembersList } from './members-list';
import { useHuntGroup } from './queries';

/** One hunt group: its settings and its members in order (re-ordered by drag or keyboard). */
export function HuntGroupEditorPage() {
  const { t } = useTranslation();
  const me = useMe();
  const enterprise = useCurrentEnterprise();
  const { huntGroupId = '' } = useParams();
  const group = useHuntGroup(huntGroupId);
  const sites = useSites(enterprise.id, {}, { pageSize: 200 });
  const users = useUsers(enterprise.id, {}, { pageSize: 200 });
  const canWrite = mayWrite(me, 'hunt-groups.write');
  const back = (
    <Anchor component={Link} to={enterprisePath(enterprise.id, 'hunt-groups')} size="sm">
      {t('huntGroups.back')}
    </Anchor>
  );
  if (group.error)
    return (
      <Stack>
        {back}
        <Alert color="yellow">{errorText(t, group.error)}</Alert>
      </Stack>
    );
  if (!group.data || sites.loading) return <Loader />;
  const g = group.data;
  return (
    <>
      {back}
      <PageHeader title={g.name} description={t('huntGroups.description', { enterprise: enterprise.name })} />
      <Stack gap="lg" maw={1000}>
        <Card withBorder padding="lg" component="section" aria-labelledby="hunt-settings">
          <Text id="hunt-settings" fw={700} size="lg" mb="sm" component="h2">
            {t('huntGroups.settings')}
          </Text>
          {canWrite ? (
            <HuntGroupForm
              key={g.updatedAt}
              enterpriseId={enterprise.id}
              group={g}
              sites={sites.rows}
              onDone={() => notifications.show({ color: 'green', message: t('huntGroups.saved') })}
            />
          ) : (
            <Text>
              {t(`distributions.${g.distribution}`)} · {t(`ringPatterns.${g.ringPattern}`)}
            </Text>
          )}
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="hunt-members">
          <Text id="hunt-members" fw={700} size="lg" mb="sm" component="h2">
            {t('huntMembers.title')}
          </Text>
          <MembersList group={g} users={users.rows} canWrite={canWrite} />
        </Card>
      </Stack>
    </>
  );
}
