import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ChildStack {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** SIGKILL: no clean-up of any kind, as when a laptop dies. */
  kill(): Promise<void>;
  /** SIGINT, as Ctrl-C; resolves with the exit code. */
  interrupt(): Promise<number | null>;
}

/**
 * node's arguments in package.json's `start` (`node --no-regexp-tier-up --import tsx local/main.ts`), so a child stack
 * runs as `npm start` does, V8's flags included.
 */
export function startArguments(): string[] {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } };
  const [node, ...args] = scripts.start.trim().split(/\s+/);
  if (node !== 'node') throw new Error(`package.json's start no longer runs node directly: ${scripts.start}`);
  return args;
}

/**
 * `npm start` as a real child process (the same entry point) on the given DATA_DIR. Every port is 0, so the stack
 * takes free ones itself and prints its address: a port picked here and handed over (`freePort`) could be taken by a
 * parallel test file in between (CI saw "address already in use" twice). A restart is the same call again: what a
 * restart keeps is in DATA_DIR, not in its ports.
 */
export async function startChildStack(dataDir: string): Promise<ChildStack> {
  const child = spawn(process.execPath, startArguments(), {
    env: {
      ...process.env,
      // A CLOCK set in the shell of whoever runs the tests must not move the stacks they start.
      CLOCK: '',
      // Nor a PUBLIC_URL: the address read back below is the stack's own.
      PUBLIC_URL: '',
      PORT: '0',
      DYNAMODB_PORT: '0',
      SQS_PORT: '0',
      SES_PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'WARN',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`local stack did not start:\n${output}`)), 30_000);
    const check = () => {
      if (output.includes('Press Ctrl-C')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    void exited.then(() => reject(new Error(`local stack exited:\n${output}`)));
  });
  const health = /Health\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
  if (!health) throw new Error(`local stack printed no address:\n${output}`);
  return {
    child,
    url: health[1]!,
    output: () => output,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async interrupt() {
      child.kill('SIGINT');
      return exited;
    },
  };
}
