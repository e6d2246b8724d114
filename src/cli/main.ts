#!/usr/bin/env node
import { type Command, type CommandIo, EXIT_USAGE } from './command';
import { deadlinesCommand } from './deadlines-command';

/** Subcommands by name; a new one (e.g. `verify`) is a module exporting a Command, listed here. */
const COMMANDS: readonly Command[] = [deadlinesCommand];

function usage(): string {
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(12)}${c.summary}`).join('\n');
  return `Usage: breachbot <command> [options]\n\nCommands:\n${list}\n\nRun "breachbot <command> --help" for a command's options.\n`;
}

export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout).write(usage());
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`breachbot: unknown command "${name}"\n\n${usage()}`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.usage);
    return 0;
  }
  return command.run(rest, io);
}

if (require.main === module) {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`breachbot: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
