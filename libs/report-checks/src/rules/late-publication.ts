import { daysBetween, publicationDeadline } from '@gongkai/report-format';
import { makeFlag } from '../util/flag';
import type { ReportRule } from './rule';

/** Published after 31 January of the year after the report year (条例 第四十九条). */
export const latePublication: ReportRule = {
  code: 'LATE_PUBLICATION',
  evaluate(ctx) {
    const year = ctx.input.year;
    const published = ctx.publishedAt;
    if (year == null || !published) return [];
    const deadline = publicationDeadline(year);
    if (published <= deadline) return [];
    const days = daysBetween(deadline, published);
    return [makeFlag('LATE_PUBLICATION', [], deadline, published, {
      zh: `报告发布于 ${published}，晚于 ${deadline} 的法定期限 ${days} 天`,
      en: `Published on ${published}, ${days} day${days > 1 ? 's' : ''} after the ${deadline} deadline`,
    })];
  },
};
