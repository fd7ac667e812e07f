/**
 * `mlsd export FILE --html OUT.html`: a self-contained HTML page of the preview (text, step coverage, and the Mermaid
 * diagrams, rendered in the page by the bundled webview script), for sharing a design with a reviewer. The page is
 * built by the same code as the editor's "Export Preview as HTML": same sanitising, CSP with a nonce, no remote loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { standaloneHtml } from '../../../common/preview/html';
import { defaultRules, lint, namedFileFormat, parseDesignDoc, planDocument } from '../engine';
import { buildPreviewModel } from '../services';
import { fileUri } from '../workspace/node';
import type { ExportArgs } from './args';
import { fileErrorReason } from '../workspace';
import type { CommandOutput } from './output';
import { cliConfigs, configFilePaths } from './configHost';
import { OutputError, writeOutputFile } from './outputFile';
import { formatProblem } from './problems';

/** Where the webview bundle is: next to the built CLI (dist/cli → media/preview/dist) or the sources (tests). */
export function previewBundleDir(): string | undefined {
  const candidates = [
    join(__dirname, '..', '..', 'media', 'preview', 'dist'),
    join(__dirname, '..', '..', '..', 'media', 'preview', 'dist'),
  ];
  return candidates.find((dir) => existsSync(join(dir, 'preview.js')) && existsSync(join(dir, 'preview.css')));
}

export async function runExport(args: ExportArgs): Promise<CommandOutput> {
  const path = resolve(args.file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { code: 2, stdout: '', errors: [`${args.file}: cannot read: ${fileErrorReason(error)}`] };
  }
  const config = await cliConfigs([args.file], args.config)(path);
  if (config?.problems.length) return { code: 2, stdout: '', errors: config.problems.map(formatProblem) };
  const bundle = previewBundleDir();
  if (!bundle)
    return {
      code: 2,
      stdout: '',
      errors: ['the preview bundle (media/preview/dist/preview.js) is missing: run `npm run build`'],
    };

  const doc = parseDesignDoc(text, namedFileFormat(path));
  const findings = lint(doc, { rules: defaultRules, config: planDocument(fileUri(path), { config }).config });
  const model = buildPreviewModel({ uri: fileUri(path), version: null, doc, findings });
  const html = standaloneHtml({
    model,
    script: readFileSync(join(bundle, 'preview.js'), 'utf8'),
    styles: readFileSync(join(bundle, 'preview.css'), 'utf8'),
  });
  try {
    writeOutputFile(args.html, html, { force: args.force, inputs: [path, ...configFilePaths(config)] });
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    return { code: 2, stdout: '', errors: [`${args.html}: ${error.message}`] };
  }
  const diagrams = model.diagrams.length;
  return {
    code: 0,
    stdout: `wrote ${args.html} (${diagrams} diagram${diagrams === 1 ? '' : 's'}, ${model.covered}/${model.steps.length} steps)\n`,
    errors: [],
  };
}
