import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type AuditRow = { id: string; at: Date; actor: string; action: string; detail: unknown };
/** Narrows the log: exact action, actor containing the text (any case), entries older than `before` (an id). */
export type AuditQuery = { action?: string | null; actor?: string | null; before?: string | null };

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(actor: string, action: string, detail: unknown): Promise<void> {
    await this.db.query(`INSERT INTO audit_log (actor, action, detail) VALUES ($1, $2, $3)`, [actor, action, JSON.stringify(detail ?? null)]);
  }

  latest(limit: number, q: AuditQuery = {}): Promise<AuditRow[]> {
    // strpos, not ILIKE: the actor text is matched literally (no % or _ wildcards from the user).
    return this.db.query(
      `SELECT id::text, at, actor, action, detail FROM audit_log
        WHERE ($2::text IS NULL OR action = $2)
          AND ($3::text IS NULL OR strpos(lower(actor), lower($3)) > 0)
          AND ($4::bigint IS NULL OR id < $4)
        ORDER BY at DESC, id DESC LIMIT $1`,
      [limit, q.action ?? null, q.actor ?? null, q.before ?? null],
    );
  }

  /** The actions the log holds, for a filter's choices. */
  async actions(): Promise<string[]> {
    const rows: { action: string }[] = await this.db.query(`SELECT action FROM audit_log GROUP BY action ORDER BY action COLLATE "C"`);
    return rows.map((r) => r.action);
  }
}
