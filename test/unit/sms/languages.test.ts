import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSmsIntent } from '../../../shared/domain/sms-message';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { exampleConfig } from '../../support/fixtures';
import {
  codeIn,
  HQ_NUMBER,
  PLANT2_NUMBER,
  repliesOf,
  signedTwilioRequest,
  smsTestApp,
  twilioFields,
} from '../../support/sms';

/** The emergency line that follows every refusal of a report, in English, French or Spanish. */
const DANGER = expect.stringMatching(/danger|peligro/);

/** An employee's phone against the intake, every request signed by Twilio's library; `config` overrides the example's. */
const phone = (config: Partial<typeof exampleConfig> = {}) => smsTestApp(config);

describe('SMS in the sender’s language, through the intake', () => {
  it('Should answer a Spanish speaker in Spanish: feedback, ESTADO and AYUDA', async () => {
    const { text, queue } = phone();
    const [accepted] = await text('El comedor cierra demasiado temprano y el turno de noche no tiene donde comer');
    const code = codeIn(accepted);
    expect(accepted).toBe(
      `Gracias. Su código de caso es ${code}. Envíe ESTADO ${code} para seguirlo. No guardamos su número.`,
    );
    expect(queue.messages[0]).toMatchObject({
      text: 'El comedor cierra demasiado temprano y el turno de noche no tiene donde comer',
    });

    expect(await text(`ESTADO ${code}`)).toEqual([`Caso ${code}: recibido; se leerá en breve.`]);
    expect(await text(`estado ${code.toLowerCase()}`)).toEqual([`Caso ${code}: recibido; se leerá en breve.`]);
    const [help, danger, ...more] = await text('AYUDA');
    expect(help).toMatch(/^Listening Post: opiniones anónimas/);
    expect(help).toContain('STOP');
    expect(danger).toBe('Si usted u otra persona corre peligro ahora, llame al 911.');
    expect(more).toEqual([]);
    expect(await text('¿Ayuda?')).toEqual([help, danger]);
    expect(await text('ESTADO')).toEqual([expect.stringMatching(/^Para seguir un caso, envíe ESTADO y su código/)]);
    expect(await text('ESTADO 22222-22222')).toEqual([expect.stringMatching(/^Ningún caso tiene ese código/)]);
  });

  it('Should answer a French speaker in French: feedback, STATUT and AIDE', async () => {
    const { text } = phone();
    const [accepted] = await text('La machine à café de la salle de pause est cassée depuis une semaine');
    const code = codeIn(accepted);
    expect(accepted).toBe(
      `Merci. Votre code de cas est ${code}. Envoyez STATUT ${code} pour le suivre. Votre numéro n'est pas conservé.`,
    );
    expect(await text(`Statut ${code}`)).toEqual([`Cas ${code} : bien arrivé ; il sera lu sous peu.`]);
    expect(await text('aide')).toEqual([
      expect.stringMatching(/^Listening Post : avis anonymes\. .*STATUT <code> pour suivre un cas\. .*Répondez STOP/),
      "Si vous ou quelqu'un d'autre êtes en danger maintenant, appelez le 911.",
    ]);
    const [urgent] = await text('URGENT la sortie de secours de l’atelier est bloquée par des palettes');
    expect(urgent).toMatch(/^Merci\. Le cas .+ est signalé comme urgent à la direction\./);
  });

  it('Should answer each keyword in its own language, and STATUS in English, whatever language was used before', async () => {
    const { text } = phone();
    const code = codeIn((await text('La machine à café est cassée depuis une semaine'))[0]);
    expect(await text(`STATUS ${code}`)).toEqual([`Case ${code}: received; it will be read shortly.`]);
    expect(await text('HELP')).toEqual([
      expect.stringMatching(/^Listening Post: anonymous feedback/),
      'If you or someone else is in danger now, call 911.',
    ]);
  });

  it('Should answer in the site’s language when the words are too few to tell', async () => {
    const sites = exampleConfig.sites.map((s) => (s.id === 'plant2' ? { ...s, language: 'fr' as const } : s));
    const { text } = phone({ sites, defaultLanguage: 'es' });
    // (Thanks or "ok" alone is answered, not filed, since round 29: words-alone-answered.test.ts.)
    expect((await text('ok 👍', { To: PLANT2_NUMBER }))[0]).toMatch(/^Rien n.a été enregistré de ce message/);
    expect((await text('ok 👍', { To: HQ_NUMBER }))[0]).toMatch(/^No se guardó nada de este mensaje/);
    // A shared keyword (URGENT is English and French) answers in the site's language.
    expect(await text('URGENT', { To: PLANT2_NUMBER })).toEqual([
      expect.stringMatching(/^Pour signaler une urgence, envoyez URGENT/),
      DANGER,
    ]);
    // Words plainly in one language win over the site's. (From another number: this one's next report, after
    // URGENT alone, would carry the urgent mark, test/unit/sms/urgent-word-then-report.test.ts.)
    expect((await text('The forklift horn is broken again', { To: PLANT2_NUMBER, From: '+15557770301' }))[0]).toMatch(
      /^Thank you\. Your case code is/,
    );
  });

  it('Should not trust a guess that another language’s words contradict', async () => {
    const { text } = phone({ defaultLanguage: 'en' });
    // Portuguese, which the detector may take for French: unsure, so the site's language.
    expect((await text('a saída de emergência do armazém está trancada'))[0]).toMatch(/^Thank you\. Your case code is/);
  });

  it('Should answer only in the languages the installation speaks', async () => {
    const { text } = phone({ languages: ['en', 'fr'], defaultLanguage: 'fr' });
    expect((await text('El comedor cierra demasiado temprano y no hay donde comer'))[0]).toMatch(
      /^Merci\. Votre code de cas est/,
    );
    expect(await text('AYUDA')).toEqual([
      expect.stringMatching(/^Listening Post : avis anonymes/),
      expect.stringMatching(/^Si vous ou quelqu'un/),
    ]);
  });

  it('Should ask a Spanish speaker in Spanish to resend when the table is down', async () => {
    const { text, store } = phone();
    store.failWrites = true;
    expect(await text('El comedor cierra demasiado temprano y no hay donde comer')).toEqual([
      'Lo sentimos, no pudimos guardar su mensaje ahora. Envíelo de nuevo en unos minutos.',
      DANGER,
    ]);
    expect(store.cases.size).toBe(0);
  });

  it('Should answer a message it cannot read in the installation’s default language', async () => {
    const { app } = phone({ defaultLanguage: 'fr' });
    // Signed as the replacement characters a lenient parser would read; the body holds bytes that are not UTF-8.
    const fields = twilioFields({ Body: '\uFFFD\uFFFD' });
    const body = new URLSearchParams(fields).toString().replace(/Body=[^&]*/, 'Body=%FF%FE');
    const res = await app.request('/sms/twilio', signedTwilioRequest(fields, { body }));
    expect(res.status).toBe(200);
    expect(await repliesOf(res)).toEqual([expect.stringMatching(/^Désolé, ce message est illisible/), DANGER]);
  });

  it.each(['STOP', 'stop', 'Stop!', 'UNSUBSCRIBE', 'cancel', 'END', 'QUIT', 'STOPALL'])(
    'Should still answer nothing to %j, whatever the site’s language',
    async (body) => {
      const { app, store } = phone({ defaultLanguage: 'es' });
      const res = await app.request('/sms/twilio', signedTwilioRequest(twilioFields({ Body: body })));
      expect(await res.text()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
      expect(store.cases.size).toBe(0);
    },
  );
});

describe('reading keywords in each language', () => {
  const read = (body: string) => readSmsIntent(body, exampleConfig, undefined);

  it.each([
    ['AYUDA', 'es'],
    ['ayuda', 'es'],
    ['Ayuda.', 'es'],
    ['¿AYUDA?', 'es'],
    ['AIDE', 'fr'],
    ['Aide !', 'fr'],
    ['help', 'en'],
  ])('Should take %j as asking for help in %s', (body, language) => {
    // Its language among those whose keyword it is (a language added later may share it).
    expect(read(body)).toEqual({ kind: 'help', languages: expect.arrayContaining([language]) });
  });

  it.each([
    ['ESTADO 7KQ4M-XW9TR', 'es'],
    ['Estado: 7kq4m xw9tr', 'es'],
    ['STATUT 7KQ4M-XW9TR', 'fr'],
    ['statut #7KQ4M-XW9TR', 'fr'],
  ])('Should take %j as a status lookup in %s', (body, language) => {
    expect(read(body)).toEqual({
      kind: 'status',
      code: '7KQ4M-XW9TR',
      typed: true,
      languages: expect.arrayContaining([language]),
    });
  });

  it.each([
    'Estado lamentable',
    'Estado de los baños: terrible',
    'Statut précaire pour les intérimaires',
    'ESTADOS de cuenta sin pagar',
  ])('Should take %j, a message that starts with the status word, as feedback', (body) => {
    expect(read(body)).toMatchObject({ kind: 'feedback', text: body, escalate: false });
  });

  it('Should take a mistyped code after ESTADO, with a digit in it, as a status lookup', () => {
    expect(read('ESTADO 7KQ4M-XW9')).toEqual({
      kind: 'status',
      code: undefined,
      typed: true,
      languages: expect.arrayContaining(['es']),
    });
  });

  it.each([
    ['URGENTE hay fuga de gas en la línea 4', ['es']],
    ['urgent: fuite de gaz ligne 4', ['en', 'fr']],
    ['ÚRGENTE hay fuga de gas', ['es']],
  ])('Should take %j as urgent, naming the word’s languages', (body, languages) => {
    expect(read(body)).toMatchObject({
      kind: 'feedback',
      escalate: true,
      urgentLanguages: expect.arrayContaining(languages),
    });
  });

  it('Should read any text in any language without throwing, naming only languages that have a catalogue', () => {
    const keyword = fc.constantFrom('AYUDA', 'aide', 'ESTADO', 'Statut', 'URGENTE', 'urgent', 'STOP', '¿', '');
    fc.assert(
      fc.property(
        keyword,
        fc.constantFrom('', ' ', ': ', '!'),
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        (kw, separator, rest) => {
          const intent = read(`${kw}${separator}${rest}`);
          const languages =
            'languages' in intent ? intent.languages : 'urgentLanguages' in intent ? intent.urgentLanguages : [];
          for (const language of languages) expect(LANGUAGES).toContain(language);
        },
      ),
      { numRuns: 300 },
    );
  });
});
