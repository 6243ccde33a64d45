import { describe, expect, it } from 'vitest';
import { mp3File, pngFile, wavFile } from '../telephony/audio-test-files';
import {
  ATTACHMENT_UPLOAD_TYPES,
  contentDisposition,
  downloadName,
  isPlainText,
  judgeAttachment,
  sniffAttachment,
} from './attachments';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const pad = (b: Uint8Array, length: number): Uint8Array => {
  const out = new Uint8Array(Math.max(length, b.length));
  out.set(b);
  return out;
};

describe('sniffAttachment judges the content, never the name', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf'],
    ['a PNG', pngFile(), 'png'],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'jpeg'],
    ['a GIF', bytes('GIF89a', [1, 0, 1, 0]), 'gif'],
    ['a WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'webp'],
    ['a phone photo (HEIC)', bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'), 'heic'],
    ['a pcap (little-endian)', pad(bytes([0xd4, 0xc3, 0xb2, 0xa1, 2, 0, 4, 0]), 24), 'pcap'],
    ['a pcap (big-endian, ns)', pad(bytes([0xa1, 0xb2, 0x3c, 0x4d, 0, 2, 0, 4]), 24), 'pcap'],
    [
      'a pcapng',
      pad(bytes([0x0a, 0x0d, 0x0d, 0x0a, 0x1c, 0, 0, 0], [0x4d, 0x3c, 0x2b, 0x1a], [1, 0, 0, 0]), 28),
      'pcapng',
    ],
    ['a WAV recording', wavFile({ ms: 200 }), 'wav'],
    ['an MP3 recording', mp3File({ frames: 4 }), 'mp3'],
    [
      'a SIP trace as text',
      bytes('INVITE sip:201@demo SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.5\r\n\r\n'),
      'text',
    ],
    [
      'a Dutch log with a BOM',
      bytes([0xef, 0xbb, 0xbf], Buffer.from('Storing café ½ uur\n').toString('latin1')),
      'text',
    ],
  ])('%s', (_name, file, kind) => {
    expect(sniffAttachment(file)).toBe(kind);
  });

  it.each([
    ['a Windows executable', bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0])],
    ['an ELF binary', bytes([0x7f], 'ELF', [2, 1, 1, 0])],
    ['a ZIP (or an office document)', bytes('PK', [3, 4, 20, 0, 0, 0])],
    ['text with a NUL', bytes('hello', [0], 'world')],
    ['invalid UTF-8', bytes('caf', [0xe9], ' au lait')],
    ['a truncated pcap header', bytes([0xd4, 0xc3, 0xb2, 0xa1, 2, 0])],
    ['a WAV of an unsupported codec', wavFile({ tag: 0x55 })],
    ['a RIFF that is no WAV or WebP', bytes('RIFF', [4, 0, 0, 0], 'AVI LIST')],
  ])('refuses %s', (_name, file) => {
    expect(sniffAttachment(file)).toBeNull();
  });
});

describe('judgeAttachment', () => {
  const max = 1024 * 1024;
  it.each([
    ['empty', new Uint8Array(0), { code: 'attachment_empty' }],
    [
      'one byte over the limit',
      pad(bytes('%PDF-'), max + 1),
      { code: 'attachment_too_large', params: { max: 1 } },
    ],
    ['a refused type', bytes('MZ', [0x90, 0]), { code: 'attachment_type_refused' }],
  ])('%s', (_name, file, problem) => {
    expect(judgeAttachment(file, max)).toEqual(problem);
  });

  it('takes a file of exactly the limit', () => {
    expect(judgeAttachment(pad(bytes('%PDF-'), max), max)).toBe('pdf');
  });
});

describe('isPlainText', () => {
  it.each([
    ['tabs, CR LF and form feeds', 'a\tb\r\nc\fd', true],
    ['a bell character', 'ring\x07', false],
    ['DEL', 'x\x7f', false],
    ['emoji', 'Telefoon 📞 werkt niet', true],
  ])('%s', (_name, text, expected) => {
    expect(isPlainText(new TextEncoder().encode(text))).toBe(expected);
  });
});

describe('downloadName', () => {
  it.each([
    ['router-leds.JPG', 'jpeg', 'router-leds.jpg'],
    ['C:\\Users\\tm\\Desktop\\trace.pcap', 'pcap', 'trace.pcap'],
    ['../../etc/passwd', 'text', 'passwd.txt'],
    ['sip trace', 'text', 'sip trace.txt'],
    ['sbc.LOG', 'text', 'sbc.log'],
    ['page.html', 'text', 'page.txt'],
    ['leds.pdf', 'png', 'leds.png'],
    ['evil".png', 'png', 'evil.png'],
    ['line\r\nbreak.pdf', 'pdf', 'linebreak.pdf'],
    ['.pdf', 'pdf', 'bijlage.pdf'],
    ['storing café.pdf', 'pdf', 'storing café.pdf'],
  ] as const)('%s as %s → %s', (name, kind, expected) => {
    expect(downloadName(name, kind)).toBe(expected);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('storing café.pdf')).toBe(
      `attachment; filename="storing caf_.pdf"; filename*=UTF-8''storing%20caf%C3%A9.pdf`,
    );
  });
});

it('lists every upload content type once, without parameters', () => {
  expect(ATTACHMENT_UPLOAD_TYPES).toContain('application/octet-stream');
  expect(ATTACHMENT_UPLOAD_TYPES).toContain('text/plain');
  expect(new Set(ATTACHMENT_UPLOAD_TYPES).size).toBe(ATTACHMENT_UPLOAD_TYPES.length);
});
