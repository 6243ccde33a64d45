import type { Role } from '../../core/access/roles';
import type { Profile } from '../../core/directory/profiles';
import type { LineType } from '../../core/directory/schemas';

/** The demo installation of README.md: one partner, "Voorbeeld BV" with three sites, ~40 users. */
export const DEMO_PARTNER = { name: 'Partner Connect BV', contactEmail: 'support@partnerconnect.example' };

export const DEMO_ENTERPRISE = { name: 'Voorbeeld BV', customerNumber: 'KL-100200' };
/** A second customer without the partner, so that scopes have something to keep apart. */
export const DEMO_OTHER_ENTERPRISE = { name: 'Bakkerij De Molen', customerNumber: 'KL-100201' };

export const DEMO_SITES: {
  key: string;
  name: string;
  street: string;
  city: string;
  postcode: string;
  lineType: LineType;
  voiceChannels: number;
  codec: 'g711' | 'g729';
}[] = [
  {
    key: 'ams',
    name: 'Amsterdam',
    street: 'Herengracht 182',
    city: 'Amsterdam',
    postcode: '1016 BR',
    lineType: 'dsl',
    voiceChannels: 20,
    codec: 'g711',
  },
  {
    key: 'utr',
    name: 'Utrecht',
    street: 'Catharijnesingel 50',
    city: 'Utrecht',
    postcode: '3511 GC',
    lineType: 'fibre',
    voiceChannels: 30,
    codec: 'g711',
  },
  {
    key: 'mst',
    name: 'Maastricht',
    street: 'Markt 78',
    city: 'Maastricht',
    postcode: '6211 CL',
    lineType: 'coax',
    voiceChannels: 10,
    codec: 'g729',
  },
];

export const DEMO_OTHER_SITE = {
  name: 'Zwolle',
  street: 'Diezerstraat 12',
  city: 'Zwolle',
  postcode: '8011 RH',
  lineType: 'fibre' as const,
  voiceChannels: 8,
  codec: 'g711' as const,
};

const FIRST = [
  'Anna',
  'Bram',
  'Carlijn',
  'Daan',
  'Eva',
  'Floor',
  'Gijs',
  'Hanna',
  'Iris',
  'Jasper',
  'Kim',
  'Lars',
  'Maud',
  'Niels',
  'Olga',
  'Pieter',
  'Quinten',
  'Roos',
  'Sem',
  'Tess',
];
const LAST = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
];
const PROFILES: Profile[] = ['vast', 'combi', 'flex', 'mobiel'];

/** 40 users over the three sites and four profiles; deterministic, so every demo is the same. */
export const DEMO_USERS: { name: string; email: string; siteKey: string; profile: Profile }[] = Array.from(
  { length: 40 },
  (_, i) => {
    const first = FIRST[i % FIRST.length] as string;
    const last = LAST[(i * 3 + Math.floor(i / FIRST.length)) % LAST.length] as string;
    const local = `${first}.${last}`.toLowerCase().replace(/\s+/g, '');
    return {
      name: `${first} ${last}`,
      email: `${local}${i >= FIRST.length ? i : ''}@voorbeeld.example`,
      siteKey: (['ams', 'ams', 'utr', 'mst'] as const)[i % 4] as string,
      profile: PROFILES[(i * 7) % 4] as Profile,
    };
  },
);

/** One account for every role (the provider admin is the bootstrap account). */
export const DEMO_ACCOUNTS: {
  role: Role;
  email: string;
  name: string;
  /** For user-level roles: the demo user (by index) whose login it is. */
  user?: number;
  sites?: string[];
  trained?: boolean;
}[] = [
  { role: 'provider_agent', email: 'servicedesk@demo-telecom.example', name: 'Servicedesk Demo Telecom' },
  { role: 'partner_admin', email: 'partner@partnerconnect.example', name: 'Petra Partner', trained: true },
  {
    role: 'enterprise_admin',
    email: 'telecom.manager@voorbeeld.example',
    name: 'Tom Telecom',
    trained: true,
  },
  {
    role: 'enterprise_admin',
    email: 'nieuwe.beheerder@voorbeeld.example',
    name: 'Nina Nieuw',
    trained: false,
  },
  { role: 'site_admin', email: 'beheer.amsterdam@voorbeeld.example', name: 'Sanne Site', sites: ['ams'] },
  // User-level logins carry the name of their user (index into DEMO_USERS; none has profile Mobiel).
  { role: 'end_user', email: 'gebruiker@voorbeeld.example', name: '', user: 0 },
  { role: 'agent', email: 'agent@voorbeeld.example', name: '', user: 2 },
  { role: 'supervisor', email: 'supervisor@voorbeeld.example', name: '', user: 3 },
  { role: 'receptionist', email: 'receptie@voorbeeld.example', name: '', user: 4 },
];

/**
 * The demo enterprise's number plan (issue "Telephony I"): 100 Amsterdam numbers from
 * +31 20 794 0000, blocks in Utrecht and Maastricht, an 0800 number; mobiles come one by one.
 */
export const DEMO_NUMBER_BLOCKS: {
  first: string;
  size: number;
  siteKey: string | null;
  porting?: boolean;
}[] = [
  { first: '+31207940000', size: 100, siteKey: 'ams' },
  { first: '+31307601000', size: 50, siteKey: 'utr' },
  { first: '+31433502000', size: 20, siteKey: 'mst', porting: true },
  { first: '+318000220', size: 1, siteKey: null },
];

/** The first of the demo's mobile numbers (one block of 1 for each Combi and Mobiel user). */
export const DEMO_FIRST_MOBILE = 641000100;

/** Extensions of the demo: 3 digits, from 201 up. */
export const DEMO_FIRST_EXTENSION = 201;

/**
 * Demo users (by index into DEMO_USERS) with call restrictions of their own, as changes to the
 * enterprise's default (premium barred): one may not call abroad, the receptionist's user may
 * call everything but premium-rate numbers whatever the default becomes.
 */
export const DEMO_USER_CALL_RESTRICTIONS: {
  user: number;
  restrictions: Partial<
    Record<'internal' | 'nationalFixed' | 'mobile' | 'international' | 'premium' | 'service', boolean>
  >;
}[] = [
  { user: 1, restrictions: { international: false } },
  { user: 4, restrictions: { premium: false } },
];
