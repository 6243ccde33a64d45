import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

export type Removal<T> = {
  /** The row asked about; null when no dialog is open. */
  target: T | null;
  ask: (row: T) => void;
  close: () => void;
  confirm: () => void;
  loading: boolean;
  error: string | null;
  /** Why the row asked about cannot be removed, when the page can tell before asking the server. */
  refusal: string | null;
};

/**
 * The state of "remove this row?": which row, the request, its error; caches are refreshed
 * after. `refuse` tells from the row what the server would refuse (a site that still has users):
 * the dialog then says so instead of offering a removal that can only fail.
 */
export function useRemoval<T>(
  remove: (row: T) => Promise<void>,
  invalidate: readonly (readonly unknown[])[],
  done: string,
  refuse?: (row: T) => string | null,
): Removal<T> {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<T | null>(null);
  const mutation = useMutation({
    mutationFn: remove,
    onSuccess: () => {
      for (const key of invalidate) void queryClient.invalidateQueries({ queryKey: key });
      notifications.show({ color: 'green', message: done });
      setTarget(null);
    },
  });
  const refusal = target !== null && refuse ? refuse(target) : null;
  return {
    target,
    ask: (row: T) => {
      mutation.reset();
      setTarget(row);
    },
    close: () => setTarget(null),
    confirm: () => target !== null && refusal === null && mutation.mutate(target),
    loading: mutation.isPending,
    error: mutation.error ? errorText(t, mutation.error) : null,
    refusal,
  };
}
