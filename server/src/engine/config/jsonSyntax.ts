/**
 * The syntax of a JSON config file (`.mlsdrc.json`), checked strictly and described in JSON's own words: the YAML
 * parser that reads the file's values would accept comments, single quotes, bare words and trailing commas, which
 * JSON tools reject, and would describe the rest in YAML's terms ("flow map"). One problem is reported, the first,
 * at the place to fix: an object, array or string that is never closed is shown at its opening character.
 * Iterative, so nesting cannot overflow the stack, and linear in the text.
 */

export interface JsonSyntaxError {
  /** Offsets into the text, [start, end). */
  start: number;
  end: number;
  message: string;
}

type Token =
  | { kind: '{' | '}' | '[' | ']' | ':' | ','; start: number; end: number }
  | { kind: 'string'; start: number; end: number; value: string }
  | { kind: 'value'; start: number; end: number }
  | { kind: 'end'; start: number; end: number };

class JsonError extends Error {
  constructor(
    readonly start: number,
    readonly end: number,
    message: string,
  ) {
    super(message);
  }
}

const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:e[+-]?\d+)?$/i;
const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** Reads the tokens of `text` one at a time. */
class Scanner {
  private at = 0;

  constructor(private readonly text: string) {}

  next(): Token {
    const { text } = this;
    while (this.at < text.length && ' \t\n\r'.includes(text[this.at])) this.at++;
    const start = this.at;
    if (start >= text.length) return { kind: 'end', start, end: start };
    const char = text[start];
    if ('{}[]:,'.includes(char)) {
      this.at++;
      return { kind: char as '{', start, end: this.at };
    }
    if (char === '"') return this.string(start);
    if (char === '-' || (char >= '0' && char <= '9')) {
      while (this.at < text.length && /[-+.\de]/i.test(text[this.at])) this.at++;
      if (!number.test(text.slice(start, this.at)))
        throw new JsonError(start, this.at, `${text.slice(start, this.at)} is not a valid number`);
      return { kind: 'value', start, end: this.at };
    }
    if (/[a-z_$]/i.test(char)) {
      while (this.at < text.length && /[\w$-]/.test(text[this.at])) this.at++;
      const word = text.slice(start, this.at);
      if (word === 'true' || word === 'false' || word === 'null') return { kind: 'value', start, end: this.at };
      throw new JsonError(start, this.at, `the bare word ${word} must be a string in double quotes ("${word}")`);
    }
    if (char === "'") throw new JsonError(start, start + 1, 'strings are written in double quotes, not single quotes');
    if (char === '/' && (text[start + 1] === '/' || text[start + 1] === '*'))
      throw new JsonError(start, start + 2, 'comments are not allowed in JSON (a .mlsdrc.yaml may have them)');
    throw new JsonError(start, start + 1, `unexpected character "${char}"`);
  }

  private string(start: number): Token {
    const { text } = this;
    for (let i = start + 1; i < text.length; i++) {
      const c = text[i];
      if (c === '"') {
        this.at = i + 1;
        return { kind: 'string', start, end: this.at, value: JSON.parse(text.slice(start, this.at)) as string };
      }
      if (c === '\n' || c === '\r') break;
      if (c < ' ') throw new JsonError(i, i + 1, 'a control character in a string must be escaped (\\t, \\n, \\u0000)');
      if (c === '\\') {
        const escaped = text[i + 1] ?? '';
        const valid = escapes.has(escaped) || (escaped === 'u' && /^[\da-f]{4}$/i.test(text.slice(i + 2, i + 6)));
        if (!valid) throw new JsonError(i, i + 2, `"\\${escaped}" is not a valid escape`);
        i += escaped === 'u' ? 5 : 1;
      }
    }
    throw new JsonError(start, start + 1, 'the string opened here is never closed by " on its line');
  }
}

interface Container {
  kind: 'object' | 'array';
  /** Offset of its "{" or "[". */
  start: number;
  keys: Set<string>;
  /** Where the reading stands: just opened, after an entry, or after the comma that asks for another. */
  state: 'opened' | 'entry' | 'comma';
  /** The last key read (objects), for messages. */
  key?: string;
  comma?: Token;
}

/** A token as written (a string with its quotes), or "the end of the file". */
function describeToken(token: Token, text: string): string {
  if (token.kind === 'end') return 'the end of the file';
  const written = text.slice(token.start, Math.min(token.end, token.start + 40));
  return token.kind === 'string' ? written : `"${written}"`;
}

/** The first syntax error of a JSON text, or undefined when it is valid JSON (or only blanks: an empty config). */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    check(text);
    return undefined;
  } catch (error) {
    if (error instanceof JsonError) return { start: error.start, end: error.end, message: error.message };
    throw error;
  }
}

function check(text: string): void {
  const scanner = new Scanner(text);
  const stack: Container[] = [];
  let token = scanner.next();
  if (token.kind === 'end') return;

  const unexpected = (wanted: string): JsonError => {
    const open = stack[stack.length - 1];
    if (token.kind === 'end' && open) {
      const close = open.kind === 'object' ? '}' : ']';
      return new JsonError(
        open.start,
        open.start + 1,
        `the ${open.kind} opened here with ${open.kind === 'object' ? '{' : '['} is never closed by ${close}`,
      );
    }
    const end = Math.max(token.end, token.start + 1);
    return new JsonError(token.start, end, `expected ${wanted}, found ${describeToken(token, text)}`);
  };
  /** Reads a value at the current token: a scalar, or the opening of an object or array read by the loop below. */
  const value = (): void => {
    if (token.kind === '{' || token.kind === '[') {
      stack.push({
        kind: token.kind === '{' ? 'object' : 'array',
        start: token.start,
        keys: new Set(),
        state: 'opened',
      });
    } else if (token.kind !== 'string' && token.kind !== 'value') throw unexpected('a value');
    else if (stack.length) stack[stack.length - 1].state = 'entry';
    token = scanner.next();
  };

  value();
  while (stack.length) {
    const open = stack[stack.length - 1];
    const close = open.kind === 'object' ? '}' : ']';
    if (token.kind === close) {
      if (open.state === 'comma')
        throw new JsonError(open.comma!.start, open.comma!.end, `a comma before the closing ${close} is not allowed`);
      stack.pop();
      if (stack.length) stack[stack.length - 1].state = 'entry';
      token = scanner.next();
    } else if (open.state === 'entry') {
      const after = open.kind === 'object' ? `the value of "${open.key}"` : 'an element of the array';
      if (token.kind !== ',') throw unexpected(`"," or "${close}" after ${after}`);
      open.state = 'comma';
      open.comma = token;
      token = scanner.next();
    } else if (open.kind === 'array') {
      value();
    } else {
      if (token.kind !== 'string') throw unexpected('a property name in double quotes');
      if (open.keys.has(token.value))
        throw new JsonError(token.start, token.end, `the property "${token.value}" appears twice in this object`);
      open.keys.add(token.value);
      open.key = token.value;
      token = scanner.next();
      if (token.kind !== ':') throw unexpected(`":" after the property name "${open.key}"`);
      token = scanner.next();
      value();
    }
  }
  if (token.kind !== 'end')
    throw new JsonError(
      token.start,
      token.end,
      `unexpected ${describeToken(token, text)} after the end of the JSON value`,
    );
}
