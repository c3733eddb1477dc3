/** Why one file was not ingested; the message names the file (and the place, when known). */
export class IngestionError extends Error {
  constructor(readonly code: string, readonly fileName: string, detail: string) {
    super(`${fileName}: ${code}: ${detail}`);
    this.name = 'IngestionError';
  }
}
