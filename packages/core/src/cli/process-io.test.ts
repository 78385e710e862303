import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PassThrough, Readable} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {processIo, type ProcessStreams} from './process-io.ts';

function streams({
  stdoutTerminal = false,
  stderrTerminal = false,
  stdin = '',
} = {}) {
  const stdout = Object.assign(new PassThrough(), {isTTY: stdoutTerminal});
  const stderr = Object.assign(new PassThrough(), {isTTY: stderrTerminal});
  const text = (stream: PassThrough) => () =>
    (stream.read() as Buffer | null)?.toString('utf8') ?? '';
  let interrupt: () => void = () => undefined;
  const process: ProcessStreams = {
    stdout,
    stderr,
    stdin: Readable.from([Buffer.from(stdin)]),
    env: {},
    onInterrupt: (listener) => (interrupt = listener),
  };
  return {
    process,
    stdout: text(stdout),
    stderr: text(stderr),
    interrupt: () => interrupt(),
  };
}

describe('processIo', () => {
  it('offers a progress line only when standard error is a terminal', () => {
    expect(processIo(streams().process).progress).toBeUndefined();
    const terminal = streams({stderrTerminal: true});
    const io = processIo(terminal.process);
    io.progress!('ti where: 1/2 answers');
    io.progress!('ti where: 2/2 answers');
    io.stderr('a message');
    expect(terminal.stderr()).toBe(
      '\r\u001b[2Kti where: 1/2 answers\r\u001b[2Kti where: 2/2 answers\r\u001b[2Ka message\n'
    );
  });

  it('writes data as it is, but not escape sequences to a terminal', () => {
    const piped = streams();
    processIo(piped.process).write('a;b\r\n\u001b[2J;c\r\n');
    expect(piped.stdout()).toBe('a;b\r\n\u001b[2J;c\r\n');
    const terminal = streams({stdoutTerminal: true});
    processIo(terminal.process).write('a;b\r\n\u001b[2J;c\r\n');
    expect(terminal.stdout()).toBe('a;b\r\n?[2J;c\r\n');
  });

  it('reads standard input or a file whole, up to a limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ti-io-'));
    const path = join(dir, 'list.csv');
    writeFileSync(path, '\uFEFFsiret\n732829320');
    const io = processIo(streams({stdin: 'siret;nom\néé'}).process);
    expect(await io.readInput('-', 100)).toEqual({
      text: 'siret;nom\néé',
      complete: true,
    });
    expect(await io.readInput(path, 100)).toEqual({
      text: 'siret\n732829320',
      complete: true,
    });
    expect(await io.readInput(path, 5)).toMatchObject({complete: false});
    await expect(io.readInput(join(dir, 'missing'), 5)).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });

  it('decodes bytes that are not UTF-8 as replacement characters', async () => {
    const io = processIo({
      ...streams().process,
      stdin: Readable.from([
        Buffer.from([0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9]),
      ]),
    });
    expect((await io.readInput('-', 100)).text).toBe('Soci\uFFFDt\uFFFD');
  });

  it('turns an interruption into an aborted signal, caught only once asked for', () => {
    const terminal = streams();
    const io = processIo(terminal.process);
    const signal = io.interruption!();
    expect(io.interruption!()).toBe(signal);
    expect(signal.aborted).toBe(false);
    terminal.interrupt();
    expect(signal.aborted).toBe(true);
  });
});
