/**
 * Operations (issue 13, DESIGN C5): the pure rules of maintenance windows (guide §3.2.2), the
 * availability arithmetic (§3.2.1) and the capacity planner (§3.2.5). The server's maintenance
 * calendar, disturbances, status page and reports build on these.
 */
export * from './availability';
export * from './capacity';
export * from './maintenance';
