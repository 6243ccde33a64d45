import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { apiSession, type Named } from './support/api';
import { launchBrowser, login, navLink, openPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the skip link', () => {
  it('is the first thing the keyboard reaches, visible then, and jumps to the content', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await page.reload();
    await page.getByTestId('user-menu').waitFor();
    const link = page.getByRole('link', { name: 'Naar de inhoud' });
    const hidden = await link.boundingBox();
    expect((hidden?.y ?? 0) + (hidden?.height ?? 0)).toBeLessThanOrEqual(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    const shown = await link.boundingBox();
    expect(shown?.y ?? -1).toBeGreaterThanOrEqual(0);
    await screenshot(page, 'skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    // The next Tab goes on inside the content, not back into the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the enterprise switcher', () => {
  it('fits a long customer name: cut off with an ellipsis, whole in its title', async () => {
    const admin = await apiSession(ACCOUNTS.providerAdmin);
    const long = 'Stichting Regionale Samenwerking Zorg en Welzijn Zuid-Limburg';
    const created = await admin.post<Named>('/api/enterprises', { name: long });
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.providerAdmin, `/enterprises/${created.id}`);
    await page.getByRole('heading', { level: 1, name: long }).waitFor();
    const switcher = page.getByTestId('enterprise-switcher');
    expect(await switcher.inputValue()).toBe(long);
    expect(await switcher.getAttribute('title')).toBe(long);
    const style = await switcher.evaluate((input) => ({
      overflow: getComputedStyle(input).textOverflow,
      width: input.getBoundingClientRect().width,
    }));
    expect(style.overflow).toBe('ellipsis');
    expect(style.width).toBeGreaterThanOrEqual(300);
    await screenshot(page, 'switcher-long-name');

    // Clearing the choice (a mouse shortcut; by keyboard the navigation's Klanten) leads back to
    // the customers, and the lists over all of them.
    await page.locator('button[aria-label="Geen klant: terug naar alle klanten"]').click();
    await page.getByRole('heading', { level: 1, name: 'Klanten' }).waitFor();
    await navLink(page, 'Alle accounts').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
