/**
 * pnpm bench: the speed figures of @ti-toolkit/core, each beside a baseline measured in the same run.
 * Record the output in BENCHMARKS.md with the machine it ran on.
 */
import {cpus, totalmem} from 'node:os';
import {benchCatalogue} from './catalogue.ts';
import {benchIdentifiers} from './identifiers.ts';
import {benchPlaces} from './places.ts';

console.log(
  `machine: ${cpus()[0]?.model ?? '?'} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`
);
await benchPlaces();
benchIdentifiers();
await benchCatalogue();
