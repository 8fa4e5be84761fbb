import { describe, expect, it } from 'vitest';
import type { Escalation } from '../../../shared/domain/escalation';
import { escalationEmail } from '../../../shared/email/escalation-email';
import type { Config } from '../../../shared/config/schema';
import { exampleConfig } from '../../support/fixtures';

/** The example config with one sponsor reading `language`. */
const withSponsorLanguage = (config: Config, id: string, language: 'es' | 'fr'): Config => ({
  ...config,
  sponsors: config.sponsors.map((s) => (s.id === id ? { ...s, language } : s)),
});

/**
 * Attack att42: "mi compañero de turno dice que esta noche se va a quitar la vida, ya regaló sus cosas", with no
 * site, reached the CEO as "Urgent: Feedback with no site or topic: …": the subject a sponsor triages by hid the
 * gravest kind of report there is. The subject now says the kind of danger first, in the sponsor's language,
 * from the detector's categories alone (never the report's words); a kind its topic already names is not said twice.
 */
const base: Escalation = {
  id: 'e1',
  reasons: ['urgent-topic'],
  caseKey: 'a'.repeat(64),
  topics: [],
  urgentCategories: ['self-harm'],
  urgent: true,
  redactedText: 'my coworker says he will end it tonight, he gave his things away',
  sponsorId: 'ceo',
  level: 0,
  raisedAt: '2026-11-18T15:00:00.000Z',
  slaDueAt: '2026-11-18T19:00:00.000Z',
  status: 'raised',
  notifiedLevel: -1,
  audit: [{ at: '2026-11-18T15:00:00.000Z', event: 'raised', detail: 'for Alex Romero (CEO): urgent-topic' }],
};

const subjectOf = async (e: Partial<Escalation>, to = 'ceo@example.com', config = exampleConfig) =>
  (await escalationEmail(config, { ...base, ...e }, [to], 'http://127.0.0.1:3000/ack/token', 'you')).subject;

describe('the subject of an urgent email, as a sponsor triages by it', () => {
  it('Should say a report with no site or topic is a risk of self-harm, where it used to say only "Feedback"', async () => {
    const subject = await subjectOf({});
    expect(subject).toMatch(/^Urgent: Risk of self-harm or suicide \(no site or topic given\): please acknowledge by /);
    expect(subject).not.toContain('Feedback with no site or topic');
    expect(subject).not.toMatch(/coworker|tonight|things/);
  });

  it.each([
    ['es', /^Urgente: Riesgo de autolesión o suicidio \(no se indicó centro ni tema\): /],
    ['fr', /^Urgent : Risque d’automutilation ou de suicide \(ni établissement ni sujet précisé\) : /],
  ] as const)('Should say it in the sponsor’s own language (%s)', async (language, expected) => {
    const config = withSponsorLanguage(exampleConfig, 'ceo', language);
    expect(await subjectOf({}, 'ceo@example.com', config)).toMatch(expected);
  });

  it('Should put the gravest kind first, and name the site where one was given', async () => {
    expect(await subjectOf({ urgentCategories: ['fraud', 'threat', 'self-harm'], site: 'plant2' })).toMatch(
      /^Urgent: Risk of self-harm or suicide, threat of violence, and fraud or theft at Plant 2: /,
    );
    expect(await subjectOf({ urgentCategories: ['safety'], site: 'plant2' })).toMatch(
      /^Urgent: Risk of fire or injury at Plant 2: /,
    );
  });

  it('Should not say twice what the topic says, and keep the topic with the kind it does not say', async () => {
    expect(await subjectOf({ urgentCategories: ['safety'], topics: ['safety'], site: 'plant2' })).toMatch(
      /^Urgent: Health and safety at Plant 2: /,
    );
    expect(
      await subjectOf({ urgentCategories: ['threat', 'harassment'], topics: ['harassment'], site: 'plant2' }),
    ).toMatch(/^Urgent: Threat of violence: Harassment[^:]* at Plant 2: /);
  });

  it('Should keep the old words for a report only ticked urgent, where no kind was found', async () => {
    expect(await subjectOf({ urgentCategories: [], reasons: ['requested'] })).toMatch(
      /^Urgent: Feedback with no site or topic: /,
    );
  });
});
