import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * A change through the API after which the caches it touches are read again: every query under
 * each of `keys` (a list shows a count or a column of what changed, so it goes too).
 */
export function useInvalidatingMutation<A, R>(
  keys: readonly QueryKey[],
  fn: (arg: A) => Promise<R>,
  onSuccess: (result: R) => void,
  onError: (e: unknown) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (result) => {
      for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
      onSuccess(result);
    },
    onError,
  });
}
