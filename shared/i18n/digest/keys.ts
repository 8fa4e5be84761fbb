import type { digestEn } from './en';

/** The digest's messages every language translates: the English keys, each a template. */
export type DigestMessages = Readonly<Record<keyof typeof digestEn, string>>;
