import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { gazetteer, type Region } from '@gongkai/report-corpus';
import { DataSource } from 'typeorm';
import { type RegionRow } from '../../agencies/repositories/agencies.repository';
import { agencyTypeLabel } from '../../agencies/agency-types';
import { AuditService } from '../../audit/services/audit.service';
import { RegionDirectory } from '../../ingestion/services/region-directory.service';
import { agencyNameKey } from '../../ingestion/utils/agency-name-key';
import { RegionScope } from '../scope/region-scope.service';
import { type AgencyUpdateInput, type DirectoryAgencyDto, type DirectoryImportResultDto, type DirectoryPageDto } from './directory.dto';
import { DirectoryInputError } from './directory.errors';
import { agencyTypeOf, directoryRows, type DirectoryRow } from './directory-rows';
import { DirectoryRepository, type DirectoryRowOut } from './directory.repository';
import { readTableFile } from './read-table-file';

const LEVELS = ['province', 'city', 'county'];
const TOWNSHIP = /(镇|乡|街道)(人民政府|政府|办事处)/u;
const levelOf = (name: string, chain: RegionRow[]) => (TOWNSHIP.test(name) ? 'township' : LEVELS[Math.min(chain[chain.length - 1].level, 3) - 1]);
const toDto = (r: DirectoryRowOut): DirectoryAgencyDto => ({
  id: String(r.id), name: r.name, type: r.type, typeLabel: agencyTypeLabel(r.type), level: r.level, regionCode: r.regionCode,
  regionName: r.regionName, parentId: r.parentId != null ? String(r.parentId) : null, parentName: r.parentName, reportCount: r.reportCount,
});

/** The agency directory (who must publish): listed, imported from CSV/XLSX, edited; scoped to the caller's regions. */
@Injectable()
export class DirectoryService {
  private readonly byCode = new Map<string, Region>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: DirectoryRepository,
    private readonly regions: RegionDirectory,
    private readonly scope: RegionScope,
    private readonly audit: AuditService,
  ) {
    const g = gazetteer();
    for (const r of [...g.provinces, ...g.cities, ...g.counties]) if (!this.byCode.has(r.code6)) this.byCode.set(r.code6, r);
  }

  async list(search: string | null, regionCode: string | null, limit: number, offset: number): Promise<DirectoryPageDto> {
    const regions = await this.scope.narrow(regionCode ? [regionCode] : null);
    const s = search?.replace(/\s+/g, '') || null;
    const [rows, totalCount] = await Promise.all([this.repo.list(s, regions, Math.min(Math.max(limit, 1), 500), Math.max(offset, 0)), this.repo.count(s, regions)]);
    return { nodes: rows.map(toDto), totalCount };
  }

  /** Region chain of a code (known region or gazetteer) or of names "安徽省/淮北市". */
  async chainOf(text: string, agencyName: string): Promise<RegionRow[] | null> {
    const t = text.trim();
    if (/^[0-9A-Za-z-]+$/.test(t)) {
      const known: RegionRow[] = await this.db.query(
        `WITH RECURSIVE up AS (SELECT code, name, level, parent_code, full_name, 0 AS d FROM regions WHERE code = $1
           UNION ALL SELECT g.code, g.name, g.level, g.parent_code, g.full_name, up.d + 1 FROM regions g JOIN up ON g.code = up.parent_code)
         SELECT code, name, level, parent_code AS "parentCode", full_name AS "fullName" FROM up ORDER BY d DESC`,
        [t],
      );
      if (known.length) return known;
      const g = this.byCode.get(t);
      return g ? this.regions.resolve(g.path, agencyName) : null;
    }
    const names = t.split(/[/／>＞\s、,，-]+/u).filter(Boolean);
    return names.length ? this.regions.resolve(names, agencyName) : null;
  }

  async import(actor: string, fileName: string, bytes: Uint8Array): Promise<DirectoryImportResultDto> {
    const rows = directoryRows(fileName, await readTableFile(fileName, bytes));
    const resolved: (DirectoryRow & { chain: RegionRow[] })[] = [];
    for (const r of rows) {
      const chain = await this.chainOf(r.region, r.name);
      if (!chain) throw new DirectoryInputError(fileName, r.line, `region "${r.region}" is neither a region code nor region names`);
      if (!this.scope.allowsChain(chain.map((c) => c.code))) throw new DirectoryInputError(fileName, r.line, `region "${r.region}" is outside your regions`);
      resolved.push({ ...r, chain });
    }
    let added = 0;
    await this.db.transaction(async (em) => {
      const ids = new Map<string, { id: number; chain: string[] }[]>();
      for (const r of resolved) {
        const key = agencyNameKey(r.name);
        const out = await this.repo.upsert(em, { name: r.name, key, type: r.type, level: levelOf(r.name, r.chain), regions: r.chain });
        if (out.inserted) added++;
        ids.set(key, [...(ids.get(key) ?? []), { id: out.id, chain: r.chain.map((c) => c.code) }]);
      }
      const known = await this.repo.byNameKeys([...new Set(resolved.filter((r) => r.parent).map((r) => agencyNameKey(r.parent!)))]);
      for (const r of resolved) {
        if (!r.parent) continue;
        const key = agencyNameKey(r.parent);
        const candidates = [...(ids.get(key) ?? []), ...known.filter((k) => k.nameKey === key).map((k) => ({ id: k.id, chain: k.regionCodes }))];
        // The same name in several regions: the one on this agency's own region path.
        const own = r.chain.map((c) => c.code);
        const parent = candidates.find((c) => c.chain.every((code) => own.includes(code))) ?? candidates[0];
        if (!parent) throw new DirectoryInputError(fileName, r.line, `parent agency "${r.parent}" is neither in the file nor in the directory`);
        const self = ids.get(agencyNameKey(r.name))!.find((x) => x.chain.join() === own.join())!;
        await this.repo.setParent(em, self.id, parent.id === self.id ? null : parent.id);
      }
    });
    await this.audit.record(actor, 'directory-import', { file: fileName, rows: rows.length, added });
    return { rows: rows.length, added, updated: rows.length - added };
  }

  async update(actor: string, id: number, input: AgencyUpdateInput): Promise<DirectoryAgencyDto> {
    const current = await this.repo.byId(id);
    if (!current || !this.scope.allowsChain(current.regionCodes)) throw new NotFoundException(`agency ${id} does not exist`);
    const name = input.name?.replace(/\s+/g, '') || current.name;
    const type = input.type != null && input.type !== '' ? agencyTypeOf(input.type, name) : current.type;
    if (!type) throw new BadRequestException(`unknown agency type "${input.type}"`);
    const chain = input.regionCode ? await this.chainOf(input.regionCode, name) : null;
    if (input.regionCode && !chain) throw new BadRequestException(`unknown region "${input.regionCode}"`);
    if (chain && !this.scope.allowsChain(chain.map((c) => c.code))) throw new BadRequestException(`region "${input.regionCode}" is outside your regions`);
    const parentId = input.parentId === undefined ? current.parentId : input.parentId == null ? null : Number(input.parentId);
    if (parentId === id) throw new BadRequestException('an agency cannot be its own parent');
    await this.db.transaction(async (em) => {
      if (chain) await this.repo.upsertRegions(em, chain);
      const codes = chain ? chain.map((c) => c.code) : current.regionCodes;
      await this.repo.update(em, id, name, agencyNameKey(name), type, chain ? levelOf(name, chain) : current.level, codes);
      await this.repo.setParent(em, id, parentId);
    }).catch((e: { code?: string }) => {
      if (e.code === '23505') throw new BadRequestException(`another agency named ${name} already exists in that region`);
      if (e.code === '23503') throw new BadRequestException(`parent agency ${String(parentId)} does not exist`);
      throw e;
    });
    await this.audit.record(actor, 'directory-edit', { id, ...input });
    return toDto((await this.repo.byId(id))!);
  }
}
