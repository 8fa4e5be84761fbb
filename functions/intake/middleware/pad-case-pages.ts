import type { MiddlewareHandler } from 'hono';

/**
 * Every answer about a case (its page, its JSON, the lookup form) is padded
 * with spaces to whole blocks of this many bytes. A case's page is as long as
 * its status and conversation make it, and an operator who holds the table can
 * render every case's page: the length of an answer, wherever it is counted
 * (an access log, API Gateway's `DataProcessed` metric, a proxy), would say
 * which case was looked up, and its time when, to the second.
 */
export const CASE_PAGE_BLOCK = 16 * 1024;

/** Spaces after the page's last byte, which neither HTML nor JSON reads. */
export const padCasePages: MiddlewareHandler = async (c, next) => {
  await next();
  const res = c.res;
  if (!res.body || (res.status >= 300 && res.status < 400)) return;
  if (!/^(text\/html|application\/json)/.test(res.headers.get('content-type') ?? '')) return;
  const bytes = new Uint8Array(await res.arrayBuffer());
  const padded = new Uint8Array(Math.max(1, Math.ceil(bytes.length / CASE_PAGE_BLOCK)) * CASE_PAGE_BLOCK).fill(0x20);
  padded.set(bytes);
  const headers = new Headers(res.headers);
  headers.set('content-length', String(padded.length));
  // Cleared first, so the answer's old headers (its length among them) are not copied onto the padded one.
  c.res = undefined;
  c.res = new Response(padded, { status: res.status, headers });
};
