import type { ReportStep } from '../types';
import { escapeHtml } from './escape';

export interface ChartBar {
  label: string;
  value: number;
  /** What the value is measured against: the budget, or the step's sub-topics. */
  target: number;
}

/** Bars for the chart: minutes against budget when the report is of a practice session, else sub-topics covered. */
export function chartBars(steps: readonly ReportStep[]): { title: string; unit: string; bars: ChartBar[] } {
  if (steps.some((step) => step.minutes))
    return {
      title: 'Time per step against its budget',
      unit: 'min',
      bars: steps.map((step) => ({
        label: `${step.number}. ${step.title}`,
        value: step.minutes?.spent ?? 0,
        target: step.minutes?.budget ?? 0,
      })),
    };
  return {
    title: 'Sub-topics covered per step',
    unit: '',
    bars: steps.map((step) => ({
      label: `${step.number}. ${step.title}`,
      value: step.covered.length,
      target: step.covered.length + step.missing.length,
    })),
  };
}

const rowHeight = 26;
const labelWidth = 250;
const barWidth = 300;
const valueWidth = 90;

/**
 * A horizontal bar chart as an SVG string: one row per step, the target as an outlined bar and the value as a
 * filled one (red past the target). Theme colours through CSS variables, with fallbacks for a page outside VS Code.
 */
export function barChartSvg(title: string, unit: string, bars: readonly ChartBar[]): string {
  const max = Math.max(1, ...bars.flatMap((bar) => [bar.value, bar.target]));
  const scale = (n: number): number => Math.round((n / max) * barWidth * 10) / 10;
  const height = bars.length * rowHeight + 8;
  const width = labelWidth + barWidth + valueWidth;
  const rows = bars.map((bar, i) => {
    const y = i * rowHeight + 4;
    const over = bar.value > bar.target;
    const suffix = unit ? ` ${unit}` : '';
    return [
      `<text x="0" y="${y + 16}" class="chart-label">${escapeHtml(bar.label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 3}" width="${scale(bar.target)}" height="16" class="chart-target"/>`,
      `<rect x="${labelWidth}" y="${y + 6}" width="${scale(bar.value)}" height="10" class="${over ? 'chart-over' : 'chart-value'}"/>`,
      `<text x="${labelWidth + barWidth + 8}" y="${y + 16}" class="chart-label">${bar.value}/${bar.target}${suffix}</text>`,
    ].join('');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${rows.join('')}</svg>`;
}
