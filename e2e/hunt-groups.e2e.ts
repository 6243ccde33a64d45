import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { apiSession, demoEnterprises } from './support/api';
import { launchBrowser, login, navLink, openPage, screenshot as take, visit } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A screenshot from the top of the page (the header is sticky), focus kept. */
async function screenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await take(page, name);
}

type Member = { id: string; externalNumber: string | null; userName: string | null };

/** The order the server keeps, by the members' outside numbers. */
async function storedOrder(groupId: string): Promise<string[]> {
  const tm = await apiSession(ACCOUNTS.enterpriseAdmin);
  const { items } = await tm.get<{ items: Member[] }>(`/api/hunt-groups/${groupId}/members`);
  return items.map((m) => m.externalNumber ?? m.userName ?? '');
}

const rowIds = async (page: Page) =>
  page.locator('tr[data-member-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-member-id')));

describe('hunt groups', () => {
  it('shows the demo groups and the editor of Verkoop with its outside member', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Huntgroepen').click();
    const table = page.getByRole('table', { name: /^Huntgroepen van/ });
    await table.getByRole('row').filter({ hasText: 'Receptie' }).waitFor();
    await screenshot(page, 'enterprise-admin-hunt-groups');
    await table.getByRole('link', { name: 'Verkoop' }).click();
    const members = page.getByRole('table', { name: 'Leden van Verkoop, in volgorde' });
    await members.getByRole('row').filter({ hasText: '06 12345678' }).waitFor();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Verdeling' }).inputValue())
      .toBe('Circulair (na wie het laatst opnam)');
    await screenshot(page, 'enterprise-admin-hunt-group-editor');
    await navLink(page, 'Pick-upgroepen').click();
    await page
      .getByRole('table', { name: /^Pick-upgroepen van/ })
      .getByRole('row')
      .filter({ hasText: 'Pick-up Utrecht' })
      .waitFor();
    await screenshot(page, 'enterprise-admin-pickup-groups');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('re-orders members by drag and by keyboard, and the new order is kept', async () => {
    const { voorbeeld } = await demoEnterprises();
    const tm = await apiSession(ACCOUNTS.enterpriseAdmin);
    const sites = await tm.get<{ items: { id: string; name: string }[] }>(
      `/api/enterprises/${voorbeeld.id}/sites`,
    );
    const ams = sites.items.find((s) => s.name === 'Amsterdam');
    const group = await tm.post<{ id: string }>(`/api/enterprises/${voorbeeld.id}/hunt-groups`, {
      siteId: ams?.id,
      name: 'E2E volgorde',
      distribution: 'regular',
    });
    for (const n of ['+31611111111', '+31622222222', '+31633333333'])
      await tm.post(`/api/hunt-groups/${group.id}/members`, { externalNumber: n });
    expect(await storedOrder(group.id)).toEqual(['+31611111111', '+31622222222', '+31633333333']);

    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await visit(page, `/enterprises/${voorbeeld.id}/hunt-groups/${group.id}`);
    const rows = page.locator('tr[data-member-id]');
    await expect.poll(() => rows.count()).toBe(3);
    const [first, second, third] = (await rowIds(page)) as string[];

    // Drag the third member onto the first row: it goes to the top.
    await page.locator(`tr[data-member-id="${third}"]`).dragTo(page.locator(`tr[data-member-id="${first}"]`));
    await expect.poll(() => storedOrder(group.id)).toEqual(['+31633333333', '+31611111111', '+31622222222']);
    await page
      .getByRole('status')
      .filter({ hasText: 'staat nu op plaats 1 van 3' })
      .waitFor({ state: 'attached' });
    await screenshot(page, 'enterprise-admin-hunt-group-members-dragged');

    // Keyboard: focus the top row and move it down twice with Alt+ArrowDown; the focus follows it.
    await page.locator(`tr[data-member-id="${third}"]`).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => storedOrder(group.id)).toEqual(['+31611111111', '+31633333333', '+31622222222']);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-member-id')))
      .toBe(third);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => storedOrder(group.id)).toEqual(['+31611111111', '+31622222222', '+31633333333']);
    await page
      .getByRole('status')
      .filter({ hasText: 'staat nu op plaats 3 van 3' })
      .waitFor({ state: 'attached' });
    // And the move-up button.
    await page.getByRole('button', { name: /^06 33333333 omhoog$/ }).click();
    await expect.poll(() => storedOrder(group.id)).toEqual(['+31611111111', '+31633333333', '+31622222222']);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-member-id')))
      .toBe(third);
    await screenshot(page, 'enterprise-admin-hunt-group-members-keyboard');

    // After a reload the order is the stored one.
    await page.reload();
    await expect.poll(() => rowIds(page)).toEqual([first, third, second]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets a member log itself out of a group on My phone', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.endUser);
    await navLink(page, 'Mijn telefoon').click();
    const toggle = page.getByRole('switch', { name: 'Aangemeld bij Verkoop' });
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click({ force: true });
    await page.getByText('U bent afgemeld bij Verkoop.').waitFor();
    // The switch keeps the focus (it is not disabled while saving).
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('switch');
    await screenshot(page, 'end-user-my-phone-hunt-groups');
    const me = await apiSession(ACCOUNTS.endUser);
    const { items } = await me.get<{ items: { name: string; loggedIn: boolean }[] }>('/api/me/hunt-groups');
    expect(items.find((g) => g.name === 'Verkoop')?.loggedIn).toBe(false);
    await toggle.click({ force: true });
    await page.getByText('U bent aangemeld bij Verkoop.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
