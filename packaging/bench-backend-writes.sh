#!/usr/bin/env bash
# What Nido's triggers cost the voice backend's writes: pgbench inserts single heartbeats, messages
# and memories into 100 sessions from 4 clients, with every Nido trigger in place and with them
# disabled (the backend's own trigger stays), and prints the rate kept. Usage: HOST DBNAME NIDO [OUT.json]
# on a running cluster; the database is created and dropped here. About two and a half minutes.
set -euo pipefail
host=$1
db=$2
nido=$3
out=${4:-}
seconds=${NIDO_BENCH_WRITES_SECONDS:-6}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$host" -U nido)
work=$(mktemp -d)
trap 'rm -rf "$work"; "${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT

"${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" 2>/dev/null
"$nido" migrate --database "host=$host user=nido dbname=$db" >/dev/null 2>&1
# Ids a pgbench variable can name: session n is ...-00000000000n, its child ...-1000000000000.
"${psql[@]}" -d "$db" <<'SQL'
INSERT INTO users (id, "firstName") VALUES ('00000000-0000-0000-0000-100000000000', 'Bench');
INSERT INTO voice_sessions (id, "userId", "sessionToken")
SELECT ('00000000-0000-0000-0000-' || lpad(n::text, 12, '0'))::uuid, '00000000-0000-0000-0000-100000000000', 'bench-' || n
FROM generate_series(1, 100) AS n;
SQL

cat >"$work/heartbeats.sql" <<'SQL'
\set s random(1, 100)
INSERT INTO session_heartbeats ("sessionId", metrics, "deviceId")
VALUES (('00000000-0000-0000-0000-' || lpad(:s::text, 12, '0'))::uuid,
        jsonb_build_object('batteryLevel', 80 + :s % 20, 'latency', 120 + :s, 'audioQuality', 0.9,
                           'signalStrength', -60, 'userEngagement', 0.7, 'temperature', 38.5,
                           'cpuUsage', 30, 'memoryUsage', 55), 'bench-device');
SQL
# A device back online sends what it kept: heartbeats of an hour ago, into minutes already counted.
sed 's/'"'"'bench-device'"'"');/'"'"'bench-device'"'"', localtimestamp - interval '"'"'1 hour'"'"');/; s/"deviceId")/"deviceId", timestamp)/' \
  "$work/heartbeats.sql" >"$work/late-heartbeats.sql"
"${psql[@]}" -d "$db" -c "SELECT nido.count_heartbeat_minutes(ARRAY(SELECT id FROM voice_sessions))" >/dev/null
cat >"$work/messages.sql" <<'SQL'
\set s random(1, 100)
INSERT INTO ai_conversations ("sessionId", "userId", "messageType", content, "tokensUsed", cost)
VALUES (('00000000-0000-0000-0000-' || lpad(:s::text, 12, '0'))::uuid, '00000000-0000-0000-0000-100000000000',
        'user', 'What did the T-Rex eat for breakfast?', 12, 0.000120);
SQL
cat >"$work/memories.sql" <<'SQL'
\set s random(1, 100)
INSERT INTO memory_contexts ("userId", "sessionId", "memoryType", category, content, importance)
VALUES ('00000000-0000-0000-0000-100000000000', ('00000000-0000-0000-0000-' || lpad(:s::text, 12, '0'))::uuid,
        'episodic', 'interest', 'Likes the Triceratops best of all', 0.6);
SQL

triggers() { # TABLE ENABLE|DISABLE: every Nido trigger of the table (the backend's own keep running)
  "${psql[@]}" -d "$db" -At -c "SELECT format('ALTER TABLE %s $2 TRIGGER %I;', tgrelid::regclass, tgname)
                                FROM pg_trigger WHERE tgrelid = '$1'::regclass AND NOT tgisinternal
                                  AND tgname LIKE 'nido\_%'" | "${psql[@]}" -d "$db" >/dev/null
}
rate() { # SCRIPT: inserts per second
  "$bindir/pgbench" -n -h "$host" -U nido -c 4 -j 2 -T "$seconds" -f "$work/$1.sql" "$db" 2>/dev/null |
    sed -n 's/^tps = \([0-9.]*\) .*/\1/p'
}

before() { # KIND: the rate kept in the run before, when its JSON is there
  [ -n "$out" ] && [ -f "$out" ] || return 0
  python3 -c "import json,sys; print('(before %s%%)' % json.load(open(sys.argv[1]))[sys.argv[2]]['keptPercent'])" "$out" "$1" 2>/dev/null || true
}

json="{"
echo "The backend's insert rate with Nido's triggers, against the same inserts without them (target: 90 % kept)"
printf '%-16s %14s %14s %8s\n' "inserts" "with Nido/s" "without/s" "kept"
for kind in heartbeats late-heartbeats messages memories; do
  case $kind in *heartbeats) table=session_heartbeats ;; messages) table=ai_conversations ;; memories) table=memory_contexts ;; esac
  # Alternated three times, the best of each: one run can fall on a checkpoint or the other clients' autovacuum.
  with=0 without=0
  for round in 1 2 3; do
    r=$(rate "$kind"); with=$(python3 -c "print(max($with, $r))")
    triggers "$table" DISABLE
    r=$(rate "$kind"); without=$(python3 -c "print(max($without, $r))")
    triggers "$table" ENABLE
  done
  kept=$(python3 -c "print(round(100 * $with / $without, 1))")
  # Late heartbeats are the one insert Nido's trigger is called for: told, not a target.
  misses=$(python3 -c "print('  (not a target: the one insert Nido sees)' if '$kind' == 'late-heartbeats' else '  (misses)' if $kept < 90 else '')")
  printf '%-16s %14.0f %14.0f %7s%% %s%s\n' "$kind" "$with" "$without" "$kept" "$(before "$kind")" "$misses"
  json+="\"$kind\": {\"withNido\": $with, \"without\": $without, \"keptPercent\": $kept},"
done
json="${json%,}}"
[ -z "$out" ] || printf '%s\n' "$json" >"$out"
