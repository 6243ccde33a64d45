import { describe, expect, it } from 'vitest';
import { checkPasswordRules } from './password-rules';

const STRICT = { minLength: 12, requiredClasses: 4, historyCount: 10 };
const states = (password: string, current?: string) =>
  Object.fromEntries(
    checkPasswordRules(password, STRICT, { email: 'tom.telecom@voorbeeld.example', current }).map((r) => [
      r.key,
      r.state,
    ]),
  );

describe('checkPasswordRules', () => {
  it('shows every rule as not yet met before anything is typed', () => {
    expect(states('')).toEqual({ length: 'unmet', classes: 'unmet', loginName: 'unmet', history: 'server' });
  });

  it('ticks the rules off as the password grows', () => {
    expect(states('kort')).toMatchObject({ length: 'unmet', classes: 'unmet', loginName: 'met' });
    expect(states('Lang-genoeg-2026')).toMatchObject({ length: 'met', classes: 'met', loginName: 'met' });
  });

  it('marks the login name and the current password as broken rules', () => {
    expect(states('Tom.Telecom-2026!')).toMatchObject({ loginName: 'broken' });
    expect(states('Oud-Wachtwoord-1', 'Oud-Wachtwoord-1')).toMatchObject({ history: 'broken' });
    expect(states('Nieuw-Wachtwoord-2', 'Oud-Wachtwoord-1')).toMatchObject({ history: 'server' });
  });

  it('carries the numbers of the role for the texts', () => {
    const checks = checkPasswordRules(
      '',
      { minLength: 10, requiredClasses: 3, historyCount: 3 },
      {
        email: 'gebruiker@voorbeeld.example',
      },
    );
    expect(checks.map((c) => c.values)).toEqual([
      { count: 10 },
      { count: 3 },
      { name: 'gebruiker' },
      { count: 3 },
    ]);
  });
});
