import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  DiagramChecker,
  mermaidWorkerFile,
  mermaidWorkerStarter,
  type DiagramCheckerOptions,
} from '../../server/src/mermaidWorker';

/** The built diagram worker (npm run build). */
export const workerBundle = join(__dirname, '..', '..', 'dist', 'server', mermaidWorkerFile);

/** A checker on the real Mermaid worker; stop() it when done. */
export function realChecker(options: Partial<DiagramCheckerOptions> = {}): DiagramChecker {
  if (!existsSync(workerBundle)) throw new Error(`${workerBundle} is missing: run \`npm run build\` first`);
  return new DiagramChecker({ startWorker: mermaidWorkerStarter(workerBundle), ...options });
}
