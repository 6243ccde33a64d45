import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { launchBrowser, login, navLink, openPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('devices', () => {
  it('lets the provider keep the device catalogue', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.providerAdmin);
    await navLink(page, 'Toestelcatalogus').click();
    const table = page.getByRole('table', { name: 'Toestelmodellen' });
    await table.getByRole('row').filter({ hasText: 'T54W' }).waitFor();
    await table.getByRole('row').filter({ hasText: 'HT802' }).waitFor();
    await screenshot(page, 'provider-device-catalogue');
    await page.getByRole('button', { name: 'Nieuw model' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuw model' });
    await dialog.getByLabel('Merk').fill('Snom');
    await dialog.getByRole('textbox', { name: /^Model/ }).fill('D785');
    await dialog.getByRole('textbox', { name: 'Lijnen' }).fill('12');
    await dialog.getByRole('button', { name: 'Nieuw model' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await table.getByRole('row').filter({ hasText: 'D785' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the Telecom Manager its devices, refuses a bad ICCID and shows a new SIP password once', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Toestellen').click();
    const table = page.getByRole('table', { name: /^Toestellen van/ });
    await table.getByRole('row').filter({ hasText: 'Bureautoestel' }).first().waitFor();
    await screenshot(page, 'enterprise-admin-devices');
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('vergader');
    await table.getByRole('row').filter({ hasText: 'Vergaderzaal Amstel' }).waitFor();
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('');

    // The first model of the catalogue is the SIM card: it asks for an ICCID.
    await page.getByRole('button', { name: 'Nieuw toestel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuw toestel' });
    await dialog.getByLabel('Naam').fill('Simkaart e2e');
    const iccid = dialog.getByLabel('ICCID');
    await iccid.fill('8931 4403 0123 4567 8901');
    await dialog.getByRole('button', { name: 'Nieuw toestel' }).click();
    await expect.poll(() => iccid.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByText('het controlecijfer (Luhn) wijkt af', { exact: false }).waitFor();
    await iccid.fill('8931 4499 0000 0000 008');
    await dialog.getByRole('button', { name: 'Nieuw toestel' }).click();
    const secret = page.getByRole('dialog', { name: 'SIP-gegevens' });
    await secret.getByTestId('one-time-secret').waitFor();
    expect(await secret.getByTestId('one-time-secret').textContent()).toMatch(/^[A-Za-z0-9]{24}$/);
    await secret.getByRole('button', { name: 'Klaar' }).click();
    await secret.waitFor({ state: 'hidden' });

    const row = table.getByRole('row').filter({ hasText: 'Simkaart e2e' });
    await row.waitFor();
    await row.getByRole('button', { name: /^Acties voor/ }).click();
    await page.getByRole('menuitem', { name: 'Lijnen en SIP-gegevens' }).click();
    await page.getByRole('button', { name: 'Nieuw SIP-wachtwoord voor lijn 1' }).click();
    await page.getByRole('dialog', { name: 'SIP-gegevens' }).getByTestId('one-time-secret').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
