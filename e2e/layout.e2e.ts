import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { demoEnterprises, type Named } from './support/api';
import { launchBrowser, login, navLink, openPage, screenshot } from './support/browser';

let browser: Browser;
let voorbeeld: Named;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ voorbeeld } = await demoEnterprises());
});
afterAll(async () => {
  await browser?.close();
});

/** The element lies wholly inside the window, as a person sees it without scrolling sideways. */
async function expectInView(page: Page, element: Locator): Promise<void> {
  await element.waitFor();
  const box = await element.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box).not.toBeNull();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
}

/** The page itself does not scroll sideways (a table may, inside its frame). */
async function expectNoPageScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

describe('tables at 1280 px', () => {
  it('keep the row actions in view on Locaties, Accounts, Alle accounts and Beveiligingsbeleid', async () => {
    const { page, context, errors } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await login(page, ACCOUNTS.providerAdmin, `/enterprises/${voorbeeld.id}/sites`);
    await expectInView(page, page.getByRole('button', { name: 'Acties voor Amsterdam' }));
    await expectNoPageScroll(page);
    await screenshot(page, 'layout-1280-sites');

    await navLink(page, 'Accounts').click();
    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    await expectInView(page, page.getByRole('button', { name: /^Acties voor / }).first());
    await screenshot(page, 'layout-1280-accounts');

    await navLink(page, 'Start').click();
    await navLink(page, 'Alle accounts').click();
    await page.getByRole('heading', { level: 1, name: 'Alle accounts' }).waitFor();
    await expectInView(page, page.getByRole('button', { name: 'Acties voor admin@example.com' }));
    await expectNoPageScroll(page);
    await screenshot(page, 'layout-1280-all-accounts');

    await navLink(page, 'Beveiligingsbeleid').click();
    await expectInView(page, page.getByRole('button', { name: 'Acties voor Telecom Manager' }));
    await expectNoPageScroll(page);
    await screenshot(page, 'layout-1280-security-policies');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('tables on a phone', () => {
  it('show the name and the actions, hide low-priority columns, and do not scroll the page', async () => {
    const { page, context, errors } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await login(page, ACCOUNTS.enterpriseAdmin);
    await page.getByRole('button', { name: 'Menu openen of sluiten' }).click();
    await navLink(page, 'Locaties').click();
    await page.getByRole('heading', { level: 1, name: 'Locaties' }).waitFor();
    await expectInView(page, page.getByRole('button', { name: 'Acties voor Amsterdam' }));
    await expectInView(page, page.getByRole('cell', { name: 'Amsterdam', exact: true }).first());
    expect(await page.getByRole('columnheader', { name: 'Naam' }).isVisible()).toBe(true);
    expect(await page.getByRole('columnheader', { name: 'Postcode' }).isVisible()).toBe(false);
    await expectNoPageScroll(page);
    await screenshot(page, 'layout-phone-sites');
    expect(errors).toEqual([]);
    await context.close();
  });
});
