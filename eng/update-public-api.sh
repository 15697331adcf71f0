#!/usr/bin/env bash
# Adds every public symbol the build reports as undeclared (RS0016) to the project's PublicAPI.Unshipped.txt,
# and drops declared symbols that no longer exist (RS0017). Review the diff: it is the API change.
# Usage: eng/update-public-api.sh src/AccountabilityKit
set -euo pipefail
project=${1:?usage: eng/update-public-api.sh src/<Project>}
log=$(mktemp)
dotnet build "$project" -c Debug --no-incremental -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
unshipped="$project/PublicAPI.Unshipped.txt"
python3 - "$log" "$unshipped" <<'PY'
import re, sys
log, path = sys.argv[1], sys.argv[2]
text = open(log, encoding='utf-8').read()
add = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", text))
remove = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API, but is either not public or could not be found", text))
lines = [l for l in open(path, encoding='utf-8').read().splitlines() if l.strip()]
header = [l for l in lines if l.startswith('#')] or ['#nullable enable']
body = sorted((set(l for l in lines if not l.startswith('#')) | add) - remove, key=lambda s: s.lstrip('~'))
open(path, 'w', encoding='utf-8').write('\n'.join(header + body) + '\n')
print(f"{path}: +{len(add)} -{len(remove)}")
PY
rm -f "$log"
