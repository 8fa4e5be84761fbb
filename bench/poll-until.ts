/**
 * Asks `done` again every `everyMs` until it says yes, and fails with `what` after `timeoutMs`: a bench that waits
 * for a status or an email must say what never came, not hang (a report the rules now escalate never reads
 * `analysed`; a mail the stack never sends never arrives).
 */
export async function pollUntil(
  done: () => Promise<boolean>,
  { what, everyMs, timeoutMs = 120_000 }: { what: () => string; everyMs: number; timeoutMs?: number },
): Promise<void> {
  const started = performance.now();
  while (!(await done())) {
    if (performance.now() - started > timeoutMs) throw new Error(`${what()} after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
