#!/usr/bin/env bash
# Reader + detector throughput (commits/second) on captured git output, and heap use at 10k, 40k and 160k
# commits (issue 2, section 5). Captures `git log --format=raw --raw --no-abbrev --encoding=none` of REPO once.
#
#   bench/reader-detector.sh REPO [throughput|heap|all]
#
# The heap part runs in a deliberately small heap (-Xmx96m by default; AIGATE_BENCH_HEAP overrides it): flat
# memory shows as the same figure at every length, and a leak as an OutOfMemoryError.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
repo=${1:?usage: bench/reader-detector.sh REPO [throughput|heap|all]}
what=${2:-all}
cd "$root"
"$root/aigate" --version > /dev/null # builds the jar if missing or stale
mvn -B -ntp -q -pl cli -am test-compile > /dev/null
capture=$(mktemp --suffix=.gitlog)
trap 'rm -f "$capture"' EXIT
git -C "$repo" log --format=raw --raw --no-abbrev --no-abbrev-commit --encoding=none > "$capture"
cp="cli/target/aigate.jar:cli/target/test-classes"
main=io.jenkins.plugins.aigate.cli.bench.ScanBenchmark
if [ "$what" != heap ]; then
    java -Xmx2g -cp "$cp" "$main" "$capture" throughput
fi
if [ "$what" != throughput ]; then
    java "-Xmx${AIGATE_BENCH_HEAP:-96m}" -cp "$cp" "$main" "$capture" heap
fi
