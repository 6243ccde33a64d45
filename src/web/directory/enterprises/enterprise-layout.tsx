import { Alert, Center, Loader } from '@mantine/core';
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router';
import type { EnterpriseDto } from '../../../core/directory/schemas';
import { isId } from '../../../core/ids';
import { isApiError } from '../../api/api-error';
import { NotFoundPage } from '../../shell/not-found-page';
import { errorText } from '../../ui/error-text';
import { useEnterprise } from './queries';

const EnterpriseContext = createContext<EnterpriseDto | null>(null);

/**
 * The pages under /enterprises/:enterpriseId. An enterprise outside the account's scope is
 * "not found" for the server, and so for the portal too.
 */
export function EnterpriseLayout() {
  const { t } = useTranslation();
  const { enterpriseId } = useParams();
  const query = useEnterprise(enterpriseId);
  if (!isId(enterpriseId)) return <NotFoundPage />;
  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (query.isError) {
    if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400))
      return <NotFoundPage />;
    return <Alert color="red">{errorText(t, query.error)}</Alert>;
  }
  return (
    <EnterpriseContext.Provider value={query.data}>
      <Outlet />
    </EnterpriseContext.Provider>
  );
}

export function useCurrentEnterprise(): EnterpriseDto {
  const enterprise = useContext(EnterpriseContext);
  if (enterprise === null) throw new Error('useCurrentEnterprise outside EnterpriseLayout');
  return enterprise;
}
