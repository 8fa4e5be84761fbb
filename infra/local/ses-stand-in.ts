import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { close } from './listen';

// A CommonJS module whose server is its `default` export.
const sesLocal = (createRequire(import.meta.url)('aws-ses-v2-local') as typeof import('aws-ses-v2-local')).default;

export interface SesStandIn {
  /** SES v2 API endpoint, and also the outbox viewer: open it in a browser to read every email sent. */
  endpoint: string;
  close(): Promise<void>;
}

/** SES v2 from `aws-ses-v2-local`; its web page at the same URL shows every sent email. */
export async function startSes({ port }: { port: number }): Promise<SesStandIn> {
  const server: Server = await sesLocal({ host: '127.0.0.1', port });
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => close(server) };
}
