import {expect, waitFor} from 'storybook/test';

/** Waits until a story's component has rendered past its loading message, so that axe checks the real state. */
export async function rendered(
  canvas: HTMLElement,
  tag: string,
  selector: string
): Promise<ShadowRoot> {
  const element = canvas.querySelector(tag);
  await waitFor(
    () => expect(element?.shadowRoot?.querySelector(selector)).toBeTruthy(),
    {timeout: 5000}
  );
  return element!.shadowRoot!;
}
