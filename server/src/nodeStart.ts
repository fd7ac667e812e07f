/**
 * What Node runs for the language server (dist/server/server.js): the server's bundle (./nodeMain.ts, built as
 * dist/server/languageServer.js), from V8's code cache where the editor gives a folder for one (./codeCache.ts).
 */
import { join } from 'node:path';
import { requireBundle } from './codeCache';

requireBundle(join(__dirname, 'languageServer.js'));
