/** A figure for a wider scope than the agency's own tables (全市, 各部门 …). */
export const SCOPE = /全市|全区|全县|全省|全州|全旗|全镇|全乡|全街道|各部门|各单位|各乡镇|各街道|各县|各区|市直|区直|县直|所属|下属|系统内/;
/** A comparison or last year's figure, not this year's. */
export const COMPARE = /上年|去年|上一年|同比|较|比上|相比|增长|增加|减少|下降/;
/** Approximate figures are not compared ("100余条", "约50件"). */
export const APPROX_BEFORE = /(?:约|近|逾|超过|超|大约|将近|接近|不足|不到)\s*$/;
export const APPROX_AFTER = /^\s*(?:余|多|左右|以上|以下|上下)/;
/** Other request channels whose counts are not table 3 (hotlines, mailboxes, petitions). */
export const OTHER_CHANNELS = /热线|信箱|工单|信件|留言|来信|来电|来访|咨询|建议|提案|诉求|12345/;

/** A year other than the report year mentioned before the figure: a figure of another year. */
export function otherYear(prefix: string, year: number | null): boolean {
  for (const m of prefix.matchAll(/(\d{4})\s*年/g)) if (year == null || Number(m[1]) !== year) return true;
  return false;
}
