import {expect} from '@open-wc/testing';
import {renderState, STATES} from './states.ts';

// The neutral theme is checked by every component test and every story; here the dark, sober and high-contrast themes,
// in each state a visitor meets (errors and alerts included).
describe('dark and high-contrast themes', () => {
  for (const theme of ['dark', 'sober', 'contrast'] as const)
    describe(theme, () => {
      for (const state of STATES)
        it(`${state.name} is accessible`, async () => {
          const el = await renderState(state, theme);
          await expect(el).to.be.accessible();
        });
    });
});
