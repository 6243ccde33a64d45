import type { ImportResult, RowError } from '../../../core/telephony/provisioning/sheets';
import { toApiError } from '../../api/api-error';
import { sendFile, type UploadAnswer } from '../../api/upload';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type UploadOutcome =
  | { kind: 'result'; result: ImportResult }
  | { kind: 'invalid'; rows: RowError[] }
  | { kind: 'error'; error: Error };

/**
 * Sends a file to the import route, with its progress (0..1 while sending, then 1 while the
 * server checks and applies the rows).
 */
export async function uploadImport(options: {
  enterpriseId: string;
  file: File;
  sheet: string | null;
  dryRun: boolean;
  onProgress: (share: number) => void;
}): Promise<UploadOutcome> {
  const query = new URLSearchParams();
  if (options.sheet) query.set('sheet', options.sheet);
  if (options.dryRun) query.set('dryRun', 'true');
  const isXlsx = options.file.name.toLowerCase().endsWith('.xlsx');
  let answer: UploadAnswer;
  try {
    answer = await sendFile({
      path: `/api/enterprises/${options.enterpriseId}/imports?${query}`,
      file: options.file,
      contentType: isXlsx ? XLSX_TYPE : 'text/csv',
      onProgress: options.onProgress,
    });
  } catch (e) {
    return { kind: 'error', error: e instanceof Error ? e : new Error('network') };
  }
  const { status, body } = answer;
  if (status === 200) return { kind: 'result', result: body as ImportResult };
  const rows = (body as { error?: { code?: string; rows?: RowError[] } } | null)?.error;
  if (rows?.code === 'import_invalid' && Array.isArray(rows.rows))
    return { kind: 'invalid', rows: rows.rows };
  return { kind: 'error', error: toApiError(status, body) };
}
