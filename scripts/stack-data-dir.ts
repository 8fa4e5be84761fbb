import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Why a helper (`npm run sms`, `npm run digest`) cannot use the data folder it was given, or undefined when it can.
 * The helpers sign with the secrets the running `npm start` keeps in its `DATA_DIR`. A helper run without that
 * same DATA_DIR found no secrets and, before this check, either said "start the local stack first" to someone whose
 * stack was running, or made new secrets of its own and printed links the stack refused as forged.
 */
export function missingStackData(dataDir: string): string | undefined {
  if (existsSync(join(dataDir, 'secrets.json'))) return undefined;
  return [
    `No npm start keeps its data in ${dataDir} (there is no secrets.json there), and this command needs its secrets.`,
    'Run it with the DATA_DIR that npm start was started with (it prints it: "data in …"), or start npm start first.',
  ].join('\n');
}
