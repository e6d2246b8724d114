import { compiled, ROOT } from './compiled-build';
import { type Spawned, spawnNode } from './spawned';

export type SpawnedProcess = Spawned;

/** A compiled entry point (dist/, rebuilt when stale) with only the given environment (and PATH). */
export function spawnCompiled(entry: string, env: Record<string, string>): SpawnedProcess {
  return spawnNode(entry, compiled(entry), env, ROOT);
}
