import { readFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { close } from './listen';

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
  close(): Promise<void>;
}

/** SES v2 from `aws-ses-v2-local`; its web page at the same URL shows every sent email, with clickable links. */
export async function startSes({ port }: { port: number }): Promise<SesStandIn> {
  const server: Server = await sesLocal({ host: '127.0.0.1', port });
  const page = outboxPage();
  const express = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
    } else if (req.method === 'GET' && path === '/favicon.ico') {
      res.writeHead(204, { 'cache-control': 'max-age=86400' }).end(); // no icon, and no error in the browser's console
    } else {
      for (const listener of express) listener.call(server, req, res);
    }
  });
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => close(server) };
}
