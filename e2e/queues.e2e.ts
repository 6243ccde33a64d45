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

describe('call centre queues', () => {
  it('shows the Telecom Manager the queue editor, refusing a comfort interval past the maximum wait', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Wachtrijen').click();
    const table = page.getByRole('table', { name: /^Wachtrijen van/ });
    await table.getByRole('row').filter({ hasText: 'Support' }).waitFor();
    await table.getByRole('link', { name: 'Support' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtrij Support' }).waitFor();
    const members = page.getByRole('table', { name: 'Medewerkers en supervisors van Support' });
    await members.getByRole('row').filter({ hasText: 'Carlijn de Boer' }).waitFor();
    await members.getByRole('row').filter({ hasText: 'Daan Bos' }).waitFor();
    const settings = page.getByRole('form', { name: 'Instellingen' });
    await expect.poll(() => settings.getByLabel('Toestelnummer').inputValue()).toBe('310');
    await screenshot(page, 'enterprise-admin-queue-editor');

    // A comfort message every 45 s in a queue where nobody waits longer than 30 s: refused at its field.
    const maxWait = settings.getByRole('textbox', { name: 'Maximale wachttijd (seconden)' });
    await maxWait.fill('30');
    await settings.getByRole('button', { name: 'Opslaan' }).click();
    await settings.getByText('moet korter zijn dan de maximale wachttijd (30 s)', { exact: false }).waitFor();
    // The refusal was answered 422, as it should be; nothing else went wrong.
    expect(errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
    await context.close();
  });

  it('shows the queue’s opening hours: open or closed now in the list, its schedule and out-of-hours service in the editor', async () => {
    const { page, context, errors } = await openPage(browser);
    await login(page, ACCOUNTS.enterpriseAdmin);
    await navLink(page, 'Wachtrijen').click();
    const table = page.getByRole('table', { name: /^Wachtrijen van/ });
    const row = table.getByRole('row').filter({ hasText: 'Support' });
    // Support follows "Supportdesk Utrecht": the list says whether it is open now.
    await expect
      .poll(async () => (await row.locator('[data-service]').getAttribute('data-service')) ?? '')
      .toMatch(/^(open|closed|holiday)$/);
    expect(await row.locator('[data-service]').textContent()).toMatch(/^(open|gesloten)/);
    await table.getByRole('link', { name: 'Support' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtrij Support' }).waitFor();
    const settings = page.getByRole('form', { name: 'Instellingen' });
    const hours = settings.getByRole('region', { name: 'Openingstijden' });
    await expect
      .poll(() => hours.getByRole('combobox', { name: 'Tijdschema' }).inputValue())
      .toBe('Supportdesk Utrecht');
    await expect
      .poll(() => hours.getByRole('combobox', { name: 'Buiten openingstijden' }).inputValue())
      .toBe('Doorschakelen');
    expect(await hours.getByRole('textbox', { name: 'Doorschakelen naar' }).inputValue()).toBe('215');
    expect(await hours.getByRole('combobox', { name: 'Op feestdagen en sluitingsdagen' }).inputValue()).toBe(
      'Zoals buiten openingstijden',
    );
    expect(await hours.getByRole('checkbox', { name: /gesloten-melding/ }).isChecked()).toBe(true);
    await hours
      .getByText(/^Nu|^(open|gesloten)/)
      .first()
      .waitFor();

    // A holiday transfer to an extension nobody has: refused at its field.
    await hours.getByRole('combobox', { name: 'Op feestdagen en sluitingsdagen' }).click();
    await page.getByRole('option', { name: 'Doorschakelen', exact: true }).click();
    const holidayTo = hours.getByRole('textbox', { name: 'Doorschakelen naar' }).nth(1);
    await holidayTo.fill('999');
    await settings.getByRole('button', { name: 'Opslaan' }).click();
    await hours.getByText('dit toestelnummer bestaat niet binnen dit bedrijf').waitFor();
    await holidayTo.fill('201');
    await settings.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De wachtrij is opgeslagen.').waitFor();
    // The whole page (fixed navigation renders wrongly in a full-page shot taken scrolled down).
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'enterprise-admin-queue-opening-hours');
    expect(errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
    await context.close();
  });

  it('lets a supervisor change an agent’s state on the board, and the agent its own on My phone', async () => {
    const supervisor = await openPage(browser);
    await login(supervisor.page, ACCOUNTS.supervisor);
    await navLink(supervisor.page, 'Mijn telefoon').click();
    const mine = supervisor.page.getByRole('region', { name: 'Mijn status in het callcenter' });
    await mine.getByRole('link', { name: 'Support' }).click();
    await supervisor.page.getByRole('heading', { level: 1, name: 'Status medewerkers: Support' }).waitFor();
    const board = supervisor.page.getByRole('table', { name: 'Status van de medewerkers van Support' });
    const lunching = board.getByRole('row').filter({ hasText: 'Gijs de Groot' });
    await lunching.getByText('Lunch').waitFor();
    const agent = board.getByRole('row').filter({ hasText: 'Carlijn de Boer' });
    await agent.getByText('Beschikbaar', { exact: true }).waitFor();

    await agent.getByRole('combobox', { name: 'Nieuwe status voor Carlijn de Boer' }).click();
    await supervisor.page.getByRole('option', { name: 'Niet beschikbaar' }).click();
    await agent.getByRole('combobox', { name: 'Reden voor Carlijn de Boer' }).click();
    await supervisor.page.getByRole('option', { name: 'Overleg' }).click();
    await agent.getByRole('button', { name: 'Status van Carlijn de Boer wijzigen' }).click();
    await agent.getByText('Overleg', { exact: true }).first().waitFor();
    await expect.poll(() => agent.getByText('Niet beschikbaar', { exact: true }).count()).toBeGreaterThan(0);
    await screenshot(supervisor.page, 'supervisor-agent-states');
    expect(supervisor.errors).toEqual([]);
    await supervisor.context.close();

    // The agent sees the supervisor's change on My phone, and sets itself available again.
    const own = await openPage(browser);
    await login(own.page, ACCOUNTS.agent);
    await navLink(own.page, 'Mijn telefoon').click();
    const section = own.page.getByRole('region', { name: 'Mijn status in het callcenter' });
    await section.getByText('Overleg', { exact: true }).waitFor();
    await section.getByRole('combobox', { name: /^Nieuwe status voor/ }).click();
    await own.page.getByRole('option', { name: 'Beschikbaar', exact: true }).click();
    await section.getByRole('button', { name: /wijzigen$/ }).click();
    await own.page.getByText('Uw status is gewijzigd.').waitFor();
    await expect.poll(() => section.getByText('Overleg', { exact: true }).count()).toBe(0);
    await screenshot(own.page, 'agent-my-phone-state');
    expect(own.errors).toEqual([]);
    await own.context.close();
  });
});
