/** A planar point or vector in viewBox units. */
export type Point = [number, number];

/**
 * Integer rings -> SVG path data: per ring an absolute `M x y`, then relative `l` steps, then `z`. Relative steps
 * are one or two digits along a border, which keeps the file small before and after gzip (ADR 0020). A ring is
 * given open or closed; repeated points are dropped, and so is a ring left with fewer than three points.
 */
export function ringsToPath(rings: readonly (readonly Point[])[]): string {
  let d = '';
  for (const ring of rings) {
    const points = distinctPoints(ring);
    if (points.length < 3) continue;
    const [x0, y0] = points[0]!;
    d += `M${x0} ${y0}l`;
    let first = true;
    for (let i = 1; i < points.length; i++) {
      const dx = points[i]![0] - points[i - 1]![0];
      const dy = points[i]![1] - points[i - 1]![1];
      d += `${first || dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`;
      first = false;
    }
    d += 'z';
  }
  return d;
}

/** Consecutive duplicates and the closing point removed; every coordinate must be an integer. */
function distinctPoints(ring: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const [x, y] of ring) {
    if (!Number.isInteger(x) || !Number.isInteger(y))
      throw new Error(`ringsToPath: ${x},${y} is not an integer point`);
    const last = out[out.length - 1];
    if (!last || last[0] !== x || last[1] !== y) out.push([x, y]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first![0] === last![0] && first![1] === last![1])
    out.pop();
  return out;
}

/**
 * The absolute rings of path data written by `ringsToPath` (`M`, `l` and `z` only, integers): for tests and
 * checks. Throws on any other command, so that a change of format cannot pass unnoticed.
 */
export function pathToRings(d: string): Point[][] {
  const rings: Point[][] = [];
  const tokens = d.match(/[Mlz]|-?\d+/g) ?? [];
  if (tokens.join('').length !== d.replace(/ /g, '').length)
    throw new Error(`pathToRings: unexpected characters in ${d.slice(0, 40)}`);
  let i = 0;
  const number = () => {
    const token = tokens[i++];
    if (token === undefined || !/^-?\d+$/.test(token))
      throw new Error(`pathToRings: number expected at token ${i - 1}`);
    return Number(token);
  };
  while (i < tokens.length) {
    if (tokens[i++] !== 'M')
      throw new Error(`pathToRings: M expected at token ${i - 1}`);
    const ring: Point[] = [[number(), number()]];
    if (tokens[i++] !== 'l')
      throw new Error(`pathToRings: l expected at token ${i - 1}`);
    while (tokens[i] !== 'z') {
      const [x, y] = ring[ring.length - 1]!;
      ring.push([x + number(), y + number()]);
    }
    i++;
    rings.push(ring);
  }
  return rings;
}
