import type { ReportQuote, ReportSignal } from '../../../../common/types';
import { rubricSignals } from '../../knowledge';
import { evidenceFor } from '../evidence/evidenceSpec';
import { quoteOf } from '../explain';
import type { DesignDoc, Evidence, Finding } from '../model/designDoc';

/** Each quoted statement once, in document order. */
export function quotesOf(doc: DesignDoc, evidence: readonly Evidence[]): ReportQuote[] {
  const statements = [...new Set(evidence.map((item) => item.statement))].sort((a, b) => a - b);
  return statements.map((index) => {
    const statement = doc.statements[index];
    return {
      line: statement.line,
      range: {
        start: { line: statement.line, character: statement.start },
        end: { line: statement.line, character: statement.end },
      },
      text: quoteOf(statement),
    };
  });
}

/** The rubric signals of the doc, each with the quotes it rests on or what it lacks. */
export function rubricOf(doc: DesignDoc, findings: readonly Finding[]): ReportSignal[] {
  return rubricSignals.map((signal) => {
    const groups = signal.needs.map((specs) => evidenceFor(doc, specs));
    const blocking = findings.filter((finding) => signal.clearOf?.includes(finding.rule));
    const met = groups.every((group) => group.length > 0) && blocking.length === 0;
    const detail = met ? 'Met.' : blocking.length ? `Not met: ${blocking[0].message}` : `Not met. ${signal.advice}`;
    return { id: signal.id, label: signal.label, met, detail, evidence: quotesOf(doc, groups.flat()) };
  });
}
