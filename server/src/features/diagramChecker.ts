import { join } from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { DiagramChecker, mermaidWorkerFile, mermaidWorkerStarter } from '../mermaidWorker';

/**
 * The language server's diagram checker: the worker bundle next to the server's (dist/server/), its start and stop
 * in the server log. `initializationOptions.diagramWorkerIdleMs` shortens the idle stop, for clients that want the
 * memory back sooner (and for tests).
 */
export function startDiagramChecker(connection: Connection): {
  checker: DiagramChecker;
  initialize(options: unknown): void;
} {
  const checker = new DiagramChecker({
    startWorker: mermaidWorkerStarter(join(__dirname, mermaidWorkerFile)),
    onWorkerEvent: (_, detail) => connection.console.log(`mlsd: ${detail}`),
  });
  return {
    checker,
    initialize(options) {
      const value = (options as { diagramWorkerIdleMs?: unknown } | undefined)?.diagramWorkerIdleMs;
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) checker.idleMs = value;
    },
  };
}
