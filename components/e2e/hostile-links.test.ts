import {describe, expect, it} from 'vitest';
import {safeHref} from '../src/internal/safe-href.ts';
import corpus from './hostile/links.json' with {type: 'json'};

describe('safeHref on hostile link targets (hostile/links.json)', () => {
  it.each(corpus.links)('$url → allowed: $allowed', ({url, allowed}) => {
    const href = safeHref(url);
    expect(href !== null).toBe(allowed);
    if (href !== null) {
      expect(href).toBe(url);
      expect(new URL(href).protocol).toBe('https:');
    }
  });
});
