import { BadRequestException, Injectable } from '@nestjs/common';
import { type AuditQuery, type AuditRow, AuditRepository } from '../repositories/audit.repository';

/** Who did what, when: uploads, reviews, logins, user changes. */
@Injectable()
export class AuditService {
  constructor(private readonly repo: AuditRepository) {}

  record(actor: string, action: string, detail?: unknown): Promise<void> {
    return this.repo.insert(actor, action, detail);
  }

  latest(limit: number, q: AuditQuery = {}): Promise<AuditRow[]> {
    if (q.before != null && !/^[1-9]\d{0,17}$/.test(q.before)) throw new BadRequestException(`before: "${q.before}" is not an audit entry id`);
    const text = (v?: string | null) => (v == null || v.trim() === '' ? null : v.trim());
    return this.repo.latest(Math.min(Math.max(limit, 1), 1000), { action: text(q.action), actor: text(q.actor), before: q.before ?? null });
  }

  actions(): Promise<string[]> {
    return this.repo.actions();
  }
}
