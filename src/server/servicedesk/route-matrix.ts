import type { MatrixRows } from '../testing/route-matrix';
import { ANNOUNCED_WORKS_ROUTES } from './announced-works/route-matrix';
import { BUSINESS_CALENDAR_ROUTES } from './business-calendar/route-matrix';
import { CATALOGUE_ROUTES } from './catalogue/route-matrix';
import { CHECKLIST_ROUTES } from './checklists/route-matrix';
import { DESK_ROUTES } from './desks/route-matrix';
import { REPAIR_ROUTES } from './repairs/route-matrix';
import { SLA_ROUTES } from './sla/route-matrix';
import { TICKET_ATTACHMENT_ROUTES } from './ticket-attachments/route-matrix';
import { TICKET_COMMENT_ROUTES } from './ticket-comments/route-matrix';
import { TICKET_ROUTES } from './tickets/route-matrix';

/** The service desk's routes in the role × route matrix, gathered from its parts. */
const PARTS: readonly MatrixRows[] = [
  TICKET_ROUTES,
  TICKET_COMMENT_ROUTES,
  TICKET_ATTACHMENT_ROUTES,
  CATALOGUE_ROUTES,
  BUSINESS_CALENDAR_ROUTES,
  DESK_ROUTES,
  ANNOUNCED_WORKS_ROUTES,
  CHECKLIST_ROUTES,
  REPAIR_ROUTES,
  SLA_ROUTES,
];

export const SERVICEDESK_ROUTES: MatrixRows = Object.assign({}, ...PARTS);
