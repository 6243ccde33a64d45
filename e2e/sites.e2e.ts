import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { apiSession, demoEnterprises } from './support/api';
import { launchBrowser, login, navLink, openPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('creating a site as the Telecom Manager', () => {
  it('shows a field error for a bad postcode, then saves the corrected site', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Locaties').click();
    await page.getByRole('button', { name: 'Nieuwe locatie' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe locatie' });
    await dialog.getByLabel('Naam').fill('Rotterdam');
    await dialog.getByLabel('Straat en huisnummer').fill('Coolsingel 40');
    await dialog.getByLabel('Postcode').fill('12345');
    await dialog.getByLabel('Plaats').fill('Rotterdam');
    await dialog.getByRole('button', { name: 'Nieuwe locatie' }).click();
    const postcode = dialog.getByLabel('Postcode');
    await dialog.getByText('moet een Nederlandse postcode zijn, zoals 1012 AB').waitFor();
    expect(await postcode.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'enterprise-admin-site-form-error');
    await postcode.fill('3011ad');
    await dialog.getByRole('button', { name: 'Nieuwe locatie' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ hasText: 'Coolsingel 40' });
    await row.waitFor();
    // The server normalises the postcode.
    expect(await row.textContent()).toContain('3011 AD');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a name with markup as text, never as markup', async () => {
    const { page, context, errors } = await openPage(browser);
    let alerted = false;
    page.on('dialog', async (dialog) => {
      alerted = true;
      await dialog.dismiss();
    });
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Locaties').click();
    await page.getByRole('button', { name: 'Nieuwe locatie' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe locatie' });
    const name = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    await dialog.getByLabel('Naam').fill(name);
    await dialog.getByLabel('Straat en huisnummer').fill('Markt 1');
    await dialog.getByLabel('Postcode').fill('5611 EB');
    await dialog.getByLabel('Plaats').fill('Eindhoven');
    await dialog.getByRole('button', { name: 'Nieuwe locatie' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const cell = page.getByRole('cell', { name, exact: true });
    await cell.waitFor();
    expect(await cell.textContent()).toBe(name);
    expect(await page.locator('tbody script, tbody img').count()).toBe(0);
    expect(alerted).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('removing a site', () => {
  it('says why a site with users cannot be removed, and offers no button that can only fail', async () => {
    const { voorbeeld } = await demoEnterprises();
    const tm = await apiSession(ACCOUNTS.enterpriseAdmin);
    await tm.post(`/api/enterprises/${voorbeeld.id}/sites`, {
      name: 'Den Haag',
      street: 'Spui 70',
      postcode: '2511 BT',
      city: 'Den Haag',
      lineType: 'fibre',
      voiceChannels: 4,
      codec: 'g711',
    });
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Locaties').click();
    await page.getByRole('button', { name: 'Acties voor Amsterdam' }).click();
    await page.getByRole('menuitem', { name: 'Verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Locatie verwijderen' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('refusal').textContent()).toContain(
      'Locatie Amsterdam kan niet worden verwijderd: er staan nog 20 gebruikers op.',
    );
    expect(await dialog.getByRole('button', { name: 'Verwijderen' }).count()).toBe(0);
    await screenshot(page, 'site-removal-refused');
    // The one button has the focus: Enter closes the dialog.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    // A site without users is asked about, and removed.
    await page.getByRole('button', { name: 'Acties voor Den Haag' }).click();
    await page.getByRole('menuitem', { name: 'Verwijderen' }).click();
    await dialog.getByText('Weet u zeker dat u locatie Den Haag wilt verwijderen?').waitFor();
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Acties voor Den Haag' }).waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
