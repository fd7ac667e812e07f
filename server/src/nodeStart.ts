/**
 * What Node runs for the language server (dist/server/server.js): the server's bundle (./nodeMain.ts, built as
 * dist/server/languageServer.js), from V8's code cache where the editor gives a folder for one (./codeCache.ts).
 */
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { requireBundle } from './codeCache';

/**
 * After a full collection V8 lets the old generation grow up to four times what was live before it collects again. A
 * lint allocates some 4 MB for a small doc, so with 200 docs opened in a row the server held about 110 MB of heap for
 * 25 MB live. Twice what was live keeps about 30 MB less, with the same edit latency on a 2,000-line doc (1.3 times
 * kept 55 MB less, but full collections came often enough to slow typing). V8 reads the flag at each collection: set
 * here, it applies however the server is started, and to its worker threads. It is set before the bundle is loaded:
 * V8 rejects a code cache made with other flags.
 */
setFlagsFromString('--heap-growing-percent=100');

requireBundle(join(__dirname, 'languageServer.js'));
