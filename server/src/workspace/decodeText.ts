/** The text of a file as mlsd reads it, or why it is not text to lint (binary, not UTF-8, too large). */

/** Design docs are prose: anything this big is a data file or a mistake, and reading it would stall the run. */
export const maxFileBytes = 8 * 1024 * 1024;

export type Decoded = { text: string } | { skipped: string };

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The reason a file of `size` bytes is skipped before reading, if it is too large. */
export function tooLarge(size: number): string | undefined {
  return size > maxFileBytes ? `too large (${megabytes(size)}; the limit is ${megabytes(maxFileBytes)})` : undefined;
}

/** UTF-8 text (a BOM kept, so a fix writes it back), or the reason it is skipped. A NUL byte near the start marks a binary file, as in git. */
export function decodeText(bytes: Uint8Array): Decoded {
  const large = tooLarge(bytes.length);
  if (large) return { skipped: large };
  if (bytes.subarray(0, 8000).includes(0)) return { skipped: 'binary file' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { skipped: 'not UTF-8 text' };
  }
}
