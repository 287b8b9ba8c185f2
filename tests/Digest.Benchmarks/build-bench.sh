#!/usr/bin/env bash
# Times a whole `digest build` on a generated site of N articles (default 1000), directly in content/
# so that every article goes through automatic grouping.
#   bash tests/Digest.Benchmarks/build-bench.sh [N ...]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
sizes=("${@:-1000}")

dotnet build -c Release "$repo/tests/Digest.Benchmarks" -v quiet -nologo >/dev/null
dotnet build -c Release "$repo/src/Digest.Cli" -v quiet -nologo >/dev/null
bench="$repo/tests/Digest.Benchmarks/bin/Release/net10.0/Digest.Benchmarks.dll"
digest="$repo/src/Digest.Cli/bin/Release/net10.0/digest.dll"

for n in "${sizes[@]}"; do
  site="/tmp/digest-build-bench-$n"
  rm -rf "$site"
  dotnet "$bench" generate "$n" "$site"
  start=$(date +%s.%N)
  /usr/bin/time -f "cpu %U s user + %S s system, max rss %M KB" dotnet "$digest" build --source "$site" --output "$site/public" >/dev/null
  end=$(date +%s.%N)
  stories=$(find "$site/public/stories" -name digest.json | wc -l)
  printf 'build of %s articles: %.2f s wall, %s stories\n' "$n" "$(echo "$end - $start" | bc)" "$stories"
done
