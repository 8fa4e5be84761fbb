import type { Config } from '../config/schema';

/**
 * The site a report's `site` field names: its id, or, failing that, its name in any language ("usine2" or
 * "Usine 2" for Plant 2, whose French name is "Usine 2"), read as an SMS `#tag` is: case, accents, spaces,
 * dashes, dots and leading zeros do not count. A French report sent by the JSON API with `"site": "usine2"`
 * was refused as "not one of this organisation's sites" though `#usine2` on an SMS names it (attack round 29,
 * F5). Undefined when it names none.
 */
export function siteByName(config: Pick<Config, 'sites'>, sent: string): string | undefined {
  if (config.sites.some((site) => site.id === sent)) return sent;
  const wanted = nameForm(sent);
  if (!wanted) return undefined;
  const named = config.sites.filter((site) =>
    [site.id, site.name, ...Object.values(site.names ?? {})].some((name) => nameForm(name) === wanted),
  );
  // A name two sites share tells nothing of which one was meant.
  return named.length === 1 ? named[0]!.id : undefined;
}

/** What tells site names apart: letters and digits, lower case, accents off, leading zeros off. */
const nameForm = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\s_.\-\u2013\u2014#]+/gu, '')
    .replace(/(?<!\p{N})0+(?=\p{N})/gu, '');

/** Every name a site may be given by, for a refusal to list: `plant2 ("Plant 2", "Planta 2", "Usine 2")`. */
export const siteNamesList = (config: Pick<Config, 'sites'>): string =>
  config.sites
    .map((site) => {
      const names = [...new Set([site.name, ...Object.values(site.names ?? {})])];
      return `${site.id} (${names.map((n) => `"${n}"`).join(', ')})`;
    })
    .join(', ');
