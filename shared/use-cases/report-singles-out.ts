import { normalisePhoneNumber } from '../domain/sms-message';
import { LANGUAGES, type Language } from '../i18n/languages';
import type { RateAndReplayState } from './rate-and-replay-state';
import { ValidationError } from '../errors';
import { submitFeedback, type SubmitFeedbackDeps } from './submit-feedback';

/*
 * Why (sms51, after newcomer nb51, 2026-12-07; sms56, after a review of sms51, 2026-12-08): "I'm the only forklift
 * driver on nights and the break room microwave has been broken for weeks", typed in the web form or at the kiosk, is
 * named by the preview ("may single you out") and the employee chooses; texted, it got only "Thank you. Your case code
 * is …" and went on as written. Now a new report by SMS whose words the preview names is held, not filed at once
 * (`RateAndReplayState.holdReport`: sealed under the hour's key, the number's pointer under an HMAC of it); the reply
 * names the words, how to send it as it is (SEND, ENVIAR, ENVOYER) or change it (text the report again), the time it
 * is sent as it is if nothing is done, and the emergency line (it may be urgent all the same). Nothing held is lost:
 * sms51 forgot it with the hour; now the sweep files it as written when its time is up (`fileDueHeldReports`). SEND
 * files the latest held report only; a new report replaces it, and says so. Never held: what reads urgent (marks, a
 * cry for help or URGENT before it, details after an urgent report).
 */

/** A report held by SMS: its words and the marks it was sent with, to file it as it would have been. */
export interface HeldReport {
  text: string;
  site: string | undefined;
  aboutManagement: boolean;
  /** The language it was written in: SEND alone cannot tell, and the receipt is answered in it. */
  language: Language;
}

/** The held report's subject: one per number (its pointer under an HMAC of it), apart from any case's answer. */
const subjectOf = (from: string) => `sms-held-report:${normalisePhoneNumber(from)}`;

/**
 * How long a held report waits before the sweep files it as written (sms56): nothing held is ever lost, even a report
 * the detector read calm that was urgent. The reply gives the time as {@link HELD_REPORT_SENT_BY_MS} after it was held,
 * the latest the sweep (every ten minutes on AWS, every minute locally) files it by; both well before the hour's key
 * is forgotten (two hours after the hour began).
 */
export const HELD_REPORT_DUE_MS = 40 * 60_000;
export const HELD_REPORT_SENT_BY_MS = 50 * 60_000;

/** Keeps `report` for `from`'s number, replacing every one held before (this hour's and the hour before's). */
export async function holdReport(
  deps: { rateState: RateAndReplayState },
  from: string,
  report: HeldReport,
): Promise<void> {
  await deps.rateState.holdReport(subjectOf(from), JSON.stringify(report));
}

/** The report as kept, if it reads as one. */
function readReport(text: string): HeldReport | undefined {
  try {
    const read = JSON.parse(text) as Partial<HeldReport>;
    if (typeof read.text !== 'string' || !read.text) return undefined;
    return {
      text: read.text,
      site: typeof read.site === 'string' ? read.site : undefined,
      aboutManagement: read.aboutManagement === true,
      language: (LANGUAGES as readonly string[]).includes(read.language ?? '') ? (read.language as Language) : 'en',
    };
  } catch {
    return undefined;
  }
}

/**
 * The latest report held for `from`'s number (this hour or the one before), if any, the key it is filed under (the
 * sweep files it under the same, so it makes one case whoever files it first), and a way to let go of every report
 * held for the number: never an older version left to be filed after.
 */
export async function heldReport(
  deps: { rateState: RateAndReplayState },
  from: string,
): Promise<{ report: HeldReport; key: string; drop: () => Promise<void> } | undefined> {
  const held = await deps.rateState.heldReports(subjectOf(from));
  const dropAll = async () => {
    for (const one of held) await one.drop();
  };
  for (const one of held) {
    const report = readReport(one.text);
    if (report) return { report, key: heldReportKey(one.id), drop: dropAll };
  }
  if (held.length) await dropAll();
  return undefined;
}

/** The idempotency key a held report is filed under, by SEND or by the sweep. */
const heldReportKey = (id: string) => `sms-held:${id}`;

/**
 * Files, as written, every held report whose time is up (sms56): run by the sweep before the hours' keys are
 * forgotten (`forgetEndedWindows`), locally every minute and on AWS by the forget-windows function. A report that
 * cannot be filed now is kept for the next run, and counted in `failed`.
 */
export async function fileDueHeldReports(deps: SubmitFeedbackDeps): Promise<{ filed: number; failed: number }> {
  let filed = 0;
  let failed = 0;
  for (const held of await deps.rateState.dueHeldReports(HELD_REPORT_DUE_MS)) {
    const report = readReport(held.text);
    const file = (site: string | undefined) =>
      submitFeedback(deps, {
        channel: 'sms',
        // Its own source, never the number (the sweep has none): counted as a quiet source, the safe side.
        source: heldReportKey(held.id),
        text: report?.text ?? '',
        site,
        escalate: false,
        aboutManagement: report?.aboutManagement ?? false,
        idempotencyKey: heldReportKey(held.id),
        onKeyReuse: 'first-write-wins',
      });
    try {
      // A site the configuration no longer has (changed while it was held) is never a reason to lose the report.
      if (report)
        await file(report.site).catch((error: unknown) =>
          error instanceof ValidationError ? file(undefined) : Promise.reject(error),
        );
      await held.drop();
      if (report) filed += 1;
    } catch {
      failed += 1;
    }
  }
  return { filed, failed };
}

/** "HH:MM" in the organisation's time zone: when a report held at `at` is sent as it is if nothing is done. */
export function heldReportSentBy(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(
    new Date(Math.ceil((at.getTime() + HELD_REPORT_SENT_BY_MS) / 60_000) * 60_000),
  );
}

/** The language a send word is in ("ENVIAR" es, "ENVOYER" fr), else `otherwise`: alone, it says nothing else. */
export function sendWordLanguage(word: string, otherwise: Language): Language {
  const read = word.trim().toLowerCase();
  if (read.startsWith('env\u00ed') || read.startsWith('envia')) return 'es';
  if (read.startsWith('envo')) return 'fr';
  return otherwise;
}
