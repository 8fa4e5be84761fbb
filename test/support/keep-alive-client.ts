import { connect, type Socket } from 'node:net';
import { waitBudget } from './wait-budget';

/** One HTTP/1.1 answer read off a raw socket: its status, headers and body, or why none came. */
export type Answer = { status: number; headers: Record<string, string>; body: string } | { lost: string };

/** One TCP connection and what arrived on it: its own bytes and its own end, never another connection's. */
type Connection = { socket: Socket; buffered: Buffer; closed: boolean; wake?: () => void };

/**
 * A keep-alive client as browsers and HTTP libraries are: it sends a request,
 * reads its answer, and sends the next one on the same connection unless the
 * answer said `Connection: close` (then it opens a new one, as they do).
 *
 * Each connection keeps what arrived on it apart. Why: a connection given up
 * after `Connection: close` still reports its own end a moment later, when
 * the server (slow on a loaded machine) gets round to closing its side; with
 * one shared "closed" flag that late end was read as the *next* connection
 * closing unanswered, and a report the server had stored and answered 201
 * half a second later was counted lost (two stacks on 2 cores; docs/performance.md).
 */
export class KeepAliveClient {
  private connection: Connection | undefined;

  constructor(
    private readonly port: number,
    /** How long to wait for an answer: 10 s, or what the running test has left if that is longer (a loaded machine). */
    private readonly answerWithinMs: () => number = () => waitBudget(10_000),
  ) {}

  private open(): Connection {
    const connection: Connection = {
      socket: connect(this.port, '127.0.0.1'),
      buffered: Buffer.alloc(0),
      closed: false,
    };
    connection.socket.on('data', (chunk) => {
      connection.buffered = Buffer.concat([connection.buffered, chunk]);
      connection.wake?.();
    });
    const onEnd = () => {
      connection.closed = true;
      connection.wake?.();
    };
    connection.socket.on('close', onEnd);
    connection.socket.on('error', onEnd);
    this.connection = connection;
    return connection;
  }

  async send(method: string, path: string, contentType: string, body: string): Promise<Answer> {
    const connection = this.connection && !this.connection.closed ? this.connection : this.open();
    connection.socket.write(
      `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n` +
        `Content-Type: ${contentType}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    connection.socket.write(body);
    const answer = await this.read(connection);
    if ('lost' in answer || answer.headers.connection?.toLowerCase() === 'close') {
      // As a client does: the connection is not used again.
      await new Promise((r) => setTimeout(r, 50));
      connection.socket.destroy();
      if (this.connection === connection) this.connection = undefined;
    }
    return answer;
  }

  private async read(connection: Connection): Promise<Answer> {
    const waitMs = this.answerWithinMs();
    const deadline = Date.now() + waitMs;
    for (;;) {
      const end = connection.buffered.indexOf('\r\n\r\n');
      if (end >= 0) {
        const [statusLine = '', ...lines] = connection.buffered.subarray(0, end).toString('latin1').split('\r\n');
        const headers = Object.fromEntries(
          lines.map((line) => [
            line.slice(0, line.indexOf(':')).toLowerCase(),
            line.slice(line.indexOf(':') + 1).trim(),
          ]),
        );
        const length = Number(headers['content-length'] ?? 0);
        if (connection.buffered.length >= end + 4 + length) {
          const body = connection.buffered.subarray(end + 4, end + 4 + length).toString('utf8');
          connection.buffered = connection.buffered.subarray(end + 4 + length);
          return { status: Number(statusLine.split(' ')[1]), headers, body };
        }
      }
      if (connection.closed) return { lost: 'the server closed the connection without answering' };
      if (Date.now() > deadline) return { lost: `no answer within ${Math.round(waitMs / 1000)} seconds` };
      await new Promise<void>((resolve) => {
        connection.wake = resolve;
        setTimeout(resolve, 100);
      });
    }
  }

  close(): void {
    this.connection?.socket.destroy();
  }
}
