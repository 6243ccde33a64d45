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

const TRACE = Buffer.from('INVITE sip:201@demo SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.5:5060\r\n\r\n');

describe('ticket attachments', () => {
  it('lets the desk attach a SIP trace and an internal file, refuses a program, shows the messages sent; the customer sees only its own', async () => {
    const desk = await openPage(browser);
    await login(desk.page, ACCOUNTS.providerAgent);
    await navLink(desk.page, 'Meldingen').click();
    const table = desk.page.getByRole('table', { name: 'Meldingen' });
    await table.getByRole('link', { name: /^INC-/ }).first().click();
    const section = desk.page.getByRole('region', { name: 'Bijlagen' });
    await section.getByText('Nog geen bijlagen.').waitFor();
    const input = section.locator('input[type="file"]');
    await input.setInputFiles({ name: 'sip-trace.txt', mimeType: 'text/plain', buffer: TRACE });
    await section.getByRole('button', { name: 'Toevoegen' }).click();
    await section.getByRole('link', { name: 'sip-trace.txt downloaden' }).waitFor();
    await input.setInputFiles({
      name: 'sbc.log',
      mimeType: 'text/plain',
      buffer: Buffer.from('403 from SBC\n'),
    });
    await section.getByLabel('Alleen voor de servicedesk (intern)').check();
    await section.getByRole('button', { name: 'Toevoegen' }).click();
    await section.getByRole('link', { name: 'sbc.log downloaden' }).waitFor();
    await input.setInputFiles({
      name: 'foto.png',
      mimeType: 'image/png',
      buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
    });
    await section.getByRole('button', { name: 'Toevoegen' }).click();
    await section
      .getByRole('alert')
      .getByText(/foto\.png: dit soort bestand wordt niet aangenomen/)
      .waitFor();
    // A comment the customer reads is mailed: the ticket's page shows the message in the outbox.
    await desk.page.getByLabel('Nieuwe reactie').fill('De SIP-trace is bekeken; wilt u opnieuw testen?');
    await desk.page.getByRole('button', { name: 'Versturen' }).click();
    const messages = desk.page.getByRole('region', { name: 'Berichten over deze melding' });
    await messages.getByRole('cell', { name: 'Reactie op melding' }).first().waitFor();
    await screenshot(desk.page, 'provider-desk-ticket-attachments');
    const url = desk.page.url();
    expect(desk.errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
    await desk.context.close();

    const customer = await openPage(browser);
    await login(customer.page, ACCOUNTS.enterpriseAdmin);
    await customer.page.goto(url);
    const own = customer.page.getByRole('region', { name: 'Bijlagen' });
    await own.getByRole('link', { name: 'sip-trace.txt downloaden' }).waitFor();
    expect(await own.getByRole('link', { name: /downloaden$/ }).allInnerTexts()).toEqual(['sip-trace.txt']);
    await expect(own.getByLabel('Alleen voor de servicedesk (intern)').count()).resolves.toBe(0);
    // The outbox is the provider's: a customer's ticket page has no messages section.
    await expect(
      customer.page.getByRole('region', { name: 'Berichten over deze melding' }).count(),
    ).resolves.toBe(0);
    await screenshot(customer.page, 'enterprise-admin-ticket-attachments');
    expect(customer.errors).toEqual([]);
    await customer.context.close();
  });
});
