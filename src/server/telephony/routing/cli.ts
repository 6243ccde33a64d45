import { DomainError } from '../../../core/errors';
import type { Language } from '../../../core/messages/texts';
import { describePlan } from '../../../core/routing';
import type { Database } from '../../db/client';
import { CliRefusal } from '../provisioning/cli';
import { findEnterprise } from '../provisioning/service';
import { simulateCall } from './service';

export type SimulateOptions = {
  enterprise: string;
  from: string;
  to: string;
  at?: string | undefined;
  digits?: string | undefined;
  answer?: string | undefined;
  lang?: string | undefined;
};

/**
 * `centrale simulate`: plans a call as the API's simulator does and prints the plan
 * (describePlan: every step with its branches and why), then the path the assumed events take
 * and the outcome. Exit 2 for an unknown enterprise or option, 3 for a refused call (its issues on
 * stderr, one a line).
 */
export async function runSimulate(database: Database, options: SimulateOptions): Promise<string> {
  const found = await findEnterprise(database.db, options.enterprise);
  if (found === null) {
    throw new CliRefusal(`No enterprise "${options.enterprise}" (give its id or its exact name).`, 2);
  }
  const language: Language = options.lang === 'en' ? 'en' : 'nl';
  if (options.lang !== undefined && options.lang !== 'nl' && options.lang !== 'en') {
    throw new CliRefusal(`--lang is nl or en, not "${options.lang}".`, 2);
  }
  try {
    const result = await simulateCall(
      database,
      found.id,
      {
        from: options.from,
        to: options.to,
        ...(options.at !== undefined ? { at: options.at } : {}),
        ...(options.digits !== undefined ? { digits: options.digits } : {}),
        ...(options.answer === 'none' ? { answer: 'none' as const } : {}),
      },
      { now: new Date(), language },
    );
    const path = result.simulation.steps.map(
      (s) =>
        `  #${s.id} ${s.kind}${s.event ? ` → ${s.event}${s.key ? ` ${s.key}` : ''}` : ''}  ${s.explanation}`,
    );
    const outcome = result.simulation.outcome;
    return [
      `${found.name}: ${options.from} → ${options.to} at ${result.at}`,
      ...describePlan(result.plan, language),
      '',
      language === 'nl' ? 'Verloop:' : 'Path:',
      ...path,
      `${language === 'nl' ? 'Uitkomst' : 'Outcome'}: ${outcome.kind} (${outcome.code}) — ${outcome.reason}`,
      '',
    ].join('\n');
  } catch (err) {
    if (err instanceof DomainError) {
      const lines = err.issues.map((i) => `${i.path || '(call)'}: ${i.code} ${i.message}`);
      throw new CliRefusal(lines.join('\n') || err.message, 3);
    }
    if (err && typeof err === 'object' && 'issues' in err && Array.isArray(err.issues)) {
      const lines = (err.issues as { path: (string | number)[]; message: string }[]).map(
        (i) => `${i.path.join('.')}: ${i.message}`,
      );
      throw new CliRefusal(lines.join('\n'), 3);
    }
    throw err;
  }
}
