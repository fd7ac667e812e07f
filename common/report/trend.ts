import { escapeHtml } from './escape';

export interface TrendPoint {
  /** Shown under the point (a date). */
  label: string;
  /** 0–100. */
  score: number;
}

const width = 600;
const height = 182;
// Room for a point's label, centred under it, at either end.
const left = 90;
const right = 48;
const top = 24;
const plotHeight = 110;

/**
 * The score over a case study's sessions as an SVG line chart string: 0–100 on the y axis, one point per session in
 * order, each with its score above and its label below. Theme colours through the report's CSS classes.
 */
export function scoreTrendSvg(points: readonly TrendPoint[]): string {
  const step = points.length > 1 ? (width - left - right) / (points.length - 1) : 0;
  const x = (i: number): number =>
    Math.round((points.length > 1 ? left + i * step : (left + width - right) / 2) * 10) / 10;
  const y = (score: number): number => Math.round((top + plotHeight * (1 - score / 100)) * 10) / 10;
  const grid = [0, 50, 100].map(
    (score) =>
      `<line x1="${left}" x2="${width - right}" y1="${y(score)}" y2="${y(score)}" class="chart-grid"/><text x="${left - 24}" y="${y(score) + 4}" text-anchor="end" class="chart-label">${score}</text>`,
  );
  const line = `<polyline points="${points.map((p, i) => `${x(i)},${y(p.score)}`).join(' ')}" class="chart-line"/>`;
  const marks = points.map(
    (p, i) =>
      `<circle cx="${x(i)}" cy="${y(p.score)}" r="4" class="chart-point"/>` +
      `<text x="${x(i)}" y="${y(p.score) - 8}" text-anchor="middle" class="chart-label">${p.score}</text>` +
      `<text x="${x(i)}" y="${top + plotHeight + 22}" text-anchor="middle" class="chart-label">${escapeHtml(p.label)}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Score over sessions" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${grid.join('')}${line}${marks.join('')}</svg>`;
}
