import { Anchor, Badge, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PROFILES } from '../../../core/directory/profiles';
import type { UserDto } from '../../../core/directory/schemas';
import { formatNational } from '../../../core/telephony/numbers';
import { mayRead, mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { enterprisePath } from '../../shell/navigation';
import { CreateButton } from '../../ui/create-button';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { pagedRows } from '../../ui/data-table/paged-rows';
import { useUrlSort } from '../../ui/data-table/use-url-sort';
import { FormModal } from '../../ui/form-modal';
import { PageHeader } from '../../ui/page-header';
import { RemovalDialog } from '../../ui/removal-dialog';
import { RowMenu } from '../../ui/row-menu';
import { useFormDialog } from '../../ui/use-form-dialog';
import { useRemoval } from '../../ui/use-removal';
import { useSearch } from '../../ui/use-search';
import { useCurrentEnterprise } from '../enterprises/enterprise-layout';
import { useSites } from '../sites/queries';
import { SiteFilter } from '../sites/site-filter';
import { USERS, usersApi, useUsers } from './queries';
import { UserForm } from './user-form';

/** A user's fixed and mobile number, in the national notation. */
const numbersOf = (u: UserDto): string[] =>
  [u.number, u.mobile].flatMap((n) => (n === null ? [] : [formatNational(n)]));

/** The people of the enterprise: sorted and filtered by the server, paged with "load more". */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const enterprise = useCurrentEnterprise();
  const [params, setParams] = useSearchParams();
  const search = useSearch();
  const siteId = params.get('site');
  const profile = params.get('profile');
  const { column: sortColumn, direction, sort, onSortChange } = useUrlSort(['name', 'email'] as const);
  const sites = useSites(enterprise.id, {}, { pageSize: 200 });
  const siteName = new Map(sites.rows.map((s) => [s.id, s.name]));
  const list = useUsers(enterprise.id, { q: search.query, siteId, profile, sort: sortColumn, direction });
  const canWrite = mayWrite(me, 'users.write');
  const dialog = useFormDialog<UserDto>();
  const removal = useRemoval(
    (user: UserDto) => usersApi.remove(user.id),
    [USERS, ['enterprises'], ['sites']],
    t('users.removed'),
  );

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  // The server sorts by name or e-mail, either way, and pages in that order.

  const columns: Column<UserDto>[] = [
    {
      key: 'name',
      priority: 'essential',
      header: t('users.name'),
      // The name opens the user's page with its telephony (numbers, features).
      cell: (u) =>
        mayRead(me, 'user-telephony.read') ? (
          <Anchor component={Link} to={enterprisePath(enterprise.id, `users/${u.id}`)}>
            {u.name}
          </Anchor>
        ) : (
          u.name
        ),
      sortValue: (u) => u.name,
    },
    {
      key: 'email',
      priority: 'high',
      header: t('users.email'),
      cell: (u) => u.email ?? '',
      sortValue: (u) => u.email,
    },
    {
      key: 'site',
      priority: 'medium',
      header: t('users.site'),
      cell: (u) => (u.siteId ? (siteName.get(u.siteId) ?? '') : t('users.noSite')),
      sortValue: (u) => (u.siteId ? siteName.get(u.siteId) : ''),
    },
    {
      key: 'extension',
      priority: 'medium',
      header: t('users.extension'),
      cell: (u) => u.extension ?? '',
      sortValue: (u) => u.extension,
    },
    {
      key: 'numbers',
      priority: 'medium',
      header: t('users.numbers'),
      cell: (u) => (
        <Text size="sm" ff="monospace">
          {numbersOf(u).join(', ')}
        </Text>
      ),
      csv: (u) => numbersOf(u).join(', '),
    },
    {
      key: 'profile',
      priority: 'high',
      header: t('users.profile'),
      cell: (u) => (
        <Badge variant="light" color={u.profile === 'mobiel' ? 'grape' : 'indigo'}>
          {t(`profiles.${u.profile}`)}
        </Badge>
      ),
      csv: (u) => t(`profiles.${u.profile}`),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description', { enterprise: enterprise.name })}
      />
      <DataTable
        label={t('users.tableLabel', { enterprise: enterprise.name })}
        columns={columns}
        rowKey={(u) => u.id}
        {...pagedRows(list)}
        search={{ value: search.value, onChange: search.onChange, placeholder: t('users.searchPlaceholder') }}
        filters={
          <>
            <SiteFilter sites={sites.rows} value={siteId} onChange={(value) => setParam('site', value)} />
            <Select
              label={t('users.profileFilter')}
              placeholder={t('users.allProfiles')}
              clearable
              data={PROFILES.map((value) => ({ value, label: t(`profiles.${value}`) }))}
              value={profile}
              onChange={(value) => setParam('profile', value)}
              w={160}
            />
          </>
        }
        sort={sort}
        onSortChange={onSortChange}
        serverSortable={['name', 'email']}
        toolbar={canWrite && <CreateButton onClick={dialog.create}>{t('users.create')}</CreateButton>}
        rowActions={
          canWrite
            ? (user) => (
                <RowMenu
                  name={user.name}
                  onEdit={() => dialog.edit(user)}
                  actions={[
                    {
                      label: t('nav.callRestrictions'),
                      hidden: !mayRead(me, 'user-telephony.read'),
                      onClick: () =>
                        navigate(`/enterprises/${enterprise.id}/users/${user.id}/call-restrictions`),
                    },
                  ]}
                  onRemove={() => removal.ask(user)}
                />
              )
            : undefined
        }
        empty={t('users.empty')}
      />
      <FormModal
        opened={dialog.opened}
        title={dialog.isNew ? t('users.create') : t('users.edit')}
        onClose={dialog.close}
        size="md"
      >
        <UserForm
          enterpriseId={enterprise.id}
          user={dialog.row}
          sites={sites.rows}
          onDone={(user) => dialog.saved(t('users.saved', { name: user.name }))}
        />
      </FormModal>
      <RemovalDialog
        removal={removal}
        title={t('users.removeTitle')}
        message={t('users.removeText', { name: removal.target?.name ?? '' })}
      />
    </>
  );
}
