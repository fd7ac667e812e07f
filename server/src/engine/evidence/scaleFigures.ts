import { scaleMultipliers, scaleRate, scaleUnits } from '../../knowledge';

const number =
  /(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(thousand|million|billion|trillion|mn|mm|bn|[kmbt万萬亿億]|тыс|млн|млрд)?(?![a-z])/gi;
const unitAfter = new RegExp(String.raw`^[^.;\n]{0,40}?(?:\b|(?=[\u0400-\u04ff\u4e00-\u9fff]))${scaleUnits}`, 'i');
const unitBefore = new RegExp(String.raw`\b${scaleUnits}\b[^.;\n\d]{0,25}$`, 'i');
const rateNear = new RegExp(String.raw`^[^.;\n]{0,40}?(?:${scaleRate})`, 'i');
const rateBefore = new RegExp(String.raw`(?:${scaleRate})[^.;\n\d]{0,10}$`, 'i');
const dataVolume = /^\s?(?:GB|TB|PB|EB|gigabytes?|terabytes?|petabytes?)\b/i;
/** Orders of magnitude in words: "millions of users", "billions of videos". */
const spelled = new RegExp(
  String.raw`\b(?:(?:hundreds|tens) of )?(?:thousands|millions|billions|trillions) of\s(?:[\w-]+\s){0,2}${scaleUnits}\b`,
  'gi',
);

/**
 * The scale figures of a text, as [start, end) offsets: a count of users or items (1,000 or more), a request rate,
 * a data volume, or an order of magnitude in words. The units and multipliers are knowledge data.
 */
export function scaleFigures(text: string): [number, number][] {
  const found: [number, number][] = [];
  const digits = /\d/.test(text);
  if (!digits && !/thousands|millions|billions|trillions/i.test(text)) return found;
  spelled.lastIndex = 0;
  for (const match of text.matchAll(spelled)) found.push([match.index, match.index + match[0].length]);
  if (!digits) return found;
  for (const match of text.matchAll(number)) {
    const multiplier = match[2] ? (scaleMultipliers[match[2].toLowerCase()] ?? 1) : 1;
    const value = Number(match[1].replace(/,/g, '')) * multiplier;
    const end = match.index + match[0].length;
    const after = text.slice(end);
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const isFigure =
      dataVolume.test(after) ||
      (value >= 1 && (rateNear.test(after) || rateBefore.test(before))) ||
      (value >= 1000 && (unitAfter.test(after) || unitBefore.test(before)));
    if (isFigure) found.push([match.index, end]);
  }
  return found;
}
