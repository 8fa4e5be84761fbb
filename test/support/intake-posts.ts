import { randomUUID } from 'node:crypto';
import { localDocuments } from '../../local/aws-clients';
import { DynamoDbKioskRegistry } from '../../shared/adapters/aws/dynamodb-kiosk-registry';
import type { Config } from '../../shared/config/schema';
import { systemClock } from '../../shared/ports/clock';
import { enrolKiosk } from '../../shared/use-cases/enrol-kiosk';
import { postAsKiosk } from './kiosks';

/*
 * A report posted to a running stack (`app`: its base URL) the way each channel sends one, for the
 * tests that flood a channel's budget and read what a refusal says.
 */

/** As a JSON client posts it; `query` such as `?lang=es`. */
export const postJsonReport = (app: string, body: Record<string, unknown>, query = '') =>
  fetch(`${app}/feedback${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });

/** As the web form posts it, without JavaScript. */
export const postFormReport = (app: string, fields: Record<string, string>) =>
  fetch(`${app}/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: new URLSearchParams(fields).toString(),
  });

/**
 * As an enrolled tablet posts it: its token, a new key each time, `rating` unless `body` gives one. A sealed item is
 * posted as the tablet sends it, the envelope alone (its rating and key are inside): fields beside it are refused.
 */
export const postKioskReport = (app: string, token: string, rating: number, body: Record<string, unknown>) =>
  postAsKiosk(`${app}/kiosk/feedback`, token, 'sealed' in body ? body : { rating, key: randomUUID(), ...body });

/** Enrols tablets on a running stack's table as the operator's command does; their tokens, in order. */
export async function enrolKiosks(
  stack: { urls: { dynamodb: string }; tableName: string; config: Config },
  site: string,
  ...names: string[]
): Promise<string[]> {
  const documents = localDocuments(stack.urls.dynamodb);
  try {
    const kiosks = new DynamoDbKioskRegistry(documents, stack.tableName, systemClock);
    const tokens: string[] = [];
    for (const name of names)
      tokens.push((await enrolKiosk({ kiosks, config: stack.config, clock: systemClock }, { site, name })).token);
    return tokens;
  } finally {
    documents.destroy();
  }
}
