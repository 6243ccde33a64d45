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

describe('call restrictions', () => {
  it('show the Telecom Manager the default as a matrix, 112 always allowed, and test a number', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Belrestricties').click();
    await page.getByRole('heading', { level: 1, name: 'Belrestricties' }).waitFor();
    const emergency = page.getByRole('switch', { name: 'Alarmnummer' });
    await emergency.waitFor();
    expect(await emergency.isChecked()).toBe(true);
    expect(await emergency.isDisabled()).toBe(true);
    const premium = page.getByRole('switch', { name: 'Betaalnummers' });
    await expect.poll(() => premium.isDisabled()).toBe(false);
    expect(await premium.isChecked()).toBe(false);
    expect(await page.getByRole('switch', { name: 'Internationaal' }).isChecked()).toBe(true);

    const dialled = page.getByLabel('Gekozen nummer');
    await dialled.fill('0900 123 4567');
    await page.getByRole('button', { name: 'Testen' }).click();
    const result = page.getByTestId('call-check-result');
    await result.getByText('Geblokkeerd', { exact: true }).waitFor();
    await result.getByText('Betaalnummer', { exact: true }).waitFor();
    await screenshot(page, 'enterprise-admin-call-restrictions');

    await dialled.fill('112');
    await dialled.press('Enter');
    await result.getByText('Toegestaan', { exact: true }).waitFor();
    await result.getByText('112 wordt nooit geblokkeerd.').waitFor();

    await dialled.fill('bel mij');
    await dialled.press('Enter');
    await expect.poll(() => dialled.getAttribute('aria-invalid')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('let the Telecom Manager change the default with the keyboard, and change it back', async () => {
    const { page, context, errors } = await openPage(browser);
    const { voorbeeld } = await demoEnterprises();
    await login(page, ACCOUNTS.enterpriseAdmin, `/enterprises/${voorbeeld.id}/call-restrictions`);
    const international = page.getByRole('switch', { name: 'Internationaal' });
    await expect.poll(() => international.isDisabled()).toBe(false);
    await international.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => international.isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De belrestricties zijn opgeslagen.').waitFor();
    await page.reload();
    await expect.poll(() => page.getByRole('switch', { name: 'Internationaal' }).isChecked()).toBe(false);
    await page.getByRole('switch', { name: 'Internationaal' }).click();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Opslaan' }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('give a user, reached from the users table, a set of its own, and let it follow the default again', async () => {
    const { voorbeeld } = await demoEnterprises();
    const api = await apiSession(ACCOUNTS.enterpriseAdmin);
    const { items } = await api.get<{ items: Named[] }>(`/api/enterprises/${voorbeeld.id}/users?limit=5`);
    const user = items[0] as Named;
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin, `/enterprises/${voorbeeld.id}/users`);
    await page.getByRole('button', { name: `Acties voor ${user.name}` }).click();
    await page.getByRole('menuitem', { name: 'Belrestricties' }).click();
    await page.waitForURL(`**/enterprises/${voorbeeld.id}/users/${user.id}/call-restrictions`);
    await page.getByRole('heading', { level: 1, name: `Belrestricties van ${user.name}` }).waitFor();
    const follows = page.getByRole('radio', { name: 'Volgt de standaard van de klant' });
    await expect.poll(() => follows.isChecked()).toBe(true);
    const mobile = page.getByRole('switch', { name: 'Mobiel' });
    expect(await mobile.isDisabled()).toBe(true);
    await page.getByRole('radio', { name: 'Eigen restricties' }).check();
    await expect.poll(() => mobile.isDisabled()).toBe(false);
    await mobile.click();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De belrestricties van de gebruiker zijn opgeslagen.').waitFor();
    await screenshot(page, 'enterprise-admin-user-call-restrictions');
    await page.reload();
    await expect.poll(() => page.getByRole('radio', { name: 'Eigen restricties' }).isChecked()).toBe(true);
    expect(await page.getByRole('switch', { name: 'Mobiel' }).isChecked()).toBe(false);
    await page.getByRole('radio', { name: 'Volgt de standaard van de klant' }).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('switch', { name: 'Mobiel' }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('are read, not changed, by a site administrator', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.siteAdmin);
    await navLink(page, 'Belrestricties').click();
    const premium = page.getByRole('switch', { name: 'Betaalnummers' });
    await premium.waitFor();
    expect(await premium.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Opslaan' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
