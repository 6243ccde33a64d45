/**
 * How readily a column gives way when the table is narrow (the actions column never does):
 * `essential` always shows (the name), `high` hides only on phones, `medium` also on tablets and
 * narrow windows, `low` shows only on wide screens. The CSV export always has every column.
 */
export type ColumnPriority = 'essential' | 'high' | 'medium' | 'low';
