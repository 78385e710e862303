// The page's own elements under two of our tag names, one of them observing every attribute we would set.
class TheirCards extends HTMLElement {
  static observedAttributes = ['selected', 'for', 'theme', 'layout'];
  connectedCallback() {
    this.textContent = 'theirs';
  }
  attributeChangedCallback() {
    this.textContent = 'theirs';
  }
}
customElements.define('ti-priority-cards', TheirCards);
customElements.define(
  'ti-territory-card',
  class extends HTMLElement {
    connectedCallback() {
      this.textContent = 'theirs too';
    }
  }
);
window.addEventListener('load', () => {
  setTimeout(() => {
    if (customElements.get('ti-priority-cards') !== TheirCards)
      window.__failures.push('ti-priority-cards was redefined');
  }, 500);
});
