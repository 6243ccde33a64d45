import type { FastifyPluginAsync } from 'fastify';
import loginRoutes from './access/login/routes';
import securityPolicyRoutes from './access/security-policies/routes';
import selfRoutes from './access/self/routes';
import auditRoutes from './audit/routes';
import accountRoutes from './directory/accounts/routes';
import enterpriseRoutes from './directory/enterprises/routes';
import partnerRoutes from './directory/partners/routes';
import siteRoutes from './directory/sites/routes';
import userRoutes from './directory/users/routes';
import trainingRecordRoutes from './knowledge/training-records/routes';
import outboxRoutes from './notifications/outbox/routes';
import announcedWorksRoutes from './servicedesk/announced-works/routes';
import businessCalendarRoutes from './servicedesk/business-calendar/routes';
import catalogueRoutes from './servicedesk/catalogue/routes';
import checklistRoutes from './servicedesk/checklists/routes';
import deskRoutes from './servicedesk/desks/routes';
import repairRoutes from './servicedesk/repairs/routes';
import slaRoutes from './servicedesk/sla/routes';
import ticketAttachmentRoutes from './servicedesk/ticket-attachments/routes';
import ticketCommentRoutes from './servicedesk/ticket-comments/routes';
import ticketRoutes from './servicedesk/tickets/routes';
import agentStateRoutes from './telephony/agent-states/routes';
import attendantRoutes from './telephony/attendants/routes';
import audioRoutes from './telephony/audio/routes';
import callRestrictionRoutes from './telephony/call-restrictions/routes';
import callSettingsRoutes from './telephony/call-settings/routes';
import deviceCatalogueRoutes from './telephony/device-catalogue/routes';
import deviceRoutes from './telephony/devices/routes';
import huntGroupMemberRoutes from './telephony/hunt-group-members/routes';
import huntGroupRoutes from './telephony/hunt-groups/routes';
import incomingRouteRoutes from './telephony/incoming-routes/routes';
import numberBlockRoutes from './telephony/number-blocks/routes';
import numberRoutes from './telephony/numbers/routes';
import pickupGroupRoutes from './telephony/pickup-groups/routes';
import profileRoutes from './telephony/profiles/routes';
import provisioningRoutes from './telephony/provisioning/routes';
import queueAgentRoutes from './telephony/queue-agents/routes';
import queueRoutes from './telephony/queues/routes';
import routingRoutes from './telephony/routing/routes';
import scheduleRoutes from './telephony/schedules/routes';
import telephonySettingsRoutes from './telephony/settings/routes';
import userFeatureRoutes from './telephony/user-features/routes';
import userNumberRoutes from './telephony/user-numbers/routes';

/** Every route module of the API, in one list: a new resource adds its routes here. */
export const ROUTE_MODULES: FastifyPluginAsync[] = [
  loginRoutes,
  selfRoutes,
  securityPolicyRoutes,
  partnerRoutes,
  enterpriseRoutes,
  siteRoutes,
  userRoutes,
  accountRoutes,
  trainingRecordRoutes,
  telephonySettingsRoutes,
  numberBlockRoutes,
  numberRoutes,
  userNumberRoutes,
  deviceCatalogueRoutes,
  deviceRoutes,
  scheduleRoutes,
  callRestrictionRoutes,
  provisioningRoutes,
  profileRoutes,
  userFeatureRoutes,
  queueRoutes,
  queueAgentRoutes,
  agentStateRoutes,
  huntGroupRoutes,
  huntGroupMemberRoutes,
  pickupGroupRoutes,
  callSettingsRoutes,
  audioRoutes,
  attendantRoutes,
  incomingRouteRoutes,
  routingRoutes,
  ticketRoutes,
  ticketCommentRoutes,
  ticketAttachmentRoutes,
  catalogueRoutes,
  businessCalendarRoutes,
  deskRoutes,
  outboxRoutes,
  announcedWorksRoutes,
  repairRoutes,
  checklistRoutes,
  slaRoutes,
  auditRoutes,
];
