import { html } from 'hono/html';
import { Hono, type MiddlewareHandler } from 'hono';
import { recipientsLanguage } from '../../../shared/i18n/sponsor/reader';
import { sponsorTranslator } from '../../../shared/i18n/sponsor';
import { describeEscalation } from '../../../shared/email/describe-escalation';
import { closeWitnesses, lastClose } from '../../../shared/domain/close-witness';
import { LinkRefusedError } from '../../../shared/use-cases/answer-escalation';
import { caseToTake, takeClosedCase, type TakeDeps } from '../../../shared/use-cases/close-notices';
import type { SponsorDeps, SponsorEnv } from '../deps';
import { sponsorLayout } from '../pages/sponsor-layout';

/** What taking a case needs from the sponsors' function; every take link is refused where it cannot be done. */
function takeDeps(deps: SponsorDeps, origin: string): TakeDeps {
  const routing = deps.escalations?.routing;
  if (!deps.escalations || !routing) throw new LinkRefusedError('unknown');
  return {
    config: deps.config,
    escalations: deps.escalations.store,
    routing,
    clock: deps.clock,
    linkSigningKey: deps.escalations.linkSigningKey,
    publicUrl: deps.desk?.publicUrl ?? deps.config.publicUrl ?? origin,
    threads: deps.threads,
    clocks: deps.clocks,
  };
}

/**
 * `GET /take/:token`: the close a notice showed (`close-notices.ts`), the matter and its redacted text, with a
 * button; `POST` takes the case and opens it again (a link a mail scanner fetches changes nothing). Then the
 * case's own page when it is now the reader's, else who has it.
 */
export const takeCase = (budget: MiddlewareHandler) =>
  new Hono<SponsorEnv>()
    .get('/take/:token', budget, async (c) => {
      const deps = takeDeps(c.var.deps, new URL(c.req.url).origin);
      const { escalation } = await caseToTake(deps, c.req.param('token'));
      const witnesses = closeWitnesses(deps.config, escalation);
      const language = recipientsLanguage(deps.config, witnesses.emails);
      const t = sponsorTranslator(language);
      const { about, what } = describeEscalation(deps.config, escalation, language);
      c.header('Cache-Control', 'no-store');
      const closed = escalation.closedAt !== undefined;
      const body = html`<h1>${t('sponsor.take.heading', { about })}</h1>
<p>${t(closed ? 'sponsor.take.lead' : 'sponsor.take.openAlready', { closer: lastClose(deps.config, escalation)?.name ?? '' })}</p>
<blockquote dir="auto">${what}</blockquote>
${closed ? html`<form method="post" action="/take/${encodeURIComponent(c.req.param('token'))}" autocomplete="off"><div><button type="submit">${t('sponsor.closeNotice.take')}</button></div></form>` : ''}`;
      return c.html(
        sponsorLayout({
          title: t('sponsor.take.heading', { about }),
          programName: deps.config.programName,
          body,
          language,
        }),
      );
    })
    .post('/take/:token', budget, async (c) => {
      const deps = takeDeps(c.var.deps, new URL(c.req.url).origin);
      const before = await caseToTake(deps, c.req.param('token'));
      const language = recipientsLanguage(deps.config, closeWitnesses(deps.config, before.escalation).emails);
      const taken = await takeClosedCase(deps, c.req.param('token'));
      c.header('Cache-Control', 'no-store');
      if (taken.link) return c.redirect(taken.link, 303);
      const t = sponsorTranslator(language);
      const { about } = describeEscalation(deps.config, taken.escalation, language);
      const body = html`<h1>${t('sponsor.take.heading', { about })}</h1>
<p class="notice" role="status">${t(taken.outcome === 'taken' ? 'sponsor.take.done' : 'sponsor.take.openAlready', { holder: taken.holder, closer: '' })}</p>`;
      return c.html(
        sponsorLayout({
          title: t('sponsor.take.heading', { about }),
          programName: deps.config.programName,
          body,
          language,
        }),
      );
    });
