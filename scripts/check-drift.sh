#!/usr/bin/env bash
# Rebuilds static/geo/ and src/lib/generated/ (the catalogue, the map's first picture), and the kinds list of
# data/schema/, from their sources and fails if the result differs from what is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent data
changes="$(git status --porcelain -- static/geo src/lib/generated data/schema)"
if [ -n "$changes" ]; then
	echo "check-drift: static/geo or src/lib/generated differs from a fresh rebuild:" >&2
	echo "$changes" >&2
	git --no-pager diff --stat -- static/geo src/lib/generated data/schema >&2
	exit 1
fi
echo "check-drift: static/geo and src/lib/generated match a fresh rebuild" >&2
