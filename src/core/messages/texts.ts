/**
 * Texts by stable code, in Dutch and English. Every error code and every issue code of the API
 * has one; the server writes the English one into `message`, the portal shows the one of its
 * language. Placeholders are `{name}`, filled from the issue's `params`.
 */
export type Texts = { nl: string; en: string };
export type Language = keyof Texts;
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

export type Params = Record<string, string | number>;

/** Checks the shape at compile time and keeps the literal keys (the codes). */
export const defineTexts = <const T extends Record<string, Texts>>(texts: T): T => texts;

/** Fills `{name}` placeholders; an unknown placeholder stays as written. */
export function formatMessage(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The placeholders a template uses, for the tests that compare the two languages. */
export const placeholdersOf = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
