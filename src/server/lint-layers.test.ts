import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from './paths';

/**
 * The layers of ARCHITECTURE.md are lint rules (biome.json): a file that breaks one must fail
 * `npm run lint`. Each case writes a throw-away file where the rule applies, lints it, removes it.
 */
const run = promisify(execFile);
const biome = path.join(ROOT, 'node_modules', '.bin', 'biome');

async function lint(file: string, source: string): Promise<string> {
  const full = path.join(ROOT, file);
  writeFileSync(full, source);
  try {
    await run(biome, ['lint', '--max-diagnostics=20', full], { cwd: ROOT });
    return '';
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return `${stdout}${stderr}`;
  } finally {
    rmSync(full, { force: true });
  }
}

const probe = (folder: string) => `${folder}/zz-lint-probe-${process.pid}.ts`;

describe('the layers are enforced by the lint', () => {
  it.each([
    [
      'core may not import the server',
      'src/core',
      "import { buildApp } from '../server/app';\nexport const x = buildApp;\n",
    ],
    [
      'core may not import the portal',
      'src/core',
      "import { api } from '../web/api/client';\nexport const x = api;\n",
    ],
    [
      'core does no I/O',
      'src/core',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    ],
    ['core uses no database', 'src/core', "import { sql } from 'drizzle-orm';\nexport const x = sql;\n"],
    [
      'the portal may not import the server',
      'src/web',
      "import { buildApp } from '../server/app';\nexport const x = buildApp;\n",
    ],
    [
      'a service may not write SQL',
      'src/server/directory/sites',
      "import { eq } from 'drizzle-orm';\nimport { sites } from '../../db/schema';\nexport const x = [eq, sites];\n",
    ],
  ])('%s', async (_label, folder, source) => {
    expect(await lint(probe(folder), source)).toContain('noRestrictedImports');
  });

  it('lets core use zod', async () => {
    const source = "import { z } from 'zod';\nexport const x = z.string();\n";
    expect(await lint(probe('src/core'), source)).not.toContain('noRestrictedImports');
  });

  it('lets a repository write SQL', async () => {
    const folder = path.join(ROOT, `src/server/directory/zz-lint-probe-${process.pid}`);
    mkdirSync(folder, { recursive: true });
    try {
      const source =
        "import { eq } from 'drizzle-orm';\nimport { sites } from '../../db/schema';\nexport const x = [eq, sites];\n";
      expect(await lint(path.relative(ROOT, path.join(folder, 'repository.ts')), source)).not.toContain(
        'noRestrictedImports',
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

/**
 * What the lint rule cannot see: a type written as `import('…')` (or a dynamic import) is no import
 * declaration, so `noRestrictedImports` lets it through. The same layers, checked over the sources.
 */
describe('import() expressions keep the layers too', () => {
  const sources = (readdirSync(path.join(ROOT, 'src'), { recursive: true }) as string[])
    .map((f) => `src/${f.split(path.sep).join('/')}`)
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
  const importsOf = (file: string) =>
    [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
      (m) => m[1] as string,
    );
  const breaks = (files: string[], forbidden: RegExp) =>
    files.flatMap((file) =>
      importsOf(file)
        .filter((target) => forbidden.test(target))
        .map((t) => `${file}: ${t}`),
    );

  it('core names no server, portal, call plane or database', () => {
    const core = sources.filter((f) => f.startsWith('src/core/'));
    expect(breaks(core, /(^|\/)(server|web|sip|cli)(\/|$)|^drizzle-orm|^pg$|pglite/)).toEqual([]);
  });

  it('the portal names no server', () => {
    const web = sources.filter((f) => f.startsWith('src/web/'));
    expect(breaks(web, /(^|\/)(server|sip|cli)(\/|$)/)).toEqual([]);
  });

  it('only repositories and db/ name the schema or Drizzle', () => {
    const server = sources.filter(
      (f) =>
        f.startsWith('src/server/') &&
        !f.endsWith('/repository.ts') &&
        !/^src\/server\/(db|demo|testing)\//.test(f),
    );
    expect(breaks(server, /(^|\/)db\/schema(\/|$)|^drizzle-orm/)).toEqual([]);
    expect(sources.length).toBeGreaterThan(100);
  });
});
