import { setFlagsFromString } from 'node:v8';

/*
 * Every regular expression is compiled to machine code on its first run, instead of being run by V8's regexp
 * interpreter first and "tiered up" later (V8's `--regexp-tier-up`, on by default). Set once per process, by the
 * first module of the offline path that is imported (redaction, urgency).
 *
 * Why: the tier-up pays off for a pattern run a few times; redaction and urgency run some two thousand patterns on
 * every text, tens of thousands of times a process. With the tier-up on, a large part of their runs stayed in the
 * interpreter (2,000 tweets in batches of 100, Node 20: redaction 1,614 → 945 µs of CPU a tweet, the regexp engine's
 * share of it 39 % → 22 %; urgency about a fifth less; Node 24 likewise, less so). What a pattern matches does not
 * depend on the tier that runs it: every output of the path over every row of ../shared/eval is byte for byte the
 * same (docs/performance-log.md, "Issue 19 item 4, 2026-12-06 (evening)", helper thr38, and "(night)", thr39).
 *
 * The price: machine code is larger than bytecode, so no pattern may be made for each text and kept. The idioms
 * urgency blanks are one expression each, made once (urgency/harmless.ts); a name built into a pattern is kept in a
 * small table of recent ones (recent-patterns.ts). `bench/analysis-memory.ts` reads every eval row in one process and
 * shows the heap and the code space flat.
 */
// Not in a Lambda of less than 1 GB (the intake, SMS and sponsor functions have 512 MB): the machine code costs a
// process reading urgency and redaction about 100 MB more heap (an intake-like process over 20,000 eval rows: 307 →
// 406 MB, the lead, 2026-12-06), too near their limit for a speed they do not need (a text's urgency is milliseconds
// at the intake). The analysis function (1 GB), `npm start`, the eval and the bench get it.
export const COMPILES_AT_ONCE = compilesAtOnceWith(process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE);
if (COMPILES_AT_ONCE) setFlagsFromString('--no-regexp-tier-up');

/** Whether a process with `lambdaMemoryMb` (undefined outside a Lambda) compiles patterns at once. */
export function compilesAtOnceWith(lambdaMemoryMb: string | undefined): boolean {
  return lambdaMemoryMb === undefined || Number(lambdaMemoryMb) >= 1024;
}
