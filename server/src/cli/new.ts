/**
 * `mlsd new CASE [--yaml] [-o FILE] [--force]` prints or writes a template, and `mlsd cases` lists the template ids.
 * The text is the same as the editor's "New Design Doc from Case Study…" command: both render server/src/templates.
 */
import { formatOfPath } from '../../../common/files';
import { closest } from '../engine';
import { isTemplateId, renderTemplate, templateIds, templateInfos } from '../templates';
import type { NewArgs } from './args';
import type { CommandOutput } from './output';
import { OutputError, writeOutputFile } from './outputFile';

/** `mlsd cases`: one line per template id, the ids aligned. */
export function casesText(): string {
  const width = Math.max(...templateInfos.map((info) => info.id.length));
  return templateInfos.map((info) => `${info.id.padEnd(width)}  ${info.description}`).join('\n');
}

export function runNew(args: NewArgs): CommandOutput {
  if (!isTemplateId(args.template)) {
    const suggestion = closest(args.template, templateIds);
    return {
      code: 2,
      stdout: '',
      errors: [
        `unknown case "${args.template}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}. Valid ids: ${templateIds.join(', ')}.`,
      ],
    };
  }
  const format = args.format ?? (args.output && formatOfPath(args.output) === 'yaml' ? 'yaml' : 'markdown');
  const text = renderTemplate(args.template, format);
  if (!args.output) return { code: 0, stdout: text, errors: [] };
  try {
    writeOutputFile(args.output, text, { force: args.force });
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    return { code: 2, stdout: '', errors: [`${args.output}: ${error.message}`] };
  }
  return {
    code: 0,
    stdout: `wrote ${args.output} (${args.template}, ${format === 'yaml' ? 'YAML' : 'Markdown'})\n`,
    errors: [],
  };
}
