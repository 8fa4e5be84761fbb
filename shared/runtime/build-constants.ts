/**
 * Replaced when a Lambda is bundled (esbuild `define`, in ListeningPostFunction
 * and in the bench) by the configured analysis engine, so the analyze bundle
 * holds only that engine's code. Unset under `npm start` and in tests, which
 * read the config instead.
 */
export const ANALYSIS_ENGINE_DEFINE = 'process.env.LISTENING_POST_ANALYSIS_ENGINE';
