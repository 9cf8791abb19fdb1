import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { Can } from '../../../lib/ability';
import type { CaseSummary } from '../../../lib/api-types';
import { CreateCaseForm } from './create-case-form';

export interface CreateCaseButtonProps {
  onCreated?: (created: CaseSummary) => void;
}

/** Shown only to people who may open cases; the API checks again. */
export function CreateCaseButton({ onCreated }: CreateCaseButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  // A new key per opening starts an empty form, while the closing one stays visible as it fades.
  const [formKey, setFormKey] = useState(0);
  return (
    <Can I="create" a="Case">
      <Button
        onClick={() => {
          setFormKey((key) => key + 1);
          open();
        }}
      >
        New case
      </Button>
      <Modal opened={opened} onClose={close} title="New case" size="lg">
        <CreateCaseForm
          key={formKey}
          onCancel={close}
          onCreated={(created) => {
            close();
            onCreated?.(created);
          }}
        />
      </Modal>
    </Can>
  );
}
