customElements.define(
  'ti-canary',
  class extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({mode: 'open'});
      // Deliberately unsafe: the canary renders data as markup.
      root.innerHTML =
        '<img src="x" onerror="window.__xss++"><a href="javascript:void 0">link</a><a href="http://example.org/">http</a>';
    }
  }
);
