/**
 * Placeholders and to-do markers left in a design doc, read by the coverage model (a placeholder is not content) and
 * by the placeholder-text rule. Each is a placeholder wherever it appears: "fill in missing values" and
 * "<user, item>" are content, "TBD" and "<fill in>" are not. Each matches exactly the offending text, so a finding
 * can point at it.
 */
/**
 * The part of a marker's match named `lead` is context, not the placeholder: "- ..." marks only the dots. (A
 * lookbehind would say the same, but re-scans the line at every position: slow on long runs of spaces.)
 */
export const placeholderMarkers: readonly RegExp[] = [
  /\b(?:todo|tbd|tbc|tba|fixme)\b/gi,
  /\b(?:XXX|WIP)\b/g,
  /\blorem ipsum\b/gi,
  /\bcoming soon\b/gi,
  /\bfill (?:this|me) in\b|\bfill in (?:later|here|the blanks?)\b/gi,
  // "(to be added)", or "to be decided." ending the line; "ranking is to be completed within 50 ms" is content.
  new RegExp(
    [
      String.raw`\(\s*to be (?:added|done|completed|written|continued|decided|determined|defined|filled in)\s*\)`,
      String.raw`\bto be (?:added|done|completed|written|continued|decided|determined|defined|filled in)(?=\s*(?:[.!]+\s*)?$)`,
    ].join('|'),
    'gi',
  ),
  // Angle and square brackets around an instruction: "<fill in>", "<describe the model>", "[add metrics]".
  /<\s*(?:fill|add|insert|write|describe|enter|put|your|todo|tbd|placeholder)\b[^<>\n]*>/gi,
  /\[\s*(?:fill|add|insert|write|describe|enter|your|todo|tbd|placeholder)\b[^\][\n]*\](?!\()/gi,
  /\{\{[^{}\n]*\}\}/g,
  /\?{3,}/g,
  // An ellipsis as the whole value: "- ...", "Offline metrics: …".
  /^(?<lead>\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?)(?:\.{3,}|…)(?=(?:\*\*|__)?\s*$)/g,
  /(?<lead>:(?:\*\*|__)?[ \t]*)(?:\.{3,}|…)(?=\s*$)/g,
  // A template's bracketed value as the whole answer: "**Project Name**: [Name]", "Owner: [team]".
  /(?<lead>:(?:\*\*|__)?[ \t]*)\[[^\]\n]{1,80}\](?=\s*$)/g,
];

/** Every marker contains one of these: lines without any skip the markers. */
export const placeholderHint = /todo|tb[dca]|fixme|xxx|wip|lorem|coming soon|fill|to be |[<[{?…]|\.\.\./i;
