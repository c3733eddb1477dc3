import { describe, expect, it } from 'vitest';
import { describeChange } from '../KpiCards';

describe('describeChange', () => {
  it('gives relative change for counts and amounts', () => {
    expect(describeChange({ value: 120, previous: 100, unit: 'count' }, 'zh')).toEqual({ text: '+20.0%', sign: 1 });
    expect(describeChange({ value: 75, previous: 100, unit: 'wanYuan' }, 'en')).toEqual({ text: '-25.0%', sign: -1 });
  });

  it('gives percentage points for rates', () => {
    expect(describeChange({ value: 0.82, previous: 0.8, unit: 'ratio' }, 'zh')).toEqual({ text: '+2.0 个百分点', sign: 1 });
    expect(describeChange({ value: 0.8, previous: 0.82, unit: 'ratio' }, 'en')).toEqual({ text: '-2.0 pp', sign: -1 });
  });

  it('gives the absolute change from zero and nothing without last year', () => {
    expect(describeChange({ value: 3, previous: 0, unit: 'count' }, 'zh')).toEqual({ text: '+3', sign: 1 });
    expect(describeChange({ value: 3, previous: null, unit: 'count' }, 'zh')).toBeNull();
  });
});
