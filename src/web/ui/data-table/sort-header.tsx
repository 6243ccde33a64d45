import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ColumnPriority } from './priority';
import { ariaSort, type SortState } from './sort';

/** A column header; a sortable one is a button, and the header says how it is sorted (aria-sort). */
export function SortHeader({
  column,
  label,
  priority,
  sort,
  sortable,
  onSort,
}: {
  column: string;
  label: string;
  priority: ColumnPriority;
  sort: SortState;
  sortable: boolean;
  onSort: (column: string) => void;
}) {
  const { t } = useTranslation();
  if (!sortable) {
    return (
      <Table.Th scope="col" data-priority={priority}>
        {label}
      </Table.Th>
    );
  }
  const state = ariaSort(sort, column);
  const Icon =
    state === 'ascending' ? IconSortAscending : state === 'descending' ? IconSortDescending : IconArrowsSort;
  return (
    <Table.Th scope="col" aria-sort={state} data-priority={priority}>
      <UnstyledButton
        onClick={() => onSort(column)}
        className="sort-button"
        title={t('table.sortBy', { column: label })}
      >
        <Group gap={4} wrap="nowrap">
          <span>{label}</span>
          <Icon size={14} aria-hidden="true" opacity={state === 'none' ? 0.4 : 1} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
