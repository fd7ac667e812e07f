/**
 * In-process timing of the engine against its peers on the same text: mlsd's full lint (parse + every rule), the
 * markdownlint library with its default rules, and the parse floor (markdown-it for Markdown, the yaml parser for
 * YAML), the first thing any tool reading the format does.
 */
import MarkdownIt from 'markdown-it';
import { lint as markdownlint } from 'markdownlint/sync';
import { parseDocument } from 'yaml';
import { defaultRules, lint, parseDesignDoc } from '../../server/src/engine';
import type { CorpusEntry } from './corpus';
import { interleavedMediansMs, type Rounds } from './timing';

export interface EngineTimes {
  lintMs: number;
  /** null for YAML docs, which markdownlint does not read. */
  markdownlintMs: number | null;
  parseMs: number;
}

// The markdown-it options mlsd's own parser uses.
const markdownIt = new MarkdownIt({ html: true });

export function measureEngine(entry: CorpusEntry, rounds: Rounds): EngineTimes {
  const { files } = entry;
  const strings = Object.fromEntries(files.map((file) => [file.name, file.text]));
  const runs = [
    () => {
      for (const file of files) lint(parseDesignDoc(file.text, file.format), { rules: defaultRules });
    },
    () => {
      for (const file of files) {
        if (file.format === 'yaml') parseDocument(file.text, { prettyErrors: false });
        else markdownIt.parse(file.text, {});
      }
    },
  ];
  if (entry.format === 'markdown') runs.push(() => markdownlint({ strings }));
  const [lintMs, parseMs, markdownlintMs] = interleavedMediansMs(runs, rounds);
  return { lintMs, parseMs, markdownlintMs: markdownlintMs ?? null };
}
