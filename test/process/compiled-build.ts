import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');

const TSC = resolve(ROOT, 'node_modules/typescript/bin/tsc');

/**
 * Path of a compiled entry point under dist/, brought up to date first: `tsc -b tsconfig.build.json` rebuilds
 * only what changed since the last build (a no-op, about half a second, when `npm test`'s build step or
 * `npm start` already ran), so a test never spawns a stale build after a source edit and `npx jest` alone works.
 */
export function compiled(relative: string): string {
  const path = resolve(ROOT, 'dist', relative);
  build([]);
  // The build info says up to date but the output is gone (dist/src deleted by hand): build everything again.
  if (!existsSync(path)) build(['--force']);
  return path;
}

function build(extra: string[]): void {
  execFileSync(process.execPath, [TSC, '-b', 'tsconfig.build.json', ...extra], { cwd: ROOT, stdio: 'inherit' });
}
