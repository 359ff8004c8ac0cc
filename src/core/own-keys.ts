/**
 * Objects keyed by text from the input, where a key may be any string: `constructor`,
 * `toString` and `__proto__` included. A plain object answers such a key it was never given
 * with what it inherits (`obj.constructor` is Object), and `obj.__proto__ = value` sets its
 * prototype instead of a property. Lookup tables here have no prototype; records, which keep a
 * plain JSON shape, are written and read only through their own properties.
 */

/** A copy of `entries` without a prototype, to look text up in and add to: a key it was not given is undefined, whatever the key. */
export function keyedCopy<K extends string, T>(entries: Readonly<Record<K, T>> = {} as Record<K, T>): Record<K, T> {
  return Object.assign(Object.create(null) as Record<K, T>, entries);
}

/** A fixed table to look input text up in (see keyedCopy). */
export function lookupTable<K extends string, T>(entries: Record<K, T>): Readonly<Record<K, T>> {
  return Object.freeze(keyedCopy<K, T>(entries));
}

/** `obj[key] = value` as an own property of the object, for any key (`__proto__` too). */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

/** `obj[key]` when the object has it as its own property; else undefined (never what it inherits). */
export function ownValue<T>(obj: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}
