/**
 * Capacity (guide §3.2.5): a site's fixed telephony is limited by its contracted voice channels,
 * both in the platform and in the bandwidth reserved on its line. Busy lamp field needs bandwidth
 * too, counted like voice channels with a configurable factor; with G.729 a few extra channels
 * are advised for the occasional fallback to G.711. Pure arithmetic with the overheads named.
 */

export const CODECS = ['g711', 'g729'] as const;
export type Codec = (typeof CODECS)[number];

/** Payload bit rates in bit/s. */
export const CODEC_BITRATE: Readonly<Record<Codec, number>> = { g711: 64_000, g729: 8_000 };

/** RTP (12) + UDP (8) + IPv4 (20) bytes per packet. */
export const RTP_UDP_IP_BYTES = 40;

/** Link layer overheads per packet, in bytes. */
export const LINK_OVERHEAD_BYTES = {
  /** Ethernet II header and FCS (no preamble or gap: what a line's rate counts). */
  ethernet: 18,
  /** Ethernet with an 802.1Q tag (a voice VLAN). */
  ethernet_vlan: 22,
  /** PPPoE over Ethernet (DSL): Ethernet, PPPoE 6 and PPP 2. */
  pppoe: 26,
} as const;
export type LinkLayer = keyof typeof LINK_OVERHEAD_BYTES;

export type CapacitySettings = {
  /** Milliseconds of audio per packet (10–60; 20 the usual). */
  packetisationMs: number;
  link: LinkLayer;
  /** Voice channels a BLF entry weighs (e.g. 0.1: ten monitored lines weigh one channel). */
  blfChannelFactor: number;
  /** Extra channels advised with G.729, as a share of the channels (rounded up, at least `g729MinBuffer`). */
  g729BufferShare: number;
  g729MinBuffer: number;
};

export const DEFAULT_CAPACITY_SETTINGS: CapacitySettings = {
  packetisationMs: 20,
  link: 'ethernet',
  blfChannelFactor: 0.1,
  g729BufferShare: 0.1,
  g729MinBuffer: 2,
};

/**
 * Bit/s one call needs in each direction: (payload + RTP/UDP/IP + link) bytes per packet × packets
 * per second. G.711 at 20 ms over Ethernet: (160 + 40 + 18) × 8 × 50 = 87,200 bit/s; G.729:
 * (20 + 40 + 18) × 8 × 50 = 31,200 bit/s.
 */
export function bandwidthPerCall(
  codec: Codec,
  settings: Pick<CapacitySettings, 'packetisationMs' | 'link'>,
): number {
  const packetsPerSecond = 1000 / settings.packetisationMs;
  const payloadBytes = (CODEC_BITRATE[codec] * settings.packetisationMs) / 8000;
  return (payloadBytes + RTP_UDP_IP_BYTES + LINK_OVERHEAD_BYTES[settings.link]) * 8 * packetsPerSecond;
}

/** Erlang B: the share of calls blocked when `traffic` erlangs are offered to `channels`. */
export function erlangB(traffic: number, channels: number): number {
  let b = 1;
  for (let n = 1; n <= channels; n++) b = (traffic * b) / (n + traffic * b);
  return b;
}

/** The fewest channels that carry `traffic` erlangs with at most `blocking` of the calls blocked. */
export function channelsFor(traffic: number, blocking: number): number {
  if (traffic <= 0) return 0;
  let b = 1;
  for (let n = 1; n < 10_000; n++) {
    b = (traffic * b) / (n + traffic * b);
    if (b <= blocking) return n;
  }
  return 10_000;
}

export type SiteCapacityInput = {
  contractedChannels: number;
  codec: Codec;
  /** The bandwidth reserved for voice on the site's line, bit/s. */
  lineVoiceBandwidth: number;
  /** The site's users with fixed telephony and their BLF entries. */
  users: number;
  blfEntries: number;
  /** Busy-hour traffic per user in erlangs (e.g. 0.1: six minutes an hour). */
  erlangPerUser: number;
  /** The blocking the site accepts in the busy hour (e.g. 0.01). */
  blocking: number;
};

export type SiteCapacity = {
  /** Voice channels the busy hour needs (Erlang B). */
  voiceChannels: number;
  /** Channels the BLF entries weigh. */
  blfChannels: number;
  /** The advised G.729 buffer (0 with G.711). */
  bufferChannels: number;
  channelsNeeded: number;
  contractedChannels: number;
  /** Bit/s the needed channels take in each direction, with the buffer at G.711. */
  bandwidthNeeded: number;
  lineVoiceBandwidth: number;
  /** Problems to warn about. */
  warnings: ('channels_exceeded' | 'bandwidth_exceeded')[];
};

/**
 * A site's channels and bandwidth needed against what is contracted. The G.729 buffer is reckoned
 * at G.711's bandwidth: it is there for the calls that fall back to it.
 */
export function siteCapacity(
  input: SiteCapacityInput,
  settings: CapacitySettings = DEFAULT_CAPACITY_SETTINGS,
): SiteCapacity {
  const voiceChannels = channelsFor(input.users * input.erlangPerUser, input.blocking);
  const blfChannels = Math.ceil(input.blfEntries * settings.blfChannelFactor);
  const bufferChannels =
    input.codec === 'g729'
      ? Math.max(settings.g729MinBuffer, Math.ceil(voiceChannels * settings.g729BufferShare))
      : 0;
  const channelsNeeded = voiceChannels + blfChannels + bufferChannels;
  const perCall = bandwidthPerCall(input.codec, settings);
  const bandwidthNeeded =
    (voiceChannels + blfChannels) * perCall + bufferChannels * bandwidthPerCall('g711', settings);
  const warnings: SiteCapacity['warnings'] = [];
  if (channelsNeeded > input.contractedChannels) warnings.push('channels_exceeded');
  if (bandwidthNeeded > input.lineVoiceBandwidth) warnings.push('bandwidth_exceeded');
  return {
    voiceChannels,
    blfChannels,
    bufferChannels,
    channelsNeeded,
    contractedChannels: input.contractedChannels,
    bandwidthNeeded,
    lineVoiceBandwidth: input.lineVoiceBandwidth,
    warnings,
  };
}
