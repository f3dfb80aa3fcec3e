#!/usr/bin/env bash
# Installs what a fresh machine lacks: Debian packages (Chromium and CJK fonts for the browser tests,
# and the data pipeline's tools listed in scripts/debian-packages.txt), then the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium fonts-noto-cjk)
if [ -f scripts/debian-packages.txt ]; then
	while read -r p; do
		p="${p%%#*}"
		p="$(echo "$p" | tr -d '[:space:]')"
		[ -n "$p" ] && packages+=("$p")
	done < scripts/debian-packages.txt
fi

missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
	echo "setup: installing Debian packages: ${missing[*]}" >&2
	SUDO=""
	[ "$(id -u)" -ne 0 ] && SUDO="sudo"
	$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
	$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "setup: installing npm packages" >&2
# `npm install` with the committed lock file installs the locked versions. `npm ci` is not used: npm rejects
# lock files that omit other platforms' optional native packages (npm/cli#4828), which it never records here.
npm install --no-audit --no-fund
