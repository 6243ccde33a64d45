import { z } from 'zod';

/**
 * Audio files of greetings and announcements: WAV or MP3, judged by their content and never by
 * their name or the content type a browser sends. A WAV is a RIFF/WAVE file whose fmt chunk is
 * PCM, μ-law or A-law (what a call plane plays without transcoding surprises); an MP3 starts with
 * an ID3v2 tag or with an MPEG audio layer III frame, followed by a second frame where the first
 * one says it ends. The duration comes from the header: a WAV's data size over its byte rate, an
 * MP3's Xing/Info frame count or else (constant bit rate) its size over its bit rate.
 */

export const AUDIO_FORMATS = ['wav', 'mp3'] as const;
export type AudioFormat = (typeof AUDIO_FORMATS)[number];
export const CONTENT_TYPE_OF: Record<AudioFormat, string> = { wav: 'audio/wav', mp3: 'audio/mpeg' };

export type AudioInfo = {
  format: AudioFormat;
  /** pcm, mulaw, alaw for a WAV; mp3 for an MP3. */
  codec: 'pcm' | 'mulaw' | 'alaw' | 'mp3';
  sampleRate: number;
  channels: number;
  /** Whole milliseconds, or null when the header does not tell. */
  durationMs: number | null;
};

export type AudioProblem =
  | { code: 'audio_empty' }
  | { code: 'audio_not_audio' }
  | { code: 'audio_is_image'; params: { format: string } }
  | { code: 'audio_wav_codec'; params: { format: string } };

const ascii = (b: Uint8Array, at: number, length: number): string =>
  String.fromCharCode(...b.subarray(at, at + length));

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
const u32be = (b: Uint8Array, at: number): number =>
  (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>> 0;

function imageFormat(b: Uint8Array): string | null {
  if (b[0] === 0x89 && ascii(b, 1, 3) === 'PNG') return 'PNG';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'JPEG';
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return 'GIF';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'WebP';
  if (ascii(b, 0, 2) === 'BM' && b.length > 26 && u32(b, 2) === b.length) return 'BMP';
  if (ascii(b, 4, 8) === 'ftypavif' || ascii(b, 4, 8) === 'ftypheic') return 'AVIF/HEIC';
  return null;
}

const WAV_CODECS: Record<number, 'pcm' | 'alaw' | 'mulaw'> = { 1: 'pcm', 6: 'alaw', 7: 'mulaw' };

function sniffWav(b: Uint8Array): AudioInfo | AudioProblem {
  let at = 12;
  let fmt: {
    codec: 'pcm' | 'alaw' | 'mulaw';
    channels: number;
    sampleRate: number;
    byteRate: number;
  } | null = null;
  while (at + 8 <= b.length) {
    const id = ascii(b, at, 4);
    const size = u32(b, at + 4);
    const body = at + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + 16 > b.length) return { code: 'audio_not_audio' };
      let tag = u16(b, body);
      // WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the sub-format GUID.
      if (tag === 0xfffe && size >= 40) tag = u16(b, body + 24);
      const codec = WAV_CODECS[tag];
      if (codec === undefined)
        return { code: 'audio_wav_codec', params: { format: `0x${tag.toString(16).padStart(4, '0')}` } };
      const channels = u16(b, body + 2);
      const sampleRate = u32(b, body + 4);
      const byteRate = u32(b, body + 8);
      if (channels === 0 || sampleRate === 0) return { code: 'audio_not_audio' };
      fmt = { codec, channels, sampleRate, byteRate };
    } else if (id === 'data') {
      if (fmt === null) return { code: 'audio_not_audio' };
      // A streamed WAV may say 0 or 0xFFFFFFFF: then the data runs to the end of the file.
      const dataSize = size === 0 || size === 0xffffffff ? b.length - body : Math.min(size, b.length - body);
      return {
        format: 'wav',
        codec: fmt.codec,
        sampleRate: fmt.sampleRate,
        channels: fmt.channels,
        durationMs: fmt.byteRate > 0 ? Math.round((dataSize * 1000) / fmt.byteRate) : null,
      };
    }
    at = body + size + (size % 2);
  }
  return { code: 'audio_not_audio' };
}

// MPEG audio frame headers (ISO 11172-3 / 13818-3), layer III only.
const BITRATES_V1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const BITRATES_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const SAMPLE_RATES: Record<number, number[]> = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
};

type Frame = {
  length: number;
  bitrate: number;
  sampleRate: number;
  channels: number;
  samples: number;
  mpeg1: boolean;
};

function frameAt(b: Uint8Array, at: number): Frame | null {
  if (at + 4 > b.length || b[at] !== 0xff || ((b[at + 1] ?? 0) & 0xe0) !== 0xe0) return null;
  const h1 = b[at + 1] ?? 0;
  const h2 = b[at + 2] ?? 0;
  const h3 = b[at + 3] ?? 0;
  const version = (h1 >> 3) & 3; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5, 1: reserved
  const layer = (h1 >> 1) & 3; // 1: layer III
  const bitrateIndex = h2 >> 4;
  const rateIndex = (h2 >> 2) & 3;
  const rates = SAMPLE_RATES[version];
  if (layer !== 1 || rates === undefined || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3)
    return null;
  const mpeg1 = version === 3;
  const bitrate = ((mpeg1 ? BITRATES_V1 : BITRATES_V2)[bitrateIndex] ?? 0) * 1000;
  const sampleRate = rates[rateIndex] ?? 0;
  const samples = mpeg1 ? 1152 : 576;
  const padding = (h2 >> 1) & 1;
  const length = Math.floor((samples / 8) * (bitrate / sampleRate)) + padding;
  return { length, bitrate, sampleRate, channels: h3 >> 6 === 3 ? 1 : 2, samples, mpeg1 };
}

function sniffMp3(b: Uint8Array): AudioInfo | AudioProblem {
  let at = 0;
  if (ascii(b, 0, 3) === 'ID3') {
    const size =
      (((b[6] ?? 0) & 0x7f) << 21) |
      (((b[7] ?? 0) & 0x7f) << 14) |
      (((b[8] ?? 0) & 0x7f) << 7) |
      ((b[9] ?? 0) & 0x7f);
    at = 10 + size + (((b[5] ?? 0) & 0x10) !== 0 ? 10 : 0);
    // Some encoders pad after the tag; a few zero bytes before the first frame are allowed.
    let skipped = 0;
    while (at < b.length && b[at] === 0 && skipped < 4096) {
      at += 1;
      skipped += 1;
    }
  }
  const first = frameAt(b, at);
  if (first === null) return { code: 'audio_not_audio' };
  // One frame header could be chance; the next frame must start where the first one ends.
  const nextAt = at + first.length;
  if (nextAt + 4 <= b.length && frameAt(b, nextAt) === null) return { code: 'audio_not_audio' };
  const sideInfo = first.mpeg1 ? (first.channels === 1 ? 17 : 32) : first.channels === 1 ? 9 : 17;
  const tagAt = at + 4 + sideInfo;
  const tag = ascii(b, tagAt, 4);
  let durationMs: number | null = null;
  if ((tag === 'Xing' || tag === 'Info') && ((b[tagAt + 7] ?? 0) & 1) === 1) {
    const frames = u32be(b, tagAt + 8);
    durationMs = Math.round((frames * first.samples * 1000) / first.sampleRate);
  } else if (first.bitrate > 0) {
    durationMs = Math.round(((b.length - at) * 8 * 1000) / first.bitrate);
  }
  return { format: 'mp3', codec: 'mp3', sampleRate: first.sampleRate, channels: first.channels, durationMs };
}

/** What a file is, by its bytes: a WAV or MP3 with its header's facts, or why it is neither. */
export function sniffAudio(bytes: Uint8Array): AudioInfo | AudioProblem {
  if (bytes.length === 0) return { code: 'audio_empty' };
  const image = imageFormat(bytes);
  if (image !== null) return { code: 'audio_is_image', params: { format: image } };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WAVE') return sniffWav(bytes);
  return sniffMp3(bytes);
}

export const isAudioProblem = (r: AudioInfo | AudioProblem): r is AudioProblem => 'code' in r;

// The API's shapes

export const AUDIO_UPLOAD_TYPES = [
  'audio/wav',
  'audio/x-wav',
  'audio/wave',
  'audio/mpeg',
  'audio/mp3',
  'application/octet-stream',
] as const;

export const audioUploadQuerySchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  siteId: z.uuid().optional(),
});

export const audioSchema = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  siteId: z.uuid().nullable(),
  name: z.string(),
  format: z.enum(AUDIO_FORMATS),
  codec: z.string(),
  contentType: z.string(),
  sampleRate: z.number().int(),
  channels: z.number().int(),
  durationMs: z.number().int().nullable(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: z.iso.datetime(),
});
export type AudioDto = z.infer<typeof audioSchema>;
