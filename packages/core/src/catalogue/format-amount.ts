import type {Amount, Lang} from '@ti-toolkit/data/catalogue';
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
  fr: {
    upTo: "jusqu'à ",
    ceiling: 'plafond',
    budget: 'Enveloppe',
    notPublished: 'montant non publié',
    unconfirmed: 'non confirmé',
  },
  en: {
    upTo: 'up to ',
    ceiling: 'capped at',
    budget: 'Budget',
    notPublished: 'amount not published',
    unconfirmed: 'unconfirmed',
  },
};

/**
 * One amount in words: "4 000 € par VTE recruté", "jusqu'à 50 % du coût de l'étude (plafond 800 000 €)",
 * "jusqu'à 1 M€ par projet", "Enveloppe 2026 : montant non publié". The catalogue's `of` and `unit` texts carry
 * their own article, so no French contraction is assembled here ("de le" cannot appear).
 */
export function formatAmount(amount: Amount, lang: Lang): string {
  const t = TEXT[lang];
  let text: string;
  switch (amount.type) {
    case 'per-unit':
      text = `${formatEuros(amount.euros, lang)} ${amount.unit[lang]}`;
      break;
    case 'rate':
      text = `${amount.upTo ? t.upTo : ''}${formatRate(amount.rate, lang)} ${amount.of[lang]}`;
      break;
    case 'ceiling':
      text = `${t.upTo}${formatEuros(amount.ceiling, lang)} ${amount.unit[lang]}`;
      break;
    case 'envelope': {
      const year = amount.year ? ` ${amount.year}` : '';
      const sum =
        amount.euros === undefined
          ? t.notPublished
          : formatEuros(amount.euros, lang);
      text = `${t.budget}${year}${lang === 'fr' ? ' : ' : ': '}${sum}`;
      break;
    }
  }
  if ((amount.type === 'per-unit' || amount.type === 'rate') && amount.ceiling)
    text += ` (${t.ceiling} ${formatEuros(amount.ceiling, lang)})`;
  return amount.confirmed ? text : `${text} [${t.unconfirmed}]`;
}
