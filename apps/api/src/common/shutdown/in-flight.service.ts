import { type BeforeApplicationShutdown, Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { AppConfigService } from '../../config/services/app-config.service';

/**
 * Imports in progress. On shutdown (SIGTERM/SIGINT → app.close()) new imports are refused with
 * 503 and the running ones are awaited before the database pool closes (TypeORM closes it in
 * onApplicationShutdown, after this hook). Each report is its own transaction, so one cut off
 * by a hard kill past the grace period rolls back whole.
 */
@Injectable()
export class InFlightService implements BeforeApplicationShutdown {
  private readonly log = new Logger('Shutdown');
  private readonly running = new Set<Promise<unknown>>();
  private closing = false;

  constructor(private readonly config: AppConfigService) {}

  get count(): number {
    return this.running.size;
  }

  /** Runs `work` as tracked in-flight work; refused once the server is stopping. */
  async run<T>(what: string, work: () => Promise<T>): Promise<T> {
    if (this.closing) throw new ServiceUnavailableException(`the server is shutting down: ${what} refused, try again when it is back`);
    const p = work();
    this.running.add(p);
    try {
      return await p;
    } finally {
      this.running.delete(p);
    }
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.closing = true;
    if (this.running.size === 0) return;
    const grace = this.config.app.shutdownGraceSeconds * 1000;
    this.log.log(`${signal ?? 'close'}: waiting up to ${grace / 1000} s for ${this.running.size} import(s) in progress`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), grace); });
    const done = Promise.allSettled([...this.running]).then(() => 'done' as const);
    const how = await Promise.race([done, timeout]);
    clearTimeout(timer);
    this.log.log(how === 'done' ? 'imports finished' : `imports still running after ${grace / 1000} s: their open transactions roll back when the pool closes`);
  }
}
