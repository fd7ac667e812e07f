import { join } from 'node:path';
import { DiagramChecker, mermaidWorkerFile, mermaidWorkerStarter } from '../mermaidWorker';
import type { DiagramOutcomes } from '../engine';

/**
 * Mermaid's outcome for every diagram source, parsed in the diagram worker (bundled next to the language server:
 * dist/server/, beside this bundle's dist/cli/). Empty without sources, and the worker is not even started.
 */
export async function diagramOutcomes(sources: readonly string[]): Promise<DiagramOutcomes> {
  if (sources.length === 0) return new Map();
  const checker = new DiagramChecker({
    startWorker: mermaidWorkerStarter(join(__dirname, '..', 'server', mermaidWorkerFile)),
  });
  try {
    return (await checker.check(sources)).outcomes;
  } finally {
    await checker.stop();
  }
}
