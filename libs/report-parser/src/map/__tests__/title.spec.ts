import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../types';
import { findSections } from '../sections';
import { agencyOf, findTitle, yearOf } from '../title';

const doc = (lines: string[], title?: string): RawDocument => ({
  layout: 'html',
  title,
  blocks: lines.map((text, i) => ({ kind: 'text', text, pos: { kind: 'line', line: i + 1 } })),
});

describe('title, agency and year', () => {
  it.each([
    ['淮北市公安局2022年政府信息公开工作年度报告', '淮北市公安局', 2022],
    ['2022年度淮北市公安局政府信息公开工作年度报告', '淮北市公安局', 2022],
    ['淮北市公安局关于2022年政府信息公开工作年度报告', '淮北市公安局', 2022],
    ['淮北市公安局政府信息公开工作年度报告（2022年）', '淮北市公安局', 2022],
    ['《淮北市公安局 二〇二二年 政府信息公开工作年度报告》', '淮北市公安局', 2022],
  ])('%s', (title, agency, year) => {
    expect(agencyOf(title)).toBe(agency);
    expect(yearOf(title)).toBe(year);
  });

  it('joins a title Word wrapped, and prefers the line the page title repeats', () => {
    expect(findTitle(doc(['淮北市公安局2022年政府信息公开', '工作年度报告', '根据……'])).title).toBe('淮北市公安局2022年政府信息公开工作年度报告');
    const page = doc(['某县2021年政府信息公开工作年度报告', '某县2022年政府信息公开工作年度报告', '一、总体情况'], '某县2022年政府信息公开工作年度报告_某县人民政府');
    expect(findTitle(page)).toMatchObject({ title: '某县2022年政府信息公开工作年度报告', year: 2022, agency: '某县' });
  });

  it('takes the agency from the signature when the title has none', () => {
    const d = doc(['2022年政府信息公开工作年度报告', '一、总体情况', '正文。', '淮北市公安局', '2023年1月20日']);
    expect(findTitle(d)).toMatchObject({ agency: '淮北市公安局', year: 2022 });
  });
});

describe('sections', () => {
  it('finds headings run into their first sentence', () => {
    const d = doc(['一、总体情况。2022年，我局主动公开信息1301条，其中政策法规40条，机构职能45条，人事信息30条，财政资金58条。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况']);
    const { sections, preamble } = findSections(d);
    expect(sections.map((s) => [s.id, s.heading])).toEqual([['s1', '一、总体情况'], ['s2', '二、主动公开政府信息情况'], ['s3', '三、收到和处理政府信息公开申请情况']]);
    expect(sections[0].text).toMatch(/^2022年，我局主动公开信息1301条/);
    expect(preamble).toBe('');
  });

  it('keeps the text before section 一 as the preamble', () => {
    const d = doc(['淮北市公安局2022年政府信息公开工作年度报告', '本报告中所列数据统计期限自2022年1月1日起至2022年12月31日止。', '一、总体情况', '正文。']);
    const { sections, preamble } = findSections(d);
    expect(sections.map((s) => s.id)).toEqual(['s1']);
    expect(preamble).toBe('淮北市公安局2022年政府信息公开工作年度报告\n本报告中所列数据统计期限自2022年1月1日起至2022年12月31日止。');
  });
});
