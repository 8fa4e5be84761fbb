import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface JournalledMessage {
  queueName: string;
  messageId: string;
  body: string;
}

type Entry = { op: 'send'; queueName: string; messageId: string; sealed: string } | { op: 'delete'; messageId: string };

/**
 * Makes the in-memory local-aws-sqs survive a crash: every message sent is
 * appended to a journal (its body sealed with AES-256-GCM, as SQS encrypts
 * at rest on AWS) and every delete too. On start the messages never deleted
 * are sent again. The journal is rewritten without finished messages on
 * start, on clean stop, and whenever finished entries pile up, so raw text
 * does not linger on disk after it has been analysed.
 */
export class QueueJournal {
  private live = new Map<string, { queueName: string; sealed: string }>();
  private finished = 0;

  constructor(
    private readonly path: string,
    private readonly key: Buffer,
    private readonly compactAfter = 200,
  ) {
    mkdirSync(dirname(path), { recursive: true });
    if (existsSync(path)) {
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (!line) continue;
        let entry: Entry;
        try {
          entry = JSON.parse(line) as Entry;
        } catch {
          continue; // a line cut short by a crash mid-write
        }
        if (entry.op === 'send') this.live.set(entry.messageId, { queueName: entry.queueName, sealed: entry.sealed });
        else this.live.delete(entry.messageId);
      }
    }
  }

  /**
   * The messages sent and never deleted, to be sent again after a restart.
   * They stay in the journal until `deleted()` is called for each, once its
   * copy has been sent: a crash during the replay loses nothing either.
   */
  unfinished(): JournalledMessage[] {
    return [...this.live].map(([messageId, m]) => ({ queueName: m.queueName, messageId, body: this.open(m.sealed) }));
  }

  sent(queueName: string, messageId: string, body: string): void {
    const sealed = this.seal(body);
    this.live.set(messageId, { queueName, sealed });
    appendFileSync(this.path, `${JSON.stringify({ op: 'send', queueName, messageId, sealed } satisfies Entry)}\n`);
  }

  deleted(messageId: string): void {
    if (!this.live.delete(messageId)) return;
    appendFileSync(this.path, `${JSON.stringify({ op: 'delete', messageId } satisfies Entry)}\n`);
    this.finished += 1;
    if (this.finished >= this.compactAfter) this.compact();
  }

  /** Rewrites the journal with only the live messages (atomically, via rename). */
  compact(): void {
    const lines = [...this.live].map(([messageId, m]) => JSON.stringify({ op: 'send', queueName: m.queueName, messageId, sealed: m.sealed } satisfies Entry));
    writeFileSync(`${this.path}.tmp`, lines.length ? `${lines.join('\n')}\n` : '', { mode: 0o600 });
    renameSync(`${this.path}.tmp`, this.path);
    this.finished = 0;
  }

  private seal(text: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
  }

  private open(sealed: string): string {
    const raw = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}
