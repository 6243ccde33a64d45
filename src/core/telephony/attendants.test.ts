import { describe, expect, it } from 'vitest';
import { issuesOf } from '../messages/zod-issues';
import { type AttendantMenus, attendantMenusSchema, checkMenus, type Menu, treeFor } from './attendants';

const USER = '11111111-1111-4111-8111-111111111111';
const AUDIO = '22222222-2222-4222-8222-222222222222';
const QUEUE = '33333333-3333-4333-8333-333333333333';

const menu = (id: string, keys: Menu['keys'] = {}, extra: Partial<Menu> = {}): Menu => ({
  id,
  name: id,
  greeting: { kind: 'text', text: `Menu ${id}` },
  timeoutSeconds: 10,
  maxRepeats: 2,
  keys,
  timeoutAction: { kind: 'dial_by_name' },
  invalidAction: { kind: 'dial_by_extension' },
  ...extra,
});

const tree = (...menus: Menu[]) => ({ menus });
const doc = (businessHours: ReturnType<typeof tree>, rest: Partial<AttendantMenus> = {}): AttendantMenus => ({
  businessHours,
  afterHours: null,
  holiday: null,
  ...rest,
});
const sub = (menuId: string) => ({ kind: 'submenu' as const, menuId });
const check = (d: AttendantMenus, operator: Parameters<typeof checkMenus>[1] = null) =>
  checkMenus(d, operator, { extensionLength: 3 });

describe('checkMenus: what is accepted', () => {
  it.each<[string, AttendantMenus]>([
    ['one menu', doc(tree(menu('root')))],
    [
      'a sub-menu with back',
      doc(tree(menu('root', { '2': sub('support') }), menu('support', { '9': { kind: 'back' } }))),
    ],
    [
      'three levels deep',
      doc(
        tree(
          menu('a', { '1': sub('b') }),
          menu('b', { '1': sub('c'), '9': { kind: 'back' } }),
          menu('c', { '#': { kind: 'back' } }),
        ),
      ),
    ],
    [
      'one menu reached by two keys (no cycle)',
      doc(tree(menu('a', { '1': sub('b'), '2': sub('c') }), menu('b', { '1': sub('c') }), menu('c'))),
    ],
    [
      'every key',
      doc(
        tree(
          menu(
            'root',
            Object.fromEntries(
              ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#'].map((k) => [
                k,
                { kind: 'repeat' },
              ]),
            ),
          ),
        ),
      ),
    ],
  ])('%s', (_name, d) => {
    expect(check(d).problems).toEqual({});
  });

  it('answers the targets to look up by path, and outside numbers in E.164', () => {
    const result = check(
      doc(
        tree(
          menu(
            'root',
            {
              '1': { kind: 'transfer', announce: true, target: { type: 'user', id: USER } },
              '2': { kind: 'transfer', announce: false, target: { type: 'number', number: '06 1234 5678' } },
              '3': { kind: 'transfer', announce: false, target: { type: 'extension', extension: '201' } },
              '4': { kind: 'voicemail', userId: USER },
              '5': { kind: 'announcement', greeting: { kind: 'audio', audioId: AUDIO } },
              '6': { kind: 'transfer', announce: false, target: { type: 'queue', id: QUEUE } },
            },
            { timeoutAction: { kind: 'transfer', announce: false, target: { type: 'operator' } } },
          ),
        ),
      ),
      { type: 'user', id: USER },
    );
    expect(result.problems).toEqual({});
    expect(result.references).toEqual([
      { path: 'menus.businessHours.menus.0.keys.1.target.id', target: { type: 'user', id: USER } },
      { path: 'menus.businessHours.menus.0.keys.4.userId', target: { type: 'user', id: USER } },
      { path: 'menus.businessHours.menus.0.keys.5.greeting.audioId', target: { type: 'audio', id: AUDIO } },
      { path: 'menus.businessHours.menus.0.keys.6.target.id', target: { type: 'queue', id: QUEUE } },
      { path: 'operator.id', target: { type: 'user', id: USER } },
    ]);
    expect(result.extensions).toEqual([
      { path: 'menus.businessHours.menus.0.keys.3.target.extension', extension: '201' },
    ]);
    expect(result.menus.businessHours.menus[0]?.keys['2']).toMatchObject({
      target: { number: '+31612345678' },
    });
  });
});

describe('checkMenus: what is refused, by path', () => {
  it.each<[string, AttendantMenus, Record<string, string>]>([
    [
      'a sub-menu leading back to the root',
      doc(tree(menu('root', { '2': sub('support') }), menu('support', { '1': sub('root') }))),
      { 'menus.businessHours.menus.1.keys.1.menuId': 'menu_cycle' },
    ],
    [
      'a cycle three menus deep',
      doc(tree(menu('a', { '1': sub('b') }), menu('b', { '1': sub('c') }), menu('c', { '5': sub('b') }))),
      { 'menus.businessHours.menus.2.keys.5.menuId': 'menu_cycle' },
    ],
    [
      'a menu pointing at itself',
      doc(tree(menu('a', { '1': sub('b') }), menu('b', { '*': sub('b') }))),
      { 'menus.businessHours.menus.1.keys.*.menuId': 'menu_cycle' },
    ],
    [
      'a cycle through a timeout action',
      doc(tree(menu('a', { '1': sub('b') }), menu('b', {}, { timeoutAction: sub('a') }))),
      { 'menus.businessHours.menus.1.timeoutAction.menuId': 'menu_cycle' },
    ],
    [
      'back in the root',
      doc(tree(menu('root', { '9': { kind: 'back' } }))),
      { 'menus.businessHours.menus.0.keys.9': 'menu_back_in_root' },
    ],
    [
      'back as the root timeout',
      doc(tree(menu('root', {}, { timeoutAction: { kind: 'back' } }))),
      { 'menus.businessHours.menus.0.timeoutAction': 'menu_back_in_root' },
    ],
    [
      'back in the holiday root',
      doc(tree(menu('root')), { holiday: tree(menu('h', { '0': { kind: 'back' } })) }),
      { 'menus.holiday.menus.0.keys.0': 'menu_back_in_root' },
    ],
    [
      'a sub-menu that is not there',
      doc(tree(menu('root', { '1': sub('nope') }))),
      { 'menus.businessHours.menus.0.keys.1.menuId': 'menu_unknown' },
    ],
    [
      'a menu no key reaches',
      doc(tree(menu('root'), menu('lost'))),
      { 'menus.businessHours.menus.1.id': 'menu_unreachable' },
    ],
    [
      'two menus with one id',
      doc(tree(menu('root', { '1': sub('x') }), menu('x'), menu('x'))),
      { 'menus.businessHours.menus.2.id': 'menu_id_taken' },
    ],
    [
      'repeat after the repeats',
      doc(tree(menu('root', {}, { invalidAction: { kind: 'repeat' } }))),
      { 'menus.businessHours.menus.0.invalidAction': 'menu_repeat_as_fallback' },
    ],
    [
      'the operator without one',
      doc(tree(menu('root', { '0': { kind: 'transfer', announce: false, target: { type: 'operator' } } }))),
      { 'menus.businessHours.menus.0.keys.0.target': 'menu_operator_missing' },
    ],
    [
      'an extension of the wrong length',
      doc(
        tree(
          menu('root', {
            '1': { kind: 'transfer', announce: false, target: { type: 'extension', extension: '2011' } },
          }),
        ),
      ),
      { 'menus.businessHours.menus.0.keys.1.target.extension': 'extension_length' },
    ],
    [
      'no phone number',
      doc(
        tree(
          menu('root', {
            '1': { kind: 'transfer', announce: false, target: { type: 'number', number: '12' } },
          }),
        ),
      ),
      { 'menus.businessHours.menus.0.keys.1.target.number': 'phone_number' },
    ],
  ])('%s', (_name, d, expected) => {
    const problems = check(d).problems;
    const codes = Object.fromEntries(
      Object.entries(problems).map(([p, s]) => [p, typeof s === 'string' ? s : s.code]),
    );
    expect(codes).toEqual(expected);
  });

  it('names the way round a cycle', () => {
    const problems = check(
      doc(tree(menu('a', { '1': sub('b') }), menu('b', { '1': sub('c') }), menu('c', { '5': sub('a') }))),
    ).problems;
    expect(problems['menus.businessHours.menus.2.keys.5.menuId']).toEqual({
      code: 'menu_cycle',
      params: { path: 'a → b → c → a' },
    });
  });

  it('checks any depth without overflowing', () => {
    const menus = Array.from({ length: 50 }, (_, i) =>
      menu(`m${i}`, i < 49 ? { '1': sub(`m${i + 1}`) } : { '1': sub('m0') }),
    );
    expect(Object.keys(check(doc(tree(...menus))).problems)).toEqual([
      'menus.businessHours.menus.49.keys.1.menuId',
    ]);
  });
});

describe('attendantMenusSchema', () => {
  it.each([
    [{ businessHours: { menus: [] } }, 'businessHours.menus', 'too_few'],
    [
      { businessHours: { menus: [{ ...menu('r'), keys: { A: { kind: 'repeat' } } }] } },
      'businessHours.menus.0.keys.A',
      'menu_key_unknown',
    ],
    [
      { businessHours: { menus: [{ ...menu('r'), id: 'with space' }] } },
      'businessHours.menus.0.id',
      'menu_id_format',
    ],
    [
      { businessHours: { menus: [{ ...menu('r'), timeoutSeconds: 0 }] } },
      'businessHours.menus.0.timeoutSeconds',
      'too_small',
    ],
    [
      { businessHours: { menus: [{ ...menu('r'), keys: { '1': { kind: 'fax' } } }] } },
      'businessHours.menus.0.keys.1.kind',
      undefined,
    ],
  ])('refuses %j at %s', (input, path, code) => {
    const issue = (issuesOf(attendantMenusSchema, input) ?? []).find((i) => i.path === path);
    expect(issue).toBeDefined();
    if (code) expect(issue?.code).toBe(code);
  });
});

describe('treeFor', () => {
  const b = tree(menu('b'));
  const a = tree(menu('a'));
  const h = tree(menu('h'));
  it.each<[string, AttendantMenus, 'businessHours' | 'afterHours' | 'holiday', string]>([
    ['business hours', doc(b, { afterHours: a, holiday: h }), 'businessHours', 'businessHours'],
    ['after hours', doc(b, { afterHours: a, holiday: h }), 'afterHours', 'afterHours'],
    ['a holiday', doc(b, { afterHours: a, holiday: h }), 'holiday', 'holiday'],
    ['a holiday without its menu: after hours', doc(b, { afterHours: a }), 'holiday', 'afterHours'],
    ['a holiday with neither: business hours', doc(b), 'holiday', 'businessHours'],
    ['after hours without its menu: business hours', doc(b, { holiday: h }), 'afterHours', 'businessHours'],
  ])('%s', (_name, d, period, kind) => {
    expect(treeFor(d, period).kind).toBe(kind);
  });
});
