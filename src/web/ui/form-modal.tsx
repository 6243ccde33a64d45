import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';

/** A form in a dialog; focus goes to the element marked data-autofocus, Escape closes. */
export function FormModal({
  opened,
  title,
  onClose,
  children,
  size = 'lg',
}: {
  opened: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  size?: string;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} centered>
      {opened && children}
    </Modal>
  );
}
