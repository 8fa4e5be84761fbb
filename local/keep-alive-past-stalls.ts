import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Keeps a keep-alive connection whose next request is already waiting, when
 * the server's own event loop stalled past its keep-alive timeout.
 *
 * Why: the local stack analyses, redacts and escalates in the same process
 * that answers. On a CPU-starved machine one turn of its event loop can take
 * longer than `keepAliveTimeout` (5 s). Node checks its timers before it
 * reads the sockets, so the idle timer set when the last answer went out
 * fires first and Node destroys the connection, though the employee's next
 * report sits unread in it: the browser or kiosk gets a reset connection and
 * no answer, neither "received" nor "NOT saved".
 *
 * With a `timeout` listener on the server Node leaves the idle socket to us
 * (it destroys it itself only when nobody listens). We let the loop read the
 * sockets once (`setImmediate` runs after that read) and close the connection
 * only if nothing came in on it since the timer fired, as Node would have.
 */
export function keepAlivePastStalls(server: Server): Server {
  server.on('timeout', (socket: Socket) => {
    const readBefore = socket.bytesRead;
    setImmediate(() => {
      if (socket.bytesRead === readBefore) socket.destroy();
    });
  });
  return server;
}
