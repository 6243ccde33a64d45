import { defineContextPermissions } from '../access/permission-kinds';

/**
 * Telephony (C2): the number plan, each user's telephony, call restrictions, devices and the
 * provisioning form. The provider adds number blocks and keeps the device catalogue and the
 * profiles' feature matrix; customers (and their partner) run the rest, a site admin for its own
 * sites only.
 */
export const TELEPHONY_PERMISSIONS = defineContextPermissions({
  context: 'telephony',
  kinds: {
    'numbers.read': 'read',
    'numbers.write': 'write',
    'number-blocks.read': 'read',
    'number-blocks.write': 'write',
    'telephony-settings.read': 'read',
    'telephony-settings.write': 'write',
    'user-telephony.read': 'read',
    'user-telephony.write': 'write',
    'devices.read': 'read',
    'devices.write': 'write',
    'device-catalogue.read': 'read',
    'device-catalogue.write': 'write',
    'profiles.read': 'read',
    'profiles.write': 'write',
    'provisioning.read': 'read',
    'provisioning.write': 'write',
    'schedules.read': 'read',
    'schedules.write': 'write',
  },
  grants: {
    provider_agent: [
      'numbers.read',
      'number-blocks.read',
      'telephony-settings.read',
      'user-telephony.read',
      'devices.read',
      'device-catalogue.read',
      'profiles.read',
      'provisioning.read',
      'schedules.read',
    ],
    partner_admin: [
      'numbers.read',
      'number-blocks.read',
      'numbers.write',
      'telephony-settings.read',
      'telephony-settings.write',
      'user-telephony.read',
      'user-telephony.write',
      'devices.read',
      'device-catalogue.read',
      'profiles.read',
      'devices.write',
      'provisioning.read',
      'provisioning.write',
      'schedules.read',
      'schedules.write',
    ],
    enterprise_admin: [
      'numbers.read',
      'number-blocks.read',
      'numbers.write',
      'telephony-settings.read',
      'telephony-settings.write',
      'user-telephony.read',
      'user-telephony.write',
      'devices.read',
      'device-catalogue.read',
      'profiles.read',
      'devices.write',
      'provisioning.read',
      'provisioning.write',
      'schedules.read',
      'schedules.write',
    ],
    // A site admin runs the numbers, users' telephony and devices of its own sites; the
    // enterprise's settings it reads, and the provisioning form (the whole enterprise) is not its.
    site_admin: [
      'numbers.read',
      'number-blocks.read',
      'numbers.write',
      'telephony-settings.read',
      'user-telephony.read',
      'user-telephony.write',
      'devices.read',
      'device-catalogue.read',
      'profiles.read',
      'devices.write',
      'schedules.read',
      'schedules.write',
    ],
  },
});
