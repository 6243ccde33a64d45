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

/**
 * The first Tuesday of February two years on: far past the closures other e2e files add to the
 * demo’s schedules (the schedules’ test adds a company outing two months from now), as the date
 * field reads it (dd-mm-jjjj).
 */
function nextTuesday(): string {
  const year = new Date().getUTCFullYear() + 2;
  const day = [1, 2, 3, 4, 5, 6, 7].find((d) => new Date(Date.UTC(year, 1, d)).getUTCDay() === 2) ?? 1;
  return `0${day}-02-${year}`;
}

describe('incoming routes', () => {
  it('lists the main number with its schedule, draws the route and tests a moment', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Inkomende routes').click();
    const table = page.getByRole('table', { name: /^Inkomende routes van/ });
    const row = table.getByRole('row').filter({ hasText: 'Hoofdnummer' });
    await row.waitFor();
    await row.getByText('020 794 0000').waitFor();
    await row.getByRole('cell', { name: 'Kantoortijden', exact: true }).waitFor();
    // "Now" is the API's answer for this moment: open, closed or a holiday, always to Hoofdmenu.
    await row.getByText(/Keuzemenu Hoofdmenu/).waitFor();
    await screenshot(page, 'enterprise-admin-incoming-routes');

    await row.getByRole('button', { name: /^Acties voor/ }).click();
    await page.getByRole('menuitem', { name: 'Wijzigen' }).click();
    const flow = page.getByTestId('route-flow');
    await flow.waitFor();
    const label = () => flow.getAttribute('aria-label');
    await expect.poll(label).toContain('Route van 020 794 0000');
    await expect.poll(label).toContain('Open → Keuzemenu Hoofdmenu (Kantooruren)');
    await expect.poll(label).toContain('Gesloten → Keuzemenu Hoofdmenu (Buiten kantoortijden)');
    await expect.poll(label).toContain('Feestdag → Keuzemenu Hoofdmenu (Feestdagen)');
    // The schedule's named closure has no destination of its own: it goes as closed.
    await expect.poll(label).toContain('Oudejaarsmiddag → Keuzemenu Hoofdmenu (Buiten kantoortijden)');

    // Test a moment, by keyboard: a Tuesday at 10:00 is open, at 20:00 closed.
    const day = page.getByRole('textbox', { name: 'Dag' });
    await day.fill(nextTuesday());
    await day.press('Tab');
    await page.getByLabel('Tijd', { exact: true }).fill('10:00');
    await page.getByRole('button', { name: 'Test' }).click();
    const result = page.getByTestId('route-test-result');
    await result.getByText('Open → Keuzemenu Hoofdmenu (Kantooruren)').waitFor();
    await page.getByLabel('Tijd', { exact: true }).fill('20:00');
    await page.getByRole('button', { name: 'Test' }).focus();
    await page.keyboard.press('Enter');
    await result.getByText('Gesloten → Keuzemenu Hoofdmenu (Buiten kantoortijden)').waitFor();
    await screenshot(page, 'enterprise-admin-incoming-route-editor');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('makes a route on a free number, shown in the number plan as its assignee, and works at phone width', async () => {
    const { page, context, errors } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await login(page, ACCOUNTS.enterpriseAdmin, '/');
    await page.getByRole('button', { name: 'Menu openen of sluiten' }).click();
    await navLink(page, 'Inkomende routes').click();
    await page.getByRole('button', { name: 'Nieuwe route' }).click();
    await page.getByRole('textbox', { name: 'Naam' }).fill('Servicelijn');
    const number = page.getByRole('combobox', { name: 'Nummer' });
    await number.click();
    await number.fill('794 00');
    const option = page
      .getByRole('option')
      .filter({ hasText: /^020 794 00/ })
      .first();
    await option.waitFor();
    const chosen = ((await option.textContent()) ?? '').trim();
    await option.click();
    await page.getByRole('combobox', { name: 'Open: Soort bestemming' }).click();
    await page.getByRole('option', { name: 'Huntgroep' }).click();
    await page.getByRole('combobox', { name: 'Open: Huntgroep' }).click();
    await page.getByRole('option', { name: 'Receptie' }).click();
    const flow = page.getByTestId('route-flow');
    await expect
      .poll(() => flow.getAttribute('aria-label'))
      .toContain(`Route van ${chosen}: Open → Huntgroep Receptie`);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Servicelijn is opgeslagen.').waitFor();
    await page.getByRole('heading', { name: 'Inkomende route Servicelijn' }).waitFor();
    await screenshot(page, 'enterprise-admin-incoming-route-phone');

    // The number plan names the route as the number's assignee.
    await page.getByRole('button', { name: 'Menu openen of sluiten' }).click();
    await navLink(page, 'Nummerplan').click();
    await page.getByPlaceholder('Zoek op (een deel van) een nummer…').fill(chosen);
    // (The assignee column is hidden at phone width; the row holds it.)
    await page.getByRole('row').filter({ hasText: 'Inkomende route Servicelijn (Hoofdnummer)' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
