#!/usr/bin/env node
require('./requireBuilt')('mlsd', 'dist/cli/cli.js');
