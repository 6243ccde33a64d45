import { Badge, Button, NumberInput, Select, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItemDto, LeadTime } from '../../../core/servicedesk/catalogue';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { PageHeader } from '../../ui/page-header';
import { leadTimeText } from '../changes/lead-time';
import { EditDialog } from './edit-dialog';
import { CONFIG_CATALOGUE, configApi, useCatalogueItems, useConfigWrite } from './queries';
import { useIssues } from './use-issues';

type Draft = { key: string; nl: string; en: string; kind: LeadTime['kind']; count: number; active: boolean };

const draftOf = (item: CatalogueItemDto): Draft => ({
  key: item.key,
  nl: item.name.nl,
  en: item.name.en,
  kind: item.leadTime.kind,
  count: item.leadTime.kind === 'on_request' ? 1 : item.leadTime.count,
  active: item.active,
});

/**
 * The change catalogue as the provider keeps it: every item with its lead time and whether it may
 * be requested; an administrator changes an item's names, lead time and activity. A change counts
 * for the next request (the "Wijziging aanvragen" page reads the catalogue as it is).
 */
export function CatalogueConfigPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const canWrite = mayWrite(me, 'catalogue.write');
  const items = useCatalogueItems();
  const [draft, setDraft] = useState<Draft | null>(null);
  const form = useIssues();
  const write = useConfigWrite(CONFIG_CATALOGUE, (d: Draft) =>
    configApi.patchItem(d.key, {
      name: { nl: d.nl, en: d.en },
      leadTime: d.kind === 'on_request' ? { kind: d.kind } : { kind: d.kind, count: d.count },
      active: d.active,
    }),
  );
  const save = async () => {
    if (draft === null) return;
    if (await form.run(() => write.mutateAsync(draft))) {
      setDraft(null);
      notifications.show({ color: 'green', message: t('config.saved') });
    }
  };
  const name = (i: CatalogueItemDto) => (i18n.language === 'en' ? i.name.en : i.name.nl);

  const columns: Column<CatalogueItemDto>[] = [
    { key: 'name', priority: 'essential', header: t('config.name'), cell: name, sortValue: name },
    { key: 'key', priority: 'low', header: t('config.key'), cell: (i) => i.key, sortValue: (i) => i.key },
    {
      key: 'category',
      header: t('config.category'),
      cell: (i) => t(`config.categories.${i.category}`),
      sortValue: (i) => t(`config.categories.${i.category}`),
    },
    {
      key: 'leadTime',
      priority: 'essential',
      header: t('config.leadTime'),
      cell: (i) => leadTimeText(t, i.leadTime),
      sortValue: (i) =>
        i.leadTime.kind === 'on_request' ? 10_000 : i.leadTime.count * (i.leadTime.kind === 'weeks' ? 5 : 1),
      csv: (i) => leadTimeText(t, i.leadTime),
    },
    {
      key: 'active',
      header: t('config.active'),
      cell: (i) => (
        <Badge variant="light" color={i.active ? 'green' : 'gray'}>
          {i.active ? t('config.activeYes') : t('config.activeNo')}
        </Badge>
      ),
      csv: (i) => (i.active ? t('config.activeYes') : t('config.activeNo')),
      sortValue: (i) => (i.active ? 1 : 0),
    },
    {
      key: 'position',
      priority: 'low',
      header: t('config.position'),
      cell: (i) => i.position,
      sortValue: (i) => i.position,
    },
  ];

  return (
    <>
      <PageHeader title={t('config.catalogueTitle')} description={t('config.catalogueDescription')} />
      <DataTable
        label={t('config.catalogueTitle')}
        columns={columns}
        rows={items.data ?? []}
        rowKey={(i) => i.key}
        loading={items.isLoading}
        error={items.error}
        rowActions={
          canWrite
            ? (i) => (
                <Button
                  size="xs"
                  variant="subtle"
                  aria-label={t('config.editLabel', { name: name(i) })}
                  onClick={() => {
                    form.reset();
                    setDraft(draftOf(i));
                  }}
                >
                  {t('config.edit')}
                </Button>
              )
            : undefined
        }
        empty={t('config.empty')}
      />
      <EditDialog
        title={draft ? t('config.editTitle', { name: i18n.language === 'en' ? draft.en : draft.nl }) : ''}
        opened={draft !== null}
        onClose={() => setDraft(null)}
        onSave={() => void save()}
        busy={write.isPending}
        problem={form.problem}
      >
        {draft && (
          <>
            <TextInput
              label={t('config.nameNl')}
              value={draft.nl}
              onChange={(e) => setDraft({ ...draft, nl: e.currentTarget.value })}
              error={form.errorAt('name.nl')}
              required
            />
            <TextInput
              label={t('config.nameEn')}
              value={draft.en}
              onChange={(e) => setDraft({ ...draft, en: e.currentTarget.value })}
              error={form.errorAt('name.en')}
              required
            />
            <Select
              label={t('config.leadTimeKind')}
              data={(['working_days', 'weeks', 'on_request'] as const).map((value) => ({
                value,
                label: t(`config.leadTimeKinds.${value}`),
              }))}
              value={draft.kind}
              onChange={(v) => setDraft({ ...draft, kind: (v ?? 'working_days') as LeadTime['kind'] })}
              allowDeselect={false}
              error={form.errorAt('leadTime.kind')}
            />
            {draft.kind !== 'on_request' && (
              <NumberInput
                label={t('config.leadTimeCount')}
                value={draft.count}
                min={1}
                onChange={(v) => setDraft({ ...draft, count: typeof v === 'number' ? v : Number(v) })}
                error={form.errorAt('leadTime.count')}
                required
              />
            )}
            <Switch
              label={t('config.activeLabel')}
              checked={draft.active}
              onChange={(e) => setDraft({ ...draft, active: e.currentTarget.checked })}
            />
          </>
        )}
      </EditDialog>
    </>
  );
}
