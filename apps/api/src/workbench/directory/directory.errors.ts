import { BadRequestException } from '@nestjs/common';

/** A directory file that cannot be imported: names the file and the line (1-based, header = 1). */
export class DirectoryInputError extends BadRequestException {
  constructor(readonly file: string, readonly line: number | null, readonly detail: string) {
    super(`${file}${line != null ? `:${line}` : ''}: ${detail}`);
  }
}
