import type { Evidence, Statement } from './designDoc';
import { saysSomething } from './statementContent';

/**
 * The statements that are a template's guidance around its prompts: in a section that only asks ("How will you
 * host your system? On-premise, cloud, or hybrid? This will define the rest of this section."), the sentences that
 * name nothing of the design belong to the prompt, not to an answer. A section with any concept stated in its own
 * words holds an answer, and more plain sentences than questions read as one too.
 */
export function templateGuidance(statements: readonly Statement[], evidence: readonly Evidence[]): Set<number> {
  const asked = new Map<number, number>();
  const plain = new Map<number, number[]>();
  const answered = new Set<number>();
  statements.forEach((statement, index) => {
    if (statement.layout === 'heading' || statement.section < 0) return;
    const { section } = statement;
    if (statement.question) asked.set(section, (asked.get(section) ?? 0) + 1);
    else if (statement.evidence.some((item) => evidence[item].polarity === 'stated' && !evidence[item].generic))
      answered.add(section);
    else if (saysSomething(statement)) {
      const indexes = plain.get(section);
      if (indexes) indexes.push(index);
      else plain.set(section, [index]);
    }
  });
  const guidance = new Set<number>();
  for (const [section, indexes] of plain) {
    const questions = asked.get(section) ?? 0;
    if (questions > 0 && !answered.has(section) && indexes.length <= questions)
      for (const index of indexes) guidance.add(index);
  }
  return guidance;
}
