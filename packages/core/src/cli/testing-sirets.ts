import {validSirens} from '../company-api/fixtures.ts';
import {isLuhnValid} from '../identifiers/luhn.ts';

/** Valid SIRETs of different companies (establishment 0001 of each, with its Luhn check digit). */
export function validSirets(count: number): string[] {
  return validSirens(count).map((siren) => {
    const check = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].find((digit) =>
      isLuhnValid(`${siren}0001${digit}`)
    );
    return `${siren}0001${check}`;
  });
}
