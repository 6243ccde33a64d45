import { defineMessages } from '../../i18n/define';

const nl = {
  attachments: {
    title: 'Bijlagen',
    none: 'Nog geen bijlagen.',
    file: 'Bestand',
    fileHint: 'PDF, foto of schermafdruk, pcap-opname, WAV/MP3 of een tekstbestand (log, SIP-trace)',
    internal: 'Alleen voor de servicedesk (intern)',
    upload: 'Toevoegen',
    uploading: 'Bezig met versturen',
    uploaded: '{{name}} is bij de melding gevoegd.',
    name: 'Naam',
    kind: 'Soort',
    size: 'Grootte',
    by: 'Door',
    at: 'Op',
    download: '{{name}} downloaden',
    closed: 'Deze melding is gesloten; er kunnen geen bijlagen meer bij.',
    internalBadge: 'Intern',
  },
  audit: {
    entityTypes: { ticket_attachment: 'Bijlage bij melding' },
    fields: {
      ticket_attachment: {
        ticketId: 'Melding',
        number: 'Nummer',
        visibility: 'Zichtbaarheid',
        name: 'Naam',
        kind: 'Soort',
        sizeBytes: 'Grootte (bytes)',
        sha256: 'SHA-256',
      },
    },
  },
};

const en: typeof nl = {
  attachments: {
    title: 'Attachments',
    none: 'No attachments yet.',
    file: 'File',
    fileHint: 'PDF, photo or screenshot, pcap capture, WAV/MP3 or a text file (log, SIP trace)',
    internal: 'For the service desk only (internal)',
    upload: 'Attach',
    uploading: 'Sending',
    uploaded: '{{name}} is attached to the ticket.',
    name: 'Name',
    kind: 'Kind',
    size: 'Size',
    by: 'By',
    at: 'At',
    download: 'Download {{name}}',
    closed: 'This ticket is closed; it takes no more attachments.',
    internalBadge: 'Internal',
  },
  audit: {
    entityTypes: { ticket_attachment: 'Ticket attachment' },
    fields: {
      ticket_attachment: {
        ticketId: 'Ticket',
        number: 'Number',
        visibility: 'Visibility',
        name: 'Name',
        kind: 'Kind',
        sizeBytes: 'Size (bytes)',
        sha256: 'SHA-256',
      },
    },
  },
};

export const attachmentMessages = defineMessages(nl, en);
