import {expect, waitFor} from 'storybook/test';

/** A story's short French description, shown above it in the docs. */
export const describe = (story: string) => ({docs: {description: {story}}});

/** Waits until a story's component has rendered past its loading message, so that axe checks the real state. */
export async function rendered(
  canvas: HTMLElement,
  tag: string,
  selector: string
): Promise<ShadowRoot> {
  const element = canvas.querySelector(tag);
  await waitFor(
    () => expect(element?.shadowRoot?.querySelector(selector)).toBeTruthy(),
    // The first place answer loads the commune tables through a cold dev server: allow for a busy machine.
    {timeout: 15_000}
  );
  return element!.shadowRoot!;
}

/**
 * Shows a component's loading or failure state in a story: designers review them, and axe checks them, without
 * breaking the network. The state is the component's LoadController's (`catalogue` by default).
 */
export async function forceLoadState(
  canvas: HTMLElement,
  tag: string,
  state: {status: 'loading'} | {status: 'error'; error: unknown},
  controller = 'catalogue'
): Promise<void> {
  const element = canvas.querySelector(tag) as
    | (HTMLElement & {updateComplete: Promise<unknown>; requestUpdate(): void})
    | null;
  await element?.updateComplete;
  const load = (
    element as unknown as Record<string, {state: unknown}> | null
  )?.[controller];
  if (!element || !load) return;
  load.state = state;
  element.requestUpdate();
  await element.updateComplete;
}

/** Checks that the toolbar's theme reached the component: axe then judges the colours of that theme. */
export async function expectThemed(
  canvas: HTMLElement,
  tag: string,
  background: string
): Promise<void> {
  const element = canvas.querySelector(tag)!;
  await waitFor(() =>
    expect(getComputedStyle(element).backgroundColor).toBe(background)
  );
}
