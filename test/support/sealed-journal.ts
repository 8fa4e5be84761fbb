import { createDecipheriv } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What someone holding the data folder, secrets.json included, could read: each sealed text in the journal tried against the master key and every key file. */
export function readableBodies(path: string, masterKey: Buffer): string[] {
  const keysDir = join(path, '..', 'keys');
  const attempt = (sealed: Buffer, key: Buffer, label?: string): Buffer | undefined => {
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      if (label) decipher.setAAD(Buffer.from(label));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
    } catch {
      return undefined;
    }
  };
  const keyFiles = existsSync(keysDir) ? readdirSync(keysDir) : [];
  const keys = [
    masterKey,
    ...keyFiles
      .map((name) => attempt(readFileSync(join(keysDir, name)), masterKey, name))
      .filter((k) => k !== undefined),
  ];
  const found: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n').filter(Boolean)) {
    const { sealed, entry } = JSON.parse(line) as { sealed: string; entry?: string };
    const body = Buffer.from(sealed, 'base64');
    const plain = keys.map((key) => attempt(body, key, entry) ?? attempt(body, key)).find((p) => p !== undefined);
    if (plain) found.push(unwrapped(plain.toString('utf8')));
  }
  return found;
}

/** A message sealed with its queue's name (`{"queue","body"}` padded with spaces) is its body; older ones are the text alone. */
function unwrapped(plain: string): string {
  try {
    const value = JSON.parse(plain) as { body?: unknown };
    if (typeof value.body === 'string') return value.body;
  } catch {
    // the text alone
  }
  return plain;
}
