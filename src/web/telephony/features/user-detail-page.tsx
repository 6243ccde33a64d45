import { Alert, Anchor, Badge, Group, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PROFILE_NAMES } from '../../../core/directory/profiles';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { useUser } from '../../directory/users/queries';
import { RequestProfileChange } from '../../servicedesk/profile-changes/request-profile-change';
import { enterprisePath } from '../../shell/navigation';
import { errorText } from '../../ui/error-text';
import { PageHeader } from '../../ui/page-header';
import { UserSections } from './user-sections';

/** One user of the enterprise with its telephony: its numbers, then its features (sections). */
export function UserDetailPage() {
  const { t } = useTranslation();
  const enterprise = useCurrentEnterprise();
  const { userId = '' } = useParams();
  const user = useUser(userId);
  const back = (
    <Anchor component={Link} to={enterprisePath(enterprise.id, 'users')} size="sm">
      {t('userDetail.back')}
    </Anchor>
  );
  if (user.error)
    return (
      <Stack>
        {back}
        <Alert color="red">{errorText(t, user.error)}</Alert>
      </Stack>
    );
  if (!user.data) return <Loader />;
  return (
    <Stack gap="md">
      {back}
      <PageHeader
        title={user.data.name}
        description={
          <Group gap="xs" component="span">
            <Badge variant="light" component="span">
              {PROFILE_NAMES[user.data.profile]}
            </Badge>
            {user.data.email ?? ''}
          </Group>
        }
      />
      <RequestProfileChange user={user.data} />
      <UserSections user={user.data} />
    </Stack>
  );
}
