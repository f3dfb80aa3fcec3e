#!/usr/bin/env bash
# Rebuilds static/geo/ from its sources and fails if the result differs from what is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent data
changes="$(git status --porcelain -- static/geo)"
if [ -n "$changes" ]; then
	echo "check-drift: static/geo differs from a fresh rebuild:" >&2
	echo "$changes" >&2
	git --no-pager diff --stat -- static/geo >&2
	exit 1
fi
echo "check-drift: static/geo matches a fresh rebuild" >&2
