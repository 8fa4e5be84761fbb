import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { isoWeekOf, startOfIsoWeek } from '../shared/domain/iso-week';

/**
 * What the local stack keeps under `DATA_DIR`. Only these are swept, never
 * the whole folder: `DATA_DIR` may be a folder that holds other things too.
 */
export const DATA_DIR_ENTRIES = ['secrets.json', 'dynamodb', 'queues', 'digests', 'waiting'] as const;

/**
 * Makes the local data readable by its owner only, as it is on AWS behind
 * IAM: the folder and everything the stack keeps in it become 0700 (folders)
 * and 0600 (files), including what an older version left with wider modes;
 * and everything created from now on by this process (dynalite's LevelDB
 * files, the queue journal, digests) is created that way, by a umask of 077.
 *
 * @example
 * keepDataPrivate(dataDir); // before anything writes under it
 */
export function keepDataPrivate(dataDir: string): void {
  restrictNewFiles();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  makePrivate(dataDir);
}

/** Takes group and other permissions off the folder and off everything the stack keeps in it. */
export function makePrivate(dataDir: string): void {
  chmodSync(dataDir, 0o700);
  for (const name of DATA_DIR_ENTRIES) {
    const path = join(dataDir, name);
    if (existsSync(path)) privateTree(path);
  }
}

function privateTree(path: string): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return; // never follow a link out of the folder
  if (stat.isDirectory()) {
    chmodSync(path, 0o700);
    for (const name of readdirSync(path)) privateTree(join(path, name));
  } else {
    chmodSync(path, 0o600);
  }
}

/**
 * A umask of 077 for this process. Node refuses to change it in a worker
 * thread; there the sweep in {@link makePrivate}, run again when the stack
 * stops, is what remains.
 */
function restrictNewFiles(): void {
  try {
    process.umask(0o077);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_UNSUPPORTED_OPERATION') throw error;
  }
}

/**
 * Sets the access and modification times of everything the stack keeps to
 * the start of the current ISO week. dynalite's files are rewritten as it
 * goes, so their times would tell when the last case was written (and, with
 * a directory listing taken now and then, roughly when each was); the
 * week is all the data may say (anonymity promise 3). Run when the stack
 * stops, after the last write.
 */
export function blurFileTimes(dataDir: string, now: Date): void {
  const weekStart = startOfIsoWeek(isoWeekOf(now, 'UTC'));
  const walk = (path: string) => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return;
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    utimesSync(path, weekStart, weekStart);
  };
  for (const name of DATA_DIR_ENTRIES) {
    const path = join(dataDir, name);
    if (existsSync(path)) walk(path);
  }
}
