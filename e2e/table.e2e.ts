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
    const emails = await page.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(emails).toEqual([...emails].sort());

    // Again: the server sorts the other way round.
    await page.keyboard.press('Enter');
    await page.waitForURL(/direction=desc/);
    await page.waitForFunction(() =>
      document.querySelector('th[aria-sort="descending"]')?.textContent?.startsWith('E-mailadres'),
    );
    await page.waitForFunction(
      (first) => document.querySelector('tbody tr td:nth-child(2)')?.textContent !== first,
      emails[0],
    );
    const reversed = await page.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(reversed).toEqual([...reversed].sort().reverse());
    expect(reversed[0]).toBe(emails[emails.length - 1]);

    await page.getByRole('combobox', { name: 'Profiel' }).click();
    await page.getByRole('option', { name: 'Flex' }).click();
    await page.waitForURL(/profile=flex/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('tbody tr td:nth-child(4)')].every((td) => td.textContent === 'Flex'),
    );
    const flexRows = await page.locator('tbody tr').count();
    expect(flexRows).toBeGreaterThan(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteer CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    // A BOM for spreadsheets, then CRLF lines.
    expect(csv.startsWith('\uFEFFNaam,E-mailadres,Locatie,Profiel\r\n')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines.length).toBe(flexRows + 1);
    expect(lines.slice(1).every((line) => line.endsWith(',Flex'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
