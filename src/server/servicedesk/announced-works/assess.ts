import { coveringWorks } from '../../../core/servicedesk/announced-works';
import type { Executor } from '../../db/client';
import * as repo from './repository';

/**
 * Marks a new incident opened during announced works at one of its sites, inside the ticket's
 * own transaction (called by the tickets' service when it creates one). Every incident gets its
 * assessment row, so the report counts from one join.
 */
export async function assessNewIncident(
  tx: Executor,
  ticket: { id: string; type: string; createdAt: Date },
  siteIds: readonly string[],
): Promise<void> {
  if (ticket.type !== 'incident') return;
  const works = coveringWorks(
    await repo.worksAt(tx, siteIds, ticket.createdAt),
    ticket.createdAt,
    siteIds,
  )[0];
  await repo.insertAssessment(tx, {
    ticketId: ticket.id,
    announcedWorksId: works?.id ?? null,
    duringAnnouncedWorks: works !== undefined,
    announcedWorks:
      works === undefined
        ? null
        : {
            kind: works.kind,
            description: works.description,
            startsAt: works.startsAt.toISOString(),
            endsAt: works.endsAt.toISOString(),
          },
    unjustified: false,
    updatedAt: ticket.createdAt,
  });
}
