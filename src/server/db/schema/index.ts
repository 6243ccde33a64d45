/**
 * The one schema of Centrale, for PGlite and PostgreSQL alike, one file per bounded context.
 * Migrations are generated from it with `npm run db:generate` (drizzle-kit) and applied at start-up.
 * Enumerated values (roles, profiles, line types...) come from src/core, where the API's schemas
 * take them too.
 */
export * from './access';
export * from './audit';
export * from './directory';
export * from './installation';
export * from './knowledge';
export * from './notifications';
export * from './servicedesk-attachments';
export * from './servicedesk-calendar';
export * from './servicedesk-catalogue';
export * from './servicedesk-repairs';
export * from './servicedesk-sla';
export * from './servicedesk-tickets';
export * from './servicedesk-works';
export * from './telephony-attendants';
export * from './telephony-call-settings';
export * from './telephony-devices';
export * from './telephony-features';
export * from './telephony-groups';
export * from './telephony-numbers';
export * from './telephony-queues';
export * from './telephony-restrictions';
export * from './telephony-routes';
export * from './telephony-routing';
export * from './telephony-schedules';
