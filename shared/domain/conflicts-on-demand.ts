import type * as Conflicts from './conflicts';

let loading: Promise<typeof Conflicts> | undefined;

/**
 * The sponsor-name matcher, loaded the first time a text is to be read for
 * sponsors' names. With it come the language guess and the everyday-word
 * lists (about 170 KB of a bundle), which the intake, the sponsors' and the
 * SMS functions need only beside redaction (a sponsor's answer, an
 * employee's reply, a preview), so a cold start that redacts nothing
 * neither evaluates nor reads them (docs/performance.md). A failed load is
 * tried again on the next call.
 *
 * @example
 * const { namedSpans } = await conflictMatching();
 */
export function conflictMatching(): Promise<typeof Conflicts> {
  loading ??= import('./conflicts').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
