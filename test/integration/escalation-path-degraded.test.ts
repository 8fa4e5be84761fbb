import { describe, expect, it } from 'vitest';
import type { Config } from '../../shared/config/schema';
import type { Translator } from '../../shared/ports/translator';
import { exampleConfig } from '../support/fixtures';
import { escalationPathOnDynalite, message } from './escalation-path.harness';

describe('the escalation path on dynalite, when analysis fails or the text is in another language', () => {
  const h = escalationPathOnDynalite('escalation-path-degraded-test');

  it('Should still reach the sponsor, text withheld, when the h.analyzer cannot analyse a message the employee marked urgent, and send the text once it can', async () => {
    h.clock.set('2026-11-20T10:05:00Z');
    const m = message('URGENT the hoist chain on line 2 is fraying', {
      site: 'plant2',
      escalate: true,
      channel: 'sms',
    });
    await h.seed(m);
    h.analyzer.failTexts.add(m.text);
    const failed = await h.deliver([m]);
    expect(failed.batchItemFailures).toHaveLength(1);
    const [withheld] = await h.escalateQueued();
    expect(withheld).toMatchObject({ textWithheld: true, urgent: true, redactedText: '' });
    const email = h.sent.at(-1)!;
    expect(email.subject).toMatch(/^Urgent: /);
    expect(email.text).toContain('could not be processed safely, so it is not shown; the employee marked this urgent');
    for (const part of [email.subject, email.text, email.html]) expect(part).not.toContain('hoist');
    expect((await h.store.findCase(m.caseKey))?.status).toBe('escalated');

    h.analyzer.failTexts.delete(m.text);
    expect((await h.deliver([m])).batchItemFailures).toEqual([]);
    await h.escalateQueued();
    const update = h.sent.at(-1)!;
    expect(update.subject).toMatch(/^Text now available: Urgent: /);
    expect(update.text).toContain('hoist chain on line 2');
    expect((await h.escalations.get(withheld!.id))?.textWithheld).toBeUndefined();
    const again = h.sent.length;
    await h.deliver([m]);
    await h.escalateQueued();
    expect(h.sent.length).toBe(again); // the text is h.sent once
  });

  it('Should escalate, text withheld, when the whole h.analyzer call fails for urgent words, and leave the rest to their retries', async () => {
    const threat = message('I will bring a gun tomorrow and shoot my supervisor', { site: 'warehouse' });
    const quiet = message('The vending machine ate my coins', { site: 'warehouse' });
    await h.seed(threat, quiet);
    h.analyzer.failCall = true;
    const response = await h.deliver([threat, quiet]);
    h.analyzer.failCall = false;
    expect(response.batchItemFailures).toHaveLength(2);
    expect(h.queued.map((q) => q.caseKey)).toEqual([threat.caseKey]);
    const [escalation] = await h.escalateQueued();
    expect(escalation).toMatchObject({
      textWithheld: true,
      urgent: true,
      reasons: ['urgent-topic'],
      urgentCategories: ['safety', 'threat'], // a threat with a weapon is a safety matter too, for the safety sponsor
    });
    expect(h.sent.at(-1)!.text).not.toContain('gun');
  });

  it('Should email the sponsor about urgent feedback in another language, unasked (issue 12: a blocked exit reported in Spanish)', async () => {
    const spanish = 'La salida de emergencia junto al taller de pintura está bloqueada otra vez. Es muy peligroso.';
    const m = message(spanish);
    const emailsBefore = h.sent.length;
    await h.seed(m);
    await h.deliver([m]);
    const [escalation] = await h.escalateQueued();
    expect(escalation).toMatchObject({ urgent: true, reasons: ['urgent-topic'], urgentCategories: ['safety'] });
    expect(h.sent).toHaveLength(emailsBefore + 1);
    expect(h.sent.at(-1)!.text).toContain('salida de emergencia');
  });

  it('Should route urgent feedback in another language to the sponsor of its topic and site, though no English keyword matched', async () => {
    // Prepare: Plant 2's general manager sponsors safety there; the CEO only catches what nobody else owns.
    const m = message('Hay cajas bloqueando la salida de emergencia del almacén y la puerta no abre.', {
      site: 'plant2',
    });
    const emailsBefore = h.sent.length;
    await h.seed(m);
    // Act
    await h.deliver([m]);
    const [escalation] = await h.escalateQueued();
    // Assess
    expect(escalation).toMatchObject({
      urgent: true,
      topics: expect.arrayContaining(['safety']),
      sponsorId: 'plant2-gm',
    });
    expect(h.sent).toHaveLength(emailsBefore + 1);
    expect(h.sent.at(-1)!.to).toEqual(['plant2-gm@example.com']);
  });

  it('Should name the language of the text, add a translation where configured, and send without it when translation fails', async () => {
    const spanish = 'El jefe nos grita todos los días y no pagan las horas extra';
    const config: Config = { ...exampleConfig, leadershipLanguage: 'en' };
    const translated: string[] = [];
    const translator: Translator = {
      async translate(text, from, to) {
        translated.push(`${from}->${to}`);
        return `[${to}] The boss shouts at us every day (${text.length} characters)`;
      },
    };
    const a = message(spanish, { site: 'hq', escalate: true });
    await h.seed(a);
    await h.deliver([a]);
    await h.escalateQueued(h.escalationDeps({ config, translator }));
    expect(translated).toEqual(['es->en']);
    const email = h.sent.at(-1)!;
    expect(email.text).toContain('Written in Spanish.');
    expect(email.text).toContain('In English (machine translation)');
    expect(email.html).toContain('The boss shouts at us every day');
    expect(email.text).toContain(spanish);

    const warnings: string[] = [];
    const broken: Translator = {
      translate: async () =>
        Promise.reject(Object.assign(new Error('rate exceeded'), { name: 'TooManyRequestsException' })),
    };
    const b = message(`${spanish} otra vez`, { site: 'hq', escalate: true });
    await h.seed(b);
    await h.deliver([b]);
    await h.escalateQueued(
      h.escalationDeps({ config, translator: broken, warn: (_m, { errorName }) => void warnings.push(errorName) }),
    );
    expect(h.sent.at(-1)!.text).toContain('Written in Spanish.');
    expect(h.sent.at(-1)!.text).not.toContain('machine translation');
    expect(warnings).toEqual(['TooManyRequestsException']);

    // Without a leadership language (or locally, without a translator): the original alone.
    const c = message(`${spanish} y mañana`, { site: 'hq', escalate: true });
    await h.seed(c);
    await h.deliver([c]);
    await h.escalateQueued(h.escalationDeps({ translator }));
    expect(translated).toHaveLength(1);
    expect(h.sent.at(-1)!.text).not.toContain('machine translation');
  });
});
