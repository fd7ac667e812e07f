#!/usr/bin/env node
// The editors' entry point. The server needs a transport; without one (a user trying the command) it says so
// instead of failing inside the protocol library.
const transports = ['--stdio', '--node-ipc', '--socket=PORT', '--pipe=NAME'];
const args = process.argv.slice(2);
const help = `Usage: mlsd-language-server ${transports.join(' | ')}

The mlsd language server (LSP 3.17) for machine-learning system design docs: diagnostics, quick fixes,
completion, hover, outline and preview. Editors start it; most use --stdio.

Options:
  --code-cache-dir=PATH   Keep V8's compiled code of the server in PATH: later starts are faster.
  -h, --help              Show this help.
  -v, --version           Show the version.`;

if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${help}\n`);
} else if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${require('../package.json').version}\n`);
} else if (!args.some((arg) => transports.some((transport) => arg.split('=')[0] === transport.split('=')[0]))) {
  process.stderr.write(
    `mlsd-language-server: no transport given: start it with ${transports.join(', ')}\nSee "mlsd-language-server --help".\n`,
  );
  process.exitCode = 2;
} else {
  require('./requireBuilt')('mlsd-language-server', 'dist/server/server.js');
}
