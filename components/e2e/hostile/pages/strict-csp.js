// Uses the components the way a visitor does (choose a priority, search, type a place) under the page's CSP,
// then adds a marker the test waits for. Any violation is counted by probe.js.
window.addEventListener('load', async () => {
  try {
    await customElements.whenDefined('ti-priority-cards');
    const cards = document.querySelector('ti-priority-cards');
    await cards.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    cards.shadowRoot.querySelectorAll('[part="button"]')[1]?.click();
    const finder = document.querySelector('ti-service-finder');
    await customElements.whenDefined('ti-service-finder');
    finder.setAttribute('query', '<img src=x onerror=window.__xss++>');
    finder.setAttribute('place', 'Oyonnax');
    const hostileCard = document.createElement('ti-territory-card');
    hostileCard.setAttribute('place', '"><svg onload=window.__xss++>');
    document.body.append(hostileCard);
    // A new element after load: the bundle's observer loads it under the same policy.
    const card = document.createElement('ti-territory-card');
    card.setAttribute('territory', 'javascript:window.__xss++');
    document.body.append(card);
    await new Promise((resolve) => setTimeout(resolve, 500));
  } catch (error) {
    window.__failures.push(String(error));
  }
  const marker = document.createElement('p');
  marker.id = 'after-interaction';
  marker.textContent = 'done';
  document.body.append(marker);
});
