import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * r37 (blind attacker, 2026-12-06), redaction's leftovers worked as classes: ordinary words used as a person's
 * nickname; numbered spots a person holds in Polish, Ukrainian and Haitian Creole and glued to their word, and the
 * numbers of things and times that must stay; payment services named in a list. Each class holds the attacker's
 * own texts, wordings written to tune the rules, wordings held back (written before the rules, run once after
 * them), then the look-alikes that must stay as written.
 */

describe('payment services named in a list stay: firms, not who paid', () => {
  it.each([
    // the attacker's
    ['via Wise, Venmo or Google Pay', 'via Wise, Venmo or Google Pay'],
    // tuned
    ['send it with Zelle, Cash App or Venmo', 'send it with Zelle, Cash App or Venmo'],
    ['pay me back on Revolut, Monzo or PayPal', 'pay me back on Revolut, Monzo or PayPal'],
    ['páganos por Bizum, Nequi o PayPal', 'páganos por Bizum, Nequi o PayPal'],
    // held back
    ['GCash, Maya or PayMaya only', 'GCash, Maya or PayMaya only'],
    ['they only pay through Payoneer, Skrill and Wise', 'they only pay through Payoneer, Skrill and Wise'],
    ['manda no Pix, PicPay ou Nubank', 'manda no Pix, PicPay ou Nubank'],
  ])('%s', (text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });

  it.each([
    // a person listed with the services stays hidden, the services around it read
    ['Wise, Tom or Venmo', 'Wise, [NAME] or Venmo'],
    // a surname that is a service, written after a given name, is a person's
    ['John Wise keeps shouting at me', '[NAME] keeps shouting at me'],
    ['Venmo, Tom Wise or Zelle', 'Venmo, [NAME] [NAME] or Zelle'],
    // handles after a service stay hidden
    ['venmo @john-doe-42', 'venmo [ID]'],
  ])('a person beside them stays hidden: %s', (text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });
});
