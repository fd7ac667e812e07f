import { join } from 'node:path';
import { DiagramChecker, mermaidWorkerFile, mermaidWorkerStarter } from '../mermaidWorker';

/**
 * Mermaid for `mlsd lint`: the diagram worker (bundled next to the language server: dist/server/, beside this
 * bundle's dist/cli/) starts on the first diagram source it is given, so it loads and parses while the files are still
 * being linted; without a source it never starts. The caller stops it.
 */
export function lintDiagramChecker(): DiagramChecker {
  return new DiagramChecker({
    startWorker: mermaidWorkerStarter(join(__dirname, '..', 'server', mermaidWorkerFile)),
    // Every outcome of the run is kept: a source that comes again in a later file is never parsed twice.
    cacheSize: Number.POSITIVE_INFINITY,
  });
}
