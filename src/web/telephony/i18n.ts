import { defineMessages } from '../i18n/define';

/** The texts of telephony (number plan, users' telephony, devices, provisioning). */
const nl = {};
const en = {};

export const telephonyMessages = defineMessages(nl, en);
