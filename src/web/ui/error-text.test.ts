import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { toApiError } from '../api/api-error';
import { errorText, issueText } from './error-text';

const t = i18next.t.bind(i18next);
const siteInUse = toApiError(409, {
  error: {
    code: 'conflict',
    message: 'The site still has 20 user(s) and 0 site administrator(s); move or remove them first.',
    issues: [{ path: '', code: 'site_in_use', params: { users: 20, siteAdmins: 0 }, message: '…' }],
  },
});

describe('errorText and issueText translate by code', () => {
  afterEach(async () => {
    await i18next.changeLanguage('nl');
  });

  it('shows a Dutch Telecom Manager the reason in Dutch, with its numbers', async () => {
    await i18next.init({ lng: 'nl', resources: {} });
    expect(errorText(t, siteInUse)).toBe(
      'De locatie heeft nog 20 gebruiker(s) en 0 locatiebeheerder(s); verplaats of verwijder die eerst.',
    );
  });

  it('and in English when English is chosen', async () => {
    await i18next.changeLanguage('en');
    expect(errorText(t, siteInUse)).toBe(
      'The site still has 20 user(s) and 0 site administrator(s); move or remove them first.',
    );
  });

  it('falls back to the code’s text without a reason, and to the message for an unknown code', async () => {
    await i18next.changeLanguage('nl');
    expect(errorText(t, toApiError(403, { error: { code: 'forbidden', message: 'x' } }))).toBe(
      'Uw rol staat dit niet toe.',
    );
    expect(errorText(t, toApiError(418, { error: { code: 'teapot', message: 'I am a teapot' } }))).toBe(
      'I am a teapot',
    );
    expect(issueText(t, { code: 'not_a_code', params: {}, message: 'as the API said' })).toBe(
      'as the API said',
    );
    expect(issueText(t, { code: 'too_long', params: { max: 200 }, message: '' })).toBe(
      'mag hoogstens 200 tekens lang zijn',
    );
  });
});
