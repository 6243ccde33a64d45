import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { demoEnterprises, type Named } from './support/api';
import { launchBrowser, login, navLink, openPage, screenshot, visit } from './support/browser';

let browser: Browser;
let voorbeeld: Named;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ voorbeeld } = await demoEnterprises());
});
afterAll(async () => {
  await browser?.close();
});

const ZONE = 'Europe/Amsterdam';

/** The next date on or after today (in the schedules' zone) with this month and day. */
function next(month: number, day: number): DateTime {
  const today = DateTime.now().setZone(ZONE).startOf('day');
  const thisYear = today.set({ month, day });
  return thisYear < today ? thisYear.plus({ years: 1 }) : thisYear;
}

/** A calendar day's button, by its date. */
const calendarDay = (page: Page, date: DateTime) =>
  page.getByRole('region', { name: /^Kalender van / }).locator(`[data-date="${date.toISODate()}"]`);

/** The expected 400/422 answers of a refused save are not errors of the page. */
const unexpected = (errors: string[]) => errors.filter((e) => !e.includes('status of 422'));

describe('schedules', () => {
  it('lists the demo schedules with their state now, draws 24 months, saves a closure and shows a field error', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Tijdschema’s').click();
    const table = page.getByRole('table', { name: 'Tijdschema’s van Voorbeeld BV' });
    const office = table.getByRole('row').filter({ hasText: 'Kantoortijden' });
    await office.getByRole('cell', { name: 'Heel het bedrijf' }).waitFor();
    await office.getByRole('cell', { name: 'ma–vr 08:30–17:30' }).waitFor();
    await table
      .getByRole('row')
      .filter({ hasText: 'Supportdesk Utrecht' })
      .getByRole('cell', { name: 'Utrecht', exact: true })
      .waitFor();
    // The state now, from the API's /state: whatever the hour the test runs at, one of these.
    await expect
      .poll(async () => ((await office.getByTestId('schedule-state').textContent()) ?? '').trim())
      .toMatch(/^(open|gesloten|feestdag: .+|sluiting: .+)$/);
    await screenshot(page, 'enterprise-admin-schedules');

    await office.getByRole('link', { name: 'Kantoortijden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kantoortijden' }).waitFor();
    const boxingDay = calendarDay(page, next(12, 26));
    await expect
      .poll(() => boxingDay.getAttribute('aria-label'))
      .toMatch(/Tweede kerstdag \(feestdag, gesloten\)/);
    expect(await boxingDay.getAttribute('data-kind')).toBe('holiday');
    // King's Day is 27 April, the Saturday before when the 27th is a Sunday.
    let kingsDay = next(4, 27);
    if (kingsDay.weekday === 7) kingsDay = kingsDay.minus({ days: 1 });
    const kings = calendarDay(page, kingsDay);
    expect(await kings.getAttribute('aria-label')).toMatch(/Koningsdag \(feestdag, gesloten\)/);
    expect(await kings.getAttribute('title')).toMatch(/Koningsdag/);
    expect(await page.locator('.schedule-month').count()).toBe(24);
    // The weekly strip draws Monday to Friday.
    await page
      .getByRole('list', { name: /^Openingstijden per dag/ })
      .getByText('maandag: 08:30–17:30')
      .waitFor();
    await screenshot(page, 'enterprise-admin-schedule-calendar');

    // Keyboard: one day in the tab order (today); the arrows move by day and by week, and the
    // line above the months says what the day is.
    const today = DateTime.now().setZone(ZONE).startOf('day');
    const todayCell = calendarDay(page, today);
    expect(await todayCell.getAttribute('tabindex')).toBe('0');
    await todayCell.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const moved = today.plus({ days: 8 }).toISODate();
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.date))
      .toBe(moved);
    await expect
      .poll(() => page.getByTestId('calendar-detail').textContent())
      .toMatch(/: (open|gesloten|.*feestdag)/);

    // A closure of a whole day two months from now (a weekday), saved and then in the calendar.
    let outing = today.plus({ months: 2 });
    while (outing.weekday > 5) outing = outing.plus({ days: 1 });
    await page.getByRole('button', { name: 'Sluiting toevoegen', exact: true }).click();
    const closure = page.getByRole('group', { name: /^Sluiting 2: / });
    await closure.getByRole('textbox', { name: 'Naam' }).fill('Teamuitje e2e');
    const start = closure.getByLabel('Van datum');
    await start.fill('');
    await start.pressSequentially(outing.toFormat('d-M-yyyy'));
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Tijdschema opgeslagen.').waitFor();
    const outingCell = calendarDay(page, outing);
    await expect.poll(() => outingCell.getAttribute('aria-label')).toMatch(/sluiting: Teamuitje e2e/);
    expect(await outingCell.getAttribute('data-kind')).toBe('closure');

    // A time that is not one: the API's issue at weekly.0.start, shown at Monday's first "from".
    const from = page.getByRole('textbox', { name: 'maandag, periode 1: van' });
    await from.fill('25:00');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => from.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await from.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error')) ?? '';
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toContain('moet een tijd zijn als 08:30');
    await screenshot(page, 'enterprise-admin-schedule-field-error');

    // "24:00" says how to write midnight, and an end before the start is the API's 422.
    await from.fill('09:00');
    const until = page.getByRole('textbox', { name: 'maandag, periode 1: tot' });
    await until.fill('08:00');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('moet na de begintijd liggen').waitFor();
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it('refuses to remove a schedule an auto attendant follows, naming it; creates and removes another', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Tijdschema’s').click();
    const table = page.getByRole('table', { name: 'Tijdschema’s van Voorbeeld BV' });
    await table.getByRole('button', { name: 'Acties voor Kantoortijden' }).click();
    await page.getByRole('menuitem', { name: 'Verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tijdschema verwijderen?' });
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    const refusal = dialog.getByTestId('refusal');
    await refusal.getByText('Dit tijdschema wordt nog gevolgd door:').waitFor();
    expect(await refusal.getByRole('listitem').allInnerTexts()).toContain('Hoofdmenu');
    await screenshot(page, 'enterprise-admin-schedule-in-use');
    await dialog.getByRole('button', { name: 'Sluiten' }).click();

    await page.getByRole('button', { name: 'Nieuw tijdschema' }).click();
    await page.getByRole('textbox', { name: 'Naam' }).first().fill('Weekend e2e');
    await page.getByRole('button', { name: 'Periode toevoegen op zaterdag' }).click();
    await page.getByRole('textbox', { name: 'zaterdag, periode 1: tot' }).fill('13:00');
    await page.getByRole('button', { name: 'Periode toevoegen op zaterdag' }).click();
    await page.getByRole('textbox', { name: 'zaterdag, periode 2: tot' }).fill('17:00');
    await page.getByRole('button', { name: 'Maandag naar alle werkdagen kopiëren' }).waitFor();
    await page.getByRole('button', { name: 'Nieuw tijdschema' }).last().click();
    await page.getByRole('heading', { level: 1, name: 'Weekend e2e' }).waitFor();
    await page
      .getByRole('list', { name: /^Openingstijden per dag/ })
      .getByText('zaterdag: 09:00–13:00, 13:00–17:00')
      .waitFor();
    await page.getByRole('button', { name: 'Tijdschema verwijderen' }).click();
    await page
      .getByRole('dialog', { name: 'Tijdschema verwijderen?' })
      .getByRole('button', { name: 'Verwijderen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Tijdschema’s' }).waitFor();
    await table.getByRole('row').filter({ hasText: 'Kantoortijden' }).waitFor();
    expect(await table.getByRole('row').filter({ hasText: 'Weekend e2e' }).count()).toBe(0);
    // The refused removal was an expected 409 answer (status of 40…, ignored); nothing else.
    expect(errors).toEqual([]);
    await context.close();
  });

  it('speaks English when chosen: the calendar names and the field issues', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await page.getByText('English', { exact: true }).click();
    await visit(page, `/enterprises/${voorbeeld.id}/schedules`);
    const table = page.getByRole('table', { name: 'Schedules of Voorbeeld BV' });
    await table.getByRole('cell', { name: 'Mon–Fri 08:30–17:30' }).first().waitFor();
    await table.getByRole('link', { name: 'Kantoortijden' }).click();
    const boxingDay = page
      .getByRole('region', { name: /^Calendar of / })
      .locator(`[data-date="${next(12, 26).toISODate()}"]`);
    await expect
      .poll(() => boxingDay.getAttribute('aria-label'))
      .toMatch(/Boxing Day \(public holiday, closed\)/);
    const from = page.getByRole('textbox', { name: 'Monday, period 1: from' });
    await from.fill('24:00');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('is not a time: write a period until midnight with 00:00 as its end').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the site admin of Amsterdam read the enterprise-wide schedule and make one for Amsterdam only', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.siteAdmin);
    await navLink(page, 'Tijdschema’s').click();
    const table = page.getByRole('table', { name: 'Tijdschema’s van Voorbeeld BV' });
    await table.getByRole('link', { name: 'Kantoortijden' }).waitFor();
    expect(await table.getByRole('link', { name: 'Supportdesk Utrecht' }).count()).toBe(0);
    await table.getByRole('button', { name: 'Acties voor Kantoortijden' }).click();
    expect(await page.getByRole('menuitem').allInnerTexts()).toEqual(['Bekijken']);
    await page.getByRole('menuitem', { name: 'Bekijken' }).click();
    await page.getByText('U kunt dit tijdschema bekijken, maar niet wijzigen.').waitFor();
    expect(await page.getByRole('button', { name: 'Opslaan' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tijdschema verwijderen' }).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'maandag, periode 1: van' }).isDisabled()).toBe(true);

    await page.getByRole('link', { name: '← Alle tijdschema’s' }).click();
    await page.getByRole('button', { name: 'Nieuw tijdschema' }).click();
    await page.getByRole('combobox', { name: 'Geldt voor' }).click();
    expect(await page.getByRole('option').allInnerTexts()).toEqual(['Amsterdam']);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works at phone width (390 px): the list, the editor and the calendar without sideways scrolling', async () => {
    const { page, context, errors } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await login(page, ACCOUNTS.enterpriseAdmin);
    await visit(page, `/enterprises/${voorbeeld.id}/schedules`);
    const table = page.getByRole('table', { name: 'Tijdschema’s van Voorbeeld BV' });
    await table.getByRole('link', { name: 'Kantoortijden' }).waitFor();
    expect(await page.getByRole('columnheader', { name: 'Nu' }).isVisible()).toBe(true);
    const noSideways = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await noSideways()).toBe(true);
    await screenshot(page, 'phone-schedules');
    await table.getByRole('link', { name: 'Kantoortijden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kantoortijden' }).waitFor();
    await calendarDay(page, next(12, 26)).waitFor();
    expect(await noSideways()).toBe(true);
    await screenshot(page, 'phone-schedule-editor');
    expect(errors).toEqual([]);
    await context.close();
  });
});
