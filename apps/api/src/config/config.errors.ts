/** A configuration value that cannot be used: names the variable and says why. */
export class ConfigError extends Error {
  constructor(readonly variable: string, reason: string) {
    super(`invalid configuration ${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}
