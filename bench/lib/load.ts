import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export type LoadResult = {
  /** Mean of the per-second response counts (autocannon's "Req/Sec Avg"). */
  reqPerSec: number;
  /** Latency percentiles in milliseconds, from every response's own timing (sub-millisecond). */
  p50Ms: number;
  p99Ms: number;
  responses: number;
  /**
   * CPU time (user + system) the server process spent per answered request during the measured
   * run, in milliseconds: unlike req/s, hardly moved by other work on the machine.
   */
  cpuMsPerRequest: number;
};

type LoadSpec = {
  url: string;
  /** The server process, whose CPU time is read from /proc. */
  pid: number;
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
};

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User plus system CPU time of a process so far, in milliseconds (Linux /proc). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) in parentheses; utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** Latencies of one run, kept in a growing typed array (a million responses fit in 8 MB). */
class Latencies {
  #values = new Float64Array(1 << 16);
  #count = 0;

  add(ms: number): void {
    if (this.#count === this.#values.length) {
      const bigger = new Float64Array(this.#values.length * 2);
      bigger.set(this.#values);
      this.#values = bigger;
    }
    this.#values[this.#count++] = ms;
  }

  percentile(p: number): number {
    if (this.#count === 0) return Number.NaN;
    const sorted = this.#values.subarray(0, this.#count).sort();
    const rank = Math.min(this.#count - 1, Math.max(0, Math.ceil((p / 100) * this.#count) - 1));
    return sorted[rank] as number;
  }
}

function once(spec: LoadSpec, latencies: Latencies | null): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        duration: spec.durationSeconds,
        headers: spec.headers ?? {},
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    if (latencies !== null) {
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        if (statusCode >= 200 && statusCode < 300) latencies.add(responseTime);
      });
    }
  });
}

/** A warm-up (discarded), then the measured run; any non-2xx answer or error fails the run. */
export async function runLoad(spec: LoadSpec & { warmupSeconds: number }): Promise<LoadResult> {
  await once({ ...spec, durationSeconds: spec.warmupSeconds }, null);
  const latencies = new Latencies();
  const cpuBefore = cpuMs(spec.pid);
  const result = await once(spec, latencies);
  const cpuUsed = cpuMs(spec.pid) - cpuBefore;
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `${spec.url}: ${result.non2xx} non-2xx answers and ${result.errors} errors ` +
        `(${JSON.stringify(result.statusCodeStats ?? {})})`,
    );
  }
  return {
    reqPerSec: result.requests.average,
    p50Ms: latencies.percentile(50),
    p99Ms: latencies.percentile(99),
    responses: result['2xx'],
    cpuMsPerRequest: cpuUsed / Math.max(1, result['2xx']),
  };
}
