import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type SectionId } from '@gongkai/report-format';
import { DataSource } from 'typeorm';

export type SectionsRow = { id: number; agencyId: number; agencyName: string; year: number; sections: { id: SectionId; heading: string; text: string }[] };

const SELECT = `SELECT r.id, r.agency_id AS "agencyId", a.name AS "agencyName", r.year, r.sections FROM reports r JOIN agencies a ON a.id = r.agency_id`;

/** Running text of reports by section, for copied-text comparisons. */
@Injectable()
export class SimilarityRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async byId(id: number): Promise<SectionsRow | null> {
    return ((await this.db.query(`${SELECT} WHERE r.id = $1`, [id])) as SectionsRow[])[0] ?? null;
  }

  async current(agencyId: number, year: number): Promise<SectionsRow | null> {
    return ((await this.db.query(`${SELECT} WHERE r.agency_id = $1 AND r.year = $2 AND r.status = 'current'`, [agencyId, year])) as SectionsRow[])[0] ?? null;
  }

  /** Current reports of the year of other agencies, within `regions` (null = all). */
  peers(year: number, agencyId: number, regions: string[] | null): Promise<SectionsRow[]> {
    return this.db.query(
      `${SELECT} WHERE r.year = $1 AND r.status = 'current' AND r.agency_id <> $2 AND ($3::text[] IS NULL OR a.region_codes && $3)`,
      [year, agencyId, regions],
    );
  }
}
