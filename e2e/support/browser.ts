import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import type { Credentials } from './accounts';

const SCREENSHOTS = path.resolve(new URL('../screenshots', import.meta.url).pathname);

export const baseUrl = (): string => inject('baseUrl');

/** Debian's Chromium, headless; never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export type Session = { context: BrowserContext; page: Page; errors: string[] };

/** A fresh browser context (own cookies and storage) with a page that records script errors. */
export async function openPage(
  browser: Browser,
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<Session> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: options.viewport ?? { width: 1366, height: 860 },
    locale: options.locale ?? 'nl-NL',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // A CSP violation is reported on the console; an expected 401/404 answer is not an error of ours.
    if (message.type() === 'error' && !message.text().includes('status of 40')) errors.push(message.text());
  });
  return { context, page, errors };
}

/** Logs in through the form, as a person would, and waits for the portal; `null`: on the current page. */
export async function login(page: Page, account: Credentials, path: string | null = '/'): Promise<void> {
  if (path !== null) await page.goto(path);
  await page.getByLabel('E-mailadres').fill(account.email);
  await page.locator('input[type=password]').fill(account.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByTestId('user-menu').waitFor({ state: 'visible', timeout: 15_000 });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Wait for the data: no loader left, then let transitions settle.
  await page.waitForFunction(() => document.querySelector('.mantine-Loader-root') === null);
  await page.waitForTimeout(250);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The labels of the side navigation. */
export async function navLabels(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  await nav.getByRole('link').first().waitFor({ state: 'visible' });
  return (await nav.getByRole('link').allInnerTexts()).map((text) => text.trim());
}

/** A link of the side navigation, by its exact label. */
export const navLink = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: /Hoofdnavigatie|Main navigation/ })
    .getByRole('link', { name, exact: true });

/**
 * Navigates inside the single-page app, as a link would, without reloading the whole portal
 * (the router follows the history API). Used to visit URLs that have no link on the page.
 */
export async function visit(page: Page, path: string): Promise<void> {
  await page.evaluate((target) => {
    window.history.pushState({}, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}
