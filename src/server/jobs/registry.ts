import type { AppServices } from '../deps';
import { outboxSenderJob } from '../notifications/outbox/sender';
import { slaBackfillJob, slaSweepJob } from '../servicedesk/sla/job';
import { routingCompactJob } from '../telephony/routing/compact-job';
import type { JobDefinition } from './runner';

/** Every background job of the server: a new one is listed here (its module defines it with defineJob). */
export const JOBS: readonly JobDefinition<AppServices>[] = [
  outboxSenderJob,
  slaSweepJob,
  slaBackfillJob,
  routingCompactJob,
];
