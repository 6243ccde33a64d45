import { type ChangeEvent, type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from '../api/api-error';
import { errorText, fieldText } from './error-text';

/** Field messages from zod issues: the first message per top-level field. */
export function issuesToFields(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.length === 0 ? '_' : String(issue.path[0]);
    fields[key] ??= issue.message;
  }
  return fields;
}

/** The keys of a form's values that hold text. */
type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/**
 * A small form state: values, field errors from the shared zod schema (before sending) and from
 * the API (after), and a general error for the rest. Messages are translated when shown.
 */
export function useForm<T extends Record<string, unknown>>(initial: T) {
  const { t } = useTranslation();
  const [values, setValues] = useState<T>(initial);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);

  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setFields((current) => {
      if (!(key in current)) return current;
      const { [key as string]: _removed, ...rest } = current;
      return rest;
    });
  }, []);

  /** Checks the values against a schema; returns the parsed body, or null after showing the errors. */
  function validate<S extends z.ZodType>(schema: S, input: unknown = values): z.output<S> | null {
    const result = schema.safeParse(input);
    if (result.success) {
      setFields({});
      setGeneral(null);
      return result.data;
    }
    setFields(issuesToFields(result.error.issues));
    return null;
  }

  /** Shows what the API answered: field errors next to the inputs, the message otherwise. */
  function fail(error: unknown): void {
    if (isApiError(error) && Object.keys(error.fields).length > 0) {
      setFields(error.fields);
      setGeneral(
        error.fields._ !== undefined || Object.keys(error.fields).every((k) => !(k in values))
          ? errorText(t, error)
          : null,
      );
      return;
    }
    setGeneral(errorText(t, error));
  }

  const error = (key: string): string | undefined => fieldText(t, fields[key]);

  /** The value, change handler and error of a text input, to spread onto it. */
  const text = <K extends TextKey<T>>(key: K) => ({
    value: values[key] as string,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set(key, event.currentTarget.value as T[K]),
    error: error(key),
  });

  const submit = (handler: () => void) => (event: FormEvent) => {
    event.preventDefault();
    setGeneral(null);
    handler();
  };

  const reset = (next: T = initial) => {
    setValues(next);
    setFields({});
    setGeneral(null);
  };

  return { values, set, text, validate, fail, error, general, setGeneral, submit, reset };
}
