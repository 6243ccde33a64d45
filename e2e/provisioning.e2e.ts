import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

const HEADER = 'name;email;site;profile;extension;number;mobile';

describe('the provisioning form', () => {
  it('shows the Telecom Manager every wrong row of a file, then checks and applies a good one', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Provisioningsformulier').click();
    await page.getByRole('heading', { level: 1, name: 'Provisioningsformulier' }).waitFor();
    // Every sheet is offered, devices too.
    await page.getByLabel('Blad').first().click();
    await page.getByRole('option', { name: 'Toestellen' }).waitFor();
    await page.keyboard.press('Escape');

    const dir = os.tmpdir();
    const bad = path.join(dir, `centrale-e2e-bad-${Date.now()}.csv`);
    writeFileSync(
      bad,
      [
        HEADER,
        'Eva de Vries;geen-e-mail;Amsterdam;Vast;;;',
        'Frank;frank@voorbeeld.example;Nergens;Goud;;;',
        '=cmd|x;x@voorbeeld.example;;Vast;;;',
      ].join('\r\n'),
    );
    await page.locator('input[type=file]').setInputFiles(bad);
    await page.getByRole('button', { name: 'Controleren' }).click();
    const table = page.getByTestId('import-errors');
    await table.getByText('Het bestand bevat 3 fouten').waitFor();
    expect(await table.locator('tbody tr').count()).toBe(3);
    await table.getByText('is een formule; het formulier bevat alleen waarden').waitFor();
    // Sorted by row, descending: the formula's row (4) first.
    const rowHeader = table.getByRole('button', { name: 'Regel', exact: true });
    await rowHeader.click();
    await rowHeader.click();
    await expect.poll(() => table.locator('tbody tr').first().locator('td').nth(1).textContent()).toBe('4');
    await screenshot(page, 'enterprise-admin-import-errors');
    // The filter keeps the rows whose text has it.
    await table.getByRole('searchbox').fill('formule');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await table.getByRole('searchbox').fill('');

    const good = path.join(dir, `centrale-e2e-good-${Date.now()}.csv`);
    writeFileSync(good, [HEADER, `Eva de Vries;eva.${Date.now()}@voorbeeld.example;;Flex;;;`].join('\r\n'));
    await page.locator('input[type=file]').setInputFiles(good);
    await page.getByRole('button', { name: 'Controleren' }).click();
    const plan = page.getByTestId('import-plan');
    await plan.getByText('1 nieuw, 0 gewijzigd, 0 ongewijzigd.').waitFor();
    await screenshot(page, 'enterprise-admin-import-plan');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.getByText('Ingelezen: 1 nieuw, 0 gewijzigd.').waitFor();
    // The file with errors was answered 422, as it should be; nothing else went wrong.
    expect(errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
    await context.close();
  });
});
