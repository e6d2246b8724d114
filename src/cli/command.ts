/** Where a command writes: process streams in production, buffers in tests. */
export interface CommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** A `breachbot <name>` subcommand: takes the arguments after its name, returns the process exit code. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CommandIo): Promise<number>;
}

/** Exit code for bad usage or bad input, the convention of most CLI tools (and of sysexits' EX_USAGE family). */
export const EXIT_USAGE = 2;
