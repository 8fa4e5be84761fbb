import type { Channel, Sentiment } from './feedback';

/** What one analysed submission adds to its week's figures. */
export interface WeeklyContribution {
  week: string;
  channel: Channel;
  /** Undefined when the employee did not say; counted as its own group. */
  site?: string;
  topics: string[];
  sentiment: Sentiment;
  rating?: number;
  keyPhrases: string[];
  /**
   * The language the analysis detected (ISO 639-1, `und` when it could not
   * tell or there were no words, as for a kiosk tap alone). Every
   * submission has one, so the week's languages add up to its total.
   */
  language?: string;
}

export interface SentimentCounts {
  POSITIVE: number;
  NEGATIVE: number;
  NEUTRAL: number;
  MIXED: number;
}

/** Submissions of one week from one site (or none) on one channel. */
export interface GroupFigures {
  site?: string;
  channel: Channel;
  total: number;
  sentiment: SentimentCounts;
  /** Kiosk taps by face: index 0 is rating 1 (very unhappy) … index 3 rating 4. */
  ratings: [number, number, number, number];
}

/** The same, narrowed to one topic; a submission may count under several topics. */
export interface TopicFigures extends GroupFigures {
  topic: string;
}

/**
 * The most key phrases a week's figures hold: those said most often. The
 * digest shows five themes at most, so the long tail of phrases said once
 * or twice is never read (docs/performance.md, "Digest cost").
 */
export const LEADING_PHRASES = 100;

export interface PhraseFigures {
  phrase: string;
  total: number;
  sentiment: SentimentCounts;
}

/**
 * Submissions of one week in one detected language, from one site (or none)
 * on one channel: the cells behind the digest's language mix, kept by site
 * and channel so that the mix can be checked against the sites' and
 * channels' tables before it is shown (suppression rule 8).
 */
export interface LanguageFigures {
  language: string;
  site?: string;
  channel: Channel;
  total: number;
}

/** Said of a submission whose language could not be told, or that had no words. */
export const UNDETERMINED_LANGUAGE = 'und';

/** A week's pre-computed figures, which the digest reads instead of the feedback itself. */
export interface WeeklyFigures {
  week: string;
  groups: GroupFigures[];
  topics: TopicFigures[];
  phrases: PhraseFigures[];
  /** Absent for weeks counted (or frozen) before languages were: their digests show no language mix. */
  languages?: LanguageFigures[];
}

export const NO_SITE = '-';
