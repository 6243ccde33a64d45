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

describe('login', () => {
  it('works by keyboard alone: Tab between the fields, Enter to send', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    await screenshot(page, 'login');
    // The e-mail field has the focus on arrival.
    await page.keyboard.type(ACCOUNTS.enterpriseAdmin.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(ACCOUNTS.enterpriseAdmin.password);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('type'));
    expect(focused).toBe('password');
    await page.keyboard.press('Enter');
    await page.getByTestId('user-menu').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Welkom, Tom Telecom');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when the password is wrong, and keeps the user on the form', async () => {
    const { page, context } = await openPage(browser);
    await page.goto('/');
    await page.getByLabel('E-mailadres').fill(ACCOUNTS.enterpriseAdmin.email);
    await page.locator('input[type=password]').fill('not-the-password');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('onjuist');
    await context.close();
  });

  it('logs out through the user menu', async () => {
    const { page, context } = await openPage(browser);
    await login(page, ACCOUNTS.endUser);
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
    await page.getByText('U bent uitgelogd.').waitFor();
    // The session is gone on the server too: a reload shows the login again.
    await page.reload();
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    await context.close();
  });
});

describe('an ended session', () => {
  it('brings the user back to the login with a notice', async () => {
    const { page, context } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    // The server no longer knows the session (as after the idle timeout).
    await context.clearCookies();
    await navLink(page, 'Gebruikers').click();
    await page.getByText('Uw sessie is verlopen. Log opnieuw in.').waitFor();
    await login(page, ACCOUNTS.enterpriseAdmin, null);
    // Back where the user was going.
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await context.close();
  });
});

describe('language', () => {
  it('is Dutch by default, switches to English and remembers it', async () => {
    const { page, context } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await page.getByText('English', { exact: true }).click();
    await navLink(page, 'Sites').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome, Tom Telecom');
    await page.reload();
    await navLink(page, 'Sites').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('centrale.language'))).toBe('en');
    await screenshot(page, 'enterprise-admin-home-en');
    await page.getByText('Nederlands', { exact: true }).click();
    await navLink(page, 'Locaties').waitFor();
    await context.close();
  });
});

describe('unknown pages', () => {
  it('shows the 404 page inside the portal', async () => {
    const { page, context } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin, '/this/does/not/exist');
    await page.getByTestId('not-found').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Pagina niet gevonden');
    await screenshot(page, 'not-found');
    await page.getByRole('link', { name: 'Naar de startpagina' }).click();
    await page.getByRole('heading', { name: 'Welkom, Tom Telecom' }).waitFor();
    await context.close();
  });
});
