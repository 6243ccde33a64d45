import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AuditShape } from '../../core/audit/shape';
import { resources } from '../../web/i18n/resources';

// The portal's audit log names every entity type and labels every field the log keeps: a shape
// added beside any presenter (src/server/**/presenter.ts) gets its Dutch and English texts in the
// portal (`audit.entityTypes.<type>`, `audit.fields.<type>.<field>`, in the i18n of its context),
// or this test says which one is missing.

const serverDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function presenterFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return presenterFiles(full);
    return entry.name === 'presenter.ts' ? [full] : [];
  });
}

const isShape = (value: unknown): value is AuditShape<never> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { entityType?: unknown }).entityType === 'string' &&
  Array.isArray((value as { fields?: unknown }).fields) &&
  typeof (value as { locate?: unknown }).locate === 'function';

async function allShapes(): Promise<AuditShape<never>[]> {
  const modules = await Promise.all(
    presenterFiles(serverDir).map((file) => import(pathToFileURL(file).href) as Promise<object>),
  );
  return modules.flatMap((m) => Object.values(m).filter(isShape));
}

type Texts = {
  audit: { entityTypes: Record<string, string>; fields: Record<string, Record<string, string>> };
};

describe('the labels of the audit log', () => {
  it('finds the audit shapes of every context', async () => {
    const types = (await allShapes()).map((s) => s.entityType);
    expect(types).toEqual(expect.arrayContaining(['site', 'user', 'account', 'number', 'number_block']));
  });

  it.each(['nl', 'en'] as const)(
    'names every entity type and field of every audit shape in %s',
    async (language) => {
      const { audit } = resources[language].translation as unknown as Texts;
      const missing = (await allShapes()).flatMap((shape) => [
        ...(audit.entityTypes[shape.entityType] === undefined ? [`${shape.entityType} (the type)`] : []),
        ...shape.fields
          .map((field) => field.split('.')[0] as string)
          .filter(
            (field) =>
              audit.fields[shape.entityType]?.[field] === undefined &&
              audit.fields.common?.[field] === undefined,
          )
          .map((field) => `${shape.entityType}.${field}`),
      ]);
      expect(missing).toEqual([]);
    },
  );
});
