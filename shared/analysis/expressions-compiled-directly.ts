import { setFlagsFromString } from 'node:v8';

/*
 * V8 runs a regular expression's first match on bytecode it compiles for the
 * purpose, and compiles machine code only from the second match on. For the
 * urgency rules (single expressions of up to 4,000 characters, with bounded
 * repeats such as `[^.!?]{0,60}` that V8 unrolls) building and optimising
 * that bytecode costs ten times what compiling machine code directly does:
 * the first text of a cold Lambda spent about a second of CPU in it (two
 * rules half a second each; `npm run bench -- cold-start`). Without the
 * bytecode step each expression is compiled once, to machine code, when it
 * first runs. What any expression matches is the same either way; only how
 * V8 compiles it changes. The flag is read when an expression is compiled,
 * so expressions already created but not yet run are covered too.
 */
setFlagsFromString('--no-regexp-tier-up');
