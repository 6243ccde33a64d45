import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../src/server/demo/demo-data';
import { ACCOUNTS } from './support/accounts';
import { demoEnterprises } from './support/api';
import { launchBrowser, login, navLink, openPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The demo's receptionist user presents the main number (demo/features.ts). */
const reception = DEMO_USERS[4]?.name as string;

describe('telephony settings', () => {
  it('show the main number, the Utrecht override and what a call of the receptionist shows', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Telefonie-instellingen').click();
    await page.getByRole('heading', { level: 1, name: 'Telefonie-instellingen' }).waitFor();
    await page.getByRole('heading', { name: 'Naam- en nummerweergave' }).waitFor();
    await page.getByRole('heading', { name: 'Doorverbinden' }).waitFor();
    await page.getByRole('heading', { name: 'Wachtrijberichten' }).waitFor();
    const displayName = page.getByRole('textbox', { name: 'Weergavenaam', exact: true });
    await expect.poll(() => displayName.inputValue()).toBe('Voorbeeld BV');
    await expect
      .poll(() => page.getByLabel('Hoofdnummer', { exact: true }).first().inputValue())
      .toContain('020 794 0000');
    const sites = page.getByRole('table', { name: 'Per locatie' });
    await sites.getByText('Utrecht', { exact: true }).waitFor();
    expect(await sites.getByLabel('Eigen weergavenaam van Utrecht').inputValue()).toBe(
      'Voorbeeld BV Utrecht',
    );

    const user = page.getByLabel('Gebruiker', { exact: true }).first();
    await user.fill(reception);
    await page
      .getByRole('option', { name: new RegExp(reception) })
      .first()
      .click();
    const preview = page.getByTestId('identity-preview');
    await preview.getByText('020 794 0000').waitFor();
    await preview.getByText('Hoofdnummer', { exact: true }).waitFor();
    await preview.getByText(/Voorbeeld BV \(hoofdnummer van de klant\)/).waitFor();

    // The preview follows the form before it is saved.
    await displayName.fill('Voorbeeld');
    await preview.getByText(/Voorbeeld \(hoofdnummer van de klant\)/).waitFor();
    await displayName.fill('Voorbeeld BV');
    await screenshot(page, 'enterprise-admin-call-settings');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('let the Telecom Manager change the recall with the keyboard: a wrong value is refused at its field', async () => {
    const { page, context, errors } = await openPage(browser);
    const { voorbeeld } = await demoEnterprises();
    await login(page, ACCOUNTS.enterpriseAdmin, `/enterprises/${voorbeeld.id}/call-settings`);
    const recall = page.getByLabel('Terugbellen na (seconden)');
    await expect.poll(() => recall.inputValue()).toBe('60');
    await recall.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await page.getByText('moet 0 zijn (niet terugbellen) of tussen 10 en 300 seconden liggen').waitFor();
    await expect.poll(() => recall.getAttribute('aria-invalid')).toBe('true');

    await recall.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('90');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De telefonie-instellingen zijn opgeslagen.').waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('Terugbellen na (seconden)').inputValue()).toBe('90');

    const again = page.getByLabel('Terugbellen na (seconden)');
    await again.fill('60');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Opslaan' }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
