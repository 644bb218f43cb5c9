#!/usr/bin/env bash
# The local MongoDB-protocol store: FerretDB v2.5.0 (wire protocol, built from the Go module proxy)
# on Debian's PostgreSQL 15 with the DocumentDB extension (real secondary indexes), built once
# into .cache/ from pinned source archives.
#   documentdb.sh install|up|down|status
#
# Sources: the DocumentDB and pgvector archives of ../shared/vendor (or NEWSFLOW_VENDOR_DIR),
# checked by sha256; on a machine without them, the same tags are downloaded from their public
# repositories and checked the same way.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

FERRETDB_VERSION=v2.5.0
DOCUMENTDB_ARCHIVE=documentdb-v0.106.0-ferretdb-2.5.0.tar.gz
DOCUMENTDB_SHA256=96eae4e6074374591b6fc2cfa6cae98ee6f4b4e0cf64804dbbbcca544780f08e
DOCUMENTDB_URL=https://github.com/FerretDB/documentdb/archive/refs/tags/v0.106.0-ferretdb-2.5.0.tar.gz
PGVECTOR_ARCHIVE=pgvector-v0.8.0.tar.gz
PGVECTOR_SHA256=93df40ccdaaaa267d1275c1e6e773004a0e5ff8e14227934a4ec7e8205d0f608
PGVECTOR_URL=https://github.com/pgvector/pgvector/archive/refs/tags/v0.8.0.tar.gz

PORT="${NEWSFLOW_FERRETDB_PORT:-27017}"
PG_PORT="${NEWSFLOW_POSTGRES_PORT:-54329}"
# PostgreSQL's own guidance for shared_buffers: a quarter of the machine's memory, here at least
# 256 MB and at most 2 GB. Below the articles' working set every read copies pages from the OS cache
# (100 000 articles with their indexes take about 400 MB).
mem_mb=$(awk '/^MemTotal:/ { print int($2 / 1024) }' /proc/meminfo 2>/dev/null || echo 1024)
default_buffers=$(( mem_mb / 4 )); [ "$default_buffers" -lt 256 ] && default_buffers=256; [ "$default_buffers" -gt 2048 ] && default_buffers=2048
PG_SHARED_BUFFERS="${NEWSFLOW_POSTGRES_SHARED_BUFFERS:-${default_buffers}MB}"
PG_BIN=/usr/lib/postgresql/15/bin
VENDOR_DIR="${NEWSFLOW_VENDOR_DIR:-$NF_ROOT/../shared/vendor}"
BUILD="$NF_CACHE/documentdb"
FERRETDB_BIN="$NF_CACHE/ferretdb-$FERRETDB_VERSION/ferretdb"
DIR="$NF_DATA/documentdb"
mkdir -p "$DIR"
# PostgreSQL runs as the `postgres` user when we are root; its home (data, socket, log) must be
# reachable by that user. A checkout under a private folder (root's home) is not: then it lives
# under /var/tmp, one per checkout.
PGHOME="$DIR/pg-home"
if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$DIR" 2>/dev/null; then
  PGHOME="/var/tmp/newsflow-documentdb-$(printf '%s' "$DIR" | sha256sum | cut -c1-12)"
fi
PGDATA="$PGHOME/data"
DEBIAN_PACKAGES=(postgresql-15 postgresql-server-dev-15 postgresql-15-cron postgresql-15-rum
  postgresql-15-postgis-3 libbson-dev libmongoc-dev libpcre2-dev libintelrdfpmath-dev libkrb5-dev
  libicu-dev build-essential pkg-config)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# PostgreSQL refuses to run as root: the server runs as the `postgres` user when we are root.
as_pg() {
  # From /: the postgres user may not be allowed into the current directory.
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

install_debian_packages() {
  local missing=() p
  for p in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  need_tool apt-get "PostgreSQL 15 and DocumentDB's build dependencies come from Debian packages: ${missing[*]}"
  log "installing Debian packages: ${missing[*]}"
  apt_get update -qq >/dev/null
  apt_get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # The package may start its own cluster on 5432; ours is a separate cluster in .data/.
}

# source_archive NAME SHA256 URL → path of a checked archive (vendor folder first, else download).
source_archive() {
  local name="$1" sha="$2" url="$3" file
  file="$VENDOR_DIR/$name"
  if [ ! -f "$file" ]; then
    file="$BUILD/download/$name"
    if [ ! -f "$file" ]; then
      need_tool curl "to download $name (no copy in $VENDOR_DIR; set NEWSFLOW_VENDOR_DIR to a folder holding it)"
      log "downloading $name (not in $VENDOR_DIR)"
      mkdir -p "$(dirname "$file")"
      curl -fsSL -o "$file.partial" "$url" || die "download of $url failed; put $name in $VENDOR_DIR or set NEWSFLOW_VENDOR_DIR"
      mv "$file.partial" "$file"
    fi
  fi
  echo "$sha  $file" | sha256sum -c --quiet - >/dev/null 2>&1 || die "$file: sha256 is not $sha"
  echo "$file"
}

# unpack ARCHIVE DEST: a fresh copy of the archive's single top folder at DEST.
unpack() {
  rm -rf "$2" "$2.tmp" && mkdir -p "$2.tmp"
  tar xzf "$1" -C "$2.tmp" --strip-components=1
  mv "$2.tmp" "$2"
}

build_pgvector() {
  [ -f "$BUILD/pgvector.installed" ] && [ -f "$("$PG_BIN/pg_config" --pkglibdir)/vector.so" ] && return 0
  local archive src="$BUILD/pgvector-src"
  archive="$(source_archive "$PGVECTOR_ARCHIVE" "$PGVECTOR_SHA256" "$PGVECTOR_URL")"
  log "building pgvector"
  unpack "$archive" "$src"
  # OPTFLAGS="": the default -march=native would tie the build to this CPU.
  make -C "$src" -s PG_CONFIG="$PG_BIN/pg_config" OPTFLAGS="" with_llvm=no >"$BUILD/pgvector.log" 2>&1 \
    || die "pgvector build failed (log: $BUILD/pgvector.log)"
  as_root make -C "$src" -s PG_CONFIG="$PG_BIN/pg_config" with_llvm=no install >>"$BUILD/pgvector.log" 2>&1 \
    || die "pgvector install failed (log: $BUILD/pgvector.log)"
  touch "$BUILD/pgvector.installed"
}

build_documentdb() {
  [ -f "$BUILD/documentdb.installed" ] && [ -f "$("$PG_BIN/pg_config" --pkglibdir)/pg_documentdb.so" ] && return 0
  local archive src="$BUILD/documentdb-src" pc="$BUILD/pkgconfig" copt=""
  archive="$(source_archive "$DOCUMENTDB_ARCHIVE" "$DOCUMENTDB_SHA256" "$DOCUMENTDB_URL")"
  log "building DocumentDB (about a minute)"
  unpack "$archive" "$src"
  # Debian's libintelrdfpmath-dev ships the library without the pkg-config file the build asks for.
  mkdir -p "$pc"
  printf 'Name: intelmathlib\nDescription: Intel decimal floating-point math\nVersion: 2.0\nLibs: -lbidgcc000\nCflags:\n' >"$pc/intelmathlib.pc"
  # This tag expects libbson 1.28; Debian 12 has 1.23, which lacks one subtype constant (0x08).
  # (a case label outside the older enum, hence the switch warning is not an error there).
  pkg-config --atleast-version=1.28 libbson-1.0 || copt="-DBSON_SUBTYPE_SENSITIVE=0x08 -Wno-error=switch"
  local part
  : >"$BUILD/documentdb.log"
  # with_llvm=no: no JIT bitcode (clang would need the same defines, and the JIT is not needed).
  for part in pg_documentdb_core pg_documentdb; do
    # GIT_CEILING_DIRECTORIES: the build stamps a git sha, which must not be this repository's.
    PKG_CONFIG_PATH="$pc${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}" COPT="$copt" GIT_CEILING_DIRECTORIES="$BUILD" \
      make -C "$src/$part" -s -j"$(nproc)" PG_CONFIG="$PG_BIN/pg_config" with_llvm=no >>"$BUILD/documentdb.log" 2>&1 \
      || die "DocumentDB build ($part) failed (log: $BUILD/documentdb.log)"
    PKG_CONFIG_PATH="$pc" as_root make -C "$src/$part" -s PG_CONFIG="$PG_BIN/pg_config" with_llvm=no install >>"$BUILD/documentdb.log" 2>&1 \
      || die "DocumentDB install ($part) failed (log: $BUILD/documentdb.log)"
  done
  touch "$BUILD/documentdb.installed"
}

build_ferretdb() {
  [ -x "$FERRETDB_BIN" ] && return 0
  need_tool go "FerretDB is built from the Go module proxy (install Go 1.24+)"
  log "building FerretDB $FERRETDB_VERSION from the Go module proxy"
  local src tmp
  src="$(GOTOOLCHAIN=local GOFLAGS=-mod=mod go mod download -json "github.com/FerretDB/FerretDB/v2@$FERRETDB_VERSION" | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')"
  [ -d "$src" ] || die "go mod download of FerretDB $FERRETDB_VERSION failed"
  tmp="$(mktemp -d)"
  cp -r "$src/." "$tmp/" && chmod -R u+w "$tmp"
  # The module zip lacks the generated version file the binary reads at start.
  echo "$FERRETDB_VERSION" >"$tmp/build/version/version.txt"
  # gomaxprocs.go is built only before Go 1.25 (which sets GOMAXPROCS from cgroups itself, as its
  # comment says); on a newer Go the call needs this no-op counterpart.
  printf '//go:build go1.25\n\npackage main\n\nimport "log/slog"\n\nfunc setGOMAXPROCS(*slog.Logger) {}\n' \
    >"$tmp/cmd/ferretdb/gomaxprocs_go125.go"
  mkdir -p "$(dirname "$FERRETDB_BIN")"
  (cd "$tmp" && GOTOOLCHAIN=local go build -trimpath -o "$FERRETDB_BIN.partial" ./cmd/ferretdb) >"$BUILD/ferretdb.log" 2>&1 \
    || { rm -rf "$tmp"; die "building FerretDB failed"; }
  mv "$FERRETDB_BIN.partial" "$FERRETDB_BIN"
  rm -rf "$tmp"
}

install() {
  mkdir -p "$BUILD"
  install_debian_packages
  build_pgvector
  build_documentdb
  build_ferretdb
}

# A PostgreSQL cluster of our own under .data/, with the extensions loaded and created once.
init_cluster() {
  [ -f "$PGDATA/PG_VERSION" ] && return 0
  log "creating the PostgreSQL cluster in $PGDATA"
  mkdir -p "$PGDATA"
  [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$PGHOME"
  as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
    || die "initdb failed (log: $DIR/initdb.log)"
  cat >>"$PGDATA/postgresql.conf" <<EOF
listen_addresses = '$NF_HOST'
unix_socket_directories = '$PGHOME'
shared_preload_libraries = 'pg_cron, pg_documentdb_core, pg_documentdb'
cron.database_name = 'postgres'
# Debian 12's pg_cron (1.4) refuses second-level schedules; FerretDB 2.5 builds indexes
# synchronously, so the background index queue only needs a slow tick.
documentdb.indexBuildScheduleInSec = 60
# shared_buffers is passed at start (pg_up), sized to the machine.
max_connections = 200
# Durability is not what the local store is for (tests re-create their data); fewer fsyncs.
synchronous_commit = off
EOF
}

pg_up() {
  if as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then return 0; fi
  port_open "$PG_PORT" && die "port $PG_PORT is already in use by a process this script did not start; set NEWSFLOW_POSTGRES_PORT"
  # DocumentDB keeps a query with a limit or a sort open as a "persistent" cursor and asks
  # FerretDB to hold its PostgreSQL connection, even when the first page drained it; FerretDB then
  # closes that connection and opens a new backend for the next query: about 15 ms per query.
  # File-based persisted cursors need no held connection (measured: 16 ms -> 1.7 ms for a
  # limited range read at 100 000 articles). Passed at start so existing clusters get it too.
  as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" \
    -o "-p $PG_PORT -c documentdb.useFileBasedPersistedCursors=on -c shared_buffers=$PG_SHARED_BUFFERS" \
    -l "$PGHOME/postgres.log" -w -t 60 start >/dev/null \
    || { tail -n 20 "$PGHOME/postgres.log" >&2; die "PostgreSQL did not start (log: $PGHOME/postgres.log)"; }
  as_pg "$PG_BIN/psql" -h "$PGHOME" -p "$PG_PORT" -U postgres -d postgres -qAt \
    -c 'CREATE EXTENSION IF NOT EXISTS documentdb CASCADE' >/dev/null 2>>"$DIR/extension.log" \
    || die "CREATE EXTENSION documentdb failed (log: $DIR/extension.log, $PGHOME/postgres.log)"
  log "postgresql (DocumentDB) up on $NF_HOST:$PG_PORT"
}

up() {
  running_pid ferretdb >/dev/null && as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1 && {
    log "ferretdb already running (pid $(running_pid ferretdb), port $PORT)"
    return 0
  }
  install
  init_cluster
  pg_up
  mkdir -p "$DIR/state"
  start_daemon ferretdb "$PORT" "$DIR/ferretdb.log" \
    "$FERRETDB_BIN" --postgresql-url="postgres://postgres@$NF_HOST:$PG_PORT/postgres" \
    --listen-addr="$NF_HOST:$PORT" --state-dir="$DIR/state" --no-auth \
    --debug-addr=- --telemetry=disable --log-level=warn --log-format=json
}

down() {
  stop_daemon ferretdb
  if [ -f "$PGDATA/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
    as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null && log "postgresql stopped"
  else
    log "postgresql not running"
  fi
}

status() {
  status_daemon ferretdb "$PORT"
  if [ -f "$PGDATA/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
    echo "postgresql: up ($NF_HOST:$PG_PORT, DocumentDB)"
  else
    echo "postgresql: down"
  fi
}

case "${1:-}" in
  install) install ;;
  up) up ;;
  down) down ;;
  status) status ;;
  *) die "usage: documentdb.sh install|up|down|status" ;;
esac
