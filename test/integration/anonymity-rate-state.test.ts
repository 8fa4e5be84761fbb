import { createHmac, createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { DynamoDbKioskRegistry } from '../../shared/adapters/aws/dynamodb-kiosk-registry';
import { CASE_CODE_ALPHABET, caseKeyFor } from '../../shared/domain/case-code';
import { systemClock } from '../../shared/ports/clock';
import { enrolKiosk } from '../../shared/use-cases/enrol-kiosk';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { codeIn, newMessageSid, PLANT2_NUMBER, repliesOf, signedTwilioRequest, twilioFields } from '../support/sms';

// Numbers from the ranges set aside for fiction, and what an attacker would try for each.
const NUMBERS = ['+13125550181', '+13125550182', '+447700900183', '+61491570184'];
const forms = (number: string) => [number, number.slice(1), `+${number.slice(1)}`, number.slice(-10)];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** How main derived an SMS case code from its MessageSid, reproduced here to show it no longer holds. */
function derivedCode(messageSid: string, pepper: string): string {
  const digest = createHmac('sha256', pepper).update(`idempotency:sms:${messageSid}`).digest();
  let value = digest.readBigUInt64BE(0) % BigInt(CASE_CODE_ALPHABET.length) ** 10n;
  let code = '';
  for (let i = 0; i < 10; i += 1) {
    code += CASE_CODE_ALPHABET[Number(value % BigInt(CASE_CODE_ALPHABET.length))];
    value /= BigInt(CASE_CODE_ALPHABET.length);
  }
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * The operator's attack, after the fact: run the real local stack, text it
 * from known numbers and tap several kiosks, stop it, then with every secret
 * in DATA_DIR and the list of numbers read every byte under DATA_DIR
 * (dynalite's LevelDB files keep writes in order) and try to link.
 */
describe('anonymity: rate state against an operator holding the data folder, the secrets and the numbers', () => {
  const dataDir = tempDataDir();
  const sent: { number: string; messageSid: string; code: string }[] = [];
  const kioskCodes: string[] = [];
  const kioskIds: string[] = [];
  let secrets: Record<string, string>;
  let disk = '';

  beforeAll(async () => {
    const plenty = { perSecond: 1000, burst: 1000 };
    const stack = await startTestStack({ dataDir: dataDir.path, rateLimits: { sms: plenty, kiosk: plenty } });
    secrets = JSON.parse(readFileSync(join(dataDir.path, 'secrets.json'), 'utf8'));
    const documents = localDocuments(stack.urls.dynamodb);
    const registry = new DynamoDbKioskRegistry(documents, stack.tableName, systemClock);
    const tokens: string[] = [];
    for (const site of ['hq', 'plant2', 'warehouse']) {
      const { kiosk, token } = await enrolKiosk(
        { kiosks: registry, config: stack.config, clock: systemClock },
        { site, name: `${site} break room` },
      );
      kioskIds.push(kiosk.id);
      tokens.push(token);
    }
    const text = async (number: string, body: string, messageSid = newMessageSid()) => {
      const fields = twilioFields({ From: number, To: PLANT2_NUMBER, Body: body, MessageSid: messageSid });
      const res = await fetch(
        stack.urls.smsTwilio,
        signedTwilioRequest(fields, { url: stack.urls.smsTwilio, token: secrets.TWILIO_AUTH_TOKEN! }),
      );
      return (await repliesOf(res))[0];
    };
    // Interleaved, as real traffic is: each sender's texts and each kiosk's taps next to others'.
    for (let round = 0; round < 3; round += 1) {
      for (const number of NUMBERS) {
        const messageSid = newMessageSid();
        const code = codeIn(await text(number, `Round ${round}: the night shift has no break room`, messageSid));
        expect(codeIn(await text(number, `Round ${round}: the night shift has no break room`, messageSid))).toBe(code); // a retry
        sent.push({ number, messageSid, code });
      }
      for (const token of tokens) {
        const res = await fetch(`${stack.urls.app}/kiosk/feedback`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ rating: 1 + (round % 4), key: crypto.randomUUID(), text: `Tap in round ${round}` }),
        });
        expect(res.status).toBe(201);
        kioskCodes.push(((await res.json()) as { caseCode: string }).caseCode);
      }
    }
    for (const code of [...sent.map((s) => s.code), ...kioskCodes]) await stack.waitForStatus(code, 'analysed');
    documents.destroy();
    await stack.stop();
    disk = filesUnder(dataDir.path)
      .filter((f) => !f.endsWith('secrets.json'))
      .map((f) => readFileSync(f).toString('latin1'))
      .join('\n');
  }, 120_000);
  afterAll(() => dataDir.remove());

  it('Should have written the cases to the data folder, so the sweep below can see them', () => {
    for (const { code } of sent) expect(disk).toContain(caseKeyFor(code, secrets.PEPPER!));
    for (const code of kioskCodes) expect(disk).toContain(caseKeyFor(code, secrets.PEPPER!));
  });

  it('Should hold no keyed hash of any sender’s number, under any secret, in any encoding', () => {
    for (const secret of Object.values(secrets)) {
      for (const number of NUMBERS) {
        for (const form of forms(number)) {
          for (const message of [form, `sms-sender:${form}`, `sms:${form}`, `sender:${form}`]) {
            const mac = createHmac('sha256', secret).update(message).digest();
            for (const encoded of [
              mac.toString('hex'),
              mac.toString('base64'),
              mac.toString('base64url'),
              mac.toString('latin1'),
            ]) {
              expect(disk.includes(encoded), `HMAC of ${message}`).toBe(false);
            }
          }
          const plain = createHash('sha256').update(form).digest();
          expect(disk.includes(plain.toString('hex')) || disk.includes(plain.toString('base64'))).toBe(false);
          expect(disk.includes(form)).toBe(false);
        }
      }
    }
  });

  it('Should keep no sender or kiosk rate row anywhere on disk, so no case sits next to one', () => {
    for (const marker of ['THROTTLE', 'sms-throttle', 'KIOSKRATE', 'kiosk-rate', 'WINDOWKEY', 'REPLAY'])
      expect(disk).not.toContain(marker);
  });

  it('Should mention a kiosk only in its own enrolment items, never in or beside a case', () => {
    // dynalite stores each item as DynamoDB JSON, `{"pk":{"S":"…"},…}`: an
    // occurrence belongs to the item whose key precedes it.
    const itemKeyBefore = (at: number) => {
      const start = disk.lastIndexOf('{"pk":{"S":"', at);
      return start < 0 ? '' : disk.slice(start + 12, disk.indexOf('"', start + 12));
    };
    for (const id of kioskIds) {
      const owners = new Set<string>();
      for (let at = disk.indexOf(id); at >= 0; at = disk.indexOf(id, at + 1))
        owners.add(itemKeyBefore(at).replace(/#.*/, '#'));
      // Its one-use enrolment link (KIOSKENROL#) names it too until the tablet uses it; no other item may.
      expect([...owners].filter((owner) => owner !== 'KIOSKENROL#').sort()).toEqual(['KIOSK#', 'KIOSKTOKEN#']);
    }
  });

  it('Should not derive any SMS case code from its MessageSid, which Twilio keeps with the number', () => {
    for (const { messageSid, code } of sent) {
      expect(code).not.toBe(derivedCode(messageSid, secrets.PEPPER!));
      expect(disk).not.toContain(messageSid);
      expect(disk).not.toContain(messageSid.slice(2));
      for (const secret of Object.values(secrets)) {
        expect(disk).not.toContain(createHmac('sha256', secret).update(`sms:${messageSid}`).digest('hex'));
      }
    }
    expect(new Set(sent.map((s) => s.code)).size).toBe(sent.length);
  });
});
