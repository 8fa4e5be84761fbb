import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Promise 2: an employee's own web address or handle names them as surely as their name. A big organisation's site
 * names nobody and stays; so do words with a dot in them that are no address.
 */
describe('redaction of someone’s own web address, written bare', () => {
  it.each([
    ['my portfolio is at marekwisniewski.dev if you doubt me', 'marekwisniewski'],
    ['see tom-baker.co.uk for the photos of the loading bay', 'tom-baker'],
    ['I write about it on rosiecarter.substack.com every week', 'rosiecarter'],
    ['the code is on kev99.github.io', 'kev99'],
    ['my cv: nowakowska.pl', 'nowakowska'],
    ['my side business lucysflowers.com pays better', 'lucysflowers'],
    ['his girlfriend runs sandrajones.shop', 'sandrajones'],
    ['Check out DANNYLIFTS.COM', 'DANNYLIFTS'],
    ['mein blog: jürgen-schmidt.de', 'jürgen-schmidt'],
    ['on xn--jrgen-kva.de too', 'xn--jrgen-kva'],
    ['the test server was joe-dev.net:3000 all week', 'joe-dev'],
    ['she posted it at carlagomez.es.', 'carlagomez'],
  ])('Should hide the address in %j', (text, own) => {
    const out = redact(text);
    expect(out).not.toContain(own);
    expect(out).toContain('[URL]');
  });

  it.each([
    ['all my links: linktr.ee/rosie.carter', 'rosie.carter'],
    ['tip me at paypal.me/kevinw88', 'kevinw88'],
    ['beacons.ai/dannylifts has everything', 'dannylifts'],
    ['ko-fi.com/lucysflowers', 'lucysflowers'],
    ['my reel: vimeo.com/annawolska', 'annawolska'],
    // After the app's name ("my paypal is …"), the payment-handle rule took the site and left the path (re-attack).
    ['my paypal is paypal.me/janedoe', 'janedoe'],
    ['my venmo is venmo.com/u/jdoe_77', 'jdoe_77'],
    ['Revolut: revolut.me/annak22 for the collection', 'annak22'],
  ])('Should hide an address with a path whole in %j', (text, own) => {
    const out = redact(text);
    expect(out).not.toContain(own);
    expect(out).not.toMatch(/\]\/\S/u);
  });

  it.each([
    'I found this job on indeed.com and the reviews on glassdoor.com were right',
    'we clock in on workday.com and the rota is on google.com sheets',
    'the rules are on gov.uk and hse.gov.uk says otherwise',
    'amazon.com pays more, I checked careers.amazon.com',
    'saw it on bbc.co.uk and en.wikipedia.org',
    'nobody reads the newsletter on caring.com',
  ])('Should keep a big organisation’s site in %j', (text) => {
    expect(redact(text)).toBe(text);
  });

  it.each([
    'e.g. the forklifts, i.e. all of them, etc.',
    'the v2.1 app crashes, 3.5 hours lost, break at 5.30',
    'they use Node.js and ASP.NET for the portal',
    'the report.pdf and notes.md were wrong',
    'No.5 line stops every day',
    'the meeting ends at 5 p.m. and starts at 9 a.m.',
    'Great team.You learn a lot.Management is fine.',
    'the pay is nice.it could be better',
    'good co.to work for, the mgmt.so bad',
  ])('Should keep %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('redaction of a handle said after its platform', () => {
  it.each([
    ['my twitch is kevplaysall', 'kevplaysall'],
    ['add me on steam: forkliftfrank77', 'forkliftfrank77'],
    ['her onlyfans is sasha_rae', 'sasha_rae'],
    ['his tiktok is dancewithmarco', 'dancewithmarco'],
    ['my discord is ghostpicker', 'ghostpicker'],
    ['follow me on insta lulu.bakes', 'lulu.bakes'],
    ['mi insta es carlitabonita', 'carlitabonita'],
    ['mon snap c’est juju.lacroix', 'juju.lacroix'],
    ['sígueme en tiktok: pepa_baila', 'pepa_baila'],
    ['my x is @jen_writes', 'jen_writes'],
    ['ajoute-moi sur discord noctambule', 'noctambule'],
  ])('Should hide the handle in %j', (text, handle) => {
    const out = redact(text);
    expect(out).not.toContain(handle);
    expect(out).toContain('[');
  });

  it.each([
    'my insta is private so they cannot see it',
    'my twitch is down again',
    'the steam is too hot in the wash bay',
    'the line is too long at lunch',
  ])('Should keep %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});
