import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../src/server/access/two-factor/totp';
import { ACCOUNTS, type Credentials } from './support/accounts';
import { apiSession } from './support/api';
import { launchBrowser, login, navLink, openPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A service-desk account of its own, so that turning two-factor on touches no other test. */
async function freshAgent(): Promise<Credentials> {
  const admin = await apiSession(ACCOUNTS.providerAdmin);
  const email = 'tweestaps@demo-telecom.example';
  const { temporaryPassword } = await admin.post<{ temporaryPassword: string }>('/api/accounts', {
    email,
    name: 'Tim Tweestaps',
    role: 'provider_agent',
  });
  const password = 'Servicebureau-Noord-2026!';
  const first = await apiSession({ email, password: temporaryPassword });
  await first.post('/api/me/password', { currentPassword: temporaryPassword, newPassword: password });
  return { email, password };
}

async function logout(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
  await page.getByText('U bent uitgelogd.').waitFor();
}

/** The password step of the login; leaves the page on the code step. */
async function passwordStep(page: Page, account: Credentials): Promise<void> {
  await page.getByLabel('E-mailadres').fill(account.email);
  await page.locator('input[type=password]').fill(account.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { name: 'Tweestapsverificatie' }).waitFor();
}

async function sendCode(page: Page, code: string): Promise<void> {
  await page.getByLabel('Code of herstelcode').fill(code);
  await page.getByRole('button', { name: 'Controleren' }).click();
}

describe('two-factor authentication', () => {
  it('is set up on the profile, then asked at login; a recovery code works once', async () => {
    const account = await freshAgent();
    const { page, context, errors } = await openPage(browser);
    await login(page, account, '/profile');
    await page.getByRole('tab', { name: 'Tweestapsverificatie' }).click();
    await page.getByRole('button', { name: 'Instellen' }).click();

    // The password is asked again before the secret is shown.
    await page.getByLabel('Uw wachtwoord').fill('not-my-password');
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    await page.getByText('is niet uw huidige wachtwoord').waitFor();
    await page.getByLabel('Uw wachtwoord').fill(account.password);
    await page.getByRole('button', { name: 'Doorgaan' }).click();

    await page.getByRole('img', { name: 'QR-code voor uw authenticator-app' }).waitFor();
    const secret = ((await page.locator('pre, code').first().textContent()) ?? '').trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await screenshot(page, 'two-factor-setup');
    // The authenticator app's part: the code of this moment from the secret on the screen.
    await page.getByLabel('Code uit de app').fill(await totpCode(secret, new Date()));
    await page.getByRole('button', { name: 'Aanzetten' }).click();
    const shown = page.getByTestId('one-time-secret');
    await shown.waitFor();
    const recoveryCodes = ((await shown.textContent()) ?? '').split(/\s+/).filter(Boolean);
    expect(recoveryCodes.length).toBeGreaterThanOrEqual(8);
    await screenshot(page, 'two-factor-recovery-codes');
    await page.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
    await page.getByText('Aan', { exact: true }).waitFor();
    await logout(page);

    // Login now asks for the code: a wrong one is refused, the app's next one lets the user in
    // (the code used to switch it on cannot be replayed).
    await passwordStep(page, account);
    await screenshot(page, 'login-two-factor');
    await sendCode(page, '000000');
    await page.getByRole('alert').getByText('De code is onjuist').waitFor();
    expect(await page.getByLabel('Code of herstelcode').inputValue()).toBe('');
    await sendCode(page, await totpCode(secret, new Date(Date.now() + 30_000)));
    await page.getByTestId('user-menu').waitFor();
    await logout(page);

    // Phone lost: a recovery code works instead, once.
    const recovery = recoveryCodes[0] ?? '';
    await passwordStep(page, account);
    await sendCode(page, recovery);
    await page.getByTestId('user-menu').waitFor();
    await logout(page);
    await passwordStep(page, account);
    await sendCode(page, recovery);
    await page.getByRole('alert').getByText('De code is onjuist').waitFor();
    await page.getByRole('button', { name: 'Terug naar inloggen' }).click();
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the audit log', () => {
  it('shows who turned two-factor on, filtered by who and what', async () => {
    const { page, context } = await openPage(browser);
    await login(page, ACCOUNTS.providerAdmin);
    await navLink(page, 'Auditlog').click();
    await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
    await page.getByLabel('Wie').fill('tweestaps@');
    await page.getByRole('combobox', { name: 'Actie' }).click();
    await page.getByRole('option', { name: 'Tweestaps aangezet' }).click();
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    const row = ((await rows.first().textContent()) ?? '').replace(/\s+/g, ' ');
    expect(row).toContain('tweestaps@demo-telecom.example');
    expect(row).toContain('Tweestaps aangezet');
    await screenshot(page, 'provider-admin-audit-filtered');

    // Another action by the same person: its logins, which the filter swaps in.
    await page.getByRole('combobox', { name: 'Actie' }).click();
    await page.getByRole('option', { name: 'Ingelogd', exact: true }).click();
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
    for (const text of await rows.allInnerTexts()) expect(text).toContain('Ingelogd');
    await context.close();
  });
});
