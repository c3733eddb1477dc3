import { describe, expect, it } from 'vitest';
import { checkTextCopied, TEXT_COPIED_THRESHOLD, type TextReport } from '../index';
import { huaibeiText, splitText } from './support/huaibei';
import { randomText } from './support/random-text';

const SOURCE = randomText(7, 400);
/** A report whose section 五 is `copied` characters of last year's text followed by `fresh` new ones. */
const withSection5 = (id: string, copied: number, fresh: number): TextReport => ({
  id, year: 2023, agency: '某县教育局',
  sections: [{ id: 's5', heading: '五、存在的主要问题及改进情况', text: SOURCE.slice(100, 100 + copied) + randomText(11, fresh) }],
});
const last: TextReport = { id: 'doc-2022', year: 2022, agency: '某县教育局', sections: [{ id: 's5', heading: '五、存在的主要问题及改进情况', text: SOURCE }] };

describe('TEXT_COPIED', () => {
  it('is raised at the threshold: 60 of 100 characters copied', () => {
    expect(TEXT_COPIED_THRESHOLD).toEqual({ score: 0.6, minPassage: 20, minChars: 80 });
    expect(checkTextCopied(withSection5('doc-2023', 60, 40), last)).toEqual([{
      code: 'TEXT_COPIED', severity: 'info', cells: [], expected: 'doc-2022', actual: 0.6,
      message: {
        zh: '“五、存在的主要问题及改进情况”部分 60% 的文字（100 字中的 60 字，1 段）与2022年报告（doc-2022）相同',
        en: 'Section 5 (Main problems and improvements): 60% of the text (60 of 100 characters, 1 passage) repeats the 2022 report (doc-2022)',
      },
    }]);
  });

  it('is not raised just below it (59 of 100), nor for a short section copied whole (79 characters)', () => {
    expect(checkTextCopied(withSection5('doc-2023', 59, 41), last)).toEqual([]);
    expect(checkTextCopied(withSection5('doc-2023', 79, 0), last)).toEqual([]);
    expect(checkTextCopied(withSection5('doc-2023', 80, 0), last).map((f) => f.actual)).toEqual([1]);
  });

  it('names the other agency when the source is a peer\'s report', () => {
    const peer = { ...last, id: 'peer-2023', year: 2023, agency: '某县卫生健康委员会' };
    expect(checkTextCopied(withSection5('doc-2023', 90, 10), peer)[0].message.zh).toContain('与某县卫生健康委员会2023年报告（peer-2023）相同');
  });

  it('flags the sections of 淮北市公安局 2022 when last year\'s report is the same text with the years and numbers changed', () => {
    const text = huaibeiText();
    const previous = { id: 'hb-2021', year: 2021, agency: '淮北市公安局', ...splitText(text.replace(/2022/g, '2021').replace(/\d+条/g, (m) => `${Number(m.slice(0, -1)) + 7}条`)) };
    const current = { id: 'hb-2022', year: 2022, agency: '淮北市公安局', ...splitText(text) };
    const flags = checkTextCopied(current, previous);
    // Sections 二–四 hold only table debris (a few characters): below the 80-character floor.
    expect(flags.map((f) => f.message.zh.slice(0, f.message.zh.indexOf('部分')))).toEqual(['“一、总体情况”', '“五、存在的主要问题及改进情况”', '“六、其他需要报告的事项”']);
    for (const f of flags) expect(f.actual as number).toBeGreaterThan(0.97);
    // An honest rewrite: this year's text against a different report of another agency.
    const other = { id: 'x', year: 2022, agency: '某区政府', sections: current.sections.map((s) => ({ ...s, text: randomText(s.text.length, s.text.length) })) };
    expect(checkTextCopied(current, other)).toEqual([]);
  });

  it('rejects comparing a report with itself', () => {
    expect(() => checkTextCopied(last, last)).toThrow(/compared with itself/);
  });
});
