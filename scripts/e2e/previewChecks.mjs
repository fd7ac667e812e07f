// Checks the driver (run.mjs) makes in the real VS Code workbench, where only a browser can act: the Problems panel
// lists a Mermaid error; the preview webview's zoom, pan and SVG and PNG export work as a user drives them (the toolbar
// button runs the extension's export, VS Code's save dialog is accepted with Enter, the file lands in the workspace);
// the preview follows the editor when it scrolls. Each check resolves to { title, ok, detail }; every wait is bounded
// and waits on the DOM, a scroll event or the file, not a timer.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const bounded = (promise, ms, what) =>
  Promise.race([
    promise,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms).unref(),
    ),
  ]);

async function check(title, body) {
  try {
    return { title, ok: true, detail: await body() };
  } catch (error) {
    return { title, ok: false, detail: String(error?.stack ?? error) };
  }
}

/** The Problems panel (opened on the diagram doc by the harness) shows the Mermaid error. */
export function checkProblemsPanel(page) {
  return check('driver: the Problems panel lists the Mermaid syntax error', async () => {
    const row = page
      .locator('.markers-panel .monaco-list-row', { hasText: 'Mermaid cannot parse this diagram' })
      .first();
    await row.waitFor({ state: 'visible', timeout: 60_000 });
    return (await row.innerText()).replace(/\s+/g, ' ').slice(0, 160);
  });
}

/** Zoom, pan, reset and SVG export of the first diagram in the open preview (the webview of `view`). */
export async function checkPreviewInteractions(page, view, workspace, docName) {
  const figure = view.locator('.mlsd-diagram').first();
  const canvas = figure.locator('.mlsd-diagram-canvas');
  const transform = () => canvas.evaluate((el) => el.style.transform);
  const results = [];
  results.push(
    await check('driver: the preview zooms a diagram with its toolbar', async () => {
      await figure.hover();
      await figure.locator('.mlsd-zoom-in').click();
      await figure.locator('.mlsd-zoom-in').click();
      const value = await transform();
      if (!/scale\(1\.5625\)/.test(value)) throw new Error(`transform after two zoom-ins: ${value}`);
      return value;
    }),
  );
  results.push(
    await check('driver: the preview pans a diagram by dragging, and resets', async () => {
      const box = await figure.locator('.mlsd-diagram-viewport').boundingBox();
      if (!box) throw new Error('the diagram viewport has no box');
      const before = await transform();
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + 40, y + 10, { steps: 4 });
      await page.mouse.move(x + 80, y + 20, { steps: 4 });
      await page.mouse.up();
      const after = await transform();
      const [, dx, dy] = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(after) ?? [];
      const [, bx, by] = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(before) ?? [];
      if (Math.abs(Number(dx) - Number(bx) - 80) > 2 || Math.abs(Number(dy) - Number(by) - 20) > 2)
        throw new Error(`drag by (80, 20): ${before} → ${after}`);
      await figure.locator('.mlsd-zoom-reset').click();
      const reset = await transform();
      if (!/translate\(0px, 0px\) scale\(1\)/.test(reset)) throw new Error(`after reset: ${reset}`);
      return `${before} → ${after} → ${reset}`;
    }),
  );
  /** Exports the first diagram with its toolbar button and the save dialog's default name; the file's content. */
  const exportThroughDialog = async (format, complete) => {
    const file = path.join(workspace, docName.replace(/\.mlsd\.md$/, `-diagram-1.${format}`));
    await figure.hover();
    await figure.locator(`.mlsd-export-${format}`).click();
    const dialog = page.locator('.quick-input-widget');
    await dialog.waitFor({ state: 'visible', timeout: 30_000 });
    await page.keyboard.press('Enter');
    await bounded(
      new Promise((resolve) => {
        const poll = () => (existsSync(file) && complete(readFileSync(file)) ? resolve() : setTimeout(poll, 100));
        poll();
      }),
      30_000,
      file,
    );
    return { name: path.basename(file), bytes: readFileSync(file) };
  };
  results.push(
    await check('driver: the preview exports a diagram as SVG through the save dialog', async () => {
      const { name, bytes } = await exportThroughDialog('svg', (content) => content.includes('</svg>'));
      const svg = bytes.toString('utf8');
      if (!svg.startsWith('<?xml') || !/<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(svg))
        throw new Error(`not an SVG file: ${svg.slice(0, 120)}`);
      return `${name}, ${svg.length} bytes`;
    }),
  );
  results.push(
    await check('driver: the preview exports a diagram as PNG through the save dialog', async () => {
      // Complete once the image's last chunk (IEND) is written.
      const { name, bytes } = await exportThroughDialog('png', (content) => content.includes('IEND'));
      if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
        throw new Error(`not a PNG file: ${bytes.subarray(0, 8).toString('hex')}`);
      // The IHDR chunk right after the signature holds the width and height.
      const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
      if (width === 0 || height === 0) throw new Error(`an empty image: ${width}×${height}`);
      return `${name}, ${width}×${height}, ${bytes.length} bytes`;
    }),
  );
  return results;
}

/**
 * The editor showing the previewed doc was scrolled (by the harness) so that document line `line`, a block's first
 * line, is at its top: the preview brings that block to its top, or scrolls as far as its page goes. Waits on the
 * webview's scroll events.
 */
export function checkPreviewFollowsEditor(view, line) {
  return check('driver: the preview follows the editor when the editor scrolls', async () => {
    const block = view.locator(`.mlsd-doc [data-line="${line}"]`).first();
    const top = await bounded(
      block.evaluate(
        (element) =>
          new Promise((resolve) => {
            // Runs in the webview: its window and document, reached through the element.
            const page = element.ownerDocument.defaultView;
            const followed = () => {
              const top = element.getBoundingClientRect().top;
              const atBottom =
                page.scrollY + page.innerHeight >= element.ownerDocument.documentElement.scrollHeight - 1;
              return page.scrollY > 0 && (Math.abs(top) <= 1 || atBottom) ? top : undefined;
            };
            const now = followed();
            if (now !== undefined) return resolve(now);
            page.addEventListener('scroll', function onScroll() {
              const top = followed();
              if (top === undefined) return;
              page.removeEventListener('scroll', onScroll);
              resolve(top);
            });
          }),
      ),
      30_000,
      `the preview to bring line ${line + 1} to its top`,
    );
    return `line ${line + 1} at ${top.toFixed(0)} px from the preview's top`;
  });
}
