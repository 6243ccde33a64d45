/**
 * Small audio files built byte by byte, for the tests of the sniffer and of the audio routes
 * (and the portal's e2e upload): a WAV of a given encoding and length, an MP3 of constant bit
 * rate, and a PNG (an image someone renamed .wav).
 */

const le16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
const text = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** A mono WAV of `ms` milliseconds of silence: PCM 16-bit (tag 1), A-law (6) or μ-law (7) at 8 kHz. */
export function wavFile(options: { ms?: number; tag?: number; sampleRate?: number } = {}): Uint8Array {
  const { ms = 1000, tag = 1, sampleRate = 8000 } = options;
  const bytesPerSample = tag === 1 ? 2 : 1;
  const byteRate = sampleRate * bytesPerSample;
  const dataSize = Math.round((byteRate * ms) / 1000);
  const fmt = [
    ...text('fmt '),
    ...le32(16),
    ...le16(tag),
    ...le16(1),
    ...le32(sampleRate),
    ...le32(byteRate),
    ...le16(bytesPerSample),
    ...le16(bytesPerSample * 8),
  ];
  const header = [
    ...text('RIFF'),
    ...le32(4 + fmt.length + 8 + dataSize),
    ...text('WAVE'),
    ...fmt,
    ...text('data'),
    ...le32(dataSize),
  ];
  const out = new Uint8Array(header.length + dataSize);
  out.set(header, 0);
  return out;
}

/** An MPEG-1 layer III file at 128 kbit/s, 44.1 kHz, stereo, of `frames` frames (26 ms each). */
export function mp3File(options: { frames?: number; id3?: boolean } = {}): Uint8Array {
  const { frames = 40, id3 = false } = options;
  const frameLength = Math.floor((1152 / 8) * (128000 / 44100));
  const tag = id3 ? [...text('ID3'), 4, 0, 0, 0, 0, 0, 10, ...new Array(10).fill(0)] : [];
  const out = new Uint8Array(tag.length + frames * frameLength);
  out.set(tag, 0);
  for (let i = 0; i < frames; i++) out.set([0xff, 0xfb, 0x90, 0x00], tag.length + i * frameLength);
  return out;
}

/** The first bytes of a PNG image, enough for any sniffer. */
export function pngFile(): Uint8Array {
  return new Uint8Array([
    0x89,
    ...text('PNG'),
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...le32(13),
    ...text('IHDR'),
    ...new Array(64).fill(0),
  ]);
}
