import pg from 'pg';

export type ListenStatus = 'up' | 'down';

export type ListenHandlers = {
  /** One notification's payload. */
  onMessage(payload: string): void;
  /**
   * `'up'`: listening (at the start, and again after a reconnect: whatever was sent meanwhile is
   * lost). `'down'`: the listening connection is lost; notifications may be missed until `'up'`.
   */
  onStatus?(status: ListenStatus): void;
};

export type PgListenOptions = {
  connectionString: string;
  channel: string;
  handlers: ListenHandlers;
  /** Reconnect delays: from `minMs`, doubling up to `maxMs`. */
  backoff?: { minMs: number; maxMs: number };
  /** A `select 1` this often finds a connection that died without a word (a half-open socket). */
  heartbeatMs?: number;
  /** How long the heartbeat may take before the connection is given up. */
  heartbeatTimeoutMs?: number;
  /** Shown in pg_stat_activity (default `centrale-listen`). */
  applicationName?: string;
};

/** The name the listening connection shows in pg_stat_activity. */
export const LISTEN_APPLICATION_NAME = 'centrale-listen';

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * LISTEN on a connection of its own (a pool client would go back to the pool, and its LISTEN with
 * it). When the connection drops it reports `'down'` and reconnects with backoff, reporting `'up'`
 * once it listens again. Resolves after the first attempt, whether it succeeded or not (then it
 * keeps trying); the function it returns stops listening and closes the connection.
 */
export async function listenOnPostgres(options: PgListenOptions): Promise<() => Promise<void>> {
  const { connectionString, channel, handlers } = options;
  const backoff = options.backoff ?? { minMs: 100, maxMs: 5_000 };
  const heartbeatMs = options.heartbeatMs ?? 10_000;
  const heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? 5_000;
  let current: pg.Client | null = null;
  let stopped = false;
  let failures = 0;
  let retry: NodeJS.Timeout | null = null;
  let heartbeat: NodeJS.Timeout | null = null;
  let connecting: Promise<void> | null = null;

  const status = (s: ListenStatus) => {
    try {
      handlers.onStatus?.(s);
    } catch {
      // A handler's failure must not stop the listener.
    }
  };

  const lost = (client: pg.Client) => {
    if (client !== current) return;
    current = null;
    if (heartbeat) clearInterval(heartbeat);
    heartbeat = null;
    // With a query still running (a hung heartbeat), end() destroys the socket.
    client.end().catch(() => {});
    if (stopped) return;
    status('down');
    scheduleRetry();
  };

  const scheduleRetry = () => {
    if (stopped || retry) return;
    const delay = Math.min(backoff.maxMs, backoff.minMs * 2 ** failures);
    failures += 1;
    retry = setTimeout(
      () => {
        retry = null;
        connecting = connect();
      },
      delay * (0.75 + Math.random() * 0.25),
    );
    retry.unref();
  };

  const connect = async (): Promise<void> => {
    const client = new pg.Client({
      connectionString,
      application_name: options.applicationName ?? LISTEN_APPLICATION_NAME,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    // Errors after connecting arrive as events; without a handler they would crash the process.
    client.on('error', () => lost(client));
    client.on('end', () => lost(client));
    client.on('notification', (message) => {
      if (client !== current || message.channel !== channel) return;
      try {
        handlers.onMessage(message.payload ?? '');
      } catch {
        // As above.
      }
    });
    try {
      await client.connect();
      await client.query(`listen ${quoteIdent(channel)}`);
    } catch {
      client.end().catch(() => {});
      scheduleRetry();
      return;
    }
    if (stopped) {
      await client.end().catch(() => {});
      return;
    }
    current = client;
    failures = 0;
    heartbeat = setInterval(() => void beat(client), heartbeatMs);
    heartbeat.unref();
    status('up');
  };

  const beat = async (client: pg.Client) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('heartbeat timed out')), heartbeatTimeoutMs);
    });
    try {
      await Promise.race([client.query('select 1'), timeout]);
    } catch {
      lost(client);
    } finally {
      clearTimeout(timer);
    }
  };

  connecting = connect();
  await connecting;
  if (current === null) status('down');

  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    await connecting;
    if (heartbeat) clearInterval(heartbeat);
    const client = current;
    current = null;
    if (client === null) return;
    // A clean goodbye, but never a hang: a dead socket is destroyed after a second.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      client.end().catch(() => {}),
      new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          resolve();
        }, 1_000);
      }),
    ]);
    clearTimeout(timer);
  };
}
