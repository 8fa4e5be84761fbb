/**
 * `npm run sms -- --from +15551234567 [--to <site number>] "message"`
 *
 * Plays Twilio: sends the running `npm start` an inbound-message webhook,
 * signed with the local Twilio auth token exactly as Twilio signs it, and
 * prints the reply. So anyone can try the SMS channel without a phone.
 *
 * - The request goes to `http://127.0.0.1:$PORT/sms/twilio` (PORT 3000) and
 *   is signed for `PUBLIC_URL` (default `http://127.0.0.1:$PORT`), the URL
 *   the intake checks signatures against.
 * - The auth token is `TWILIO_AUTH_TOKEN`, or the one `npm start` generated
 *   into `DATA_DIR/secrets.json` (DATA_DIR `.data`).
 * - `--to` defaults to the first SMS number in the config (`CONFIG`, default
 *   the example config), which picks the site.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { loadConfigFile } from '../shared/config/load-config';
import { missingStackData } from './stack-data-dir';

const USAGE = `Usage: npm run sms -- --from <your number> [--to <site number>] [--media <n>] [--sid <MessageSid>] "message"

  --from    the number the text comes from, e.g. +15551234567 (never stored)
  --to      the number texted, which picks the site (default: the first in the config)
  --media   pretend n pictures were attached (MMS)
  --sid     reuse a MessageSid, to see a retried delivery get the same answer

Needs npm start running (PORT, PUBLIC_URL, DATA_DIR as for npm start).`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

function authToken(): string {
  if (process.env.TWILIO_AUTH_TOKEN) return process.env.TWILIO_AUTH_TOKEN;
  const file = join(process.env.DATA_DIR || '.data', 'secrets.json');
  const missing = missingStackData(process.env.DATA_DIR || '.data');
  if (missing) fail(`${missing}\n(Or set TWILIO_AUTH_TOKEN to the stack's Twilio auth token.)`, 1);
  const token: unknown = JSON.parse(readFileSync(file, 'utf8')).TWILIO_AUTH_TOKEN;
  if (typeof token !== 'string' || token === '')
    fail(`${file} holds no TWILIO_AUTH_TOKEN; restart npm start to generate one.`, 1);
  return token;
}

const unescapeXml = (text: string) =>
  text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!,
  );

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      media: { type: 'string', default: '0' },
      sid: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
try {
  args = parse();
} catch (error) {
  fail(`${(error as Error).message}\n\n${USAGE}`);
}
if (args.values.help) fail(USAGE, 0);
const from = args.values.from;
if (!from) fail(`--from is required.\n\n${USAGE}`);
if (!/^\d{1,2}$/.test(args.values.media)) fail('--media must be a number of pictures, 0-10');
const body = args.positionals.join(' ');
const sites = loadConfigFile(process.env.CONFIG || undefined).sites;
const to = args.values.to ?? sites.flatMap((s) => s.smsNumbers)[0] ?? '+15550100000';
// The number texted picks the site the text is filed under: say which, when the command did not choose it, so a
// report about Plant 2 sent without --to is not filed under the first site without a word.
const siteOf = (number: string) => sites.find((s) => s.smsNumbers.includes(number))?.name;
if (args.values.to && !siteOf(to)) {
  // Twilio delivers only to numbers the installation has; here any --to goes, and the report is kept with no site.
  const numbers = sites.filter((s) => s.smsNumbers.length).map((s) => `${s.name}: --to ${s.smsNumbers[0]}`);
  console.error(
    `No site has the number ${to}, so the report is kept with no site.${numbers.length ? ` The sites' numbers: ${numbers.join(', ')}.` : ''}`,
  );
}
if (!args.values.to) {
  const others = sites
    .filter((s) => s.smsNumbers.length && !s.smsNumbers.includes(to))
    .map((s) => `${s.name}: --to ${s.smsNumbers[0]}`);
  console.error(
    `Texting ${to}${siteOf(to) ? `, the number of ${siteOf(to)}` : ''}.${others.length ? ` Another site: ${others.join(', ')}.` : ''}`,
  );
}

const port = process.env.PORT || '3000';
const publicUrl = (process.env.PUBLIC_URL || `http://127.0.0.1:${port}`).replace(/\/+$/, '');
const params: Record<string, string> = {
  ToCountry: 'US',
  SmsMessageSid: '',
  NumMedia: args.values.media,
  SmsSid: '',
  SmsStatus: 'received',
  Body: body,
  To: to,
  NumSegments: String(Math.max(1, Math.ceil([...body].length / 153))),
  MessageSid: args.values.sid ?? `${Number(args.values.media) > 0 ? 'MM' : 'SM'}${randomBytes(16).toString('hex')}`,
  AccountSid: `AC${'0'.repeat(32)}`,
  From: from,
  ApiVersion: '2010-04-01',
};
params.SmsMessageSid = params.SmsSid = params.MessageSid!;
for (let i = 0; i < Number(args.values.media); i += 1) {
  params[`MediaUrl${i}`] =
    `https://api.twilio.com/2010-04-01/Accounts/${params.AccountSid}/Messages/${params.MessageSid}/Media/ME${i}`;
  params[`MediaContentType${i}`] = 'image/jpeg';
}

let res: Response;
try {
  res = await fetch(`http://127.0.0.1:${port}/sms/twilio`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': getExpectedTwilioSignature(authToken(), `${publicUrl}/sms/twilio`, params),
    },
    body: new URLSearchParams(params).toString(),
  });
} catch {
  fail(`Nothing answers on http://127.0.0.1:${port}: is npm start running (and on PORT ${port})?`, 1);
}
const text = await res.text();
if (res.status !== 200) fail(`The intake answered ${res.status}:\n${text}`, 1);
const replies = [...text.matchAll(/<Message(?: [^>]*)?>([\s\S]*?)<\/Message>/g)].map((m) => unescapeXml(m[1]!));
console.log(replies.length ? replies.join('\n') : '(no reply: nothing is sent back to a STOP, or to a flood)');
