import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { DynamoDbKioskRegistry } from '../../shared/adapters/aws/dynamodb-kiosk-registry';
import { systemClock } from '../../shared/ports/clock';
import { enrolKiosk } from '../../shared/use-cases/enrol-kiosk';
import { startTestStack, tempDataDir } from '../support/local-stack';

/*
 * The check before sending names the words that may single the writer out ("the only left-handed welder on the night
 * crew"): kept in the text, named with a note in the reader's language, through the form, the API and the kiosk.
 */
describe('the redaction preview names self-descriptions that may point to the writer', () => {
  const dataDir = tempDataDir();
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let token = '';

  beforeAll(async () => {
    stack = await startTestStack({ dataDir: dataDir.path });
    const table = localDocuments(stack.urls.dynamodb);
    ({ token } = await enrolKiosk(
      {
        kiosks: new DynamoDbKioskRegistry(table, stack.tableName, systemClock),
        config: stack.config,
        clock: systemClock,
      },
      { site: 'plant2', name: 'Break room' },
    ));
  });
  afterAll(async () => {
    await stack.stop();
    dataDir.remove();
  });

  const post = async (path: string, body: string, headers: Record<string, string>) => {
    const res = await fetch(`${stack.urls.app}${path}`, { method: 'POST', headers, body });
    return { status: res.status, body: await res.text() };
  };
  const json = (text: string, language = 'en') =>
    post('/feedback/preview', JSON.stringify({ text }), {
      'content-type': 'application/json',
      'accept-language': language,
    });

  it.each([
    [
      "I'm the only left-handed welder on the night crew and the tools are all right-handed",
      'the only left-handed welder on the night crew',
    ],
    ['as the one wheelchair user in accounts I cannot reach the printer', 'the one wheelchair user in accounts'],
    ['Derek laughs at me, the only Sikh forklift driver at the depot', 'the only Sikh forklift driver at the depot'],
  ])('Should name "%s" in the API answer, and keep it in the text', async (text, phrase) => {
    const answer = await json(text);
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.body);
    expect(body.singledOut).toEqual([phrase]);
    expect(body.redactedText).toContain(phrase);
  });

  // Blind attack ra38: other determiners, "I am the only …" with a noun no list knows, more languages, a rare trait
  // with a place; the API names them and keeps them in the text.
  it.each([
    ['our sole Jewish cashier works every Saturday', 'our sole Jewish cashier'],
    ['je suis le seul vigile de nuit, tout le monde le sait', 'le seul vigile de nuit'],
    ['jestem jedyną kobietą w magazynie i słyszę komentarze', 'jedyną kobietą w magazynie'],
    ['they laugh at the deaf guy in packing every day', 'the deaf guy in packing'],
  ])('Should name "%s" since blind attack ra38, and keep it in the text', async (text, phrase) => {
    const body = JSON.parse((await json(text)).body);
    expect(body.singledOut).toEqual([phrase]);
    expect(body.redactedText).toContain(phrase);
  });

  // Session 39: a post only one person holds, without "only" ("the payroll manager at Site 2"), most often someone
  // else's (whom the report is about): named too, in the note that says it may be them or the writer.
  it.each([
    ['the warehouse manager at the Tilbury depot screams at the temps', 'the warehouse manager at the Tilbury depot'],
    ['el capellán de la clínica hace bromas sobre mi religión', 'el capellán de la clínica'],
    ['der Schichtleiter aus Halle 2 droht uns', 'der Schichtleiter aus Halle 2'],
  ])('Should name the one holder of a post in "%s", and keep it in the text', async (text, phrase) => {
    const body = JSON.parse((await json(text)).body);
    expect(body.singledOut).toEqual([phrase]);
    expect(body.redactedText).toContain(phrase);
  });

  // op42 (2026-12-07): a row of payroll's, the time clock's or HR's own records. The day, the cents and the minutes
  // are hidden in what is stored; the sentence is named, so the writer can say it less exactly.
  it.each([
    ['they shorted me $148.62 on my Dec 5 paycheck again', 'they shorted me $148.[ID] on my Dec [ID] paycheck again'],
    [
      'Fiché à 14h07 le 3 décembre, et on me compte une absence',
      'Fiché à 14h[ID] le [ID] décembre, et on me compte une absence',
    ],
    [
      'Meine Krankmeldung vom 21. November wurde nicht angenommen',
      'Meine Krankmeldung vom [ID]. November wurde nicht angenommen',
    ],
  ])('Should hide the day, cents and minutes of "%s" and name it', async (text, stored) => {
    const body = JSON.parse((await json(text)).body);
    expect(body.redactedText).toBe(stored);
    expect(body.singledOut).toEqual([stored]);
  });

  it('Should say the words may point to the writer or to someone they write about', async () => {
    const page = await post(
      '/feedback/preview',
      new URLSearchParams({ text: 'the store manager at the Hull branch keeps our tips' }).toString(),
      { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en' },
    );
    expect(page.body).toContain('you, or someone you write about');
    expect(page.body).toMatch(/‘the store manager at the Hull branch’/);
  });

  it.each([
    'The only microwave on the floor has been broken for weeks',
    'the managers at Site 2 never answer',
    'a cashier at the Hull branch was rude to me',
    'my supervisor at Plant 4 is fair',
    'the new guy in shipping was really nice to me',
    'our only option is to quit',
    'the one thing nobody fixes is the heating',
    'the only option is to quit, honestly',
    'the vending machine charges $1.25 for water',
    'the meeting on Nov 28 was useful',
    'we get paid $17.25 an hour which is below market',
  ])('Should name nothing in "%s"', async (text) => {
    expect(JSON.parse((await json(text)).body).singledOut).toEqual([]);
  });

  it('Should give the note in the form page in Spanish and French', async () => {
    const es = await post(
      '/feedback/preview',
      new URLSearchParams({ text: 'Soy la única mujer del equipo de mantenimiento y nadie me escucha' }).toString(),
      { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'es' },
    );
    expect(es.status).toBe(200);
    expect(es.body).toContain('pueden ayudar a adivinar quién escribió esto');
    expect(es.body).toContain('«la única mujer del equipo de mantenimiento»');
    const fr = await post(
      '/feedback/preview',
      new URLSearchParams({
        text: "je suis le seul magasinier sourd de l'entrepôt de Roissy, vous me reconnaîtrez",
      }).toString(),
      { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'fr' },
    );
    expect(fr.body).toContain('ils peuvent aider à deviner qui a écrit');
    expect(fr.body).toMatch(/« le seul magasinier sourd de l(?:'|&#39;|&#x27;)entrepôt de Roissy »/);
  });

  it('Should name it on the kiosk’s check too', async () => {
    const answer = await post(
      '/kiosk/preview',
      JSON.stringify({ text: 'ich bin die einzige Staplerfahrerin in der Nachtschicht und werde ständig angemacht' }),
      { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    );
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).singledOut).toEqual(['die einzige Staplerfahrerin in der Nachtschicht']);
  });
});
