import { z } from 'zod';
import { idSchema } from '../ids';
import { isAudioProblem, sniffAudio } from '../telephony/audio';
import { commentVisibilitySchema } from './tickets';

/**
 * Attachments of a ticket: a screenshot of a display, a photo of the router's LEDs, a SIP trace, a
 * log, a recording of a bad call. The type is judged by the content, never by the name or the
 * content type a browser sends, and only these are taken: PDF, PNG, JPEG, GIF, WebP, HEIC (a
 * phone's photo), pcap and pcapng captures, WAV and MP3 (as the audio module judges them), and
 * plain text (UTF-8 without control characters other than tab, line and form feed: a log or a
 * trace). Anything else, an executable, an archive, an office document with macros, is refused.
 * The file is served back with the type found here, as a download, with `nosniff`.
 */

export const ATTACHMENT_KINDS = [
  'pdf',
  'png',
  'jpeg',
  'gif',
  'webp',
  'heic',
  'pcap',
  'pcapng',
  'wav',
  'mp3',
  'text',
] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ATTACHMENT_CONTENT_TYPES: Readonly<Record<AttachmentKind, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  pcap: 'application/vnd.tcpdump.pcap',
  pcapng: 'application/x-pcapng',
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
  text: 'text/plain; charset=utf-8',
};

/** The content types an upload may be sent as (the content decides what it is, whatever is sent). */
export const ATTACHMENT_UPLOAD_TYPES = [
  'application/octet-stream',
  ...new Set(Object.values(ATTACHMENT_CONTENT_TYPES).map((t) => t.split(';')[0] as string)),
] as const;

/** At most this many attachments per ticket (a ticket is a conversation, not a file store). */
export const MAX_ATTACHMENTS_PER_TICKET = 50;

export type AttachmentProblem =
  | { code: 'attachment_empty' }
  | { code: 'attachment_too_large'; params: { max: number } }
  | { code: 'attachment_type_refused' };

const ascii = (b: Uint8Array, at: number, length: number): string =>
  String.fromCharCode(...b.subarray(at, at + length));

const startsWith = (b: Uint8Array, bytes: readonly number[]): boolean =>
  b.length >= bytes.length && bytes.every((x, i) => b[i] === x);

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'mif1', 'msf1']);

/**
 * Plain text: valid UTF-8 (a BOM allowed) and no control characters but tab, line feed, carriage
 * return and form feed. NUL or a lone high byte means a binary file, whatever its name says.
 */
export function isPlainText(b: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(b);
  } catch {
    return false;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) return false;
  }
  return true;
}

/** What an uploaded file is, by its content; null when it is none of the kinds taken. */
export function sniffAttachment(b: Uint8Array): AttachmentKind | null {
  if (ascii(b, 0, 5) === '%PDF-') return 'pdf';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'webp';
  if (ascii(b, 4, 4) === 'ftyp' && HEIC_BRANDS.has(ascii(b, 8, 4))) return 'heic';
  // pcap in either byte order, with micro- or nanosecond stamps; pcapng's section header block.
  if (
    startsWith(b, [0xd4, 0xc3, 0xb2, 0xa1]) ||
    startsWith(b, [0xa1, 0xb2, 0xc3, 0xd4]) ||
    startsWith(b, [0x4d, 0x3c, 0xb2, 0xa1]) ||
    startsWith(b, [0xa1, 0xb2, 0x3c, 0x4d])
  )
    return b.length >= 24 ? 'pcap' : null;
  if (startsWith(b, [0x0a, 0x0d, 0x0d, 0x0a]) && b.length >= 28) {
    const magic = ascii(b, 8, 4);
    if (magic === '\x4d\x3c\x2b\x1a' || magic === '\x1a\x2b\x3c\x4d') return 'pcapng';
  }
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WAVE')
    return isAudioProblem(sniffAudio(b)) ? null : 'wav';
  if (ascii(b, 0, 3) === 'ID3' || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0)) {
    const audio = sniffAudio(b);
    if (!isAudioProblem(audio) && audio.format === 'mp3') return 'mp3';
  }
  if (isPlainText(b)) return 'text';
  return null;
}

/** The kind of an upload, or the problem with it (empty, over `maxBytes`, a type not taken). */
export function judgeAttachment(b: Uint8Array, maxBytes: number): AttachmentKind | AttachmentProblem {
  if (b.length === 0) return { code: 'attachment_empty' };
  if (b.length > maxBytes)
    return { code: 'attachment_too_large', params: { max: Math.round((maxBytes / 1048576) * 10) / 10 } };
  return sniffAttachment(b) ?? { code: 'attachment_type_refused' };
}

export const isAttachmentProblem = (r: AttachmentKind | AttachmentProblem): r is AttachmentProblem =>
  typeof r === 'object';

const EXTENSIONS: Readonly<Record<AttachmentKind, string>> = {
  pdf: 'pdf',
  png: 'png',
  jpeg: 'jpg',
  gif: 'gif',
  webp: 'webp',
  heic: 'heic',
  pcap: 'pcap',
  pcapng: 'pcapng',
  wav: 'wav',
  mp3: 'mp3',
  text: 'txt',
};

const TEXT_EXTENSIONS = new Set(['txt', 'log', 'csv', 'json', 'xml', 'md', 'cfg', 'conf', 'ini', 'sip']);

/**
 * The name to download a file under: the uploader's name without path, control characters or
 * quotes, its extension the one of the type found (a JPEG named `.JPG` gets `.jpg`, a PNG named
 * `.pdf` gets `.png`), except that a text file keeps a text extension (`.log`, `.csv`, …); a log
 * named `trace` gets `.txt`.
 */
export function downloadName(name: string, kind: AttachmentKind): string {
  const bare = name
    .split(/[\\/]/)
    .pop()
    ?.replace(/[\p{Cc}"]+/gu, '')
    .trim();
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(bare ?? '')?.[1]?.toLowerCase();
  const base =
    (bare ?? '')
      .replace(/\.[A-Za-z0-9]{1,8}$/, '')
      .trim()
      .slice(0, 150) || 'bijlage';
  // A text file keeps a text extension of its own (a .log stays a .log); nothing else does.
  const keep = kind === 'text' && extension !== undefined && TEXT_EXTENSIONS.has(extension);
  return `${base}.${keep ? extension : EXTENSIONS[kind]}`;
}

/** A Content-Disposition header for a download: an ASCII fallback and the UTF-8 name (RFC 6266). */
export function contentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

const timestamp = z.iso.datetime({ offset: true });

export const attachmentSchema = z.object({
  id: idSchema,
  ticketId: idSchema,
  name: z.string().describe('The name to download it under, its extension the type found'),
  kind: z.enum(ATTACHMENT_KINDS),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  visibility: commentVisibilitySchema,
  authorName: z.string().nullable(),
  authorRole: z.string().nullable(),
  createdAt: timestamp,
});
export type AttachmentDto = z.infer<typeof attachmentSchema>;

export const attachmentUploadQuerySchema = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('The file’s name (the type is judged by its content)'),
  visibility: commentVisibilitySchema.default('customer'),
});
