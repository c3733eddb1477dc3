import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DATA_CHANNEL } from '../../database/migrations/1795628000000-DataChangeNotify';

const RETRY_MS = 1000;

/**
 * A counter bumped whenever the data behind the dashboard may have changed: on each
 * notification of the database's change triggers (any process's commit), on a local write, and
 * whenever the listening connection is lost or regained (notifications may have been missed).
 * `live` is false while not listening: nothing may be cached then. Starts on first use, so
 * processes that never read (the import command) hold no extra connection.
 */
@Injectable()
export class DataVersion implements OnApplicationShutdown {
  private readonly log = new Logger('ResultCache');
  private readonly subscribers = new Set<() => void>();
  private client: Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private started = false;
  private closed = false;
  private value = 0;
  live = false;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get current(): number {
    return this.value;
  }

  /** Calls `fn` on every bump. */
  subscribe(fn: () => void): void {
    this.subscribers.add(fn);
  }

  bump(): void {
    this.value += 1;
    for (const fn of this.subscribers) fn();
  }

  /** Starts listening once (idempotent). */
  listen(): void {
    if (this.started || this.closed) return;
    this.started = true;
    void this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    this.live = false;
    if (this.retry) clearTimeout(this.retry);
    const c = this.client;
    this.client = null;
    await c?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const url = (this.db.options as { url?: string }).url;
    if (!url) return; // no URL to listen with: stay not live (no caching)
    const client = new Client({ connectionString: url, keepAlive: true, application_name: 'gongkai-cache-listener' });
    let gone = false;
    const lost = (why: string) => {
      if (gone) return;
      gone = true;
      if (this.client === client) this.client = null;
      this.live = false;
      this.bump();
      client.end().catch(() => undefined);
      if (this.closed) return;
      this.log.warn(`change listener lost (${why}): caching off until it reconnects`);
      this.retry ??= setTimeout(() => {
        this.retry = null;
        void this.connect();
      }, RETRY_MS);
      this.retry.unref();
    };
    client.on('notification', (m) => {
      if (m.channel === DATA_CHANNEL) this.bump();
    });
    client.on('error', (e) => lost(e.message));
    client.on('end', () => lost('connection ended'));
    try {
      await client.connect();
      await client.query(`LISTEN ${DATA_CHANNEL}`);
    } catch (e) {
      lost(e instanceof Error ? e.message : String(e));
      return;
    }
    if (gone) return;
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    // Whatever was computed before now may have missed a change: start over.
    this.bump();
    this.live = true;
  }
}
