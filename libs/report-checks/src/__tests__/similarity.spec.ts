import { describe, expect, it } from 'vitest';
import { buildShingleIndex, compareReports, findSimilar, sectionSimilarity } from '../index';
import { huaibeiReport, huaibeiText, splitText } from './support/huaibei';
import { compared, randomText } from './support/random-text';

const PASSAGE_2021 = '我局严格落实“三审”制度，加强信息发布审核把关，严格执行“分级审核、先审后发”程序，2021年全年修改敏感字、错别字80余条';
const PASSAGE_2022 = '我局严格落实“三审”制度，加强信息发布审核把关，严格执行“分级审核、先审后发”程序，2022年全年修改敏感字、错别字100余条';

describe('sectionSimilarity', () => {
  const before = `2021年，我局围绕法治政府建设开展政务公开培训两次。${PASSAGE_2021}。其他工作按计划推进。`;
  const now = `本年度重点推进交通管理信息公开，新设事故处理专栏。${PASSAGE_2022}。全年办理群众来信若干件。`;

  it('finds a passage copied with its year and counts changed, with exact ranges in both texts', () => {
    const r = sectionSimilarity(now, before);
    expect(r.passages).toEqual([{
      aStart: now.indexOf('我局严格'), aEnd: now.indexOf('余条') + 2,
      bStart: before.indexOf('我局严格'), bEnd: before.indexOf('余条') + 2,
      text: PASSAGE_2022,
    }]);
    expect(r.chars).toBe(compared(now));
    expect(r.copiedChars).toBe(compared(PASSAGE_2022));
    expect(r.score).toBeCloseTo(compared(PASSAGE_2022) / compared(now), 10);
    expect(r.score).toBeGreaterThan(0.5);
    expect(r.score).toBeLessThan(0.7);
  });

  it('does not count the statutory sentences and the template labels every report has', () => {
    const statutory = '根据《中华人民共和国政府信息公开条例》（国务院令第711号）规定，现发布本机关2022年政府信息公开工作年度报告。本报告中所列数据统计期限自2022年1月1日起至2022年12月31日止。';
    const labels = '本年新收政府信息公开申请数量为零，上年结转政府信息公开申请数量为零。';
    const a = `${statutory}${labels}我区全年开展政务开放日活动三次，邀请群众代表走进审批大厅。`;
    const b = `${statutory}${labels}本局重点公开生态环境监测数据，按月发布空气质量排名。`;
    expect(sectionSimilarity(a, b)).toMatchObject({ score: 0, copiedChars: 0, passages: [] });
    const raw = sectionSimilarity(a, b, { ignoreBoilerplate: false });
    expect(raw.passages.map((p) => p.text)).toEqual([`${statutory}${labels}`.slice(0, -1)]);
    expect(raw.score).toBeGreaterThan(0.6);
  });

  it('does not count runs shorter than the minimum passage', () => {
    const shared = '进一步加强政府信息公开工作'; // 13 characters: a stock phrase, not a copy
    const r = sectionSimilarity(`${randomText(1, 60)}${shared}${randomText(2, 60)}`, `${randomText(3, 40)}${shared}${randomText(4, 40)}`);
    expect(r).toMatchObject({ score: 0, passages: [] });
    expect(sectionSimilarity(`${randomText(1, 60)}${shared}${randomText(2, 60)}`, `x${shared}y`, { minPassage: 10 }).passages.map((p) => p.text)).toEqual([shared]);
  });

  it('scores two different reports low (淮北市公安局 vs an unrelated overview)', () => {
    const other = '2022年，本区坚持以人民为中心，围绕优化营商环境、乡村振兴等重点工作，全面推进决策、执行、管理、服务、结果公开。全年主动公开各类信息3560条，召开新闻发布会12场，发布政策解读86篇，其中图解37篇、视频解读9篇。';
    const s1 = huaibeiReport().sections[0].text;
    expect(sectionSimilarity(s1, other).score).toBeLessThan(0.05);
    expect(sectionSimilarity(other, s1).score).toBeLessThan(0.05);
  });

  it('handles empty texts', () => {
    expect(sectionSimilarity('', '任何文字')).toEqual({ score: 0, chars: 0, copiedChars: 0, passages: [] });
    expect(sectionSimilarity('任何文字', '')).toMatchObject({ score: 0, chars: 4 });
  });
});

describe('compareReports', () => {
  it('finds last year\'s report copied with every year and number changed', () => {
    const text = huaibeiText();
    const previous = splitText(text.replace(/2022/g, '2021').replace(/\d+条/g, (m) => `${Number(m.slice(0, -1)) + 7}条`));
    const current = splitText(text);
    const r = compareReports(current, previous);
    expect(r.sections.map((s) => s.sectionId)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    for (const id of ['s1', 's5', 's6']) expect(r.sections.find((s) => s.sectionId === id)!.score, id).toBeGreaterThan(0.97);
    expect(r.overall).toBeGreaterThan(0.95);
    const s1 = r.sections[0];
    const one = s1.passages[0];
    expect(current.sections[0].text.slice(one.aStart, one.aEnd)).toBe(one.text);
    // The same passage on both sides, up to the years and counts that were changed.
    const b = previous.sections[0].text.slice(one.bStart, one.bEnd);
    expect(b).toContain('2021年，我局对本年度公开的政府信息进行了认真的梳理和编目');
    expect(b.replace(/2021/g, '2022').replace(/\d+条/g, '#条')).toBe(one.text.replace(/\d+条/g, '#条'));
  });

  it('leaves out sections one of the reports lacks', () => {
    const { sections } = splitText(huaibeiText());
    const r = compareReports({ sections: sections.filter((s) => s.id !== 's5') }, { sections: sections.filter((s) => s.id !== 's6') });
    expect(r.sections.map((s) => s.sectionId)).toEqual(['s1', 's2', 's3', 's4']);
  });
});

describe('shingle index (same year, other agencies)', () => {
  // 1 000 sections of 600 characters; section 17 copies 300 characters of section 500, section 42 copies 120 of section 900.
  const texts = Array.from({ length: 1000 }, (_, i) => ({ id: `r${i}#s1`, group: `agency${i}`, text: randomText(i + 1, 600) }));
  texts[17].text = texts[17].text.slice(0, 300) + texts[500].text.slice(100, 400);
  texts[42].text = texts[42].text.slice(0, 480) + texts[900].text.slice(0, 120);
  const index = buildShingleIndex(texts);

  it('finds the planted sources first, with containment near the copied share', () => {
    const hits17 = findSimilar(index, texts[17], 3);
    expect(hits17[0].id).toBe('r500#s1');
    expect(hits17[0].containment).toBeGreaterThan(0.4);
    expect(hits17[0].containment).toBeLessThan(0.6);
    expect(hits17.slice(1).every((h) => h.containment < 0.05)).toBe(true);
    const hits42 = findSimilar(index, texts[42], 1);
    expect(hits42.map((h) => h.id)).toEqual(['r900#s1']);
    expect(hits42[0].containment).toBeGreaterThan(0.1);
    expect(hits42[0].containment).toBeLessThan(0.3);
    // The index finds the pair; sectionSimilarity gives the exact passage.
    const exact = sectionSimilarity(texts[42].text, texts[900].text);
    expect(exact.passages).toEqual([{ aStart: 480, aEnd: 600, bStart: 0, bEnd: 120, text: texts[900].text.slice(0, 120) }]);
    expect(exact.score).toBeCloseTo(0.2, 10);
  });

  it('returns nothing for an unrelated text, leaves out the query itself and, on request, its own agency', () => {
    expect(findSimilar(index, { text: randomText(99_999, 600) })).toEqual([]);
    expect(findSimilar(index, texts[500]).map((h) => h.id)).toEqual(['r17#s1']);
    expect(findSimilar(index, { ...texts[500], id: 'new', group: 'agency17' }, 5, { excludeSameGroup: true }).map((h) => h.id)).toEqual(['r500#s1']);
  });

  it('rejects a duplicate id', () => {
    expect(() => buildShingleIndex([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }])).toThrow(/id a appears twice/);
  });
});
