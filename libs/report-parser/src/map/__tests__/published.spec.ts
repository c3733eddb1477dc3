import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../types';
import { findPublishedAt } from '../published';

const doc = (lines: string[], publishedAt?: string): RawDocument => ({
  layout: 'text',
  publishedAt,
  blocks: lines.map((text, i) => ({ kind: 'text', text, pos: { kind: 'line', line: i + 1 } })),
});

describe('findPublishedAt', () => {
  it('takes the date the source declares first', () => {
    expect(findPublishedAt(doc(['发布时间：2023-02-01'], '2023-01-20'))).toBe('2023-01-20');
  });
  it.each([
    [['标题', '发布时间：2023-01-20 09:30  来源：办公室'], '2023-01-20'],
    [['发布日期：２０２３年１月２０日'], '2023-01-20'],
    [['日期：2023/1/5'], '2023-01-05'],
    [['正文', '淮北市公安局', '2023年1月20日'], '2023-01-20'],
    [['正文', '淮北市公安局', '二〇二三年一月二十日'], '2023-01-20'],
    [['统计截止日期：2022年12月31日', '正文'], null],
    [['数据统计期限自2022年1月1日起至2022年12月31日止。'], null],
  ])('%j → %s', (lines, date) => {
    expect(findPublishedAt(doc(lines))).toBe(date);
  });
});

describe('publication date from file metadata', () => {
  it('prefers a printed date to the file creation date, and falls back to it', () => {
    const pos = { kind: 'line' as const, line: 1 };
    const printed = { layout: 'pdf' as const, createdAt: '2024-02-26', blocks: [{ kind: 'text' as const, text: '2024年1月20日', pos }] };
    expect(findPublishedAt(printed)).toBe('2024-01-20');
    expect(findPublishedAt({ ...printed, blocks: [{ kind: 'text' as const, text: '正文。', pos }] })).toBe('2024-02-26');
  });
});
