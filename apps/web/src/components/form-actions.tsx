import { Button, Group, type MantineColor, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

export interface FormActionsProps {
  submitLabel: ReactNode;
  onCancel: () => void;
  /** While the submission is on its way: the submit button spins and cancelling waits for it. */
  pending: boolean;
  submitDisabled?: boolean;
  submitColor?: MantineColor;
  mt?: MantineSpacing;
}

/** The foot of a form: Cancel, then the submit button, on the right. */
export function FormActions({ submitLabel, onCancel, pending, submitDisabled, submitColor, mt }: FormActionsProps) {
  return (
    <Group justify="flex-end" gap="sm" mt={mt}>
      <Button variant="default" onClick={onCancel} disabled={pending}>
        Cancel
      </Button>
      <Button type="submit" color={submitColor} loading={pending} disabled={submitDisabled}>
        {submitLabel}
      </Button>
    </Group>
  );
}
