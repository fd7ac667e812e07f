/**
 * Which config file applies to a document: the nearest `.mlsdrc.*` up the folder tree (up to the file-system root),
 * or the one the user named, with what it read cached per folder. Files are read through the injected ConfigHost
 * (the CLI and the language server hand in one that reads the disk); resolve.ts does the parsing and merging.
 */
import { dirname, join, resolve } from 'node:path';
import { configFileNames } from '../../../../common/files';
import { resolveConfig, type ConfigHost, type ResolvedConfig } from './resolve';

/** The config file of a folder: the first of `.mlsdrc.json`, `.mlsdrc.yaml`, `.mlsdrc.yml` that exists there. */
export function configFileIn(folder: string, host: ConfigHost): string | undefined {
  return configFileNames.map((name) => join(folder, name)).find((path) => host.isFile(path));
}

/** Per-folder cache of config lookups and resolved configs; clear() after any config file changes. */
export class ConfigLoader {
  /** folder → the config file that applies there (its own or an ancestor's), or null for none. */
  private readonly nearest = new Map<string, string | null>();
  /** config file → the config resolved through its extends chain. */
  private readonly resolved = new Map<string, ResolvedConfig>();

  /** `configFile`: the one config file every document uses (`--config`), instead of the nearest one. */
  constructor(
    private readonly host: ConfigHost,
    private readonly configFile?: string,
  ) {}

  /** The config file for a document (absolute or relative path): the one given, else the nearest up the tree. */
  configFileFor(documentPath: string): string | undefined {
    if (this.configFile !== undefined) return resolve(this.configFile);
    const visited: string[] = [];
    let folder = dirname(resolve(documentPath));
    let found: string | null = null;
    for (;;) {
      const cached = this.nearest.get(folder);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(folder);
      const own = configFileIn(folder, this.host);
      if (own) {
        found = own;
        break;
      }
      const parent = dirname(folder);
      if (parent === folder) break;
      folder = parent;
    }
    for (const v of visited) this.nearest.set(v, found);
    return found ?? undefined;
  }

  /** The config that applies to a document, or undefined when no config file is found up the tree. */
  forDocument(documentPath: string): ResolvedConfig | undefined {
    const file = this.configFileFor(documentPath);
    return file ? this.resolve(file) : undefined;
  }

  /** A config file resolved through its extends chain (cached). */
  resolve(configFile: string): ResolvedConfig {
    const path = resolve(configFile);
    let config = this.resolved.get(path);
    if (!config) {
      config = resolveConfig(path, this.host);
      this.resolved.set(path, config);
    }
    return config;
  }

  clear(): void {
    this.nearest.clear();
    this.resolved.clear();
  }
}
