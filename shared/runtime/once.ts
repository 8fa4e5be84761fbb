/**
 * Builds something once per Lambda execution environment, on first use. A
 * build that fails is not kept: the next invocation tries again rather than
 * failing for the rest of the environment's life.
 *
 * @example
 * const app = once(async () => createApp(await depsFromSecrets()));
 * export const handler = async (event) => (await app())(event);
 */
export function once<T>(build: () => Promise<T>): () => Promise<T> {
  let ready: Promise<T> | undefined;
  return () =>
    (ready ??= build().catch((error: unknown) => {
      ready = undefined;
      throw error;
    }));
}
