import { notifications } from '@mantine/notifications';
import { useState } from 'react';

/**
 * The state of a page's form dialog: closed, open for a new row, or open on an existing row.
 * `saved` is what a form's onDone usually does: say so, then close.
 */
export function useFormDialog<T = never>() {
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const close = () => setEditing(null);
  return {
    opened: editing !== null,
    isNew: editing === 'new',
    /** The row being edited; null when closed or creating. */
    row: editing === 'new' ? null : editing,
    create: () => setEditing('new'),
    edit: (row: T) => setEditing(row),
    close,
    saved: (message: string) => {
      notifications.show({ color: 'green', message });
      close();
    },
  };
}
