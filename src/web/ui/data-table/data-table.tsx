import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import type { CsvCell } from './csv';
import { type CsvColumn, ExportButton } from './export-button';
import type { ColumnPriority } from './priority';
import { nextSort, type SortState, type SortValue, sortRows } from './sort';
import { SortHeader } from './sort-header';
import { useHorizontalOverflow } from './use-horizontal-overflow';

export type { ColumnPriority };

export type Column<T> = {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** Defaults to `essential` for the first column and `high` for the others. */
  priority?: ColumnPriority;
  /** The value to sort by; a column without one cannot be sorted. */
  sortValue?: (row: T) => SortValue;
  /** The CSV cell; defaults to the sort value. Set `csv: false` to leave the column out. */
  csv?: ((row: T) => CsvCell) | false;
};

export type DataTableProps<T> = {
  /** Names the table for screen readers (and the CSV file). */
  label: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  loading?: boolean;
  error?: unknown;
  /** The filter box; its value is used by the page (usually as the server's `q`). */
  search?: { value: string; onChange: (value: string) => void; placeholder?: string; label?: string };
  /** More filter controls beside the search box. */
  filters?: ReactNode;
  /** Buttons such as "new site", at the right of the toolbar. */
  toolbar?: ReactNode;
  /** Controlled sort (the server sorts): only `serverSortable` columns get a button. */
  sort?: SortState;
  onSortChange?: (sort: SortState) => void;
  serverSortable?: readonly string[];
  hasMore?: boolean;
  loadingMore?: boolean;
  onLoadMore?: () => void;
  exportAll?: (onProgress: (loaded: number) => void, signal: AbortSignal) => Promise<T[]>;
  /** The last column: buttons or a menu per row. */
  rowActions?: (row: T) => ReactNode;
  empty?: string;
  /**
   * Renders at most this many rows (after sorting); the count says how many there are, and the
   * export has them all. For long client-side lists (an import's 10,000 rows).
   */
  maxRows?: number;
};

const priorityOf = <T,>(column: Column<T>, index: number): ColumnPriority =>
  column.priority ?? (index === 0 ? 'essential' : 'high');

/**
 * The one table of the portal: sortable headers (buttons with aria-sort), a filter box, "load
 * more" for cursor paging, and a CSV export of every matching row. Columns hide by priority as
 * the table narrows (a container query in styles.css); the row actions stay at the right edge.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { t } = useTranslation();
  const { columns, rows, rowKey, rowActions } = props;
  const [localSort, setLocalSort] = useState<SortState>(null);
  const controlled = props.onSortChange !== undefined;
  const sort = controlled ? (props.sort ?? null) : localSort;
  const { ref: scroller, overflowing } = useHorizontalOverflow<HTMLDivElement>();

  const sorted = useMemo(() => {
    if (controlled) return rows;
    const byKey = new Map(columns.map((c) => [c.key, c]));
    return sortRows(rows, sort, (row, column) => byKey.get(column)?.sortValue?.(row));
  }, [controlled, rows, columns, sort]);
  const shown = props.maxRows === undefined ? sorted : sorted.slice(0, props.maxRows);

  const csvColumns: CsvColumn<T>[] = columns
    .filter((c) => c.csv !== false && (c.csv !== undefined || c.sortValue !== undefined))
    .map((c) => ({
      header: c.header,
      value: (row: T) => (typeof c.csv === 'function' ? c.csv(row) : (c.sortValue?.(row) ?? null)),
    }));

  const sortable = (column: Column<T>) =>
    controlled ? (props.serverSortable ?? []).includes(column.key) : column.sortValue !== undefined;
  const changeSort = (column: string) => {
    const next = nextSort(sort, column);
    if (controlled) props.onSortChange?.(next);
    else setLocalSort(next);
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Group align="flex-end" gap="sm">
          {props.search && (
            <TextInput
              label={props.search.label ?? t('table.search')}
              placeholder={props.search.placeholder ?? t('table.searchPlaceholder')}
              leftSection={<IconSearch size={16} aria-hidden="true" />}
              value={props.search.value}
              onChange={(e) => props.search?.onChange(e.currentTarget.value)}
              type="search"
              w={260}
            />
          )}
          {props.filters}
        </Group>
        <Group gap="sm">
          {props.exportAll && (
            <ExportButton fetchAll={props.exportAll} columns={csvColumns} fileName={props.label} />
          )}
          {props.toolbar}
        </Group>
      </Group>
      {props.error ? (
        <Alert color="red" role="alert">
          {errorText(t, props.error)}
        </Alert>
      ) : null}
      <Paper withBorder radius="md" className="data-table-frame">
        <div className="data-table-scroll" ref={scroller} data-overflowing={overflowing || undefined}>
          <Table
            className="data-table"
            striped
            highlightOnHover
            verticalSpacing="xs"
            aria-label={props.label}
            aria-busy={props.loading}
          >
            <Table.Thead>
              <Table.Tr>
                {columns.map((column, index) => (
                  <SortHeader
                    key={column.key}
                    column={column.key}
                    label={column.header}
                    priority={priorityOf(column, index)}
                    sort={sort}
                    sortable={sortable(column)}
                    onSort={changeSort}
                  />
                ))}
                {rowActions && (
                  <Table.Th className="data-table-actions">
                    <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((row) => (
                <Table.Tr key={rowKey(row)}>
                  {columns.map((column, index) => (
                    <Table.Td key={column.key} data-priority={priorityOf(column, index)}>
                      {column.cell(row)}
                    </Table.Td>
                  ))}
                  {rowActions && (
                    <Table.Td ta="right" w={1} className="data-table-actions">
                      {rowActions(row)}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </Paper>
      {props.loading && (
        <Center py="md">
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      )}
      {!props.loading && !props.error && shown.length === 0 && (
        <Text c="dimmed" ta="center" py="md">
          {props.empty ?? t('table.empty')}
        </Text>
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {shown.length < sorted.length
            ? t('table.countOf', { count: shown.length, total: sorted.length })
            : t('table.count', { count: shown.length })}
          {props.hasMore ? ` ${t('table.more')}` : ''}
        </Text>
        {props.hasMore && (
          <Button variant="light" onClick={props.onLoadMore} loading={props.loadingMore}>
            {t('table.loadMore')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
