/** The message the iframe page posts to its parent whenever its content's height changes. */
export const HEIGHT_MESSAGE = 'ti-embed-height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

/** A height the parent accepts: a number of CSS pixels within sane bounds (a hostile frame could send anything). */
export function readHeightMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const {type, height} = data as Partial<HeightMessage>;
  if (type !== HEIGHT_MESSAGE || typeof height !== 'number') return null;
  if (!Number.isFinite(height)) return null;
  return Math.min(20_000, Math.max(40, Math.round(height)));
}
