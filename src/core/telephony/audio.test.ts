import { describe, expect, it } from 'vitest';
import { sniffAudio } from './audio';
import { mp3File, pngFile, wavFile } from './audio-test-files';

const text = (s: string) => new TextEncoder().encode(s);

describe('sniffAudio', () => {
  it.each([
    ['PCM 16-bit, 1 s', wavFile({ ms: 1000, tag: 1 }), { format: 'wav', codec: 'pcm', durationMs: 1000 }],
    ['A-law, 2.5 s', wavFile({ ms: 2500, tag: 6 }), { format: 'wav', codec: 'alaw', durationMs: 2500 }],
    ['μ-law, 300 ms', wavFile({ ms: 300, tag: 7 }), { format: 'wav', codec: 'mulaw', durationMs: 300 }],
    [
      'PCM at 16 kHz',
      wavFile({ ms: 1000, sampleRate: 16000 }),
      { format: 'wav', sampleRate: 16000, durationMs: 1000 },
    ],
    [
      'MP3 of 40 frames',
      mp3File({ frames: 40 }),
      { format: 'mp3', codec: 'mp3', sampleRate: 44100, channels: 2 },
    ],
    ['MP3 behind an ID3 tag', mp3File({ frames: 10, id3: true }), { format: 'mp3', codec: 'mp3' }],
  ])('reads %s', (_name, bytes, expected) => {
    expect(sniffAudio(bytes)).toMatchObject(expected);
  });

  it('reads an MP3 duration from its size and bit rate', () => {
    const info = sniffAudio(mp3File({ frames: 100 }));
    // 100 frames × 1152 samples / 44.1 kHz ≈ 2612 ms; from the size at 128 kbit/s ≈ 2606 ms.
    expect(info).toMatchObject({ format: 'mp3' });
    if ('durationMs' in info) expect(Math.abs((info.durationMs ?? 0) - 2612)).toBeLessThan(20);
  });

  const riff = (format: string, chunks: number[]) =>
    new Uint8Array([...text('RIFF'), 0, 0, 0, 0, ...text(format), ...chunks]);
  const adpcm = wavFile({ tag: 2 });

  it.each([
    ['an empty file', new Uint8Array(), 'audio_empty'],
    ['a PNG renamed .wav', pngFile(), 'audio_is_image'],
    ['a JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, ...text('JFIF')]), 'audio_is_image'],
    ['a GIF', text('GIF89a\u0001\u0000\u0001\u0000'), 'audio_is_image'],
    ['a WebP', riff('WEBP', [...text('VP8 '), 0, 0, 0, 0]), 'audio_is_image'],
    ['plain text', text('Welkom bij Voorbeeld BV'), 'audio_not_audio'],
    ['a PDF', text('%PDF-1.7\n'), 'audio_not_audio'],
    ['a RIFF AVI', riff('AVI ', []), 'audio_not_audio'],
    ['a WAV without a fmt chunk', riff('WAVE', [...text('data'), 0, 0, 0, 0]), 'audio_not_audio'],
    ['a WAV cut in its header', wavFile().subarray(0, 20), 'audio_not_audio'],
    ['an ADPCM WAV', adpcm, 'audio_wav_codec'],
    [
      'one stray frame sync',
      new Uint8Array([0xff, 0xfb, 0x90, 0x00, ...new Array(500).fill(7)]),
      'audio_not_audio',
    ],
    ['an MPEG layer II frame', new Uint8Array([0xff, 0xfd, 0x90, 0x00]), 'audio_not_audio'],
  ])('refuses %s', (_name, bytes, code) => {
    expect(sniffAudio(bytes)).toMatchObject({ code });
  });
});
