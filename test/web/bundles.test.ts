/**
 * The web builds (dist/web/, `npm run build`) run in a browser: the client in VS Code's web extension host, the
 * server in a web worker. Neither may bring in a Node built-in, and esbuild's metafile for each says what went in:
 * no module imports one, nothing is left external but the `vscode` API, and the Node-only parts of mlsd (the disk,
 * worker threads, the Mermaid worker) stay out. The client carries no server code, as on the desktop.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';

interface Metafile {
  inputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
}

const root = join(__dirname, '..', '..');
const metafiles = { client: 'dist/web/extension.meta.json', server: 'dist/web/server.meta.json' };
const built = Object.values(metafiles).every((file) => existsSync(join(root, file)));
const read = (file: string): Metafile => JSON.parse(readFileSync(join(root, file), 'utf8'));

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
/** mlsd's Node-only modules and packages: the disk, worker threads, Mermaid and its DOM. */
const nodeOnly = [
  /server\/src\/workspace\/node/,
  /server\/src\/nodeMain\.ts$/,
  /features\/(?:lintWorker|lintJobs|diagramChecker)\.ts$/,
  /mermaidWorker\/(?:mermaidWorkerThread|worker|mermaidParser)\.ts$/,
  /node_modules\/(?:mermaid|happy-dom)\//,
];

describe('web bundles', { skip: built ? false : 'the web builds are missing: run `npm run build`' }, () => {
  for (const [name, file] of Object.entries(metafiles)) {
    it(`the ${name} imports no Node built-in and leaves nothing external but vscode`, () => {
      const { inputs } = read(file);
      const imports = Object.entries(inputs).flatMap(([input, { imports }]) =>
        imports.map((imported) => ({ input, ...imported })),
      );
      assert.ok(imports.length > 10, 'the metafile lists the imports');
      const offending = imports.filter(
        (imported) => builtins.has(imported.path) || (imported.external && imported.path !== 'vscode'),
      );
      assert.deepEqual(offending, []);
    });

    it(`the ${name} holds none of mlsd's Node-only modules`, () => {
      const inputs = Object.keys(read(file).inputs);
      assert.deepEqual(
        inputs.filter((input) => nodeOnly.some((pattern) => pattern.test(input))),
        [],
      );
    });
  }

  it('the server has the engine and the client has none of the server', () => {
    const server = Object.keys(read(metafiles.server).inputs);
    const client = Object.keys(read(metafiles.client).inputs);
    assert.ok(server.some((input) => input.startsWith('server/src/engine/')));
    assert.deepEqual(
      client.filter((input) => input.startsWith('server/')),
      [],
    );
  });
});
