/**
 * Which config file applies to a document: the nearest `.mlsdrc.*` up the folder tree (up to the root of its tree),
 * or the one the user named, with what it read cached per folder. Files are addressed by URI and read through the
 * injected ConfigHost (the disk for the CLI, the disk or the editor's file system for the language server);
 * resolve.ts does the parsing and merging.
 */
import { configFileNames } from '../../../../common/files';
import { childUri, normalizeUri, parentUri } from '../../../../common/uris';
import { resolveConfig, type ConfigHost, type ResolvedConfig } from './resolve';

/** The config file of a folder: the first of `.mlsdrc.json`, `.mlsdrc.yaml`, `.mlsdrc.yml` that exists there. */
export async function configFileIn(folder: string, host: ConfigHost): Promise<string | undefined> {
  const candidates = configFileNames.map((name) => childUri(folder, name));
  // Asked together: on the web each question is a round trip to the editor.
  const present = await Promise.all(candidates.map((uri) => host.isFile(uri)));
  return candidates.find((_, i) => present[i]);
}

/** Per-folder cache of config lookups and resolved configs; clear() after any config file changes. */
export class ConfigLoader {
  /** folder → the config file that applies there (its own or an ancestor's), or null for none. */
  private readonly nearest = new Map<string, string | null>();
  /** config file → the config resolved through its extends chain. */
  private readonly resolved = new Map<string, Promise<ResolvedConfig>>();
  /** Bumped by clear(): a lookup that started before it does not fill the cache with what it read. */
  private generation = 0;

  /** `configFile`: the URI of the one config file every document uses (`--config`), instead of the nearest one. */
  constructor(
    private readonly host: ConfigHost,
    private readonly configFile?: string,
  ) {}

  /** The config file for a document (its URI): the one given, else the nearest up the tree. */
  async configFileFor(documentUri: string): Promise<string | undefined> {
    if (this.configFile !== undefined) return normalizeUri(this.configFile);
    const generation = this.generation;
    const visited: string[] = [];
    let folder = parentUri(documentUri);
    let found: string | null = null;
    for (;;) {
      const cached = this.nearest.get(folder);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(folder);
      const own = await configFileIn(folder, this.host);
      if (own) {
        found = own;
        break;
      }
      const parent = parentUri(folder);
      if (parent === folder) break;
      folder = parent;
    }
    if (generation === this.generation) for (const v of visited) this.nearest.set(v, found);
    return found ?? undefined;
  }

  /** The config that applies to a document, or undefined when no config file is found up the tree. */
  async forDocument(documentUri: string): Promise<ResolvedConfig | undefined> {
    const file = await this.configFileFor(documentUri);
    return file ? this.resolve(file) : undefined;
  }

  /** A config file resolved through its extends chain (cached, one read for concurrent callers). */
  resolve(configFile: string): Promise<ResolvedConfig> {
    const uri = normalizeUri(configFile);
    let config = this.resolved.get(uri);
    if (!config) {
      config = resolveConfig(uri, this.host);
      this.resolved.set(uri, config);
    }
    return config;
  }

  clear(): void {
    this.generation++;
    this.nearest.clear();
    this.resolved.clear();
  }
}
