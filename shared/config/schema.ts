import * as z from 'zod'; // a namespace import lets esbuild drop zod's unused locales (~370 KB)
import { URGENCY_CATEGORIES } from '../analysis/urgency/types';
import { isLanguage, type Language, LANGUAGES } from '../i18n/languages';
import { DEFAULT_CHANNEL_RATES, INTAKE_CHANNELS, type IntakeChannel } from './channels';
import { isTimeZone } from './time-zone';

const id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,31}$/,
    'must be 1-32 lowercase letters, digits or dashes, starting with a letter or digit',
  );

const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 phone number such as +15550100001');

/**
 * A language Listening Post has a catalogue for (`shared/i18n/catalogues/`); anything
 * else is refused with the list of those it has, for the operator.
 */
const language = z
  .string()
  .refine(isLanguage, {
    error: (issue) =>
      `Listening Post has no translation for '${String(issue.input)}'; it speaks ${LANGUAGES.join(', ')} (add a catalogue in shared/i18n/catalogues to add a language)`,
  })
  .transform((code) => code as Language);

/**
 * Words an operator writes for employees, one text per language
 * (`{ "en": "Pay", "es": "Salario" }`); a language left out falls back to
 * the plain field beside it.
 */
const inEachLanguage = (text: z.ZodString) =>
  z.partialRecord(z.enum(LANGUAGES as [Language, ...Language[]]), text, {
    error: `must map language codes (${LANGUAGES.join(', ')}) to text`,
  });

const timezone = z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/London');

export { DEFAULT_CHANNEL_RATES, INTAKE_CHANNELS, type IntakeChannel };

const channelRate = (channel: IntakeChannel) => z.number().min(0.1).max(10_000).default(DEFAULT_CHANNEL_RATES[channel]);
const channelRatesSchema = z
  .object({
    web: channelRate('web'),
    api: channelRate('api'),
    kiosk: channelRate('kiosk'),
    sms: channelRate('sms'),
    status: channelRate('status'),
    /** Employees' answers in their case's conversation (`POST /status/answer` from the page, `POST /status/{code}/messages` by API): apart from reading a status. */
    answers: channelRate('answers'),
    links: channelRate('links'),
    /** Redaction previews (`POST /feedback/preview`): they store nothing, but each runs the redactor. */
    preview: channelRate('preview'),
  })
  .default(DEFAULT_CHANNEL_RATES);

/** Urgent texts one number may send an hour past its budget, unless `limits.urgentSmsOverBudgetPerHour` says otherwise. */
export const URGENT_SMS_OVER_BUDGET_PER_HOUR = 5;

/**
 * Reports that read urgent each channel (web form, JSON API, kiosk, SMS) still takes a minute once
 * its `limits.requestsPerSecond` budget is spent, unless `limits.urgentOverChannelBudgetPerMinute`
 * says otherwise: a site reporting one fire together during a flood, while made-up "urgent" reports
 * add at most this many a minute to a channel that already takes 600 (10 a second).
 */
export const URGENT_OVER_CHANNEL_BUDGET_PER_MINUTE = 30;

/** A number to call, as people write it (`911`, `112`, `000`, `+44 20 7946 0000`, `999 or 112`): no markup, no braces. */
const emergencyNumber = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N} +()./,-]+$/u, 'must be a phone number, like 911 or 112');

const siteSchema = z.object({
  id,
  name: z.string().min(1),
  /** The site's name in other languages (`{ "es": "Planta 2" }`), for employees' screens, kiosk, SMS and the digest; else `name`. */
  names: inEachLanguage(z.string().min(1)).optional(),
  /**
   * The phrase saying something happened at this site, per language, where
   * the name alone would read wrong (`{ "fr": "au siège", "es": "en la sede" }`):
   * "Santé et sécurité au siège". A language left out: "at Plant 2",
   * "à l’établissement Usine 2", "en Planta 2".
   */
  at: inEachLanguage(z.string().min(1).max(120)).optional(),
  smsNumbers: z.array(e164).default([]),
  /**
   * The kiosk's question: one text shown in every language, or one per
   * language (`{ "en": …, "fr": … }`). Unset, or a language left out: the
   * catalogue's "How are things at work today?" in the kiosk's language.
   */
  kioskQuestion: z.union([z.string().min(1).max(120), inEachLanguage(z.string().min(1).max(120))]).optional(),
  /** The language people at this site are answered in when their own cannot be told (a short or mixed text); else the installation's `defaultLanguage`. */
  language: language.optional(),
  /** The number to call when someone is in danger now, for people at this site (`"911"`); else the installation's `emergencyNumber`. */
  emergencyNumber: emergencyNumber.optional(),
});

const topicSchema = z.object({
  id,
  name: z.string().min(1),
  /** The topic's name in other languages, for employees' screens (`{ "es": "Salario" }`); else `name`. */
  names: inEachLanguage(z.string().min(1)).optional(),
  urgent: z.boolean().default(false),
  keywords: z.array(z.string().min(2)).min(1, 'needs at least one keyword'),
  /**
   * Urgent matters the detector finds in any language that belong to this
   * topic, so they reach its sponsor even when no (English) keyword matched.
   * By default a topic takes the category of its own id (`safety`, …).
   */
  urgencyCategories: z.array(z.enum(URGENCY_CATEGORIES)).optional(),
});

const sponsorSchema = z.object({
  id,
  name: z.string().min(1),
  email: z.email(),
  topics: z.array(id).default([]),
  sites: z.array(id).default([]),
  backup: id.optional(),
  default: z.boolean().default(false),
  /**
   * The key of the sponsor's case-desk link (`/desk/…`). Set a new value
   * (any word) to re-issue it: every desk link sent before stops working at
   * once, and the next emails carry the new one.
   */
  deskKey: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[^:]+$/, 'must not contain ":"')
    .optional(),
  /**
   * Other names the sponsor goes by ("Bob", "the plant boss"): a report that
   * uses one goes around them, like one naming them (`shared/domain/conflicts.ts`).
   */
  aliases: z.array(z.string().trim().min(2).max(60)).max(20).optional(),
  /**
   * Words for the sponsor's job, beside the role in brackets in `name`
   * ("head of people", "jefe de planta"): a report that uses one goes around
   * them; words that show a kind of job (HR, plant or site manager,
   * operations, CEO, finance, safety) also bring that job's usual
   * descriptions in several languages, and what that person does ("whoever
   * runs this plant", "the top manager here": `shared/domain/role-words.ts`).
   */
  roleWords: z.array(z.string().trim().min(2).max(60)).max(20).optional(),
  /** The language of this sponsor's emails, case page and desk; else the installation's `defaultLanguage`. */
  language: language.optional(),
});

const HOURS_IN_SEVEN_DAYS = 7 * 24;

/**
 * The one configuration file of a Listening Post installation, validated at
 * `npm start` and at `cdk synth`. Cross-references (a sponsor's topics, a
 * backup sponsor) are checked too, and each problem names its field.
 */
export const configSchema = z
  .object({
    programName: z.string().min(1).max(40).default('Listening Post'),
    organisation: z.string().min(1),
    timezone,
    /**
     * The language leadership reads (ISO 639-1, e.g. `en`). When set, an
     * escalation written in another language carries an Amazon Translate
     * translation beside the original (on AWS; locally the original alone).
     */
    leadershipLanguage: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'must be a language code such as en, es or fr-CA')
      .optional(),
    /** The languages employees are answered in, each with a catalogue in `shared/i18n/catalogues/`. */
    languages: z.array(language).min(1, 'needs at least one language').default(['en', 'es', 'fr']),
    /** The language used when an employee's own cannot be told, unless their site sets its own; one of `languages`. */
    defaultLanguage: language.default('en'),
    /**
     * The number to call when someone is in danger now (`"911"`, `"112"`), named on the form, the
     * kiosk, the help and urgent replies; a site may set its own. Unset: "your local emergency number".
     */
    emergencyNumber: emergencyNumber.optional(),
    mail: z.object({ from: z.email() }),
    /**
     * The public base URL of the intake, e.g. a custom domain such as
     * `https://feedback.example.com`: the URL Twilio is told to call and
     * sponsors' links start with. Optional; on AWS, without it, links use the
     * API Gateway URL and the Twilio webhook is not configured.
     */
    publicUrl: z
      .url({ protocol: /^https?$/ })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
    anonymity: z
      .object({
        k: z.int().min(3, 'k below 3 would let a reader single people out').default(5),
        kQuote: z.int().min(3).default(10),
      })
      .default({ k: 5, kQuote: 10 })
      .refine((a) => a.kQuote >= a.k, { message: 'kQuote must be at least k', path: ['kQuote'] }),
    sites: z.array(siteSchema).min(1, 'needs at least one site'),
    topics: z.array(topicSchema).min(1, 'needs at least one topic'),
    sponsors: z.array(sponsorSchema).min(1, 'needs at least one sponsor'),
    slas: z
      .object({
        urgentHours: z.number().positive().max(HOURS_IN_SEVEN_DAYS, 'acknowledgement may not take longer than 7 days'),
        standardHours: z
          .number()
          .positive()
          .max(HOURS_IN_SEVEN_DAYS, 'acknowledgement may not take longer than 7 days'),
      })
      .default({ urgentHours: 4, standardHours: 72 }),
    /**
     * The EU Whistleblowing Directive's clocks for each escalated case:
     * acknowledge within 7 days, give feedback within 3 months of that. An
     * organisation may promise sooner, never later.
     */
    legalClocks: z
      .object({
        acknowledgeDays: z.int().min(1).max(7, 'the law allows at most 7 days to acknowledge a report').default(7),
        feedbackMonths: z
          .int()
          .min(1)
          .max(3, 'the law allows at most 3 months, from the acknowledgement, to give feedback')
          .default(3),
        /** Whoever holds a case is reminded this many days before each deadline at which it would climb… */
        remindDaysBefore: z.int().min(1).max(30).default(2),
        /** …or, when the time given is shorter, this share of it before (a day before a 72-hour service level). */
        remindShare: z
          .number()
          .gt(0)
          .lt(1)
          .default(1 / 3),
      })
      .default({ acknowledgeDays: 7, feedbackMonths: 3, remindDaysBefore: 2, remindShare: 1 / 3 }),
    analysis: z
      .object({
        /** On AWS: Amazon Comprehend, or the offline analyzer (no Comprehend cost, English-centred). Locally always offline. */
        engine: z.enum(['comprehend', 'offline']).default('comprehend'),
        /** `analyze` invocations at once (the queue's event source maximum concurrency; SQS allows 2 to 1,000). They share the quotas below. */
        maxConcurrency: z.int().min(2).max(1000).default(2),
        /**
         * The account's Amazon Comprehend quotas in the Region, requests per
         * second (AWS's defaults; raise them here when AWS raises yours). Each
         * invocation paces itself to its share of them.
         */
        comprehendQuotas: z
          .object({
            /** DetectPiiEntities, one request per English or Spanish document. */
            detectPiiEntitiesPerSecond: z.number().positive().max(10_000).default(20),
            /** Each of BatchDetectDominantLanguage, BatchDetectSentiment and BatchDetectKeyPhrases (25 documents a request). */
            batchRequestsPerSecond: z.number().positive().max(10_000).default(10),
          })
          .default({ detectPiiEntitiesPerSecond: 20, batchRequestsPerSecond: 10 }),
      })
      .default({
        engine: 'comprehend',
        maxConcurrency: 2,
        comprehendQuotas: { detectPiiEntitiesPerSecond: 20, batchRequestsPerSecond: 10 },
      }),
    escalation: z
      .object({
        /** This many negative submissions on one site and topic within the window escalate as a pattern. */
        patternThreshold: z.int().min(2).default(5),
        patternWindowDays: z.int().min(1).max(90).default(7),
        /**
         * The hour of the day (installation time zone) a pattern found since the day before is sent:
         * never when the report that completed it came, which its email and stored times would date.
         */
        patternReleaseHour: z.int().min(0).max(23).default(9),
        /** How long a sponsor's signed link works. */
        linkValidDays: z.int().min(1).max(60).default(14),
        /** How often the SLA sweep looks for overdue escalations. */
        sweepMinutes: z.int().min(1).max(60).default(5),
        /**
         * How many reports only marked urgent by their senders (the box, `URGENT` by SMS) a holder is
         * emailed one by one in an hour; past it, the sweep tells them of the rest in one email each sweep
         * (`shared/use-cases/marked-urgent-allowance.ts`). Reports urgent in their own words never count.
         */
        markedUrgentEmailsPerHour: z.int().min(1).max(1000).default(5),
        /**
         * How many reports urgent in their own words or topic a holder is emailed one by one in an hour; past
         * it, each sweep tells them of what came since in one email listing the texts, alike ones on one line
         * (`shared/use-cases/urgent-words-allowance.ts`). 30: a site reporting one fire together (a few dozen
         * people at most) still gets an email each; a script posting the same alarm a thousand times does not
         * fill the holder's inbox, nor spend the mail service's quota every other escalation needs.
         */
        urgentEmailsPerHour: z.int().min(1).max(1000).default(30),
        /**
         * How many urgent reports of each kind (in their words; only ticked) one source (an SMS number, a
         * kiosk, the web form at a site) sends an hour that count as from a quiet source: once their holder's
         * emails one by one are spent, such a report is still emailed on its own, from a second allowance as
         * large that only they spend (`shared/use-cases/quiet-source.ts`), so one person flooding a holder
         * never makes a report from someone else wait for the sweep's list.
         */
        urgentReportsPerSourcePerHour: z.int().min(1).max(100).default(3),
      })
      .default({
        patternThreshold: 5,
        patternWindowDays: 7,
        patternReleaseHour: 9,
        linkValidDays: 14,
        sweepMinutes: 5,
        markedUrgentEmailsPerHour: 5,
        urgentEmailsPerHour: 30,
        urgentReportsPerSourcePerHour: 3,
      }),
    sms: z
      .object({
        /**
         * AWS End User Messaging: the phone number or pool ARN replies go out
         * from (`arn:aws:sms-voice:<region>:<account>:phone-number/<id>` or
         * `…:pool/<id>`). Unset: each reply goes from the number that was texted.
         */
        originationIdentity: z
          .string()
          .regex(
            /^arn:aws[\w-]*:sms-voice:[\w-]+:\d{12}:(phone-number|pool)\/[\w-]+$/,
            'must be an End User Messaging phone-number or pool ARN',
          )
          .optional(),
      })
      .default({}),
    digest: z.object({
      recipients: z.array(z.email()).min(1, 'needs at least one recipient'),
      /** The language leadership reads the digest and escalations that reach it in; else `defaultLanguage`. */
      language: language.optional(),
      day: z.enum(['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']).default('MON'),
      time: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM, 24-hour')
        .default('08:00'),
    }),
    limits: z
      .object({
        smsPerSenderPerHour: z.int().min(1).default(10),
        /**
         * Texts that read urgent one number may still send an hour once `smsPerSenderPerHour` is spent:
         * at least one (an urgent text is never lost to a budget), at most 20 (each may reach an executive,
         * so a flood of made-up ones stays small).
         */
        urgentSmsOverBudgetPerHour: z
          .int({ error: 'must be a whole number from 1 to 20' })
          .min(
            1,
            'must be a whole number from 1 to 20: at least 1, so an urgent text is never lost to the hourly limit',
          )
          .max(20, 'must be a whole number from 1 to 20: at most 20, so a flood of made-up urgent texts stays small')
          .default(URGENT_SMS_OVER_BUDGET_PER_HOUR),
        /**
         * Reports that read urgent each channel that takes reports still takes a minute once its
         * `requestsPerSecond` budget is spent: at least one (an urgent report is never lost to a flood
         * of others), at most 600 (each may reach an executive, so a flood of made-up ones stays small).
         */
        urgentOverChannelBudgetPerMinute: z
          .int({ error: 'must be a whole number from 1 to 600' })
          .min(1, 'must be a whole number from 1 to 600: at least 1, so an urgent report is never lost to a flood')
          .max(
            600,
            'must be a whole number from 1 to 600: at most 600, so a flood of made-up urgent reports stays small',
          )
          .default(URGENT_OVER_CHANNEL_BUDGET_PER_MINUTE),
        kioskPerMinute: z.int().min(1).default(20),
        requestsPerSecond: channelRatesSchema,
      })
      .default({
        smsPerSenderPerHour: 10,
        urgentSmsOverBudgetPerHour: URGENT_SMS_OVER_BUDGET_PER_HOUR,
        urgentOverChannelBudgetPerMinute: URGENT_OVER_CHANNEL_BUDGET_PER_MINUTE,
        kioskPerMinute: 20,
        requestsPerSecond: DEFAULT_CHANNEL_RATES,
      }),
    retention: z
      .object({
        feedbackDays: z.int().min(30).default(730),
        escalationDays: z.int().min(30).default(2555),
        digestDays: z.int().min(30).default(1825),
      })
      .default({ feedbackDays: 730, escalationDays: 2555, digestDays: 1825 }),
  })
  .superRefine((config, ctx) => {
    const siteIds = new Set(config.sites.map((s) => s.id));
    const topicIds = new Set(config.topics.map((t) => t.id));
    const sponsorIds = new Set(config.sponsors.map((s) => s.id));

    // Each list whose entries must be unique: its values, where an error points, what a value is called.
    const uniqueLists: [values: string[], path: string, what: string][] = [
      [config.sites.map((s) => s.id), 'sites', 'id'],
      [config.topics.map((t) => t.id), 'topics', 'id'],
      [config.sponsors.map((s) => s.id), 'sponsors', 'id'],
      [config.sites.flatMap((s) => s.smsNumbers), 'sites', 'SMS number'],
      [config.languages, 'languages', 'language'],
    ];
    for (const [values, path, what] of uniqueLists) reportDuplicates(values, path, ctx, what);
    if (config.languages.length > 0 && !config.languages.includes(config.defaultLanguage)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultLanguage'],
        message: `'${config.defaultLanguage}' must also be one of languages (${config.languages.join(', ')})`,
      });
    }
    config.sites.forEach((site, i) => {
      if (site.language !== undefined && config.languages.length > 0 && !config.languages.includes(site.language)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sites', i, 'language'],
          message: `'${site.language}' must also be one of languages (${config.languages.join(', ')})`,
        });
      }
    });

    config.sponsors.forEach((sponsor, i) => {
      sponsor.topics.forEach((topic, j) => {
        if (!topicIds.has(topic)) {
          ctx.addIssue({ code: 'custom', path: ['sponsors', i, 'topics', j], message: `unknown topic '${topic}'` });
        }
      });
      sponsor.sites.forEach((site, j) => {
        if (!siteIds.has(site)) {
          ctx.addIssue({ code: 'custom', path: ['sponsors', i, 'sites', j], message: `unknown site '${site}'` });
        }
      });
      if (sponsor.backup !== undefined && (!sponsorIds.has(sponsor.backup) || sponsor.backup === sponsor.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sponsors', i, 'backup'],
          message: `backup must be another sponsor's id, not '${sponsor.backup}'`,
        });
      }
    });
    if (config.escalation.patternThreshold < config.anonymity.k) {
      ctx.addIssue({
        code: 'custom',
        path: ['escalation', 'patternThreshold'],
        message: `must be at least anonymity.k (${config.anonymity.k}): a smaller pattern would describe a group small enough to identify`,
      });
    }
    if (config.sponsors.filter((s) => s.default).length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['sponsors'],
        message: 'exactly one sponsor must be the default ("default": true)',
      });
    }
  });

function reportDuplicates(values: string[], path: string, ctx: z.RefinementCtx, what = 'id'): void {
  const seen = new Set<string>();
  values.forEach((value) => {
    if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [path], message: `duplicate ${what} '${value}'` });
    seen.add(value);
  });
}

export type Config = z.infer<typeof configSchema>;
export type Site = Config['sites'][number];
export type Topic = Config['topics'][number];
export type Sponsor = Config['sponsors'][number];
