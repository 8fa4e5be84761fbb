import { beforeAll, describe, expect, it } from 'vitest';
import { caseKeyFor } from '../../../shared/domain/case-code';
import type { AnalysisMessage } from '../../../shared/domain/feedback';
import { MAX_KIOSK_COMMENT_PARTS } from '../../../shared/domain/limits';
import { enrolKiosk } from '../../../shared/use-cases/enrol-kiosk';
import { reportAndDetails } from '../../../shared/use-cases/kiosk-long-comment';
import { urgencyDetectorWithin } from '../../../shared/use-cases/reads-urgent';
import { appWithFakes, exampleConfig, fixedClock, json, TEST_PEPPER } from '../../support/fixtures';
import { InMemoryKioskRegistry } from '../../support/in-memory-kiosk-registry';

/*
 * Session 38 (digest37, issues 10 and 11): a comment longer than one report, left on the kiosk's screen, was sent as
 * several items, each a case with the face tapped, at the same moment: an operator could link them (one person's
 * words in records side by side), and the digest counted the face once a part. Now the tablet sends it as one item
 * (`text`, then `more`), and the server makes it one case: its urgent parts the report, the rest its details.
 */

function kioskApp() {
  const kiosks = new InMemoryKioskRegistry();
  const clock = fixedClock('2026-11-18T15:30:10Z');
  const fakes = appWithFakes({ clock, kiosk: { kiosks } });
  const enrol = async (site = 'plant2') =>
    enrolKiosk({ kiosks, config: exampleConfig, clock }, { site, name: 'Break room' });
  const post = (token: string, body: unknown) =>
    fakes.app.request('/kiosk/feedback', json(body, { authorization: `Bearer ${token}` }));
  return { ...fakes, enrol, post };
}

let keys = 0;
const newKey = () => `long-comment-${(keys += 1)}-${'x'.repeat(8)}`;

/** One part of a long comment: a calm sentence said over and over, as long as a report holds or near it. */
const calmPart = (sentence: string) => `${sentence} `.repeat(Math.floor(1500 / (sentence.length + 1))).trim();

/** Reports (what a case is made of) and details (what its conversation is given) among the queued messages. */
const reportsIn = (messages: AnalysisMessage[]) => messages.filter((m) => !m.threadAnswer);
const detailsIn = (messages: AnalysisMessage[]) => messages.filter((m) => m.threadAnswer);

/**
 * Long comments with a danger in them, not at their start, in several languages and registers. The first two were
 * the ones the change was written against; the others were written beside them and run only once it was done.
 */
const DANGER_LATE: { name: string; calm: string[]; danger: string; at: number }[] = [
  {
    name: 'English, a knife, at the end (tuned)',
    calm: ['The rota changes every week and nobody tells us in time.', 'The lockers have been broken for a month.'],
    danger: 'right now a man from the night shift is in the canteen with a knife threatening people',
    at: 2,
  },
  {
    name: 'Spanish, gas, in the middle (tuned)',
    calm: ['El comedor cierra demasiado pronto para el turno de noche.', 'Nadie contesta los correos de RRHH.'],
    danger: 'ahora mismo hay olor a gas muy fuerte en la cocina y un compañero se desmayó',
    at: 1,
  },
  {
    name: 'French, a fall, at the end (held back)',
    calm: ['Les casiers du vestiaire sont cassés depuis un mois.', 'Le planning sort toujours le vendredi soir.'],
    danger: 'il y a un collègue tombé dans la fosse du quai 3, il ne répond plus',
    at: 2,
  },
  {
    name: 'Portuguese, a threat, in the middle (held back)',
    calm: ['O estacionamento fica sem luz à noite e é difícil achar o carro.', 'A cantina fecha cedo demais.'],
    danger: 'o supervisor ameaçou bater em mim amanhã na saída se eu falar com o RH',
    at: 1,
  },
  {
    name: 'German, a fire, at the end (held back)',
    calm: ['Die Kantine schließt zu früh für die Spätschicht.', 'Der Dienstplan kommt immer zu spät.'],
    danger: 'in halle 2 brennt es gerade hinter den paletten und keiner hat alarm ausgelöst',
    at: 2,
  },
  {
    name: 'English slang and typos, crushed, at the end (held back)',
    calm: ['the new rota app is killing me lol, every week a surprise', 'parking is a joke tbh'],
    danger: 'some dude in the loading bay got crushed by the forklift hes bleeding bad plz send someone',
    at: 2,
  },
];

describe('a long kiosk comment left on the screen', () => {
  // The detector loaded once before the first comment is read: on a busy machine loading it takes longer than a test.
  beforeAll(() => urgencyDetectorWithin(120_000), 130_000);

  for (const { name, calm, danger, at } of DANGER_LATE) {
    it(`Should be one case, its face once, its danger the report and the rest its details: ${name}`, async () => {
      const { post, enrol, store, queue } = kioskApp();
      const { token } = await enrol();
      const parts = calm.map(calmPart);
      parts.splice(at, 0, danger);
      const [text, ...more] = parts;
      const res = await post(token, { rating: 1, key: newKey(), text, more, leftUnsent: true });
      expect(res.status).toBe(201);
      const { caseCode } = await res.json();
      // One case, with the face: what the digest counts, once.
      expect([...store.cases.values()]).toEqual([expect.objectContaining({ channel: 'kiosk', rating: 1 })]);
      const caseKey = caseKeyFor(caseCode, TEST_PEPPER);
      // Its sponsor reads the danger as the report, wherever in the comment it was.
      expect(reportsIn(queue.messages)).toEqual([expect.objectContaining({ caseKey, rating: 1, text: danger })]);
      // The rest, in the order written, as details of the same case (none a case of its own, none with the face).
      expect(detailsIn(queue.messages).map((m) => [m.caseKey, m.followUp, m.rating, m.text])).toEqual(
        parts.filter((p) => p !== danger).map((p) => [caseKey, true, undefined, p]),
      );
    });
  }

  /*
   * A danger told across the cut: neither part reads urgent alone ("…y ahora mismo hay un compañero atrapado bajo" |
   * "la prensa 3 y no se mueve…"). The tablet cuts at a sentence's end where it can, but a long sentence with no full
   * stop (typed fast, in slang) is cut at a space. The first was tuned on; the others were written beside it and run
   * once it was done.
   */
  const ACROSS_THE_CUT: { name: string; before: string; after: string; calm: [string, string] }[] = [
    {
      name: 'Spanish, trapped under a press (tuned)',
      before: 'y ahora mismo hay un compañero atrapado bajo',
      after: 'la prensa 3 y no se mueve',
      calm: ['El comedor cierra demasiado pronto para el turno de noche.', 'Nadie contesta los correos.'],
    },
    {
      name: 'English slang, a fall (held back)',
      before: 'and omg a guy just fell off the mezzanine in bay 6 and hes',
      after: 'not moving at all nobody is with him',
      calm: ['parking is a joke tbh', 'the vending machine ate my coins again'],
    },
    {
      name: 'Portuguese, a fire (held back)',
      before: 'e agora mesmo está saindo fumaça preta do',
      after: 'quadro elétrico da doca 2 e ninguém acionou o alarme',
      calm: ['A cantina fecha cedo demais.', 'O estacionamento fica sem luz à noite.'],
    },
    {
      name: 'French, a threat (held back)',
      before: 'et le chef d’équipe a dit devant tout le monde qu’il allait',
      after: 'me casser la gueule à la sortie ce soir si je parle aux RH',
      calm: ['Le planning sort toujours trop tard.', 'Les vestiaires sont sales.'],
    },
  ];
  for (const { name, before, after, calm } of ACROSS_THE_CUT) {
    it(`Should report a danger told across the cut, and keep every part as details: ${name}`, async () => {
      const { post, enrol, store, queue } = kioskApp();
      const { token } = await enrol();
      const parts = [`${calmPart(calm[0])} ${before}`, `${after} ${calmPart(calm[1])}`];
      const res = await post(token, { rating: 1, key: newKey(), text: parts[0], more: [parts[1]], leftUnsent: true });
      expect(res.status).toBe(201);
      expect(store.cases.size).toBe(1);
      // Its sponsor reads, as the report, where the danger begins; the case holds every word of the comment.
      const [report] = reportsIn(queue.messages);
      expect(report?.text).toContain(before);
      const held = [report?.text, ...detailsIn(queue.messages).map((m) => m.text)].join('\n');
      for (const part of parts) expect(held).toContain(part);
    });
  }

  it("Should take a danger told across the cut past the kiosk's spent minute, and refuse a calm one", async () => {
    const { post, enrol, queue } = kioskApp();
    const { token } = await enrol();
    // The fixed clock keeps every tap in one minute: spend the kiosk's minute on plain taps.
    for (let i = 0; i < exampleConfig.limits.kioskPerMinute; i += 1)
      expect((await post(token, { rating: 4, key: newKey() })).status).toBe(201);
    const calm = [calmPart('Le planning sort toujours trop tard.'), calmPart('Les vestiaires sont sales.')];
    const refused = await post(token, { rating: 2, key: newKey(), text: calm[0], more: [calm[1]], leftUnsent: true });
    expect(refused.status).toBe(429);
    // Neither part reads urgent alone (each checked); the sentence the cut fell in does, as its case will read it.
    const splits: [string, string, string][] = [
      ['and right now the only emergency exit in hall 4 is', 'chained shut with forty of us inside.', 'emergency exit'],
      ["le chef a dit qu'il allait me", 'casser la gueule ce soir.', 'le chef'],
    ];
    for (const [before, after, said] of splits) {
      const text = `${calm[0]} ${before}`;
      const res = await post(token, {
        rating: 1,
        key: newKey(),
        text,
        more: [`${after} ${calm[1]}`],
        leftUnsent: true,
      });
      expect(res.status).toBe(201);
      expect(reportsIn(queue.messages).at(-1)?.text).toContain(said);
    }
  });

  it('Should read the further parts of a comment whose first part has no words (a row of emoji)', async () => {
    const { post, enrol, store, queue } = kioskApp();
    const { token } = await enrol();
    const danger = 'a man collapsed in the cold store and is not breathing';
    const res = await post(token, {
      rating: 1,
      key: newKey(),
      text: '\u{1F621}'.repeat(1200),
      more: [danger],
      leftUnsent: true,
    });
    expect(res.status).toBe(201);
    expect(store.cases.size).toBe(1);
    expect(reportsIn(queue.messages).map((m) => m.text)).toEqual([danger]);
  });

  it('Should keep no words of a long calm comment left unsent, and still count its face once', async () => {
    const { post, enrol, store, queue } = kioskApp();
    const { token } = await enrol();
    const calm = [
      'The rota changes every week and nobody tells us in time.',
      'Les casiers du vestiaire sont cassés depuis un mois.',
      'this heat in the warehouse is murder on the afternoon shift honestly',
    ].map(calmPart);
    const [text, ...more] = calm;
    const res = await post(token, { rating: 2, topic: 'pay', key: newKey(), text, more, leftUnsent: true });
    expect(res.status).toBe(201);
    expect([...store.cases.values()]).toEqual([expect.objectContaining({ rating: 2, topic: 'pay' })]);
    expect(queue.messages).toEqual([expect.objectContaining({ rating: 2, text: '' })]);
  });

  it('Should report a long comment marked urgent from its start, with its calm rest as details of the case', async () => {
    const { post, enrol, store, queue } = kioskApp();
    const { token } = await enrol();
    const parts = ['Nobody answers the HR emails.', 'The canteen closes before the late shift ends.'].map(calmPart);
    const [text, ...more] = parts;
    const res = await post(token, { rating: 1, escalate: true, key: newKey(), text, more });
    expect(res.status).toBe(201);
    expect([...store.cases.values()]).toEqual([expect.objectContaining({ escalateRequested: true, rating: 1 })]);
    expect(reportsIn(queue.messages).map((m) => m.text)).toEqual([parts[0]]);
    expect(detailsIn(queue.messages).map((m) => m.text)).toEqual([parts[1]]);
  });

  it('Should give the same case and the same details again to the same item sent twice (an outbox retry)', async () => {
    const { post, enrol, store, queue } = kioskApp();
    const { token } = await enrol();
    const body = {
      rating: 1,
      key: newKey(),
      text: calmPart('The rota changes every week and nobody tells us in time.'),
      more: ['a man collapsed in the cold store and is not breathing', calmPart('The lockers are broken.')],
      leftUnsent: true,
    };
    const first = await (await post(token, body)).json();
    const again = await (await post(token, body)).json();
    expect(again.caseCode).toBe(first.caseCode);
    expect(store.cases.size).toBe(1);
    // Each detail under the same id both times: the conversation adds it once.
    const ids = detailsIn(queue.messages).map((m) => m.id);
    expect(ids).toHaveLength(4);
    expect(ids.slice(2)).toEqual(ids.slice(0, 2));
  });

  it('Should refuse further parts to a comment sent on purpose (a report is sent whole), and more parts than it takes', async () => {
    const { post, enrol, store } = kioskApp();
    const { token } = await enrol();
    const part = calmPart('The rota changes every week.');
    const onPurpose = await post(token, { rating: 3, key: newKey(), text: part, more: [part] });
    expect(onPurpose.status).toBe(400);
    const tooMany = await post(token, {
      rating: 3,
      key: newKey(),
      text: part,
      more: Array.from({ length: MAX_KIOSK_COMMENT_PARTS }, () => part),
      leftUnsent: true,
    });
    expect(tooMany.status).toBe(413);
    expect(store.cases.size).toBe(0);
  });
});

describe('reportAndDetails', () => {
  const urgentIf = (word: string) => async (text: string) => text.includes(word);

  it('Should join the urgent parts as the report while one report holds them, the others details in order', async () => {
    const parts = ['calm one', 'DANGER one', 'calm two', 'DANGER two'];
    expect(await reportAndDetails(parts, urgentIf('DANGER'), { marked: false })).toEqual({
      text: 'DANGER one\n…\nDANGER two',
      details: ['calm one', 'calm two'],
    });
  });

  it('Should make the sentence a cut fell in the report when only it reads urgent, every part its details', async () => {
    const parts = [
      'The rota is late. Right now a man has a knife',
      'in the canteen and is shouting. The lockers are broken.',
    ];
    expect(await reportAndDetails(parts, urgentIf('knife in the canteen'), { marked: false })).toEqual({
      text: 'Right now a man has a knife in the canteen and is shouting.',
      details: parts,
    });
  });

  it('Should read no words across a cut made where a sentence ended: calm sentences read together raise no alarm', async () => {
    const read: string[] = [];
    const parts = ['The rota is late. Nobody tells us in time.', 'Les casiers sont cassés. The canteen closes early.'];
    const reader = async (text: string) => {
      read.push(text);
      return false;
    };
    expect(await reportAndDetails(parts, reader, { marked: false })).toEqual({ details: [] });
    expect(read).toEqual(parts);
  });

  it('Should leave an urgent part the report has no room for as a detail, which is read urgent in its turn', async () => {
    const big = `DANGER ${'x'.repeat(1000)}`;
    const parts = [big, 'calm', big];
    expect(await reportAndDetails(parts, urgentIf('DANGER'), { marked: false })).toEqual({
      text: big,
      details: ['calm', big],
    });
  });
});
