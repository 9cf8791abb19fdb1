import { Modal, type ModalProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { Permission } from '../lib/permissions';
import { GuardedButton } from './guarded-button';

export interface ModalFormButtonProps {
  permission: Permission;
  /** The button's text. */
  label: ReactNode;
  title: ReactNode;
  size: ModalProps['size'];
  /** Called whenever the dialog closes, e.g. to forget the last attempt's error. */
  onClose: () => void;
  /** The form, given the function that closes the dialog. */
  children: (close: () => void) => ReactNode;
}

/** A button, guarded by a permission, that opens a form in a dialog; each opening starts a fresh form. */
export function ModalFormButton({ permission, label, title, size, onClose, children }: ModalFormButtonProps) {
  const [opened, setOpened] = useState(false);
  const close = () => {
    setOpened(false);
    onClose();
  };
  return (
    <>
      <GuardedButton
        permission={permission}
        onClick={() => {
          setOpened(true);
        }}
      >
        {label}
      </GuardedButton>
      <Modal opened={opened} onClose={close} title={title} size={size}>
        {opened && children(close)}
      </Modal>
    </>
  );
}
