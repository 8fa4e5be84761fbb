import type { sponsorEn } from './en';

/** The sponsor-side messages every language translates: the English keys, each a template. */
export type SponsorMessages = Readonly<Record<keyof typeof sponsorEn, string>>;
