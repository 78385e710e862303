import {expect, fixture} from '@open-wc/testing';
import {COMPONENT_TAGS} from '../component-tags.ts';
// Every component registered: the list below is the family's one list.
import '../index.ts';

interface ManifestField {
  kind: string;
  name: string;
  attribute?: string;
  privacy?: string;
  static?: boolean;
  type?: {text: string};
}

/**
 * Every text property of every component, as a framework or a script may set it (null, undefined, a number): the
 * public fields with an attribute that are neither boolean nor number, read from the generated manifest, so that a
 * new attribute is tested the day it is added.
 */
async function textProperties(): Promise<Record<string, string[]>> {
  const manifest = (await (
    await fetch('/components/custom-elements.json')
  ).json()) as {
    modules: {declarations?: {tagName?: string; members?: ManifestField[]}[]}[];
  };
  const found: Record<string, string[]> = {};
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? [])
      if (declaration.tagName)
        found[declaration.tagName] = (declaration.members ?? [])
          .filter(
            (m) =>
              m.kind === 'field' &&
              m.attribute &&
              (m.privacy ?? 'public') === 'public' &&
              !m.static &&
              m.type?.text !== 'boolean' &&
              m.type?.text !== 'number'
          )
          .map((m) => m.name);
  return found;
}

const TAGS: readonly string[] = COMPONENT_TAGS;

/** Errors thrown while the element updates surface as window errors or rejections: counted here. */
function watchErrors(): {errors: unknown[]; stop(): void} {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error);
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

describe('text properties set from JavaScript', () => {
  let TEXT_PROPERTIES: Record<string, string[]>;
  before(async () => {
    TEXT_PROPERTIES = await textProperties();
  });

  it('finds every component and its text properties in the manifest', () => {
    expect(Object.keys(TEXT_PROPERTIES).sort()).to.deep.equal([...TAGS].sort());
    // Every component has at least its theme: an empty list would make the tests below pass on nothing.
    for (const tag of TAGS) expect(TEXT_PROPERTIES[tag]).to.include('theme');
    expect(TEXT_PROPERTIES['ti-territory-card']).to.include.members([
      'territory',
      'place',
      'theme',
    ]);
  });

  for (const tag of TAGS)
    it(`${tag} takes null, undefined and numbers without throwing`, async () => {
      const names = TEXT_PROPERTIES[tag]!;
      const el = await fixture<HTMLElement & Record<string, unknown>>(
        `<${tag}></${tag}>`
      );
      const watch = watchErrors();
      try {
        for (const value of [null, undefined, 78810]) {
          for (const name of names) el[name] = value;
          await (el as unknown as {updateComplete: Promise<unknown>})
            .updateComplete;
          for (const name of names)
            expect(el[name], `${tag}.${name} = ${value}`).to.equal(
              value == null ? '' : '78810'
            );
        }
        // Let a place resolution started by the last value settle.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(watch.errors).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        watch.stop();
      }
    });
});
