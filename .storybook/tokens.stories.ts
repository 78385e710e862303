import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {measureTheme, systemTokens, THEMES} from './themes.ts';

const swatch = (value: string) =>
  CSS.supports('color', value)
    ? html`<span
        aria-hidden="true"
        style="display:inline-block;width:1.25rem;height:1.25rem;vertical-align:middle;margin-inline-end:0.5rem;border:1px solid #767676;border-radius:0.25rem;background:${value}"
      ></span>`
    : nothing;

function tokensTable() {
  const measured = THEMES.map((theme) => ({
    theme,
    values: measureTheme(theme),
  }));
  return html`<div
    style="font-family:system-ui,sans-serif;color:#1e1e1e;background:#fff;padding:1rem"
  >
    <h1 style="margin-top:0">Jetons système <code>--ti-sys-*</code></h1>
    <p>
      Les propriétés <code>--ti-&lt;composant&gt;-*</code> de chaque composant
      retombent sur ces jetons, qu’une page pose sur l’élément ou sur un
      ancêtre. Valeurs mesurées sur les styles partagés des composants, pour
      chaque thème de la barre d’outils. « non lu » : le thème ne lit pas ce
      jeton (le thème sombre lit les jetons <code>--ti-sys-dark-*</code>).
    </p>
    <table style="border-collapse:collapse;font-size:0.875rem">
      <thead>
        <tr>
          <th scope="col" style="text-align:start;padding:0.5rem">Jeton</th>
          ${measured.map(
            ({theme}) =>
              html`<th scope="col" style="text-align:start;padding:0.5rem">
                ${theme.title}
              </th>`
          )}
        </tr>
      </thead>
      <tbody>
        ${systemTokens().map(
          (token) =>
            html`<tr style="border-top:1px solid #d0d0d0">
              <th scope="row" style="text-align:start;padding:0.5rem">
                <code>${token}</code>
              </th>
              ${measured.map(({values}) => {
                const value = values.get(token);
                return html`<td style="padding:0.5rem">
                  ${
                    value === undefined
                      ? html`<span style="color:#595959">non lu</span>`
                      : html`${swatch(value)}<code>${value || '(page)'}</code>`
                  }
                </td>`;
              })}
            </tr>`
        )}
      </tbody>
    </table>
  </div>`;
}

const meta = {
  title: 'Fondations/Jetons',
  // A page of reference, not a component: no docs page, no controls.
  tags: ['!autodocs'],
  parameters: {layout: 'fullscreen', controls: {disable: true}},
  render: () => tokensTable(),
} satisfies Meta;
export default meta;

export const Jetons: StoryObj = {
  name: 'Jetons par thème',
  parameters: {
    docs: {
      description: {
        story:
          'Tous les jetons --ti-sys-* et leur valeur dans chaque thème, mesurés sur les styles partagés.',
      },
    },
  },
};
