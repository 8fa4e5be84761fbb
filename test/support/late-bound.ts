/**
 * A stand-in for something a `beforeAll` hook creates later (a stack, a
 * browser, a database client), handed out when the `describe` is read: each
 * property read goes to the real one, so tests use it as if they held it.
 */
export function lateBound<T extends object>(current: () => T | undefined, name: string): T {
  return new Proxy({} as T, {
    get(_, property) {
      const target = current();
      if (!target) throw new Error(`${name} is used before beforeAll started it`);
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
