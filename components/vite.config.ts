import {defineConfig} from 'vite';

// The CDN bundle: one entry (src/cdn.ts) that lazy-loads each component, shared code and data split into chunks.
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    manifest: true,
    lib: {entry: {'ti-components': 'src/cdn.ts'}, formats: ['es']},
    rolldownOptions: {
      output: {minify: true, chunkFileNames: 'chunks/[name]-[hash].js'},
    },
  },
});
