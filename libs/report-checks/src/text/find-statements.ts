import type { SectionId } from '@gongkai/report-format';
import type { ReportContext } from '../context';
import { APPROX_AFTER, COMPARE, otherYear, SCOPE } from './guards';
import { parseNumber } from './numbers';
import { clausePrefix, clauseRest, sentences } from './spans';
import { ABOUT_DISCLOSURE, STATEMENTS, type StatementDef } from './statements';

export type FoundStatement = {
  def: StatementDef;
  section: SectionId;
  /** The matched words as printed. */
  text: string;
  /** The stated figure (money in 万元). */
  stated: number;
  /** How far a rounded figure may be from the table and still agree. */
  tolerance: number;
  cells: string[];
};

const YUAN_PER: Record<string, number> = { 万元: 1, 亿元: 10000, 元: 0.0001 };

/** Every statement of the text that the tables can confirm, with the cells it is about. */
export function findStatements(ctx: ReportContext): FoundStatement[] {
  const out: FoundStatement[] = [];
  for (const section of ctx.foldedSections()) {
    const text = section.text;
    // A pattern that matches in a sentence also matches somewhere in the whole text (sentence
    // ends are never part of a lookaround the patterns use), so the section is scanned once
    // per pattern and sentences are only searched for the patterns that occur.
    const defs = STATEMENTS.filter((def) => occurs(def.pattern, text));
    if (defs.length === 0) continue;
    for (const sentence of sentences(text)) {
      for (const def of defs) {
        if (def.sentenceMust && !def.sentenceMust.test(sentence.text)) continue;
        if (def.sentenceMustNot?.test(sentence.text)) continue;
        if (def.sections && !def.sections.includes(section.id) && !ABOUT_DISCLOSURE.test(sentence.text)) continue;
        for (const m of allMatches(def.pattern, sentence.text)) {
          const found = accept(ctx, def, section.id, sentence.text, m);
          if (found) out.push(found);
        }
      }
    }
  }
  return out;
}

/** Whether a global pattern matches anywhere in `s` (its lastIndex is left at 0). */
function occurs(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  const hit = re.test(s);
  re.lastIndex = 0;
  return hit;
}

/** Every match of a global pattern, as String.prototype.matchAll gives them (without cloning the pattern). */
function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

function accept(ctx: ReportContext, def: StatementDef, section: SectionId, s: string, m: RegExpExecArray): FoundStatement | null {
  const at = m.index;
  const sentencePrefix = s.slice(0, at);
  const prefix = clausePrefix(s, at);
  const rest = clauseRest(s, at + m[0].length);
  if (SCOPE.test(sentencePrefix) || otherYear(sentencePrefix, ctx.input.year) || COMPARE.test(prefix)) return null;
  if (def.prefixMustNot?.test(prefix)) return null;
  if (def.prefixOnly && !def.prefixOnly.test(prefix.slice(Math.max(prefix.lastIndexOf('、'), prefix.lastIndexOf('(')) + 1))) return null;
  if (def.restMustNot?.test(rest) || APPROX_AFTER.test(rest)) return null;
  if (def.sentenceRestMustNot?.test(s.slice(at + m[0].length))) return null;
  let stated: number;
  let tolerance = 0;
  if (def.stated) stated = def.stated(m);
  else {
    const n = parseNumber(m[1]);
    if (n == null) return null;
    const per = def.unit === 'wanYuan' ? YUAN_PER[m[2]] ?? 1 : 1;
    stated = n * per;
    if (def.unit === 'wanYuan') {
      // A figure rounded in the text ("3227万元") agrees with any table value it rounds from.
      const decimals = m[1].split('.')[1]?.length ?? 0;
      tolerance = Math.max(0.005, 0.5 * 10 ** -decimals * per);
    }
  }
  const cells = def.cells(ctx, m);
  if (cells.length === 0) return null;
  return { def, section, text: m[0], stated, tolerance, cells };
}
