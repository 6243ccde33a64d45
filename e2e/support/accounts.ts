/** The demo accounts the server seeds (DESIGN §3), with the passwords the e2e server is given. */
export const DEMO_PASSWORD = 'Demo-Password-2026!';
export const ADMIN_PASSWORD = 'Admin-Password-2026!';

export const ACCOUNTS = {
  providerAdmin: { email: 'admin@example.com', password: ADMIN_PASSWORD },
  providerAgent: { email: 'servicedesk@demo-telecom.example', password: DEMO_PASSWORD },
  partner: { email: 'partner@partnerconnect.example', password: DEMO_PASSWORD },
  enterpriseAdmin: { email: 'telecom.manager@voorbeeld.example', password: DEMO_PASSWORD },
  untrainedAdmin: { email: 'nieuwe.beheerder@voorbeeld.example', password: DEMO_PASSWORD },
  siteAdmin: { email: 'beheer.amsterdam@voorbeeld.example', password: DEMO_PASSWORD },
  endUser: { email: 'gebruiker@voorbeeld.example', password: DEMO_PASSWORD },
  agent: { email: 'agent@voorbeeld.example', password: DEMO_PASSWORD },
  supervisor: { email: 'supervisor@voorbeeld.example', password: DEMO_PASSWORD },
  receptionist: { email: 'receptie@voorbeeld.example', password: DEMO_PASSWORD },
} as const;

/** How a test logs in: a demo account, or one a test created itself. */
export type Credentials = { email: string; password: string };
