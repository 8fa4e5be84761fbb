import { existsSync, lstatSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Stops dynalite's LevelDB from keeping its diagnostic log. LevelDB writes
 * `LOG` (and keeps the previous one as `LOG.old`) with a microsecond
 * timestamp on every flush and compaction, and a flush follows a write:
 * lined up with the table's files, that log dates the cases written. It has
 * no switch to turn it off, but it gives up logging when it cannot open
 * `LOG` for writing (LevelDB's `SanitizeOptions`): so `LOG` is made a
 * folder, and `LOG.old` an empty file, which stops LevelDB from renaming
 * the folder away at open. The data itself is untouched.
 *
 * Run before dynalite opens `dbPath`; removes any log an older version left.
 */
export function silenceStoreDiagnostics(dbPath: string): void {
  mkdirSync(dbPath, { recursive: true, mode: 0o700 });
  const log = join(dbPath, 'LOG');
  const old = join(dbPath, 'LOG.old');
  if (existsSync(log) && !lstatSync(log).isDirectory()) rmSync(log, { force: true });
  if (existsSync(old) && lstatSync(old).isDirectory()) rmSync(old, { recursive: true, force: true });
  mkdirSync(log, { recursive: true, mode: 0o700 });
  writeFileSync(old, '', { mode: 0o600 }); // empty: a log an older version left here is gone
}
