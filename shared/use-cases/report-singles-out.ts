import { normalisePhoneNumber } from '../domain/sms-message';
import { LANGUAGES, type Language } from '../i18n/languages';
import type { RateAndReplayState } from './rate-and-replay-state';

/*
 * Why (sms51, after newcomer nb51, 2026-12-07): "I'm the only forklift driver on nights and the break room microwave
 * has been broken for weeks", typed in the web form or at the kiosk, is named by the preview ("may single you out")
 * and the employee chooses; texted, it got only "Thank you. Your case code is …" and went on as written. Now a new
 * report by SMS whose words the preview names is held as an answer is (`answer-singles-out.ts`): kept for the hour
 * under an HMAC of the number (`RateAndReplayState.holdAnswer`, sealed, never the number), not filed; the reply names
 * the words, how to send it as it is (SEND, ENVIAR, ENVOYER) and how to change it (text the report again). A new
 * report replaces it; past the hour it is forgotten, as the reply said. Never held: what reads urgent (marks, a cry
 * for help or URGENT before it, details after an urgent report), nor a copy of a delivery already filed.
 */

/** A report held by SMS: its words and the marks it was sent with, to file it as it would have been. */
export interface HeldReport {
  text: string;
  site: string | undefined;
  aboutManagement: boolean;
  /** The language it was written in: SEND alone cannot tell, and the receipt is answered in it. */
  language: Language;
}

/** The held report's record: one per number (under an HMAC of it, `holdAnswer`), apart from any case's answer. */
const subjectOf = (from: string) => `sms-held-report:${normalisePhoneNumber(from)}`;

/** Keeps `report` for `from`'s number for the hour, replacing one held before. */
export async function holdReport(
  deps: { rateState: RateAndReplayState },
  from: string,
  report: HeldReport,
): Promise<void> {
  await deps.rateState.holdAnswer(subjectOf(from), JSON.stringify(report));
}

/** The report held for `from`'s number (this hour or the one before), if any, and a way to let it go. */
export async function heldReport(
  deps: { rateState: RateAndReplayState },
  from: string,
): Promise<{ report: HeldReport; drop: () => Promise<void> } | undefined> {
  const held = await deps.rateState.heldAnswer(subjectOf(from));
  if (!held) return undefined;
  try {
    const read = JSON.parse(held.text) as Partial<HeldReport>;
    if (typeof read.text !== 'string' || !read.text) return undefined;
    return {
      report: {
        text: read.text,
        site: typeof read.site === 'string' ? read.site : undefined,
        aboutManagement: read.aboutManagement === true,
        language: (LANGUAGES as readonly string[]).includes(read.language ?? '') ? (read.language as Language) : 'en',
      },
      drop: held.drop,
    };
  } catch {
    return undefined;
  }
}

/** The language a send word is in ("ENVIAR" es, "ENVOYER" fr), else `otherwise`: alone, it says nothing else. */
export function sendWordLanguage(word: string, otherwise: Language): Language {
  const read = word.trim().toLowerCase();
  if (read.startsWith('env\u00ed') || read.startsWith('envia')) return 'es';
  if (read.startsWith('envo')) return 'fr';
  return otherwise;
}
