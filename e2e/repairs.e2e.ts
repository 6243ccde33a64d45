import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { apiSession, demoEnterprises } from './support/api';
import { launchBrowser, login, navLink, openPage, screenshot } from './support/browser';

let browser: Browser;
const LABEL = 'Receptie reparatietest';
let enterpriseId: string;
beforeAll(async () => {
  browser = await launchBrowser();
  // A bought desk phone of the Telecom Manager, bought a year ago: within the 24 months' warranty.
  const { voorbeeld } = await demoEnterprises();
  enterpriseId = voorbeeld.id;
  const admin = await apiSession(ACCOUNTS.providerAdmin);
  const models = await admin.get<{ items: { id: string; kind: string }[] }>('/api/device-models?limit=200');
  const model = models.items.find((m) => m.kind === 'desk_phone');
  const tm = await apiSession(ACCOUNTS.enterpriseAdmin);
  const sites = await tm.get<{ items: { id: string }[] }>(`/api/enterprises/${voorbeeld.id}/sites`);
  const bought = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  await tm.post(`/api/enterprises/${voorbeeld.id}/devices`, {
    siteId: sites.items[0]?.id,
    modelId: model?.id,
    mac: '02:aa:bb:cc:dd:01',
    label: LABEL,
    ownership: 'bought',
    ownershipDate: bought,
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('repairs', () => {
  it('lets the Telecom Manager register a repair from a device, with warranty and excess shown before sending', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin, `/enterprises/${enterpriseId}/devices`);
    const table = page.getByRole('table', { name: /^Toestellen van/ });
    const row = table.getByRole('row').filter({ hasText: LABEL });
    await row.getByRole('button', { name: /^Acties voor/ }).click();
    await page.getByRole('menuitem', { name: 'Reparaties' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Onder garantie', { exact: true }).waitFor();
    await dialog.getByText(/Gekocht: garantie tot en met/).waitFor();
    await dialog.getByText(/Eigen risico: €\s35,00/).waitFor();
    // A battery is never under warranty.
    await dialog.getByRole('combobox', { name: 'Onderdeel' }).click();
    await page.getByRole('option', { name: 'Batterij' }).click();
    await dialog.getByText('Batterijen zijn van garantie uitgezonderd.').waitFor();
    await dialog.getByRole('combobox', { name: 'Onderdeel' }).click();
    await page.getByRole('option', { name: 'Toestel' }).click();
    await dialog.getByText(/Gekocht: garantie tot en met/).waitFor();
    await dialog.getByLabel('Omschrijving van het defect').fill('Het display blijft zwart na een herstart');
    await dialog.getByLabel('Telefoon').fill('020 794 0000');
    await screenshot(page, 'customer-repair-register');
    await dialog.getByRole('button', { name: 'Aanmelden' }).click();
    const number = dialog.getByTestId('rma-number');
    await number.waitFor();
    expect(await number.textContent()).toMatch(/^RMA-\d{4}-\d{6}$/);
    expect(await dialog.getByTestId('return-address').textContent()).toContain('Lemelerbergweg 14');
    await dialog
      .getByRole('table', { name: /^Reparaties van/ })
      .getByText('Aangemeld', { exact: true })
      .waitFor();
    await screenshot(page, 'customer-repair-registered');
    await page.keyboard.press('Escape');
    await navLink(page, 'Reparaties').click();
    await page
      .getByRole('table', { name: 'Reparaties' })
      .getByRole('row')
      .filter({ hasText: LABEL })
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the desk work the repair: received, the replacement shipped with tracking and MAC, closed', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.providerAgent);
    await navLink(page, 'Reparaties').click();
    await page.getByRole('heading', { name: 'Reparaties', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: 'Reparaties' });
    const row = table.getByRole('row').filter({ hasText: LABEL });
    await row.getByText('Aangemeld').waitFor();
    await screenshot(page, 'provider-repairs');

    const step = async (menu: string) => {
      await row.getByRole('button', { name: /^Acties voor/ }).click();
      await page.getByRole('menuitem', { name: menu }).click();
      return page.getByRole('dialog');
    };
    let dialog = await step('Ontvangen');
    await dialog.getByLabel('Notitie').fill('Toestel binnen, display defect');
    await dialog.getByRole('button', { name: 'Ontvangen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('Ontvangen').waitFor();

    dialog = await step('Vervanging verzonden');
    await dialog.getByLabel('Track-and-trace').fill('3SCENT0001234');
    await dialog.getByLabel('Serienummer vervanging').fill('SN-T54W-998877');
    await dialog.getByLabel('MAC-adres vervanging').fill('zz');
    await dialog.getByRole('button', { name: 'Vervanging verzonden' }).click();
    await dialog.getByText(/MAC/).first().waitFor();
    await dialog.getByLabel('MAC-adres vervanging').fill('02:aa:bb:cc:dd:02');
    await screenshot(page, 'provider-repair-ship');
    await dialog.getByRole('button', { name: 'Vervanging verzonden' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('Vervanging verzonden').waitFor();

    dialog = await step('Afsluiten');
    await dialog.getByRole('button', { name: 'Afsluiten' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('Afgesloten').waitFor();
    // Only the details are left.
    await row.getByRole('button', { name: /^Acties voor/ }).click();
    expect(await page.getByRole('menuitem', { name: 'Afsluiten' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: 'Details' }).click();
    await page
      .getByRole('dialog')
      .getByText(/02:AA:BB:CC:DD:02/)
      .waitFor();
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the device’s new MAC and its repair history', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin, `/enterprises/${enterpriseId}/devices`);
    const row = page
      .getByRole('table', { name: /^Toestellen van/ })
      .getByRole('row')
      .filter({ hasText: LABEL });
    await row.getByText('02:AA:BB:CC:DD:02').waitFor();
    await row.getByRole('button', { name: /^Acties voor/ }).click();
    await page.getByRole('menuitem', { name: 'Reparaties' }).click();
    const history = page.getByRole('dialog').getByRole('table', { name: /^Reparaties van/ });
    await history.getByText('Afgesloten').waitFor();
    await screenshot(page, 'customer-device-repair-history');
    expect(errors).toEqual([]);
    await context.close();
  });
});
