/** A copy of `set` with `value` added, or taken out when it was in: which disclosures of a list are open. */
export function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}
