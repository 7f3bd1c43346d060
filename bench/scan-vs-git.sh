#!/usr/bin/env bash
# Times `aigate scan --format json` over a repository's whole history against
# `git log --format=raw --raw --no-abbrev` to /dev/null, alternating the two in one run (issue 2, section 5:
# the scan may take at most 1.3 times as long as git).
#
#   bench/scan-vs-git.sh REPO [RUNS]
#
# REPO is a work tree or a bare repository (e.g. a mirror of jenkinsci/jenkins); RUNS defaults to 5. Prints each
# run, then the medians and their ratio. Needs the CLI jar (./aigate builds it).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
repo=${1:?usage: bench/scan-vs-git.sh REPO [RUNS]}
runs=${2:-5}
jar="$root/cli/target/aigate.jar"
"$root/aigate" --version > /dev/null # builds the jar if missing or stale

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", b - a}'; }
median() { sort -n | awk '{a[NR]=$1} END {m=(NR+1)/2; if (NR%2) print a[m]; else print (a[NR/2]+a[NR/2+1])/2}'; }

commits=$(git -C "$repo" rev-list --count HEAD)
echo "repository: $repo ($commits commits at $(git -C "$repo" rev-parse --short HEAD))"
echo "machine: $(nproc) cpus, $(java -version 2>&1 | head -1), $(git --version)"
# one warm-up of each so both read a warm page cache
git -C "$repo" log --format=raw --raw --no-abbrev > /dev/null
java -jar "$jar" scan --repo "$repo" --format json > /dev/null

git_times=() scan_times=()
for i in $(seq "$runs"); do
    t0=$(now); git -C "$repo" log --format=raw --raw --no-abbrev > /dev/null; t1=$(now)
    java ${AIGATE_JAVA_OPTS:-} -jar "$jar" scan --repo "$repo" --format json > /dev/null; t2=$(now)
    g=$(elapsed "$t0" "$t1"); s=$(elapsed "$t1" "$t2")
    git_times+=("$g") scan_times+=("$s")
    printf 'run %d: git %.2fs  aigate %.2fs\n' "$i" "$g" "$s"
done
g=$(printf '%s\n' "${git_times[@]}" | median)
s=$(printf '%s\n' "${scan_times[@]}" | median)
ratio=$(awk -v s="$s" -v g="$g" 'BEGIN {printf "%.3f", s / g}')
printf 'median: git %.2fs  aigate scan --format json %.2fs  ratio %.2f (target <= 1.30)\n' "$g" "$s" "$ratio"
