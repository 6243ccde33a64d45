import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from './form-alert';

/**
 * "Are you sure?" for removals and other actions that cannot be undone. When the page already
 * knows the action will be refused (`refusal`), the dialog says why instead, and offers no
 * button that can only fail.
 */
export function ConfirmDialog({
  opened,
  title,
  message,
  confirmLabel,
  danger = true,
  loading,
  error,
  refusal = null,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  loading?: boolean;
  error?: string | null;
  /** Why the action cannot be done now; replaces the question and the confirm button. */
  refusal?: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      {refusal ? (
        <Stack gap="md">
          <Alert color="yellow" icon={<IconInfoCircle aria-hidden="true" />} data-testid="refusal">
            {refusal}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text>{message}</Text>
          <FormAlert message={error ?? null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button color={danger ? 'red' : undefined} onClick={onConfirm} loading={loading} data-autofocus>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
