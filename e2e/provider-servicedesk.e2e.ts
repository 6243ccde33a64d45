import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { apiSession } from './support/api';
import { launchBrowser, login, navLink, openPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Calendar = {
  hours: { weekday: number; start: string; end: string }[];
  closures: { date: string; name: string }[];
  holidays: { date: string; kind: string; closed: boolean }[];
};

describe('the provider’s service desk configuration', () => {
  it('edits the change catalogue, the tariff list and the contact matrix without a restart', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.providerAdmin);
    const admin = await apiSession(ACCOUNTS.providerAdmin);
    // What this test changes is put back at its end: the other e2e files share the server.
    const huntBefore = await admin.get<{ leadTime: unknown }>('/api/change-catalogue/hunt-group-change');
    const hourlyBefore = await admin.get<{ amount: number }>('/api/tariffs/hourly-rate');

    await navLink(page, 'Wijzigingscatalogus').click();
    await page.getByRole('heading', { level: 1, name: 'Wijzigingscatalogus' }).waitFor();
    const catalogue = page.getByRole('table', { name: 'Wijzigingscatalogus' });
    const hunt = catalogue.getByRole('row').filter({ hasText: 'Wijziging huntgroep' });
    await hunt.getByText('3 werkdagen').waitFor();
    await hunt.getByRole('button', { name: 'Wijziging huntgroep wijzigen' }).click();
    const itemDialog = page.getByRole('dialog');
    await itemDialog.getByLabel('Aantal').fill('4');
    await screenshot(page, 'provider-catalogue-edit');
    await itemDialog.getByRole('button', { name: 'Opslaan' }).click();
    await hunt.getByText('4 werkdagen').waitFor();
    // The requesters' catalogue has it at once.
    const tm = await apiSession(ACCOUNTS.enterpriseAdmin);
    const items = await tm.get<{ items: { key: string; leadTime: { count?: number } }[] }>(
      '/api/change-catalogue',
    );
    expect(items.items.find((i) => i.key === 'hunt-group-change')?.leadTime.count).toBe(4);
    await screenshot(page, 'provider-catalogue');

    await navLink(page, 'Tarieven').click();
    await page.getByRole('heading', { level: 1, name: 'Tarieven' }).waitFor();
    const tariffs = page.getByRole('table', { name: 'Tarieven' });
    const hourly = tariffs.getByRole('row').filter({ hasText: 'Uurtarief functionele wijziging' });
    await hourly.getByRole('button', { name: 'Uurtarief functionele wijziging wijzigen' }).click();
    await page.getByRole('dialog').getByLabel('Bedrag (€, excl. btw)').fill('102,50');
    await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
    await hourly.getByText(/102,50/).waitFor();
    await screenshot(page, 'provider-tariffs');

    await navLink(page, 'Contactmatrix').click();
    await page.getByRole('heading', { level: 1, name: 'Contactmatrix' }).waitFor();
    const desks = page.getByRole('table', { name: 'Contactmatrix' });
    const support = desks
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'Support', exact: true }) });
    await support.getByRole('button', { name: 'Support wijzigen' }).click();
    const deskDialog = page.getByRole('dialog');
    // A PIN the API refuses keeps the dialog open with the reason on the field.
    await deskDialog.getByLabel('Pincode buiten kantooruren').fill('12');
    await deskDialog.getByRole('button', { name: 'Opslaan' }).click();
    await deskDialog.getByText('een pincode van 4 tot 8 cijfers', { exact: true }).waitFor();
    await deskDialog.getByLabel('Pincode buiten kantooruren').fill('4711');
    await deskDialog.getByLabel('Keuzeoptie').fill('3');
    await deskDialog.getByRole('button', { name: 'Opslaan' }).click();
    await deskDialog.waitFor({ state: 'hidden' });
    const saved = await admin.get<{
      items: { name: { nl: string }; pin: string | null; phoneOption: string | null }[];
    }>('/api/desks');
    expect(saved.items.find((d) => d.name.nl === 'Support')).toMatchObject({ pin: '4711', phoneOption: '3' });
    await screenshot(page, 'provider-contact-matrix');
    await admin.patch('/api/change-catalogue/hunt-group-change', { leadTime: huntBefore.leadTime });
    await admin.patch('/api/tariffs/hourly-rate', { amount: hourlyBefore.amount });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('edits the business calendar: office hours, closures and the optional holidays, by keyboard too', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.providerAdmin);
    await navLink(page, 'Bedrijfskalender').click();
    await page.getByRole('heading', { level: 1, name: 'Bedrijfskalender' }).waitFor();
    const admin = await apiSession(ACCOUNTS.providerAdmin);
    const hoursBefore = (await admin.get<Calendar>('/api/business-calendar')).hours;

    // A Saturday morning, added with the keyboard.
    await page.getByRole('button', { name: 'Periode toevoegen op Zaterdag' }).focus();
    await page.keyboard.press('Enter');
    const saturday = page.getByRole('group', { name: 'Zaterdag' });
    await saturday.getByLabel('Open tot op Zaterdag').fill('12:00');
    await page.getByRole('button', { name: 'Kantooruren opslaan' }).click();
    await page.getByText('De kantooruren zijn opgeslagen.').waitFor();
    await expect
      .poll(async () =>
        (await admin.get<Calendar>('/api/business-calendar')).hours.filter((h) => h.weekday === 6),
      )
      .toEqual([{ weekday: 6, start: '08:00', end: '12:00' }]);

    // An overlapping period is refused on its field, nothing stored.
    await page.getByRole('button', { name: 'Periode toevoegen op Zaterdag' }).click();
    await page.getByRole('button', { name: 'Kantooruren opslaan' }).click();
    await saturday.getByText(/overlapt met een andere periode/).waitFor();
    await saturday
      .getByRole('button', { name: /^Periode van 08:00 op Zaterdag verwijderen/ })
      .last()
      .click();

    // A closure.
    await page.getByLabel('Datum').fill('2030-06-14');
    await page.getByLabel('Naam').fill('Bedrijfsuitje');
    await page.getByRole('button', { name: 'Sluiting toevoegen' }).click();
    const closures = page.getByRole('table', { name: 'Sluitingen' });
    await closures.getByRole('cell', { name: 'Bedrijfsuitje' }).waitFor();

    // The first optional day ahead is closed by its switch.
    const holidays = page.getByRole('table', { name: 'Feestdagen (komende 24 maanden)' });
    await holidays.getByRole('cell', { name: 'Tweede kerstdag' }).first().waitFor();
    const optional = (await admin.get<Calendar>('/api/business-calendar')).holidays.find(
      (h) => h.kind === 'optional',
    );
    expect(optional?.closed).toBe(false);
    await holidays.getByRole('switch').first().click();
    await expect
      .poll(
        async () =>
          (await admin.get<Calendar>('/api/business-calendar')).holidays.find(
            (h) => h.date === optional?.date,
          )?.closed,
      )
      .toBe(true);
    await holidays.getByRole('switch', { checked: true }).first().waitFor();
    await screenshot(page, 'provider-business-calendar');

    // Removing the company day.
    await closures
      .getByRole('row')
      .filter({ hasText: 'Bedrijfsuitje' })
      .getByRole('button', { name: /^Sluiting op .* verwijderen$/ })
      .click();
    await expect
      .poll(async () =>
        (await admin.get<Calendar>('/api/business-calendar')).closures
          .map((c) => c.date)
          .includes('2030-06-14'),
      )
      .toBe(false);
    await admin.put('/api/business-calendar/hours', { hours: hoursBefore });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('speaks English when chosen: the calendar’s holidays and a refused closure', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.providerAdmin);
    await page.getByText('English', { exact: true }).click();
    await navLink(page, 'Business calendar').click();
    await page.getByRole('heading', { level: 1, name: 'Business calendar' }).waitFor();
    const holidays = page.getByRole('table', { name: 'Holidays (next 24 months)' });
    await holidays.getByRole('cell', { name: 'Boxing Day' }).first().waitFor();
    await page.getByLabel('Date').fill('2020-01-02');
    await page.getByLabel('Name').fill('Long ago');
    await page.getByRole('button', { name: 'Add closure' }).click();
    await page.getByText(/is in the past: a closure is today/).waitFor();
    await screenshot(page, 'provider-business-calendar-en');
    // The browser logs the refused request (422) itself; nothing else went wrong.
    expect(errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
    await context.close();
  });
});
