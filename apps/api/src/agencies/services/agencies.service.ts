import { Injectable } from '@nestjs/common';
import { METRICS } from '@gongkai/report-format';
import { agencyTypeLabel, allAgencyTypes } from '../agency-types';
import { type AgencyDto } from '../dtos/outputs/agency.dto';
import { type AgencyTypeDto } from '../dtos/outputs/agency-type.dto';
import { type MetricDto } from '../dtos/outputs/metric.dto';
import { type RegionDto } from '../dtos/outputs/region.dto';
import { RegionScope } from '../../workbench/scope/region-scope.service';
import { type AgencyRow, AgenciesRepository } from '../repositories/agencies.repository';

export const toAgencyDto = (a: AgencyRow): AgencyDto => ({
  id: String(a.id), name: a.name, aliases: a.aliases, type: a.type, typeLabel: agencyTypeLabel(a.type),
  level: a.level, regionCode: a.regionCode, reportCount: a.reportCount,
});

@Injectable()
export class AgenciesService {
  constructor(private readonly repo: AgenciesRepository, private readonly scope: RegionScope) {}

  regions(parentCode: string | null): Promise<RegionDto[]> {
    return this.repo.regionsByParent(parentCode);
  }

  async agencies(search: string | null, regionCodes: string[] | null, types: string[] | null, limit: number): Promise<AgencyDto[]> {
    const rows = await this.repo.search(search?.replace(/\s+/g, '') || null, await this.scope.narrow(regionCodes), types?.length ? types : null, Math.min(Math.max(limit, 1), 1000));
    return rows.map(toAgencyDto);
  }

  agencyTypes(): AgencyTypeDto[] {
    return allAgencyTypes().map((t) => ({ id: t.key, label: { zh: t.zh, en: t.en } }));
  }

  metrics(): MetricDto[] {
    return METRICS.map((m) => ({ id: m.id, label: { zh: m.zh, en: m.en }, unit: m.unit, category: m.category, kind: m.kind }));
  }
}
