import { describe, expect, it } from 'vitest';
import { bandwidthPerCall, channelsFor, DEFAULT_CAPACITY_SETTINGS, erlangB, siteCapacity } from './capacity';

describe('bandwidthPerCall', () => {
  it.each([
    ['g711', 20, 'ethernet', 87_200],
    ['g729', 20, 'ethernet', 31_200],
    ['g711', 30, 'ethernet', 79_467],
    ['g729', 20, 'pppoe', 34_400],
    ['g711', 20, 'ethernet_vlan', 88_800],
  ] as const)('%s at %i ms over %s: %i bit/s', (codec, packetisationMs, link, expected) => {
    expect(Math.round(bandwidthPerCall(codec, { packetisationMs, link }))).toBe(expected);
  });
});

describe('Erlang B', () => {
  it.each([
    // Known table values: 5 erlangs at 1 % blocking need 11 channels; 10 erlangs need 18.
    [5, 0.01, 11],
    [10, 0.01, 18],
    [2, 0.01, 7],
    [0, 0.01, 0],
  ])('%d erlang at %d blocking: %d channels', (traffic, blocking, channels) => {
    expect(channelsFor(traffic, blocking)).toBe(channels);
  });
  it('blocks less with more channels', () => {
    expect(erlangB(5, 10)).toBeGreaterThan(erlangB(5, 11));
    expect(erlangB(5, 11)).toBeLessThanOrEqual(0.01);
  });
});

describe('siteCapacity', () => {
  const base = {
    contractedChannels: 12,
    codec: 'g711' as const,
    lineVoiceBandwidth: 1_200_000,
    users: 50,
    blfEntries: 0,
    erlangPerUser: 0.1,
    blocking: 0.01,
  };
  it('50 users at 0.1 erlang with G.711 need 11 channels, within 12 contracted', () => {
    const c = siteCapacity(base);
    expect(c).toMatchObject({
      voiceChannels: 11,
      blfChannels: 0,
      bufferChannels: 0,
      channelsNeeded: 11,
      warnings: [],
    });
    expect(c.bandwidthNeeded).toBe(11 * 87_200);
  });
  it('BLF weighs like channels: 30 entries at 0.1 add 3, and the site is over its contract and its line', () => {
    expect(siteCapacity({ ...base, blfEntries: 30 })).toMatchObject({
      blfChannels: 3,
      channelsNeeded: 14,
      warnings: ['channels_exceeded', 'bandwidth_exceeded'],
    });
  });
  it('G.729 adds the advised buffer, reckoned at G.711 bandwidth', () => {
    const c = siteCapacity({ ...base, codec: 'g729', contractedChannels: 20 });
    expect(c.bufferChannels).toBe(2);
    expect(c.bandwidthNeeded).toBe(11 * 31_200 + 2 * 87_200);
  });
  it('warns when the line cannot carry the channels', () => {
    expect(siteCapacity({ ...base, lineVoiceBandwidth: 500_000 }).warnings).toEqual(['bandwidth_exceeded']);
  });
  it('takes its factors from configuration', () => {
    expect(
      siteCapacity({ ...base, blfEntries: 30 }, { ...DEFAULT_CAPACITY_SETTINGS, blfChannelFactor: 0.5 })
        .blfChannels,
    ).toBe(15);
  });
});
