import { toHalfWidth } from '@gongkai/report-format';
import { describe, expect, it } from 'vitest';
import { clausePrefix, clauseRest, foldText, sentences } from '../spans';

describe('foldText', () => {
  it('folds exactly as toHalfWidth does, runs of full-width characters and single ones', () => {
    const every = Array.from({ length: 0xff5e - 0xff01 + 1 }, (_, i) => String.fromCharCode(0xff01 + i)).join('');
    const text = `收到申请１２件（含上年结转３件），\u3000办结１０件。${every}a\u00a0b𠀀ｚ全角ＡＢ，半角AB,\n第二行：１．５万元`;
    expect(foldText(text)).toBe(toHalfWidth(text));
    expect(foldText(text)).toContain('收到申请12件(含上年结转3件), 办结10件。');
    expect(foldText('没有全角字符')).toBe('没有全角字符');
  });
});

describe('sentences and clauses', () => {
  it('end sentences at 。 ; ! ? and line breaks, clauses also at , and :', () => {
    const s = foldText('一、收到申请5件；办结4件！结转？\n共计:3件,其中1件');
    expect(sentences(s).map((x) => x.text)).toEqual(['一、收到申请5件', '办结4件', '结转', '共计:3件,其中1件']);
    const last = sentences(s)[3].text;
    expect(clausePrefix(last, last.indexOf('1件'))).toBe('其中');
    expect(clauseRest(last, last.indexOf('3件'))).toBe('3件');
  });
});
