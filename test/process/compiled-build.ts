import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');

/** Path of a compiled entry point; builds once when `npm test`'s tsc step has not (e.g. `npx jest` alone). */
export function compiled(relative: string): string {
  const path = resolve(ROOT, 'dist', relative);
  if (!existsSync(path)) execFileSync(process.execPath, [resolve(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
  return path;
}
