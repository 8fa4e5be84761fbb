import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The example installation as the tests of danger read it: the installation's emergency number 911,
 * Plant 2's own 112, and `limits` over the example's; written to `name` in `dir`. Its path.
 */
export function writeEmergencyConfig(dir: string, name: string, limits: Record<string, unknown> = {}): string {
  const example = JSON.parse(readFileSync('config/example.config.json', 'utf8')) as {
    sites: { id: string }[];
    limits: Record<string, unknown>;
  };
  const path = join(dir, name);
  writeFileSync(
    path,
    JSON.stringify({
      ...example,
      emergencyNumber: '911',
      sites: example.sites.map((site) => (site.id === 'plant2' ? { ...site, emergencyNumber: '112' } : site)),
      limits: { ...example.limits, ...limits },
    }),
  );
  return path;
}
