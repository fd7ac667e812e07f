/**
 * The one policy for how a file is linted, shared by the language server and the CLI: whether it is ignored, which
 * globs decide that it is a design doc (and so its format), and the config its lint applies (rule severities). The
 * config file that applies is found by the caller (ConfigLoader), which owns the file access.
 */
import { defaultDesignDocGlobs, formatOfPath } from '../../../../common/files';
import type { SeverityOrOff } from '../../../../common/rules';
import type { LintConfig } from '../lint';
import type { DocFormat } from '../model/designDoc';
import type { GlobList } from './configFile';
import { designDocFormat, designDocGlobsFor } from './designDocs';
import { isIgnored } from './globs';
import { effectiveSeverities, type ResolvedConfig } from './resolve';

export interface DocumentPlan {
  /** Never linted: the config's `ignore`, or the editor's `mlsd.ignore`. */
  ignored: boolean;
  /** The globs that decide whether the file is a design doc. */
  designDocGlobs: readonly string[];
  /** The path the globs are matched against when it is not the file's own (relative to the config file's folder). */
  globPath?: string;
  /** What lint() applies: the rule severities of the config file, overridden by the editor settings. */
  config: LintConfig;
}

/** What decides the plan besides the file: its config file and the editor settings, none of them required. */
export interface PlanInputs {
  config?: ResolvedConfig;
  /** Design-doc globs the user set in the editor; they replace the config file's. */
  designDocGlobs?: readonly string[];
  /** Rule severities from the editor settings. */
  rules?: Readonly<Record<string, SeverityOrOff>>;
  /** Ignore lists besides the config file's (the editor's, relative to the workspace folder). */
  ignore?: readonly GlobList[];
}

/** The plan for the file at `uri`, or for a document with no file (an untitled buffer). */
export function planDocument(uri: string | undefined, inputs: PlanInputs = {}): DocumentPlan {
  const { config } = inputs;
  const lintConfig: LintConfig = { severities: effectiveSeverities(config, inputs.rules) };
  if (uri === undefined)
    return { ignored: false, designDocGlobs: inputs.designDocGlobs ?? defaultDesignDocGlobs, config: lintConfig };
  const globs = designDocGlobsFor(uri, config, inputs.designDocGlobs);
  return {
    ignored: isIgnored(uri, [...(config?.ignore ?? []), ...(inputs.ignore ?? [])]),
    designDocGlobs: globs.globs,
    globPath: globs.relativePath,
    config: lintConfig,
  };
}

/** The format of a file the plan makes a design doc to lint (by its globs or its `mlsd:` marker); else undefined. */
export function plannedFormat(plan: DocumentPlan, path: string, text: string): DocFormat | undefined {
  return plan.ignored ? undefined : designDocFormat(plan.globPath ?? path, text, plan.designDocGlobs);
}

/** A file named on purpose (a CLI argument) is a design doc whatever its name: its format comes from its extension. */
export function namedFileFormat(path: string): DocFormat {
  return formatOfPath(path) ?? 'markdown';
}
