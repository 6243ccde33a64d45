import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { demoEnterprises } from './support/api';
import { launchBrowser, login, navLink, openPage, screenshot, visit } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the number plan', () => {
  it('shows the Telecom Manager its blocks with their use, finds a number by a fragment and reserves it', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Nummerplan').click();
    const blocks = page.getByRole('table', { name: /^Nummerblokken van/ });
    const amsterdam = blocks.getByRole('row').filter({ hasText: '020 794 0000 – 020 794 0099' });
    await amsterdam.waitFor();
    // The main number is the incoming route's: in use, nothing of the block reserved.
    await amsterdam.getByRole('img', { name: /in gebruik, 0 gereserveerd/ }).waitFor();
    expect(await page.getByText('Toestelnummers hebben 3 cijfers.').count()).toBe(1);
    await screenshot(page, 'enterprise-admin-number-plan');

    const numbers = page.getByRole('table', { name: /^Nummers van/ });
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('+31 20 794 0090');
    const row = numbers.getByRole('row').filter({ hasText: '020 794 0090' });
    await row.waitFor();
    await expect.poll(() => numbers.locator('tbody tr').count()).toBe(1);
    await row.getByRole('button', { name: 'Acties voor 020 794 0090' }).click();
    await page.getByRole('menuitem', { name: 'Reserveren' }).click();
    await row.getByText('Gereserveerd').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the provider add a block, refusing a number that is none with a field message', async () => {
    const { voorbeeld } = await demoEnterprises();
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.providerAdmin, `/enterprises/${voorbeeld.id}/numbers`);
    await page.getByRole('button', { name: 'Nummerblok toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nummerblok toevoegen' });
    await dialog.getByLabel('Eerste nummer').fill('020 12');
    await dialog.getByLabel('Aantal nummers').fill('10');
    await dialog.getByRole('button', { name: 'Nummerblok toevoegen' }).click();
    const first = dialog.getByLabel('Eerste nummer');
    await expect.poll(() => first.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'provider-number-block-error');
    await first.fill('+31 (0)20 555 7100');
    await dialog.getByRole('button', { name: 'Nummerblok toevoegen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const blocks = page.getByRole('table', { name: /^Nummerblokken van/ });
    await blocks.getByRole('row').filter({ hasText: '020 555 7100 – 020 555 7109' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a site administrator only the numbers of its own site', async () => {
    const { voorbeeld } = await demoEnterprises();
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.siteAdmin);
    await visit(page, `/enterprises/${voorbeeld.id}/numbers?state=free`);
    const numbers = page.getByRole('table', { name: /^Nummers van/ });
    await numbers.locator('tbody tr').first().waitFor();
    const texts = await numbers.locator('tbody tr td:first-child').allInnerTexts();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toMatch(/^020 794 00\d\d$/);
    expect(await page.getByRole('button', { name: 'Nummerblok toevoegen' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds a user in the users list by any notation of its number, and shows its extension', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Gebruikers').click();
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('+31 20 794 0003');
    const row = page.locator('tbody tr').filter({ hasText: '020 794 0003' });
    await row.waitFor();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await row.getByRole('cell', { name: /^2\d\d$/ }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
