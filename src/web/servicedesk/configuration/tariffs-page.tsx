import { Alert, Button, Card, Group, NumberInput, Select, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TARIFF_UNITS, type TariffDto } from '../../../core/servicedesk/catalogue';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { PageHeader } from '../../ui/page-header';
import { EditDialog } from './edit-dialog';
import { configApi, TARIFFS, useConfigWrite, useTariffs } from './queries';
import { useIssues } from './use-issues';

type Draft = { key: string; nl: string; en: string; unit: TariffDto['unit']; amount: number | '' };
const EMPTY: Draft = { key: '', nl: '', en: '', unit: 'each', amount: '' };

/**
 * The tariff list: the hourly rate and the standard prices (euros excluding VAT) that the cost
 * estimates count; an administrator adds, changes and removes tariffs (one an item prices by stays).
 */
export function TariffsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const canWrite = mayWrite(me, 'catalogue.write');
  const tariffs = useTariffs();
  const [edit, setEdit] = useState<Draft | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const editForm = useIssues();
  const newForm = useIssues();
  const rowForm = useIssues();
  const write = useConfigWrite(TARIFFS, (run: () => Promise<unknown>) => run());
  const body = (d: Draft) => ({
    name: { nl: d.nl, en: d.en },
    unit: d.unit,
    amount: d.amount === '' ? null : d.amount,
  });
  const money = (amount: number) =>
    new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
      style: 'currency',
      currency: 'EUR',
    }).format(amount);
  const name = (x: TariffDto) => (i18n.language === 'en' ? x.name.en : x.name.nl);

  const save = async () => {
    if (edit === null) return;
    if (await editForm.run(() => write.mutateAsync(() => configApi.patchTariff(edit.key, body(edit))))) {
      setEdit(null);
      notifications.show({ color: 'green', message: t('config.saved') });
    }
  };
  const add = async () => {
    if (
      await newForm.run(() =>
        write.mutateAsync(() => configApi.createTariff({ key: draft.key, ...body(draft) })),
      )
    ) {
      setDraft(EMPTY);
      notifications.show({ color: 'green', message: t('config.added') });
    }
  };
  const remove = (x: TariffDto) => rowForm.run(() => write.mutateAsync(() => configApi.removeTariff(x.key)));

  const columns: Column<TariffDto>[] = [
    { key: 'name', priority: 'essential', header: t('config.name'), cell: name, sortValue: name },
    { key: 'key', priority: 'low', header: t('config.key'), cell: (x) => x.key, sortValue: (x) => x.key },
    {
      key: 'unit',
      header: t('config.unit'),
      cell: (x) => t(`config.units.${x.unit}`),
      sortValue: (x) => t(`config.units.${x.unit}`),
    },
    {
      key: 'amount',
      priority: 'essential',
      header: t('config.amount'),
      cell: (x) => money(x.amount),
      csv: (x) => x.amount,
      sortValue: (x) => x.amount,
    },
  ];
  const fields = (d: Draft, set: (d: Draft) => void, form: ReturnType<typeof useIssues>) => (
    <>
      <TextInput
        label={t('config.nameNl')}
        value={d.nl}
        onChange={(e) => set({ ...d, nl: e.currentTarget.value })}
        error={form.errorAt('name.nl')}
        required
      />
      <TextInput
        label={t('config.nameEn')}
        value={d.en}
        onChange={(e) => set({ ...d, en: e.currentTarget.value })}
        error={form.errorAt('name.en')}
        required
      />
      <Select
        label={t('config.unit')}
        data={TARIFF_UNITS.map((value) => ({ value, label: t(`config.units.${value}`) }))}
        value={d.unit}
        onChange={(v) => set({ ...d, unit: (v ?? 'each') as TariffDto['unit'] })}
        allowDeselect={false}
      />
      <NumberInput
        label={t('config.amountEur')}
        value={d.amount}
        min={0}
        decimalScale={2}
        decimalSeparator={i18n.language === 'en' ? '.' : ','}
        onChange={(v) => set({ ...d, amount: v === '' ? '' : Number(v) })}
        error={form.errorAt('amount')}
        required
      />
    </>
  );

  return (
    <>
      <PageHeader title={t('config.tariffsTitle')} description={t('config.tariffsDescription')} />
      {rowForm.problem && (
        <Alert color="red" mb="md" role="alert">
          {rowForm.problem}
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
          <Title order={2} size="h3" mb="xs">
            {t('config.newTariff')}
          </Title>
          {newForm.problem && (
            <Alert color="red" mb="xs" role="alert">
              {newForm.problem}
            </Alert>
          )}
          <Group grow align="flex-start">
            <TextInput
              label={t('config.key')}
              value={draft.key}
              onChange={(e) => setDraft({ ...draft, key: e.currentTarget.value })}
              error={newForm.errorAt('key')}
              required
            />
            {fields(draft, setDraft, newForm)}
          </Group>
          <Button type="submit" mt="sm" loading={write.isPending}>
            {t('config.addTariff')}
          </Button>
        </Card>
      )}
      <DataTable
        label={t('config.tariffsTitle')}
        columns={columns}
        rows={tariffs.data ?? []}
        rowKey={(x) => x.key}
        loading={tariffs.isLoading}
        error={tariffs.error}
        rowActions={
          canWrite
            ? (x) => (
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="xs"
                    variant="subtle"
                    aria-label={t('config.editLabel', { name: name(x) })}
                    onClick={() => {
                      editForm.reset();
                      setEdit({ key: x.key, nl: x.name.nl, en: x.name.en, unit: x.unit, amount: x.amount });
                    }}
                  >
                    {t('config.edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={t('config.removeLabel', { name: name(x) })}
                    onClick={() => void remove(x)}
                  >
                    {t('config.remove')}
                  </Button>
                </Group>
              )
            : undefined
        }
        empty={t('config.empty')}
      />
      <EditDialog
        title={edit ? t('config.editTitle', { name: i18n.language === 'en' ? edit.en : edit.nl }) : ''}
        opened={edit !== null}
        onClose={() => setEdit(null)}
        onSave={() => void save()}
        busy={write.isPending}
        problem={editForm.problem}
      >
        {edit && fields(edit, setEdit, editForm)}
      </EditDialog>
    </>
  );
}
