import { Alert } from '@mantine/core';
import type { FormErrors } from '../lib/form-errors';

/** The part of a failed submission that no input shows: the general message and stray field errors. */
export function FormErrorAlert({ title, summary }: { title: string; summary: FormErrors<string>['summary'] }) {
  if (summary === null) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={title}>
      {summary.message}
      {summary.others.map((e) => (
        <div key={`${e.field}:${e.message}`}>
          {e.field}: {e.message}
        </div>
      ))}
    </Alert>
  );
}
