/**
 * The connection the features register their request handlers on, with the protocol's rules applied to every one of
 * them in one place, so no handler meets a request it cannot answer:
 * - params of the wrong shape (no `textDocument`, a position that is not two whole numbers, ...) are answered with
 *   InvalidParams naming what is wrong, instead of an internal error from deep inside a handler;
 * - a request before `initialize` is answered with ServerNotInitialized, and one after `shutdown` with
 *   InvalidRequest, as the specification asks;
 * - a request the client cancelled is answered with RequestCancelled, before or after the handler ran, so a
 *   stale result never reaches the editor;
 * - a notification before `initialize` or after `shutdown` is dropped, as the specification asks, and one whose params
 *   do not fit (a document whose text is not a string, a change without a valid range) is dropped with a warning in
 *   the log, instead of storing a document no feature can read.
 */
import {
  LintWorkspaceRequest,
  PreviewModelRequest,
  ReadinessReportRequest,
  StepOutlineRequest,
  TemplateRequest,
} from '../../../common/protocol';
import {
  DocumentDiagnosticRequest,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  WorkspaceDiagnosticRequest,
  type CancellationToken,
  type Connection,
} from 'vscode-languageserver';

/** Why the params do not fit, or undefined when they do. */
type Check = (params: unknown) => string | undefined;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isWhole = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function position(value: unknown, name: string): string | undefined {
  if (!isObject(value) || !isWhole(value.line) || !isWhole(value.character))
    return `${name} must be { line, character } with whole numbers of at least 0`;
  return undefined;
}

const document: Check = (params) => {
  if (!isObject(params)) return 'params must be an object';
  if (!isObject(params.textDocument) || typeof params.textDocument.uri !== 'string')
    return 'params.textDocument.uri must be a string';
  return undefined;
};

const uri: Check = (params) =>
  isObject(params) && typeof params.uri === 'string' ? undefined : 'params.uri must be a string';

const all =
  (...checks: Check[]): Check =>
  (params) => {
    for (const check of checks) {
      const problem = check(params);
      if (problem) return problem;
    }
    return undefined;
  };

const at: Check = (params) => position((params as Record<string, unknown>).position, 'params.position');
const range: Check = (params) => {
  const value = (params as Record<string, unknown>).range;
  return isObject(value)
    ? (position(value.start, 'params.range.start') ?? position(value.end, 'params.range.end'))
    : 'params.range must be { start, end }';
};

/** The checks of each registration method the features use, and of the custom requests by method name. */
const checks: Record<string, Check> = {
  onHover: all(document, at),
  onCompletion: all(document, at),
  onCodeAction: all(document, range, (params) => {
    const context = (params as Record<string, unknown>).context;
    return isObject(context) && Array.isArray(context.diagnostics)
      ? undefined
      : 'params.context.diagnostics must be a list';
  }),
  onCodeLens: document,
  onFoldingRanges: document,
  onDocumentSymbol: document,
  onSelectionRanges: all(document, (params) => {
    const positions = (params as Record<string, unknown>).positions;
    if (!Array.isArray(positions)) return 'params.positions must be a list';
    return positions.map((p, i) => position(p, `params.positions[${i}]`)).find(Boolean);
  }),
  onWorkspaceSymbol: (params) =>
    isObject(params) && typeof params.query === 'string' ? undefined : 'params.query must be a string',
  [DocumentDiagnosticRequest.method]: document,
  [WorkspaceDiagnosticRequest.method]: (params) => {
    if (!isObject(params) || !Array.isArray(params.previousResultIds)) return 'params.previousResultIds must be a list';
    const entries = params.previousResultIds as unknown[];
    const bad = entries.findIndex(
      (entry) => !isObject(entry) || typeof entry.uri !== 'string' || typeof entry.value !== 'string',
    );
    return bad < 0 ? undefined : `params.previousResultIds[${bad}] must be { uri: string, value: string }`;
  },
  [LintWorkspaceRequest.method]: (params) =>
    params === undefined || params === null || isObject(params) ? undefined : 'params must be an object',
  [PreviewModelRequest.method]: uri,
  [StepOutlineRequest.method]: uri,
  // The session's fields are checked by the handler, with the engine that reads session files.
  [ReadinessReportRequest.method]: all(uri, (params) => {
    const session = (params as Record<string, unknown>).session;
    return session === undefined || isObject(session) ? undefined : 'params.session must be an object';
  }),
  // An unknown id or format is a valid question with the answer null; a missing one is not.
  [TemplateRequest.method]: (params) =>
    isObject(params) && typeof params.id === 'string' && typeof params.format === 'string'
      ? undefined
      : 'params must be { id: string, format: string }',
};

const version: Check = (params) =>
  Number.isInteger((params as { textDocument: Record<string, unknown> }).textDocument.version)
    ? undefined
    : 'params.textDocument.version must be a whole number';

const opened: Check = all(document, version, (params) => {
  const { languageId, text } = (params as { textDocument: Record<string, unknown> }).textDocument;
  return typeof languageId === 'string' && typeof text === 'string'
    ? undefined
    : 'params.textDocument must have a languageId and a text that are strings';
});

const changed: Check = all(document, version, (params) => {
  const changes = (params as Record<string, unknown>).contentChanges;
  if (!Array.isArray(changes)) return 'params.contentChanges must be a list';
  for (const [i, change] of changes.entries()) {
    if (!isObject(change) || typeof change.text !== 'string')
      return `params.contentChanges[${i}].text must be a string`;
    if (change.range !== undefined) {
      const problem = range(change);
      if (problem) return problem.replace('params.range', `params.contentChanges[${i}].range`);
    }
  }
  return undefined;
});

const uriList =
  (name: string): Check =>
  (params) => {
    const list = isObject(params) ? params[name] : undefined;
    if (!Array.isArray(list)) return `params.${name} must be a list`;
    const bad = list.findIndex((entry) => !isObject(entry) || typeof entry.uri !== 'string');
    return bad < 0 ? undefined : `params.${name}[${bad}].uri must be a string`;
  };

const object: Check = (params) => (isObject(params) ? undefined : 'params must be an object');

/** The checks of each notification registration method, with the method it handles (for the log). */
const notificationChecks: Record<string, [method: string, check: Check]> = {
  onDidOpenTextDocument: ['textDocument/didOpen', opened],
  onDidChangeTextDocument: ['textDocument/didChange', changed],
  onDidCloseTextDocument: ['textDocument/didClose', document],
  onDidSaveTextDocument: ['textDocument/didSave', document],
  onWillSaveTextDocument: ['textDocument/willSave', document],
  onDidChangeConfiguration: ['workspace/didChangeConfiguration', object],
  onDidChangeWatchedFiles: ['workspace/didChangeWatchedFiles', uriList('changes')],
  onDidChangeWorkspaceFolders: ['workspace/didChangeWorkspaceFolders', all(uriList('added'), uriList('removed'))],
};

export interface ServerLifecycle {
  initialized: boolean;
  shuttingDown: boolean;
}

type Handler = (params: unknown, token: CancellationToken, ...rest: unknown[]) => unknown;

function guard(check: Check | undefined, lifecycle: ServerLifecycle, handler: Handler): Handler {
  return async (params, token, ...rest) => {
    if (!lifecycle.initialized)
      throw new ResponseError(ErrorCodes.ServerNotInitialized, 'the server has not been initialized yet');
    if (lifecycle.shuttingDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down');
    const problem = check?.(params);
    if (problem) throw new ResponseError(ErrorCodes.InvalidParams, problem);
    const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'the request was cancelled');
    if (token?.isCancellationRequested) throw cancelled();
    const result = await handler(params, token, ...rest);
    if (token?.isCancellationRequested) throw cancelled();
    return result;
  };
}

type NotificationHandler = (params: unknown) => unknown;

function guardNotification(
  method: string,
  check: Check | undefined,
  lifecycle: ServerLifecycle,
  warn: (message: string) => void,
  handler: NotificationHandler,
): NotificationHandler {
  return (params) => {
    if (!lifecycle.initialized || lifecycle.shuttingDown) return undefined;
    const problem = check?.(params);
    if (problem) {
      warn(`mlsd: ignored a ${method} notification: ${problem}`);
      return undefined;
    }
    return handler(params);
  };
}

/** `connection` with every handler registered through it guarded (see the file comment). */
export function guardedConnection(connection: Connection, lifecycle: ServerLifecycle): Connection {
  const warn = (message: string) => connection.console.warn(message);
  type Registration = (...args: unknown[]) => unknown;
  /** The notification registration method `property` of `target`, guarded; undefined for any other property. */
  const notificationRegistration = (target: object, property: string | symbol, value: Registration) => {
    const known = typeof property === 'string' ? notificationChecks[property] : undefined;
    if (!known) return undefined;
    const [method, check] = known;
    return (handler: NotificationHandler) =>
      value.call(target, guardNotification(method, check, lifecycle, warn, handler));
  };
  // workspace.onDidChangeWorkspaceFolders is registered on a part of the connection of its own.
  const workspace = new Proxy(connection.workspace, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return notificationRegistration(target, property, value as Registration) ?? (value as Registration).bind(target);
    },
  });
  return new Proxy(connection, {
    get(target, property, receiver) {
      if (property === 'workspace') return workspace;
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (property === 'onRequest') {
        return (type: string | { method: string }, handler: Handler) =>
          (value as (t: unknown, h: Handler) => unknown).call(
            target,
            type,
            guard(checks[typeof type === 'string' ? type : type.method], lifecycle, handler),
          );
      }
      // Custom notifications: their params are read by their own handlers; only the lifecycle applies.
      if (property === 'onNotification') {
        return (type: string | { method: string }, handler: NotificationHandler) =>
          (value as Registration).call(
            target,
            type,
            guardNotification(typeof type === 'string' ? type : type.method, undefined, lifecycle, warn, handler),
          );
      }
      const notification = notificationRegistration(target, property, value as Registration);
      if (notification) return notification;
      if (typeof property === 'string' && property in checks) {
        return (handler: Handler) =>
          (value as (h: Handler) => unknown).call(target, guard(checks[property], lifecycle, handler));
      }
      return (value as (...args: unknown[]) => unknown).bind(target);
    },
  });
}
