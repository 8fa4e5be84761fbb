import type { Context } from 'hono';
import { NO_WORDS } from '../../shared/domain/has-words';
import { MAX_TEXT_CHARACTERS } from '../../shared/domain/limits';
import { emergencyLine } from '../../shared/domain/emergency';
import { type AppError, type ErrorCode, type Issue, ReportNotSavedError } from '../../shared/errors';
import type { MessageKey } from '../../shared/i18n/catalogue';
import type { Language } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/translate';
import type { IntakeEnv, SponsorEnv } from './deps';
import { EXAMPLE, forEmployees, forSponsors, knownRefusal } from './error-words';
import { pageLanguage, requestLanguage } from './page-language';
import { nameList } from '../../shared/i18n/name-list';
import { parseAcceptLanguage } from '../../shared/i18n/accept-language';
import { UnreadFieldsError } from './unread-fields';
import { RepeatedFieldError } from './middleware/repeated-field-error';

/** A refusal as JSON clients read it: `code` and each issue's `path` for programs, `message`s for people. */
export interface JsonError {
  error: {
    code: ErrorCode | 'internal';
    message: string;
    issues: Issue[];
    /** On a report refused, for any reason (it was not saved): where help comes at once, for the person who sent it. */
    emergency?: string;
  };
}

/**
 * A refusal for a JSON client, in the request's language as a page would be
 * (`?lang=`, else `Accept-Language`, else the installation's default; for a
 * sponsor's link, whoever it was made for). The `code` and each issue's
 * `path` never change with the language: programs decide by them. In
 * English the messages are the refusal's own, which name the field or
 * header and the limit for the developer who reads them; in any other
 * language, the catalogue's words for what went wrong, so nothing English
 * reaches a Spanish or French reader.
 */
export async function jsonError(
  c: Context<IntakeEnv> | Context<SponsorEnv>,
  error: AppError | undefined,
): Promise<JsonError> {
  const language = await languageOf(c);
  const answer = await refusalIn(c, error, language);
  if (error instanceof ReportNotSavedError || !refusesAReport(c)) return answer;
  // Any other refusal of a report (an outage, a text too long, a body unread): it was NOT saved, and where
  // help comes at once, as the form says it, since whoever sent it may be in danger the detector missed.
  const emergency = emergencyLine(c.var.deps.config, language, refusedReportSite(c, error));
  const message = `${asSentence(answer.error.message)} ${translate(language, 'report.notSaved')} ${emergency}`;
  return { error: { ...answer.error, message, emergency } };
}

/**
 * The site of a refused report, whose emergency number the refusal gives (the installation's when it is not
 * known): a kiosk's enrolled site, else the site its route read, else the one a report refused before it was
 * read names once (a field sent twice).
 */
export const refusedReportSite = (
  c: Context<IntakeEnv> | Context<SponsorEnv>,
  error: AppError | undefined,
): string | undefined => {
  const { kioskSite, urgency } = (c as Context<IntakeEnv>).var;
  return kioskSite ?? urgency?.site ?? (error instanceof RepeatedFieldError ? error.site : undefined);
};

/** A report sent to the form's or the kiosks' API (not an answer in a case's conversation, nor a sponsor's page). */
export const refusesAReport = (c: Context<IntakeEnv> | Context<SponsorEnv>) =>
  c.req.method === 'POST' && /^\/(kiosk\/)?feedback\/?$/.test(c.req.path);

/** Ends with a full stop when it has none: a refusal's own words ("…; please try again") run on into the next. */
const asSentence = (text: string) => (/[.!?\u3002]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

async function refusalIn(
  c: Context<IntakeEnv> | Context<SponsorEnv>,
  error: AppError | undefined,
  language: Language,
): Promise<JsonError> {
  const code = error?.code ?? 'internal';
  if (error instanceof ReportNotSavedError) {
    // A report refused (perhaps from someone in danger the detector missed): told it was not saved, and where
    // help comes at once, in any language; the line also on its own, for a client to show apart.
    const notSaved = language === 'en' ? error.message : translate(language, 'sms.busy');
    const emergency = emergencyLine(c.var.deps.config, language, error.site);
    return { error: { code, message: `${notSaved} ${emergency}`, issues: [], emergency } };
  }
  if (language === 'en') {
    const message = error?.message ?? translate('en', 'web.error.internal');
    return { error: { code, message, issues: error?.issues ?? [] } };
  }
  if (isSponsorPath(c.req.path)) {
    const { sponsorText } = await import('../../shared/i18n/sponsor');
    const why = forSponsors(error) ?? (error ? 'not-allowed' : 'other');
    const message = sponsorText(language, 'sponsor.error', { why, program: c.var.deps.config.programName });
    return { error: { code, message, issues: (error?.issues ?? []).map(({ path }) => ({ path, message })) } };
  }
  if (error instanceof UnreadFieldsError) return unreadFieldsIn(language, error);
  const general = translate(language, forEmployees(error), EXAMPLE);
  const own = (error?.issues ?? []).map((issue) => ({
    path: issue.path,
    message: issueWords(c, language, error!, issue),
  }));
  const issues = own.map((issue) => ({ path: issue.path, message: issue.message ?? general }));
  // A value refused (a site not listed, an empty text) says what to change, as the English names the field: never
  // "part of what was sent could not be read" when all of it was read.
  // (A body too large keeps its own words, "what you sent is too long", beside the field's.)
  const named = code === 'invalid_input' && own.length > 0 && own.every((issue) => issue.message !== undefined);
  const message = named ? [...new Set(own.map((issue) => asSentence(issue.message!)))].join(' ') : general;
  return { error: { code, message, issues } };
}

/**
 * The language of the request, chosen as its page's would be; for a kiosk's request that names none of
 * the installation's languages (`?lang=`, `Accept-Language`), the kiosk's own.
 */
async function languageOf(c: Context<IntakeEnv> | Context<SponsorEnv>): Promise<Language> {
  const { config } = c.var.deps;
  const kiosk = (c as Context<IntakeEnv>).var.kioskLanguage;
  if (kiosk) return requestLanguage(c, config, kiosk);
  const page = pageLanguage(c, config);
  // A report refused with no language named: in the language of its words, when that can be told (attack round
  // 29, F5: a French report's refusal came in English). Never for a page or link, whose reader chose its language.
  if (!page.chosen && !namesALanguage(config.languages, c.req.header('accept-language')) && refusesAReport(c)) {
    const words = await refusedWords(c);
    if (words) {
      const { wordsLanguage } = await import('../../shared/domain/sms-language');
      return wordsLanguage(config, words, page.language);
    }
  }
  if (page.chosen || !isSponsorPath(c.req.path)) return page.language;
  const { linkReaderLanguage } = await import('./sponsor-reader-language');
  return (await linkReaderLanguage(c as Context<SponsorEnv>)) ?? page.language;
}

/**
 * The words of the report refused, from the body the route already read (nothing is read from the network here): its
 * `text` field, else, in a body that is no JSON or form, the text of its `"text": "…"`, else nothing.
 * Bounded: a body is at most the route's limit, and only its first 4,000 characters are guessed from.
 */
async function refusedWords(c: Context<IntakeEnv> | Context<SponsorEnv>): Promise<string | undefined> {
  // Only a body the route already read: a body refused unread (too large, of a type not taken) is never read here,
  // or a 3 MB refusal would be read whole to choose its language (and its connection kept, CI saw it).
  const read = c.req.bodyCache.arrayBuffer;
  if (!read) return undefined;
  let raw: string;
  try {
    raw = new TextDecoder().decode((await read).slice(0, 32_000)).slice(0, 8_000);
  } catch {
    return undefined; // gone: the request's language stands
  }
  try {
    const value = JSON.parse(raw) as unknown;
    const text = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).text : undefined;
    return typeof text === 'string' ? text.slice(0, 4_000) : undefined;
  } catch {
    const quoted = /"text"\s*:\s*"((?:[^"\\]|\\.)*)/.exec(raw)?.[1];
    if (quoted !== undefined) return quoted.replace(/\\(.)/g, '$1').slice(0, 4_000);
    const form = /(?:^|&)text=([^&]*)/.exec(raw)?.[1];
    if (form === undefined) return undefined;
    try {
      return decodeURIComponent(form.replaceAll('+', ' ')).slice(0, 4_000);
    } catch {
      return undefined;
    }
  }
}

/** Whether `Accept-Language` names one of the installation's languages (`*`, or only others, names none). */
const namesALanguage = (configured: readonly string[], header: string | undefined) =>
  parseAcceptLanguage(header).some(
    ({ tag, q }) => q > 0 && tag !== '*' && (configured.includes(tag) || configured.includes(tag.split('-')[0]!)),
  );

const isSponsorPath = (path: string) => /^\/(ack|digest|desk)\//.test(path);

/** One field's refusal in the catalogue's words, when the catalogue has some for it; else undefined (the refusal's words). */
function issueWords(c: Context, language: Language, error: AppError, issue: Issue): string | undefined {
  const known = knownRefusal(issue.message);
  if (known) return translate(language, known, EXAMPLE);
  const tooLong = error.code === 'too_large' || /at most|too (big|large|long)/i.test(issue.message);
  const empty = /empty|required|before sending/i.test(issue.message);
  // An answer in a case's conversation has words of its own ("your answer"), a submission those of the form,
  // a preview those of the button that asks for it (nothing is being sent).
  const answer = /^\/status\/[^/]+\/messages\/?$/.test(c.req.path);
  const checking = /^\/(kiosk\/)?feedback\/preview\/?$/.test(c.req.path);
  const key =
    issue.message === NO_WORDS
      ? checking
        ? 'web.form.error.noWordsCheck'
        : 'web.form.error.noWords'
      : fieldKey(issue.path, { tooLong, empty, answer, checking });
  return key ? translate(language, key, { max: MAX_TEXT_CHARACTERS }) : undefined;
}

function fieldKey(
  path: string,
  { tooLong, empty, answer, checking }: { tooLong: boolean; empty: boolean; answer: boolean; checking: boolean },
): MessageKey | undefined {
  if (path === 'text' && tooLong) return answer ? 'web.status.error.tooLong' : 'web.form.error.tooLong';
  if (path === 'text' && empty)
    return answer ? 'web.status.error.empty' : checking ? 'web.form.error.emptyCheck' : 'web.form.error.empty';
  if (path === 'site') return 'web.form.error.site';
  if (path === 'topic') return 'web.form.error.topic';
  if (path === 'escalate') return 'web.form.error.escalate';
  return undefined;
}

/**
 * Fields the service does not read, in the reader's language: which were sent and which are read (named as
 * the program sends them, so its developer can find them), each field's own refusal too. That it was NOT saved
 * and whom to call in danger are added, as to every refusal of a report (`jsonError`).
 */
function unreadFieldsIn(language: Language, error: UnreadFieldsError): JsonError {
  const quoted = (names: readonly string[]) =>
    nameList(
      language,
      names.map((name) => `"${name}"`),
    );
  const message = translate(language, 'web.error.unreadFields', {
    count: error.unread.length,
    fields: quoted(error.unread),
    read: quoted(error.read),
    text: '"text"',
  });
  const issues = error.unread.map((name) => ({
    path: name,
    message: translate(language, 'web.error.unreadField', { field: `"${name}"`, text: '"text"' }),
  }));
  return { error: { code: error.code, message, issues } };
}
