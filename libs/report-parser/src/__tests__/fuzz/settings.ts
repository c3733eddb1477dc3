/**
 * Fuzzing knobs, from the environment so CI stays quick and `npm run bench` can go deep:
 * FUZZ_RUNS = inputs per property (default sized for a 2-core CI), FUZZ_SEED = fast-check
 * seed (a failure prints the seed and path to replay it), FUZZ_MAX_MS = time bound per document.
 */
const intFromEnv = (name: string, fallback: number): number => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback;
};

export const FUZZ_RUNS = intFromEnv('FUZZ_RUNS', 200);
export const FUZZ_SEED = intFromEnv('FUZZ_SEED', 20_221_231);
export const MAX_MS_PER_DOC = intFromEnv('FUZZ_MAX_MS', 2000);

/** fast-check parameters for a property run `scale` times the base count. */
export const fcParams = (scale = 1) => ({ numRuns: Math.max(1, Math.round(FUZZ_RUNS * scale)), seed: FUZZ_SEED, endOnFailure: true });

/** Vitest timeout for a property of `scale` × FUZZ_RUNS inputs at up to `msPerRun` each. */
export const timeoutFor = (scale: number, msPerRun = 40): number => Math.max(60_000, Math.round(FUZZ_RUNS * scale * msPerRun));
