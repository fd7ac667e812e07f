/**
 * Project config files (`.mlsdrc.json` / `.mlsdrc.yaml` / `.mlsdrc.yml`) in the language server: what applies to each
 * document (config file merged with the editor settings), a per-folder cache cleared when a config file changes, and
 * diagnostics published on a broken config file itself (its uri), cleared once it is fixed or deleted.
 */
import { parse } from 'node:path';
import { isConfigFile } from '../../../common/files';
import type { SeverityOrOff } from '../../../common/rules';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import {
  ConfigLoader,
  configFileIn,
  pathInside,
  planDocument,
  type ConfigHost,
  type ConfigProblem,
  type DocumentPlan,
  type GlobList,
  type ResolvedConfig,
} from '../engine';
import { fileUri, filePathOf, type ConfigBounds } from '../workspace';

/** The editor settings that take part in the precedence: defaults < config file < settings. */
export interface ConfigSettings {
  /** The `mlsd.designDocGlobs` setting (its default when unset). */
  designDocGlobs: readonly string[];
  /** Whether the user changed `mlsd.designDocGlobs`; only then it overrides the config file's `designDocGlobs`. */
  designDocGlobsSet: boolean;
  rules: Readonly<Record<string, SeverityOrOff>>;
  ignore: readonly string[];
}

export class ProjectConfigs {
  private readonly host: ConfigHost;
  private readonly loader: ConfigLoader;
  /** Config file path → the problems last published on it (as JSON), to skip redundant publishes. */
  private readonly published = new Map<string, string>();
  private folders: string[] = [];
  /** Until the client says otherwise (VS Code's workspace trust), a workspace is trusted, as in other editors. */
  private trusted = true;

  /**
   * `hostWithin`: how config files are read (the disk, from the server's wiring), within the bounds given: only in the
   * workspace folders and, when the workspace is trusted, config files up the tree.
   */
  constructor(
    private readonly connection: Connection,
    hostWithin: (bounds: () => ConfigBounds) => ConfigHost,
  ) {
    this.host = hostWithin(() => ({ roots: this.folders, trusted: this.trusted }));
    this.loader = new ConfigLoader(this.host);
  }

  /** Workspace folders (file: URIs): `mlsd.ignore` globs are relative to them, and their root configs are checked. */
  setWorkspaceFolders(uris: readonly string[]): void {
    this.folders = uris.map(filePathOf).filter((path): path is string => path !== undefined);
  }

  /** Whether the workspace is trusted; a change forgets what was read, and the caller re-lints. */
  setTrusted(trusted: boolean): void {
    if (trusted === this.trusted) return;
    this.trusted = trusted;
    this.loader.clear();
  }

  /** Publishes the problems of the config files at the roots of the workspace folders, before any doc is opened. */
  checkWorkspaceFolders(): void {
    for (const folder of this.folders) {
      const file = configFileIn(folder, this.host);
      if (file) this.publish(this.loader.resolve(file));
    }
  }

  /** Publishes the problems of one config file (e.g. when it is opened in the editor). */
  checkFile(path: string): void {
    if (this.host.isFile(path)) this.publish(this.loader.resolve(path));
  }

  /** The plan for a document: config file (nearest up the tree) merged with the editor settings. */
  planFor(uri: string, settings: ConfigSettings): DocumentPlan {
    const path = filePathOf(uri);
    const config = path ? this.loader.forDocument(path) : undefined;
    if (config) this.publish(config);
    const ignore: GlobList[] =
      settings.ignore.length && path ? [{ base: this.folderOf(path), globs: settings.ignore }] : [];
    return planDocument(path, {
      config,
      designDocGlobs: settings.designDocGlobsSet ? settings.designDocGlobs : undefined,
      rules: settings.rules,
      ignore,
    });
  }

  /**
   * Config files were created, changed or deleted (workspace/didChangeWatchedFiles, or a save): forget every cached
   * lookup and re-check the changed files and those showing problems. The caller re-lints the open documents.
   */
  filesChanged(uris: readonly string[]): void {
    this.loader.clear();
    const changed = uris.map(filePathOf).filter((path): path is string => path !== undefined);
    const recheck = new Set([
      ...changed.filter(isConfigFile),
      ...[...this.published.entries()].filter(([, json]) => json !== '[]').map(([file]) => file),
    ]);
    for (const file of recheck) {
      if (this.host.isFile(file)) this.publish(this.loader.resolve(file));
      else this.publishFile(file, []);
    }
  }

  /** Publishes, for every file of the config's chain, the problems located in it (an empty list clears them). */
  private publish(config: ResolvedConfig): void {
    const files = new Set([...config.files, ...config.problems.map((p) => p.file)]);
    for (const file of files)
      this.publishFile(
        file,
        config.problems.filter((p) => p.file === file),
      );
  }

  private publishFile(file: string, problems: ConfigProblem[]): void {
    const json = JSON.stringify(problems);
    if ((this.published.get(file) ?? '[]') === json) return;
    this.published.set(file, json);
    const diagnostics: Diagnostic[] = problems.map((problem) => ({
      // A problem of the whole file (it cannot be read) is shown at its start.
      range: problem.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error,
      source: 'mlsd',
      code: 'config',
      message: problem.message,
    }));
    this.connection
      .sendDiagnostics({ uri: fileUri(file), diagnostics })
      .catch((error) => this.connection.console.error(`mlsd: publishing config problems failed: ${String(error)}`));
  }

  /** The workspace folder holding `path` (the deepest one), else the file-system root. */
  private folderOf(path: string): string {
    const holding = this.folders.filter((folder) => pathInside(folder, path) !== undefined);
    return holding.sort((a, b) => b.length - a.length)[0] ?? parse(path).root;
  }
}
