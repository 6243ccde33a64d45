import type { Browser, Page } from 'playwright-core';
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

const answer = (page: Page, question: RegExp, choice: 'Ja' | 'Nee') =>
  page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: choice }).check();

/** Yesterday 09:30 in the browser's time as a datetime-local value. */
function yesterdayMorning(): string {
  const d = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T09:30`;
}

describe('tickets', () => {
  it('lets the Telecom Manager report an incident step by step and find it in My tickets', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Storing melden').click();
    await page.getByRole('heading', { name: 'Storing melden' }).waitFor();
    // Nothing filled in: the step says what is missing and does not go on.
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByText('Controleer de gemarkeerde velden in deze stap.').waitFor();
    await page.getByLabel(/^Korte omschrijving/).fill('Geen verbinding met het callcenter');
    await page.getByLabel(/^A-nummer/).fill('12');
    await page.getByLabel(/^B-nummer/).fill('030 123 4567');
    await answer(page, /bedrijfskritisch/, 'Nee');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expect.poll(() => page.getByLabel(/^A-nummer/).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel(/^A-nummer/).fill('020 794 0010');
    await screenshot(page, 'enterprise-admin-incident-wizard');
    await page.getByRole('button', { name: 'Volgende' }).click();

    await page.getByLabel(/^Wanneer en op welk tijdstip/).fill(yesterdayMorning());
    await answer(page, /Kon de beller eerder wel bellen/, 'Ja');
    await page.getByRole('button', { name: 'Volgende' }).click();

    await page.getByLabel(/^Hoeveel mensen/).fill('3');
    await answer(page, /niet hebben\?$/, 'Ja');
    await answer(page, /reproduceerbaar/, 'Ja');
    await page.getByRole('combobox', { name: /^Hoe vaak/ }).click();
    await page.getByRole('option', { name: 'Altijd' }).click();
    await page.getByRole('button', { name: 'Volgende' }).click();

    await page.getByRole('checkbox', { name: /1016 BR/ }).check();
    await answer(page, /andere locaties\?$/, 'Nee');
    await answer(page, /Zijn er locaties/, 'Ja');
    await page.getByRole('button', { name: 'Volgende' }).click();
    // Not a line outage: the line checklist is not needed.
    await answer(page, /storing van de verbinding op een locatie/, 'Nee');
    await page.getByRole('button', { name: 'Volgende' }).click();

    await page.getByLabel(/display van het A-nummer/).fill('Oproep mislukt');
    await page.getByLabel(/display van het B-nummer/).fill('-');
    await page.getByLabel(/^Welk type telefoon/).fill('Yealink T54W');
    await page.getByLabel(/^Contactpersoon/).fill('Tom Telecom');
    await page.getByLabel(/^Telefoonnummer contactpersoon/).fill('06 1234 5678');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('button', { name: 'Melding versturen' }).click();

    const heading = page.getByRole('heading', {
      name: /^INC-\d{4}-\d{6} · Geen verbinding met het callcenter/,
    });
    await heading.waitFor();
    await page.getByText('U kunt de status nu niet wijzigen.').waitFor();
    // The affected site by name and postcode, never by id.
    await page.getByRole('cell', { name: /\(1016 BR\)$/ }).waitFor();

    await navLink(page, 'Mijn meldingen').click();
    const table = page.getByRole('table', { name: 'Meldingen' });
    await table.getByRole('row').filter({ hasText: 'Geen verbinding met het callcenter' }).waitFor();
    await table.getByRole('row').filter({ hasText: 'Extra toestel voor de nieuwe collega' }).waitFor();
    await screenshot(page, 'enterprise-admin-my-tickets');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("lets the desk work a ticket: the timeline with internal notes, only the flow's next states", async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.providerAgent);
    await navLink(page, 'Meldingen').click();
    const table = page.getByRole('table', { name: 'Meldingen' });
    await table.getByRole('row').filter({ hasText: 'Voorbeeld' }).first().waitFor();
    await table.getByRole('link', { name: /^INC-/ }).last().click();
    await page.getByRole('heading', { name: /Geen uitgaande gesprekken vanaf de receptie/ }).waitFor();
    await page.getByText('SBC-log toont 403').waitFor();
    await page.getByRole('button', { name: 'Naar "Wacht op klant"' }).waitFor();
    expect(await page.getByRole('button', { name: /^Naar "/ }).allInnerTexts()).toEqual([
      'Naar "Wacht op klant"',
      'Naar "Opgelost"',
    ]);
    await page.getByLabel('Nieuwe reactie').fill('Registratie vernieuwd, klant gevraagd te testen.');
    await page.getByLabel('Interne notitie (alleen servicedesk)').check();
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText('Registratie vernieuwd, klant gevraagd te testen.').waitFor();
    await page.getByRole('button', { name: 'Naar "Wacht op klant"' }).click();
    await page.getByRole('button', { name: 'Naar "Bezig"' }).waitFor();
    await screenshot(page, 'provider-desk-ticket-detail');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the Telecom Manager request a change with its lead time, cost and desk shown before sending', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Wijziging aanvragen').click();
    await page.getByRole('heading', { name: 'Wijziging aanvragen' }).waitFor();
    await page.getByRole('combobox', { name: /^Wijziging/ }).click();
    await page.getByRole('option', { name: 'Wijziging huntgroep' }).click();
    const summary = page.getByLabel('Overzicht');
    await summary.getByText('3 werkdagen').waitFor();
    await summary.getByText(/€\s?47,50/).waitFor();
    await summary.getByText('Support', { exact: true }).waitFor();
    await expect.poll(() => summary.getByText(/Verwacht gereed/).textContent()).toMatch(/\d{4} \d{2}:\d{2}/);
    // A move asks for the site: its lead time depends on the line.
    await page.getByRole('combobox', { name: /^Wijziging/ }).click();
    await page.getByRole('option', { name: 'Verhuizing binnen het netnummergebied' }).click();
    await page.getByRole('combobox', { name: /^Locatie/ }).waitFor();
    await page.getByRole('combobox', { name: /^Wijziging/ }).click();
    await page.getByRole('option', { name: 'Wijziging huntgroep' }).click();
    await page.getByLabel(/^Omschrijving/).fill('Graag Jan toevoegen aan huntgroep Verkoop, na Piet.');
    await screenshot(page, 'enterprise-admin-request-change');
    await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await page.getByRole('heading', { name: /^CHG-\d{4}-\d{6} · Wijziging huntgroep/ }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the customer whom to call now, with the out-of-hours PIN for the Telecom Manager', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Contact').click();
    await page.getByRole('heading', { name: 'Contact', exact: true }).waitFor();
    const matrix = page.getByRole('table', { name: 'Contactmatrix' });
    await matrix
      .getByRole('row')
      .filter({ hasText: 'Technical Support buiten kantoortijden (vast)' })
      .getByText('Pincode buiten kantoortijd: 2306')
      .waitFor();
    await page.getByLabel('Bedrijfskritische storing vaste telefonie of verbinding').waitFor();
    await screenshot(page, 'enterprise-admin-contact');
    expect(errors).toEqual([]);
    await context.close();
  });
});
