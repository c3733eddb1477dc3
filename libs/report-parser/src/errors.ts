import type { ParseError, ParseErrorCode } from './types';

/**
 * The one exception the readers and the mapper throw. The public functions catch it (and any
 * other exception) and turn it into `{ ok: false, error }`, so nothing untyped escapes.
 */
export class ParseFailure extends Error {
  constructor(
    readonly code: ParseErrorCode,
    message: string,
    readonly where?: string,
  ) {
    super(message);
    this.name = 'ParseFailure';
  }

  toError(): ParseError {
    return this.where === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, where: this.where };
  }
}

export const fail = (code: ParseErrorCode, message: string, where?: string): never => {
  throw new ParseFailure(code, message, where);
};

/** Any thrown value as a typed error; unknown exceptions become CORRUPT with their message kept. */
export function toParseError(e: unknown, where?: string): ParseError {
  if (e instanceof ParseFailure) {
    const err = e.toError();
    return err.where === undefined && where !== undefined ? { ...err, where } : err;
  }
  const msg = e instanceof Error ? e.message : String(e);
  if (e instanceof RangeError && /allocation|array length|call stack/i.test(msg)) {
    return { code: 'TOO_LARGE', message: `文档过大或结构过深，无法读取 (${msg})`, where };
  }
  return { code: 'CORRUPT', message: `文档无法读取：${msg}`, where };
}
