import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AnnouncedWorksDto, WORKS_KINDS } from '../../../core/servicedesk/announced-works';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { type ApiIssue, isApiError } from '../../api/api-error';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { useSites } from '../../directory/sites/queries';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { pagedRows } from '../../ui/data-table/paged-rows';
import { errorText, issueText } from '../../ui/error-text';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { useAnnouncedWorks, WORKS, worksApi } from './queries';

const localToIso = (v: string): string => {
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? v : d.toISOString();
};

type Draft = { siteId: string | null; kind: string; description: string; startsAt: string; endsAt: string };
const EMPTY: Draft = { siteId: null, kind: 'power', description: '', startsAt: '', endsAt: '' };

/**
 * The chosen customer's announced works (guide §3.2.4): a table per site and span, and a form to
 * announce new ones; a site admin sees and announces those of its own sites.
 */
export function AnnouncedWorksPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const enterprise = useCurrentEnterprise();
  const queryClient = useQueryClient();
  const sites = useSites(enterprise.id, {}, { pageSize: 200 });
  const [siteId, setSiteId] = useState<string | null>(null);
  const [current, setCurrent] = useState(true);
  const list = useAnnouncedWorks(enterprise.id, {
    siteId: siteId ?? undefined,
    current: current ? 'true' : undefined,
  });
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [issues, setIssues] = useState<ApiIssue[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const canWrite = mayWrite(me, 'announced-works.write');
  const refresh = () => queryClient.invalidateQueries({ queryKey: WORKS });
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setIssues((list) => list.filter((i) => i.path !== key));
  };
  const errorAt = (path: string) => {
    const found = issues.filter((i) => i.path === path);
    return found.length === 0 ? undefined : found.map((i) => issueText(t, i)).join('; ');
  };

  const add = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await worksApi.create(enterprise.id, {
        siteId: draft.siteId ?? '',
        kind: draft.kind as AnnouncedWorksDto['kind'],
        description: draft.description,
        startsAt: localToIso(draft.startsAt),
        endsAt: localToIso(draft.endsAt),
      });
      setDraft(EMPTY);
      setIssues([]);
      notifications.show({ message: t('works.added') });
      await refresh();
    } catch (e) {
      if (isApiError(e) && e.issues.some((i) => i.path !== '')) setIssues([...e.issues]);
      else setProblem(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  const remove = async (w: AnnouncedWorksDto) => {
    try {
      await worksApi.remove(w.id);
      notifications.show({ message: t('works.removed') });
      await refresh();
    } catch (e) {
      setProblem(errorText(t, e));
    }
  };

  const columns: Column<AnnouncedWorksDto>[] = [
    {
      key: 'site',
      priority: 'essential',
      header: t('works.site'),
      cell: (w) => w.siteName,
      sortValue: (w) => w.siteName,
    },
    {
      key: 'kind',
      priority: 'high',
      header: t('works.kind'),
      cell: (w) => t(`works.kinds.${w.kind}`),
      sortValue: (w) => t(`works.kinds.${w.kind}`),
    },
    {
      key: 'startsAt',
      priority: 'essential',
      header: t('works.startsAt'),
      cell: (w) => formatDateTime(w.startsAt, i18n.language),
      csv: (w) => w.startsAt,
      sortValue: (w) => w.startsAt,
    },
    {
      key: 'endsAt',
      priority: 'essential',
      header: t('works.endsAt'),
      cell: (w) => formatDateTime(w.endsAt, i18n.language),
      csv: (w) => w.endsAt,
      sortValue: (w) => w.endsAt,
    },
    {
      key: 'description',
      priority: 'medium',
      header: t('works.descriptionField'),
      cell: (w) => w.description,
      sortValue: (w) => w.description,
    },
    {
      key: 'by',
      priority: 'low',
      header: t('works.by'),
      cell: (w) => w.createdByName ?? '',
      sortValue: (w) => w.createdByName ?? '',
    },
    ...(canWrite
      ? [
          {
            key: 'actions',
            priority: 'high' as const,
            header: '',
            cell: (w: AnnouncedWorksDto) => (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                aria-label={t('works.removeLabel', { site: w.siteName })}
                onClick={() => void remove(w)}
              >
                {t('works.remove')}
              </Button>
            ),
            csv: () => '',
          },
        ]
      : []),
  ];
  const siteOptions = sites.rows.map((s) => ({ value: s.id, label: `${s.name} (${s.postcode})` }));

  return (
    <>
      <PageHeader title={t('works.title')} description={t('works.description')} />
      {problem && (
        <Alert color="red" mb="md" role="alert">
          {problem}
        </Alert>
      )}
      {canWrite && (
        <Card
          withBorder
          mb="md"
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <Title order={3} mb="xs">
            {t('works.newTitle')}
          </Title>
          <Stack maw={640} gap="xs">
            <Group grow>
              <Select
                label={t('works.site')}
                data={siteOptions}
                value={draft.siteId}
                onChange={(v) => set('siteId', v)}
                error={errorAt('siteId')}
                required
              />
              <Select
                label={t('works.kind')}
                data={WORKS_KINDS.map((value) => ({ value, label: t(`works.kinds.${value}`) }))}
                value={draft.kind}
                onChange={(v) => set('kind', v ?? 'power')}
                allowDeselect={false}
                error={errorAt('kind')}
              />
            </Group>
            <Group grow>
              <TextInput
                type="datetime-local"
                label={t('works.startsAt')}
                value={draft.startsAt}
                onChange={(e) => set('startsAt', e.currentTarget.value)}
                error={errorAt('startsAt')}
                required
              />
              <TextInput
                type="datetime-local"
                label={t('works.endsAt')}
                value={draft.endsAt}
                onChange={(e) => set('endsAt', e.currentTarget.value)}
                error={errorAt('endsAt')}
                required
              />
            </Group>
            <Textarea
              label={t('works.descriptionField')}
              value={draft.description}
              onChange={(e) => set('description', e.currentTarget.value)}
              error={errorAt('description')}
              autosize
              minRows={2}
              required
            />
            <Group>
              <Button type="submit" loading={busy}>
                {t('works.add')}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      <DataTable
        label={t('works.tableLabel')}
        columns={columns}
        rowKey={(w) => w.id}
        {...pagedRows(list)}
        filters={
          <>
            <Select
              label={t('works.site')}
              placeholder={t('works.allSites')}
              clearable
              data={siteOptions}
              value={siteId}
              onChange={setSiteId}
              w={220}
            />
            <Checkbox
              label={t('works.current')}
              checked={current}
              onChange={(e) => setCurrent(e.currentTarget.checked)}
              mt="lg"
            />
          </>
        }
        empty={t('works.empty')}
      />
    </>
  );
}
