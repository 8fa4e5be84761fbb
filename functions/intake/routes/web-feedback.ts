import { Hono } from 'hono';
import type { z } from 'zod';
import { webSubmissionSchema } from '../../../shared/domain/feedback';
import { AppError, PayloadTooLargeError, ValidationError } from '../../../shared/errors';
import { submitFeedback } from '../../../shared/use-cases/submit-feedback';
import type { IntakeEnv } from '../deps';
import { limitBody } from '../middleware/limit-body';
import { readBody } from '../middleware/read-body';
import { confirmationPage } from '../pages/confirmation';
import { feedbackFormPage } from '../pages/feedback-form';

/** Turns zod issues into the contract's `issues` and the right error: 413 when something is too long, else 400. */
export function submissionError(error: z.ZodError): AppError {
  const issues = error.issues.map((issue) => ({ path: issue.path.join('.') || '(body)', message: issue.message }));
  const tooLong = error.issues.some((i) => i.code === 'too_big' || (i.code === 'custom' && i.params?.tooBig === true));
  const summary = issues.map((i) => (i.path === '(body)' ? 'request body must be a JSON object' : i.message)).join('; ');
  return tooLong ? new PayloadTooLargeError(summary, issues) : new ValidationError(summary, issues);
}

/** `GET /` and `POST /feedback`: the web channel, for browsers (form) and API clients (JSON). */
export const webFeedback = new Hono<IntakeEnv>()
  .get('/', (c) => c.html(feedbackFormPage(c.var.deps.config)))
  .post(
    '/feedback',
    limitBody(),
    async (c) => {
      const deps = c.var.deps;
      const { kind, value } = await readBody(c, ['json', 'form']);
      const parsed = webSubmissionSchema.safeParse(value);
      const fields = kind === 'form' && typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
      const formAgain = (error: AppError) =>
        c.html(
          feedbackFormPage(deps.config, {
            text: fields.text,
            site: fields.site,
            topic: fields.topic,
            escalate: fields.escalate === 'on',
            errors: Object.fromEntries(error.issues.map((i) => [i.path in fields || ['text', 'site', 'topic'].includes(i.path) ? i.path : 'form', i.message])),
          }),
          error.status as 400 | 413,
        );

      if (!parsed.success) {
        const error = submissionError(parsed.error);
        if (kind === 'form') return formAgain(error);
        throw error;
      }
      try {
        const receipt = await submitFeedback(deps, { channel: 'web', ...parsed.data });
        deps.logger.info('feedback accepted', { channel: 'web' });
        c.header('Cache-Control', 'no-store');
        return kind === 'form' ? c.html(confirmationPage(deps.config, receipt.caseCode)) : c.json(receipt, 201);
      } catch (error) {
        if (kind === 'form' && error instanceof ValidationError) return formAgain(error);
        throw error;
      }
    },
  );
