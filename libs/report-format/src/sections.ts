import type { SectionDef } from './types';

/** The six sections every report has, in template order, with the headings real reports use. */
export const SECTIONS: readonly SectionDef[] = [
  { id: 's1', number: '一', zh: '总体情况', en: 'Overview', variants: ['基本情况', '总体概况', '概述'] },
  { id: 's2', number: '二', zh: '主动公开政府信息情况', en: 'Proactive disclosure', variants: ['主动公开情况', '主动公开政府信息'], table: 't2' },
  { id: 's3', number: '三', zh: '收到和处理政府信息公开申请情况', en: 'Requests received and handled', variants: ['收到和处理政府信息公开申请', '依申请公开情况', '收到和处理政府信息公开申请的情况'], table: 't3' },
  { id: 's4', number: '四', zh: '政府信息公开行政复议、行政诉讼情况', en: 'Administrative review and litigation', variants: ['政府信息公开行政复议和行政诉讼情况', '行政复议、行政诉讼情况', '因政府信息公开申请行政复议、提起行政诉讼的情况'], table: 't4' },
  { id: 's5', number: '五', zh: '存在的主要问题及改进情况', en: 'Main problems and improvements', variants: ['存在的主要问题和改进情况', '存在的主要问题及改进措施', '存在问题及改进情况', '工作存在的主要问题及改进情况'] },
  { id: 's6', number: '六', zh: '其他需要报告的事项', en: 'Other matters', variants: ['其他需要报告的事项情况', '其他事项'] },
];
