import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './confirm-dialog';
import type { Removal } from './use-removal';

/**
 * "Remove this row?" for a removal asked with useRemoval: its request, its error, its close;
 * or, when the page knows the removal would be refused, the reason and only a close button.
 */
export function RemovalDialog<T>({
  removal,
  title,
  message,
}: {
  removal: Removal<T>;
  title: string;
  message: string;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      opened={removal.target !== null}
      title={title}
      message={message}
      confirmLabel={t('common.remove')}
      loading={removal.loading}
      error={removal.error}
      refusal={removal.refusal}
      onConfirm={removal.confirm}
      onClose={removal.close}
    />
  );
}
