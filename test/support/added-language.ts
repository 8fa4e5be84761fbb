import type { Catalogue } from '../../shared/i18n/catalogue';

/** What a translator changes when they add a language by copying another's catalogue, as the README says. */
export interface AddedLanguage {
  language: string;
  name: string;
  keywords: Catalogue['keywords'];
  /** Each text of the copy as the translator left it (unchanged: still the copied language). */
  translate?: (text: string, key: string) => string;
}

/**
 * A catalogue built the way the README adds a language: `from` copied, its
 * code, name and keywords set, each message passed through `translate`.
 * For tests that register a language Listening Post does not ship.
 */
export function copiedCatalogue(from: Catalogue, added: AddedLanguage): Catalogue {
  const translate = added.translate ?? ((text: string) => text);
  const each = <T extends Readonly<Record<string, string>>>(section: T): T =>
    Object.fromEntries(Object.entries(section).map(([key, text]) => [key, translate(text, key)])) as unknown as T;
  return {
    ...from,
    language: added.language,
    name: added.name,
    keywords: added.keywords,
    messages: each(from.messages),
    sponsor: each(from.sponsor),
    digest: each(from.digest),
  };
}

/** Portuguese's SMS keywords, some of which Spanish shares (ESTADO, URGENTE). */
export const PORTUGUESE_KEYWORDS: Catalogue['keywords'] = {
  help: ['AJUDA'],
  status: ['ESTADO'],
  urgent: ['URGENTE'],
  reply: ['RESPONDER', 'RESPOSTA'],
};
