/** Paths into JSON-like data, as JSON Schema validators report them and as authors read them. */

/** `/rules/missing-step` (a JSON pointer, as ajv's instancePath) → `['rules', 'missing-step']`. */
export function pointerSegments(instancePath: string): string[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `['rules', 'missing-step']` → `rules.missing-step`; `['tags', '1']` → `tags[1]`. */
export function keyPathLabel(path: readonly string[]): string {
  return path.map((segment, i) => (/^\d+$/.test(segment) && i > 0 ? `[${segment}]` : i ? `.${segment}` : segment)).join('');
}
