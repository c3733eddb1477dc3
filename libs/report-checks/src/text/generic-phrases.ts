// What makes a "存在的主要问题及改进情况" section boilerplate: stock phrases that fit any agency
// in any year. The lexicon was written from the generic sections real reports repeat
// ("取得了一定成效，但仍存在一些不足…有待进一步提高…下一步将进一步加强…"); words that name a
// concrete thing (栏目, 科室, 依申请答复, a number) are deliberately not in it.

/** Stock phrases, longest first where they overlap. */
const STOCK: readonly RegExp[] = [
  /取得了?一定(?:的)?(?:成效|成绩|进展)/g,
  /(?:但|但是)?(?:仍然|仍|还|也)?存在(?:着)?(?:一些|一定的?|部分|诸多|以下)?(?:问题|不足|短板|差距|薄弱环节)(?:和|与|及)?(?:不足)?/g,
  /与(?:上级|群众|公众|社会|人民群众|新形势|新要求)(?:的)?(?:要求|期待|期望|需求|需要)(?:相比|相比较)?(?:还有|仍有|尚有|存在)?(?:一定)?(?:的)?(?:差距)?/g,
  /(?:还|仍|尚)?(?:有待|需要|需)(?:进一步)?(?:加强|提高|提升|完善|改进|深化|规范|拓展|加大)/g,
  /(?:不够|不太|还不)(?:深入|全面|及时|规范|充分|到位|完善|丰富|细致|高)/g,
  /(?:主动)?公开(?:的)?(?:深度|广度|力度|及时性|全面性|准确性|规范性|质量|内容)(?:和|与|、)?(?:深度|广度|力度|及时性|全面性|准确性|规范性)?/g,
  /(?:工作)?人员(?:的)?(?:业务)?(?:能力|水平|素质|素养)/g,
  /(?:业务|理论|政策)(?:能力|水平|知识|培训|学习)/g,
  /(?:学习|业务|教育)?培训(?:学习)?/g,
  /下一步|今后|新的一年|(?:\d{4}|明)年/g,
  /(?:我|本)(?:局|单位|委|办|院|中心|镇|乡|街道|县|区|市|机关|部门|厅|署|站|所)(?:将)?/g,
  /进一步|不断|持续|切实|认真|积极|继续|努力|全面|着力|大力|扎实|始终|坚持|严格|按照|围绕|结合/g,
  /加强|提高|提升|完善|推进|推动|做好|做实|落实|规范|强化|加大|深化|优化|健全|改进|增强|确保|保障/g,
  /(?:政府信息公开|政务公开|信息公开)(?:工作)?/g,
  /工作(?:机制|水平|质量|制度|力度|实效|成效|要求|意识|人员)?/g,
  /意识|力度|质量|水平|实效|成效|标准化|规范化|制度化|常态化|长效机制|机制|制度|体系|能力|要求|形势/g,
  /(?:存在|主要|问题|不足|情况|方面|以下|方式|形式|内容|有关|相关|各项|一些|一定|部分|个别)/g,
  /[的了和与及等是在对为把将要并也还仍更好使以从于中上下其之所被有无]/g,
];

const NOT_CONTENT = /[^\p{L}\p{N}]+/gu;
const HIGH_SURROGATE = /[\ud800-\udbff]/;
/** Letters, digits and ideographs, counted by code point (without building a list of them). */
function countContent(s: string): number {
  const t = s.replace(NOT_CONTENT, '');
  let n = t.length;
  // What is left is whole code points: an astral one is two code units, counted once.
  if (HIGH_SURROGATE.test(t)) for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 0xd800 && t.charCodeAt(i) <= 0xdbff) n--;
  return n;
}

/** Compared characters of a text: letters, digits and ideographs. */
export const contentChars = countContent;

/** Characters left once the stock phrases are taken out, and the share of the text they make (`total`: contentChars(text), when known). */
export function specificity(text: string, total = countContent(text)): { total: number; specific: number; share: number } {
  let rest = text;
  for (const re of STOCK) rest = rest.replace(re, ' ');
  const specific = countContent(rest);
  return { total, specific, share: total === 0 ? 0 : specific / total };
}

/** A sentence that names a problem. */
export const PROBLEM_CUE = /问题|不足|短板|差距|薄弱|欠缺|不够|不高|不强|不全|不到位|不及时|不规范|不完善|不平衡|不充分|不深入|滞后|有待|较少|单一|偏少|偏低|偏弱|不明显|困难/;
/** A sentence that names a measure. */
export const MEASURE_CUE = /下一步|今后|将|拟|计划|措施|整改|改进|推动|加强|完善|提升|健全|建立|开展|落实/;
