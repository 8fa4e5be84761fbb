import { createHash } from 'node:crypto';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { Config } from '../../../shared/config/schema';
import { kioskSubmissionSchema } from '../../../shared/domain/kiosk';
import type { KioskIdentity, KioskRegistry } from '../../../shared/ports/kiosk-registry';
import { authenticateKiosk, KioskTokenError, submitKioskFeedback, throttleKiosk } from '../../../shared/use-cases/kiosk-feedback';
import type { IntakeEnv } from '../deps';
import { KIOSK_CLIENT_JS } from '../kiosk/client-js';
import { cachedIconPng, ICON_SVG } from '../kiosk/icons';
import { KIOSK_CSS } from '../kiosk/kiosk-css';
import { kioskManifest } from '../kiosk/manifest';
import { kioskPage } from '../kiosk/page';
import { kioskServiceWorker } from '../kiosk/service-worker';
import { limitBody } from '../middleware/limit-body';
import { readBody } from '../middleware/read-body';
import { submissionError } from './web-feedback';

/** The page, manifest and worker of one config, built once: they depend on nothing else. */
interface KioskAssets {
  page: string;
  manifest: string;
  serviceWorker: string;
}
const assetsByConfig = new WeakMap<Config, KioskAssets>();
function assetsFor(config: Config): KioskAssets {
  let assets = assetsByConfig.get(config);
  if (!assets) {
    const page = String(kioskPage(config.programName));
    const manifest = kioskManifest(config.programName);
    const version = createHash('sha256').update(page).update(manifest).update(KIOSK_CLIENT_JS).update(KIOSK_CSS).update(ICON_SVG).digest('hex').slice(0, 16);
    assets = { page, manifest, serviceWorker: kioskServiceWorker(version) };
    assetsByConfig.set(config, assets);
  }
  return assets;
}

// Assets are revalidated on every fetch: the service worker holds the offline copy.
const REVALIDATE = 'no-cache';

/** What the kiosk routes spend before they answer. */
export interface KioskAccess {
  /** The kiosk channel's budget, spent only by requests from enrolled kiosks. */
  channel: MiddlewareHandler;
  /** The registry as the routes read it, its look-ups of unproven tokens under their own budget ({@link withTokenCheckBudget}); undefined without kiosks. */
  kiosks: Pick<KioskRegistry, 'findByTokenHash'> | undefined;
}

/**
 * The kiosk of the request's token, or a 401 that tells the client how to
 * authenticate; then the channel's budget, which only a kiosk that proved
 * itself spends: made-up tokens never use up a real kiosk's requests.
 */
async function kioskOf(c: Context<IntakeEnv>, access: KioskAccess): Promise<KioskIdentity> {
  const { config } = c.var.deps;
  let identity: KioskIdentity;
  try {
    if (!access.kiosks) throw new KioskTokenError('kiosks are not enabled on this installation');
    identity = await authenticateKiosk({ kiosks: access.kiosks, config }, c.req.header('authorization'));
  } catch (error) {
    if (error instanceof KioskTokenError) c.header('WWW-Authenticate', 'Bearer realm="kiosk"');
    throw error;
  }
  // The limiter only counts and refuses; it has nothing of its own to run after.
  await access.channel(c, async () => {});
  return identity;
}

/**
 * The kiosk channel: the app at `GET /kiosk` with its script, style, worker,
 * manifest and icons; the site's question at `GET /kiosk/config`; and
 * `POST /kiosk/feedback` for enrolled kiosks (bearer token, idempotency key).
 */
export const kiosk = (access: KioskAccess) =>
  new Hono<IntakeEnv>()
    .get('/kiosk', (c) => {
      c.header('Cache-Control', REVALIDATE);
      return c.html(assetsFor(c.var.deps.config).page);
    })
    .get('/kiosk/app.js', (c) => c.body(KIOSK_CLIENT_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': REVALIDATE }))
    .get('/kiosk/app.css', (c) => c.body(KIOSK_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': REVALIDATE }))
    .get('/kiosk/sw.js', (c) =>
      c.body(assetsFor(c.var.deps.config).serviceWorker, 200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': REVALIDATE,
        'Service-Worker-Allowed': '/kiosk',
      }),
    )
    .get('/kiosk/manifest.webmanifest', (c) =>
      c.body(assetsFor(c.var.deps.config).manifest, 200, { 'Content-Type': 'application/manifest+json; charset=utf-8', 'Cache-Control': REVALIDATE }),
    )
    .get('/kiosk/icon.svg', (c) => c.body(ICON_SVG, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': REVALIDATE }))
    .get('/kiosk/icon-192.png', (c) => c.body(new Uint8Array(cachedIconPng(192)), 200, { 'Content-Type': 'image/png', 'Cache-Control': REVALIDATE }))
    .get('/kiosk/icon-512.png', (c) => c.body(new Uint8Array(cachedIconPng(512)), 200, { 'Content-Type': 'image/png', 'Cache-Control': REVALIDATE }))
    .get('/kiosk/config', async (c) => {
      const { config } = c.var.deps;
      const { site } = await kioskOf(c, access);
      const siteConfig = config.sites.find((s) => s.id === site)!;
      c.header('Cache-Control', 'no-store');
      return c.json({
        siteName: siteConfig.name,
        question: siteConfig.kioskQuestion,
        topics: config.topics.map((t) => ({ id: t.id, name: t.name })),
      });
    })
    .post(
      '/kiosk/feedback',
      limitBody(),
      async (c) => {
        const deps = c.var.deps;
        const kiosk = await kioskOf(c, access);
        await throttleKiosk(deps, kiosk);
        const { value } = await readBody(c, ['json']);
        const parsed = kioskSubmissionSchema.safeParse(value);
        if (!parsed.success) throw submissionError(parsed.error);
        const { caseCode } = await submitKioskFeedback(deps, kiosk, parsed.data);
        c.header('Cache-Control', 'no-store');
        return c.json({ caseCode }, 201);
      },
    );
