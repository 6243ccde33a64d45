/**
 * The business calendar's and the SLA clocks' pure cores at the SLA job's scale (issue: "the SLA
 * job processes 100,000 open tickets in under 10 s"): 100,000 lead times (working days, office
 * hours, weeks, office minutes between) and 100,000 clock derivations (a pause over a weekend),
 * each the best of three runs. The job's database work comes on top; this is the floor it has.
 *
 *   npm run bench:calendar
 */
import {
  addOfficeHours,
  addWeeks,
  addWorkingDays,
  officeCalendar,
  officeMinutesBetween,
} from '../src/core/calendar/business';
import { deriveSlaClock, type SlaEvent, type SlaPolicy } from '../src/core/servicedesk/sla';

const office = officeCalendar();
const policies: Record<string, SlaPolicy> = {
  critical: { id: 'critical', firstResponseMinutes: 15, resolutionMinutes: 240, hours: '24x7' },
  medium: { id: 'medium', firstResponseMinutes: 60, resolutionMinutes: 1200, hours: office },
};
const N = 100_000;

function leadTimes(): void {
  const start = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 0; i < N; i += 1) {
    const from = new Date(start + i * 7 * 60_000 * 13);
    if (i % 4 === 0) addWorkingDays(office, from, 20);
    else if (i % 4 === 1) addOfficeHours(office, from, 8);
    else if (i % 4 === 2) addWeeks(office, from, 4);
    else officeMinutesBetween(office, from, new Date(from.getTime() + 30 * 86_400_000));
  }
}

function clocks(): void {
  const base = Date.parse('2026-01-05T08:00:00Z');
  for (let i = 0; i < N; i += 1) {
    const t = base + (i % 5000) * 37 * 60_000;
    const log: SlaEvent[] = [
      { type: 'started', at: new Date(t), policyId: i % 3 === 0 ? 'critical' : 'medium' },
      { type: 'paused', at: new Date(t + 3_600_000), reason: 'waiting_customer' },
      { type: 'resumed', at: new Date(t + 30 * 3_600_000) },
    ];
    deriveSlaClock('resolution', log, policies, new Date(t + 48 * 3_600_000));
  }
}

function best(run: () => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i += 1) {
    const t0 = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - t0);
  }
  return fastest;
}

const lead = best(leadTimes);
const clock = best(clocks);
console.log(
  `lead times: ${N.toLocaleString('en')} in ${(lead / 1000).toFixed(2)} s (${((lead * 1000) / N).toFixed(1)} µs each)`,
);
console.log(
  `SLA clocks: ${N.toLocaleString('en')} in ${(clock / 1000).toFixed(2)} s (${((clock * 1000) / N).toFixed(1)} µs each)`,
);
console.log(
  `target: the SLA job under 10 s for 100,000 open tickets — pure core ${(((lead + clock) / 10_000) * 100).toFixed(0)} % of it`,
);
