/**
 * The file-system side of project configuration: finds the nearest `.mlsdrc.*` up the folder tree (up to the
 * file-system root) and caches what it read per folder. Used by the CLI and the language server; config.ts holds
 * the pure parsing, validation and merging.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { configFileNames, resolveConfig, type ConfigHost, type ResolvedConfig } from './config';

export const fileSystemConfigHost: ConfigHost = {
  readFile(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw new Error(code ?? String(error));
    }
  },
};

export function fileExists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The config file of a folder: the first of `.mlsdrc.json`, `.mlsdrc.yaml`, `.mlsdrc.yml` that exists there. */
export function configFileIn(folder: string, exists: (path: string) => boolean = fileExists): string | undefined {
  return configFileNames.map((name) => join(folder, name)).find(exists);
}

/** Per-folder cache of config lookups and resolved configs; clear() after any config file changes. */
export class ConfigLoader {
  /** folder → the config file that applies there (its own or an ancestor's), or null for none. */
  private readonly nearest = new Map<string, string | null>();
  /** config file → the config resolved through its extends chain. */
  private readonly resolved = new Map<string, ResolvedConfig>();

  constructor(
    private readonly host: ConfigHost = fileSystemConfigHost,
    private readonly exists: (path: string) => boolean = fileExists,
  ) {}

  /** The nearest config file up the tree from a document (absolute or relative path). */
  configFileFor(documentPath: string): string | undefined {
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
      const own = configFileIn(folder, this.exists);
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
