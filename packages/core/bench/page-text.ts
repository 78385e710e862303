import {seeded} from './measure.ts';

const WORDS = [
  'société',
  'industrie',
  'capital',
  'siège',
  'contact',
  'mentions',
  'légales',
  'produit',
  'livraison',
  'client',
  'atelier',
  'usine',
  'de',
  'la',
  'et',
  'à',
  'le',
];
const FILLERS = [
  () => 'Tél. 01 23 45 67 89',
  () => 'IBAN FR76 3000 6000 0112 3456 7890 189',
  () => 'capital de 1 234 567 €',
  () => 'commande n° 4521 7788 9900 1234',
  () => 'SIRET : 732 829 320 00074',
  () => 'RCS Paris 552 081 317',
  () => 'TVA FR40303265045',
  () => '732829320',
];

/** About `bytes` of French legal-notice-like text with identifiers, phone numbers, IBANs and amounts mixed in. */
export function pageText(bytes: number, seed = 1): string {
  const random = seeded(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const part =
      random() < 0.02
        ? FILLERS[Math.floor(random() * FILLERS.length)]!()
        : WORDS[Math.floor(random() * WORDS.length)]!;
    parts.push(part);
    length += part.length + 1;
  }
  return parts.join(' ');
}
