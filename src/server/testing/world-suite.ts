import { afterAll, beforeAll } from 'vitest';
import { type ActorName, buildWorld, PASSWORD, type World } from './fixtures';
import { ADMIN_PASSWORD, type Agent, startTestApp, type TestApp } from './harness';

export type WorldSuite = {
  /** The in-process app on this file's own database. */
  readonly t: TestApp;
  /** The fixtures' two customers, their partners, sites, users and one account per role. */
  readonly w: World;
  /** A logged-in client of one of the world's accounts (one session per name, made on first use). */
  as(who: ActorName): Promise<Agent>;
};

/**
 * An API test file's setup: a fresh app and database with the fixtures' world, closed after the
 * file. Each file has its own, so test files never depend on each other.
 */
export function worldSuite(env: Record<string, string> = {}): WorldSuite {
  let t: TestApp | undefined;
  let w: World | undefined;
  const agents = new Map<ActorName, Promise<Agent>>();
  beforeAll(async () => {
    t = await startTestApp(env);
    w = await buildWorld(t);
  });
  afterAll(async () => t?.close());
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the world suite's ${what} is used before beforeAll ran`);
    return value;
  };
  return {
    get t() {
      return ready(t, 'app');
    },
    get w() {
      return ready(w, 'world');
    },
    as(who) {
      let agent = agents.get(who);
      if (agent === undefined) {
        const app = ready(t, 'app');
        const world = ready(w, 'world');
        agent = app.login(world.accounts[who].email, who === 'provider_admin' ? ADMIN_PASSWORD : PASSWORD);
        agents.set(who, agent);
      }
      return agent;
    },
  };
}
