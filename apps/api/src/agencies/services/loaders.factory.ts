import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type AgencyDto } from '../dtos/outputs/agency.dto';
import { type RegionDto } from '../dtos/outputs/region.dto';
import { AgenciesRepository } from '../repositories/agencies.repository';
import { toAgencyDto } from './agencies.service';

export type Loaders = {
  agency: DataLoader<number, AgencyDto | null>;
  region: DataLoader<string, RegionDto | null>;
};

/** Per-request batch loaders: one query for all agencies (regions) a response mentions. */
@Injectable()
export class LoadersFactory {
  constructor(private readonly repo: AgenciesRepository) {}

  create(): Loaders {
    return {
      agency: new DataLoader(async (ids) => {
        const byId = new Map((await this.repo.agenciesByIds(ids)).map((a) => [a.id, toAgencyDto(a)]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      region: new DataLoader(async (codes) => {
        const byCode = new Map((await this.repo.regionsByCodes(codes)).map((r) => [r.code, r]));
        return codes.map((c) => byCode.get(c) ?? null);
      }),
    };
  }
}
