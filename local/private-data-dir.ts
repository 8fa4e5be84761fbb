import { chmodSync, type Dirent, existsSync, lstatSync, mkdirSync, readdirSync, utimesSync } from 'node:fs';
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
 * Sets the access and modification times of everything the stack keeps (and
 * of the data folder itself) to the start of the current ISO week. Files are
 * rewritten as the stack goes (dynalite's on every write, the queue journal
 * on every submission, the waiting room on every answer), so their times
 * would tell when the last case, answer or visit was; the week is all the
 * data may say (anonymity promise 5). Setting the times also sets each
 * file's change time (ctime, which no call can set back) to now: run on
 * every tick of {@link startFileTimeBlur}, it leaves every ctime at the
 * same tick, whatever was written before it.
 */
export function blurFileTimes(dataDir: string, now: Date): void {
  const weekStart = startOfIsoWeek(isoWeekOf(now, 'UTC'));
  // The kind of each entry comes with its folder's listing: no stat per file, only the one call that sets its times.
  const walk = (path: string, kind: 'file' | 'folder') => {
    if (kind === 'folder')
      for (const entry of entriesOf(path)) {
        // A link out of the folder is never followed.
        if (!entry.isSymbolicLink()) walk(join(path, entry.name), entry.isDirectory() ? 'folder' : 'file');
      }
    setTimes(path, weekStart);
  };
  for (const name of DATA_DIR_ENTRIES) {
    const stat = lstatSync(join(dataDir, name), { throwIfNoEntry: false });
    if (stat && !stat.isSymbolicLink()) walk(join(dataDir, name), stat.isDirectory() ? 'folder' : 'file');
  }
  setTimes(dataDir, weekStart);
}

/** Both times to `at`; an entry gone meanwhile (a compaction, an erased key) is nothing to blur. */
function setTimes(path: string, at: Date): void {
  try {
    utimesSync(path, at, at);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function entriesOf(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Blurs every data file's times now and then every `everyMs` until the
 * returned function is called. Between two ticks a file written shows the
 * moment of that write in its ctime; after the next tick every file's ctime
 * is that tick's, so the files on disk say "the stack ran until about
 * then", never which write came when. Someone watching the disk more often
 * than the ticks still sees the writes (docs/anonymity.md).
 */
export function startFileTimeBlur(dataDir: string, everyMs: number, onError: (error: unknown) => void): () => void {
  const tick = () => {
    try {
      blurFileTimes(dataDir, new Date());
    } catch (error) {
      onError(error);
    }
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
