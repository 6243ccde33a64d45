import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A dialog with a form: its fields, the problem of the last save, Save and Cancel (Escape closes). */
export function EditDialog({
  title,
  opened,
  onClose,
  onSave,
  busy,
  problem,
  children,
}: {
  title: string;
  opened: boolean;
  onClose: () => void;
  onSave: () => void;
  busy: boolean;
  problem: string | null;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSave();
        }}
      >
        <Stack gap="xs">
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          {children}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('config.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('config.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
