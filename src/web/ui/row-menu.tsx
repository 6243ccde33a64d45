import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconEdit, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type RowAction = {
  label: string;
  icon?: ReactNode;
  onClick: () => void;
  danger?: boolean;
  hidden?: boolean;
};

/** What a row menu offers: the usual "Edit" first and "Remove" last, when given, around `actions`. */
export type RowMenuEntries = {
  onEdit?: () => void;
  actions?: RowAction[];
  onRemove?: () => void;
};

/** The actions of one table row behind a labelled "…" button (keyboard: Enter, arrows, Escape). */
export function RowMenu({ name, onEdit, actions = [], onRemove }: { name: string } & RowMenuEntries) {
  const { t } = useTranslation();
  const all: RowAction[] = [
    ...(onEdit
      ? [{ label: t('common.edit'), icon: <IconEdit size={16} aria-hidden="true" />, onClick: onEdit }]
      : []),
    ...actions,
    ...(onRemove
      ? [
          {
            label: t('common.remove'),
            icon: <IconTrash size={16} aria-hidden="true" />,
            danger: true,
            onClick: onRemove,
          },
        ]
      : []),
  ];
  const shown = all.filter((a) => !a.hidden);
  if (shown.length === 0) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('table.actionsFor', { name })}>
          <IconDots size={18} aria-hidden="true" />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {shown.map((action) => (
          <Menu.Item
            key={action.label}
            leftSection={action.icon}
            color={action.danger ? 'red' : undefined}
            onClick={action.onClick}
          >
            {action.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
