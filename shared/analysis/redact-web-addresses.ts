import { isEnglishWord, isNearEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { replaceWebHosts, type WebHost } from './web-hosts';

/*
 * Promise 2: an employee's own web address names them as surely as their email does: "johnsmith.dev",
 * "jane-doe.co.uk", "janedoe.substack.com", "jdoe42.github.io", "kowalski.pl", "annasbakery.com",
 * "linktr.ee/janedoe". A big organisation's site names nobody: people mention "indeed.com", "glassdoor.com",
 * "gov.uk", "bbc.co.uk" in feedback and tweets, and those stay. So a bare address is hidden unless
 * - it is a well-known organisation's (WELL_KNOWN below, a government's, a university's), with no part of its own
 *   in front but a common one ("careers.amazon.com" stays, "janedoe.substack.com" goes),
 * - or it is one word and its ending ("caring.com", "monster.com"), no given name: most such are no address at
 *   all but a missing space between sentences ("great.You", "work.GE", "nice.it", "learners.you") or a file name
 *   ("notes.md", "slides.zip"). Someone's own is rarely one dictionary word ("kowalski.pl", "johnsmith.dev").
 * One with a path or a port is always hidden: the path is where a handle goes ("google.com/maps" goes too).
 */

// Second-level endings countries and hosts give out: "co.uk", "com.au", "gov.uk", "ac.jp".
const SECOND_LEVEL = new Set([
  'co',
  'com',
  'org',
  'net',
  'ac',
  'gov',
  'govt',
  'gob',
  'gouv',
  'edu',
  'nhs',
  'ne',
  'or',
  'go',
  'mil',
  'sch',
  'ltd',
  'plc',
  'nic',
  'police',
]);
const INSTITUTIONS = new Set(['gov', 'govt', 'gob', 'gouv', 'edu', 'ac', 'mil', 'nhs', 'int', 'police', 'sch']);
// Sites of organisations too big for their name to point at anyone: employers, job boards, services and news.
const WELL_KNOWN = new Set(
  (
    'google gmail youtube amazon aws indeed glassdoor workday myworkday myworkdayjobs linkedin facebook fb instagram ' +
    'twitter x tiktok reddit wikipedia wikimedia microsoft office live apple icloud netflix ebay walmart target ' +
    'costco kroger homedepot lowes bestbuy asda tesco sainsburys morrisons aldi lidl asos wayfair monster delta ' +
    'united aa southwest salesforce inc fedex ups usps dhl royalmail bbc cnn nytimes washingtonpost theguardian ' +
    'guardian foxnews fox nbcnews nbc cbsnews cbs abcnews abc reuters apnews ap bloomberg forbes wsj huffpost ' +
    'huffingtonpost breitbart politico npr yahoo bing msn outlook hotmail zoom slack github gitlab stackoverflow ' +
    'whatsapp snapchat spotify uber lyft doordash deliveroo instacart airbnb booking expedia paypal venmo cash ' +
    'twitch discord telegram medium substack wordpress blogspot blogger tumblr pinterest quora imgur gofundme change ' +
    'ziprecruiter careerbuilder simplyhired reed totaljobs adp paychex gusto kronos ukg ultipro dayforce bamboohr ' +
    'successfactors taleo icims greenhouse lever fiverr upwork etsy shopify myshopify aliexpress alibaba ikea ' +
    'mcdonalds starbucks irs osha eeoc ssa dol acas hse whitehouse un who cdc nih gab parler truthsocial dailymail ' +
    'thesun mirror independent telegraph express metro buzzfeed vox vice tmz espn nfl nba mlb fifa imdb weather ' +
    'accuweather craigslist zillow trello asana notion dropbox canva openai chatgpt yelp trustpilot sodexo xerox ' +
    'walgreens cvs target starbucks kfc subway nike adidas zara hm primark boots argos currys ocado deliveroo ' +
    'justeat grubhub postmates shipt gopuff hermes evri dpd yodel gls amazonaws cloudflare godaddy wix squarespace ' +
    'weebly carrd linktree linktr beacons ko-fi buymeacoffee patreon onlyfans cashapp signal threads bsky bluesky ' +
    'mastodon youtu t goo bit tinyurl'
  ).split(' '),
);
// Parts in front of a big site's name that name nobody: "careers.amazon.com", "en.wikipedia.org", "mail.google.com".
const COMMON_PARTS = new Set(
  (
    'www www2 m mobile mail docs drive maps support help careers jobs job news app apps my login accounts account ' +
    'blog store shop play web portal community forum forums secure online smile business music shopping translate ' +
    'meet calendar classroom hr benefits sso auth home about investors corporate press media developer developers ' +
    'api status static images photos video open old new uk us ca au'
  ).split(' '),
);

// Short forms written with a dot, before a missing space: "good co.to work for", "the mgmt.so bad".
const ABBREVIATIONS = new Set(['co', 'corp', 'dept', 'mgmt', 'mgr', 'govt', 'approx', 'asst', 'hr', 'pt', 'ft']);

// What a number is written after with "no"/"nr" (number) and a dot: "emp.no", "ref.no", "acc.nr".
const NUMBERED = new Set(
  `emp empl employee ref acc acct account tel ph mob phone reg inv invoice doc id badge staff pay payroll order serial
  ser cust file case item part seat room flat house unit veh vehicle plate lic licence license passport policy claim
  ticket job roll contract pers`.split(/\s+/u),
);

/** Where the site's own name is among the labels: before "co.uk", before "com". */
function nameIndex(lower: string[]): number {
  const n = lower.length;
  return n >= 3 && SECOND_LEVEL.has(lower[n - 2]!) && lower[n - 1]!.length === 2 ? n - 3 : n - 2;
}

/** Whether a bare address names nobody, and may stay (see above). */
export function namesNobody(host: WebHost): boolean {
  const { labels } = host;
  const tld = labels.at(-1)!;
  // "great.You", "rx.nI", "Accor.HR", "hours.Team/group": a sentence after a missing space, in capitals where no
  // address is ("LP-CASE.INFO" is in capitals throughout, "kowalski.pl" in small letters).
  if (/\p{Lu}/u.test(tld) && /\p{Ll}/u.test(labels.join(''))) return true;
  if (host.path || host.port) return false;
  const lower = labels.map((l) => l.toLowerCase());
  // "productive.ping", "learners.you", "possibilites.room", "America.it", "meeting's.so": a word (or a misspelt
  // one, or a place) before a missing space, whatever follows; and file names ("notes.md", "slides.zip"). A given
  // name is someone's ("jenny.love"); a surname that is a word too is the word ("day.you").
  if (labels.length === 2 && !/[\d-]/u.test(lower[0]!)) {
    const name = lower[0]!;
    if (name.length === 1 || ABBREVIATIONS.has(name)) return true;
    // Blind round 30: "emp.no: 4512", "ref.no", "tel.no": Norway's ending is the short form of "number" after them.
    if ((lower[1] === 'no' || lower[1] === 'nr') && NUMBERED.has(name)) return true;
    if (!isGivenName(name) && (isEnglishWord(name) || isNearEnglishWord(name) || isProperNoun(name))) return true;
  }
  // "gov.uk", "hmrc.gov.uk", "ox.ac.uk", "harvard.edu": a government's or a school's.
  const at = nameIndex(lower);
  const institution = lower.slice(at).some((l) => INSTITUTIONS.has(l));
  if (!institution && !WELL_KNOWN.has(lower[at]!)) return false;
  return lower.slice(0, at).every((part) => COMMON_PARTS.has(part) || /^[a-z]{2}$/u.test(part));
}

/** Hides bare web addresses that may be someone's own (see above). */
export const maskPersonalWebAddresses: Rule = (text) =>
  replaceWebHosts(text, (host) => (namesNobody(host) ? undefined : mask('URL', host.whole.length)));
