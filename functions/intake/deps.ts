import type { UrgencyReading } from './middleware/rate-limit';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { SmsErasureJob } from '../../shared/domain/sms-erasure';
import type { Language } from '../../shared/i18n/translate';
import type { CaseDeskStore } from '../../shared/ports/case-desk';
import type { CaseRouting } from '../../shared/ports/case-routing';
import type { DigestArchive } from '../../shared/ports/digest-archive';
import type { EscalationStore } from '../../shared/ports/escalation-store';
import type { CaseThread } from '../../shared/ports/case-thread';
import type { LegalClocks } from '../../shared/ports/legal-clocks';
import type { KioskRegistry } from '../../shared/ports/kiosk-registry';
import type { Mailer } from '../../shared/ports/mailer';
import type { SentEmails } from '../../shared/ports/sent-emails';
import type { Queue } from '../../shared/ports/queue';
import type { RateAndReplayState } from '../../shared/use-cases/rate-and-replay-state';
import type { SubmitFeedbackDeps } from '../../shared/use-cases/submit-feedback';
import type { RateLimitOverrides } from './middleware/rate-limit';

/**
 * Everything the intake app needs: what a submission is stored and queued
 * with (`SubmitFeedbackDeps`), and each channel's own. Each runtime (Lambda,
 * local, tests) builds its own.
 */
export interface IntakeDeps extends SubmitFeedbackDeps {
  /**
   * SMS senders' and kiosks' rate counters and retried submissions' replay
   * records, keyed under each hour's random key (never the pepper) and
   * forgotten with it.
   */
  rateState: RateAndReplayState;
  logger: Logger;
  /**
   * Each channel's request budget before it answers 429, and `unverifiedTokens`
   * (kiosk token look-ups for tokens not yet seen to work); @default -
   * `config.limits.requestsPerSecond`, five seconds' worth as the burst.
   */
  rateLimits?: RateLimitOverrides;
  /**
   * How long a report refused by a spent budget waits for the urgency detector still loading before it
   * is read as urgent, and so kept: `DETECTOR_WAIT_MS` of rate-limit.ts (10 s) unless set. Tests on a busy machine, where
   * loading it takes longer than on Lambda, set more.
   */
  urgencyWaitMs?: number;
  /** The kiosk channel; without it every kiosk request is refused with 401. */
  kiosk?: KioskChannelDeps;
  /** Sponsors' signed links (`/ack/:token`); without it every link is refused. */
  escalations?: {
    store: EscalationStore;
    linkSigningKey: string;
    /** Opens a closed case again and moves it (`/take/:token`, from a close's notice); without it those links are refused. */
    routing?: CaseRouting;
  };
  /** Sponsors' case desks (`/desk/:token`); without it every desk link is refused. */
  desk?: DeskChannelDeps;
  /** The weekly digest's web view (`/digest/:week`); without it every digest link is refused. */
  digests?: { archive: DigestArchive; linkSigningKey: string };
  /** The Twilio SMS webhook; without it `POST /sms/twilio` answers TwiML saying SMS is not available. */
  sms?: SmsChannelDeps;
  /** Cases' conversations (status pages, answers, the sponsor's messages); without them no conversation is shown or taken. */
  threads?: CaseThread;
  /** The legal clocks a sponsor's acknowledgement and answer move on; without them none is kept. */
  clocks?: LegalClocks;
}

export type IntakeEnv = {
  Variables: {
    deps: IntakeDeps;
    /** Set by the request's budget (`rate-limit.ts`): gives its token back, for a copy of an earlier request. */
    giveBack?: () => void;
    /** Set by a route that takes reports before it spends its budget: whether the report reads urgent (`rate-limit.ts`). */
    urgency?: UrgencyReading;
    /** Set by the SMS route once a text is read: the language to refuse it in, guessed only if it is refused. */
    smsRefusalLanguage?: () => Promise<Language>;
    /**
     * Set by the kiosk routes once the tablet's token is known: the kiosk's own language, in which its
     * refusals are worded when the request names none of the installation's (`json-error.ts`).
     */
    kioskLanguage?: Language;
    /** Set by the kiosk routes once the tablet's token is known: its enrolled site, whose emergency number its refusals give. */
    kioskSite?: string;
    /**
     * Set by the SMS route once a text's signature is checked: has Twilio erase the text (and the answer,
     * when there is one: the callback URL the answer carries is returned), a refused text's too.
     */
    smsErasure?: (answer: { answered: boolean }) => Promise<string | undefined>;
    /** This text's number has been answered for as many texts the channel refused this hour as it may be. */
    smsRefusalUnanswered?: boolean;
  };
};

/** What a sponsor's case desk adds: its store (hand-overs, closing, the list) and a mailer to tell whoever a case is handed to. */
export interface DeskChannelDeps {
  store: CaseDeskStore;
  mailer: Mailer;
  /** Which emails went to whom, so a retried hand-over tells each reader once. */
  sentEmails?: SentEmails;
  /** Where links in the hand-over email point, without a trailing `/`. */
  publicUrl: string;
}

/** What the kiosk channel adds to the intake: the registry that knows enrolled kiosks. */
export interface KioskChannelDeps {
  kiosks: KioskRegistry;
}

/** What the intake needs to take Twilio's webhook; without it `POST /sms/twilio` asks the texter to try again later. */
export interface SmsChannelDeps {
  /** The Twilio auth token, or a function that fetches it (cached) from Secrets Manager. */
  twilioAuthToken: string | (() => Promise<string>);
  /**
   * The URL Twilio is told to call, without the path (`PUBLIC_URL`, or the
   * config's `publicUrl`): Twilio signs the URL it calls. When unset, the
   * request's own origin is used (behind API Gateway, the host Twilio called).
   */
  publicUrl?: string;
  /**
   * Erases each exchange from Twilio once the reply is delivered (via the
   * replies' status callbacks, `POST /sms/twilio/status`). Without it,
   * Twilio keeps them (Message Redaction aside).
   */
  erasure?: Queue<SmsErasureJob>;
}

/**
 * What the sponsors' routes (`/ack/:token`, `/digest/:week`) need: on AWS
 * they run in a function of their own, which holds no pepper, no queue and
 * no rights on employees' channels (`createSponsorApp`).
 */
export type SponsorDeps = Pick<
  IntakeDeps,
  | 'config'
  | 'cases'
  | 'clock'
  | 'logger'
  | 'metrics'
  | 'rateLimits'
  | 'escalations'
  | 'desk'
  | 'digests'
  | 'threads'
  | 'clocks'
>;

export type SponsorEnv = { Variables: { deps: SponsorDeps } };
