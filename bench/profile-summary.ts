/**
 * Summarises a V8 CPU profile (from `npm run bench:api -- --cpu-prof <dir>`): self time by
 * package or source folder, and the hottest functions.
 *
 *   npx tsx bench/profile-summary.ts <file.cpuprofile> [--top 25] [--last <seconds>]
 *
 * `--last` keeps only the samples of the profile's last seconds: the bench loads the list last,
 * so `--last 8` of a 10 s run is the list alone (without start-up and the /api/health load).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

type Frame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: Frame; children?: number[] };
type Profile = {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
};

/** node_modules/<package> (scoped too), a src/ or bench/ folder, or the kind of V8 frame. */
function bucketOf(frame: Frame): string {
  const { url, functionName } = frame;
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] as string;
  const own = /\/((?:src|bench)\/(?:[^/]+\/){0,2})/.exec(url);
  if (own) return own[1] as string;
  if (url.startsWith('node:')) return 'node internals';
  return url;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '25' }, last: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) throw new Error('usage: tsx bench/profile-summary.ts <file.cpuprofile> [--top n]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const from = values.last === undefined ? 0 : profile.endTime - Number(values.last) * 1e6;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at >= from) selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const buckets = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = (byId.get(id) as ProfileNode).callFrame;
    const bucket = bucketOf(frame);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + us);
    const where = frame.url === '' ? bucket : `${bucket} ${frame.url.split('/').slice(-2).join('/')}`;
    const name = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
  }
  const top = Number(values.top);
  const print = (title: string, entries: Map<string, number>) => {
    process.stdout.write(`\n${title}\n`);
    for (const [name, us] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      process.stdout.write(
        `${((us / total) * 100).toFixed(1).padStart(6)} %  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}\n`,
      );
    }
  };
  process.stdout.write(`${file}: ${(total / 1e6).toFixed(1)} s sampled\n`);
  print('Self time by package or folder', buckets);
  print('Hottest functions (self time)', functions);
}

main();
