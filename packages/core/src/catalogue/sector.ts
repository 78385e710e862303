import type {Sector} from '@ti-toolkit/data/catalogue';

/**
 * The sector of a NAF (APE) code as the company API gives it ("25.62B", "2562B"): industry is section C,
 * divisions 10 to 33 (INSEE's NAF rev. 2). Null for any other valid code, undefined for something that is not a
 * NAF code, so that a garbled code is "unknown", never "not industry".
 */
export function sectorOfNaf(naf: string): Sector | null | undefined {
  const match = /^\s*(\d{2})\.?\d{2}[A-Z]\s*$/i.exec(naf);
  if (!match) return undefined;
  const division = Number(match[1]);
  return division >= 10 && division <= 33 ? 'industry' : null;
}
