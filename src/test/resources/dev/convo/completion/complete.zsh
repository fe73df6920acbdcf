# Prints the completions zsh offers for a command line, one per line as "word -- description"
# (the description as zsh lays it out, cut at the terminal's width), and on standard error
# whatever the interactive zsh printed there, so that a warning from a completion function fails
# the test that asked.
# Usage: zsh -f complete.zsh HOME 'convo topic gp'
# With MARK_UNSORTED=1 in the environment, each word zsh was asked to keep unsorted (compadd -V,
# in its reading order) is printed after "unsorted ".
# HOME is set up as README.md tells a user to: the completion function in ~/.zfunc/_convo and a
# ~/.zshrc that puts ~/.zfunc on fpath and runs compinit. A second, interactive zsh with that HOME
# runs on a pseudo-terminal (zpty), without the machine's own /etc/zsh files (-d), which differ
# from one machine to the next; the line is typed followed by TAB, and compadd is wrapped to write
# what it is asked to offer into a file instead of the screen. compinit keeps what it finds on
# fpath in ~/.zcompdump, so runs after the first start at once.
emulate -L zsh
zmodload zsh/zpty || { print -u2 'zsh/zpty is missing'; exit 3 }
local home=${1:A} line=$2 mark_unsorted=${MARK_UNSORTED:-}
local work=$(mktemp -d)
local setup=$work/setup.zsh
cat > $setup <<SETUP
PROMPT=''
RPROMPT=''
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
  # with MARK_UNSORTED set, a word added to a group zsh keeps unsorted (-V) is marked so
  local mark=
  [[ -n ${(q)mark_unsorted} && \${@[1,(i)(-|--)]} == *(-V|-o\ nosort)* ]] && mark='unsorted '

  (( \$#hits )) || return 1
  local hit shown
  for hit in \$hits; do
    # a description is laid out as "word   -- text", for every word offered, matching or not
    shown=\${(M)descriptions:#\${(b)hit}( ##-- *|)}
    print -r -- "\$mark\$hit\${shown:+ -- \${shown#* -- }}" >> ${(q)work}/out
  done
}
_capture_done() { : >> ${(q)work}/out; print done > ${(q)work}/done }
comppostfuncs=(_capture_done)
SETUP
zpty capture "HOME=${(q)home} zsh -d -i 2>${(q)work}/stderr"
zpty -w capture "source ${(q)setup}"
zpty -w -n capture "$line"$'\t'
local tries
for tries in {1..400}; do
  [[ -e $work/done ]] && break
  sleep 0.05
done
zpty -d capture
[[ -s $work/stderr ]] && cat $work/stderr >&2
if [[ ! -e $work/done ]]; then
  print -u2 "zsh did not complete '$line'"
  rm -rf $work
  exit 2
fi
[[ -e $work/out ]] && cat $work/out
rm -rf $work
