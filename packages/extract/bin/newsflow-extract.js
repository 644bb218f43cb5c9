#!/usr/bin/env node
// The `newsflow-extract` command: src/cli/cli.ts under Node 24 (see @newsflow/launcher).
import { launch } from '@newsflow/launcher';

await launch({ name: 'newsflow-extract', binUrl: import.meta.url, entry: '../src/cli/cli.ts' });
