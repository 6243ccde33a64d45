/** Same keys, any text: the English resources must mirror the Dutch ones key for key. */
export type Mirror<T> = { [K in keyof T]: T[K] extends string ? string : Mirror<T[K]> };

export type Bilingual<T> = { nl: T; en: Mirror<T> };

export const defineMessages = <T>(nl: T, en: Mirror<T>): Bilingual<T> => ({ nl, en });

type Tree = { [key: string]: unknown };
const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The texts of several contexts as one tree: objects merge (two contexts may each add entries to
 * `nav`), but a text defined twice is an error, so that no context silently overwrites another's.
 */
export function mergeMessages(parts: readonly object[]): Record<string, unknown> {
  const merge = (target: Tree, source: Tree, path: string): void => {
    for (const [key, value] of Object.entries(source)) {
      const at = path === '' ? key : `${path}.${key}`;
      const existing = target[key];
      if (existing === undefined) target[key] = isTree(value) ? structuredClone(value) : value;
      else if (isTree(existing) && isTree(value)) merge(existing, value, at);
      else throw new Error(`The text ${at} is defined twice`);
    }
  };
  const result: Tree = {};
  for (const part of parts) merge(result, part as Tree, '');
  return result;
}
