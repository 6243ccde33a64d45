import type { MatrixRows } from '../testing/route-matrix';

/** The telephony routes in the role × route matrix (see testing/route-matrix.ts). */
export const TELEPHONY_ROUTES: MatrixRows = {};
