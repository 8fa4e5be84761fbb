import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync, writeSync } from 'node:fs';

/**
 * Overwrites a file's bytes in the same file (made, owner-only, only if missing), synced. The file is never
 * replaced, so its birth time stays that of its first write: no file under `.data` is born when a report comes in
 * (a birth time, unlike the access and modification times, cannot be set back).
 */
export function writeInPlace(file: string, bytes: Buffer): void {
  const fd = openSync(file, existsSync(file) ? 'r+' : 'w', 0o600);
  try {
    writeSync(fd, bytes, 0, bytes.length, 0);
    ftruncateSync(fd, bytes.length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
