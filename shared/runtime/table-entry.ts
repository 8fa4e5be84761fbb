import type { Config } from '../config/schema';
import { configFromEnv } from './env';
import { type EntryTools, type Handler, lambdaEntry } from './lambda-entry';
import { type Table, tableFromEnv } from './table';

export interface TableEntryTools extends EntryTools {
  readonly config: Config;
  readonly table: Table;
}

/**
 * `lambdaEntry` for a function that reads the config and works on the table:
 * both are read when the module loads, as the entries did by hand, so a
 * missing variable fails the cold start with its name.
 */
export function tableEntry<Args extends unknown[], Result>(
  serviceName: string,
  build: (tools: TableEntryTools) => Handler<Args, Result> | Promise<Handler<Args, Result>>,
): Handler<Args, Result> {
  const config = configFromEnv();
  const table = tableFromEnv();
  return lambdaEntry(serviceName, (tools) => build({ ...tools, config, table }));
}
