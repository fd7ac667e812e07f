/**
 * A config file resolved through its `extends` chain. Pure: files are addressed by URI and read through an injected
 * ConfigHost (the disk for the CLI, the disk or the editor's file system for the language server), so this module
 * never touches a file system itself.
 *
 * Precedence for a document: rule defaults < config file (bases first, then the file that extends them) < editor
 * settings. A config file with any problem contributes nothing, so linting goes on with the defaults while the
 * problems are reported on the config file itself (file, 0-based range, message).
 */
import type { SeverityOrOff } from '../../../../common/rules';
import { displayUri, normalizeUri, parentUri, relativeUriPath, uriBasename } from '../../../../common/uris';
import type { Range } from '../model/designDoc';
import { parseConfigText, type ConfigFile, type ConfigProblem, type GlobList } from './configFile';

/** The settings that apply through a config file and everything it extends. */
export interface ResolvedConfig {
  /** The config file the lookup found (or that was given): its URI. */
  file: string;
  /** Every config file that was read (URIs), bases first. */
  files: string[];
  rules: Record<string, SeverityOrOff>;
  designDocGlobs?: GlobList;
  ignore: GlobList[];
  /** Problems in any file of the chain; when there are any, the settings above are the defaults. */
  problems: ConfigProblem[];
}

/** The file access config files need, injected by the runtime; files are named by URI. */
export interface ConfigHost {
  /** The text, undefined when the file does not exist; rejects when it exists but cannot be read. */
  readFile(uri: string): Promise<string | undefined>;
  /** Whether a file (not a folder) is at `uri`; what it is, readFile judges. */
  isFile(uri: string): Promise<boolean>;
}

/** Reads a config file and everything it extends; extends cycles and missing bases are problems, never loops. */
export async function resolveConfig(file: string, host: ConfigHost): Promise<ResolvedConfig> {
  const problems: ConfigProblem[] = [];
  const files: string[] = [];
  const layers: ConfigFile[] = [];

  /** `stack`: the files being read, each with the range of its extends entry that led to the next one. */
  const visit = async (path: string, stack: { file: string; range: Range; written: string }[]): Promise<void> => {
    const loopAt = stack.findIndex((link) => link.file === path);
    if (loopAt >= 0) {
      // One problem per cycle, on the entry of the cycle's first file by name: whichever file the lookup started from,
      // the same entry shows it.
      const cycle = stack.slice(loopAt);
      const first = cycle.reduce((best, link, i) => (link.file < cycle[best].file ? i : best), 0);
      const link = cycle[first];
      const files = [...cycle.slice(first), ...cycle.slice(0, first), link].map((l) => l.file);
      const names = files.map((f) => relativeUriPath(parentUri(link.file), f) || uriBasename(f));
      problems.push({ file: link.file, range: link.range, message: `"extends" cycle: ${names.join(' → ')}.` });
      return;
    }
    const via = stack[stack.length - 1];
    let text: string | undefined;
    try {
      text = await host.readFile(path);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push(
        via
          ? { file: via.file, range: via.range, message: `Cannot read "${via.written}" (${reason}).` }
          : { file: path, message: `Cannot read the config file (${reason}).` },
      );
      return;
    }
    if (text === undefined) {
      problems.push(
        via
          ? { file: via.file, range: via.range, message: `"${via.written}" does not exist (${displayUri(path)}).` }
          : { file: path, message: 'The config file does not exist.' },
      );
      return;
    }
    const parsed = parseConfigText(text, path);
    problems.push(...parsed.problems);
    for (const base of parsed.extends)
      await visit(base.uri, [...stack, { file: path, range: base.range, written: base.written }]);
    if (!files.includes(path)) files.push(path);
    layers.push(parsed);
  };
  const uri = normalizeUri(file);
  await visit(uri, []);

  const unique = dedupe(problems);
  if (unique.length) return { file: uri, files, rules: {}, ignore: [], problems: unique };
  const rules = Object.assign({}, ...layers.map((layer) => layer.rules ?? {})) as Record<string, SeverityOrOff>;
  const globLayer = [...layers].reverse().find((layer) => layer.designDocGlobs);
  return {
    file: uri,
    files,
    rules,
    designDocGlobs: globLayer ? { base: parentUri(globLayer.file), globs: globLayer.designDocGlobs! } : undefined,
    ignore: layers
      .filter((layer) => layer.ignore?.length)
      .map((layer) => ({ base: parentUri(layer.file), globs: layer.ignore! })),
    problems: [],
  };
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Rule severities for linting: config file rules, overridden by editor settings. */
export function effectiveSeverities(
  config: ResolvedConfig | undefined,
  settings: Readonly<Record<string, SeverityOrOff>> = {},
): Record<string, SeverityOrOff> {
  return { ...(config?.rules ?? {}), ...settings };
}
