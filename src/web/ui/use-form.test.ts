import { describe, expect, it } from 'vitest';
import { siteInputSchema } from '../../core/directory/schemas';
import { issuesOf } from '../../core/messages/zod-issues';
import { toApiError } from '../api/api-error';
import { groupByPath } from './use-form';

describe('groupByPath', () => {
  it('keeps every issue of a field of the shared schema, by code', () => {
    const issues = issuesOf(siteInputSchema, {
      name: '',
      street: 'x',
      city: 'y',
      postcode: '12',
      lineType: 'dsl',
      voiceChannels: 0,
      codec: 'g711',
    });
    const fields = groupByPath(issues ?? []);
    expect(fields.name?.map((i) => i.code)).toStrictEqual(['required']);
    expect(fields.postcode?.map((i) => i.code)).toStrictEqual(['postcode']);
    expect(fields.voiceChannels?.map((i) => [i.code, i.params])).toStrictEqual([['too_small', { min: 1 }]]);
  });

  it('puts nested paths of an API answer on their own field', () => {
    const error = toApiError(400, {
      error: {
        code: 'validation_failed',
        message: 'x',
        issues: [
          { path: 'forwarding.busy.destination', code: 'required', params: {}, message: 'is required' },
          { path: 'members.3.weight', code: 'too_small', params: { min: 1 }, message: 'must be at least 1' },
        ],
      },
    });
    expect(Object.keys(groupByPath(error.fieldIssues))).toStrictEqual([
      'forwarding.busy.destination',
      'members.3.weight',
    ]);
  });
});
