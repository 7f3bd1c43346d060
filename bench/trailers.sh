#!/usr/bin/env bash
# Time to assess one commit with N Co-authored-by lines, N doubling from 2,500 to 80,000: the trailer parser, the
# commit bounds check and the detector must stay linear (a flat time per 1,000 lines).
#
#   bench/trailers.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
"$root/aigate" --version > /dev/null # builds the jar if missing or stale
mvn -B -ntp -q -pl cli -am test-compile > /dev/null
java -Xmx2g -cp "cli/target/aigate.jar:cli/target/test-classes" io.jenkins.plugins.aigate.cli.bench.TrailerBenchmark
