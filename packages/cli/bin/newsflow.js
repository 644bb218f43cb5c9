#!/usr/bin/env node
// The `newsflow` command: src/main.ts under Node 24 (see @newsflow/launcher).
import { launch } from '@newsflow/launcher';

await launch({ name: 'newsflow', binUrl: import.meta.url, entry: '../src/main.ts' });
