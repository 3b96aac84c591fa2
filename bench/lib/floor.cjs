// The floor of scenario 1: the CLI's own file walk (server/src/engine/workspace/walk.ts, bundled into
// bench/.build/walk.cjs), then reading and decoding every file as UTF-8, and nothing else.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { walk, nodeHost } = require(path.join(__dirname, '..', '.build', 'walk.cjs'));

const roots = process.argv.slice(2).map((p) => path.resolve(p));
const { files } = walk(nodeHost, roots);
let chars = 0;
for (const f of files) chars += fs.readFileSync(f, 'utf8').length;
process.stdout.write(JSON.stringify({ files: files.length, chars }) + '\n');
