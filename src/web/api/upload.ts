import { toApiError } from './api-error';
import { currentCsrfToken } from './client';

/** What came back from an upload: the status and the parsed JSON body (null when none). */
export type UploadAnswer = { status: number; body: unknown };

/**
 * Sends a file as the request body with XMLHttpRequest, whose upload events tell how much of a
 * large file has gone (fetch cannot): `onProgress` gets 0..1 while sending, then 1 while the
 * server works. The session's CSRF token goes with it. A network failure rejects.
 */
export function sendFile(options: {
  path: string;
  file: Blob;
  contentType: string;
  onProgress?: ((share: number) => void) | undefined;
}): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', options.path);
    xhr.setRequestHeader('content-type', options.contentType);
    xhr.setRequestHeader('accept', 'application/json');
    const csrfToken = currentCsrfToken();
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    const onProgress = options.onProgress;
    if (onProgress) {
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) onProgress(e.loaded / e.total);
      };
      xhr.upload.onload = () => onProgress(1);
    }
    xhr.onerror = () => reject(new Error('network'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.send(options.file);
  });
}

/** `sendFile` for a route that answers 201 with the created thing; any other answer rejects as an ApiError. */
export async function uploadFile<T>(options: Parameters<typeof sendFile>[0]): Promise<T> {
  const answer = await sendFile(options);
  if (answer.status === 201 || answer.status === 200) return answer.body as T;
  throw toApiError(answer.status, answer.body);
}
