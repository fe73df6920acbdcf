# Prints the completions zsh offers for a command line, one per line as "word -- description"
# (the description as zsh lays it out, cut at the terminal's width).
# Usage: zsh -f complete.zsh FUNCTION_DIR 'convo topic gp' [DUMP_FILE]
# A second, interactive zsh runs on a pseudo-terminal (zpty) with compinit and the completion
# function found in FUNCTION_DIR; the line is typed followed by TAB, and compadd is wrapped to
# write what it is asked to offer into a file instead of the screen. compinit reads the first line
# of every function on fpath, which takes seconds; with DUMP_FILE its findings are kept there and
# reused by later runs.
emulate -L zsh
zmodload zsh/zpty || { print -u2 'zsh/zpty is missing'; exit 3 }
local dir=${1:A} line=$2 dump=${3:-}
local work=$(mktemp -d)
local setup=$work/setup.zsh
cat > $setup <<SETUP
PROMPT=''
RPROMPT=''
fpath=(${(q)dir} \$fpath)
autoload -Uz compinit
if [[ -n ${(q)dump} ]]; then compinit -u -C -d ${(q)dump}; else compinit -u -D; fi
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
bindkey '^M' undefined
bindkey '^J' undefined
bindkey '^I' complete-word
compadd() {
  if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then
    builtin compadd "\$@"
    return
  fi
  local -a hits descriptions
  local i
  if (( \$@[(I)-d] )); then
    i=\${@[\$((\${@[(i)-d]} + 1))]}
    if [[ \$i == \\(* ]]; then eval "descriptions=\$i"; else descriptions=("\${(@P)i}"); fi
  fi
  builtin compadd -A hits "\$@"
  (( \$#hits )) || return 1
  local hit shown
  for hit in \$hits; do
    # a description is laid out as "word   -- text", for every word offered, matching or not
    shown=\${(M)descriptions:#\${(b)hit}( ##-- *|)}
    print -r -- "\$hit\${shown:+ -- \${shown#* -- }}" >> ${(q)work}/out
  done
}
_capture_done() { : >> ${(q)work}/out; print done > ${(q)work}/done }
comppostfuncs=(_capture_done)
SETUP
zpty capture zsh -f -i
zpty -w capture "source ${(q)setup}"
zpty -w -n capture "$line"$'\t'
local tries
for tries in {1..200}; do
  [[ -e $work/done ]] && break
  sleep 0.05
done
zpty -d capture
if [[ ! -e $work/done ]]; then
  print -u2 "zsh did not complete '$line'"
  rm -rf $work
  exit 2
fi
[[ -e $work/out ]] && cat $work/out
rm -rf $work
