import type { MatrixRows } from '../testing/route-matrix';
import { OUTBOX_ROUTES } from './outbox/route-matrix';

/** The notifications context's routes in the role × route matrix, gathered from its parts. */
const PARTS: readonly MatrixRows[] = [OUTBOX_ROUTES];

export const NOTIFICATIONS_ROUTES: MatrixRows = Object.assign({}, ...PARTS);
