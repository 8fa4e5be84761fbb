import { Hono, type Context, type MiddlewareHandler } from 'hono';
import * as z from 'zod'; // a namespace import lets esbuild drop zod's unused locales (~370 KB)
import type { Sponsor } from '../../../shared/config/schema';
import { deskFilters, isClosing } from '../../../shared/domain/case-desk';
import { LEADERSHIP_LIST, recipientsAt } from '../../../shared/domain/escalation';
import { NotFoundError, ValidationError } from '../../../shared/errors';
import { LinkRefusedError } from '../../../shared/use-cases/answer-escalation';
import {
  actOnDeskCase,
  deskThread,
  handedOverBy,
  listDesk,
  openDesk,
  openDeskCase,
  type DeskAction,
  type DeskDeps,
  UnacknowledgedUrgentClose,
  HandOverReasonSinglesOut,
} from '../../../shared/use-cases/case-desk';
import type { SponsorDeps, SponsorEnv } from '../deps';
import { answerDeps } from '../sponsor-answer-deps';
import { httpStatusOf } from '../error-status';
import { limitBody } from '../middleware/limit-body';
import { SPONSOR_TEXT_BODY } from '../middleware/body-limits';
import { readBody } from '../middleware/read-body';
import { caseDeskPage, deskCaseId } from '../pages/case-desk';
import { pageError } from '../pages/sponsor-error';
import { sponsorRefusals } from '../pages/sponsor-refusal';
import { sponsorText } from '../../../shared/i18n/sponsor';
import { sponsorLanguage } from '../../../shared/i18n/sponsor/reader';
import { deskCasePage, type DeskCaseMessages } from '../pages/desk-case';
import { withMessageLanguages } from '../sponsor-message-languages';
import { leavesWordsBehind, type SponsorBox, type TypedBoxes, typedBoxesOf, unsentBoxes } from '../unsent-boxes';

/** The desk's dependencies, or a refusal of every desk link when this runtime has no desk. */
function deskDeps(deps: SponsorDeps, origin: string): DeskDeps {
  if (!deps.escalations || !deps.desk || !deps.threads) throw new LinkRefusedError('unknown');
  return {
    ...answerDeps(deps),
    desk: deps.desk.store,
    threads: deps.threads,
    mailer: deps.desk.mailer,
    sentEmails: deps.desk.sentEmails,
    publicUrl: deps.desk.publicUrl || origin,
    // A hand-over's email not sent: logged by kind and the service's error name, never the address or the case.
    mailFailed: (failure) =>
      deps.logger.warn('A handed-over case’s email was not sent; the sweep tries again', { ...failure }),
  };
}

/** `to` is the number of an option of the page's list, as the page sends it: "1e0" or " 1" is no choice of it. */
const listChoice = () =>
  z
    .string()
    .regex(/^[0-9]{1,3}$/)
    .transform(Number)
    .catch(-1);

// z.lazy: built on its first parse, not at import, so a cold start whose first request is another route skips it.
/** The forms of a case page; other fields are ignored, and a form without a known action is a 400 that says so. */
const actionSchema = z.lazy(() =>
  z.discriminatedUnion('action', [
    z.object({ action: z.literal('acknowledge') }),
    z.object({ action: z.literal('respond'), response: z.string().default('') }),
    z.object({ action: z.literal('reply'), message: z.string().default('') }),
    z.object({ action: z.literal('hand-over'), to: listChoice(), reason: z.string().default('') }),
    // The second step of a hand-over whose reason may point to one person (`HandOverReasonSinglesOut`).
    z
      .object({ action: z.literal('hand-over-confirmed'), to: listChoice(), reason: z.string().default('') })
      .transform(({ to, reason }) => ({ action: 'hand-over' as const, to, reason, confirmed: true })),
    // `confirm=yes`: the second step of closing an urgent case nobody has acknowledged (`UnacknowledgedUrgentClose`).
    z
      .object({ action: z.literal('close'), confirm: z.string().optional() })
      .transform(({ confirm }) => ({ action: 'close' as const, confirmed: confirm === 'yes' })),
    // The confirmation's own button (the page's one form carries no `confirm` field for it alone).
    z.object({ action: z.literal('close-confirmed') }).transform(() => ({ action: 'close' as const, confirmed: true })),
    z.object({ action: z.literal('keep-open') }),
    // The page's hidden first button, which Enter in a choice presses: nothing is done (`NO_ENTER`).
    z.object({ action: z.literal('stay') }),
  ]),
);

/** The box each action sends (the others send none). */
const OWN_BOX: Partial<Record<DeskAction['action'] | 'stay', SponsorBox>> = {
  respond: 'response',
  reply: 'message',
  'hand-over': 'reason',
};

/** Only these boxes' words, to give back in them. */
const only = (typed: TypedBoxes, boxes: readonly SponsorBox[]): TypedBoxes =>
  Object.fromEntries(boxes.map((box) => [box, typed[box]]));

const DESK_ACTIONS: readonly DeskAction['action'][] = [
  'acknowledge',
  'respond',
  'reply',
  'hand-over',
  'close',
  'keep-open',
];

/** `?done=<action>` after a redirect: what was just done, in the sponsor's language; anything else, nothing. */
function doneNotice(c: Context, sponsor: Sponsor): string | undefined {
  const action = DESK_ACTIONS.find((a) => a === c.req.query('done'));
  if (!action) return undefined;
  const language = sponsorLanguage(c.var.deps.config, sponsor);
  const mail = c.req.query('mail');
  const to = Number(c.req.query('to'));
  if (
    action === 'hand-over' &&
    (mail === 'passed-on' || mail === 'passed-on-untold' || mail === 'untold') &&
    (to === 1 || to === 2)
  ) {
    // Whom the sponsor chose, and where a case goes from them: the sponsor's own backup and the leadership list.
    const name = (level: number) => {
      const names = recipientsAt(c.var.deps.config, sponsor.id, level).names;
      return names === LEADERSHIP_LIST ? sponsorText(language, 'sponsor.leadershipList') : names;
    };
    const next = name(to + 1);
    return sponsorText(language, 'sponsor.notice.handOver', {
      mail,
      to: name(to),
      next,
      // At the top, or acknowledged (no deadline moves it on): the operator is alerted until someone has it.
      top: to >= 2 || next === name(to) || c.req.query('acknowledged') === '1' ? 'yes' : 'no',
    });
  }
  return sponsorText(language, 'sponsor.notice', { action });
}

function noStore(c: Context) {
  c.header('Cache-Control', 'no-store');
}

/**
 * A sponsor's case desk (issue 14, item 2), behind their one signed link:
 * `GET /desk/:token` lists the cases they hold, filtered by GET parameters;
 * `GET /desk/:token/case/:id` opens one with its conversation; `POST` there
 * acknowledges, writes to the employee, publishes a response, hands it over,
 * closes it, or keeps open a case whose close is not yet in effect. Every page works without JavaScript; all under the links'
 * budget.
 */
export const caseDesk = (budget: MiddlewareHandler) =>
  new Hono<SponsorEnv>()
    .get('/desk/:token', budget, async (c) => {
      const desk = deskDeps(c.var.deps, new URL(c.req.url).origin);
      const token = c.req.param('token');
      const sponsor = openDesk(desk, token);
      const filters = deskFilters(desk.config, c.req.query());
      const { rows, counts } = await listDesk(desk, sponsor, filters);
      noStore(c);
      return c.html(
        caseDeskPage(desk.config, sponsor, token, filters, rows, counts, doneNotice(c, sponsor), desk.clock.now()),
      );
    })
    .get('/desk/:token/case/:id', budget, async (c) => {
      const desk = deskDeps(c.var.deps, new URL(c.req.url).origin);
      const token = c.req.param('token');
      const sponsor = openDesk(desk, token);
      const escalation = await openDeskCase(desk, sponsor, deskCaseId(c.req.param('id')));
      const thread = await withMessageLanguages(await deskThread(desk, escalation, sponsor));
      noStore(c);
      // The address keeps "done=close" after the press: reloaded once the close is in effect (or the employee's
      // answer reopened the case), "Closing." would contradict the clock line just below it.
      const stale = c.req.query('done') === 'close' && !isClosing(escalation, desk.clock.now());
      const notice = stale ? undefined : doneNotice(c, sponsor);
      return c.html(
        deskCasePage(desk.config, sponsor, token, escalation, thread, desk.clock.now(), notice ? { notice } : {}),
      );
    })
    .post('/desk/:token/case/:id', budget, limitBody(SPONSOR_TEXT_BODY), async (c) => {
      const desk = deskDeps(c.var.deps, new URL(c.req.url).origin);
      const token = c.req.param('token');
      const sponsor = openDesk(desk, token);
      const id = deskCaseId(c.req.param('id'));
      const { value } = await readBody(c, ['form'], SPONSOR_TEXT_BODY);
      const parsed = actionSchema.safeParse(value);
      if (!parsed.success) {
        throw new ValidationError(
          'The form sent no action this page knows. Go back to the case and use one of its buttons.',
          [{ path: 'action', message: 'must be acknowledge, reply, respond, hand-over, close or keep-open' }],
        );
      }
      const act = parsed.data;
      // Every button posts every box (one form): words typed in a box whose button was not pressed.
      const typed = typedBoxesOf(value);
      noStore(c);
      const base = `/desk/${encodeURIComponent(token)}`;
      /** The case page again, not redirected (words ride on no address), with the words given back. */
      const again = async (messages: DeskCaseMessages) => {
        const escalation = await openDeskCase(desk, sponsor, id);
        const thread = await withMessageLanguages(await deskThread(desk, escalation, sponsor));
        return c.html(deskCasePage(desk.config, sponsor, token, escalation, thread, desk.clock.now(), messages));
      };
      try {
        const before = await openDeskCase(desk, sponsor, id);
        const unsent = unsentBoxes(typed, OWN_BOX[act.action], before.response);
        // Enter in a choice: nothing done, the page again with every box as it was.
        if (act.action === 'stay') return await again({ typed, unsent });
        // Closing or handing over would leave these words with no box to send them from: not done, and said so.
        if (leavesWordsBehind(act.action, unsent))
          return await again({
            // Every box given back, the pressed button's own too (a hand-over's reason): nothing was done with any.
            typed,
            unsent,
            held: act.action === 'close' ? 'close' : 'hand-over',
          });
        const done = await actOnDeskCase(desk, sponsor, id, act);
        if (unsent.length && done.stillOnDesk) {
          const notice = sponsorText(sponsorLanguage(desk.config, sponsor), 'sponsor.notice', { action: act.action });
          return await again({ notice, typed: only(typed, unsent), unsent });
        }
        // POST, redirect, GET: a reload shows the page again, never sends the action twice. The notice
        // rides on the address and says what was done, never what was written. A case handed over has
        // left this desk: back to the list.
        const to = done.stillOnDesk ? `${base}/case/${encodeURIComponent(c.req.param('id'))}` : base;
        // A hand-over whose new holder could not be emailed says so, and whom the case goes to next.
        const mail =
          done.handOver && done.handOver.mail !== 'told'
            ? `&mail=${done.handOver.mail}&to=${done.handOver.to}${done.handOver.acknowledged ? '&acknowledged=1' : ''}`
            : '';
        return c.redirect(`${to}?done=${act.action}${mail}`, 303);
      } catch (error) {
        // The same hand-over posted again (a double click, a reload): the case left this desk with the first post.
        if (error instanceof NotFoundError && act.action === 'hand-over' && (await handedOverBy(desk, sponsor, id)))
          return c.redirect(`${base}?done=hand-over`, 303);
        if (error instanceof UnacknowledgedUrgentClose) {
          // Not closed: the same page, asking again with what closing it would do (a form, so no script is needed).
          const escalation = await openDeskCase(desk, sponsor, id);
          const thread = await withMessageLanguages(await deskThread(desk, escalation, sponsor));
          return c.html(
            deskCasePage(desk.config, sponsor, token, escalation, thread, desk.clock.now(), { confirmClose: true }),
          );
        }
        if (error instanceof HandOverReasonSinglesOut && act.action === 'hand-over')
          // Not handed over: the same page, the reason in its box and the person chosen, naming the words.
          return await again({ typed, singledOutReason: error.phrases, chosen: act.to });
        if (!(error instanceof ValidationError)) throw error;
        const escalation = await openDeskCase(desk, sponsor, id);
        const page = deskCasePage(
          desk.config,
          sponsor,
          token,
          escalation,
          await withMessageLanguages(await deskThread(desk, escalation, sponsor)),
          desk.clock.now(),
          {
            error: pageError(sponsorRefusals(sponsorLanguage(desk.config, sponsor), error)),
            // Every box given back, the refused one and any other holding words not sent.
            typed,
            unsent: unsentBoxes(typed, OWN_BOX[act.action], escalation.response),
          },
        );
        return c.html(page, httpStatusOf(error));
      }
    });
