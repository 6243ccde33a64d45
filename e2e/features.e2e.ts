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

describe("each user's telephony", () => {
  it("shows the Telecom Manager a user's numbers and features, and refuses an unknown extension at its field", async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Gebruikers').click();
    await page.getByRole('link', { name: 'Anna de Vries', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Anna de Vries' }).waitFor();
    await page.getByRole('heading', { name: 'Nummers' }).waitFor();
    const noAnswer = page.getByLabel('Bestemming (bij geen antwoord)');
    await expect.poll(() => noAnswer.inputValue()).toBe('voicemail');
    // Vast has no simultaneous ring: shown, switched off, saying so.
    expect(await page.getByText('Niet in profiel Vast').count()).toBeGreaterThan(0);
    // Its call restrictions and its devices are sections of the same page.
    await page.getByRole('heading', { name: 'Belrestricties' }).waitFor();
    await page.getByRole('form', { name: 'Belrestricties' }).waitFor();
    const devices = page.getByRole('table', { name: 'Toestellen van Anna de Vries' });
    await devices.getByRole('row').nth(1).waitFor();
    await screenshot(page, 'enterprise-admin-user-detail');

    const always = page.getByLabel('Bestemming (altijd)');
    await always.fill('999');
    const alwaysOn = page.getByRole('switch', { name: 'Altijd', exact: true });
    await alwaysOn.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => alwaysOn.isChecked()).toBe(true);
    await page
      .getByRole('form', { name: 'Telefonie' })
      .getByRole('button', { name: 'Opslaan', exact: true })
      .click();
    await expect.poll(() => always.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('dit toestelnummer bestaat niet binnen dit bedrijf').waitFor();
    // The numbers save apart: an extension of the wrong length is refused at its field.
    const extension = page.getByLabel('Toestelnummer', { exact: true });
    await extension.fill('20');
    await page.getByRole('button', { name: 'Nummers opslaan' }).click();
    await expect.poll(() => extension.getAttribute('aria-invalid')).toBe('true');
    await extension.fill('201');
    await page.getByRole('button', { name: 'Nummers opslaan' }).click();
    await page.getByText('Opgeslagen').first().waitFor();
    // The refusals themselves are the console lines (the browser logs every 4xx).
    expect(errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
    await context.close();
  });
});

describe('my phone', () => {
  it('lets the end user switch on do-not-disturb and refuses a PIN such as 1234', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.endUser);
    await navLink(page, 'Mijn telefoon').click();
    await page.getByRole('heading', { level: 1, name: 'Mijn telefoon' }).waitFor();
    await page.getByRole('heading', { name: 'Mijn nummers' }).waitFor();
    await page.getByText('020 794').first().waitFor();
    await page.getByRole('link', { name: 'Wachtwoord wijzigen' }).waitFor();
    await screenshot(page, 'end-user-my-phone');

    await page.getByLabel('Nieuwe pincode').fill('1234');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('mag geen oplopende of aflopende reeks zijn (zoals 1234)').waitFor();
    await page.getByLabel('Nieuwe pincode').fill('4826');
    // By keyboard, as anyone may.
    const dnd = page.getByRole('switch', { name: 'Niet storen' });
    await dnd.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => dnd.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Opgeslagen').waitFor();
    await page.getByText('Er is een pincode ingesteld.').waitFor();
    expect(await page.getByRole('switch', { name: 'Niet storen' }).isChecked()).toBe(true);
    // The refused PIN is the one console line (the browser logs every 4xx).
    expect(errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
    await context.close();
  });
});

describe('the profiles', () => {
  it('shows the provider the feature matrix of every profile', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.providerAdmin);
    await navLink(page, 'Profielen').click();
    const table = page.getByRole('table', { name: 'Profielen' });
    await table.waitFor();
    expect(await page.getByRole('checkbox', { name: 'Mobiel: Bezetlampveld (BLF)' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Combi: Gelijktijdig bellen' }).isChecked()).toBe(true);
    await screenshot(page, 'provider-profiles');
    expect(errors).toEqual([]);
    await context.close();
  });
});
