import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { gazetteer, type Region } from '@gongkai/report-corpus';
import { type RegionRow } from '../../agencies/repositories/agencies.repository';

const LEVEL = { province: 1, city: 2, county: 3 } as const;
export const UNKNOWN_REGION: RegionRow = { code: '000000', name: '未知地区', level: 1, parentCode: null, fullName: '未知地区' };

const row = (r: Region): RegionRow => ({
  code: r.code6, name: r.name, level: LEVEL[r.level], parentCode: r.parent?.code6 ?? null, fullName: r.path.join(''),
});

/** Names match with or without their 省/市/区/县 suffix ("安徽" = "安徽省"). */
const bare = (name: string): string => name.replace(/(省|市|自治区|特别行政区|地区|自治州|盟|区|县|自治县|旗)$/u, '');

/**
 * Maps the region names a report gives (["安徽省", "淮北市"]) to administrative division
 * codes from the gazetteer, as the chain province → city → county. Names the gazetteer does
 * not know get a stable synthetic code under their known parent.
 */
@Injectable()
export class RegionDirectory {
  private readonly children = new Map<string, Region[]>();

  constructor() {
    const { provinces, cities, counties } = gazetteer();
    for (const r of [...provinces, ...cities, ...counties]) {
      const parent = r.parent?.code6 ?? '';
      const list = this.children.get(parent) ?? [];
      list.push(r);
      this.children.set(parent, list);
    }
  }

  resolve(names: readonly string[], agencyName: string): RegionRow[] {
    const clean = names.map((n) => n.trim()).filter((n) => n.length > 0);
    return clean.length > 0 ? this.byNames(clean) : this.fromAgencyName(agencyName);
  }

  private child(parent: string, name: string): Region | undefined {
    const list = this.children.get(parent) ?? [];
    return list.find((r) => r.name === name) ?? list.find((r) => bare(r.name) === bare(name));
  }

  private byNames(names: string[]): RegionRow[] {
    const chain: RegionRow[] = [];
    let parent = '';
    for (const name of names) {
      const found = this.child(parent, name);
      if (found) {
        chain.push(row(found));
        parent = found.code6;
        continue;
      }
      const up = chain.at(-1);
      const code = `${up?.code ?? 'X'}-${createHash('sha1').update(name).digest('hex').slice(0, 6)}`;
      chain.push({ code, name, level: (up?.level ?? 0) + 1, parentCode: up?.code ?? null, fullName: `${up?.fullName ?? ''}${name}` });
      parent = code;
    }
    return chain;
  }

  /** No region given: read it off the start of the agency name ("淮安市洪泽区人民政府"). */
  private fromAgencyName(agencyName: string): RegionRow[] {
    const start = this.startRegion(agencyName);
    if (!start) return [UNKNOWN_REGION];
    const path: Region[] = [];
    for (let r: Region | undefined = start; r; r = r.parent) path.unshift(r);
    // Then further down, as long as the name goes on with a child region.
    let rest = agencyName.slice(start.name.length);
    for (let node = start; ; ) {
      const child = (this.children.get(node.code6) ?? []).filter((c) => rest.startsWith(c.name)).sort((a, b) => b.name.length - a.name.length)[0];
      if (!child) break;
      path.push(child);
      rest = rest.slice(child.name.length);
      node = child;
    }
    return path.map(row);
  }

  /** A province the name starts with, else a city or county whose name is unique in the country. */
  private startRegion(agencyName: string): Region | undefined {
    const { provinces, cities, counties } = gazetteer();
    const province = provinces.find((p) => agencyName.startsWith(p.name));
    if (province) return province;
    for (const list of [cities, counties]) {
      const hits = list.filter((r) => agencyName.startsWith(r.name));
      if (hits.length === 1) return hits[0];
    }
    return undefined;
  }
}
