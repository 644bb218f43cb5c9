#!/usr/bin/env bash
# Scaffolds a workspace: scripts/new-package.sh packages/NAME "description"
set -euo pipefail
dir="$1"; desc="${2:-}"; name="@newsflow/$(basename "$dir")"
mkdir -p "$dir/src" "$dir/test"
cat > "$dir/package.json" <<JSON
{
  "name": "$name",
  "version": "0.1.0",
  "private": true,
  "type": "module",
  "description": "$desc",
  "engines": { "node": ">=24 <25" },
  "exports": { ".": "./src/index.ts" },
  "dependencies": {}
}
JSON
cat > "$dir/tsconfig.json" <<JSON
{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": { "rootDir": ".", "outDir": "dist" },
  "include": ["src", "test"],
  "references": []
}
JSON
[ -f "$dir/src/index.ts" ] || echo "export {};" > "$dir/src/index.ts"
