import type { AttachmentDto } from '../../../core/servicedesk/attachments';
import type { CommentVisibility } from '../../../core/servicedesk/tickets';
import { api } from '../../api/client';
import { uploadFile } from '../../api/upload';

export const ATTACHMENTS = ['ticket-attachments'] as const;

export const attachmentsApi = {
  ofTicket: (ticketId: string) => api.get<{ items: AttachmentDto[] }>(`/api/tickets/${ticketId}/attachments`),
  /** Sends the file as it is: the server judges its type by its content. */
  upload: (options: {
    ticketId: string;
    file: File;
    visibility: CommentVisibility;
    onProgress: (share: number) => void;
  }) =>
    uploadFile<AttachmentDto>({
      path: `/api/tickets/${options.ticketId}/attachments?${new URLSearchParams({
        name: options.file.name,
        visibility: options.visibility,
      })}`,
      file: options.file,
      contentType: 'application/octet-stream',
      onProgress: options.onProgress,
    }),
  contentUrl: (id: string) => `/api/ticket-attachments/${id}/content`,
};
