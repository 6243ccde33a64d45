import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../../core/errors';
import { AUDIO_UPLOAD_TYPES, audioSchema, audioUploadQuerySchema } from '../../../core/telephony/audio';
import { ctxOf } from '../../http/context';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, protectedErrors, searchQuery, writeErrors } from '../../http/schemas';
import * as service from './service';

const enterpriseParams = idParams('enterpriseId');
const params = idParams('audioId');

export default async function audioRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const maxBytes = app.services.config.audioMaxBytes;
  const routes = resourceRoutes(app, {
    tags: ['telephony'],
    item: audioSchema.meta({ id: 'Audio' }),
    read: 'audio.read',
    write: 'audio.write',
  });
  // The file comes as the body, as it is; only this module's route takes these types.
  for (const type of AUDIO_UPLOAD_TYPES.filter((t) => t !== 'application/octet-stream')) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: maxBytes }, (_req, body, done) =>
      done(null, body),
    );
  }
  if (!app.hasContentTypeParser('application/octet-stream')) {
    app.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: maxBytes },
      (_req, body, done) => done(null, body),
    );
  }

  r.post(
    '/api/enterprises/:enterpriseId/audio',
    {
      bodyLimit: maxBytes,
      config: { policy: { permission: 'audio.write', enterpriseParam: 'enterpriseId' } },
      schema: {
        tags: ['telephony'],
        summary: 'Upload a greeting or announcement (WAV or MP3)',
        description:
          'The file is the body (audio/wav, audio/mpeg or application/octet-stream), its name in `name`. The type ' +
          'is judged by the content, not the name or content type: a RIFF/WAVE file with a PCM, μ-law or A-law ' +
          'fmt chunk, or an MP3 (ID3 tag or MPEG layer III frames); anything else, an image renamed .wav ' +
          'included, is 422 with `fields.file`. At most CENTRALE_AUDIO_MAX_MIB (default 5 MiB; more: 413). ' +
          'Without `siteId` the file is the whole enterprise’s (an enterprise admin’s); a site admin gives one ' +
          'of its sites. Stored in the database with its SHA-256 and the duration its header gives.',
        params: enterpriseParams,
        querystring: audioUploadQuerySchema,
        response: { 201: audioSchema, ...writeErrors },
      },
    },
    async (req, reply) => {
      const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!Buffer.isBuffer(req.body) || !(AUDIO_UPLOAD_TYPES as readonly string[]).includes(contentType)) {
        throw new DomainError('unsupported_media_type', { reason: 'audio_media_type' });
      }
      const created = await service.uploadAudio(ctxOf(req), req.params.enterpriseId, {
        name: req.query.name,
        siteId: req.query.siteId,
        body: req.body,
      });
      return reply.code(201).send(created);
    },
  );

  routes.list(
    '/api/enterprises/:enterpriseId/audio',
    {
      params: enterpriseParams,
      enterpriseParam: 'enterpriseId',
      query: { q: searchQuery },
      summary: "List an enterprise's audio files",
      description:
        'Sorted by name, without their content. A site admin sees its sites’ files and the enterprise’s own.',
    },
    (ctx, { params, query }) => service.listAudio(ctx, params.enterpriseId, query),
  );
  routes.get(
    '/api/audio/:audioId',
    {
      params,
      summary: 'One audio file (its facts)',
      description:
        'Format, encoding, sample rate, duration from its header, size and SHA-256; not its content.',
    },
    (ctx, { params }) => service.getAudio(ctx, params.audioId),
  );
  r.get(
    '/api/audio/:audioId/content',
    {
      config: { policy: { permission: 'audio.read' } },
      schema: {
        tags: ['telephony'],
        summary: 'The audio file itself, for the portal’s player or a download',
        description:
          'With its content type (audio/wav or audio/mpeg), its SHA-256 as ETag, as an attachment.',
        params,
        response: { 200: z.string().describe('The WAV or MP3 bytes'), ...protectedErrors },
      },
    },
    async (req, reply) => {
      const file = await service.audioContent(ctxOf(req), req.params.audioId);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('etag', `"${file.sha256}"`)
        .header('cache-control', 'private, no-cache')
        .send(file.body as unknown as string);
    },
  );
  routes.remove(
    '/api/audio/:audioId',
    {
      params,
      summary: 'Remove an audio file',
      description:
        'Refused (409 in_use, naming the attendants) while a menu’s greeting or announcement uses it.',
    },
    (ctx, { params }) => service.deleteAudio(ctx, params.audioId),
  );
}
