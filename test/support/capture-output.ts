/**
 * Records everything written to stdout and stderr (where Powertools Logger
 * and console write) while a test runs, so tests can assert what reached the
 * logs. Output is still passed through when `passThrough` is set.
 */
export function captureOutput({ passThrough = false } = {}) {
  const lines: string[] = [];
  const originals = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  const tap =
    (original: typeof process.stdout.write) =>
    (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return passThrough ? (original as (...args: unknown[]) => boolean)(chunk, ...rest) : true;
    };
  process.stdout.write = tap(originals.out) as typeof process.stdout.write;
  process.stderr.write = tap(originals.err) as typeof process.stderr.write;
  return {
    text: () => lines.join(''),
    restore() {
      process.stdout.write = originals.out;
      process.stderr.write = originals.err;
    },
  };
}
