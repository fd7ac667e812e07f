/**
 * One evidence model behind every verdict: the hover checklist, the content rules and the case-study expectations
 * read the same concepts, so they agree on the same text, including when a mention is negated or deferred.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultRules, lint, parseDesignDoc, type DesignDoc, type StepId } from '../../server/src/engine';
import { stepMarkdown } from '../../server/src/services/termDocs';

const header = (caseId?: string): string => (caseId ? `---\nmlsd: 1\ncase: ${caseId}\n---\n` : '');

function docWith(caseId: string | undefined, sections: Record<string, string>): DesignDoc {
  const body = Object.entries(sections)
    .map(([heading, text]) => `## ${heading}\n${text}\n`)
    .join('\n');
  return parseDesignDoc(`${header(caseId)}# Design\n\n${body}`, 'markdown');
}

/** Whether the hover checklist of a step ticks a sub-topic (its label). */
function ticked(doc: DesignDoc, step: StepId, label: string): boolean {
  const line = stepMarkdown(doc, step)
    .split('\n')
    .find((text) => text.includes(`**${label}**`));
  assert.ok(line, `no checklist line for ${label}`);
  return line.includes('✓');
}

const fires = (doc: DesignDoc, rule: string): boolean =>
  lint(doc, { rules: defaultRules }).some((finding) => finding.rule === rule);

const modelText = (sentence: string): Record<string, string> => ({
  '4. Model development': `A popularity baseline first. ${sentence} Trained with Adam for ten epochs on a week of logs.`,
});

test('a loss named by its family or by name: the checklist, missing-loss and the case study agree', () => {
  for (const sentence of [
    'The regressor minimises the mean squared error of the delivery time.',
    'A contrastive two-tower network learns the query and item embeddings.',
    'A GBDT trained with a pairwise LambdaRank objective.',
  ]) {
    const doc = docWith(undefined, modelText(sentence));
    assert.equal(ticked(doc, 'model', 'loss function'), true, sentence);
    assert.equal(fires(doc, 'missing-loss'), false, sentence);
  }
  const without = docWith(undefined, modelText('A two-tower network learns the query and item embeddings.'));
  assert.equal(ticked(without, 'model', 'loss function'), false);
  assert.equal(fires(without, 'missing-loss'), true);
});

test('class imbalance handled with SMOTE: class-imbalance and the harmful-content expectation agree', () => {
  const sections = {
    '2. Framing the problem as an ML task':
      'Binary classification: predict whether a post is harmful; harmful posts are rare.',
    '3. Data preparation':
      'Labels come from moderator decisions and user reports. The classes are imbalanced, so we apply SMOTE to the minority class and keep the test set at the true rate.',
  };
  const doc = docWith('harmful-content-detection', sections);
  assert.equal(fires(doc, 'class-imbalance'), false);
  const expectations = lint(doc, { rules: defaultRules }).filter(
    (finding) => finding.rule === 'case-study-expectation',
  );
  assert.equal(
    expectations.some((finding) => /imbalance/i.test(finding.message)),
    false,
    expectations.map((finding) => finding.message).join('\n'),
  );
});

test('a negated or deferred mention satisfies neither the checklist nor the rule', () => {
  const evaluation = (text: string): DesignDoc =>
    docWith(undefined, {
      '5. Evaluation': `Offline: nDCG@10 and recall@50 on the next week of logs. ${text}`,
      '6. Deployment and serving':
        'Predictions are precomputed nightly in batch for active users; a shadow deployment precedes each release.',
    });
  const stated = evaluation('Online: watch time per user in an A/B test.');
  assert.equal(ticked(stated, 'evaluation', 'online metrics'), true);
  assert.equal(fires(stated, 'missing-online-metrics'), false);
  for (const text of ['We do not track CTR or watch time online.', 'Online metrics: TBD.', 'No CTR yet.']) {
    const doc = evaluation(text);
    assert.equal(ticked(doc, 'evaluation', 'online metrics'), false, text);
  }
  const deferred = lint(evaluation('We will add online metrics later, in the next phase.'), {
    rules: defaultRules,
  }).find((finding) => finding.rule === 'missing-online-metrics');
  assert.ok(deferred, 'a deferral does not answer the rule');
  assert.match(deferred.message, /only puts it off/);
  assert.equal(deferred.step, 'evaluation');
  assert.ok(deferred.related?.some((related) => /puts it off/.test(related.message)));
});

test('a skipped A/B test is ruled out, and the finding points at the sentence that skips it', () => {
  const doc = docWith(undefined, {
    '5. Evaluation': 'Offline: nDCG@10 on the next week of logs. Online: watch time per user.',
    '6. Deployment and serving': 'Predictions are precomputed nightly in batch for active users. We skip the A/B test.',
  });
  const finding = lint(doc, { rules: defaultRules }).find((f) => f.rule === 'missing-production-testing');
  assert.ok(finding);
  assert.equal(finding.step, 'serving');
  const related = finding.related?.find((r) => /rules it out/.test(r.message));
  assert.ok(related, JSON.stringify(finding.related));
  assert.equal(
    doc.lines[related.range.start.line].slice(related.range.start.character, related.range.end.character),
    'A/B test',
  );
});

test('every content finding names its step', () => {
  const doc = docWith('ad-click-prediction', {
    '1. Clarifying requirements': 'More revenue from ads.',
    '4. Model development': 'A deep network.',
  });
  for (const finding of lint(doc, { rules: defaultRules })) {
    if (
      ['syntax-error', 'suppression-comment', 'front-matter-schema', 'duplicate-step', 'step-order'].includes(
        finding.rule,
      )
    )
      continue;
    assert.ok(finding.step, `${finding.rule} has no step`);
  }
});
