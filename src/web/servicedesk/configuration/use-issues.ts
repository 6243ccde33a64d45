import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiIssue, isApiError } from '../../api/api-error';
import { errorText, issueText } from '../../ui/error-text';

/**
 * A form's refusals: field issues by path (shown on their fields), anything else as one problem.
 * `run` returns whether the write went through.
 */
export function useIssues() {
  const { t } = useTranslation();
  const [issues, setIssues] = useState<ApiIssue[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const errorAt = (path: string): string | undefined => {
    const found = issues.filter((i) => i.path === path);
    return found.length === 0 ? undefined : found.map((i) => issueText(t, i)).join('; ');
  };
  const run = async (write: () => Promise<unknown>): Promise<boolean> => {
    setProblem(null);
    try {
      await write();
      setIssues([]);
      return true;
    } catch (e) {
      if (isApiError(e) && e.issues.some((i) => i.path !== '')) setIssues([...e.issues]);
      else setProblem(errorText(t, e));
      return false;
    }
  };
  const reset = () => {
    setIssues([]);
    setProblem(null);
  };
  return { issues, problem, errorAt, run, reset };
}
