import {expect} from '@open-wc/testing';
import {LIST_CHECK_URL} from './list-check-url.ts';

describe('LIST_CHECK_URL', () => {
  it("is the extension's own list page, resolved inside the extension from the panel", () => {
    const panel = 'chrome-extension://id/src/sidepanel/index.html';
    const url = new URL(LIST_CHECK_URL!, panel);
    expect(url.origin).to.equal('chrome-extension://id');
    expect(url.pathname).to.equal('/src/list-check/index.html');
  });
});
