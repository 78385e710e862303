// Test helpers for other packages' tests (the extension's end-to-end suite): the local fake API and the
// answer builders. Never imported by shipped code.
export * from './fake-server.ts';
export * from './fixtures.ts';
