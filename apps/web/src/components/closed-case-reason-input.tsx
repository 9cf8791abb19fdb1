import { Textarea } from '@mantine/core';
import { useState } from 'react';
import type { FormErrors } from '../lib/form-errors';

export const CLOSED_CASE_REASON_MISSING = 'Say why this belongs on the record of a closed case.';

export interface ClosedCaseReasonInputProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  disabled?: boolean;
}

/** What a lead adding to a closed case must give: why, kept with the record in the audit trail. */
export function ClosedCaseReasonInput({ value, onChange, error, disabled }: ClosedCaseReasonInputProps) {
  return (
    <Textarea
      label="Reason for adding to a closed case"
      description="The case is closed. Your reason is kept with this addition in the audit trail."
      required
      autosize
      minRows={2}
      value={value}
      onChange={(event) => {
        onChange(event.currentTarget.value);
      }}
      error={error}
      disabled={disabled}
    />
  );
}

/** The reason a form adding to a closed case must carry: the input's props, the check before sending, the request part. */
export function useClosedCaseReason(required: boolean, errors: FormErrors<'reason'>) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const absent = required && reason.trim() === '';
  return {
    /** False, and said under the input, when the reason is required but empty. */
    check: () => {
      setMissing(absent);
      return !absent;
    },
    request: required ? { reason: reason.trim() } : {},
    inputProps: {
      value: reason,
      onChange: (value: string) => {
        setReason(value);
        setMissing(false);
        errors.touch('reason');
      },
      error: missing ? CLOSED_CASE_REASON_MISSING : errors.fieldError('reason'),
    },
  };
}
