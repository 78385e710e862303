#!/usr/bin/env node
// The `ti` command of the published package (package.json "bin"): ti.ts without the check that it is the script
// run, which a bin link defeats.
import {main, processIo} from './ti.ts';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});
process.exitCode = await main(process.argv.slice(2), processIo());
// An interrupted `ti where -` leaves standard input open: it must not keep the process waiting.
process.stdin.destroy();
