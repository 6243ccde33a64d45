import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngFile, wavFile } from '../src/core/telephony/audio-test-files';
import { ACCOUNTS } from './support/accounts';
import { launchBrowser, login, navLink, openPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('auto attendants', () => {
  it('draws the demo menu tree, moves through it by keyboard and refuses a sub-menu cycle', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Keuzemenu’s').click();
    const table = page.getByRole('table', { name: /^Keuzemenu’s van/ });
    const row = table.getByRole('row').filter({ hasText: 'Hoofdmenu' });
    await row.waitFor();
    await row.getByRole('button', { name: /^Acties voor/ }).click();
    await page.getByRole('menuitem', { name: 'Wijzigen' }).click();

    const tree = page.getByRole('tree', { name: 'Menuboom: Kantooruren' });
    await tree.getByText('2 → Support').waitFor();
    await tree.getByText('1 → Doorverbinden: Verkoop').waitFor();
    await tree.getByText('0 → Doorverbinden: Telefonist').waitFor();
    await tree.getByText('9 → Terug naar het vorige menu').waitFor();
    await screenshot(page, 'enterprise-admin-attendant-editor');

    // Keyboard: from the root down to the Support sub-menu, Enter opens it in the editor.
    await tree.getByRole('treeitem', { level: 1 }).focus();
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Support');
    await page.keyboard.press('Enter');
    const editor = page.getByRole('region', { name: 'Menu Support' });
    await editor.waitFor();

    // Key 3 of Support to a new sub-menu, whose key 1 leads back to Support: a cycle, refused
    // with its way round and where it closes.
    await editor.getByRole('combobox', { name: 'Toets 3: Actie' }).click();
    await page.getByRole('option', { name: 'Submenu' }).click();
    const sub = page.getByRole('region', { name: 'Menu Submenu 2' });
    await sub.waitFor();
    await tree.getByText('3 → Submenu 2').waitFor();
    await sub.getByRole('textbox', { name: 'Tekst' }).fill('Dit is een nieuw submenu.');
    await sub.getByRole('combobox', { name: 'Toets 1: Actie' }).click();
    await page.getByRole('option', { name: 'Submenu' }).click();
    await tree.getByText('1 → Support (kringloop)').waitFor();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'niet opgeslagen' });
    await alert
      .getByText('maakt een kringloop: Hoofdmenu → Support → Submenu 2 → Support', { exact: false })
      .waitFor();
    await alert.getByText('Kantooruren › Submenu 2 › toets 1', { exact: false }).waitFor();
    await screenshot(page, 'enterprise-admin-attendant-cycle');
    // The refused save was an expected 422 answer; nothing else may go wrong.
    expect(errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
    await context.close();
  });

  it('uploads greeting audio with a player, and refuses an image renamed .wav', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Keuzemenu’s').click();
    const input = page.locator('input[type=file]');
    await input.setInputFiles({ name: 'welkom.wav', mimeType: 'audio/wav', buffer: Buffer.from(pngFile()) });
    await page.getByRole('button', { name: 'Uploaden' }).click();
    await page.getByRole('alert').filter({ hasText: 'is een afbeelding (PNG)' }).waitFor();
    await input.setInputFiles({
      name: 'welkom.wav',
      mimeType: 'audio/wav',
      buffer: Buffer.from(wavFile({ ms: 1200 })),
    });
    await page.getByRole('textbox', { name: 'Naam' }).fill('Welkom e2e');
    await page.getByRole('button', { name: 'Uploaden' }).click();
    const audio = page.getByRole('table', { name: 'Geluidsbestanden' });
    await audio.getByRole('row').filter({ hasText: 'Welkom e2e' }).filter({ hasText: '1.2 s' }).waitFor();
    await audio.getByLabel('Afspelen: Welkom e2e').waitFor();
    await screenshot(page, 'enterprise-admin-attendant-audio');
    // The refused image was an expected 422 answer; nothing else may go wrong.
    expect(errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
    await context.close();
  });
});
