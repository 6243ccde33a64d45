import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { ROOT } from '../paths';

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

export type ServerProcess = {
  proc: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/** Runs `centrale <args>` as a child process (the real CLI, as `npm start` runs it). */
export function runCli(args: string[], env: Record<string, string>): ServerProcess & { port: number | null } {
  let out = '';
  const proc = spawn(process.execPath, [path.join(ROOT, 'bin/centrale.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  proc.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const port = env.PORT ? Number(env.PORT) : null;
  return { proc, url: `http://127.0.0.1:${port}`, output: () => out, exited, port };
}

/** Starts `centrale serve` and waits until /api/health answers. */
export async function startServer(env: Record<string, string>, args: string[] = []): Promise<ServerProcess> {
  const port = await freePort();
  const server = runCli(['serve', '--no-build', ...args], { ...env, PORT: String(port), HOST: '127.0.0.1' });
  const deadline = Date.now() + 60_000;
  let exitedEarly = false;
  void server.exited.then(() => {
    exitedEarly = true;
  });
  while (Date.now() < deadline) {
    if (exitedEarly) throw new Error(`server exited before it answered:\n${server.output()}`);
    try {
      const res = await fetch(`${server.url}/api/health`);
      if (res.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.proc.kill('SIGKILL');
  throw new Error(`server did not answer within 60 s:\n${server.output()}`);
}

/** A client with a session cookie and CSRF token, over real HTTP. */
export async function httpLogin(url: string, email: string, password: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  return {
    get: (p: string) => fetch(`${url}${p}`, { headers }),
    post: (p: string, body: unknown) =>
      fetch(`${url}${p}`, { method: 'POST', headers, body: JSON.stringify(body) }),
    delete: (p: string) =>
      fetch(`${url}${p}`, { method: 'DELETE', headers: { cookie, 'x-csrf-token': csrfToken } }),
  };
}
