import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {renderState, STATES, THEMES} from './states.ts';

const FOCUSABLE = 'a[href], button, input, select, summary, [tabindex]';

/** Relative luminance and contrast ratio (WCAG 2) of two computed `rgb()` colours. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/**
 * Every element a keyboard user can focus shows a focus ring of at least 2 px (WCAG 2.4.7), whose colour stands out
 * 3:1 from the component's background (1.4.11). The first key press puts the browser in keyboard mode, where
 * `:focus-visible` also matches the elements the component focuses itself (a verdict after a choice).
 */
describe('visible focus', () => {
  for (const theme of THEMES)
    describe(theme, () => {
      for (const state of STATES.filter((s) => !s.static)) {
        it(`${state.name}: every focusable element shows a focus ring`, async () => {
          const el = await renderState(state, theme);
          const root = el.shadowRoot!;
          // Disclosed content too: the links of every entry's sources.
          for (const details of root.querySelectorAll('details'))
            details.open = true;
          // Their lists are drawn on the toggle event, which comes in a task of its own.
          await new Promise((resolve) => setTimeout(resolve, 50));
          const focusable = [
            ...root.querySelectorAll<HTMLElement>(FOCUSABLE),
          ].filter((e) => e.getClientRects().length > 0);
          expect(focusable.length, 'nothing to focus').to.be.greaterThan(0);
          focusable[0]!.focus();
          await sendKeys({press: 'Shift'});
          const background = getComputedStyle(el).backgroundColor;
          const missing: string[] = [];
          for (const target of focusable) {
            target.focus();
            const style = getComputedStyle(target);
            const name = `<${target.localName} ${target.getAttribute('part') ?? target.id ?? ''}>`;
            if (!target.matches(':focus-visible'))
              missing.push(`${name}: not :focus-visible`);
            else if (
              style.outlineStyle === 'none' ||
              parseFloat(style.outlineWidth) < 2
            )
              missing.push(
                `${name}: outline ${style.outlineStyle} ${style.outlineWidth}`
              );
            else if (contrast(style.outlineColor, background) < 3)
              missing.push(
                `${name}: outline ${style.outlineColor} on ${background}`
              );
          }
          expect(missing, missing.join('\n')).to.deep.equal([]);
        });
      }
    });
});
