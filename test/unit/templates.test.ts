/**
 * The templates behind `mlsd new` and "New Design Doc from Case Study…": every template (ten case studies, blank,
 * quick-45) in both formats parses, has the seven steps under the standard headings, lints with no missing-step, no
 * syntax or schema finding (only empty-step, placeholder-text and case-study hints about what is left to write),
 * validates against the JSON Schemas, and is built from the knowledge base.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import designDocSchema from '../../schemas/design-doc.schema.json';
import frontMatterSchema from '../../schemas/front-matter.schema.json';
import { defaultRules, lint, parseDesignDoc, headingText, promptLines } from '../../server/src/engine';
import { caseStudies, stepIds, steps } from '../../server/src/knowledge';
import {
  interviewMinutes,
  renderTemplate,
  templateFileName,
  templateFormats,
  templateIds,
  templateInfos,
  templateModel,
} from '../../server/src/templates';

const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(frontMatterSchema);
const validateFrontMatter = ajv.getSchema(frontMatterSchema.$id)!;
const validateDesignDoc = ajv.compile(designDocSchema);

/** Rules a fresh template may trigger: they all point at what is left to write. */
const expectedRules = new Set(['empty-step', 'placeholder-text', 'case-study-expectation']);

describe('template list', () => {
  it('has the ten case studies, blank and quick-45, with unique ids and one-line descriptions', () => {
    assert.deepEqual(templateIds, [...caseStudies.map((c) => c.id), 'blank', 'quick-45']);
    assert.equal(new Set(templateIds).size, 12);
    for (const info of templateInfos) {
      assert.ok(info.title && info.description, info.id);
      assert.ok(!info.description.includes('\n') && info.description.length <= 120, `${info.id}: one short line`);
    }
  });

  it('offers every case id the front-matter schema allows (except custom)', () => {
    const schemaCases = frontMatterSchema.definitions.case.enum.filter((id) => id !== 'custom');
    assert.deepEqual([...schemaCases].sort(), caseStudies.map((c) => c.id).sort());
  });

  it('names files <id>.mlsd.md and <id>.mlsd.yaml', () => {
    assert.equal(templateFileName('visual-search', 'markdown'), 'visual-search.mlsd.md');
    assert.equal(templateFileName('quick-45', 'yaml'), 'quick-45.mlsd.yaml');
  });

  it("plans the 45-minute interview from the steps' time boxes", () => {
    assert.equal(interviewMinutes, 45);
    assert.deepEqual(
      steps.map((s) => s.interviewMinutes),
      [5, 5, 8, 10, 5, 8, 4],
    );
  });
});

for (const id of templateIds) {
  describe(`template ${id}`, () => {
    for (const format of templateFormats) {
      const text = renderTemplate(id, format);
      const doc = parseDesignDoc(text, format);

      it(`${format}: parses, with every step present under a heading`, () => {
        assert.deepEqual(doc.syntaxProblems, []);
        for (const step of stepIds) {
          assert.notEqual(doc.steps[step].state, 'missing', `${step} is missing`);
          assert.ok(doc.steps[step].headingRange, `${step} has no heading`);
        }
        assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'), 'ends with one line break');
      });

      it(`${format}: lints with no missing-step, syntax or schema finding; placeholders are flagged`, () => {
        const findings = lint(doc, { rules: defaultRules });
        const unexpected = findings.filter((f) => !expectedRules.has(f.rule));
        assert.deepEqual(
          unexpected.map((f) => `${f.rule}: ${f.message}`),
          [],
        );
        assert.ok(!findings.some((f) => f.severity === 'error'));
        const placeholders = findings.filter((f) => f.rule === 'placeholder-text');
        assert.equal(
          placeholders.length,
          (text.match(/: TODO\b/g) ?? []).length,
          'every TODO answer is reported (the ones in comments are instructions)',
        );
      });

      it(`${format}: metadata validates against the JSON Schema`, () => {
        const data = doc.frontMatter?.data;
        assert.ok(data);
        assert.equal(data.mlsd, 1);
        assert.equal(data.status, 'draft');
        assert.equal(data.timeBudget, 45);
        assert.equal(data.case, id === 'blank' || id === 'quick-45' ? 'custom' : id);
        assert.ok(typeof data.title === 'string' && data.title.length > 0);
        if (format === 'yaml') {
          const ok = validateDesignDoc(parseYaml(text));
          assert.ok(ok, JSON.stringify(validateDesignDoc.errors));
        } else {
          assert.ok(validateFrontMatter(data), JSON.stringify(validateFrontMatter.errors));
        }
      });
    }

    it('markdown: the seven standard step headings, in order', () => {
      const headings = renderTemplate(id, 'markdown')
        .split('\n')
        .filter((line) => /^## /.test(line));
      const quick = id === 'quick-45';
      assert.deepEqual(
        headings,
        steps.map(
          (step) =>
            `${headingText(step.id, { level: 2, numbering: 'number' })}${quick ? ` (${step.interviewMinutes} min)` : ''}`,
        ),
      );
    });
  });
}

describe('templates come from the knowledge base', () => {
  it('the blank template carries exactly the quick-fix prompt line of every sub-topic', () => {
    for (const format of templateFormats) {
      const text = renderTemplate('blank', format);
      const doc = parseDesignDoc(text, format);
      const lines = text.split('\n');
      for (const step of stepIds) {
        for (const line of promptLines(doc, step, format === 'yaml' ? '  ' : ''))
          assert.ok(lines.includes(line), `${format}: ${line}`);
      }
    }
  });

  for (const study of caseStudies) {
    it(`${study.id}: clarifying questions, framings, features, metrics and the pipeline diagram`, () => {
      const prompts = study.prompts;
      const diagram = prompts.diagram.lines;
      for (const format of templateFormats) {
        const text = renderTemplate(study.id, format);
        for (const question of study.clarifyingQuestions) assert.ok(text.includes(question), `${format}: ${question}`);
        for (const framing of prompts.framings) assert.ok(text.includes(framing), `${format}: ${framing}`);
        for (const feature of prompts.features) assert.ok(text.includes(feature), `${format}: ${feature}`);
        for (const stage of prompts.pipeline) assert.ok(text.includes(stage), `${format}: ${stage}`);
        for (const hint of [
          prompts.servingMode,
          prompts.io,
          prompts.labels,
          prompts.loss,
          prompts.metricNotes,
          study.typicalScale,
          study.latencyBudget,
        ]) {
          assert.ok(text.includes(hint), `${format}: ${hint}`);
        }
        const doc = parseDesignDoc(text, format);
        assert.equal(doc.mermaid.length, 1, `${format}: one diagram`);
        assert.equal(doc.mermaid[0].source, diagram.join('\n'));
      }
    });
  }

  it('the blank and quick-45 templates have no diagram and no case hints', () => {
    for (const id of ['blank', 'quick-45'] as const) {
      for (const format of templateFormats)
        assert.equal(parseDesignDoc(renderTemplate(id, format), format).mermaid.length, 0);
    }
  });

  it('quick-45 keeps the key sub-topics of every step (their ids exist in the knowledge base)', () => {
    assert.deepEqual(
      templateModel('quick-45').steps.map((step) => step.items.length),
      [3, 3, 3, 3, 2, 3, 3],
    );
  });

  it('quick-45 keeps fewer prompts than blank, and time-boxes every step', () => {
    const quick = renderTemplate('quick-45', 'markdown');
    const blank = renderTemplate('blank', 'markdown');
    assert.ok((quick.match(/TODO/g) ?? []).length < (blank.match(/TODO/g) ?? []).length);
    let start = 0;
    for (const step of steps) {
      const clock = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
      assert.ok(
        quick.includes(`${step.interviewMinutes} min, ${clock(start)}–${clock(start + step.interviewMinutes)}.`),
        step.id,
      );
      start += step.interviewMinutes;
    }
  });
});
