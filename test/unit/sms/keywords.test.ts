import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSmsIntent } from '../../../shared/domain/sms-message';
import { caseKeyFor } from '../../../shared/domain/case-code';
import { exampleConfig, TEST_PEPPER } from '../../support/fixtures';
import { codeIn, HQ_NUMBER, PLANT2_NUMBER, signedTwilioRequest, twilioFields, smsTestApp } from '../../support/sms';

/** The emergency line that follows every refusal of a report, in English, French or Spanish. */
const DANGER = expect.stringMatching(/danger|peligro/);

describe('SMS keywords', () => {
  it.each(['HELP', 'help', 'Help', ' help. ', 'INFO'])(
    'Should answer %j with the program, its purpose, anonymity, how to stop, and whom to call in danger',
    async (body) => {
      const { text, store, queue } = smsTestApp();
      const [reply, ...more] = await text(body);
      expect(more).toEqual(['If you or someone else is in danger now, call 911.']);
      expect(reply).toContain('Listening Post: anonymous feedback to Example Manufacturing Co.');
      expect(reply).toMatch(/number is not kept/);
      expect(reply).toMatch(/Reply STOP to stop/);
      expect(store.cases.size).toBe(0);
      expect(queue.messages).toHaveLength(0);
    },
  );

  it.each(['STOP', 'stop', 'Stop!', 'STOPALL', 'unsubscribe', 'Cancel', 'END', 'quit', 'START', 'unstop'])(
    'Should answer %j with an empty TwiML response and store nothing',
    async (body) => {
      const { app, store, queue, state } = smsTestApp();
      const res = await app.request('/sms/twilio', signedTwilioRequest(twilioFields({ Body: body })));
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
      expect(store.cases.size).toBe(0);
      expect(queue.messages).toHaveLength(0);
      expect(state.size).toBe(0);
    },
  );

  it('Should treat a keyword inside a longer message as feedback', async () => {
    const { text, queue } = smsTestApp();
    const [reply] = await text('Stop scheduling me for back-to-back weekends please');
    expect(reply).toMatch(/Your case code is/);
    expect(queue.messages[0]!.text).toBe('Stop scheduling me for back-to-back weekends please');
  });

  it('Should answer STATUS <code> with the status of the case, however the code is typed', async () => {
    const { text, store } = smsTestApp();
    const code = codeIn((await text('The canteen closes too early'))[0]);
    expect(await text(`STATUS ${code}`)).toEqual([`Case ${code}: received; it will be read shortly.`]);

    await store.saveAnalysis(caseKeyFor(code, TEST_PEPPER), {
      language: 'en',
      sentiment: 'NEGATIVE',
      sentimentScores: { positive: 0, negative: 1, neutral: 0, mixed: 0 },
      redactedText: 'The canteen closes too early',
      keyPhrases: [],
      topics: [],
    });
    await store.markAnalysed(caseKeyFor(code, TEST_PEPPER));
    expect(await text(`status ${code.toLowerCase().replace('-', ' ')}`)).toEqual([`Case ${code}: read and recorded.`]);
  });

  it('Should send the published response with STATUS, in numbered messages of one segment each when it is long', async () => {
    const { text, store } = smsTestApp();
    const code = codeIn((await text('Night shift breaks keep getting cut'))[0]);
    const promise =
      'From December every night shift has two protected fifteen-minute breaks, and supervisors who cut them will be coached. ';
    const response = `Thank you for raising this. ${promise.repeat(3)}— Lee`;
    await store.publishResponse(caseKeyFor(code, TEST_PEPPER), response);
    const replies = await text(`STATUS ${code}`);
    expect(replies.length).toBeGreaterThan(2);
    expect(replies[0]).toMatch(
      new RegExp(`^\\(1/${replies.length}\\) Case ${code}: answered\\. The response: Thank you for raising this\\.`),
    );
    expect(replies.at(-1)).toMatch(/- Lee$/);
    for (const reply of replies) expect(reply.length).toBeLessThanOrEqual(160);
  });

  it('Should say when no case has the code, and explain STATUS when no code was given, storing nothing', async () => {
    const { text, store } = smsTestApp();
    expect(await text('STATUS 22222-22222')).toEqual([expect.stringMatching(/^No case has that code/)]);
    expect(await text('status abc')).toEqual([expect.stringMatching(/^That is not how a case code looks/)]);
    expect(await text('Status')).toEqual([expect.stringMatching(/text STATUS and its code/)]);
    expect(store.cases.size).toBe(0);
  });

  it('Should take a message that merely starts with "Status" as feedback', async () => {
    const { text, queue } = smsTestApp();
    const [reply] = await text('Status updates from management never reach the night shift');
    expect(reply).toMatch(/Your case code is/);
    expect(queue.messages).toHaveLength(1);
  });

  it('Should read a code a phone autocorrected (an en dash, a minus sign, a full stop after it) as the code, and store nothing', async () => {
    const { text, store } = smsTestApp();
    const code = codeIn((await text('The canteen closes too early'))[0]);
    const cases = store.cases.size;
    for (const dash of ['\u2013', '\u2014', '\u2212'])
      for (const body of [
        `STATUS ${code.replace('-', dash)}`,
        `STATUS ${code.replace('-', dash)}.`,
        `status ${code.replace('-', dash)} please`,
      ])
        expect(await text(body), body).toEqual([`Case ${code}: received; it will be read shortly.`]);
    expect(store.cases.size).toBe(cases);
  });

  it.each([
    'URGENT the fire exit in bay 2 is chained shut',
    'urgent: the fire exit in bay 2 is chained shut',
    'Urgent - the fire exit in bay 2 is chained shut',
  ])('Should ask for escalation for %j and say so', async (body) => {
    const { text, queue, store } = smsTestApp();
    const [reply] = await text(body);
    expect(reply).toMatch(/is marked urgent for a senior leader/);
    expect(queue.messages[0]).toMatchObject({ escalate: true, text: 'the fire exit in bay 2 is chained shut' });
    expect([...store.cases.values()][0]!.escalateRequested).toBe(true);
  });

  it.each([
    ['URGENTE la salida de emergencia está bloqueada', 'la salida de emergencia está bloqueada'], // es
    ['urgente: a saída de emergência está trancada', 'a saída de emergência está trancada'], // pt
    ['Urgente! uscita di emergenza bloccata', 'uscita di emergenza bloccata'], // it
    ['URGENT la sortie de secours est bloquée', 'la sortie de secours est bloquée'], // fr
    ['DRINGEND der Notausgang ist zugestellt', 'der Notausgang ist zugestellt'], // de
    ['dringend: Gabelstapler ohne Bremsen', 'Gabelstapler ohne Bremsen'], // de
    ['PILNE wyjście ewakuacyjne zablokowane', 'wyjście ewakuacyjne zablokowane'], // pl
    ['KHẨN CẤP lối thoát hiểm bị khóa', 'lối thoát hiểm bị khóa'], // vi
    ['khan cap loi thoat hiem bi khoa', 'loi thoat hiem bi khoa'], // vi, without tones
    ['Khẩn cấp: có người bị ngã', 'có người bị ngã'], // vi
    ['MADALIAN may naaksidente sa bodega', 'may naaksidente sa bodega'], // tl
    ['urhente sira ang preno ng forklift', 'sira ang preno ng forklift'], // tl
    ['紧急：消防通道被堵住了', '消防通道被堵住了'], // zh
    ['緊急 逃生門被鎖住了', '逃生門被鎖住了'], // zh-Hant
    ['عاجل: مخرج الطوارئ مغلق', 'مخرج الطوارئ مغلق'], // ar
    ['عَاجِل مخرج الطوارئ مغلق', 'مخرج الطوارئ مغلق'], // ar, with vowel marks
    ['ＵＲＧＥＮＴＥ fuga de gas', 'fuga de gas'], // fullwidth
    ['#plant2 DRINGEND Gasgeruch an Linie 4', 'Gasgeruch an Linie 4'],
  ])('Should ask for escalation for %j, in its language, and keep only the rest', async (body, rest) => {
    const { text, queue, store } = smsTestApp();
    const [reply] = await text(body);
    // Answered in Spanish or French when written in them; languages the installation does not speak get one it does.
    expect(reply).toMatch(/is marked urgent for a senior leader|queda marcado como urgente|est signalé comme urgent/);
    if (/^(URGENTE la salida|ＵＲＧＥＮＴＥ)/.test(body))
      expect(reply).toMatch(/^Gracias\. El caso .* queda marcado como urgente/);
    if (body.startsWith('URGENT la sortie')) expect(reply).toMatch(/^Merci\. Le cas .* est signalé comme urgent/);
    expect(queue.messages[0]).toMatchObject({ escalate: true, text: rest });
    expect([...store.cases.values()][0]!.escalateRequested).toBe(true);
  });

  it.each([
    'Urgently need more gloves in packing',
    'Urgentemente necesitamos guantes', // es: "urgently"
    'Dringender Bedarf an Handschuhen', // de: "more urgent need"
    'Pilnie potrzebne rękawice', // pl: "urgently"
    '紧急出口被堵住了', // zh: "the emergency exit is blocked": 紧急 is part of a word
    'عاجلا نحتاج قفازات', // ar: "urgently"
  ])('Should not take %j as asking for escalation', async (body) => {
    const { text, queue } = smsTestApp();
    await text(body);
    expect(queue.messages[0]).toMatchObject({ escalate: false, text: body });
  });

  it.each(['dringend!', 'KHẨN CẤP', '紧急', 'عاجل'])(
    'Should ask for the words when %j comes alone, storing nothing',
    async (body) => {
      const { text, store } = smsTestApp();
      expect(await text(body)).toEqual([expect.stringMatching(/text URGENT followed by what is happening/), DANGER]);
      expect(store.cases.size).toBe(0);
    },
  );

  it('Should ask for the words in Spanish when URGENTE comes alone, storing nothing', async () => {
    const { text, store } = smsTestApp();
    expect(await text('URGENTE')).toEqual([expect.stringMatching(/envíe URGENTE seguido de lo que ocurre/), DANGER]);
    expect(store.cases.size).toBe(0);
  });

  it('Should not take "urgently" as the URGENT keyword', async () => {
    const { text, queue } = smsTestApp();
    await text('Urgently need more gloves in packing');
    expect(queue.messages[0]).toMatchObject({ escalate: false, text: 'Urgently need more gloves in packing' });
  });

  it('Should ask for the words when URGENT comes alone', async () => {
    const { text, store } = smsTestApp();
    expect(await text('URGENT')).toEqual([expect.stringMatching(/text URGENT followed by what is happening/), DANGER]);
    expect(store.cases.size).toBe(0);
  });
});

describe('SMS sites', () => {
  it('Should file the feedback under the site whose number was texted', async () => {
    const { text, queue } = smsTestApp();
    await text('Night shift is short again', { To: PLANT2_NUMBER });
    await text('Lobby heating is off', { To: HQ_NUMBER });
    expect(queue.messages.map((m) => m.site)).toEqual(['plant2', 'hq']);
  });

  it('Should let a #site at the start of the message choose the site, with URGENT before or after it', async () => {
    const { text, queue } = smsTestApp();
    await text('#warehouse the loading dock lights are out', { To: HQ_NUMBER });
    await text('#Plant2 URGENT chemical smell near line 4', { To: HQ_NUMBER });
    await text('URGENT #plant2 chemical smell near line 4 again', { To: HQ_NUMBER });
    expect(queue.messages.map(({ site, escalate, text: t }) => ({ site, escalate, text: t }))).toEqual([
      { site: 'warehouse', escalate: false, text: 'the loading dock lights are out' },
      { site: 'plant2', escalate: true, text: 'chemical smell near line 4' },
      { site: 'plant2', escalate: true, text: 'chemical smell near line 4 again' },
    ]);
  });

  it('Should keep a text with an unknown #tag whole, under the texted number\u2019s site, and say the tag was not a site', async () => {
    const { text, store, queue } = smsTestApp();
    const replies = await text('#moonbase the air is thin', { To: PLANT2_NUMBER });
    expect(replies).toEqual([
      expect.stringMatching(/^Thank you\. Your case code is/),
      'We did not recognise the site #moonbase; your message was saved all the same. Site tags: #hq #plant2 #warehouse',
    ]);
    expect(store.cases.size).toBe(1);
    expect(queue.messages.map(({ site, text: t }) => ({ site, text: t }))).toEqual([
      { site: 'plant2', text: '#moonbase the air is thin' },
    ]);
  });

  it.each([
    ['#metoo my supervisor assaulted me', '#metoo my supervisor assaulted me', false],
    ['#1 problem here: my boss hits me', '#1 problem here: my boss hits me', false],
    ['#planta9 URGENTE fuga de gas', '#planta9 URGENTE fuga de gas', true],
  ])('Should never lose %j to its tag: kept whole, with no site, URGENT still read', async (body, kept, escalate) => {
    const { text, store, queue } = smsTestApp();
    const [receipt, note] = await text(body, { To: '+15550199999' });
    expect(receipt).toMatch(/[A-Z0-9]{5}-[A-Z0-9]{5}/);
    expect(note).toMatch(/#(metoo|1|planta9)/);
    expect(store.cases.size).toBe(1);
    expect(queue.messages.map(({ site, escalate: e, text: t }) => ({ site, escalate: e, text: t }))).toEqual([
      { site: undefined, escalate, text: kept },
    ]);
  });

  it.each([
    ['#plant 2 URGENT gas leak', 'gas leak'],
    ['#PLANT-02 gas leak', 'gas leak'],
    ['#planta2 URGENTE fuga de gas', 'fuga de gas'],
    ['#Usine2 fuite de gaz', 'fuite de gaz'],
    ['#Sede-Central el ascensor no funciona', 'el ascensor no funciona'],
  ])(
    'Should read the site tag of %j leniently (case, spaces, dashes, zeros, its name in any language)',
    async (body, rest) => {
      const { text, queue } = smsTestApp();
      const replies = await text(body, { To: '+15550199999' });
      expect(replies.join(' ')).not.toMatch(/did not recognise|no reconocimos|pas reconnu/i);
      expect(queue.messages[0]).toMatchObject({ site: body.startsWith('#Sede') ? 'hq' : 'plant2', text: rest });
    },
  );

  it('Should keep feedback texted to a number that is not in the config, with no site', async () => {
    const { text, queue, store } = smsTestApp();
    const [reply] = await text('Parking lot potholes', { To: '+15550199999' });
    expect(reply).toMatch(/Your case code is/);
    expect(queue.messages[0]!.site).toBeUndefined();
    expect(store.cases.size).toBe(1);
  });
});

describe('reading a text (generated)', () => {
  it('Should read any text without throwing, taking off no more than a keyword and its punctuation from the start', () => {
    const keyword = fc.constantFrom(
      'URGENT',
      'urgente',
      'Dringend',
      'PILNE',
      'khẩn cấp',
      'Khan Cap',
      '紧急',
      '緊急',
      'عاجل',
      'MADALIAN',
      '',
    );
    const word = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }));
    fc.assert(
      fc.property(keyword, fc.constantFrom('', ' ', ': ', '!', '：', '，'), word, (kw, separator, rest) => {
        const body = `${kw}${separator}${rest}`;
        const intent = readSmsIntent(body, exampleConfig, undefined);
        if (intent.kind !== 'feedback') return;
        expect(body.normalize('NFC')).toContain(intent.text);
        if (intent.escalate) expect([...intent.text].length).toBeLessThan([...body].length);
      }),
      { numRuns: 500 },
    );
  });
});
