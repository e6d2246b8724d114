/** What a CLI command gets instead of the process: tests run commands in-process with their own env and streams. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A subcommand of `breachbot`: its arguments after the name in, an exit code out (0 ok, 1 failure, 2 usage). */
export type CliCommand = (args: string[], io: CliIo) => Promise<number>;
