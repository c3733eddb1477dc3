import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DeepPartial, type RiskThresholds } from '@gongkai/report-review';
import { DataSource } from 'typeorm';

/** The one row of review settings an admin edits (risk thresholds over the defaults). */
@Injectable()
export class ReviewSettingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async thresholds(): Promise<DeepPartial<RiskThresholds>> {
    const rows: { t: DeepPartial<RiskThresholds> }[] = await this.db.query(`SELECT risk_thresholds AS t FROM review_settings WHERE id = 1`);
    return rows[0]?.t ?? {};
  }

  async saveThresholds(t: DeepPartial<RiskThresholds>, by: string): Promise<void> {
    await this.db.query(
      `INSERT INTO review_settings (id, risk_thresholds, updated_by) VALUES (1, $1, $2)
       ON CONFLICT (id) DO UPDATE SET risk_thresholds = EXCLUDED.risk_thresholds, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [JSON.stringify(t), by],
    );
  }
}
