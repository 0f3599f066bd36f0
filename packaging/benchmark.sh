#!/usr/bin/env bash
# The screens at the seed's scale (tests/app/bench_screens.cpp): builds what is missing, starts a
# throwaway cluster, prints the table and writes build/bench_screens.json; then what Nido's triggers
# cost the backend's inserts (packaging/bench-backend-writes.sh). About fifteen minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target bench_screens nido
cluster=/tmp/nido-bench-$$
trap 'bash tests/support/pgcluster.sh stop "$cluster" || true; rm -rf "$cluster"' EXIT
bash tests/support/pgcluster.sh start "$cluster"
NIDO_TEST_PGHOST="$cluster/sock" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 build/tests/bench_screens "$PWD/build/bench_screens.json"
echo
bash packaging/bench-backend-writes.sh "$cluster/sock" nido_bench_writes build/bin/nido "$PWD/build/bench_backend_writes.json"
