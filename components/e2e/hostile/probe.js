// Loaded first by every hostile page (a same-origin file, so that a strict CSP allows it): counts what must
// never happen. A payload that runs increments window.__xss; CSP and Trusted Types violations are listed;
// a page's own checks push what went wrong to window.__failures.
window.__xss = 0;
window.__violations = [];
window.__failures = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI} (${event.sample})`
  );
});
