#!/usr/bin/env node
import type { CliCommand, CliIo } from './cli-io';

/**
 * `breachbot <command> …`. Each command lives in its own module and is loaded only when asked for, so one
 * command's start-up cost (or a fault in it) never touches another.
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  deadlines: {
    summary: 'compute notification deadlines from a facts file',
    load: async () => (await import('./deadlines-command')).runDeadlines,
  },
  register: {
    summary: "an incident's notification register as a table, CSV or JSON, from Redis",
    load: async () => (await import('./register-command')).runRegister,
  },
  verify: {
    summary: "re-compute an incident's timeline hash chain from Redis",
    load: async () => (await import('./verify-command')).runVerify,
  },
};

export function usage(): string {
  return [
    'usage: breachbot <command> [arguments]',
    '',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`),
    '',
    'breachbot <command> --help shows the command’s own usage.',
  ].join('\n');
}

/** Exit codes: whatever the command returns; 2 for an unknown or missing command. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`Unknown command "${name}".\n${usage()}\n`);
    return 2;
  }
  return (await command.load())(args, io);
}

if (require.main === module) {
  const io: CliIo = {
    env: process.env,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`breachbot: ${(error as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
