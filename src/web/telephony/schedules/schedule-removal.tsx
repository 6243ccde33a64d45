import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleDto } from '../../../core/telephony/schedules';
import { isApiError } from '../../api/api-error';
import { errorText } from '../../ui/error-text';
import { FormAlert } from '../../ui/form-alert';
import { SCHEDULES, schedulesApi } from './queries';

/**
 * The names of what still follows a schedule, from the API's 409 `in_use` refusal (its reason's
 * `referrers` param: the names, comma-separated, sorted by kind and name); null for another error.
 */
export function referrersOf(error: unknown): string[] | null {
  if (!isApiError(error) || error.status !== 409 || error.reason?.code !== 'in_use') return null;
  const names = String(error.reason.params.referrers ?? '');
  return names === '' ? [] : names.split(', ');
}

/** "Remove this schedule?" and its request; a refusal because something follows it lists those. */
export function useScheduleRemoval(onRemoved?: () => void) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const [target, setTarget] = useState<ScheduleDto | null>(null);
  const mutation = useMutation({
    mutationFn: (s: ScheduleDto) => schedulesApi.remove(s.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: SCHEDULES });
      void queryClient.invalidateQueries({ queryKey: ['targets'] });
      notifications.show({ color: 'green', message: t('schedules.removed') });
      setTarget(null);
      onRemoved?.();
    },
  });
  return {
    target,
    ask: (s: ScheduleDto) => {
      mutation.reset();
      setTarget(s);
    },
    close: () => setTarget(null),
    confirm: () => target !== null && mutation.mutate(target),
    loading: mutation.isPending,
    error: mutation.error,
  };
}

export type ScheduleRemoval = ReturnType<typeof useScheduleRemoval>;

export function ScheduleRemovalDialog({ removal }: { removal: ScheduleRemoval }) {
  const { t } = useTranslation();
  const referrers = referrersOf(removal.error);
  return (
    <Modal
      opened={removal.target !== null}
      onClose={removal.close}
      title={t('schedules.removeTitle')}
      centered
    >
      {referrers !== null ? (
        <Stack gap="md">
          <Alert
            color="yellow"
            icon={<IconInfoCircle aria-hidden="true" />}
            role="alert"
            data-testid="refusal"
          >
            <Text fw={600}>{t('schedules.inUseTitle')}</Text>
            <List size="sm" mt={4} aria-label={t('schedules.inUseTitle')}>
              {referrers.map((name) => (
                <List.Item key={name}>{name}</List.Item>
              ))}
            </List>
            <Text size="sm" mt={4}>
              {t('schedules.inUseHint')}
            </Text>
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={removal.close} data-autofocus>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text>{t('schedules.removeText', { name: removal.target?.name ?? '' })}</Text>
          <FormAlert message={removal.error ? errorText(t, removal.error) : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={removal.close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={removal.confirm} loading={removal.loading} data-autofocus>
              {t('common.remove')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
