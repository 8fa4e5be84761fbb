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

/** A week's pre-computed figures, which the digest reads instead of the feedback itself. */
export interface WeeklyFigures {
  week: string;
  groups: GroupFigures[];
  topics: TopicFigures[];
  phrases: PhraseFigures[];
}

export const NO_SITE = '-';
