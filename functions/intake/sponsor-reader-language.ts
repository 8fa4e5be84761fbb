import type { Context } from 'hono';
import { signedSubject } from '../../shared/domain/signed-link';
import { readEscalationSubject } from '../../shared/domain/escalation-link';
import type { Language } from '../../shared/i18n/languages';
import { holderOf, leadershipLanguage, sponsorLanguage } from '../../shared/i18n/sponsor/reader';
import type { SponsorEnv } from './deps';

/**
 * The language of whoever a sponsor's link (`/ack/…`, `/desk/…`,
 * `/digest/…?t=`) was made for, when the link is one this installation
 * signed, even expired or moved on: so that its refusal, a page that is not
 * there or a fault on our side reaches them in their own language. Undefined
 * when the link names nobody (forged, cut short, or not a link).
 */
export async function linkReaderLanguage(c: Context<SponsorEnv>): Promise<Language | undefined> {
  const deps = c.var.deps;
  const { config } = deps;
  const path = c.req.path;
  try {
    if (/^\/digest\/[^/]+$/.test(path) && deps.digests) {
      const subject = signedSubject(c.req.query('t') ?? '', deps.digests.linkSigningKey);
      if (!subject?.startsWith('digest:')) return undefined;
      const sponsor = config.sponsors.find((s) => s.id === subject.split(':')[2]);
      return sponsor ? sponsorLanguage(config, sponsor) : leadershipLanguage(config);
    }
    const token = /^\/(?:ack|desk)\/([^/]+)/.exec(path)?.[1];
    if (!token || !deps.escalations) return undefined;
    const subject = signedSubject(decodeURIComponent(token), deps.escalations.linkSigningKey);
    if (!subject) return undefined;
    if (path.startsWith('/desk/')) {
      const sponsor = config.sponsors.find((s) => s.id === subject.split(':')[1]);
      return subject.startsWith('desk:') && sponsor ? sponsorLanguage(config, sponsor) : undefined;
    }
    // An escalation's link: whoever holds the case now, as its emails are written to them.
    const escalation = await deps.escalations.store.get(readEscalationSubject(subject).id);
    return escalation ? holderOf(config, escalation).language : undefined;
  } catch {
    return undefined; // the page is still answered, in the browser's language
  }
}
