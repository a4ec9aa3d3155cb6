#!/usr/bin/env bash
# The package as a user installs it: `npm pack`, then the tarball installed into fresh
# ESM, CommonJS, TypeScript (nodenext) and TypeScript (bundler) projects in a temp dir.
# Checks import, require, types, the `unsc-screen` bin, that installing runs no
# install script (no warning), that no source map points at a file not shipped, and that
# an esbuild bundle of the README's serverless recipe runs without node_modules.
# Dependencies come from the npm cache when there (--prefer-offline); TypeScript and
# @types/node are the repository's own.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/unsc-pack-check.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "pack-check: FAIL: $*" >&2; exit 1; }
step() { echo "pack-check: $*"; }

cd "$repo"
tarball="$work/$(npm pack --silent --pack-destination "$work" | tail -n 1)"
[ -f "$tarball" ] || fail "npm pack wrote no tarball"
step "packed $(basename "$tarball") ($(du -k "$tarball" | cut -f1) kB)"

# What the tarball holds: a LICENSE, no install-time script, no dangling source map.
listing="$(tar -tzf "$tarball")"
grep -qx 'package/LICENSE' <<<"$listing" || fail "no LICENSE in the tarball"
tar -xzf "$tarball" -C "$work" package/package.json
node -e '
  const pkg = require(process.argv[1]);
  const bad = ["preinstall", "install", "postinstall", "prepare"].filter((s) => pkg.scripts?.[s]);
  if (bad.length) { console.error("install-time scripts: " + bad.join(", ")); process.exit(1); }
  if (pkg.exports?.["./package.json"] !== "./package.json") { console.error("./package.json is not exported"); process.exit(1); }
' "$work/package/package.json" || fail "package.json"
while read -r map; do
  [ -z "$map" ] && continue
  dir="$(dirname "$map")"
  tar -xzf "$tarball" -C "$work" "$map"
  for source in $(node -e 'for (const s of require(process.argv[1]).sources) console.log(s)' "$work/$map"); do
    grep -qx "$(node -e 'console.log(require("path").posix.normalize(process.argv[1]))' "$dir/$source")" <<<"$listing" ||
      fail "$map points to $source, which is not in the package"
  done
done < <(grep '\.map$' <<<"$listing" || true)
step "tarball: LICENSE, no install script, no dangling source map"

# One fresh project per kind of consumer.
project() {
  local name="$1" type="$2"
  mkdir -p "$work/$name"
  printf '{ "name": "%s", "version": "1.0.0", "private": true, "type": "%s" }\n' "$name" "$type" >"$work/$name/package.json"
  local log="$work/$name/install.log"
  (cd "$work/$name" && npm install --prefer-offline --no-audit --no-fund --loglevel=warn "$tarball" >"$log" 2>&1) ||
    { cat "$log" >&2; fail "$name: npm install"; }
  if grep -qiE 'install-scripts|unsc-screen.*(prepare|install)' "$log"; then cat "$log" >&2; fail "$name: install warned of a script"; fi
}

project esm module
cat >"$work/esm/index.js" <<'EOF'
import { Screener, parseList, compareNames } from 'unsc-screen';
import pkg from 'unsc-screen/package.json' with { type: 'json' };
const screener = Screener.fromBundledList();
const [alert] = screener.screen({ name: 'Mukhtar Belmukhtar' }).alerts;
if (alert?.referenceNumber !== 'QDi.136') throw new Error(`esm: expected QDi.136, got ${alert?.referenceNumber}`);
if (typeof parseList !== 'function' || !compareNames('SALEK, ABDULHAI', 'ABDULHAI SALEK').match) throw new Error('esm: exports');
console.log(`esm: import works (${pkg.name} ${pkg.version})`);
EOF
(cd "$work/esm" && node index.js) || fail "esm import"

project cjs commonjs
cat >"$work/cjs/index.js" <<'EOF'
const { Screener } = require('unsc-screen');
const pkg = require('unsc-screen/package.json');
const [alert] = Screener.fromBundledList().screen({ name: 'Mukhtar Belmukhtar' }).alerts;
if (alert?.referenceNumber !== 'QDi.136') throw new Error(`cjs: expected QDi.136, got ${alert?.referenceNumber}`);
console.log(`cjs: require works (${pkg.name} ${pkg.version})`);
EOF
(cd "$work/cjs" && node index.js 2>"$work/cjs/stderr.log") || { cat "$work/cjs/stderr.log" >&2; fail "cjs require"; }

# The bin: --version when the CLI has it, else `info --json` (the list it would screen with).
(
  cd "$work/esm"
  export UNSC_SCREEN_CACHE_DIR="$work/cache"
  if npx --no-install unsc-screen --version >"$work/version.txt" 2>/dev/null && grep -q '[0-9]\+\.[0-9]\+\.[0-9]\+' "$work/version.txt"; then
    echo "bin: unsc-screen --version: $(cat "$work/version.txt")"
  else
    npx --no-install unsc-screen info --json | node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => { const info = JSON.parse(s); if (!info.sha256) process.exit(1); console.log(`bin: unsc-screen info --json: list ${info.dateGenerated} (no --version yet)`); })'
  fi
) || fail "npx unsc-screen"

# TypeScript: the same code type-checked under both module resolutions consumers use.
tsc="$repo/node_modules/.bin/tsc"
for mode in nodenext bundler; do
  project "ts-$mode" module
  if [ "$mode" = nodenext ]; then module=nodenext; else module=esnext; fi
  cat >"$work/ts-$mode/tsconfig.json" <<EOF
{ "compilerOptions": { "module": "$module", "moduleResolution": "$mode", "target": "es2022", "strict": true,
  "noEmit": true, "skipLibCheck": false, "resolveJsonModule": true, "typeRoots": ["$repo/node_modules/@types"], "types": ["node"] },
  "include": ["index.ts"] }
EOF
  cat >"$work/ts-$mode/index.ts" <<'EOF'
import { Screener, type Alert, type ScreenQuery } from 'unsc-screen';
const query: ScreenQuery = { name: 'Mukhtar Belmukhtar', dateOfBirth: '1972' };
const alerts: Alert[] = Screener.fromBundledList().screen(query).alerts;
const score: number = alerts[0]!.score;
// @ts-expect-error: a query needs a name
Screener.fromBundledList().screen({ dateOfBirth: '1972' });
console.log(score);
EOF
  (cd "$work/ts-$mode" && "$tsc" -p tsconfig.json) || fail "types under moduleResolution $mode"
  step "ts-$mode: types check"
done
# A bundle, as the README tells bundler and serverless users: the list's bytes embedded
# (esbuild --loader:.xml=binary --target=node20: without a target, esbuild writes
# Uint8Array.fromBase64, which Node 20 lacks), run from a directory with no node_modules at all, so that
# everything the screen loads on first use (XML parser, country tables, transliteration) must
# be in the bundle.
esbuild="$repo/node_modules/.bin/esbuild"
mkdir -p "$work/bundle-run"
cp "$repo/fixtures/consolidated-2026-02-27.xml" "$work/esm/consolidated.xml"
cat >"$work/esm/bundled.js" <<'EOF'
import { compareNames, parseList, Screener } from 'unsc-screen';
import listXml from './consolidated.xml';
const screener = new Screener(parseList(listXml));
const [alert] = screener.screen({ name: 'Mukhtar Belmukhtar', nationality: 'Algeria' }).alerts;
if (alert?.referenceNumber !== 'QDi.136' || alert.evidence.find((e) => e.kind === 'nationality')?.outcome !== 'match') {
  throw new Error(`bundle: expected QDi.136 with its nationality matched, got ${JSON.stringify(alert?.evidence ?? alert)}`);
}
if (!compareNames('Բարակ Օբամա', 'Barak Obama').match) throw new Error('bundle: an Armenian-script name was not romanized');
console.log('bundle: parseList, countries and transliteration work from one file');
EOF
(cd "$work/esm" && "$esbuild" bundled.js --bundle --platform=node --target=node20 --format=esm --loader:.xml=binary --log-level=warning --outfile="$work/bundle-run/app.mjs") || fail "esbuild bundle"
(cd "$work/bundle-run" && node app.mjs) || fail "the bundle does not run without node_modules"
# The same as CommonJS output (no import.meta.url there), and as ES modules with the packages left
# out of the bundle (--external), loaded from node_modules beside it.
(cd "$work/esm" && "$esbuild" bundled.js --bundle --platform=node --target=node20 --format=cjs --loader:.xml=binary --log-level=warning --outfile="$work/bundle-run/app.cjs") || fail "esbuild bundle (cjs)"
(cd "$work/bundle-run" && node app.cjs) || fail "the CommonJS bundle does not run without node_modules"
(cd "$work/esm" && "$esbuild" bundled.js --bundle --platform=node --target=node20 --format=esm --loader:.xml=binary --log-level=warning \
  --external:fast-xml-parser --external:i18n-iso-countries --external:world-countries --external:any-ascii --outfile="$work/esm/external.mjs") || fail "esbuild bundle (external)"
(cd "$work/esm" && node external.mjs) || fail "the bundle with its packages external does not run"
step "bundle: runs from one file without node_modules (ESM and CommonJS), and with its packages external"

step "OK"
