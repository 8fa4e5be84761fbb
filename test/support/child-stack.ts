import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A free port on 127.0.0.1 (racy in theory, fine for tests on one machine). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ChildStack {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** SIGKILL: no clean-up of any kind, as when a laptop dies. */
  kill(): Promise<void>;
  /** SIGINT, as Ctrl-C; resolves with the exit code. */
  interrupt(): Promise<number | null>;
}

type StackPorts = { http: number; dynamodb: number; sqs: number; ses: number };

/**
 * `npm start` as a real child process (the same entry point), on free ports and the given DATA_DIR. Started again on
 * the ports it had (a restart), a port another test's server took meanwhile (`freePort` is racy across parallel test
 * files: CI saw "address already in use" once) is waited for a few seconds, then the stack starts on fresh ports: what
 * a restart keeps is in DATA_DIR, not in its ports.
 */
export async function startChildStack(
  dataDir: string,
  ports?: StackPorts,
): Promise<ChildStack & { ports: StackPorts }> {
  if (!ports) return startChildStackOn(dataDir);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startChildStackOn(dataDir, ports);
    } catch (error) {
      if (!String(error).includes('EADDRINUSE')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
  return startChildStackOn(dataDir);
}

async function startChildStackOn(dataDir: string, ports?: StackPorts): Promise<ChildStack & { ports: StackPorts }> {
  const p = ports ?? {
    http: await freePort(),
    dynamodb: await freePort(),
    sqs: await freePort(),
    ses: await freePort(),
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/main.ts'], {
    env: {
      ...process.env,
      // A CLOCK set in the shell of whoever runs the tests must not move the stacks they start.
      CLOCK: '',
      PORT: String(p.http),
      DYNAMODB_PORT: String(p.dynamodb),
      SQS_PORT: String(p.sqs),
      SES_PORT: String(p.ses),
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
  return {
    child,
    ports: p,
    url: `http://127.0.0.1:${p.http}`,
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
