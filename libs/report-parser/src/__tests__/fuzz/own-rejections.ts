/**
 * Runs `fn` as a production process would: with no 'unhandledRejection' listener but the
 * parser's own (Vitest's are set aside meanwhile), so a rejection the parser fails to contain
 * ends in an uncaught exception that fails the run, and one it contains passes silently.
 */
export async function asInProduction<T>(fn: () => Promise<T>): Promise<T> {
  const saved = process.listeners('unhandledRejection');
  process.removeAllListeners('unhandledRejection');
  try {
    const out = await fn();
    await new Promise((resolve) => setTimeout(resolve, 100)); // late rejections surface here
    return out;
  } finally {
    for (const l of saved) process.on('unhandledRejection', l);
  }
}
