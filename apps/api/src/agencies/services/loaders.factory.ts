import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ResultCache } from '../../common/cache/result-cache.service';
import { type AgencyDto } from '../dtos/outputs/agency.dto';
import { type RegionDto } from '../dtos/outputs/region.dto';
import { AgenciesRepository } from '../repositories/agencies.repository';
import { toAgencyDto } from './agencies.service';

export type Loaders = {
  agency: DataLoader<number, AgencyDto | null>;
  region: DataLoader<string, RegionDto | null>;
};

/**
 * Per-request batch loaders: one query for all agencies (regions) a response mentions. The
 * batches go through the result cache, so a repeated dashboard page (a list of 50 flags with
 * their agencies and regions) asks the database nothing until the data changes.
 */
@Injectable()
export class LoadersFactory {
  constructor(private readonly repo: AgenciesRepository, private readonly cache: ResultCache) {}

  create(): Loaders {
    return {
      agency: new DataLoader(async (ids) => {
        const rows = await this.cache.get('agenciesByIds', ids, () => this.repo.agenciesByIds(ids));
        const byId = new Map(rows.map((a) => [a.id, toAgencyDto(a)]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      region: new DataLoader(async (codes) => {
        const rows = await this.cache.get('regionsByCodes', codes, () => this.repo.regionsByCodes(codes));
        const byCode = new Map(rows.map((r) => [r.code, r]));
        return codes.map((c) => byCode.get(c) ?? null);
      }),
    };
  }
}
