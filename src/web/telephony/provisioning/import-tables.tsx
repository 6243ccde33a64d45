import { Badge } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRow, RowError } from '../../../core/telephony/provisioning/sheets';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { issueText } from '../../ui/error-text';

/** Rows an import table renders at once; the count names the rest and the export has them all. */
const MAX_SHOWN = 500;

/** Rows whose cells (as shown) contain the filter text, case-insensitively. */
function useFiltered<T>(rows: readonly T[], text: (row: T) => string) {
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLocaleLowerCase('nl');
  const filtered = useMemo(
    () => (needle === '' ? rows : rows.filter((r) => text(r).toLocaleLowerCase('nl').includes(needle))),
    [rows, needle, text],
  );
  return { filter, setFilter, filtered };
}

/** The wrong rows of an import: sortable, filterable, exportable (a long list is fixed in the file). */
export function ImportErrorsTable({ rows }: { rows: readonly RowError[] }) {
  const { t } = useTranslation();
  const columns = useMemo<Column<RowError>[]>(
    () => [
      {
        key: 'sheet',
        header: t('provisioning.columns.sheet'),
        cell: (r) => t(`provisioning.sheets.${r.sheet}`),
        sortValue: (r) => t(`provisioning.sheets.${r.sheet}`),
      },
      { key: 'row', header: t('provisioning.columns.row'), cell: (r) => r.row, sortValue: (r) => r.row },
      {
        key: 'column',
        header: t('provisioning.columns.column'),
        cell: (r) => r.column,
        sortValue: (r) => r.column,
      },
      {
        key: 'message',
        header: t('provisioning.columns.message'),
        cell: (r) => issueText(t, r),
        sortValue: (r) => issueText(t, r),
      },
    ],
    [t],
  );
  const text = useMemo(
    () => (r: RowError) => `${t(`provisioning.sheets.${r.sheet}`)} ${r.row} ${r.column} ${issueText(t, r)}`,
    [t],
  );
  const { filter, setFilter, filtered } = useFiltered(rows, text);
  return (
    <DataTable
      label={t('provisioning.errors.table')}
      columns={columns}
      rows={filtered}
      rowKey={(r) => `${r.sheet}-${r.row}-${r.column}-${r.code}`}
      search={{ value: filter, onChange: setFilter, placeholder: t('provisioning.filter') }}
      exportAll={async () => [...filtered]}
      maxRows={MAX_SHOWN}
    />
  );
}

/** What an import would change, row by row: sortable, filterable, exportable. */
export function ImportPlanTable({ rows }: { rows: readonly PlanRow[] }) {
  const { t } = useTranslation();
  const columns = useMemo<Column<PlanRow>[]>(
    () => [
      {
        key: 'sheet',
        header: t('provisioning.columns.sheet'),
        cell: (r) => t(`provisioning.sheets.${r.sheet}`),
        sortValue: (r) => t(`provisioning.sheets.${r.sheet}`),
      },
      { key: 'row', header: t('provisioning.columns.row'), cell: (r) => r.row, sortValue: (r) => r.row },
      { key: 'key', header: t('provisioning.columns.key'), cell: (r) => r.key, sortValue: (r) => r.key },
      {
        key: 'action',
        header: t('provisioning.columns.action'),
        cell: (r) => (
          <Badge variant="light" color={r.action === 'create' ? 'green' : 'blue'}>
            {t(`provisioning.actions.${r.action}`)}
          </Badge>
        ),
        sortValue: (r) => t(`provisioning.actions.${r.action}`),
      },
      {
        key: 'changes',
        header: t('provisioning.columns.changes'),
        cell: (r) => r.changes.join(', '),
        sortValue: (r) => r.changes.join(', '),
      },
    ],
    [t],
  );
  const text = useMemo(
    () => (r: PlanRow) =>
      `${t(`provisioning.sheets.${r.sheet}`)} ${r.row} ${r.key} ${t(`provisioning.actions.${r.action}`)} ${r.changes.join(' ')}`,
    [t],
  );
  const { filter, setFilter, filtered } = useFiltered(rows, text);
  return (
    <DataTable
      label={t('provisioning.plan.table')}
      columns={columns}
      rows={filtered}
      rowKey={(r) => `${r.sheet}-${r.row}`}
      search={{ value: filter, onChange: setFilter, placeholder: t('provisioning.filter') }}
      exportAll={async () => [...filtered]}
      maxRows={MAX_SHOWN}
    />
  );
}
