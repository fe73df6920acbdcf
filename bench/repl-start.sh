#!/usr/bin/env bash
# What it costs to start the REPL on a terminal, as ratios to runs side by side:
#   version        `convo --version` on a pseudo-terminal: the JVM and picocli, nothing else
#   repl, pipe     `convo repl` reading `quit` from a pipe: the corpus, the command tree, no JLine
#   repl, terminal `convo` on a pseudo-terminal (script(1)) reading `quit`: JLine's terminal,
#                  line reader and completer on top
# Usage: bench/repl-start.sh [extra hyperfine options]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/convo.jar
[[ -f $jar ]] || mvn -q package -DskipTests
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
export HOME="$state" XDG_STATE_HOME="$state" TERM=xterm-256color
hyperfine --warmup 2 --runs 15 "$@" \
  -n version "script -qfec 'java -jar $jar --version' /dev/null < /dev/null" \
  -n 'repl, pipe' "printf 'quit\\n' | java -jar $jar repl" \
  -n 'repl, terminal' "printf 'quit\\n' | script -qfec 'java -jar $jar' /dev/null"
