import { useState, type ChangeEvent } from 'react';
import { ApiError, errorMessage, type ProblemFieldError } from './api-error';

/** `services`, `services.0` and `services[0]` all belong to the input named `services`. */
function belongsTo(errorField: string, input: string): boolean {
  return errorField === input || errorField.startsWith(`${input}.`) || errorField.startsWith(`${input}[`);
}

export interface FormErrors<F extends string> {
  /** The API's message for an input, until the person edits that input. */
  fieldError: (field: F) => string | undefined;
  /** Call from an input's onChange: its server error no longer applies. */
  touch: (field: F) => void;
  /**
   * What to show above the form: the general message when no field error explains the failure,
   * and any field errors the form has no input for (so none is lost). Null when nothing to show.
   */
  summary: { message: string; others: ProblemFieldError[] } | null;
}

/**
 * Turns the problem details of a failed submission (`errors: [{ field, message }]`) into the
 * `error` of each Mantine input, the way the API names the fields of the request body.
 */
export function useFormErrors<F extends string>(error: unknown, fields: readonly F[]): FormErrors<F> {
  const [edited, setEdited] = useState<ReadonlySet<F>>(new Set());
  const [seen, setSeen] = useState<unknown>(error);
  if (seen !== error) {
    // A new answer: every field error in it applies again.
    setSeen(error);
    setEdited(new Set());
  }

  const errors = error instanceof ApiError ? error.errors : [];
  const fieldError = (field: F): string | undefined => {
    if (edited.has(field)) return undefined;
    const messages = errors.filter((e) => belongsTo(e.field, field)).map((e) => e.message);
    return messages.length === 0 ? undefined : messages.join(' ');
  };
  const others = errors.filter((e) => !fields.some((field) => belongsTo(e.field, field)));
  const summary =
    error === null || error === undefined || (errors.length > 0 && others.length === 0)
      ? null
      : { message: errorMessage(error), others };

  return {
    fieldError,
    touch: (field) => {
      if (!edited.has(field)) setEdited(new Set(edited).add(field));
    },
    summary,
  };
}

/**
 * What a text input, text area or native select needs to edit one field: its value, a change
 * handler that also lets the field's server error go, and that error.
 */
export function fieldInput<F extends string>(
  errors: FormErrors<F>,
  field: F,
  value: string,
  setValue: (value: string) => void,
) {
  return {
    value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
      setValue(event.currentTarget.value);
      errors.touch(field);
    },
    error: errors.fieldError(field),
  };
}

/** What a picker that reports its new value (not an event) needs to edit one field. */
export function fieldChoice<F extends string, T>(
  errors: FormErrors<F>,
  field: F,
  value: T,
  setValue: (value: T) => void,
) {
  return {
    value,
    onChange: (next: T) => {
      setValue(next);
      errors.touch(field);
    },
    error: errors.fieldError(field),
  };
}
