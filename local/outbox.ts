/** An email as the local SES stand-in (aws-ses-v2-local) lists it at `/store`. */
export interface OutboxEmail {
  subject: string;
  destination: { to: string[] };
  body: { text?: string; html?: string };
}

/**
 * Every email the local stack has sent, oldest first, read from its outbox as a person would see it: what the
 * tests, the benchmarks and `npm run digest:sample` read, so they agree on one shape of the stand-in's answer.
 */
export const outbox = async (url: string): Promise<OutboxEmail[]> =>
  ((await (await fetch(`${url}/store`)).json()) as { emails: OutboxEmail[] }).emails;
