import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * V8's regexp tier-up off: every pattern is compiled to machine code on its first run instead of being interpreted
 * first. Redaction and urgency run some hundreds of patterns a text, and with it the offline path takes a third less
 * CPU and a cold start's first message about 30 % less (docs/performance.md, "The offline analysis path and its goal";
 * docs/performance-log.md, helpers thr38, thr39 and flag40). It costs 100-140 MB of machine code and heap, so only the
 * functions with 1 GB have it (`ListeningPostFunctionProps.regexpsCompiledAtOnce`).
 *
 * It must be on node's command line. Set from inside a running process (`v8.setFlagsFromString`) it made test workers
 * exit (V8 does not support changing its flags once it runs), and Node lets no V8 regexp flag through `NODE_OPTIONS`.
 * A Lambda's command line belongs to its runtime; the runtime runs it through the script named by
 * `AWS_LAMBDA_EXEC_WRAPPER` instead, with node and its arguments, the runtime's entry last. `npm start` gives it in
 * package.json's `start`.
 */
export const REGEXPS_COMPILED_AT_ONCE = '--no-regexp-tier-up';

/** The exec wrapper's file name in the function's asset, beside `index.mjs`. */
export const EXEC_WRAPPER_FILE = 'node-with-regexps-compiled-at-once';

/** Where Lambda unpacks the asset, so where the runtime finds the wrapper. */
export const EXEC_WRAPPER_PATH = `/var/task/${EXEC_WRAPPER_FILE}`;

/**
 * The wrapper: runs its arguments (node, node's options, the runtime's entry) with the flag inserted before the last
 * one, as AWS's exec wrapper example does, then replaces itself with node (`exec`), so node keeps the runtime's
 * process and signals. POSIX sh, no bash: the `for` list is read once, so the loop rebuilds `"$@"` in place.
 */
export const EXEC_WRAPPER_SCRIPT = `#!/bin/sh
# Lambda exec wrapper (AWS_LAMBDA_EXEC_WRAPPER): runs node with ${REGEXPS_COMPILED_AT_ONCE} before the runtime's
# entry, every pattern compiled to machine code on its first run (infra/constructs/regexps-compiled-at-once.ts).
count=$#
at=0
for argument do
  shift
  at=$((at + 1))
  if [ "$at" -eq "$count" ]; then set -- "$@" ${REGEXPS_COMPILED_AT_ONCE}; fi
  set -- "$@" "$argument"
done
exec "$@"
`;

/** Writes the wrapper, executable, into a bundle's output folder (what the asset zips, modes kept). */
export function writeExecWrapper(outdir: string): void {
  const file = join(outdir, EXEC_WRAPPER_FILE);
  writeFileSync(file, EXEC_WRAPPER_SCRIPT);
  chmodSync(file, 0o755);
}
