import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type AuditRow = { id: string; at: Date; actor: string; action: string; detail: unknown };

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(actor: string, action: string, detail: unknown): Promise<void> {
    await this.db.query(`INSERT INTO audit_log (actor, action, detail) VALUES ($1, $2, $3)`, [actor, action, JSON.stringify(detail ?? null)]);
  }

  latest(limit: number): Promise<AuditRow[]> {
    return this.db.query(`SELECT id::text, at, actor, action, detail FROM audit_log ORDER BY at DESC, id DESC LIMIT $1`, [limit]);
  }
}
