#!/usr/bin/env bash
# Usage: check-graphql-documents.sh GRAPHQL_DIR NODE_DIR (--documents EMITTER | --broken FILE.json)
# Validates GraphQL documents against monday's schema with GRAPHQL_DIR/tools/validate-graphql.mjs, run from
# NODE_DIR, where `npm ci` installs the pinned `graphql` package.
#   --documents EMITTER  the connector's documents, written by EMITTER; every one must be valid.
#   --broken FILE.json   deliberately broken documents; every one must be reported invalid, which shows the
#                        check can fail.
set -euo pipefail
graphql_dir=$1
node_dir=$2
mode=$3
input=$4

if ! command -v node >/dev/null; then
    echo "node is not installed: run scripts/dev test, or install Node.js" >&2
    exit 1
fi
mkdir -p "$node_dir"
if [ ! -f "$node_dir/node_modules/graphql/package.json" ]; then
    echo "Installing the npm package graphql into $node_dir"
    cp "$graphql_dir/package.json" "$graphql_dir/package-lock.json" "$node_dir/"
    (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error) || {
        echo "npm ci failed: the graphql package is needed for this check (scripts/dev test installs it)" >&2
        exit 1
    }
fi
validator=$graphql_dir/tools/validate-graphql.mjs

case "$mode" in
--documents)
    documents=$(mktemp --suffix=.json)
    trap 'rm -f "$documents"' EXIT
    "$input" "$documents"
    (cd "$node_dir" && node "$validator" --json "$documents")
    ;;
--broken)
    expected=$(cd "$node_dir" && node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).length)' "$input")
    set +e
    output=$(cd "$node_dir" && node "$validator" --json "$input")
    status=$?
    set -e
    echo "$output"
    reported=$(grep -c '^INVALID ' <<<"$output" || true)
    if [ "$status" -ne 1 ] || [ "$reported" -ne "$expected" ]; then
        echo "expected all $expected broken documents to be reported invalid (exit 1); got $reported, exit $status" >&2
        exit 1
    fi
    ;;
*)
    echo "unknown mode $mode" >&2
    exit 2
    ;;
esac
