import { eitherOrder } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * Someone finding out or telling who wrote an anonymous report (attack ra34, class U30): "someone in IT is reading the
 * anonymous feedback and telling managers who wrote it", "looked up the kiosk logs to find out who wrote the last
 * complaint and named her". Harassment (retaliation), the owner of harassment's: unmasking a reporter is what keeps every
 * other report from being made, and it breaks this service's one promise, so it cannot wait for the digest (the
 * decision is in docs/escalations.md). Who wrote a policy or a rota is no report.
 */
const EN_UNMASKING = String.raw`(?:(?:find|finds|found|finding)(?: out)?|work(?:s|ed|ing)? out|figur(?:e|es|ed|ing) out|track(?:s|ed|ing)? down|tell(?:s|ing)?(?: \w+){0,2}|told(?: \w+){0,2}|reveal(?:s|ed|ing)?|expos(?:e|es|ed|ing)|nam(?:e|es|ed|ing)|guess(?:es|ed|ing)?|know(?:s)?) who (?:wrote|writes|sent|sends|made|filed|posted|submitted|left|complained|reported|raised|said)`;
const EN_ANONYMOUS = String.raw`anonymous|anonymously|feedback|complaints?|kiosk|survey|hotline|suggestion box|whistle ?blow\w*|reports?|logs?`;
export const ENGLISH_UNMASKING_REPORTERS: UrgencyRule[] = [
  rule('harassment', eitherOrder('latin', 80, EN_UNMASKING, EN_ANONYMOUS)),
];
