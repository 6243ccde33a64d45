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

/** Today in Amsterdam as dd-mm-yyyy. */
const todayNl = () => {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' })
    .format(new Date())
    .split('-');
  return `${d}-${m}-${y}`;
};

describe('date fields', () => {
  it('show and read Dutch dates (dd-mm-jjjj), by keyboard, even in an American browser', async () => {
    const { page, context, errors } = await openPage(browser, { locale: 'en-US' });
    await login(page, ACCOUNTS.providerAdmin, '/training-records');
    await page.getByRole('button', { name: 'Training registreren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Training registreren' });
    const date = dialog.getByLabel('Gevolgd op');
    expect(await date.inputValue()).toBe(todayNl());
    expect(await date.getAttribute('placeholder')).toBe('dd-mm-jjjj');

    await dialog.getByLabel('Account').fill('receptie');
    await page.getByRole('option', { name: /receptie@voorbeeld\.example/ }).click();
    await dialog.getByRole('combobox', { name: 'Training' }).click();
    await page.getByRole('option', { name: 'Receptionist' }).click();
    await date.fill('');
    await date.pressSequentially('2-1-2026');
    await screenshot(page, 'training-record-date-field');
    await page.keyboard.press('Escape');
    // Escape closes the calendar, not the dialog; leaving the field writes the day in full.
    await dialog.getByLabel('Opmerkingen').focus();
    expect(await date.inputValue()).toBe('02-01-2026');
    await dialog.getByRole('button', { name: 'Training registreren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ hasText: 'receptie@voorbeeld.example' });
    await row.waitFor();
    expect(await row.textContent()).toContain('2 jan 2026');
    expect(errors).toEqual([]);
    await context.close();
  });
});
