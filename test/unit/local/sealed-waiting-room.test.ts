import { createCipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomAnswer } from '../../../shared/adapters/aws/thread-waiting-room';
import { SealedWaitingRoom } from '../../../local/sealed-waiting-room';

const key = randomBytes(32);
const answer = (id: string, text: string): RoomAnswer => ({
  id,
  n: 1,
  hour: '2026-11-18T15',
  text,
  day: '2026-11-18',
  expiresAt: 1_800_000_000,
});

/** The room file an older version renamed over on every change: sealed JSON, no padding. */
function legacyRoom(dir: string, state: object): void {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(state), 'utf8'), cipher.final()]);
  writeFileSync(join(dir, 'room'), Buffer.concat([iv, cipher.getAuthTag(), body]));
}

describe('the waiting room on a laptop keeps its answers across restarts without a file made per answer', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'waiting-room-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('Should give back after a restart what was held, from files that neither appear nor change size for an answer', () => {
    const dir = tempDir();
    const room = new SealedWaitingRoom(dir, key);
    const before = readdirSync(dir).map((name) => [name, statSync(join(dir, name)).size]);
    room.hold('case-1', answer('a1', 'The west gate.'));
    room.noteRead('case-1', 3, '2026-11-18T15');
    room.hold('case-2', answer('a2', 'Since Monday.'));
    expect(readdirSync(dir).map((name) => [name, statSync(join(dir, name)).size])).toEqual(before);

    const again = new SealedWaitingRoom(dir, key);
    expect(again.waiting('case-1').map((a) => a.text)).toEqual(['The west gate.']);
    expect(again.waiting('case-2').map((a) => a.text)).toEqual(['Since Monday.']);
    expect(again.readThrough('case-1')).toBe(3);
  });

  it('Should write nothing for a visit alone, and keep what was read once the stack stops', () => {
    const dir = tempDir();
    const room = new SealedWaitingRoom(dir, key);
    const bytes = () => readdirSync(dir).map((name) => readFileSync(join(dir, name)).toString('hex'));
    const before = bytes();
    room.noteRead('case-1', 2, '2026-11-18T15');
    expect(bytes()).toEqual(before);
    room.flush();
    expect(new SealedWaitingRoom(dir, key).readThrough('case-1')).toBe(2);
  });

  it('Should lose at most the change being written when a crash cut a write short, whichever file it was', () => {
    for (const torn of ['room-a', 'room-b']) {
      const dir = tempDir();
      const room = new SealedWaitingRoom(dir, key);
      room.hold('case-1', answer('a1', 'The west gate.'));
      room.hold('case-1', { ...answer('a2', 'Since Monday.'), n: 2 });
      writeFileSync(join(dir, torn), randomBytes(40));
      const texts = new SealedWaitingRoom(dir, key).waiting('case-1').map((a) => a.text);
      expect([['The west gate.'], ['The west gate.', 'Since Monday.']], `${torn} torn`).toContainEqual(texts);
    }
  });

  it('Should take over the room an older version kept, and remove its file', () => {
    const dir = tempDir();
    legacyRoom(dir, { answers: [{ ...answer('a1', 'The west gate.'), caseKey: 'case-1' }], notices: [] });
    const room = new SealedWaitingRoom(dir, key);
    expect(room.waiting('case-1').map((a) => a.text)).toEqual(['The west gate.']);
    expect(existsSync(join(dir, 'room'))).toBe(false);
    expect(new SealedWaitingRoom(dir, key).waiting('case-1').map((a) => a.text)).toEqual(['The west gate.']);
  });
});
