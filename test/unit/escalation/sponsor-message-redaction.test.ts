import { describe, expect, it } from 'vitest';
import type { CaseThread, NewThreadMessage, ThreadMessage } from '../../../shared/ports/case-thread';
import { sponsorWrites } from '../../../shared/use-cases/case-conversation';
import { exampleConfig, fixedClock } from '../../support/fixtures';

/** Just enough of a thread for a sponsor's message: it keeps what it is given. */
function keepingThread(): { threads: CaseThread; kept: NewThreadMessage[] } {
  const kept: NewThreadMessage[] = [];
  const threads = {
    async append(_key: string, message: NewThreadMessage): Promise<ThreadMessage> {
      kept.push(message);
      return { seq: kept.length, from: message.from, text: message.text, day: message.day };
    },
    async list(): Promise<ThreadMessage[]> {
      return [];
    },
    async markRead(): Promise<void> {},
  } as unknown as CaseThread;
  return { threads, kept };
}

// A sponsor's message to the employee is redacted as their published
// response is: a sponsor named by their job at the case's own site is hidden.
describe('a sponsor’s message to the employee, redacted with the case’s site', () => {
  const write = async (site: string | undefined, text: string) => {
    const { threads, kept } = keepingThread();
    await sponsorWrites(
      { threads, clock: fixedClock(), config: exampleConfig },
      { caseKey: 'case-key', raisedAt: '2026-11-18T15:00:00.000Z', site },
      text,
      'coo',
    );
    return kept[0]!.text;
  };

  it('Should hide the site’s manager named by their job, on a case from that site', async () => {
    expect(await write('plant2', 'The general manager will walk the exits with you.')).toBe(
      '[NAME] will walk the exits with you.',
    );
  });

  it('Should keep the words on a case from a site whose manager is no sponsor', async () => {
    expect(await write('warehouse', 'The general manager will walk the exits with you.')).toBe(
      'The general manager will walk the exits with you.',
    );
  });
});

// Promise 2: a sponsor's message reaches the employee's case page, JSON and SMS STATUS reply, where phones make a
// bare web address a link; opening it would tell the sponsor's site the employee's IP address and device.
describe('a sponsor’s message to the employee, with a bare web address in it', () => {
  const write = async (text: string) => {
    const { threads, kept } = keepingThread();
    await sponsorWrites(
      { threads, clock: fixedClock(), config: exampleConfig },
      { caseKey: 'case-key', raisedAt: '2026-11-18T15:00:00.000Z', site: 'warehouse' },
      text,
      'coo',
    );
    return kept[0]!.text;
  };

  it.each([
    ['please open followup-7c2d1.net on your own phone', 'please open [URL] on your own phone'],
    ['the form at case-desk.info takes a photo', 'the form at [URL] takes a photo'],
    ['or try SAFETY-CHECK.ORG.', 'or try [URL].'],
    ['new ones too: reportit.help, talk2us.online and forms.company', 'new ones too: [URL], [URL] and [URL]'],
    ['country codes: mijnmelding.nl, zgloszenie.com.pl and casos.mx', 'country codes: [URL], [URL] and [URL]'],
    ['in other scripts: опрос.рф or xn--80aqgci.xn--p1ai', 'in other scripts: [URL] or [URL]'],
    [
      'with a port: survey-host.net:8080 and a trailing dot: survey-host.net. ok',
      'with a port: [URL] and a trailing dot: [URL]. ok',
    ],
    ['even a big company’s: fill in google.com or forms.office.com', 'even a big company’s: fill in [URL] or [URL]'],
  ])('Should hide the address in %j', async (text, stored) => {
    expect(await write(text)).toBe(stored);
  });

  it.each([
    'We met on 5.30 at 5 p.m., e.g. about the v2.1 rota, i.e. No.5 in report.pdf.',
    'The ASP.NET and Node.js tools are at St. John’s, 3.5 miles away, etc.',
  ])('Should keep %j as written', async (text) => {
    expect(await write(text)).toBe(text);
  });

  // Attack round 19: an address on the company's own network has no public domain, yet its server logs the work login
  // and the computer of whoever opens it. Every kind is hidden; words joined by a slash, times and ratios are not.
  it.each([
    ['add a photo at go/press-guard-photos please', 'add a photo at [URL] please'],
    ['drop it in \\\\filesrv02\\ehs\\drop when you can', 'drop it in [URL] when you can'],
    ['or //nas3/safety/inbox works', 'or [URL] works'],
    ['type intranet/ehs/report in the browser', 'type [URL] in the browser'],
    ['the form is at ehs-portal:9443/forms', 'the form is at [URL]'],
    ['or the old box at ehs-box:8080/up', 'or the old box at [URL]'],
    ['upload to docs.plant2.corp/photos or pics.internal', 'upload to [URL] or [URL]'],
    ['also printsrv.local and wiki/LockoutPhotos', 'also [URL] and [URL]'],
    ['see tools/photo_upload.aspx.', 'see [URL].'],
    // Re-attack: a scheme the redactor leaves, a mapped drive, a share written after a mail-like host.
    ['or file://filesrv/ehs/inbox and smb://nas7/ehs', 'or [URL] and [URL]'],
    ['use ftp://drops.corp/ehs', 'use [URL]'],
    ['save it to T:\\EHS\\Photos please', 'save it to [URL] please'],
  ])('Should hide the company-network address in %j', async (text, stored) => {
    expect(await write(text)).toBe(stored);
  });

  it.each([
    'Day/night/weekend shifts, he/she/they, and/or, n/a, 24/7, w/e, by e-mail/phone, pass/fail.',
    'We meet at 9:30 or 12:45:10, a 3:1 ratio, on the intranet home page.',
    'The Q3/Q4 targets are on A4/A3 paper.',
  ])('Should keep %j as written', async (text) => {
    expect(await write(text)).toBe(text);
  });
});
