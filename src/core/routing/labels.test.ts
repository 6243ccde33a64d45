import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import { planOutline } from './labels';
import { plan } from './plan';
import { AT, baseSnapshot, NUM } from './test-fixtures';

describe('planOutline', () => {
  it('labels every step in both languages and lists its branches to steps of the plan', () => {
    const p = plan(compile(baseSnapshot()), { from: '+31612345678', to: NUM.main, at: AT.tuesday }, {});
    const nl = planOutline(p, 'nl');
    const en = planOutline(p, 'en');
    expect(nl.entry).toBe(p.entry);
    expect(nl.steps).toHaveLength(p.steps.length);
    for (const [i, step] of nl.steps.entries()) {
      expect(step.label).not.toBe('');
      expect(en.steps[i]?.label).not.toBe('');
      for (const b of step.branches) expect(p.steps[b.to]).toBeDefined();
    }
    const menu = nl.steps.find((s) => s.kind === 'collect');
    expect(menu?.branches.filter((b) => b.event === 'digit').every((b) => b.key !== undefined)).toBe(true);
  });
});
