/**
 * The scratch web app of the consumer tests: one Vite + TypeScript page, one React 19 page, and a plain page that
 * loads the package's CDN file. Written as a user would, against the packed tarballs.
 */
const tsconfig = {
  compilerOptions: {
    target: 'es2022',
    module: 'esnext',
    moduleResolution: 'bundler',
    lib: ['es2023', 'dom', 'dom.iterable'],
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
  },
  include: ['src'],
  exclude: ['src/wrong.ts'],
};

export const WEB_APP = {
  packageJson: (tarballs: {
    data: string;
    core: string;
    components: string;
  }) => ({
    name: 'web',
    private: true,
    type: 'module',
    dependencies: {
      '@ti-toolkit/data': `file:${tarballs.data}`,
      '@ti-toolkit/core': `file:${tarballs.core}`,
      '@ti-toolkit/components': `file:${tarballs.components}`,
      react: '^19.1.0',
      'react-dom': '^19.1.0',
    },
    devDependencies: {
      '@types/react': '^19.1.0',
      '@types/react-dom': '^19.1.0',
      typescript: '6.0.3',
      vite: '8.3.8',
    },
  }),
  files: {
    'tsconfig.json': JSON.stringify(tsconfig, null, 2),
    'tsconfig.wrong.json': JSON.stringify({
      extends: './tsconfig.json',
      include: ['src/wrong.ts', 'src/ti-elements.d.ts'],
      exclude: [],
    }),
    'vite.config.ts': `import {defineConfig} from 'vite';
export default defineConfig({
  build: {rolldownOptions: {input: {main: 'index.html', react: 'react.html'}}},
});
`,
    'index.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Vite app</title>
<script type="module" src="/src/main.ts"></script></head><body></body></html>`,
    'react.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>React app</title>
<script type="module" src="/src/react.tsx"></script></head><body><div id="root"></div></body></html>`,
    'src/main.ts': `import '@ti-toolkit/components/service-finder';

const finder = document.createElement('ti-service-finder');
finder.query = 'recrutement';
finder.headingLevel = 2;
finder.addEventListener('ti-filters-change', (event) => {
  const count: number = event.detail.count;
  document.title = \`ti-filters-change \${count}\`;
});
document.body.append(finder);
`,
    'src/wrong.ts': `import '@ti-toolkit/components/service-finder';

const finder = document.createElement('ti-service-finder');
finder.query = 42;
`,
    'src/react.tsx': `import {createRoot} from 'react-dom/client';
import '@ti-toolkit/components/service-finder';

function App() {
  return (
    <ti-service-finder
      query="recrutement"
      headingLevel={2}
      onti-filters-change={(event) => {
        document.title = \`ti-filters-change \${event.detail.count}\`;
      }}
    />
  );
}

createRoot(document.getElementById('root')!).render(<App />);
`,
  },
  /** The page with the given scripts (address and SRI hash), as the configurator's snippets write them. */
  plainPage: (
    scripts: {src: string; integrity: string}[]
  ) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Plain page</title>
${scripts.map(({src, integrity}) => `<script type="module" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>`).join('\n')}</head>
<body><ti-priority-cards></ti-priority-cards><ti-territory-card place="insee:78224"></ti-territory-card></body></html>`,
};
