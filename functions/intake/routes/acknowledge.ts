import { type Context, Hono, type MiddlewareHandler } from 'hono';
import * as z from 'zod'; // a namespace import lets esbuild drop zod's unused locales (~370 KB)
import { ValidationError } from '../../../shared/errors';
import { holderIdOf, sponsorsReading, type Escalation } from '../../../shared/domain/escalation';
import type { ThreadMessage } from '../../../shared/ports/case-thread';
import {
  acknowledgeEscalation,
  acknowledgeOpened,
  openEscalation,
  refuseIfClosed,
  respondToEscalation,
} from '../../../shared/use-cases/answer-escalation';
import { sponsorReadsThread, sponsorWrites } from '../../../shared/use-cases/case-conversation';
import type { SponsorDeps, SponsorEnv } from '../deps';
import { answerDeps } from '../sponsor-answer-deps';
import { limitBody } from '../middleware/limit-body';
import { SPONSOR_TEXT_BODY } from '../middleware/body-limits';
import { readBody } from '../middleware/read-body';
import { type AckNotice, escalationPage } from '../pages/escalation';
import { deskCasePath } from '../pages/case-desk';
import { refusedField, sponsorRefusal } from '../pages/sponsor-refusal';
import type { SponsorPageError } from '../pages/sponsor-error';
import { deskUrl } from '../../../shared/domain/case-desk';
import { holderOf } from '../../../shared/i18n/sponsor/reader';
import { withMessageLanguages } from '../sponsor-message-languages';
import { type SponsorBox, typedBoxesOf, unsentBoxes } from '../unsent-boxes';

/** The case's conversation as the sponsor reads it (what the employee wrote is then no longer new), or none. */
async function threadOf(deps: SponsorDeps, escalation: Escalation): Promise<ThreadMessage[] | undefined> {
  if (!deps.threads || !escalation.caseKey) return undefined;
  // Never an answer that names whoever reads it here (the case goes around them once the answer is read).
  return sponsorReadsThread(deps.threads, escalation.caseKey, sponsorsReading(deps.config, escalation));
}

/** Where the case's holder finds all their cases: their desk, when a sponsor holds it (not the leadership list). */
function deskHrefOf(deps: SponsorDeps, escalation: Escalation): string | undefined {
  const holder = holderOf(deps.config, escalation).sponsor;
  if (!holder || !deps.desk || !deps.escalations) return undefined;
  return deskUrl(deps.config, holder, '', deps.clock.now(), deps.escalations.linkSigningKey);
}

/** The case page, with its conversation (read by the sponsor now) and the way to their desk. */
async function page(
  deps: SponsorDeps,
  escalation: Escalation,
  token: string,
  {
    notice,
    error,
    draft,
    draftResponse,
    unsent,
  }: {
    notice?: AckNotice;
    error?: SponsorPageError;
    draft?: string;
    draftResponse?: string;
    unsent?: readonly SponsorBox[];
  } = {},
) {
  const deskHref = deskHrefOf(deps, escalation);
  return escalationPage(deps.config, escalation, token, {
    now: deps.clock.now(),
    notice,
    error,
    thread: await withMessageLanguages(await threadOf(deps, escalation)),
    draftMessage: draft,
    draftResponse,
    unsent,
    deskHref,
    deskCaseHref: deskHref && `${deskHref}${deskCasePath(escalation.id)}`,
  });
}

// z.lazy: built on its first parse, not at import, so a cold start whose first request is another route skips it.
/**
 * The sponsor's form: acknowledge, publish a response or write to the employee (checked by the use case,
 * which says what is wrong with it); the button pressed is the action. The boxes come with every button
 * (one form), and whatever the action does not send is given back (`typedBoxesOf`).
 */
const answerFormSchema = z.lazy(() =>
  z.discriminatedUnion('action', [
    z.object({ action: z.literal('acknowledge') }),
    z.object({ action: z.literal('respond'), response: z.string().default('') }),
    z.object({ action: z.literal('message'), message: z.string().default('') }),
  ]),
);

const ACK_NOTICES: readonly AckNotice[] = ['acknowledge', 'respond', 'reply'];

/** The box each action sends (acknowledging sends none). */
const OWN_BOX = { acknowledge: undefined, respond: 'response', message: 'message' } as const;

/**
 * After a change, the case page is fetched again (POST, redirect, GET): a
 * reload then shows the page again instead of sending the same message or
 * response a second time. The notice rides on the address; it says what was
 * done, never what was written.
 */
function redirectDone(c: Context, token: string, notice: AckNotice) {
  return c.redirect(`/ack/${encodeURIComponent(token)}?done=${notice}`, 303);
}

/** `GET /ack/:token` shows a sponsor their escalation; `POST` acknowledges it or publishes a response; both under the links' budget. */
export const acknowledge = (budget: MiddlewareHandler) =>
  new Hono<SponsorEnv>()
    .get('/ack/:token', budget, async (c) => {
      const deps = c.var.deps;
      const escalation = await openEscalation(answerDeps(deps), c.req.param('token'));
      c.header('Cache-Control', 'no-store');
      const done = c.req.query('done');
      const notice = ACK_NOTICES.find((n) => n === done);
      return c.html(await page(deps, escalation, c.req.param('token'), { notice }));
    })
    .post('/ack/:token', budget, limitBody(SPONSOR_TEXT_BODY), async (c) => {
      const deps = c.var.deps;
      const token = c.req.param('token');
      const answer = answerDeps(deps);
      // The link first, as the GET reads it: a link whose case is now with someone else (or expired) is told
      // so, whatever its form holds, never "could not be read".
      const opened = await openEscalation(answer, token);
      const { value } = await readBody(c, ['form'], SPONSOR_TEXT_BODY);
      const parsed = answerFormSchema.safeParse(value);
      if (!parsed.success) {
        throw new ValidationError('action must be acknowledge, respond or message', [
          { path: 'action', message: 'must be acknowledge, respond or message' },
        ]);
      }
      const fields = parsed.data;
      const typed = typedBoxesOf(value);
      // Words typed in a box whose button was not pressed: whatever is done, the page comes back with them.
      const unsent = unsentBoxes(typed, OWN_BOX[fields.action], opened.response);
      c.header('Cache-Control', 'no-store');
      const done = async (notice: AckNotice) => {
        if (!unsent.length) return redirectDone(c, token, notice);
        // Not redirected: the words ride on no address. The page says what was done and what is still to send.
        const now = (await deps.escalations?.store.get(opened.id)) ?? opened;
        return c.html(
          await page(deps, now, token, {
            notice,
            unsent,
            // Only the unsent words: a box whose words were just sent shows what the case now holds.
            ...(unsent.includes('message') ? { draft: typed.message } : {}),
            ...(unsent.includes('response') ? { draftResponse: typed.response } : {}),
          }),
        );
      };
      try {
        // A closed case is read-only: nothing is acknowledged, written or published from any link.
        refuseIfClosed(opened);
        if (fields.action === 'acknowledge') {
          await acknowledgeEscalation(answer, token);
          return done('acknowledge');
        }
        if (fields.action === 'message') {
          if (!deps.threads)
            throw new ValidationError('Conversations are not available here.', [
              { path: 'message', message: 'Conversations are not available here.' },
            ]);
          await sponsorWrites(
            { threads: deps.threads, clock: deps.clock, config: deps.config },
            opened,
            fields.message,
            holderIdOf(deps.config, opened),
          );
          // Writing to the employee shows it has been seen: it acknowledges too.
          await acknowledgeOpened(answer, opened);
          return done('reply');
        }
        await respondToEscalation(answer, token, fields.response);
        return done('respond');
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        // The page again, with what was typed and what was wrong (nothing was changed, so a reload changes nothing either).
        const now = (await deps.escalations?.store.get(opened.id)) ?? opened;
        return c.html(
          await page(deps, now, token, {
            error: { words: sponsorRefusal(holderOf(deps.config, now).language, error), field: refusedField(error) },
            // Every box given back whole; the page still says whether a response is published (the refused one is not).
            draft: typed.message,
            draftResponse: typed.response,
            unsent,
          }),
          400,
        );
      }
    });
