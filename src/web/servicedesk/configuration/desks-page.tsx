import { Badge, Button, Select, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DESK_HOURS, type DeskDto } from '../../../core/servicedesk/desks';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { PageHeader } from '../../ui/page-header';
import { EditDialog } from './edit-dialog';
import { configApi, DESKS, useConfigWrite, useDesks } from './queries';
import { useIssues } from './use-issues';

type Draft = {
  id: string;
  name: string;
  hours: DeskDto['hours'];
  phone: string;
  phoneOption: string;
  email: string;
  pin: string;
};

const orNull = (v: string): string | null => (v.trim() === '' ? null : v.trim());

/**
 * The contact matrix (guide appendix 2) as the provider keeps it: each desk with what it handles,
 * when it answers, its phone number and menu option, e-mail and out-of-hours PIN. The PIN is the
 * API's: shown to the provider (and, on the Contact page, to enterprise admins and partners only);
 * an empty field clears it. An administrator changes a desk; new tickets are routed on it at once.
 */
export function DesksConfigPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const canWrite = mayWrite(me, 'desks.write');
  const desks = useDesks();
  const [draft, setDraft] = useState<Draft | null>(null);
  const form = useIssues();
  const write = useConfigWrite(DESKS, (d: Draft) =>
    configApi.patchDesk(d.id, {
      hours: d.hours,
      phone: orNull(d.phone),
      phoneOption: orNull(d.phoneOption),
      email: orNull(d.email),
      pin: orNull(d.pin),
    }),
  );
  const save = async () => {
    if (draft === null) return;
    if (await form.run(() => write.mutateAsync(draft))) {
      setDraft(null);
      notifications.show({ color: 'green', message: t('config.saved') });
    }
  };
  const name = (d: DeskDto) => (i18n.language === 'en' ? d.name.en : d.name.nl);

  const columns: Column<DeskDto>[] = [
    { key: 'name', priority: 'essential', header: t('config.desk'), cell: name, sortValue: name },
    {
      key: 'handles',
      header: t('contact.handlesHeader'),
      cell: (d) => d.handles.map((h) => t(`contact.handles.${h}`)).join('; '),
      sortValue: (d) => d.handles.join(','),
    },
    {
      key: 'hours',
      priority: 'essential',
      header: t('contact.hours'),
      cell: (d) => t(`config.deskHours.${d.hours}`),
      sortValue: (d) => d.hours,
    },
    { key: 'phone', header: t('config.phone'), cell: (d) => d.phone ?? '', sortValue: (d) => d.phone },
    {
      key: 'option',
      priority: 'low',
      header: t('config.phoneOption'),
      cell: (d) => d.phoneOption ?? '',
      sortValue: (d) => d.phoneOption,
    },
    {
      key: 'email',
      priority: 'medium',
      header: t('config.email'),
      cell: (d) => d.email ?? '',
      sortValue: (d) => d.email,
    },
    {
      key: 'pin',
      priority: 'low',
      header: t('config.pin'),
      cell: (d) => d.pin ?? '',
      sortValue: (d) => d.pin,
    },
    {
      key: 'open',
      priority: 'medium',
      header: t('config.openNow'),
      cell: (d) => (
        <Badge variant="light" color={d.openNow ? 'green' : 'gray'}>
          {d.openNow ? t('contact.open') : t('contact.closed')}
        </Badge>
      ),
      csv: (d) => (d.openNow ? t('contact.open') : t('contact.closed')),
      sortValue: (d) => (d.openNow ? 1 : 0),
    },
  ];

  return (
    <>
      <PageHeader title={t('config.desksTitle')} description={t('config.desksDescription')} />
      <DataTable
        label={t('config.desksTitle')}
        columns={columns}
        rows={desks.data ?? []}
        rowKey={(d) => d.id}
        loading={desks.isLoading}
        error={desks.error}
        rowActions={
          canWrite
            ? (d) => (
                <Button
                  size="xs"
                  variant="subtle"
                  aria-label={t('config.editLabel', { name: name(d) })}
                  onClick={() => {
                    form.reset();
                    setDraft({
                      id: d.id,
                      name: name(d),
                      hours: d.hours,
                      phone: d.phone ?? '',
                      phoneOption: d.phoneOption ?? '',
                      email: d.email ?? '',
                      pin: d.pin ?? '',
                    });
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
        title={draft ? t('config.editTitle', { name: draft.name }) : ''}
        opened={draft !== null}
        onClose={() => setDraft(null)}
        onSave={() => void save()}
        busy={write.isPending}
        problem={form.problem}
      >
        {draft && (
          <>
            <Select
              label={t('contact.hours')}
              data={DESK_HOURS.map((value) => ({ value, label: t(`config.deskHours.${value}`) }))}
              value={draft.hours}
              onChange={(v) => setDraft({ ...draft, hours: (v ?? 'office') as DeskDto['hours'] })}
              allowDeselect={false}
            />
            <TextInput
              label={t('config.phone')}
              value={draft.phone}
              onChange={(e) => setDraft({ ...draft, phone: e.currentTarget.value })}
              error={form.errorAt('phone')}
            />
            <TextInput
              label={t('config.phoneOption')}
              value={draft.phoneOption}
              onChange={(e) => setDraft({ ...draft, phoneOption: e.currentTarget.value })}
              error={form.errorAt('phoneOption')}
            />
            <TextInput
              label={t('config.email')}
              value={draft.email}
              onChange={(e) => setDraft({ ...draft, email: e.currentTarget.value })}
              error={form.errorAt('email')}
            />
            <TextInput
              label={t('config.pin')}
              description={t('config.pinHelp')}
              value={draft.pin}
              inputMode="numeric"
              autoComplete="off"
              onChange={(e) => setDraft({ ...draft, pin: e.currentTarget.value })}
              error={form.errorAt('pin')}
            />
          </>
        )}
      </EditDialog>
    </>
  );
}
