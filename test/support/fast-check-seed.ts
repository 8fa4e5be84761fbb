import fc from 'fast-check';

/*
 * Property tests draw new cases on every run, which is how they find what nobody wrote down; a draw that fails
 * is a finding, to be fixed and kept as a named case. CI must not fail on a draw another run would not make, so
 * `.ci/run` sets FAST_CHECK_SEED and every property test without its own seed draws the same cases there.
 */
const seed = Number(process.env.FAST_CHECK_SEED);
if (Number.isInteger(seed)) fc.configureGlobal({ seed });
