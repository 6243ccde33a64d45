import type { FastifyInstance } from 'fastify';
import { DomainError, type IssueCode } from '../../core/errors';
import { escapeUnstorable, unstorableTextProblem } from '../../core/text';

/** At most this many field messages in one answer (a hostile body may hold thousands). */
const MAX_FIELDS = 20;

/**
 * Field messages for every string and object key in `value` that text columns cannot hold, on
 * the dotted path of the value (`members.3.name`; `_` for the value itself). The walk keeps its
 * own stack: a 1 MiB body can nest deeper than the call stack.
 */
export function unstorableTextFields(value: unknown): Record<string, IssueCode> {
  const fields: Record<string, IssueCode> = {};
  let found = 0;
  const stack: [unknown, string][] = [[value, '']];
  const note = (path: string, problem: IssueCode) => {
    const field = path || '_';
    if (fields[field] === undefined) {
      fields[field] = problem;
      found++;
    }
  };
  while (stack.length > 0 && found < MAX_FIELDS) {
    const [current, path] = stack.pop() as [unknown, string];
    if (typeof current === 'string') {
      const problem = unstorableTextProblem(current);
      if (problem !== null) note(path, problem);
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push([current[i], join(path, String(i))]);
    } else if (typeof current === 'object' && current !== null) {
      const keys = Object.keys(current);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        const child = join(path, escapeUnstorable(key));
        const problem = unstorableTextProblem(key);
        if (problem !== null) note(child, problem);
        stack.push([(current as Record<string, unknown>)[key], child]);
      }
    }
  }
  return fields;
}

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/**
 * Refuses NUL characters and unpaired surrogates anywhere in a route's params, query and body
 * with a 400 naming each field, before the route's policy, validation and handler run (the
 * login must not look an account up with them). One hook for every route, not a rule in each
 * schema: PostgreSQL text cannot hold NUL, and used to answer such input with a 500.
 */
export function installTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    if (req.is404) return;
    for (const value of [req.params, req.query, req.body]) {
      const fields = unstorableTextFields(value);
      if (Object.keys(fields).length > 0) {
        throw new DomainError('validation_failed', { fields });
      }
    }
  });
}
