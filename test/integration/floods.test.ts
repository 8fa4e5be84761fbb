import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, tempDataDir } from '../support/local-stack';

const ALLOWED = new Set(['200', '201', '303', '404', '429']);

describe('a flood on each endpoint (loopback, bounded)', () => {
  const dataDir = tempDataDir();
  let stack: Awaited<ReturnType<typeof startTestStack>>;

  beforeAll(async () => {
    stack = await startTestStack({ dataDir: dataDir.path, writeRateLimit: { perSecond: 50, burst: 100 } });
  });
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  it.each([
    ['POST /feedback', '/feedback', 'POST', JSON.stringify({ text: 'flood flood flood' })],
    ['GET /status/:code', '/status/AAAAA-BBBBB', 'GET', undefined],
    ['GET /', '/', 'GET', undefined],
  ] as const)('Should answer a flood on %s with only 2xx, 404 and 429, never a 5xx, in bounded memory', async (_name, path, method, body) => {
    const rssBefore = process.memoryUsage().rss;
    const result = await autocannon({
      url: `${stack.urls.app}${path}`,
      method,
      body,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      connections: 20,
      amount: 1500,
    });
    const statuses = Object.keys(result.statusCodeStats ?? {});
    expect(statuses.filter((s) => !ALLOWED.has(s))).toEqual([]);
    expect(result.errors).toBe(0);
    if (method === 'POST') expect(statuses).toContain('429'); // the limiter really engaged
    const grownMb = (process.memoryUsage().rss - rssBefore) / 1e6;
    expect(grownMb).toBeLessThan(250);
  });

  it('Should still serve the form and take feedback once the flood is over', async () => {
    await new Promise((r) => setTimeout(r, 2100)); // let the token bucket refill
    const { status, caseCode } = await stack.submit({ text: 'After the storm' });
    expect(status).toBe(201);
    await stack.waitForStatus(caseCode, 'analysed');
  });
});
