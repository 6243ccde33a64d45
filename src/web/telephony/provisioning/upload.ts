import type { ImportResult, RowError } from '../../../core/telephony/provisioning/sheets';
import { toApiError } from '../../api/api-error';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type UploadOutcome =
  | { kind: 'result'; result: ImportResult }
  | { kind: 'invalid'; rows: RowError[] }
  | { kind: 'error'; error: Error };

/**
 * Sends a file to the import route with XMLHttpRequest, whose upload events tell how much of a
 * large file has gone (fetch cannot); `onProgress` gets 0..1 while sending, then 1 while the
 * server checks and applies the rows.
 */
export function uploadImport(options: {
  enterpriseId: string;
  file: File;
  sheet: string | null;
  dryRun: boolean;
  csrfToken: string | null;
  onProgress: (share: number) => void;
}): Promise<UploadOutcome> {
  const query = new URLSearchParams();
  if (options.sheet) query.set('sheet', options.sheet);
  if (options.dryRun) query.set('dryRun', 'true');
  const isXlsx = options.file.name.toLowerCase().endsWith('.xlsx');
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/enterprises/${options.enterpriseId}/imports?${query}`);
    xhr.setRequestHeader('content-type', isXlsx ? XLSX_TYPE : 'text/csv');
    xhr.setRequestHeader('accept', 'application/json');
    if (options.csrfToken) xhr.setRequestHeader('x-csrf-token', options.csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) options.onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => options.onProgress(1);
    xhr.onerror = () => resolve({ kind: 'error', error: new Error('network') });
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status === 200) {
        resolve({ kind: 'result', result: body as ImportResult });
        return;
      }
      const rows = (body as { error?: { code?: string; rows?: RowError[] } } | null)?.error;
      if (rows?.code === 'import_invalid' && Array.isArray(rows.rows))
        resolve({ kind: 'invalid', rows: rows.rows });
      else resolve({ kind: 'error', error: toApiError(xhr.status, body) });
    };
    xhr.send(options.file);
  });
}
