import { join } from 'node:path';
import { DiagramChecker, mermaidWorkerFile, mermaidWorkerStarter } from '../mermaidWorker';
import { diagramSources, type DesignDoc, type DiagramOutcomes } from '../engine';

/**
 * Mermaid's outcome for every diagram of the docs, parsed in the diagram worker (bundled next to the language server:
 * dist/server/, beside this bundle's dist/cli/). Empty without diagrams, and the worker is not even started.
 */
export async function diagramOutcomes(docs: readonly DesignDoc[]): Promise<DiagramOutcomes> {
  const sources = diagramSources(docs);
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
