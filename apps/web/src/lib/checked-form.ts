import type { ChangeEvent } from 'react';
import { useState } from 'react';
import { useFormErrors, type FormErrors } from './form-errors';

type TextField<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V];

/**
 * A form checked before it is sent: its values, the problems found in them by field, and the
 * API's field errors after a failed attempt. Editing a field clears both for that field.
 */
export function useCheckedForm<V extends object, F extends Extract<keyof V, string>>(
  initial: V,
  fields: readonly F[],
  error: unknown,
) {
  const [values, setValues] = useState<V>(initial);
  const [problems, setProblems] = useState<Partial<Record<F, string>>>({});
  const errors: FormErrors<F> = useFormErrors(error, fields);

  const change = <K extends F>(field: K, value: V[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setProblems((previous) => {
      const rest = { ...previous };
      delete rest[field];
      return rest;
    });
    errors.touch(field);
  };
  const messageFor = (field: F) => problems[field] ?? errors.fieldError(field);
  /** What a text input needs to edit a string field. */
  const textInput = (field: F & TextField<V>) => ({
    value: values[field] as string,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      change(field, event.currentTarget.value as V[typeof field]);
    },
    error: messageFor(field),
  });

  return { values, change, messageFor, textInput, setProblems, summary: errors.summary };
}
