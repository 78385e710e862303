import type {Lang} from '@ti-toolkit/data/catalogue';
import {numberFormat} from '../intl.ts';
import type {CliIo} from './io.ts';

export interface Progress {
  /** One more answer. */
  tick(): void;
  /** Clears the progress line. */
  done(): void;
}

/**
 * Answers so far, speed and time left on standard error, only when it is a terminal (io.progress): redirected
 * output stays clean. Redrawn at most every `everyMs`.
 */
export function progressOn(
  io: Pick<CliIo, 'progress'>,
  {
    total,
    lang,
    now = () => performance.now(),
    everyMs = 200,
  }: {
    total: number | undefined;
    lang: Lang;
    now?: () => number;
    everyMs?: number;
  }
): Progress {
  const show = io.progress;
  if (!show) return {tick: () => undefined, done: () => undefined};
  const start = now();
  let count = 0;
  let shownAt = Number.NEGATIVE_INFINITY;
  return {
    tick() {
      count += 1;
      const time = now();
      if (time - shownAt < everyMs && count !== total) return;
      shownAt = time;
      show(
        progressText(
          count,
          total,
          (count * 1000) / Math.max(time - start, 1),
          lang
        )
      );
    },
    done: () => show(''),
  };
}

export function progressText(
  count: number,
  total: number | undefined,
  perSecond: number,
  lang: Lang
): string {
  const n = (value: number, digits = 0) =>
    numberFormat(lang, {maximumFractionDigits: digits}).format(value);
  const left =
    total !== undefined && perSecond > 0
      ? Math.ceil((total - count) / perSecond / 60)
      : undefined;
  if (lang === 'fr')
    return `ti where : ${n(count)}${total !== undefined ? `/${n(total)}` : ''} réponses, ${n(perSecond, 1)}/s${
      left ? `, environ ${n(left)} min restante${left > 1 ? 's' : ''}` : ''
    }`;
  return `ti where: ${n(count)}${total !== undefined ? `/${n(total)}` : ''} answers, ${n(perSecond, 1)}/s${
    left ? `, about ${n(left)} min left` : ''
  }`;
}
