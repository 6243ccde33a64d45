import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/** A server started by the bench, with the tail of its output for error messages. */
export type ServerProcess = {
  name: string;
  baseUrl: string;
  child: ChildProcess;
  pid: number;
  /** Milliseconds from spawn until the readiness URL first answered 200. */
  readyAfterMs: number;
  output: () => string;
  stop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** One GET; resolves with the status code, or null when nothing answers. */
export function probe(url: string, timeoutMs = 1_000): Promise<number | null> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode ?? null);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
  });
}

/**
 * Spawns `node <nodeArgs> <script> <args>` and waits until `readyPath` answers 200.
 * The time to ready is measured from just before spawning.
 */
export async function startServer(spec: {
  name: string;
  script: string;
  args?: string[];
  nodeArgs?: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  port: number;
  readyPath: string;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const baseUrl = `http://127.0.0.1:${spec.port}`;
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-8_000);
  };
  const started = performance.now();
  const child = spawn(process.execPath, [...(spec.nodeArgs ?? []), spec.script, ...(spec.args ?? [])], {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env, PORT: String(spec.port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let exitCode: number | string | null = null;
  child.once('exit', (code, signal) => {
    exitCode = code ?? signal ?? 'unknown';
  });

  const stop = async () => {
    if (exitCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = started + (spec.timeoutMs ?? 60_000);
  const url = `${baseUrl}${spec.readyPath}`;
  while (true) {
    if (exitCode !== null) {
      throw new Error(`${spec.name} exited (code ${exitCode}) before it was ready:\n${tail}`);
    }
    if ((await probe(url, 500)) === 200) break;
    if (performance.now() > deadline) {
      await stop();
      throw new Error(`${spec.name} did not answer ${url} within ${spec.timeoutMs ?? 60_000} ms:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  return {
    name: spec.name,
    baseUrl,
    child,
    pid: child.pid as number,
    readyAfterMs: performance.now() - started,
    output: () => tail,
    stop,
  };
}

/**
 * Node options that make a child write V8 CPU profiles when it exits, into `<dir>/<name>/`: one
 * file per thread (tsx's module loader runs on a thread of its own; the main thread's file is the
 * largest).
 */
export function cpuProfileArgs(dir: string | null, name: string): string[] {
  if (dir === null) return [];
  return ['--cpu-prof', `--cpu-prof-dir=${path.join(dir, name)}`];
}
