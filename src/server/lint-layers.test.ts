import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
