import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { demoEnterprises, type Named } from './support/api';
import { launchBrowser, login, navLabels, navLink, openPage, screenshot, visit } from './support/browser';

let browser: Browser;
let voorbeeld: Named;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ voorbeeld } = await demoEnterprises());
});
afterAll(async () => {
  await browser?.close();
});

const PROVIDER_NAV = [
  'Start',
  'Businesspartners',
  'Klanten',
  'Alle accounts',
  'Alle trainingen',
  'Toestelcatalogus',
  'Auditlog',
  'Profielen',
  'Beveiligingsbeleid',
  'Meldingen',
  'Wachtrijen per desk',
  'Reparaties',
  'Wijzigingscatalogus',
  'Tarieven',
  'Contactmatrix',
  'Bedrijfskalender',
  'SLA-beleid',
  'Uitgaande berichten',
  'Mijn profiel',
];

describe('provider admin', () => {
  it('sees every provider page and may change everything', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.providerAdmin);
    expect(await navLabels(page)).toEqual(PROVIDER_NAV);
    await screenshot(page, 'provider-admin-home');

    await navLink(page, 'Businesspartners').click();
    await page.getByRole('cell', { name: 'Partner Connect BV', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Nieuwe partner' }).isVisible()).toBe(true);
    await screenshot(page, 'provider-admin-partners');

    await navLink(page, 'Klanten').click();
    await page.getByRole('link', { name: 'Voorbeeld BV' }).click();
    await page.getByRole('heading', { level: 1, name: 'Voorbeeld BV' }).waitFor();
    // The customer chosen is in the URL and in the switcher; its pages join the navigation.
    expect(page.url()).toContain(`/enterprises/${voorbeeld.id}`);
    expect(await page.getByTestId('enterprise-switcher').inputValue()).toBe('Voorbeeld BV');
    // One "Auditlog", one "Trainingen", one "Accounts": the customer's replace those over all.
    const labels = await navLabels(page);
    expect(labels).toEqual([
      'Start',
      'Businesspartners',
      'Klanten',
      'Toestelcatalogus',
      'Profielen',
      'Beveiligingsbeleid',
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
      'Meldingen',
      'Wachtrijen per desk',
      'Reparaties',
      'Wijzigingscatalogus',
      'Tarieven',
      'Contactmatrix',
      'Bedrijfskalender',
      'SLA-beleid',
      'Uitgaande berichten',
      'Mijn profiel',
    ]);
    expect(new Set(labels).size).toBe(labels.length);
    await navLink(page, 'Locaties').click();
    await page.getByRole('cell', { name: 'Utrecht', exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Nieuwe locatie' }).isVisible()).toBe(true);
    await screenshot(page, 'provider-admin-sites');

    await navLink(page, 'Beveiligingsbeleid').click();
    await page.getByRole('cell', { name: 'Telecom Manager', exact: true }).waitFor();
    await screenshot(page, 'provider-admin-security-policies');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('creates an account and sees its temporary password once', async () => {
    const { page, context } = await openPage(browser);
    await login(page, ACCOUNTS.providerAdmin, `/enterprises/${voorbeeld.id}/accounts`);
    await page.getByRole('button', { name: 'Nieuw account' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Rol').click();
    await page.getByRole('option', { name: 'Locatiebeheerder' }).click();
    await dialog.getByLabel('Naam').fill('Lotte Locatie');
    await dialog.getByLabel('E-mailadres').fill('lotte.locatie@voorbeeld.example');
    await dialog.getByLabel('Locaties').click();
    await page.getByRole('option', { name: 'Utrecht' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Nieuw account' }).click();
    const secret = page.getByTestId('one-time-secret');
    await secret.waitFor();
    const temporary = (await secret.textContent()) ?? '';
    expect(temporary.length).toBeGreaterThan(8);
    await screenshot(page, 'provider-admin-temporary-password');
    await page.getByRole('button', { name: 'Ik heb het bewaard' }).click();
    await page.getByRole('cell', { name: 'lotte.locatie@voorbeeld.example', exact: true }).waitFor();
    await context.close();

    // The new site admin must choose a password of its own before anything else.
    const first = await openPage(browser);
    await first.page.goto('/');
    await first.page.getByLabel('E-mailadres').fill('lotte.locatie@voorbeeld.example');
    await first.page.locator('input[type=password]').fill(temporary);
    await first.page.getByRole('button', { name: 'Inloggen' }).click();
    await first.page.getByRole('heading', { name: 'Kies een nieuw wachtwoord' }).waitFor();
    expect(await first.page.getByRole('navigation').count()).toBe(0);
    // The rules of the role are there before the first attempt, none of them ticked yet.
    const rules = first.page.getByTestId('password-rules');
    const rule = (name: string) => rules.locator(`[data-rule="${name}"]`);
    await rules.waitFor();
    expect(await rule('length').textContent()).toContain('heeft minstens 12 tekens');
    expect(await rule('classes').textContent()).toContain('minstens 3 van de vier soorten');
    expect(await rule('loginName').textContent()).toContain('lotte.locatie');
    expect(await rule('history').textContent()).toContain('laatste 5');
    expect(await rule('length').getAttribute('data-state')).toBe('unmet');
    await screenshot(first.page, 'forced-password-change');
    await first.page.getByLabel('Huidig wachtwoord').fill(temporary);
    await first.page.getByLabel('Nieuw wachtwoord').fill('Kort1!');
    await first.page.getByLabel('Herhaal het nieuwe wachtwoord').fill('Kort1!');
    await first.page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await first.page.getByText('moet minstens 12 tekens lang zijn').waitFor();
    expect(await rule('length').getAttribute('data-state')).toBe('unmet');
    expect(await rule('classes').getAttribute('data-state')).toBe('met');
    await first.page.getByLabel('Nieuw wachtwoord').fill('Lotte.Locatie-2026!');
    expect(await rule('loginName').getAttribute('data-state')).toBe('broken');
    await first.page.getByLabel('Nieuw wachtwoord').fill('Utrecht-Centraal-2026!');
    // Ticked off while typing.
    for (const name of ['length', 'classes', 'loginName']) {
      expect(await rule(name).getAttribute('data-state')).toBe('met');
    }
    await screenshot(first.page, 'forced-password-change-rules-met');
    await first.page.getByLabel('Herhaal het nieuwe wachtwoord').fill('Utrecht-Centraal-2026!');
    await first.page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await first.page.getByRole('heading', { name: 'Welkom, Lotte Locatie' }).waitFor();
    await first.context.close();
  });
});

describe('provider agent (service desk)', () => {
  it('reads everything but changes nothing except training records', async () => {
    const { page, context } = await openPage(browser);
    await login(page, ACCOUNTS.providerAgent);
    expect(await navLabels(page)).toEqual(PROVIDER_NAV);
    await navLink(page, 'Businesspartners').click();
    await page.getByRole('cell', { name: 'Partner Connect BV', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Nieuwe partner' }).count()).toBe(0);
    await visit(page, `/enterprises/${voorbeeld.id}/sites`);
    await page.getByRole('cell', { name: 'Utrecht', exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Nieuwe locatie' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Acties voor/ }).count()).toBe(0);
    // Leaving the customer brings the lists over all customers back.
    await navLink(page, 'Start').click();
    await navLink(page, 'Alle trainingen').click();
    await page.getByRole('button', { name: 'Training registreren' }).waitFor();
    await screenshot(page, 'provider-agent-trainings');
    await context.close();
  });
});
