/** An email as aws-ses-v2-local's `/store` lists it. */
export interface OutboxEmail {
  subject: string;
  destination: { to: string[] };
  body: { text?: string; html?: string };
}

/** Every email the local stack has sent, read from the outbox as a person would see it. */
export const outbox = async (url: string): Promise<OutboxEmail[]> =>
  ((await (await fetch(`${url}/store`)).json()) as { emails: OutboxEmail[] }).emails;

/** Polls `probe` until it returns something, as a person refreshing a page would. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
