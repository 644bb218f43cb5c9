#!/usr/bin/env node
// The `newsflow-enrich` command: cli.ts under Node 24 (see @newsflow/launcher).
import { launch } from '@newsflow/launcher';

await launch({ name: 'newsflow-enrich', binUrl: import.meta.url, entry: 'cli.ts' });
