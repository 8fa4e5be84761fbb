import { createHash } from 'node:crypto';
import { keyPart } from './dynamodb-keys';

/**
 * Every key of the single table (`pk`, `sk`; TTL `expiresAt` in epoch
 * seconds), and the one place that builds them. `infra/table-access.ts`
 * grants each function its partition-key prefixes from `PK` below, so a key
 * added here and not granted there fails the local stack's access guard.
 *
 * | pk | sk | what | written by | read by | expires |
 * | --- | --- | --- | --- | --- | --- |
 * | `CASE#<hmac of case code>` | `CASE` | a case; its redacted text once analysed | intake, sms-inbound (create); analyze, escalate, sponsor, sweep (update) | intake, sms-inbound, analyze | retention after its week |
 * | `ESC#<id>` | `ESC` | an escalation and its audit | escalate (create); sweep, sponsor (update) | escalate, sweep, sponsor, digest | retention, on the hour |
 * | `ESC_OPEN` | `<slaDueAt>#<id>` | open escalations by due time | escalate, sweep; sponsor (delete) | sweep, digest | with its escalation |
 * | `ESC_OPEN` | `CLOSED#<id>` | a case closed whose close is to be shown to someone other than its closer (urgent, or it named a sponsor) | sponsor (a close) | sweep (then deletes) | with its escalation |
 * | `ESC_OPEN` | `UNTOLD#<id>` | an acknowledged escalation handed on to a holder not yet emailed (sorts after every due time) | sponsor (a hand-over), sweep | sweep (then deletes) | with its escalation |
 * | `ESCWEEK#<week>` | `RAISED\|RESPONDED#<at>#<id>` | escalations by week raised / answered | escalate, sponsor | digest | with its escalation |
 * | `WEEK#<week>` | `GROUP#…`, `TOPIC#…`, `PHRASE#…`, `LANG#…` | weekly counters: numbers on a few shard items each (`…#=<n>`), with the `counting` set of the reports being added at that moment (empty at rest); `…#<shard>` and `…#~<digest>` items from earlier versions | analyze | digest | retention after the week |
 * | `WEEK#<week>` | `COUNTED#<digest>` | one marker per report counted (a digest of its weekly token): `pending`, then `done` | analyze | analyze | retention after the week |
 * | `WEEK#<week>` | `VERBATIM#<site>#<topic>#<rank>` | a bottom-k sample of redacted comments | analyze | digest | retention after the week |
 * | `PATTERN#<site>#<topic>` | `WEEK#<week>#CASE#<token>`, `CLAIM` (`WEEK#<week>`: counts from earlier versions) | one item per negative case counted in a week, under the case's random token (`counted` false once taken off); the pattern alert's claim | analyze; escalate, sweep (a case taken off) | analyze | a week boundary past the window |
 * | `KIOSK#<id>` | `KIOSK` | an enrolled kiosk | operator CLI | operator CLI | never (until revoked) |
 * | `KIOSKTOKEN#<sha256 of token>` | `KIOSKTOKEN` | a kiosk's token look-up | operator CLI | intake | deleted on revocation |
 * | `KIOSKENROL#<sha256 of code>` | `KIOSKENROL` | a kiosk's one-use enrolment link: its token sealed under the code | operator CLI | intake (deletes it as it reads it), operator CLI | when used or revoked; else a week after it stops working (TTL) |
 * | `DIGEST#<week>` | `DELIVERY#<audience>#<recipient>` | who had which week's digest | digest | digest | 400 days after the week |
 * | `DIGEST#<week>` | `FIGURES`, `FIGURES#<run>#<n>` | the week's figures as first shown | digest | digest | 400 days after the week |
 * | `CLOCK#DUE` | `<at>#<escalation id>#<deadline>#<stage>` | legal clocks' reminders and deadlines still ahead | escalate, sponsor, sweep | sweep, digest | with its escalation |
 * | `CLOCK#PASSED` | `<escalation id>#<deadline>` | a legal deadline passed, until it is met | sweep; sponsor (delete) | digest | with its escalation |
 * | `NOTICE#HELD` | `<hour>#<escalation id>[#<page>]` | employees' answers (redacted) waiting for the hour to turn before their holder is emailed | escalate | sweep (then deletes) | a week after the hour |
 * | `NOTICE#PATTERN` | `<release hour>#<escalation id>` | a pattern's escalation waiting for the day's release (`escalation.patternReleaseHour`) | analyze | sweep (raises it, then deletes) | a week after its release |
 * | `NOTICE#WAITING` | `<hour>#<hmac of case code>` | a thread with employees' answers waiting for the hour to turn before they join it | analyze | sweep (then deletes) | a week boundary past the thread's expiry |
 * | `MAIL#<sha256 of event>` | `TO#<sha256 of address>` | an email (escalation, answer, reminder) claimed or sent to one reader, so a retry sends it once | escalate, sweep, sponsor | the same | four weeks on, on a week boundary |
 * | `THREAD#<hmac of case code>` | `HEAD`, `MSG#<seq>`, `WAIT#<hour>#<n>`, `ONCE#<id>` | a case's conversation: who has read what, its deadlines (days); one item per message (day only); an employee's answer waiting for its hour (`WAIT#`, no place in the thread yet) | intake, sms-inbound, analyze (employee); sponsor; sweep (a deadline passed, on `HEAD`; places waiting answers); escalate, sweep (an answer's notice held, then sent, on `ONCE#<id>`) | intake, sms-inbound, sponsor, sweep, digest; escalate (`ONCE#<id>`) | with its escalation |
 *
 * Text that people or the config control (sites, topics, phrases) enters a
 * key only through `keyPart`, which bounds its UTF-8 bytes.
 */
export const PK = {
  case: 'CASE#',
  escalation: 'ESC#',
  openEscalations: 'ESC_OPEN',
  escalationWeek: 'ESCWEEK#',
  week: 'WEEK#',
  pattern: 'PATTERN#',
  kiosk: 'KIOSK#',
  kioskToken: 'KIOSKTOKEN#',
  kioskEnrolment: 'KIOSKENROL#',
  digest: 'DIGEST#',
  thread: 'THREAD#',
  clock: 'CLOCK#',
  notice: 'NOTICE#',
  mail: 'MAIL#',
} as const;

export type TableKey = { pk: string; sk: string };

export const caseItemKey = (caseKey: string): TableKey => ({ pk: `${PK.case}${caseKey}`, sk: 'CASE' });

export const escalationKey = (id: string): TableKey => ({ pk: `${PK.escalation}${id}`, sk: 'ESC' });
export const openEscalationKey = (slaDueAt: string, id: string): TableKey => ({
  pk: PK.openEscalations,
  sk: `${slaDueAt}#${id}`,
});
/** An acknowledged escalation whose holder was not yet emailed: no time in it, and never read as a due time. */
export const UNTOLD_SK_PREFIX = 'UNTOLD#';
export const untoldEscalationKey = (id: string): TableKey => ({
  pk: PK.openEscalations,
  sk: `${UNTOLD_SK_PREFIX}${id}`,
});
/**
 * A case closed whose close someone other than its closer must be told of (`close-witness.ts`): the sweep
 * tells them once the close is in effect. No time in it (sorts after every due time, before `UNTOLD#`).
 */
export const CLOSE_NOTICE_SK_PREFIX = 'CLOSED#';
export const closeNoticeKey = (id: string): TableKey => ({
  pk: PK.openEscalations,
  sk: `${CLOSE_NOTICE_SK_PREFIX}${id}`,
});
/** Which list of a week an escalation is in: the week it was raised, or that of its latest answer. */
export type EscalationWeekList = 'RAISED' | 'RESPONDED';
export const escalationWeekPk = (week: string): string => `${PK.escalationWeek}${week}`;
export const escalationWeekSk = (list: EscalationWeekList, at: string, id = ''): string =>
  `${list}#${at}${id ? `#${id}` : ''}`;

export const weekPk = (week: string): string => `${PK.week}${week}`;
export const groupCounterSk = (sitePart: string, channel: string, slot: number | string): string =>
  `GROUP#${sitePart}#${channel}#${slot}`;
export const topicCounterSk = (topic: string, sitePart: string, channel: string, slot: number | string): string =>
  `TOPIC#${keyPart(topic)}#${sitePart}#${channel}#${slot}`;
export const phraseCounterSk = (phrase: string, slot: number | string): string => `PHRASE#${keyPart(phrase)}#${slot}`;
export const languageCounterSk = (language: string, sitePart: string, channel: string, slot: number | string): string =>
  `LANG#${keyPart(language)}#${sitePart}#${channel}#${slot}`;
/** A counter's shard item: `=` keeps it apart from earlier versions' `#<shard>` and `#~<digest>` items. */
export const counterShardSuffix = (shard: number): string => `=${shard}`;
/** A report's marker that it was counted in the week: read by nothing but the counting itself. */
export const countedMarkerSk = (marker: string): string => `COUNTED#${marker}`;
export const VERBATIM_SK_PREFIX = 'VERBATIM#';
export const verbatimGroupPrefix = (site: string, topic: string): string =>
  `${VERBATIM_SK_PREFIX}${keyPart(site)}#${keyPart(topic)}#`;

export const patternPk = (site: string, topic: string): string => `${PK.pattern}${keyPart(site)}#${keyPart(topic)}`;
export const patternWeekSk = (week: string): string => `WEEK#${week}`;
/** One case in a week's pattern count (`WEEK#<week>#CASE#<token>`): the sort key orders them by token, never by arrival. */
export const patternCaseSk = (week: string, token: string): string => `${patternWeekSk(week)}#CASE#${token}`;
/** Sorts after every `WEEK#<week>#…` key of that week (tokens are base64url: `~` is above all their characters). */
export const patternWeekEndSk = (week: string): string => `${patternWeekSk(week)}#~`;
export const PATTERN_CLAIM_SK = 'CLAIM';

export const kioskKey = (id: string): TableKey => ({ pk: `${PK.kiosk}${id}`, sk: 'KIOSK' });
export const kioskEnrolmentKey = (codeHash: string): TableKey => ({
  pk: `${PK.kioskEnrolment}${codeHash}`,
  sk: 'KIOSKENROL',
});
export const kioskTokenKey = (tokenHash: string): TableKey => ({
  pk: `${PK.kioskToken}${tokenHash}`,
  sk: 'KIOSKTOKEN',
});

export const digestPk = (week: string): string => `${PK.digest}${week}`;
export const DELIVERY_SK_PREFIX = 'DELIVERY#';
export const deliverySk = (audience: string, recipient: string): string =>
  `${DELIVERY_SK_PREFIX}${audience}#${recipient.toLowerCase()}`;
export const FIGURES_HEAD_SK = 'FIGURES';
export const figuresPartSk = (run: string, part: number): string =>
  `${FIGURES_HEAD_SK}#${run}#${String(part).padStart(4, '0')}`;

export const threadPk = (caseKey: string): string => `${PK.thread}${caseKey}`;
export const THREAD_HEAD_SK = 'HEAD';
export const THREAD_MESSAGE_SK_PREFIX = 'MSG#';
/** `ONCE#<answer id>`: the number an answer took and whether it is added, so every copy of its message adds it once. */
export const THREAD_ONCE_SK_PREFIX = 'ONCE#';
export const threadOnceSk = (onceKey: string): string => `${THREAD_ONCE_SK_PREFIX}${onceKey.slice(0, 100)}`;
export const threadMessageSk = (seq: number): string => `${THREAD_MESSAGE_SK_PREFIX}${String(seq).padStart(4, '0')}`;
/** `WAIT#<hour>#<n>` (`odd`/`even` from earlier versions): an answer waiting for its hour to be over; `n` orders the employee's answers only. */
export const THREAD_WAITING_SK_PREFIX = 'WAIT#';
export const threadWaitingSk = (batch: string, n: number): string =>
  `${THREAD_WAITING_SK_PREFIX}${batch}#${String(n).padStart(6, '0')}`;

export const CLOCKS_DUE_PK = `${PK.clock}DUE`;
export const CLOCKS_PASSED_PK = `${PK.clock}PASSED`;
/** Answer notices held until their hour is over (`shared/ports/answer-notices.ts`). */
export const NOTICES_HELD_PK = `${PK.notice}HELD`;
/** `batch` is the hour (on the hour, UTC; 'odd' or 'even' from earlier versions); `page` past the first 300 KB: see dynamodb-answer-notices.ts. */
export const heldNoticeSk = (batch: string, escalationId: string, page = 0): string =>
  page ? `${batch}#${escalationId}#${page}` : `${batch}#${escalationId}`;
/** Patterns' escalations held until the day's release (`shared/ports/held-patterns.ts`): sk `<release>#<id>`. */
export const HELD_PATTERNS_PK = `${PK.notice}PATTERN`;
export const heldPatternSk = (releaseAt: string, escalationId: string): string => `${releaseAt}#${escalationId}`;
/** Threads with answers waiting for their hour (`dynamodb-thread-waiting.ts`): sk `<batch>#<case key>`. */
export const NOTICES_WAITING_PK = `${PK.notice}WAITING`;
export const waitingThreadSk = (batch: string, caseKey: string): string => `${batch}#${caseKey}`;
export const clockDueSk = (at: string, escalationId: string, deadline: string, stage: string): string =>
  `${at}#${escalationId}#${deadline}#${stage}`;
export const clockPassedSk = (escalationId: string, deadline: string): string => `${escalationId}#${deadline}`;

/**
 * One reader of one email: hashes of the event (`esc:<escalation id>:…`,
 * whose due hour an item outside its escalation must not show, promise 3)
 * and of the address (never the address, whose owner the config names
 * anyway). The same event and reader always make the same key.
 */
export const sentEmailKey = (event: string, recipient: string): TableKey => ({
  pk: `${PK.mail}${sha256(event).slice(0, 40)}`,
  sk: `TO#${sha256(recipient.trim().toLowerCase()).slice(0, 32)}`,
});
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The rate and replay table (a table of its own, without backups or
 * stream): window keys all under `WINDOWKEY` (sk: the window id), so the
 * forgotten ones are found by one Query; counters and replay records under
 * their HMAC (sk: `state`). Everything expires an hour after its window.
 */
export const WINDOW_KEYS_PK = 'WINDOWKEY';
export const windowKeyKey = (windowId: string): TableKey => ({ pk: WINDOW_KEYS_PK, sk: windowId });
export const windowStateKey = (hmac: string): TableKey => ({ pk: hmac, sk: 'state' });
