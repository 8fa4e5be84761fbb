/** One submission waiting on the tablet, keyed by its idempotency key. */
export interface Submission {
  key: string;
  rating: number;
  escalate: boolean;
  /** "This is about my management": the case goes around the sponsor who would get it. */
  aboutManagement?: boolean;
  topic?: string;
  text?: string;
  /** The language the kiosk showed when it was written: a hint for analysis when the text is too short to tell. */
  language?: string;
  /**
   * The server refused it as it stands (a 400 or 413), even without its
   * topic: kept, shown on the status line, and offered again now and then
   * (a server put right, or changed back, takes it), never deleted unsent.
   */
  held?: true;
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
}

export type SendResult =
  | { outcome: 'sent'; caseCode: string }
  | { outcome: 'refused'; caseCode?: undefined }
  | { outcome: 'not-enrolled'; caseCode?: undefined }
  | { outcome: 'later'; afterMs?: number; caseCode?: undefined };

export type Screen = 'loading' | 'start' | 'details' | 'thanks' | 'setup';
