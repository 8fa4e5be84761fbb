import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { keepAlivePastStalls } from '../../../local/keep-alive-past-stalls';

const KEEP_ALIVE_MS = 300;
// Past the timeout and the second Node adds to it before an idle connection is closed.
const STALL_MS = 2_500;

/**
 * A client in a process of its own, as an employee's browser or the kiosk tablet is: it posts a report, and
 * `afterMs` after its answer posts the next on the same connection. What it saw, once the connection ended or
 * 6 s passed: the answers, and whether the connection ended.
 */
function clientProcess(port: number, afterMs: number): Promise<{ answers: number; closed: boolean }> {
  const script = `
    const socket = require('node:net').connect(${port}, '127.0.0.1');
    const post = (path) => socket.write('POST ' + path + ' HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: 2\\r\\n\\r\\nhi');
    let got = '';
    let sent = false;
    const done = (closed) => {
      process.stdout.write(JSON.stringify({ answers: (got.match(/HTTP\\/1\\.1 201/g) || []).length, closed }));
      process.exit(0);
    };
    socket.on('data', (chunk) => {
      got += chunk;
      if (!sent && got.includes('stored')) { sent = true; setTimeout(() => post('/second'), ${afterMs}); }
    });
    socket.on('error', () => {});
    socket.on('close', () => done(true));
    setTimeout(() => done(false), 6000);
    post('/first');
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('exit', () => resolve(JSON.parse(out)));
  });
}

/**
 * A server that answers each report, and right after answering the first is busy for STALL_MS (a CPU-starved
 * machine analysing in the same process), longer than its keep-alive timeout. `fix` as the local stack starts it.
 */
function stallingServer(fix: boolean): Promise<{ server: Server; port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      seen.push(req.url ?? '');
      res.writeHead(201, { 'content-type': 'text/plain' }).end('stored');
      if (req.url === '/first')
        setImmediate(() => {
          const until = Date.now() + STALL_MS;
          while (Date.now() < until);
        });
    });
  });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  if (fix) keepAlivePastStalls(server);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as AddressInfo).port, seen })),
  );
}

describe('a keep-alive connection on a server that stalls past its keep-alive timeout', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('Should answer the report that waited on the connection while the server was busy', async () => {
    const started = await stallingServer(true);
    server = started.server;
    // Sent 100 ms after the first answer, well inside the keep-alive timeout; read only once the stall is over.
    const seen = await clientProcess(started.port, 100);
    expect(started.seen).toEqual(['/first', '/second']);
    expect(seen.answers).toBe(2);
  }, 20_000);

  it('Should still close a connection left idle past the timeout', async () => {
    const started = await stallingServer(true);
    server = started.server;
    // The next report comes 3 s after the answer: the connection has been idle past its timeout, and is closed.
    const seen = await clientProcess(started.port, 3_000);
    expect(seen).toEqual({ answers: 1, closed: true });
    expect(started.seen).toEqual(['/first']);
  }, 20_000);

  it('Should lose the waiting report without it (what the stack did: the reason for keepAlivePastStalls)', async () => {
    const started = await stallingServer(false);
    server = started.server;
    const seen = await clientProcess(started.port, 100);
    expect(seen).toEqual({ answers: 1, closed: true });
    expect(started.seen).toEqual(['/first']);
  }, 20_000);
});
