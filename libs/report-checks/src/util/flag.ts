import { flagCode } from '@gongkai/report-format';
import type { Flag } from '../types';
import type { Text } from './labels';

/** A flag with the severity the catalog gives its code. */
export function makeFlag(code: string, cells: string[], expected: Flag['expected'], actual: Flag['actual'], message: Text): Flag {
  return { code, severity: flagCode(code).severity, cells, expected, actual, message: { zh: message.zh, en: message.en } };
}
