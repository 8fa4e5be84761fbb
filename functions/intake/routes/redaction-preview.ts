import { Hono, type Context, type MiddlewareHandler } from 'hono';
import * as z from 'zod'; // a namespace import lets esbuild drop zod's unused locales (~370 KB)
import { NO_WORDS, hasWords } from '../../../shared/domain/has-words';
import { AppError, ValidationError } from '../../../shared/errors';
import { previewRedactionAt, previewTextSchema } from '../../../shared/use-cases/preview-redaction';
import type { IntakeEnv } from '../deps';
import { httpStatusOf } from '../error-status';
import { limitBody } from '../middleware/limit-body';
import { EMPLOYEE_TEXT_BODY } from '../middleware/body-limits';
import { readBody } from '../middleware/read-body';
import { feedbackFormPage } from '../pages/feedback-form';
import { pageLanguage } from '../page-language';
import { localPlaceholders } from '../pages/placeholders';
import { respondToError } from '../respond';
import { type FormEcho, formEchoSchema, formStateOf, submissionError } from './web-feedback';

/** A browser's refused preview comes back as its form with what to fix; a JSON client gets the usual error. */
function refuse(c: Context<IntakeEnv>, error: Error, echo: FormEcho | undefined) {
  if (!echo || !(error instanceof AppError)) return respondToError(error, c);
  const byField = error.issues.length ? error.issues : [{ path: 'form', message: error.message }];
  const errors = Object.fromEntries(byField.map((i) => [i.path === 'text' ? 'text' : 'form', i.message]));
  const { config } = c.var.deps;
  return c.html(
    feedbackFormPage(config, pageLanguage(c, config), {
      ...formStateOf(echo),
      errors,
      errorCode: error.code,
      checking: true,
    }),
    httpStatusOf(error),
  );
}

/** The text of a preview request, checked as a submission's is; else the same 400 a submission gets. */
export function previewTextOf(body: unknown): string {
  const text = previewTextSchema.safeParse((body as { text?: unknown } | null)?.text);
  if (!text.success)
    throw submissionError(new z.ZodError(text.error.issues.map((i) => ({ ...i, path: ['text', ...i.path] }))));
  return text.data;
}

/**
 * `POST /feedback/preview`: what redaction will change, before sending
 * (issue 14, item 5). The form's "Review" button posts here and gets the
 * form back, as it was filled in, with the changes listed above the send
 * button (no JavaScript needed); JSON clients (the API) send
 * `{"text": …}` and get `{redactedText, changes: [{original, replacement}]}`;
 * the kiosk asks `POST /kiosk/preview` instead (`routes/kiosk.ts`), so that its
 * enrolled site is read as its submission's is.
 * It runs the same redactor as analysis and keeps nothing: no store, no
 * queue, no log line with any of the text, on its own request budget so a
 * flood of previews never refuses a submission.
 */
export function redactionPreview(budget: MiddlewareHandler) {
  return new Hono<IntakeEnv>().post('/feedback/preview', budget, limitBody(EMPLOYEE_TEXT_BODY), async (c) => {
    c.header('Cache-Control', 'no-store');
    let echo: FormEcho | undefined;
    try {
      const { kind, value } = await readBody(c, ['json', 'form'], EMPLOYEE_TEXT_BODY);
      if (kind === 'form') echo = formEchoSchema.parse(value);
      const text = previewTextOf(value);
      // At the form, a text of "?!" alone is told now what pressing send would be told (as the page script
      // tells it with JavaScript on), not shown a preview that invites sending it. A JSON client (the API)
      // still gets what redaction would make of it.
      if (echo && text && !hasWords(text)) throw new ValidationError(NO_WORDS, [{ path: 'text', message: NO_WORDS }]);
      const { config } = c.var.deps;
      // A sponsor named however spelled ("L3e M4rsh") is hidden as analysis will hide it: with the case's site, if given.
      const given = (value as { site?: unknown } | null)?.site;
      const site = typeof given === 'string' && config.sites.some((s) => s.id === given) ? given : undefined;
      const preview = await previewRedactionAt(config, text, site);
      if (echo) return c.html(feedbackFormPage(config, pageLanguage(c, config), { ...formStateOf(echo), preview }));
      // As the form shows them: the placeholders in the reader's words ("[NOMBRE]" for Accept-Language: es).
      const { language } = pageLanguage(c, config);
      return c.json({
        redactedText: localPlaceholders(language, preview.redactedText),
        changes: preview.changes.map((ch) => ({ ...ch, replacement: localPlaceholders(language, ch.replacement) })),
        singledOut: preview.singledOut.map((phrase) => localPlaceholders(language, phrase)),
      });
    } catch (error) {
      return refuse(c, error instanceof Error ? error : new Error('a non-Error was thrown'), echo);
    }
  });
}
