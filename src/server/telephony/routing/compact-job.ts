import { defineJob } from '../../jobs/runner';
import * as repo from './repository';

export const ROUTING_COMPACT_JOB = 'telephony.routing-changes-compact';

/** Rows younger than this are left alone (a version a server read a moment ago stays the same anyway). */
const KEEP_MS = 10 * 60_000;

/**
 * Folds the old rows of `routing_changes` of each scope into one row with their summed n (the
 * largest id kept), so an enterprise's version read sums a handful of rows. Versions read the
 * same before and after, so no server compiles again for it.
 */
export const routingCompactJob = defineJob({
  name: ROUTING_COMPACT_JOB,
  interval: () => 15 * 60_000,
  run: async ({ services, now, log }) => {
    const last = await repo.lastChangeIdBefore(services.database.db, new Date(now.getTime() - KEEP_MS));
    if (last === null) return;
    const removed = await services.database.db.transaction((tx) => repo.compactRoutingChanges(tx, last));
    if (removed > 0) log.info({ removed }, 'routing changes compacted');
  },
});
