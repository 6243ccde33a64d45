import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../core/access/permissions';
import { ROLES } from '../../core/access/roles';
import { navigationFor } from '../contexts';
import { mergeMessages } from './define';
import { resources } from './resources';

const leaves = (tree: unknown, path = ''): string[] =>
  typeof tree === 'object' && tree !== null
    ? Object.entries(tree).flatMap(([key, value]) => leaves(value, path === '' ? key : `${path}.${key}`))
    : [path];

describe('mergeMessages', () => {
  it('merges the objects of several parts and refuses a text defined twice', () => {
    expect(mergeMessages([{ nav: { a: 'A' } }, { nav: { b: 'B' }, c: 'C' }])).toEqual({
      nav: { a: 'A', b: 'B' },
      c: 'C',
    });
    expect(() => mergeMessages([{ nav: { a: 'A' } }, { nav: { a: 'other' } }])).toThrow(/nav\.a/);
    expect(() => mergeMessages([{ nav: 'A' }, { nav: { a: 'A' } }])).toThrow(/nav/);
  });
});

describe('the resources of all contexts', () => {
  it('have the same texts in Dutch and English', () => {
    expect(leaves(resources.en.translation).sort()).toEqual(leaves(resources.nl.translation).sort());
  });

  it('name and describe every navigation entry in both languages', () => {
    for (const role of ROLES) {
      const viewer = {
        role,
        permissions: permissionsOf(role),
        trainingRequired: false,
        access: 'read_write' as const,
        enterpriseId: null,
        enterpriseIds: role.startsWith('provider') ? null : ['e1'],
        siteIds: null,
      };
      for (const item of navigationFor(viewer, 'e1')) {
        for (const language of [resources.nl, resources.en]) {
          const tree = language.translation as {
            nav: Record<string, unknown>;
            navDescriptions: Record<string, unknown>;
          };
          expect(typeof tree.nav[item.key], `nav.${item.key}`).toBe('string');
          expect(typeof tree.navDescriptions[item.key], `navDescriptions.${item.key}`).toBe('string');
        }
      }
    }
  });
});
