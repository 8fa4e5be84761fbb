import type { Config, Sponsor } from '../../config/schema';
import { type Escalation, recipientsAt } from '../../domain/escalation';
import type { Language } from '../languages';

/** The language a sponsor reads: their own `language` in the config, else the installation's default. */
export const sponsorLanguage = (config: Config, sponsor: Sponsor | undefined): Language =>
  sponsor?.language ?? config.defaultLanguage;

/** The language of the leadership list (the digest's recipients): `digest.language`, else the default. */
export const leadershipLanguage = (config: Config): Language => config.digest.language ?? config.defaultLanguage;

/** The sponsor who alone receives mail at these addresses, if one does. */
export function sponsorAt(config: Config, emails: readonly string[]): Sponsor | undefined {
  if (emails.length !== 1) return undefined;
  const email = emails[0]!.toLowerCase();
  return config.sponsors.find((s) => s.email.toLowerCase() === email);
}

/** The language to write to these recipients in: one sponsor's own, else the leadership list's. */
export function recipientsLanguage(config: Config, emails: readonly string[]): Language {
  const sponsor = sponsorAt(config, emails);
  return sponsor ? sponsorLanguage(config, sponsor) : leadershipLanguage(config);
}

/** Who holds an escalation now, and the language they read. */
export function holderOf(config: Config, e: Pick<Escalation, 'sponsorId' | 'level' | 'reroute'>) {
  const recipients = recipientsAt(config, e.sponsorId, e.level, e.reroute?.bypassed);
  const bypassed = e.reroute?.bypassed ?? [];
  const sponsor = sponsorAt(config, recipients.emails);
  return {
    names: recipients.names,
    /** The sponsor whose desk the case is on, unless the case goes around them. */
    sponsor: sponsor && !bypassed.includes(sponsor.id) ? sponsor : undefined,
    language: recipientsLanguage(config, recipients.emails),
  };
}
