import type { DesignDoc } from '../model/designDoc';
import type { Rule, RuleReport } from './rule';
import { TextMemo } from '../model/cache';
import { ambiguousOnlineMetricIds, offlineOnlyMetricIds } from '../../knowledge';
import { allLines, stepLines, type ReadableLine } from '../model/readableLines';
import { hasContent } from './helpers/stepContent';
import { metricSuggestion } from './helpers/metricAdvice';
import { evaluationMentions } from './helpers/metricMentions';

type Scope = 'offline' | 'online';

const scopeWord = (word: string): Scope => (/^(?:offline|离线)$/i.test(word) ? 'offline' : 'online');

/** A heading or YAML key that is only a label: "Offline metrics", "5.2 Online evaluation", "offline_metrics", "离线指标". */
const labelTitle =
  /^(?:[\d.)]+\s*)?(?:\*\*|__)?(offline|online|离线|在线|线上)(?:[\s_-]+(?:metrics?|evaluation|eval|kpis?|measures?|testing|experiments?))?(?:\s*(?:指标|评估))?(?:\*\*|__)?\s*(?:[:：]\s*)?$/i;

/**
 * A label at the start of a line (after a list marker or bold): "- Offline:", "**Online metrics:** CTR", "offline:"
 * (YAML), or a bare "* Offline" line heading a nested list.
 */
const lineLabel =
  /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?(offline|online)(?:[\s_-]+(?:metrics?|evaluation|eval|kpis?|measures?))?(?:\*\*|__)?\s*(?:[:：]|$)/i;

/** A label inside a line: "... recall@10. Online: CTR ..." (a colon is required there). */
const inlineLabel =
  /(?:^|[.;|]\s*|\s)(?:\*\*|__)?(offline|online)(?:[\s-]+(?:metrics?|evaluation))?(?:\*\*|__)?\s*[:：]/gi;

/** The author already says the figure is an offline estimate of an online metric. */
const proxyWords =
  /\b(?:prox(?:y|ies)|replay\w*|counterfactual|off[\s-]policy|inverse propensity|IPS|simulat\w*|estimat\w*|calibrat\w*|observed|predicted)\b/i;

interface Scoped {
  line: ReadableLine;
  /** Scope of each character range of the line: [from, scope, label]. */
  spans: { from: number; scope?: Scope; label?: string }[];
}

/** The offline/online labels a line gives itself: at its start ("- Offline:") and inside it ("... Online: CTR"). */
interface LineLabels {
  indent: number;
  own?: { scope: Scope; label: string; length: number };
  inline: { from: number; scope: Scope; label: string }[];
}

/** Each line's labels, remembered with the doc. */
const lineLabels = TextMemo.each((text): LineLabels => {
  const own = lineLabel.exec(text);
  const labels: LineLabels = { indent: /^\s*/.exec(text)![0].length, inline: [] };
  if (own)
    labels.own = {
      scope: scopeWord(own[1]),
      label: own[0].replace(/^[\s*+\-\d.)_]+|(?<![\s*_:：])[\s*_:：]+$/g, ''),
      length: own[0].length,
    };
  for (const match of text.matchAll(inlineLabel)) {
    if (own && match.index < own[0].length) continue;
    labels.inline.push({
      from: match.index,
      scope: scopeWord(match[1]),
      label: match[0].replace(/^[\s.;|*_]+|(?<![\s*_:：])[\s*_:：]+$/g, ''),
    });
  }
  return labels;
});

/**
 * The offline/online scope of every evaluation line, from headings, line labels and inline labels. The whole doc is
 * walked so that heading levels stay right; only the evaluation's lines are returned.
 */
function scopedLines(doc: DesignDoc, wanted: readonly ReadableLine[]): Scoped[] {
  const keep = new Set(wanted.map((l) => l.line));
  const headings: { level: number; scope?: Scope; label?: string }[] = [];
  const blocks: { indent: number; scope: Scope; label: string }[] = [];
  const sectionAt = new Map(doc.sections.map((s) => [s.headingRange.start.line, s]));
  const scoped: Scoped[] = [];
  for (const entry of allLines(doc)) {
    const { line, text } = entry;
    if (!text.trim()) continue;
    const section = sectionAt.get(line);
    const { indent, own, inline } = lineLabels.get(doc, text);
    while (blocks.length && blocks[blocks.length - 1].indent >= indent) blocks.pop();
    if (section && (section.kind === 'heading' || section.kind === 'bold-line' || section.kind === 'step-line')) {
      const match = labelTitle.exec(section.title);
      while (headings.length && headings[headings.length - 1].level >= section.level) headings.pop();
      headings.push({
        level: section.level,
        scope: match ? scopeWord(match[1]) : undefined,
        label: match ? section.title : undefined,
      });
      blocks.length = 0;
      if (section.kind !== 'bold-line') continue;
    }
    if (!keep.has(line)) {
      if (own) blocks.push({ indent, scope: own.scope, label: own.label });
      continue;
    }
    const outer = blocks[blocks.length - 1] ?? [...headings].reverse().find((h) => h.scope);
    const spans: Scoped['spans'] = [{ from: 0, scope: outer?.scope, label: outer?.label }];
    if (own) {
      spans[0] = { from: 0, scope: own.scope, label: own.label };
      blocks.push({ indent, scope: own.scope, label: own.label });
    }
    spans.push(...inline);
    scoped.push({ line: entry, spans });
  }
  return scoped;
}

function check(doc: DesignDoc): RuleReport[] {
  if (!hasContent(doc, 'evaluation')) return [];
  const lines = stepLines(doc, ['evaluation']);
  const scoped = new Map(scopedLines(doc, lines).map((entry) => [entry.line.line, entry.spans]));
  const reports: RuleReport[] = [];
  for (const mention of evaluationMentions(doc)) {
    const span = [...(scoped.get(mention.range.start.line) ?? [])].reverse().find((s) => s.from <= mention.index);
    if (!span?.scope || !mention.used) continue;
    const before = mention.lineText.slice(span.from, mention.index);
    const { metric } = mention;
    if (span.scope === 'offline' && metric.kind === 'online' && !ambiguousOnlineMetricIds.has(metric.id)) {
      if (proxyWords.test(mention.lineText) || /\bonline\b/i.test(before)) continue;
      reports.push({
        message: `${metric.name} is listed under "${span.label}", but it is an online metric: it is measured on live traffic, usually in an A/B test. Computed on a static test set it is really a proxy, because the logged data only reflects what the old model chose to show. Move it to the online metrics, and measure the model offline on held-out data, ${metricSuggestion(doc, 'offline')}; if you do mean an offline estimate, say how it is corrected (e.g. replay or inverse propensity weighting).`,
        range: mention.range,
      });
    } else if (span.scope === 'online' && metric.kind === 'offline' && offlineOnlyMetricIds.has(metric.id)) {
      if (/\boffline\b/i.test(before)) continue;
      reports.push({
        message: `${metric.name} is listed under "${span.label}", but it is an offline metric: it needs labelled held-out data and says nothing about business impact. Move it to the offline metrics; online, compare a business metric between control and treatment in an A/B test, ${metricSuggestion(doc, 'online')}.`,
        range: mention.range,
      });
    }
  }
  return reports;
}

export const offlineOnlineConfusion: Rule = {
  id: 'offline-online-confusion',
  name: 'Offline and online metrics mixed up',
  summary: 'an online metric listed as offline, or an offline metric listed as online',
  description:
    'A metric is filed under the wrong kind of evaluation: an online metric (CTR, watch time, revenue, conversion rate) under an "Offline" label or sub-section, or an offline metric (nDCG, log loss, precision@k, ROC-AUC) under "Online". Offline metrics judge the model on held-out data; online metrics measure business impact on live traffic. CTR computed on a static test set is really a proxy, biased by what the old model showed, so interviewers read the mix-up as not knowing how models are evaluated.',
  defaultSeverity: 'warning',
  step: 'evaluation',
  tags: ['evaluation', 'metrics'],
  examples: {
    bad: '## 5. Evaluation\n- Offline: CTR and nDCG@10 on the last week of logs\n- Online: watch time in an A/B test',
    good: '## 5. Evaluation\n- Offline: nDCG@10 and recall@100 on the last week of logs\n- Online: CTR and watch time in an A/B test',
  },
  check,
};
