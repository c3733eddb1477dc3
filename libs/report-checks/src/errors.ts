/** Input the checks cannot run on (a NaN cell, a malformed date): names the cell or field. */
export class CheckInputError extends Error {
  constructor(message: string, readonly where: string) {
    super(`${where}: ${message}`);
    this.name = 'CheckInputError';
  }
}
