#!/usr/bin/env bash
# Installs what is missing, builds, and opens Nido on its embedded demo database.
# Arguments are passed on to nido (for example --database "postgresql://...").
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target nido
exec build/bin/nido "$@"
