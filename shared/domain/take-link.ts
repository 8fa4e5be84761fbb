import type { Config } from '../config/schema';
import { DAY_MS } from './durations';
import { startOfHour } from './escalation';
import { signLink } from './signed-link';

/**
 * The link in a close's notice (`close-witness.ts`) that takes the case and opens it again: for the case
 * as that close left it (`closedAt`), so a link from an earlier close never reopens a later one. Its
 * subject can never open a case's own page (`/ack`): no escalation has its id.
 */
const PREFIX = 'take:';

export function takeLink(
  config: Config,
  id: string,
  closedAt: string,
  publicUrl: string,
  now: Date,
  key: string,
): string {
  const expiresAt = Math.floor((startOfHour(now).getTime() + config.escalation.linkValidDays * DAY_MS) / 1000);
  return `${publicUrl}/take/${signLink({ subject: `${PREFIX}${id}#${closedAt}`, expiresAt }, key)}`;
}

/** The case and close a take link's subject names; undefined for any other link's. */
export function readTakeSubject(subject: string): { id: string; closedAt: string } | undefined {
  if (!subject.startsWith(PREFIX)) return undefined;
  const at = subject.lastIndexOf('#');
  if (at <= PREFIX.length) return undefined;
  return { id: subject.slice(PREFIX.length, at), closedAt: subject.slice(at + 1) };
}
