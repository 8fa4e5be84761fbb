import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { caseKeyFor } from '../../shared/domain/case-code';
import { MAX_TEXT_CHARACTERS } from '../../shared/domain/limits';
import { postAsKiosk, useKiosks } from '../support/kiosks';
import { tempDataDir } from '../support/local-stack';
import { useTestStack } from '../support/test-stack';

// Issue 14, item 5 with item 3: the kiosk's "check what will be removed"
// must show what its submission will store. A sponsor named by their first
// name or their job at the kiosk's site ("the general manager" at Plant 2,
// whose general manager sponsors it) is hidden once sent; the preview must
// say so, from the kiosk's enrolment, as the submission reads it. On the
// real stand-ins: dynalite, the queues, the analysis consumer.

interface Preview {
  redactedText: string;
  changes: { original: string; replacement: string }[];
}

describe('the kiosk’s preview, on the local stack', () => {
  const dataDir = tempDataDir();
  const stack = useTestStack({}, dataDir);
  const { enrol: enrolTablet, scan } = useKiosks(stack);

  const enrol = async (site: string) => (await enrolTablet({ site, name: 'Canteen' })).token;
  const post = (path: string, token: string | undefined, body: unknown) =>
    postAsKiosk(`${stack.urls.app}${path}`, token, body);
  const preview = async (token: string, body: unknown): Promise<Preview> => {
    const res = await post('/kiosk/preview', token, body);
    expect(res.status).toBe(200);
    return (await res.json()) as Preview;
  };
  const pepper = () => JSON.parse(readFileSync(`${dataDir.path}/secrets.json`, 'utf8')).PEPPER as string;
  /** What analysis stored for the case: the text anyone will ever read. */
  const storedText = async (caseCode: string): Promise<string> => {
    const caseKey = caseKeyFor(caseCode, pepper());
    let text: string | undefined;
    await expect
      .poll(
        async () => {
          const items = await scan();
          text = items.find((i) => i.caseKey === caseKey && i.type === 'case')?.analysis?.redactedText;
          return text;
        },
        { timeout: 15_000 },
      )
      .toBeDefined();
    return text!;
  };
  const send = async (token: string, text: string): Promise<string> => {
    const res = await post('/kiosk/feedback', token, { rating: 1, text, key: randomUUID() });
    expect(res.status).toBe(201);
    return ((await res.json()) as { caseCode: string }).caseCode;
  };

  // The site's sponsor by their job or first name, in the languages the kiosk speaks, and a text naming no one.
  const TEXTS = [
    'The general manager shouts at the new starters every morning.',
    'Le directeur de site crie sur tout le monde pendant la pause.',
    'El gerente de planta nos grita delante de los clientes.',
    'Our plant manager never fixes the broken lockers.',
    'Lee wants us to skip the safety briefing again.',
    'The lockers in hall B need new locks.',
  ];

  it('Should show at a Plant 2 kiosk exactly what its submission stores, the site’s manager hidden', async () => {
    const token = await enrol('plant2');
    const previews = await Promise.all(TEXTS.map((text) => preview(token, { text })));
    expect(previews[0]).toEqual({
      redactedText: '[NAME] shouts at the new starters every morning.',
      changes: [{ original: 'The general manager', replacement: '[NAME]' }],
      singledOut: [],
    });
    for (const p of previews.slice(0, 5)) expect(p.redactedText).toContain('[NAME]');
    const codes = [];
    for (const text of TEXTS) codes.push(await send(token, text));
    const stored = await Promise.all(codes.map(storedText));
    expect(stored).toEqual(previews.map((p) => p.redactedText));
  });

  it('Should read the kiosk’s own site, whatever site the request claims', async () => {
    const token = await enrol('warehouse');
    const [text] = TEXTS as [string];
    // Plant 2's manager is not the warehouse's: nothing in the text names anyone there.
    const claimed = await preview(token, { text, site: 'plant2' });
    expect(claimed).toEqual({ redactedText: text, changes: [], singledOut: [] });
    expect(await storedText(await send(token, text))).toBe(claimed.redactedText);
  });

  it('Should refuse a tablet that is not enrolled, and a text the kiosk would refuse, as its submission does', async () => {
    const missing = await post('/kiosk/preview', undefined, { text: TEXTS[0] });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toContain('Bearer');
    const revoked = await post('/kiosk/preview', `lpk_${'A'.repeat(43)}`, { text: TEXTS[0] });
    expect(revoked.status).toBe(401);
    const token = await enrol('plant2');
    const empty = await post('/kiosk/preview', token, { text: '   ' });
    expect(empty.status).toBe(400);
    const tooLong = await post('/kiosk/preview', token, { text: 'x'.repeat(MAX_TEXT_CHARACTERS + 1) });
    expect([400, 413]).toContain(tooLong.status);
  });
});
