import { describe, expect, it } from 'vitest';
import { siteInputSchema } from '../../core/directory/schemas';
import { issuesToFields } from './use-form';

describe('issuesToFields', () => {
  it('keeps the first message per field of the shared schema', () => {
    const result = siteInputSchema.safeParse({
      name: '',
      street: 'x',
      city: 'y',
      postcode: '12',
      lineType: 'dsl',
      voiceChannels: 0,
      codec: 'g711',
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const fields = issuesToFields(result.error.issues);
    expect(fields.name).toBe('is required');
    expect(fields.postcode).toBe('must be a Dutch postcode such as 1012 AB');
    expect(fields.voiceChannels).toBe('must be at least 1');
  });
});
