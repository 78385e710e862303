// Build-time constants set by vite.config.ts (`define`).
declare const __TI_API_ORIGIN__: string;
declare const __TI_TARGET__: 'chrome' | 'firefox';
/** Match patterns scanned on every visit: the registry sites (and the fixture pages in test builds). */
declare const __TI_SCAN_MATCHES__: string[];

// crxjs: importing a script with `?iife` gives the file name of a self-contained build of it, for scripting.
declare module '*?iife' {
  const fileName: string;
  export default fileName;
}
