import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

/** The general error of a form (what is not about one field). */
export function FormAlert({ message }: { message: string | null }) {
  if (message === null) return null;
  return (
    <Alert color="red" icon={<IconAlertCircle aria-hidden="true" />} role="alert">
      {message}
    </Alert>
  );
}
