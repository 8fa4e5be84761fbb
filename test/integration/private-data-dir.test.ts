import { chmodSync, lstatSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLocalSecrets } from '../../local/local-secrets';
import { lastCompleteWeek } from '../../shared/digest/weeks';
import { isoWeekOf, startOfIsoWeek } from '../../shared/domain/iso-week';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { waitFor } from '../support/outbox';
import { readableBodies } from '../support/sealed-journal';
import { signedTwilioRequest, twilioFields } from '../support/sms';

/** Every path under `root` (itself included) that its group or others may read, write or enter, with its mode. */
function openToOthers(root: string): string[] {
  const open: string[] = [];
  const walk = (path: string) => {
    const stat = lstatSync(path);
    if ((stat.mode & 0o077) !== 0 && !stat.isSymbolicLink())
      open.push(`${relative(root, path) || '.'} ${(stat.mode & 0o777).toString(8)}`);
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
  };
  walk(root);
  return open;
}

/** Files under `root` whose bytes hold a clock time (LevelDB's log lines: `2026/12/01-09:08:33.439123`). */
function timesWritten(root: string): string[] {
  const found: string[] = [];
  const walk = (path: string) => {
    const stat = lstatSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else if (/\d{4}\/\d\d\/\d\d-\d\d:\d\d:\d\d/.test(readFileSync(path, 'latin1'))) found.push(relative(root, path));
  };
  walk(root);
  return found;
}

/** As a version from before this guard left a data folder: folders 0755, files 0644. */
function widen(root: string): void {
  const walk = (path: string) => {
    const stat = lstatSync(path);
    chmodSync(path, stat.isDirectory() ? 0o755 : 0o644);
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
  };
  walk(root);
}

describe('local data at rest', () => {
  it('Should leave nothing under DATA_DIR that anyone but its owner can open, an older data folder included', {
    timeout: 120_000,
  }, async () => {
    const dataDir = tempDataDir();
    try {
      const first = await startTestStack({ dataDir: dataDir.path });
      await first.waitForStatus(
        (await first.submit({ text: 'The night shift rota changed again without notice' })).caseCode,
        'analysed',
      );
      await first.stop();
      // As an older version left it: LevelDB's own diagnostic log, a microsecond time per flush.
      rmSync(join(dataDir.path, 'dynamodb', 'LOG'), { recursive: true, force: true });
      writeFileSync(
        join(dataDir.path, 'dynamodb', 'LOG'),
        '2026/12/01-09:08:33.439123 7f1 Level-0 table #12: started\n',
      );
      widen(dataDir.path);
      expect(openToOthers(dataDir.path).length).toBeGreaterThan(5);

      const stack = await startTestStack({ dataDir: dataDir.path });
      try {
        expect(openToOthers(dataDir.path), 'on start').toEqual([]);

        // Every channel that writes: the web form, SMS, an urgent case (escalation, email) and a digest.
        const { caseCode } = await stack.submit({
          text: 'The fire exit by the paint shop is blocked again',
          site: 'plant2',
        });
        const secrets = loadLocalSecrets(dataDir.path, {});
        const sms = await fetch(
          stack.urls.smsTwilio,
          signedTwilioRequest(twilioFields({ Body: 'The lockers in hall B are broken' }), {
            url: stack.urls.smsTwilio,
            token: secrets.TWILIO_AUTH_TOKEN,
          }),
        );
        expect(sms.status).toBe(200);
        await stack.waitForStatus(caseCode, 'escalated');
        await stack.digest(lastCompleteWeek(new Date(), stack.config.timezone), { dryRun: true });
        expect(openToOthers(dataDir.path), 'while running').toEqual([]);
      } finally {
        await stack.stop();
      }
      expect(openToOthers(dataDir.path), 'after a clean stop').toEqual([]);
      // LevelDB's diagnostic log would date each flush (and so each write) to the microsecond: none is kept.
      expect(timesWritten(join(dataDir.path, 'dynamodb')), 'times inside the table files').toEqual([]);
      // Nor do the files' times say more than the week: no last-write moment to line cases up against.
      const weekStart = startOfIsoWeek(isoWeekOf(new Date(), 'UTC')).getTime();
      const timed: string[] = [];
      const walk = (path: string) => {
        const stat = lstatSync(path);
        if (stat.mtimeMs !== weekStart) timed.push(`${relative(dataDir.path, path)} ${stat.mtime.toISOString()}`);
        if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
      };
      for (const name of ['dynamodb', 'queues', 'digests', 'secrets.json']) walk(join(dataDir.path, name));
      expect(timed, 'file times after a clean stop').toEqual([]);
    } finally {
      dataDir.remove();
    }
  });

  it('Should leave an analysed message unreadable in the queue journal at once, even to someone holding secrets.json', {
    timeout: 60_000,
  }, async () => {
    const dataDir = tempDataDir();
    const stack = await startTestStack({ dataDir: dataDir.path });
    try {
      const journal = join(dataDir.path, 'queues', 'journal.jsonl');
      const masterKey = Buffer.from(loadLocalSecrets(dataDir.path, {}).QUEUE_ENCRYPTION_KEY, 'hex');
      const marker = `quartermaster-${Date.now().toString(36)}`;
      const { caseCode } = await stack.submit({ text: `My supervisor ${marker} changed the rota again`, site: 'hq' });
      await stack.waitForStatus(caseCode, 'analysed');
      // The stack still runs and has not compacted: the sealed line is still in the journal.
      expect(readFileSync(journal, 'utf8').trim().split('\n').length).toBeGreaterThanOrEqual(1);
      // Analysed first, then deleted from the queue: wait for the delete, not for compaction.
      const readable = () => readableBodies(journal, masterKey).some((body) => body.includes(marker));
      await waitFor('the analysed message to be forgotten', async () => (readable() ? undefined : true), 10_000);
      expect(readFileSync(journal, 'utf8')).not.toContain(marker);
    } finally {
      await stack.stop();
      dataDir.remove();
    }
  });
});
