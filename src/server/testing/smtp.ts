import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { messageId: string | null; to: string[]; raw: string };

/**
 * A real SMTP server on 127.0.0.1 (npm smtp-server) for the delivery tests: it keeps what it
 * receives, and `refuse` decides per message whether to answer with an SMTP error instead
 * (`{ code: 451 }` for "try again later", 550 for a permanent refusal).
 */
export async function startSmtp(
  options: {
    refuse?: (mail: { messageId: string | null; attempt: number }) => { code: number } | null;
    delayMs?: number;
  } = {},
) {
  const received: ReceivedMail[] = [];
  const attempts = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const messageId = /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? null;
        const key = messageId ?? raw;
        const attempt = (attempts.get(key) ?? 0) + 1;
        attempts.set(key, attempt);
        const refusal = options.refuse?.({ messageId, attempt }) ?? null;
        const finish = () => {
          if (refusal !== null) {
            callback(
              Object.assign(new Error(`refused with ${refusal.code}`), { responseCode: refusal.code }),
            );
            return;
          }
          received.push({ messageId, to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        };
        if (options.delayMs) setTimeout(finish, options.delayMs);
        else finish();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    /** How often a message reached the server (accepted or refused). */
    attemptsOf: (messageId: string) => attempts.get(messageId) ?? 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
