import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../../core/errors';
import {
  ATTACHMENT_UPLOAD_TYPES,
  attachmentSchema,
  attachmentUploadQuerySchema,
  contentDisposition,
} from '../../../core/servicedesk/attachments';
import { ctxOf } from '../../http/context';
import { idParams, protectedErrors, writeErrors } from '../../http/schemas';
import * as service from './service';

const ticketParams = idParams('ticketId');
const params = idParams('attachmentId');

export default async function ticketAttachmentRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const maxBytes = app.services.config.ticketAttachmentMaxBytes;
  const attachment = attachmentSchema.meta({ id: 'TicketAttachment' });
  // The file comes as the body, as it is; these parsers hold only inside this module's routes.
  for (const type of ATTACHMENT_UPLOAD_TYPES) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: maxBytes }, (_req, body, done) =>
      done(null, body),
    );
  }

  r.get(
    '/api/tickets/:ticketId/attachments',
    {
      config: { policy: { permission: 'ticket-comments.read' } },
      schema: {
        tags: ['servicedesk'],
        summary: "A ticket's attachments",
        description:
          'Oldest first, without their content. A customer sees only those of visibility `customer`; internal ' +
          'files never leave the provider.',
        params: ticketParams,
        response: { 200: z.object({ items: z.array(attachment) }), ...protectedErrors },
      },
    },
    async (req) => service.listAttachments(ctxOf(req), req.params.ticketId),
  );

  r.post(
    '/api/tickets/:ticketId/attachments',
    {
      bodyLimit: maxBytes,
      config: { policy: { permission: 'ticket-comments.write' } },
      schema: {
        tags: ['servicedesk'],
        summary: 'Attach a file to a ticket (a screenshot, a photo, a SIP trace, a log)',
        description:
          'The file is the body (application/octet-stream or its own type), its name in `name`. The type is ' +
          'judged by the content, never the name or content type: PDF, PNG, JPEG, GIF, WebP, HEIC, pcap or ' +
          'pcapng, WAV or MP3, or plain UTF-8 text; anything else is 422 with `fields.file` ' +
          '(`attachment_type_refused`), an empty file `attachment_empty`. At most ' +
          'CENTRALE_TICKET_ATTACHMENT_MAX_MIB (default 10 MiB; more: 413) and 50 per ticket (409 ' +
          '`ticket_attachments_full`). A closed ticket takes none (409 `ticket_closed`); `visibility` ' +
          '`internal` is the desk’s only. Stored in the database with its SHA-256; the audit log keeps its ' +
          'name, type, size and checksum.',
        params: ticketParams,
        querystring: attachmentUploadQuerySchema,
        response: { 201: attachment, ...writeErrors },
      },
    },
    async (req, reply) => {
      const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!Buffer.isBuffer(req.body) || !(ATTACHMENT_UPLOAD_TYPES as readonly string[]).includes(contentType))
        throw new DomainError('unsupported_media_type', { reason: 'attachment_media_type' });
      const created = await service.addAttachment(ctxOf(req), req.params.ticketId, {
        name: req.query.name,
        visibility: req.query.visibility,
        body: req.body,
      });
      return reply.code(201).send(created);
    },
  );

  r.get(
    '/api/ticket-attachments/:attachmentId',
    {
      config: { policy: { permission: 'ticket-comments.read' } },
      schema: {
        tags: ['servicedesk'],
        summary: 'One attachment’s details',
        params,
        response: { 200: attachment, ...protectedErrors },
      },
    },
    async (req) => service.getAttachment(ctxOf(req), req.params.attachmentId),
  );

  r.get(
    '/api/ticket-attachments/:attachmentId/content',
    {
      config: { policy: { permission: 'ticket-comments.read' } },
      schema: {
        tags: ['servicedesk'],
        summary: 'The attached file itself, as a download',
        description:
          'With the content type its content was judged to be, as an attachment (never shown inline), with ' +
          '`X-Content-Type-Options: nosniff` and its SHA-256 as ETag.',
        params,
        response: { 200: z.string().describe('The file’s bytes'), ...protectedErrors },
      },
    },
    async (req, reply) => {
      const file = await service.attachmentContent(ctxOf(req), req.params.attachmentId);
      return reply
        .type(file.contentType)
        .header('content-disposition', contentDisposition(file.filename))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('etag', `"${file.sha256}"`)
        .header('cache-control', 'private, no-cache')
        .send(file.body as unknown as string);
    },
  );
}
