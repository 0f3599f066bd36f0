#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test against a throwaway PostgreSQL cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
ctest --test-dir build --output-on-failure -j2
grep -h "seed scale:\|remote child switch" build/Testing/Temporary/LastTest.log || true
