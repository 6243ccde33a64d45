import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { demoEnterprises, type Named } from './support/api';
import { launchBrowser, login, navLabels, navLink, openPage, screenshot, visit } from './support/browser';

let browser: Browser;
let voorbeeld: Named;
let bakkerij: Named;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ voorbeeld, bakkerij } = await demoEnterprises());
});
afterAll(async () => {
  await browser?.close();
});

const ENTERPRISE_NAV = [
  'Overzicht',
  'Locaties',
  'Gebruikers',
  'Nummerplan',
  'Belrestricties',
  'Toestellen',
  'Telefonie-instellingen',
  'Provisioningsformulier',
  'Accounts',
  'Tijdschema’s',
  'Huntgroepen',
  'Pick-upgroepen',
  'Wachtrijen',
  'Keuzemenu’s',
  'Inkomende routes',
  'Aangekondigde werkzaamheden',
  'Trainingen',
  'Onterechte meldingen',
  'Auditlog',
];

/** The service desk's group of a customer with a chosen enterprise. */
const SERVICEDESK_NAV = ['Storing melden', 'Wijziging aanvragen', 'Mijn meldingen', 'Reparaties', 'Contact'];

describe('partner admin', () => {
  it('picks a customer with the switcher and manages it, but cannot see other customers', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.partner);
    expect(await navLabels(page)).toEqual([
      'Start',
      'Uw klanten',
      'Mijn meldingen',
      'Reparaties',
      'Contact',
      'Mijn profiel',
    ]);
    await page.getByTestId('enterprise-switcher').click();
    await page.getByRole('option', { name: 'Voorbeeld BV' }).click();
    await page.waitForURL(`**/enterprises/${voorbeeld.id}`);
    await navLink(page, 'Overzicht').waitFor();
    expect(await navLabels(page)).toEqual([
      'Start',
      'Uw klanten',
      ...ENTERPRISE_NAV,
      ...SERVICEDESK_NAV,
      'Mijn profiel',
    ]);
    await navLink(page, 'Gebruikers').click();
    await page.getByRole('button', { name: 'Nieuwe gebruiker' }).waitFor();
    await screenshot(page, 'partner-users');
    await visit(page, `/enterprises/${bakkerij.id}/sites`);
    await page.getByTestId('not-found').waitFor();
    await navLink(page, 'Start').click();
    await page.getByRole('heading', { name: 'Welkom, Petra Partner' }).waitFor();
    // Its customers are its own: the headings say so, not the provider's "Klanten".
    await navLink(page, 'Uw klanten').click();
    await page.getByRole('heading', { level: 1, name: 'Uw klanten' }).waitFor();
    expect(
      await page.getByText('De bedrijven die u als businesspartner beheert.', { exact: false }).count(),
    ).toBe(1);
    await screenshot(page, 'partner-customers');
    await visit(page, '/partners');
    await page.getByTestId('not-found').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('enterprise admin (Telecom Manager)', () => {
  it('sees its own enterprise with write actions, and nothing of another', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    expect(await navLabels(page)).toEqual(['Start', ...ENTERPRISE_NAV, ...SERVICEDESK_NAV, 'Mijn profiel']);
    expect(await page.getByTestId('enterprise-switcher').count()).toBe(0);
    expect(await page.getByTestId('training-banner').count()).toBe(0);
    await screenshot(page, 'enterprise-admin-home');
    await navLink(page, 'Locaties').click();
    await page.getByRole('button', { name: 'Nieuwe locatie' }).waitFor();
    await screenshot(page, 'enterprise-admin-sites');
    await navLink(page, 'Accounts').click();
    await page.getByRole('button', { name: 'Nieuw account' }).waitFor();
    await screenshot(page, 'enterprise-admin-accounts');
    await navLink(page, 'Auditlog').click();
    // Changes only by default: on a fresh demo that may be none yet (seeding and sign-ins are hidden).
    await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
    await screenshot(page, 'enterprise-admin-audit');
    for (const path of [
      `/enterprises/${bakkerij.id}`,
      `/enterprises/${bakkerij.id}/users`,
      '/partners',
      '/enterprises',
      '/security-policies',
    ]) {
      await visit(page, '/');
      await page.getByRole('heading', { name: 'Welkom, Tom Telecom' }).waitFor();
      await visit(page, path);
      await page.getByTestId('not-found').waitFor();
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('enterprise admin without training', () => {
  it('sees the training banner on every page and no write action', async () => {
    const { page, context } = await openPage(browser);
    await login(page, ACCOUNTS.untrainedAdmin);
    await page.getByTestId('training-banner').waitFor();
    await screenshot(page, 'untrained-admin-home');
    for (const [link, button] of [
      ['Locaties', 'Nieuwe locatie'],
      ['Gebruikers', 'Nieuwe gebruiker'],
      ['Accounts', 'Nieuw account'],
    ] as const) {
      await navLink(page, link).click();
      await page.getByRole('heading', { level: 1, name: link }).waitFor();
      await page.getByRole('cell').first().waitFor();
      expect(await page.getByTestId('training-banner').isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: button }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Acties voor/ }).count()).toBe(0);
    }
    await screenshot(page, 'untrained-admin-accounts');
    await context.close();
  });
});

describe('site admin of Amsterdam', () => {
  it('sees only Amsterdam and manages its users there', async () => {
    const { page, context } = await openPage(browser);
    await login(page, ACCOUNTS.siteAdmin);
    await navLink(page, 'Locaties').click();
    await page.getByRole('cell', { name: 'Amsterdam', exact: true }).first().waitFor();
    const names = await page.locator('tbody tr td:first-child').allInnerTexts();
    expect(names).toEqual(['Amsterdam']);
    expect(await page.getByRole('button', { name: 'Nieuwe locatie' }).count()).toBe(0);
    await screenshot(page, 'site-admin-sites');

    await navLink(page, 'Gebruikers').click();
    await page.getByRole('button', { name: 'Nieuwe gebruiker' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    const sites = await page.locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(sites.length).toBeGreaterThan(0);
    expect(new Set(sites)).toEqual(new Set(['Amsterdam']));
    await page.getByTestId('site-filter').click();
    expect(await page.getByRole('option').allInnerTexts()).toEqual(['Amsterdam']);
    await page.keyboard.press('Escape');
    await screenshot(page, 'site-admin-users');
    await context.close();
  });
});

describe('end user', () => {
  it('only has its own profile and security', async () => {
    const { page, context } = await openPage(browser);
    await login(page, ACCOUNTS.endUser);
    expect(await navLabels(page)).toEqual(['Start', 'Mijn telefoon', 'Mijn profiel']);
    await navLink(page, 'Mijn profiel').click();
    await page.getByRole('tab', { name: 'Tweestapsverificatie' }).waitFor();
    await screenshot(page, 'end-user-profile');
    await visit(page, `/enterprises/${voorbeeld.id}/users`);
    await page.getByTestId('not-found').waitFor();
    await context.close();
  });
});

// Until the telephony capabilities give them screens of their own, the call-centre roles see what
// an end user sees: their profile, nothing of the enterprise, in the screens or through the API.
describe.each([
  ['agent', ACCOUNTS.agent],
  ['supervisor', ACCOUNTS.supervisor],
  ['receptionist', ACCOUNTS.receptionist],
])('%s', (_role, account) => {
  it('only has its own profile, and the API refuses the enterprise', async () => {
    const { page, context } = await openPage(browser);
    await login(page, account);
    expect(await navLabels(page)).toEqual(['Start', 'Mijn telefoon', 'Mijn profiel']);
    const status = await page.evaluate(
      async (url) => (await fetch(url)).status,
      `/api/enterprises/${voorbeeld.id}/users`,
    );
    expect(status).toBe(403);
    await context.close();
  });
});
