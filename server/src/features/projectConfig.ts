/**
 * Project config files (`.mlsdrc.json` / `.mlsdrc.yaml` / `.mlsdrc.yml`) in the language server: what applies to each
 * document (config file merged with the editor settings), a per-folder cache cleared when a config file changes, and
 * diagnostics published on a broken config file itself (its uri), cleared once it is fixed or deleted. Documents and
 * config files are URIs of any scheme, read through the injected workspace file system.
 */
import { isConfigFile } from '../../../common/files';
import type { SeverityOrOff } from '../../../common/rules';
import { isTreeUri, normalizeUri, rootUri, uriInside } from '../../../common/uris';
import type { Connection } from 'vscode-languageserver';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import {
  ConfigLoader,
  configFileIn,
  planDocument,
  type ConfigHost,
  type ConfigProblem,
  type DocumentPlan,
  type GlobList,
  type ResolvedConfig,
} from '../engine';
import { boundedConfigHost, type WorkspaceFileSystem } from '../workspace';

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
  /** Config file URI → the problems last published on it (as JSON), to skip redundant publishes. */
  private readonly published = new Map<string, string>();
  private folders: string[] = [];
  /** Until the client says otherwise (VS Code's workspace trust), a workspace is trusted, as in other editors. */
  private trusted = true;

  /**
   * `fileSystem`: where config files are read (from the server's wiring), within bounds: only in the workspace
   * folders and, when the workspace is trusted, config files up the tree.
   */
  constructor(
    private readonly connection: Connection,
    fileSystem: WorkspaceFileSystem,
  ) {
    this.host = boundedConfigHost(fileSystem, () => ({ roots: this.folders, trusted: this.trusted }));
    this.loader = new ConfigLoader(this.host);
  }

  /** Workspace folders (URIs): `mlsd.ignore` globs are relative to them, and their root configs are checked. */
  setWorkspaceFolders(uris: readonly string[]): void {
    this.folders = uris.filter(isTreeUri).map(normalizeUri);
  }

  /** Whether the workspace is trusted; a change forgets what was read, and the caller re-lints. */
  setTrusted(trusted: boolean): void {
    if (trusted === this.trusted) return;
    this.trusted = trusted;
    this.loader.clear();
  }

  /** Publishes the problems of the config files at the roots of the workspace folders, before any doc is opened. */
  async checkWorkspaceFolders(): Promise<void> {
    for (const folder of this.folders) {
      const file = await configFileIn(folder, this.host);
      if (file) this.publish(await this.loader.resolve(file));
    }
  }

  /** Publishes the problems of one config file (e.g. when it is opened in the editor). */
  async checkFile(uri: string): Promise<void> {
    if (isTreeUri(uri) && (await this.host.isFile(uri))) this.publish(await this.loader.resolve(uri));
  }

  /** The plan for a document: config file (nearest up the tree) merged with the editor settings. */
  async planFor(documentUri: string, settings: ConfigSettings): Promise<DocumentPlan> {
    // An untitled buffer sits in no folder: no config file, no ignores.
    const uri = isTreeUri(documentUri) ? normalizeUri(documentUri) : undefined;
    const config = uri ? await this.loader.forDocument(uri) : undefined;
    if (config) this.publish(config);
    const ignore: GlobList[] =
      settings.ignore.length && uri ? [{ base: this.folderOf(uri), globs: settings.ignore }] : [];
    return planDocument(uri, {
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
  async filesChanged(uris: readonly string[]): Promise<void> {
    this.loader.clear();
    const changed = uris.filter(isTreeUri).map(normalizeUri);
    const recheck = new Set([
      ...changed.filter(isConfigFile),
      ...[...this.published.entries()].filter(([, json]) => json !== '[]').map(([file]) => file),
    ]);
    for (const file of recheck) {
      if (await this.host.isFile(file)) this.publish(await this.loader.resolve(file));
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
      .sendDiagnostics({ uri: file, diagnostics })
      .catch((error) => this.connection.console.error(`mlsd: publishing config problems failed: ${String(error)}`));
  }

  /** The workspace folder holding `uri` (the deepest one), else the root of its tree. */
  private folderOf(uri: string): string {
    const holding = this.folders.filter((folder) => uriInside(folder, uri) !== undefined);
    return holding.sort((a, b) => b.length - a.length)[0] ?? rootUri(uri);
  }
}
