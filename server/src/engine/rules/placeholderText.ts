import type { Range } from '../model/designDoc';
import type { Rule, RuleReport } from './rule';
import { TextMemo } from '../model/cache';
import { conceptById } from '../evidence/scan';
import { readableLines } from '../model/readableLines';
import { placeholderHint, placeholderMarkers } from '../../knowledge';

/** The first placeholder in a line's text, as [start, end) columns. */
function firstPlaceholder(text: string): [number, number] | undefined {
  if (!placeholderHint.test(text)) return undefined;
  let best: { index: number; length: number } | undefined;
  for (const pattern of placeholderMarkers) {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (!match) continue;
    const lead = match.groups?.lead?.length ?? 0;
    if (!best || match.index + lead < best.index) best = { index: match.index + lead, length: match[0].length - lead };
  }
  return best && [best.index, best.index + best.length];
}

/** Each line's first placeholder, remembered with the doc: most lines have none, and most come back unchanged. */
const placeholders = TextMemo.each(firstPlaceholder);

export const placeholderText: Rule = {
  id: 'placeholder-text',
  name: 'Placeholder text',
  summary: 'TODO, TBD, `<fill in>`, `{{...}}` or a bare `...` left in the doc',
  description:
    'A to-do marker or template placeholder is still in the doc: TODO, TBD, TBC, FIXME, "<fill in>", "{{metric}}", or a line that is only "...". Placeholders are not content (the coverage of a step ignores them), and in an interview a "TBD" reads as a topic you could not answer.',
  defaultSeverity: 'warning',
  tags: ['content'],
  examples: {
    bad: '## 5. Evaluation\n- Offline metrics: TBD\n- Online metrics: ...',
    good: '## 5. Evaluation\n- Offline metrics: recall@100 for retrieval, nDCG@10 for the final list\n- Online metrics: watch time per user in an A/B test',
  },
  check(doc) {
    const reports: RuleReport[] = [];
    readableLines(doc, { inlineCode: true }).forEach((text, line) => {
      const columns = text === undefined ? undefined : placeholders.get(doc, text);
      if (!columns) return;
      const range: Range = { start: { line, character: columns[0] }, end: { line, character: columns[1] } };
      const found = doc.lines[line].slice(range.start.character, range.end.character);
      // What the placeholder puts off, when the line names it ("A/B test: TBD").
      const deferred = doc.evidence.find((item) => item.range.start.line === line && item.polarity === 'deferred');
      const what = deferred ? ` leaves the ${conceptById(deferred.concept).label} undecided` : ' is not content yet';
      reports.push({
        message: `Placeholder "${found}"${what}. Replace it with the answer: the concrete choice and the reason for it (a number, a metric, a model, a trade-off), or delete the line.`,
        range,
        ...(deferred
          ? {
              step: deferred.step,
              related: [
                {
                  message: `puts off: ${conceptById(deferred.concept).label}`,
                  range: deferred.range,
                  evidence: deferred,
                },
              ],
            }
          : {}),
      });
    });
    return reports;
  },
};
