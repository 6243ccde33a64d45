import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { launchBrowser, login, openPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('all accounts (provider)', () => {
  it('shows the customer or partner of each account and filters on it', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.providerAdmin, '/accounts');
    const row = (email: string) => page.getByRole('row').filter({ hasText: email });
    await row('telecom.manager@voorbeeld.example').waitFor();
    expect(await row('telecom.manager@voorbeeld.example').textContent()).toContain('Voorbeeld BV');
    expect(await row('partner@partnerconnect.example').textContent()).toContain('Partner Connect BV');
    expect(await row('servicedesk@demo-telecom.example').textContent()).toContain('Provider');

    const filter = page.getByRole('combobox', { name: 'Klant of partner' });
    await filter.click();
    await filter.fill('Voorbeeld');
    await page.getByRole('option', { name: 'Voorbeeld BV' }).click();
    const rows = page.locator('tbody tr');
    await expect
      .poll(async () => (await rows.allInnerTexts()).every((r) => r.includes('Voorbeeld BV')))
      .toBe(true);
    expect(await row('servicedesk@demo-telecom.example').count()).toBe(0);
    await screenshot(page, 'provider-admin-all-accounts-by-customer');

    await filter.click();
    await filter.fill('Partner');
    await page.getByRole('option', { name: 'Partner Connect BV' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('partner@partnerconnect.example');
    expect(errors).toEqual([]);
    await context.close();
  });
});
