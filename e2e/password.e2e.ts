import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, type Credentials } from './support/accounts';
import { apiSession } from './support/api';
import { launchBrowser, login, openPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A service-desk account of its own with two API tokens, so that no other test is touched. */
async function accountWithTokens(): Promise<Credentials> {
  const admin = await apiSession(ACCOUNTS.providerAdmin);
  const email = 'wachtwoord.wissel@demo-telecom.example';
  const { temporaryPassword } = await admin.post<{ temporaryPassword: string }>('/api/accounts', {
    email,
    name: 'Wendy Wissel',
    role: 'provider_agent',
  });
  const password = 'Servicebureau-Zuid-2026!';
  const first = await apiSession({ email, password: temporaryPassword });
  await first.post('/api/me/password', { currentPassword: temporaryPassword, newPassword: password });
  const session = await apiSession({ email, password });
  for (const name of ['Nachtelijke export', 'Oude koppeling'])
    await session.post('/api/me/tokens', { name, access: 'read', password });
  return { email, password };
}

describe('changing one’s password', () => {
  it('lists the API tokens, revokes them unless kept, and says so', async () => {
    const account = await accountWithTokens();
    const { page, context, errors } = await openPage(browser);
    await login(page, account, '/profile');
    await page.getByLabel('Huidig wachtwoord').fill(account.password);
    await page.getByLabel('Nieuw wachtwoord').fill('Servicebureau-West-2027!');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('Servicebureau-West-2027!');
    await page.getByText('Een nieuw wachtwoord trekt uw 2 API-token(s) in').waitFor();
    await page.getByLabel('Nachtelijke export behouden').check();
    await screenshot(page, 'password-change-tokens');
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('1 API-token(s) ingetrokken.').waitFor();

    const session = await apiSession({ email: account.email, password: 'Servicebureau-West-2027!' });
    const { items } = await session.get<{ items: { name: string; revokedAt: string | null }[] }>(
      '/api/me/tokens',
    );
    expect(Object.fromEntries(items.map((x) => [x.name, x.revokedAt === null]))).toEqual({
      'Nachtelijke export': true,
      'Oude koppeling': false,
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});
