#!/usr/bin/env bash
# Times `aigate scan --format json` over a repository's whole history against
# `git log --format=raw --raw --no-abbrev` to /dev/null, alternating the two in one run (issue 2, section 5:
# the scan may take at most 1.3 times as long as git).
#
#   bench/scan-vs-git.sh REPO [RUNS]
#
# REPO is a work tree or a bare repository (e.g. a mirror of jenkinsci/jenkins); RUNS defaults to 5. Prints each
# run's wall-clock and CPU (user + system, children included) time, then the medians and their ratios. Runs the
# ./aigate wrapper as users do (its JVM options included; it builds the jar when needed). On a busy machine the
# wall-clock ratio is noisy: the load average is printed with the figures.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
repo=${1:?usage: bench/scan-vs-git.sh REPO [RUNS]}
runs=${2:-5}
aigate="$root/aigate"
"$aigate" --version > /dev/null

TIMEFORMAT='%R %U %S'
measure() { # prints "wall cpu" of the command
    local t
    t=$( { time "$@" > /dev/null 2>&1; } 2>&1 )
    tail -n 1 <<< "$t" | awk '{printf "%.3f %.3f\n", $1, $2 + $3}'
}
median() { sort -n | awk '{a[NR]=$1} END {m=(NR+1)/2; if (NR%2) print a[m]; else print (a[NR/2]+a[NR/2+1])/2}'; }

echo "repository: $repo ($(git -C "$repo" rev-list --count HEAD) commits at $(git -C "$repo" rev-parse --short HEAD))"
echo "machine: $(nproc) cpus, $(java -version 2>&1 | head -1), $(git --version), load average$(uptime | sed 's/.*load average//')"
# one warm-up of each so both read a warm page cache
measure git -C "$repo" log --format=raw --raw --no-abbrev > /dev/null
measure "$aigate" scan --repo "$repo" --format json > /dev/null

gw=() gc=() sw=() sc=()
for i in $(seq "$runs"); do
    read -r w c < <(measure git -C "$repo" log --format=raw --raw --no-abbrev); gw+=("$w") gc+=("$c")
    read -r w2 c2 < <(measure "$aigate" scan --repo "$repo" --format json); sw+=("$w2") sc+=("$c2")
    printf 'run %d: git %6.2fs wall %6.2fs cpu   aigate %6.2fs wall %6.2fs cpu\n' "$i" "$w" "$c" "$w2" "$c2"
done
m() { printf '%s\n' "$@" | median; }
g=$(m "${gw[@]}"); s=$(m "${sw[@]}"); gcpu=$(m "${gc[@]}"); scpu=$(m "${sc[@]}")
awk -v g="$g" -v s="$s" -v gc="$gcpu" -v sc="$scpu" 'BEGIN {
    printf "median wall: git %.2fs, aigate scan --format json %.2fs, ratio %.2f (target <= 1.30)\n", g, s, s / g
    printf "median cpu:  git %.2fs, aigate (incl. its git) %.2fs\n", gc, sc }'
echo "after: load average$(uptime | sed 's/.*load average//')"
