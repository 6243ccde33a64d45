import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { useUser } from '../../directory/users/queries';
import { PageHeader } from '../../ui/page-header';
import { UserCallRestrictions } from './user-call-restrictions';

/** One user's call restrictions on a page of their own (until the user's detail page embeds them). */
export function UserCallRestrictionsPage() {
  const { t } = useTranslation();
  const enterprise = useCurrentEnterprise();
  const { userId = '' } = useParams();
  const user = useUser(userId);
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('callRestrictions.user.pageTitle', { name: user.data?.name ?? '…' })}
        description={
          <Anchor component={Link} to={`/enterprises/${enterprise.id}/call-restrictions`} size="sm">
            {t('callRestrictions.user.back')}
          </Anchor>
        }
      />
      <UserCallRestrictions userId={userId} enterpriseId={enterprise.id} />
    </Stack>
  );
}
