import type { Config, Sponsor } from '../config/schema';
import { hourStamp, recipientsAt, type Escalation } from '../domain/escalation';
import { escalationLink } from '../domain/escalation-link';
import { AddressRefusedError } from '../ports/mailer';
import type { EscalationDeps } from './raise-escalation';
import { sendToEach } from './send-to-each';

/**
 * Why: attack att42 had SES refuse the CEO's address and the leadership list's: an urgent self-harm report with no
 * site was emailed to nobody, its employee's page said "being passed on" for good, and the only trace was a WARN
 * line. The CHRO and the COO, whose addresses worked, were never tried. Nothing urgent may be left waiting.
 *
 * So when every address of a case's ladder (its sponsor, their backup, the leadership list) is refused for good,
 * the case's email goes to the sponsors outside that ladder, one at a time until one accepts: first those whose
 * scope covers the report, then those of other sites. Covering it: those who own the report's kind of danger (a
 * topic whose urgency categories hold it; the site's owner before the company-wide one), then the company-wide
 * leaders, then the other sponsors of its site. Only then the sponsors of other sites (owners of its kind first):
 * op43 saw an HQ report sent to Plant 2's general manager while the CHRO could be emailed; a sponsor of another
 * site learns of a report they would never read otherwise, and where they cannot act. Never one the case goes
 * around (`reroute.bypassed`: named in it, or its employee's management). The case stays with the leadership list
 * (its link opens it for whoever was sent it while it is there); its trail says who was emailed and why. Nothing
 * urgent is left: when only a sponsor of another site can be emailed, they are.
 */

/** The urgency categories a topic stands for: its own (`urgencyCategories`), else the category of its id. */
const categoriesOf = (config: Config, topicId: string): readonly string[] =>
  config.topics.find((t) => t.id === topicId)?.urgencyCategories ?? [topicId];

/** The sponsors to try once every address of the case's ladder refused, in the order they are tried. */
export function sponsorsPastTheChain(config: Config, e: Escalation): Sponsor[] {
  const bypassed = new Set(e.reroute?.bypassed ?? []);
  const ladder = new Set(
    [0, 1, 2].flatMap((level) =>
      recipientsAt(config, e.sponsorId, level, e.reroute?.bypassed).emails.map((m) => m.toLowerCase()),
    ),
  );
  const kinds = new Set<string>([
    ...e.urgentCategories,
    ...e.topics.filter((id) => config.topics.find((t) => t.id === id)?.urgent),
  ]);
  const owns = (s: Sponsor) => s.topics.some((t) => kinds.has(t) || categoriesOf(config, t).some((c) => kinds.has(c)));
  const ofSite = (s: Sponsor) => e.site !== undefined && s.sites.includes(e.site);
  const companyWide = (s: Sponsor) => s.sites.length === 0;
  // Lower goes first. Whose scope covers the report: owners of its kind at its site, then company-wide; the
  // company-wide leaders; the site's other sponsors (a site's own line may be whom a report is about: round 31).
  // Then the sponsors of other sites, owners of its kind first: they learn of a report not theirs.
  const order = (s: Sponsor) => {
    if (owns(s) && ofSite(s)) return 0;
    if (owns(s) && companyWide(s)) return 1;
    if (companyWide(s)) return 2;
    if (ofSite(s)) return 3;
    return owns(s) ? 4 : 5;
  };
  const seen = new Set<string>();
  return config.sponsors
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => !bypassed.has(s.id) && !ladder.has(s.email.toLowerCase()))
    .sort((a, b) => order(a.s) - order(b.s) || a.i - b.i)
    .map(({ s }) => s)
    .filter((s) => {
      const address = s.email.toLowerCase();
      if (seen.has(address)) return false;
      seen.add(address);
      return true;
    });
}

/**
 * Emails the case to the first sponsor past its ladder who accepts it ({@link sponsorsPastTheChain}), once every
 * address of its ladder was refused, and notes it on the case as told. The operator is told either way
 * (`ladderRefused`: whether someone past it was reached), as an alarm, not a warning: the addresses must be fixed.
 * True once one accepted; false when none is left or every one refused too (the case waits, and the caller counts
 * a failure). Any other failure of the mail service is thrown: the next run tries again.
 */
export async function reachPastRefusedChain(deps: EscalationDeps, escalation: Escalation): Promise<boolean> {
  const reached = await firstPastTheChain(deps, escalation);
  deps.ladderRefused?.({ reached: reached !== undefined });
  return reached !== undefined;
}

async function firstPastTheChain(deps: EscalationDeps, escalation: Escalation): Promise<Sponsor | undefined> {
  const { config } = deps;
  const candidates = sponsorsPastTheChain(config, escalation);
  if (!candidates.length) return undefined;
  const link = escalationLink(config, escalation, deps.publicUrl, deps.clock.now(), deps.linkSigningKey);
  const ladder = recipientsAt(config, escalation.sponsorId, escalation.level, escalation.reroute?.bypassed).names;
  const { escalationEmail } = await import('../email/escalation-email');
  for (const sponsor of candidates) {
    try {
      await sendToEach(deps, `esc:${escalation.id}:past-chain:${sponsor.id}`, [sponsor.email], (to) =>
        escalationEmail(config, escalation, [to], link, ladder, 'past-chain', undefined, deps.clock.now()),
      );
    } catch (error) {
      if (error instanceof AddressRefusedError) continue;
      throw error;
    }
    await deps.escalations.markNotified(escalation.id, escalation.level, {
      at: hourStamp(deps.clock.now()),
      event: 'notified',
      detail: `emailed ${sponsor.name}: every address of ${ladder} and before it was refused`,
    });
    return sponsor;
  }
  return undefined;
}
