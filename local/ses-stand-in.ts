import { readFileSync } from 'node:fs';
import { request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { close } from './listen';
import { answerAsSes, anySesFault, changeSesFaults, noSesFaults, sesFaultFor, type SesFaults } from './ses-faults';

const require = createRequire(import.meta.url);
// A CommonJS module whose server is its `default` export.
const sesLocal = (require('aws-ses-v2-local') as typeof import('aws-ses-v2-local')).default;

/**
 * The outbox page shows a text email as plain text, so the link in it cannot
 * be clicked; this script, added to that page, makes every web address in a
 * text view a link that opens in a new tab (the pages it leads to refuse to be
 * shown inside another page, as they should).
 */
const LINKIFY_TEXT_VIEWS = `<script>
(() => {
  const linkify = () => {
    for (const view of document.querySelectorAll('.email-text:not([data-linked])')) {
      view.dataset.linked = '';
      view.innerHTML = view.innerHTML.replace(/https?:\\/\\/[^\\s<>"']*[^\\s<>"'.,;:!?)]/g, (url) => '<a href="' + url + '" target="_blank" rel="noopener">' + url + '</a>');
    }
  };
  new MutationObserver(linkify).observe(document.getElementById('content'), { childList: true });
})();
</script>
</body>`;

function outboxPage(): string {
  const page = readFileSync(
    join(dirname(require.resolve('aws-ses-v2-local/package.json')), 'static', 'index.html'),
    'utf8',
  );
  return page.includes('</body>') ? page.replace('</body>', LINKIFY_TEXT_VIEWS) : page;
}

export interface SesStandIn {
  /** SES v2 API endpoint, and also the outbox viewer: open it in a browser to read every email sent. */
  endpoint: string;
  /**
   * What it fails, as SES would (`local/ses-faults.ts`); none unless set here or by a POST to `/faults`
   * (docs/local-stack.md, "Making the mail service fail").
   */
  faults: SesFaults;
  close(): Promise<void>;
}

/** Marks a send the stand-in already checked against its faults and passes on to aws-ses-v2-local. */
const CHECKED = 'x-listening-post-faults-checked';

/** SES v2 from `aws-ses-v2-local`; its web page at the same URL shows every sent email, with clickable links. */
export async function startSes({
  port,
  faults = noSesFaults(),
}: {
  port: number;
  faults?: SesFaults;
}): Promise<SesStandIn> {
  const server: Server = await sesLocal({ host: '127.0.0.1', port });
  const page = outboxPage();
  const express = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
    } else if (req.method === 'GET' && path === '/favicon.ico') {
      res.writeHead(204, { 'cache-control': 'max-age=86400' }).end(); // no icon, and no error in the browser's console
    } else if (path === '/faults') {
      answerFaults(req, res, faults);
    } else if (
      req.method === 'POST' &&
      path?.startsWith('/v2/email/outbound-emails') &&
      !req.headers[CHECKED] &&
      anySesFault(faults)
    ) {
      failOrPassOn(req, res, faults, endpoint);
    } else {
      for (const listener of express) listener.call(server, req, res);
    }
  });
  return { endpoint, faults, close: () => close(server) };
}

/**
 * A SendEmail while a fault is set: read whole, failed as SES would fail it, or sent back to this server
 * marked checked, for aws-ses-v2-local to take as it came (its parser reads the request itself).
 */
function failOrPassOn(req: IncomingMessage, res: ServerResponse, faults: SesFaults, endpoint: string): void {
  readBody(req, (body) => {
    let to: string[] = [];
    try {
      to =
        (JSON.parse(body.toString('utf8')) as { Destination?: { ToAddresses?: string[] } }).Destination?.ToAddresses ??
        [];
    } catch {
      // Not JSON: aws-ses-v2-local answers it as it would any other.
    }
    const fault = sesFaultFor(faults, to);
    if (fault) return answerAsSes(res, fault.status, fault.type, fault.message);
    const target = new URL(endpoint);
    const again = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, [CHECKED]: '1' },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    again.on('error', () => res.writeHead(502).end());
    again.end(body);
  });
}

/** `GET /faults` shows what the stand-in fails; `POST /faults` with JSON changes it (`changeSesFaults`). */
function answerFaults(req: IncomingMessage, res: ServerResponse, faults: SesFaults): void {
  const json = (status: number, value: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(`${JSON.stringify(value)}\n`);
  };
  if (req.method === 'GET') json(200, changeSesFaults(faults, {}));
  else if (req.method !== 'POST') json(405, { error: 'GET /faults shows them; POST /faults changes them' });
  else
    readBody(req, (body) => {
      let given: unknown;
      try {
        given = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        json(400, { error: 'the body must be JSON, e.g. {"refuse": ["plant2-gm@example.com"]}' });
        return;
      }
      const changed = changeSesFaults(faults, given);
      json('error' in changed ? 400 : 200, changed);
    });
}

function readBody(req: IncomingMessage, then: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => then(Buffer.concat(chunks)));
}
