import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../shared/project.js';

const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

/** Name and version of this tool, recorded in every index manifest. */
export const TOOL = { name: pkg.name, version: pkg.version };
