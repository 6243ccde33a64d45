import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { apiSession, demoEnterprises } from './support/api';
import { launchBrowser, login, navLink, openPage, screenshot } from './support/browser';

let browser: Browser;
let number: string;
beforeAll(async () => {
  browser = await launchBrowser();
  // A ticket of the Telecom Manager: its receipt and the desk's message enter the outbox.
  const { voorbeeld } = await demoEnterprises();
  const tm = await apiSession(ACCOUNTS.enterpriseAdmin);
  const sites = await tm.get<{ items: { id: string }[] }>(`/api/enterprises/${voorbeeld.id}/sites`);
  const ticket = await tm.post<{ number: string }>('/api/tickets', {
    type: 'service',
    enterpriseId: voorbeeld.id,
    title: 'Extra toestel voor de receptie',
    description: 'Graag een extra toestel op de receptie',
    siteId: sites.items[0]?.id,
    businessCritical: false,
    impact: 'low',
    urgency: 'medium',
    contact: { name: 'Tom Telecom', phone: '020 794 0000' },
  });
  number = ticket.number;
});
afterAll(async () => {
  await browser?.close();
});

describe('the outbox', () => {
  it('shows the provider every message with its state and attempts, and says that nothing is sent without SMTP', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.providerAdmin);
    await navLink(page, 'Uitgaande berichten').click();
    await page.getByRole('heading', { name: 'Uitgaande berichten', level: 1 }).waitFor();
    // The e2e server has no SMTP_URL: recorded, visible, not sent.
    await page.getByText('Er is geen mailserver ingesteld').waitFor();
    const table = page.getByRole('table', { name: 'Uitgaande berichten' });
    await page.getByPlaceholder('Zoek op ontvanger, onderwerp of meldingnummer').fill(number);
    const rows = table.getByRole('row').filter({ hasText: number });
    await expect.poll(() => rows.count()).toBe(2);
    await rows.filter({ hasText: 'telecom.manager@voorbeeld.example' }).getByText('In de wachtrij').waitFor();
    await rows.filter({ hasText: 'support@centrale.example' }).getByText('Nieuwe melding').waitFor();
    await screenshot(page, 'provider-outbox');

    // The message itself, as it will be sent.
    await rows
      .filter({ hasText: 'telecom.manager@voorbeeld.example' })
      .getByRole('button', { name: /^Acties voor/ })
      .click();
    // A queued message cannot be sent again by hand: only a failed one.
    expect(await page.getByRole('menuitem', { name: 'Opnieuw versturen' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: 'Bericht bekijken' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/Wij hebben uw melding ontvangen/).waitFor();
    await page.keyboard.press('Escape');

    // Filtered by state: none of them is sent.
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: /^Verstuurd/ }).click();
    await page.getByText('Geen berichten.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
