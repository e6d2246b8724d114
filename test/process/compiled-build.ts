import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');

const TSC = resolve(ROOT, 'node_modules/typescript/bin/tsc');
/** What `tsc -b tsconfig.build.json` compiles ("include"), and the build info it writes after each build. */
const SOURCES = ['src', 'commands', 'jobs', 'tsconfig.json', 'tsconfig.build.json'].map((p) => resolve(ROOT, p));
export const BUILD_INFO = resolve(ROOT, 'dist/tsconfig.build.tsbuildinfo');

/**
 * Path of a compiled entry point under dist/, never older than the sources it is built from. A cheap check
 * first (the newest source file against the build info written by the last build; `npm test` has just built,
 * so this is the usual answer), and `tsc -b` only when a source is newer or the output is missing: a test
 * run alone (`npx jest test/process/x.test.ts`) after a source edit spawns the edited code, not a stale build.
 */
export function compiled(relative: string): string {
  const path = resolve(ROOT, 'dist', relative);
  if (!existsSync(path) || !existsSync(BUILD_INFO) || newestSource() > statSync(BUILD_INFO).mtimeMs) {
    build([]);
    // The build info says up to date but the output is gone (dist/src deleted by hand): build everything again.
    if (!existsSync(path)) build(['--force']);
  }
  return path;
}

function newestSource(): number {
  let newest = 0;
  const visit = (path: string) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else if (stat.mtimeMs > newest) newest = stat.mtimeMs;
  };
  for (const root of SOURCES) visit(root);
  return newest;
}

function build(extra: string[]): void {
  execFileSync(process.execPath, [TSC, '-b', 'tsconfig.build.json', ...extra], { cwd: ROOT, stdio: 'inherit' });
  // tsc -b leaves the build info untouched when nothing it compiles changed (e.g. a file saved without edits):
  // touch it so the cheap check above answers "fresh" from now on.
  const now = new Date();
  if (existsSync(BUILD_INFO)) utimesSync(BUILD_INFO, now, now);
}
