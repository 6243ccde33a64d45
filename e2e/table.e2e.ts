import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { launchBrowser, login, navLink, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The texts of one column, found by its header (so a new column does not move the test). */
const columnTexts = (page: import('playwright-core').Page, header: string) =>
  page.evaluate((name) => {
    const headers = [...document.querySelectorAll('thead th')];
    const index = headers.findIndex((th) => th.textContent?.trim() === name);
    return [...document.querySelectorAll('tbody tr')].map(
      (tr) => tr.querySelectorAll('td')[index]?.textContent ?? '',
    );
  }, header);

describe('the shared table (users of Voorbeeld BV)', () => {
  it('sorts on the server, filters by profile and exports every matching row as CSV', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Gebruikers').click();
    const nameHeader = page.getByRole('columnheader', { name: 'Naam' });
    await page.locator('tbody tr').first().waitFor();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');

    // By keyboard: focus the e-mail header's button and press Enter.
    await page.getByRole('button', { name: 'E-mailadres' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/sort=email/);
    await page.waitForFunction(() =>
      document.querySelector('th[aria-sort="ascending"]')?.textContent?.startsWith('E-mailadres'),
    );
    expect(await page.getByRole('columnheader', { name: 'E-mailadres' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    expect(await nameHeader.getAttribute('aria-sort')).toBe('none');
    const emails = await columnTexts(page, 'E-mailadres');
    expect(emails).toEqual([...emails].sort());

    // Again: the server sorts the other way round.
    await page.keyboard.press('Enter');
    await page.waitForURL(/direction=desc/);
    await page.waitForFunction(() =>
      document.querySelector('th[aria-sort="descending"]')?.textContent?.startsWith('E-mailadres'),
    );
    await expect.poll(async () => (await columnTexts(page, 'E-mailadres'))[0]).not.toBe(emails[0]);
    const reversed = await columnTexts(page, 'E-mailadres');
    expect(reversed).toEqual([...reversed].sort().reverse());
    expect(reversed[0]).toBe(emails[emails.length - 1]);

    await page.getByRole('combobox', { name: 'Profiel' }).click();
    await page.getByRole('option', { name: 'Flex' }).click();
    await page.waitForURL(/profile=flex/);
    await expect
      .poll(async () => (await columnTexts(page, 'Profiel')).every((text) => text === 'Flex'))
      .toBe(true);
    const flexRows = await page.locator('tbody tr').count();
    expect(flexRows).toBeGreaterThan(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteer CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    // A BOM for spreadsheets, then CRLF lines.
    expect(csv.startsWith('\uFEFFNaam,E-mailadres,Locatie,Toestel,Nummers,Profiel\r\n')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines.length).toBe(flexRows + 1);
    expect(lines.slice(1).every((line) => line.endsWith(',Flex'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
