/**
 * A language code as people and programs write it (`es-MX`, `fr_CA`, `ES`,
 * ` fr `) read as one of `configured`: the whole tag when it is configured,
 * else its primary language (`es` for `es-MX`); undefined when neither is.
 *
 * @example
 * configuredLanguage(['en', 'es'], 'es_ES') // 'es'
 */
export function configuredLanguage<L extends string>(
  configured: readonly L[],
  code: string | undefined,
): L | undefined {
  const tag = code?.trim().toLowerCase().replace(/_/g, '-');
  if (!tag) return undefined;
  const primary = tag.split('-')[0]!;
  return configured.find((l) => l.toLowerCase() === tag) ?? configured.find((l) => l.toLowerCase() === primary);
}
