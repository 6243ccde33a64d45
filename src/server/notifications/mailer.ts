import nodemailer from 'nodemailer';

/** One e-mail as the outbox hands it over. */
export type Mail = { messageId: string; to: string; subject: string; text: string; language: 'nl' | 'en' };

export type SendResult = { ok: true } | { ok: false; permanent: boolean; error: string };

/** What sends e-mail (SMTP through nodemailer); the outbox's sender job is its only user. */
export type Mailer = {
  send(mail: Mail): Promise<SendResult>;
  close(): void;
};

/**
 * An SMTP mailer for `SMTP_URL` (smtp://user:pass@host:port, smtps:// for TLS from the start).
 * A reply of the 5xx class is permanent (the message fails at once); anything else — a 4xx
 * reply, a refused or broken connection, a timeout — is tried again later.
 */
export function smtpMailer(url: string, from: string, options: { timeoutMs?: number } = {}): Mailer {
  const timeout = options.timeoutMs ?? 30_000;
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  // A pool: one round's messages go over a few kept connections, not one connection each.
  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: 2,
    host: parsed.hostname,
    port: parsed.port === '' ? (secure ? 465 : 587) : Number(parsed.port),
    secure,
    ...(parsed.username === ''
      ? {}
      : { auth: { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } }),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    async send(mail) {
      try {
        await transport.sendMail({
          from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          // A stable id: a receiver can tell a resend after a lost acknowledgement from a new message.
          messageId: mail.messageId,
          headers: { 'Content-Language': mail.language, 'Auto-Submitted': 'auto-generated' },
        });
        return { ok: true };
      } catch (err) {
        const code = (err as { responseCode?: unknown }).responseCode;
        const permanent = typeof code === 'number' && code >= 500 && code < 600;
        const error = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
        return { ok: false, permanent, error };
      }
    },
    close: () => transport.close(),
  };
}
