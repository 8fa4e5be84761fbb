import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../support/local-stack';

/**
 * Ctrl-C in the terminal of `npm start` interrupts every process of its group. When `start` ran
 * through the `tsx` wrapper, the wrapper gave the stack 30 ms to say it had the signal, then killed
 * it outright: on a busy machine the stack printed "finishing queued work and stopping…" and never
 * "Stopped. Your data is kept for next time." (the wrapper had killed it mid-stop). Here the stack is
 * held still when Ctrl-C comes, as a loaded machine holds it, and must still finish its stop.
 */
describe('Ctrl-C on `npm start` while the machine is busy', () => {
  /** The processes of a group, with their parent and command line, from /proc. */
  function groupProcesses(group: number): { pid: number; parent: number; command: string }[] {
    const found: { pid: number; parent: number; command: string }[] = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        // Fields after the command's closing parenthesis: state, parent, group, …
        const stat = readFileSync(join('/proc', entry, 'stat'), 'utf8');
        const [, parent, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(pgrp) !== group) continue;
        const command = readFileSync(join('/proc', entry, 'cmdline'), 'utf8').replaceAll('\0', ' ');
        found.push({ pid: Number(entry), parent: Number(parent), command });
      } catch {
        // Gone meanwhile.
      }
    }
    return found;
  }

  /** The process that runs the stack: the deepest of the group running local/main.ts. */
  function stackProcess(group: number): number {
    const running = groupProcesses(group).filter((p) => p.command.includes('local/main.ts'));
    const deepest = running.find((p) => !running.some((other) => other.parent === p.pid));
    if (!deepest) throw new Error('no process runs the stack');
    return deepest.pid;
  }

  it('Should end with "Stopped. Your data is kept for next time." after the first Ctrl-C', {
    timeout: 120_000,
  }, async () => {
    const dataDir = tempDataDir();
    const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
    // As npm runs it: through a shell, with the project's binaries first on PATH, in a group of its own (the terminal's).
    const child: ChildProcess = spawn('sh', ['-c', start], {
      detached: true,
      env: {
        ...process.env,
        PATH: `${join(process.cwd(), 'node_modules/.bin')}:${process.env.PATH}`,
        PORT: '0',
        DYNAMODB_PORT: '0',
        SQS_PORT: '0',
        SES_PORT: '0',
        DATA_DIR: dataDir.path,
        LOG_LEVEL: 'WARN',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const group = child.pid!;
    try {
      await expect.poll(() => output, { timeout: 60_000, interval: 200 }).toContain('Press Ctrl-C');
      // The terminal is never silent while the code loads: the first line comes before the stack is up.
      expect(output.trimStart().startsWith('Starting Listening Post')).toBe(true);
      const stack = stackProcess(group);
      // Started with V8's regexp tier-up off on node's command line (infra/constructs/regexps-compiled-at-once.ts).
      const command = groupProcesses(group).find((p) => p.pid === stack)!.command;
      expect(command).toContain('--no-regexp-tier-up');
      // Held still (a loaded machine, a long synchronous step) when the terminal's Ctrl-C reaches the group.
      process.kill(stack, 'SIGSTOP');
      process.kill(-group, 'SIGINT');
      await new Promise((resolve) => setTimeout(resolve, 500));
      try {
        process.kill(stack, 'SIGCONT');
      } catch {
        // Killed while held: what the wrapper did.
      }
      await exited;
      expect(output).toContain('Stopped. Your data is kept for next time.');
      expect(output).toContain('finishing queued work and stopping');
    } finally {
      try {
        process.kill(-group, 'SIGKILL');
      } catch {
        // Already stopped.
      }
      dataDir.remove();
    }
  });
});
