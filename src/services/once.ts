/** `build` runs on the first call only; later calls return what it built. `built()` says whether it ran. */
export function once<T>(build: () => T): (() => T) & { built(): boolean } {
  let made: { value: T } | undefined;
  const get = () => (made ??= { value: build() }).value;
  return Object.assign(get, { built: () => made !== undefined });
}
