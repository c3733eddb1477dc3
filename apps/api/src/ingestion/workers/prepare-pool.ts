import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type PreparedReport } from '../prepared-report';
import { type PrepareRequest, type PrepareResponse } from './prepare-messages';

type Pending = { resolve: (p: PreparedReport) => void; reject: (e: Error) => void; bytes: Uint8Array };

/**
 * Worker threads that parse and check documents (one per core): the main thread is left to
 * hash, batch and write. Used by bulk imports from the built code (dist), not by tests.
 */
export class PreparePool {
  private readonly workers: Worker[];
  private readonly load: number[];
  private readonly owner = new Map<number, number>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(size: number, script = join(__dirname, 'prepare-worker.js')) {
    this.workers = Array.from({ length: Math.max(1, size) }, (_, w) => {
      const worker = new Worker(script);
      worker.on('message', (res: PrepareResponse) => this.settle(w, res));
      worker.on('error', (e) => this.failAll(w, e));
      return worker;
    });
    this.load = this.workers.map(() => 0);
  }

  prepare(fileName: string, bytes: Uint8Array, hash: string): Promise<PreparedReport> {
    const id = this.nextId++;
    const w = this.load.indexOf(Math.min(...this.load));
    this.load[w] += 1;
    this.owner.set(id, w);
    return new Promise<PreparedReport>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, bytes });
      const req: PrepareRequest = { id, fileName, bytes, hash };
      this.workers[w].postMessage(req);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private settle(w: number, res: PrepareResponse): void {
    const p = this.pending.get(res.id);
    if (!p) return;
    this.pending.delete(res.id);
    this.owner.delete(res.id);
    this.load[w] -= 1;
    if (res.ok) p.resolve({ ...res.prepared, bytes: p.bytes });
    else p.reject(new Error(res.message));
  }

  private failAll(w: number, e: Error): void {
    for (const [id, owner] of this.owner) {
      if (owner !== w) continue;
      this.pending.get(id)?.reject(e);
      this.pending.delete(id);
      this.owner.delete(id);
    }
  }
}
