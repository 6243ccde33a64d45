import { accessFactories } from './factories/access';
import { directoryFactories } from './factories/directory';
import { knowledgeFactories } from './factories/knowledge';
import { notificationFactories } from './factories/notifications';
import { servicedeskFactories } from './factories/servicedesk';
import { servicedeskCatalogueFactories } from './factories/servicedesk-catalogue';
import { servicedeskRepairFactories } from './factories/servicedesk-repairs';
import { servicedeskWorksFactories } from './factories/servicedesk-works';
import { telephonyFactories } from './factories/telephony';
import { attendantFactories } from './factories/telephony-attendants';
import { deviceFactories } from './factories/telephony-devices';
import { groupFactories } from './factories/telephony-groups';
import { queueFactories } from './factories/telephony-queues';
import { routeFactories } from './factories/telephony-routes';
import { scheduleFactories } from './factories/telephony-schedules';

/**
 * Throw-away rows for tests that change or remove something, so that attempts do not meet each
 * other. Each context has its factories in factories/<context>.ts; a new context adds its own.
 */
export const fresh = {
  ...directoryFactories,
  ...accessFactories,
  ...knowledgeFactories,
  ...telephonyFactories,
  ...deviceFactories,
  ...queueFactories,
  ...groupFactories,
  ...attendantFactories,
  ...scheduleFactories,
  ...routeFactories,
  ...servicedeskFactories,
  ...servicedeskCatalogueFactories,
  ...notificationFactories,
  ...servicedeskWorksFactories,
  ...servicedeskRepairFactories,
};
