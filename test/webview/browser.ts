/**
 * Runs the preview webview in headless Debian Chromium (playwright-core; never a downloaded browser). Pages are served
 * from a loopback HTTP server: the built bundle (media/preview/dist) plus the page from common/preview/html.ts with the
 * webview's real CSP (or, for the defence-in-depth XSS run, without it). A stub `acquireVsCodeApi` records what the
 * webview posts; host messages are delivered with window.postMessage, as VS Code does.
 *
 * Page code is passed to Playwright as strings (the test tsconfig has no DOM lib) and evaluated over CDP, which the
 * page's CSP does not govern. What the test waits for is reported by the page through exposed bindings (posted
 * messages, render-state changes), so waits resolve on events, not on timers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { defaultRules, lint, parseDesignDoc } from '../../server/src/engine';
import { buildPreviewModel } from '../../server/src/services/previewModel';
import { makeNonce, webviewHtml } from '../../common/preview/html';
// Headless, and nothing that reaches the network on its own (the real-VS-Code driver uses the same flags).
import chromiumArgs from '../helpers/chromiumArgs.json';
import type { HostMessage, PreviewModel, WebviewMessage, WebviewState } from '../../common/preview/messages';

export const root = path.resolve(__dirname, '..', '..');
export const bundleDir = path.join(root, 'media', 'preview', 'dist');
export const chromiumPath = process.env.MLSD_CHROMIUM || '/usr/bin/chromium';

/** A skip reason for node:test, or false. In CI (which installs chromium) a missing browser fails instead. */
export function skipReason(): string | false {
  if (!existsSync(path.join(bundleDir, 'preview.js')))
    return process.env.CI ? false : 'media/preview/dist/preview.js is missing: run `npm run build`';
  if (existsSync(chromiumPath) || process.env.CI) return false;
  return `${chromiumPath} is absent (apt-get install chromium); webview tests skipped`;
}

export function modelOf(text: string, uri = 'file:///ws/doc.mlsd.md', version = 1): PreviewModel {
  const format = /\.ya?ml$/.test(uri) ? 'yaml' : 'markdown';
  const doc = parseDesignDoc(text, format);
  return buildPreviewModel({ uri, version, doc, findings: lint(doc, { rules: defaultRules }) });
}

/** The init script: the VS Code API stub and the XSS tripwires, defined before any page script runs. */
const initScript = `
  window.__posted = [];
  window.__state = undefined;
  window.__xss = false;
  window.__xssHits = 0;
  window.__xssHit = function () { window.__xss = true; window.__xssHits++; };
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', function (e) {
    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
  });
  document.addEventListener('DOMContentLoaded', function () {
    new MutationObserver(function () {
      if (window.__mlsdRenderState) window.__mlsdRenderState(document.body.dataset.renderState || '');
    }).observe(document.body, { attributes: true, attributeFilter: ['data-render-state'] });
  });
  window.acquireVsCodeApi = function () {
    return {
      postMessage: function (m) { window.__posted.push(m); if (window.__mlsdPosted) window.__mlsdPosted(m); },
      getState: function () { return window.__state; },
      setState: function (s) { window.__state = s; if (window.__mlsdState) window.__mlsdState(s); },
    };
  };
`;

export class WebviewHarness {
  private constructor(
    readonly browser: Browser,
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<WebviewHarness> {
    const server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      if (url.pathname === '/preview.html') {
        const nonce = makeNonce();
        let html = webviewHtml({
          nonce,
          cspSource: origin,
          scriptUri: `${origin}/preview.js`,
          styleUri: `${origin}/preview.css`,
        });
        if (url.searchParams.get('csp') === 'off')
          html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, '');
        const theme = url.searchParams.get('theme') ?? 'vscode-light';
        html = html.replace('<body>', `<body class="${theme}">`);
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
        return;
      }
      const file = { '/preview.js': 'preview.js', '/preview.css': 'preview.css' }[url.pathname];
      if (!file) {
        response.writeHead(404).end();
        return;
      }
      const type = file.endsWith('.js') ? 'text/javascript' : 'text/css';
      response
        .writeHead(200, { 'content-type': `${type}; charset=utf-8` })
        .end(readFileSync(path.join(bundleDir, file)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
    return new WebviewHarness(browser, server, origin);
  }

  /** A fresh page with the webview loaded and its 'ready' posted. */
  async open(options: { csp?: boolean; theme?: string } = {}): Promise<WebviewPage> {
    const page = await this.browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const webview = new WebviewPage(page, errors);
    await webview.listen();
    await page.addInitScript(initScript);
    const query = new URLSearchParams({
      csp: options.csp === false ? 'off' : 'on',
      theme: options.theme ?? 'vscode-light',
    });
    await page.goto(`${this.origin}/preview.html?${query.toString()}`);
    await webview.waitForPosted('ready');
    return webview;
  }

  /** Opens a file (a static export) in a fresh page with the XSS tripwires installed. */
  async openFile(file: string): Promise<WebviewPage> {
    const page = await this.browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const webview = new WebviewPage(page, errors);
    await webview.listen();
    await page.addInitScript(initScript.replace(/window\.acquireVsCodeApi = [\s\S]*$/, ''));
    await page.goto(`file://${file}`);
    return webview;
  }

  async close(): Promise<void> {
    await this.browser.close();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

interface Waiter {
  test(): boolean;
  resolve(): void;
}

export class WebviewPage {
  /** Everything the webview posted, in order. */
  readonly messages: WebviewMessage[] = [];
  private renderState = '';
  /** The last state the webview saved with setState. */
  state: WebviewState | undefined;
  private readonly waiters = new Set<Waiter>();

  constructor(
    readonly page: Page,
    /** Uncaught exceptions in the page. */
    readonly errors: string[],
  ) {}

  /** Installs the bindings the page reports through; before the page loads. */
  async listen(): Promise<void> {
    await this.page.exposeFunction('__mlsdPosted', (message: WebviewMessage) => {
      this.messages.push(message);
      this.check();
    });
    await this.page.exposeFunction('__mlsdState', (state: WebviewState) => {
      this.state = state;
      this.check();
    });
    await this.page.exposeFunction('__mlsdRenderState', (state: string) => {
      this.renderState = state;
      this.check();
    });
  }

  eval<T>(expression: string): Promise<T> {
    return this.page.evaluate<T>(expression);
  }

  /** Delivers a host message as VS Code does (a `message` event on window). */
  async send(message: HostMessage): Promise<void> {
    await this.page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`);
  }

  /** Sends an update and waits until its diagrams are rendered. */
  async show(model: PreviewModel): Promise<void> {
    await this.act(`window.postMessage(${JSON.stringify({ type: 'update', model } satisfies HostMessage)}, '*')`);
  }

  /**
   * Runs page code that starts a render pass (an update, a theme change) and waits until the pass is over: the
   * webview sets `data-render-state` to "rendering" when a pass starts and "idle" when it ends, so marking the state
   * first makes the wait see this pass, not an earlier one.
   */
  async act(expression: string): Promise<void> {
    this.renderState = 'requested';
    await this.page.evaluate(`document.body.dataset.renderState = 'requested'; ${expression}`);
    await this.until(() => this.renderState === 'idle', 'the render pass to finish');
  }

  /** The first message of `type` posted after `since` messages, waiting for it. */
  async waitForPosted<T extends WebviewMessage['type']>(
    type: T,
    since = 0,
  ): Promise<Extract<WebviewMessage, { type: T }>> {
    const find = () =>
      this.messages.slice(since).find((m) => m.type === type) as Extract<WebviewMessage, { type: T }> | undefined;
    await this.until(() => find() !== undefined, `a posted "${type}" message`);
    return find()!;
  }

  /** Resolves when `test` holds, re-checked on every message, saved state and render-state change from the page. */
  until(test: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(
          new Error(
            `timed out after ${timeoutMs} ms waiting for ${what}; posted: ${JSON.stringify(this.messages.map((m) => m.type))}; errors: ${this.errors.join(' | ')}`,
          ),
        );
      }, timeoutMs);
      const waiter: Waiter = {
        test,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.waiters.add(waiter);
    });
  }

  private check(): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.test()) {
        this.waiters.delete(waiter);
        waiter.resolve();
      }
    }
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
