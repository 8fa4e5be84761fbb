import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { LAMBDA_NODE_MAJOR } from '../infra/constructs/function-bundling';

export { LAMBDA_NODE_MAJOR };

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Where `.ci/run` installs the npm registry's `node@24` package: outside the project's dependencies, whose `node` bin would shadow the system Node. */
export const LAMBDA_NODE_PREFIX = join(REPO_ROOT, '.cache', `node${LAMBDA_NODE_MAJOR}`);

/** The command that puts it there, for messages that say how to get it. */
export const LAMBDA_NODE_INSTALL = `npm install --prefix .cache/node${LAMBDA_NODE_MAJOR} --no-save --no-audit --no-fund node@${LAMBDA_NODE_MAJOR}`;

/**
 * A Node binary of the Lambda runtime's major: this process's own if it is
 * one, else the one installed under `.cache/`, else undefined (tests then
 * skip the Lambda-major runs and say how to install it).
 */
export function lambdaNode(): string | undefined {
  if (Number(process.versions.node.split('.')[0]) === LAMBDA_NODE_MAJOR) return process.execPath;
  const installed = join(LAMBDA_NODE_PREFIX, 'node_modules', 'node', 'bin', 'node');
  return existsSync(installed) ? installed : undefined;
}
