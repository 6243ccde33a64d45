import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { apiSession, demoEnterprises } from './support/api';
import { launchBrowser, login, navLink, openPage, screenshot, visit } from './support/browser';

let browser: Browser;
let ticket: { id: string; number: string; desk: { id: string } | null };
beforeAll(async () => {
  browser = await launchBrowser();
  const { voorbeeld } = await demoEnterprises();
  const tm = await apiSession(ACCOUNTS.enterpriseAdmin);
  const sites = await tm.get<{ items: { id: string }[] }>(`/api/enterprises/${voorbeeld.id}/sites`);
  ticket = await tm.post<typeof ticket>('/api/tickets', {
    type: 'service',
    enterpriseId: voorbeeld.id,
    title: 'Nieuwe wachtmuziek voor de receptie',
    description: 'Graag andere wachtmuziek',
    siteId: sites.items[0]?.id,
    businessCritical: true,
    contact: { name: 'Tom Telecom', phone: '020 794 0000' },
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('SLA clocks in the portal', () => {
  it('the desk’s queue shows the countdown, and the desk pauses a clock on the ticket', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.providerAgent);
    await navLink(page, 'Wachtrijen per desk').click();
    await page.getByRole('heading', { name: 'Wachtrij', level: 1 }).waitFor();
    if (ticket.desk) await visit(page, `/desk-queues?desk=${ticket.desk.id}`);
    const table = page.getByRole('table', { name: 'Wachtrij' });
    const row = table.getByRole('row').filter({ hasText: ticket.number });
    await row.waitFor();
    expect(await row.getByText('Loopt').count()).toBeGreaterThan(0);
    await screenshot(page, 'provider-desk-queue');

    await row.getByRole('link', { name: ticket.number }).click();
    const clocks = page.getByLabel('SLA-klokken');
    await clocks.getByText('Eerste reactie').waitFor();
    await clocks.getByRole('combobox', { name: 'Reden van de pauze' }).click();
    await page.getByRole('option', { name: 'wacht op onderdelen' }).click();
    await clocks.getByRole('button', { name: 'SLA pauzeren' }).click();
    await clocks.getByText(/Gepauzeerd: wacht op onderdelen sinds/).waitFor();
    await screenshot(page, 'provider-ticket-sla-clocks');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the customer sees why a clock is paused', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await visit(page, `/tickets/${ticket.id}`);
    const clocks = page.getByLabel('SLA-klokken');
    await clocks.getByText(/Gepauzeerd: wacht op onderdelen sinds/).waitFor();
    expect(await clocks.getByRole('button', { name: 'SLA pauzeren' }).count()).toBe(0);
    await screenshot(page, 'customer-ticket-sla-clocks');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the provider admin edits an SLA policy', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.providerAdmin);
    await navLink(page, 'SLA-beleid').click();
    await page.getByRole('heading', { name: 'SLA-beleid', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Wijzigen repair-low' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Waarschuwen bij (%)' }).fill('75');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Het SLA-beleid repair-low is opgeslagen.').waitFor();
    await screenshot(page, 'provider-sla-policies');
    expect(errors).toEqual([]);
    await context.close();
  });
});
