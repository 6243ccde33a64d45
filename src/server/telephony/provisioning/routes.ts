import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../../core/errors';
import { importResultSchema, sheetNameSchema } from '../../../core/telephony/provisioning/sheets';
import { ctxOf } from '../../http/context';
import { idParams, protectedErrors, writeErrors } from '../../http/schemas';
import { CSV_TYPE, IMPORT_BODY_LIMIT, XLSX_TYPE } from './files';
import * as service from './service';

const params = idParams('enterpriseId');
const policy = (permission: 'provisioning.read' | 'provisioning.write') => ({
  policy: { permission, enterpriseParam: 'enterpriseId' },
});
const formatSchema = z.enum(['csv', 'xlsx']).default('csv');
const dryRunSchema = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true');

export default async function provisioningRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['telephony'];
  // The file comes as the body, as it is; only this module's routes take these types.
  for (const type of [CSV_TYPE, XLSX_TYPE]) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (_req, body, done) =>
      done(null, body),
    );
  }

  r.post(
    '/api/enterprises/:enterpriseId/imports',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      config: policy('provisioning.write'),
      schema: {
        tags,
        summary: 'Import a sheet (or a workbook) of the provisioning form',
        description:
          `The file is the body: text/csv (one sheet, named by ?sheet=; "," or ";", a BOM is fine) or ${XLSX_TYPE} ` +
          '(its worksheets sites, users, numbers; ?sheet= takes one). Up to 20 MiB and 50,000 rows a sheet. ' +
          'All or nothing: a file with errors answers 422 import_invalid with error.rows, every wrong row ' +
          '(the header is row 1), and changes nothing. dryRun=true answers what would change, and changes nothing.',
        params,
        querystring: z.strictObject({ sheet: sheetNameSchema.optional(), dryRun: dryRunSchema }),
        response: { 200: importResultSchema.meta({ id: 'ImportResult' }), ...writeErrors },
      },
    },
    async (req) => {
      const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!Buffer.isBuffer(req.body) || (contentType !== CSV_TYPE && contentType !== XLSX_TYPE)) {
        throw new DomainError('unsupported_media_type', { reason: 'import_media_type' });
      }
      const ctx = ctxOf(req);
      return service.importFile({ ...ctx, sipRealm: ctx.services.config.sipRealm }, req.params.enterpriseId, {
        contentType,
        body: req.body,
        sheet: req.query.sheet,
        dryRun: req.query.dryRun,
      });
    },
  );

  const download = (template: boolean) =>
    r.get(
      template ? '/api/enterprises/:enterpriseId/import-template' : '/api/enterprises/:enterpriseId/export',
      {
        config: policy('provisioning.read'),
        schema: {
          tags,
          summary: template
            ? 'An empty provisioning form: the header of each sheet'
            : 'Export the provisioning form in the columns of its import',
          description:
            'format=csv gives one sheet (sheet= is required), format=xlsx every sheet in one workbook (or the one named). ' +
            'Cells a spreadsheet would read as a formula (= + - @, a tab or CR first) start with a quote.',
          params,
          querystring: z.strictObject({ sheet: sheetNameSchema.optional(), format: formatSchema }),
          response: {
            200: z.string().describe('The file: CSV text (UTF-8 with a BOM) or an XLSX workbook'),
            ...protectedErrors,
          },
        },
      },
      async (req, reply) => {
        if (req.query.format === 'csv' && req.query.sheet === undefined) {
          throw new DomainError('validation_failed', { fields: { sheet: 'import_sheet_required' } });
        }
        const file = await service.exportSheet(
          ctxOf(req),
          req.params.enterpriseId,
          req.query.sheet,
          req.query.format,
          {
            template,
          },
        );
        return (
          reply
            .type(file.contentType)
            .header('content-disposition', `attachment; filename="${file.filename}"`)
            // A string or Buffer goes out as it is (no serializer), CSV text or workbook bytes alike.
            .send(file.body as string)
        );
      },
    );
  download(false);
  download(true);
}
