#!/usr/bin/env bash
# Builds livekit-server and stripe-mock with Go into ~/.cache/rehabit/bin (once; cached).
# Skips quietly when Go is missing: the app then runs without video and with Stripe off.
set -euo pipefail
BIN="${REHABIT_BIN_DIR:-$HOME/.cache/rehabit/bin}"
GO="$(command -v go || echo /usr/local/go/bin/go)"
if [ ! -x "$GO" ]; then echo "Go not found: skipping livekit-server and stripe-mock."; exit 0; fi
mkdir -p "$BIN"
export GOBIN="$BIN" CGO_ENABLED=0 GONOSUMDB=buf.build GOFLAGS=-mod=mod
[ -x "$BIN/stripe-mock" ] || "$GO" install github.com/stripe/stripe-mock@v0.197.0
[ -x "$BIN/server" ] || "$GO" install github.com/livekit/livekit-server/cmd/server@v1.13.5
echo "native services in $BIN: $(ls "$BIN" | tr '\n' ' ')"
