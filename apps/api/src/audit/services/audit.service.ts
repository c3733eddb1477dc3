import { Injectable } from '@nestjs/common';
import { type AuditRow, AuditRepository } from '../repositories/audit.repository';

/** Who did what, when: uploads, reviews, logins, user changes. */
@Injectable()
export class AuditService {
  constructor(private readonly repo: AuditRepository) {}

  record(actor: string, action: string, detail?: unknown): Promise<void> {
    return this.repo.insert(actor, action, detail);
  }

  latest(limit: number): Promise<AuditRow[]> {
    return this.repo.latest(Math.min(Math.max(limit, 1), 1000));
  }
}
