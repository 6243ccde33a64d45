import { type ChangeEvent, type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { issuesOf } from '../../core/messages/zod-issues';
import { type ApiIssue, isApiError } from '../api/api-error';
import { errorText, issuesText } from './error-text';

/** Issues by their full path ("name", "forwarding.busy.destination", "members.3.weight"). */
export type FieldIssues = Record<string, ApiIssue[]>;

export function groupByPath(issues: readonly ApiIssue[]): FieldIssues {
  const fields: FieldIssues = {};
  for (const issue of issues) {
    const list = fields[issue.path] ?? [];
    list.push(issue);
    fields[issue.path] = list;
  }
  return fields;
}

/** The keys of a form's values that hold text. */
type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/**
 * A small form state: values, field issues from the shared zod schema (before sending) and from
 * the API (after), and a general error for the rest. Issues are kept by code and translated when
 * shown, so a change of language changes them too. A nested field is addressed by its path.
 */
export function useForm<T extends Record<string, unknown>>(initial: T) {
  const { t } = useTranslation();
  const [values, setValues] = useState<T>(initial);
  const [fields, setFields] = useState<FieldIssues>({});
  const [general, setGeneral] = useState<string | null>(null);

  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    // Changing a value clears its issues and those of everything under it.
    setFields((current) => {
      const prefix = `${String(key)}.`;
      const kept = Object.entries(current).filter(([path]) => path !== key && !path.startsWith(prefix));
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
    });
  }, []);

  /** An issue is shown at its field when the form has the field its path starts with. */
  const hasField = (path: string): boolean => (path.split('.')[0] as string) in values;

  /** Checks the values against a schema; returns the parsed body, or null after showing the issues. */
  function validate<S extends z.ZodType>(schema: S, input: unknown = values): z.output<S> | null {
    const result = schema.safeParse(input);
    if (result.success) {
      setFields({});
      setGeneral(null);
      return result.data;
    }
    const issues = issuesOf(schema, input) ?? [];
    setFields(groupByPath(issues));
    const elsewhere = issues.filter((i) => !hasField(i.path));
    setGeneral(elsewhere.length > 0 ? (issuesText(t, elsewhere) ?? null) : null);
    return null;
  }

  /** Shows what the API answered: field issues next to the inputs, the reason or code otherwise. */
  function fail(error: unknown): void {
    if (isApiError(error) && error.fieldIssues.length > 0) {
      const shown = error.fieldIssues.filter((i) => hasField(i.path));
      setFields(groupByPath(shown));
      setGeneral(
        error.reason !== undefined || shown.length < error.fieldIssues.length ? errorText(t, error) : null,
      );
      return;
    }
    setFields({});
    setGeneral(errorText(t, error));
  }

  /** The translated issues of the field at `path`. */
  const error = (path: string): string | undefined => issuesText(t, fields[path]);

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
