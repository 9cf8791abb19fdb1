import { Textarea } from '@mantine/core';

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
