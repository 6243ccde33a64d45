import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { apiSession, demoEnterprises, type Named } from './support/api';
import { launchBrowser, login, navLink, openPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the audit log, read by the Telecom Manager', () => {
  it('says in Dutch what changed, by name, and shows sign-ins only when asked', async () => {
    const { voorbeeld } = await demoEnterprises();
    const api = await apiSession(ACCOUNTS.enterpriseAdmin);
    const sites = (await api.get<{ items: Named[] }>(`/api/enterprises/${voorbeeld.id}/sites`)).items;
    const utrecht = sites.find((s) => s.name === 'Utrecht');
    await api.post(`/api/enterprises/${voorbeeld.id}/users`, {
      name: 'Vera Verhuizer',
      // With an e-mail address: the users table's e-mail sort test expects every user to have one.
      email: 'vera.verhuizer@voorbeeld.example',
      siteId: utrecht?.id,
      profile: 'vast',
    });

    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    // Move the user to Maastricht, as a Telecom Manager would.
    await navLink(page, 'Gebruikers').click();
    await page.getByLabel('Zoeken').fill('Vera Verhuizer');
    await page.getByRole('button', { name: 'Acties voor Vera Verhuizer' }).click();
    await page.getByRole('menuitem', { name: 'Wijzigen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gebruiker wijzigen' });
    await dialog.getByRole('combobox', { name: 'Locatie' }).click();
    await page.getByRole('option', { name: 'Maastricht' }).click();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await navLink(page, 'Auditlog').click();
    await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
    const rows = page.locator('tbody tr');
    const move = rows.filter({ hasText: 'Locatie: Utrecht → Maastricht' });
    await move.waitFor();
    const text = ((await move.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Tom Telecom');
    expect(text).toContain('telecom.manager@voorbeeld.example');
    expect(text).toContain('Gewijzigd');
    expect(text).toContain('Vera Verhuizer');
    // No raw ids in the table, and no id column.
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await page.getByRole('columnheader', { name: 'Id' }).count()).toBe(0);
    // Changes only: no sign-ins, no seeding by the system.
    expect(await rows.filter({ hasText: 'Ingelogd' }).count()).toBe(0);
    expect(await rows.filter({ hasText: 'Systeem' }).count()).toBe(0);
    await screenshot(page, 'enterprise-admin-audit-changes');

    await page.getByLabel('Ook aanmeldingen en systeemgebeurtenissen tonen').check();
    const logins = rows.filter({ hasText: 'Ingelogd' });
    await logins.first().waitFor();
    expect(await logins.count()).toBeGreaterThan(0);
    await screenshot(page, 'enterprise-admin-audit-with-sign-ins');

    // The ids are in the details, for whoever needs them.
    await page
      .getByRole('button', { name: 'Details van Gewijzigd – Gebruiker: Vera Verhuizer' })
      .first()
      .click();
    const details = page.getByRole('dialog', { name: /^Gebeurtenis \d+$/ });
    await details.getByText('Locatie: Utrecht → Maastricht').first().waitFor();
    expect(await details.getByText(utrecht?.id ?? 'missing').count()).toBeGreaterThan(0);
    await screenshot(page, 'enterprise-admin-audit-details');
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
