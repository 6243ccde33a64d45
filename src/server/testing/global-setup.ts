import { ensureTemplate } from './test-database';

/** Vitest global setup: the migrated template database, made once before the test files run. */
export default async function setup(): Promise<void> {
  await ensureTemplate();
}
