import type {Amount, Lang} from '@ti/data/catalogue';
import {numberFormat} from '../intl.ts';

/** Euros through Intl: "4 000 €", "€4,000"; millions spelled compactly ("100 M€", "€100M"). */
export function formatEuros(euros: number, lang: Lang): string {
  const compact = euros >= 1_000_000;
  return numberFormat(lang, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 0,
    maximumFractionDigits: compact ? 1 : 0,
    notation: compact ? 'compact' : 'standard',
  }).format(euros);
}

export function formatRate(rate: number, lang: Lang): string {
  return numberFormat(lang, {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(rate);
}

const TEXT = {
  fr: {upTo: "jusqu'à ", max: 'plafond', of: 'de', unconfirmed: 'non confirmé'},
  en: {upTo: 'up to ', max: 'capped at', of: 'of', unconfirmed: 'unconfirmed'},
};

/** One amount in words: "4 000 € par VTE recruté (plafond 8 000 €)", "jusqu'à 50 % du coût de l'étude". */
export function formatAmount(amount: Amount, lang: Lang): string {
  const t = TEXT[lang];
  let text: string;
  switch (amount.type) {
    case 'per-unit':
      text = `${formatEuros(amount.euros, lang)} ${amount.unit[lang]}`;
      break;
    case 'rate':
      text = `${amount.upTo ? t.upTo : ''}${formatRate(amount.rate, lang)} ${t.of} ${amount.of[lang]}`;
      break;
    case 'envelope':
      text = `${formatEuros(amount.euros, lang)} (${amount.period})`;
      break;
  }
  if (amount.type !== 'envelope' && amount.maxEuros)
    text += ` (${t.max} ${formatEuros(amount.maxEuros, lang)})`;
  return amount.confirmed ? text : `${text} [${t.unconfirmed}]`;
}
