/**
 * The outbox's sender at volume: N queued messages sent to a local SMTP server (npm smtp-server)
 * by one sender, then by two in parallel (on PostgreSQL two connection pools, as two servers), in
 * rounds of the configured batch. Reports messages per second and checks each arrived once.
 *
 *   npm run bench:outbox                       # PGlite
 *   DATABASE_URL=postgresql://… npm run bench:outbox
 *   npm run bench:outbox -- --messages 5000
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/server/config';
import type { Database } from '../src/server/db/client';
import { smtpMailer } from '../src/server/notifications/mailer';
import { queueMessages } from '../src/server/notifications/outbox/record';
import { sendDueMessages } from '../src/server/notifications/outbox/sender';
import { startSmtp } from '../src/server/testing/smtp';
import { freshDatabase } from '../src/server/testing/test-database';

const { values } = parseArgs({ options: { messages: { type: 'string', default: '2000' } } });
const N = Number(values.messages);
const config = loadConfig({ DATA_DIR: '/tmp/unused', LOG_LEVEL: 'silent' });

async function run(senders: number): Promise<{ ms: number; received: number; unique: number }> {
  const database = await freshDatabase();
  const pools: Database[] = [database];
  for (let i = 1; i < senders; i++) pools.push(await database.openAnother());
  const smtp = await startSmtp();
  const mailer = smtpMailer(smtp.url, 'bench@centrale.example');
  const now = new Date();
  for (let i = 0; i < N; i += 500) {
    await database.db.transaction((tx) =>
      queueMessages(
        tx,
        now,
        Array.from({ length: Math.min(500, N - i) }, (_, j) => ({
          kind: 'ticket_created' as const,
          recipient: `r${i + j}@example.test`,
          language: 'nl' as const,
          subject: `Bericht ${i + j}`,
          body: 'Een bericht van de benchmark.\n',
        })),
      ),
    );
  }
  const started = performance.now();
  await Promise.all(
    pools.map(async (pool) => {
      for (;;) {
        const r = await sendDueMessages({ database: pool, config, clock: () => new Date() }, mailer);
        if (r.claimed === 0) return;
      }
    }),
  );
  const ms = performance.now() - started;
  const ids = smtp.received.map((m) => m.messageId);
  mailer.close();
  await smtp.close();
  for (const pool of pools.slice(1)) if (pool !== database) await pool.close();
  await database.close();
  return { ms, received: ids.length, unique: new Set(ids).size };
}

const driver = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
console.log(`outbox sender, ${N} messages, batch ${config.outbox.batchSize}, ${driver}`);
for (const senders of [1, 2]) {
  const r = await run(senders);
  console.log(
    `  ${senders} sender(s): ${r.ms.toFixed(0)} ms, ${((N / r.ms) * 1000).toFixed(0)} messages/s, ` +
      `received ${r.received}, unique ${r.unique}${r.received === N && r.unique === N ? '' : '  ← NOT ONCE EACH'}`,
  );
}
