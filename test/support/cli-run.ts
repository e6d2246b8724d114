import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/main';

/** examples/mr-cooper.json, as a `--facts` file. */
export const MR_COOPER_FACTS_FILE = resolve(__dirname, '../../examples/mr-cooper.json');

/** `breachbot <argv>` in this process with no environment: its exit code and everything it printed. */
export async function runCliCaptured(
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env,
    stdout: (text: string) => {
      stdout += text;
    },
    stderr: (text: string) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/** A facts file in a fresh temporary folder: JSON of `content`, or `content` as written when it is a string. */
export function factsFile(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'breachbot-facts-')), 'facts.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
