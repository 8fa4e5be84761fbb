/** One submission waiting on the tablet, keyed by its idempotency key. */
export interface Submission {
  key: string;
  rating: number;
  escalate: boolean;
  /** "This is about my management": the case goes around the sponsor who would get it. */
  aboutManagement?: boolean;
  topic?: string;
  text?: string;
  /**
   * The rest of a comment longer than one report, left on the screen: its further parts, in order. Sent with the
   * first as one item, one case (shared/use-cases/kiosk-long-comment.ts).
   */
  more?: string[];
  /** The language the kiosk showed when it was written: a hint for analysis when the text is too short to tell. */
  language?: string;
  /**
   * Left on the screen when it went back to the start, neither sent nor marked urgent: the server keeps its words
   * only if they read urgent (someone in danger must not be lost to a pause), else only the face and topic.
   */
  leftUnsent?: true;
  /**
   * The server refused it as it stands (a 400 or 413), even without its
   * topic: kept, shown on the status line, and offered again now and then
   * (a server put right, or changed back, takes it), never deleted unsent.
   */
  held?: true;
}

/**
 * What the outbox holds of one submission: its idempotency key, whether it
 * is urgent (the only thing said in clear, so urgent ones go first), whether
 * it is held, and the submission sealed to the server's key; or, in memory
 * only, the submission itself (`plain`) when it could not be sealed. A record
 * saved before tablets sealed their outbox is a plain `Submission`.
 */
export interface OutboxItem {
  key: string;
  escalate: boolean;
  held?: true;
  sealed?: string;
  plain?: Submission;
}

/** `GET /kiosk/config`, as kept in localStorage (an older server sent only `question` and `topics[].name`). */
export interface KioskConfig {
  siteName: string;
  siteNames?: Record<string, string>;
  language?: string;
  question: string;
  questions?: Record<string, string>;
  topics: { id: string; name: string; names?: Record<string, string> }[];
  /** The number to call in danger at the kiosk's site; null for none set; absent from an older server's. */
  emergencyNumber?: string | null;
  /** The number the kiosk's site takes texts on; null for none; absent from an older server's. */
  smsNumber?: string | null;
  /** The key the outbox is sealed to (see `seal.ts`); absent from an older server's. */
  sealKey?: string;
}

export type SendResult =
  | { outcome: 'sent'; caseCode: string }
  | { outcome: 'refused'; caseCode?: undefined }
  | { outcome: 'not-enrolled'; caseCode?: undefined }
  /** `busy`: a 429, the server taking too many reports at once (the item was not saved there). */
  | { outcome: 'later'; afterMs?: number; busy?: true; caseCode?: undefined };

export type Screen = 'loading' | 'start' | 'details' | 'thanks' | 'setup';
