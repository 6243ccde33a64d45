import type { ModuleRoutes } from '../shell/portal-module';

/** Telephony's pages: the number plan, users' telephony, devices, the provisioning form. */
export const telephonyRoutes: ModuleRoutes = { routes: [], enterpriseRoutes: [] };
