/** Input the workbench cannot use (an unknown region, a malformed date, inconsistent thresholds): names the field. */
export class ReviewInputError extends Error {
  constructor(message: string, readonly where: string) {
    super(`${where}: ${message}`);
    this.name = 'ReviewInputError';
  }
}
