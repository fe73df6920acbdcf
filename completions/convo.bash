# bash completion for convo                              -*- shell-script -*-
#
# Generated from convo's command model by `convo completion bash`; do not edit.
# Topic, section, quote and speaker names are those of the bundled interview, written into
# this script. With --corpus FILE on the command line, or CONVO_CORPUS set, they are asked
# of convo itself at completion time instead.

# Moves the command path one level down when word $2 names a subcommand of command $1.
_convo_subcommand() {
  case "$1 $2" in
    'convo quotes') path='convo quotes' ;;
    'convo topic') path='convo topic' ;;
    'convo topics') path='convo topics' ;;
    'convo sections') path='convo sections' ;;
    'convo show') path='convo show' ;;
    'convo search') path='convo search' ;;
    'convo stats') path='convo stats' ;;
    'convo ingest') path='convo ingest' ;;
    'convo completion') path='convo completion' ;;
    'convo repl') path='convo repl' ;;
    'convo quotes random') path='convo quotes random' ;;
    'convo quotes list') path='convo quotes list' ;;
    'convo quotes show') path='convo quotes show' ;;
    *) return 1 ;;
  esac
}

# Adds the subcommand names of command $1 to the candidates.
_convo_subcommand_names() {
  case $1 in
    convo) candidates+=(quotes topic topics sections show search stats ingest completion repl) ;;
    'convo quotes') candidates+=(random list show) ;;
  esac
}

# Adds the option names of command $1 to the candidates.
_convo_options() {
  case $1 in
    convo) candidates+=(--corpus --debug -h --help -V --version) ;;
    'convo quotes') candidates+=(-h --help -V --version --corpus --debug) ;;
    'convo quotes random') candidates+=(-f --format --json --color --colour --no-pager --speaker --section --topic --min-chars --max-chars -n --count --seed --daily --any --editors -h --help -V --version --corpus --debug) ;;
    'convo quotes list') candidates+=(-f --format --json --color --colour --no-pager --speaker --section --topic --min-chars --max-chars --editors -h --help -V --version --corpus --debug) ;;
    'convo quotes show') candidates+=(-f --format --json --color --colour --no-pager -c --context -h --help -V --version --corpus --debug) ;;
    'convo topic') candidates+=(-f --format --json --color --colour --no-pager -h --help -V --version --corpus --debug) ;;
    'convo topics') candidates+=(-f --format --json --color --colour --no-pager -h --help -V --version --corpus --debug) ;;
    'convo sections') candidates+=(-f --format --json --color --colour --no-pager -h --help -V --version --corpus --debug) ;;
    'convo show') candidates+=(-f --format --json --color --colour --no-pager -h --help -V --version --corpus --debug) ;;
    'convo search') candidates+=(-f --format --json --color --colour --no-pager --speaker --section --topic -e --regex -l --limit --full -h --help -V --version --corpus --debug) ;;
    'convo stats') candidates+=(-f --format --json --color --colour --no-pager -h --help -V --version --corpus --debug) ;;
    'convo ingest') candidates+=(-o --output --topics --repairs --quotes -h --help -V --version --corpus --debug) ;;
    'convo completion') candidates+=(-h --help -V --version --corpus --debug) ;;
    'convo repl') candidates+=(-h --help -V --version --corpus --debug) ;;
  esac
}

# Succeeds when option $2 of command $1 takes the next word as its value.
_convo_needs_value() {
  case "$1 $2" in
    'convo --corpus' | 'convo quotes --corpus' | 'convo quotes random -f' | 'convo quotes random --format' | 'convo quotes random --color' | 'convo quotes random --colour' | 'convo quotes random --speaker' | 'convo quotes random --section' | 'convo quotes random --topic' | 'convo quotes random --min-chars' | 'convo quotes random --max-chars' | 'convo quotes random -n' | 'convo quotes random --count' | 'convo quotes random --seed' | 'convo quotes random --corpus' | 'convo quotes list -f' | 'convo quotes list --format' | 'convo quotes list --color' | 'convo quotes list --colour' | 'convo quotes list --speaker' | 'convo quotes list --section' | 'convo quotes list --topic' | 'convo quotes list --min-chars' | 'convo quotes list --max-chars' | 'convo quotes list --corpus' | 'convo quotes show -f' | 'convo quotes show --format' | 'convo quotes show --color' | 'convo quotes show --colour' | 'convo quotes show --corpus' | 'convo topic -f' | 'convo topic --format' | 'convo topic --color' | 'convo topic --colour' | 'convo topic --corpus' | 'convo topics -f' | 'convo topics --format' | 'convo topics --color' | 'convo topics --colour' | 'convo topics --corpus' | 'convo sections -f' | 'convo sections --format' | 'convo sections --color' | 'convo sections --colour' | 'convo sections --corpus' | 'convo show -f' | 'convo show --format' | 'convo show --color' | 'convo show --colour' | 'convo show --corpus' | 'convo search -f' | 'convo search --format' | 'convo search --color' | 'convo search --colour' | 'convo search --speaker' | 'convo search --section' | 'convo search --topic' | 'convo search -l' | 'convo search --limit' | 'convo search --corpus' | 'convo stats -f' | 'convo stats --format' | 'convo stats --color' | 'convo stats --colour' | 'convo stats --corpus' | 'convo ingest -o' | 'convo ingest --output' | 'convo ingest --topics' | 'convo ingest --repairs' | 'convo ingest --quotes' | 'convo ingest --corpus' | 'convo completion --corpus' | 'convo repl --corpus') return 0 ;;
  esac
  return 1
}

# Adds the values of option $2 of command $1 to the candidates or, when $2 is empty, those
# of its positional parameter number $3; sets files=1 where file names fit.
_convo_values() {
  case "$1 $2" in
    'convo --corpus')
      files=1 ;;
    'convo quotes --corpus')
      files=1 ;;
    'convo quotes random -f' | 'convo quotes random --format')
      candidates+=(text plain tsv json jsonl markdown) ;;
    'convo quotes random --color' | 'convo quotes random --colour')
      candidates+=(auto always never) ;;
    'convo quotes random --speaker')
      _convo_corpus speaker ;;
    'convo quotes random --section')
      _convo_corpus section ;;
    'convo quotes random --topic')
      _convo_corpus topic ;;
    'convo quotes random --corpus')
      files=1 ;;
    'convo quotes list -f' | 'convo quotes list --format')
      candidates+=(text plain tsv json jsonl markdown) ;;
    'convo quotes list --color' | 'convo quotes list --colour')
      candidates+=(auto always never) ;;
    'convo quotes list --speaker')
      _convo_corpus speaker ;;
    'convo quotes list --section')
      _convo_corpus section ;;
    'convo quotes list --topic')
      _convo_corpus topic ;;
    'convo quotes list --corpus')
      files=1 ;;
    'convo quotes show -f' | 'convo quotes show --format')
      candidates+=(text plain tsv json jsonl markdown) ;;
    'convo quotes show --color' | 'convo quotes show --colour')
      candidates+=(auto always never) ;;
    'convo quotes show --corpus')
      files=1 ;;
    'convo quotes show ')
      if (($3 >= 0 && $3 <= 0)); then _convo_corpus quote; fi
      ;;
    'convo topic -f' | 'convo topic --format')
      candidates+=(text plain tsv json jsonl markdown) ;;
    'convo topic --color' | 'convo topic --colour')
      candidates+=(auto always never) ;;
    'convo topic --corpus')
      files=1 ;;
    'convo topic ')
      if (($3 >= 0)); then _convo_corpus topic; fi
      ;;
    'convo topics -f' | 'convo topics --format')
      candidates+=(text plain tsv json jsonl markdown) ;;
    'convo topics --color' | 'convo topics --colour')
      candidates+=(auto always never) ;;
    'convo topics --corpus')
      files=1 ;;
    'convo sections -f' | 'convo sections --format')
      candidates+=(text plain tsv json jsonl markdown) ;;
    'convo sections --color' | 'convo sections --colour')
      candidates+=(auto always never) ;;
    'convo sections --corpus')
      files=1 ;;
    'convo show -f' | 'convo show --format')
      candidates+=(text plain tsv json jsonl markdown) ;;
    'convo show --color' | 'convo show --colour')
      candidates+=(auto always never) ;;
    'convo show --corpus')
      files=1 ;;
    'convo show ')
      if (($3 >= 0)); then _convo_corpus section; _convo_corpus topic; fi
      ;;
    'convo search -f' | 'convo search --format')
      candidates+=(text plain tsv json jsonl markdown) ;;
    'convo search --color' | 'convo search --colour')
      candidates+=(auto always never) ;;
    'convo search --speaker')
      _convo_corpus speaker ;;
    'convo search --section')
      _convo_corpus section ;;
    'convo search --topic')
      _convo_corpus topic ;;
    'convo search --corpus')
      files=1 ;;
    'convo stats -f' | 'convo stats --format')
      candidates+=(text plain tsv json jsonl markdown) ;;
    'convo stats --color' | 'convo stats --colour')
      candidates+=(auto always never) ;;
    'convo stats --corpus')
      files=1 ;;
    'convo ingest -o' | 'convo ingest --output')
      files=1 ;;
    'convo ingest --topics')
      files=1 ;;
    'convo ingest --repairs')
      files=1 ;;
    'convo ingest --quotes')
      files=1 ;;
    'convo ingest --corpus')
      files=1 ;;
    'convo ingest ')
      if (($3 >= 0 && $3 <= 0)); then files=1; fi
      ;;
    'convo completion --corpus')
      files=1 ;;
    'convo completion ')
      if (($3 >= 0 && $3 <= 0)); then candidates+=(bash zsh fish); fi
      ;;
    'convo repl --corpus')
      files=1 ;;
  esac
}

# Adds the corpus's names of kind $1 to the candidates: those of the bundled interview, or
# those convo lists for the corpus named by --corpus or CONVO_CORPUS.
_convo_corpus() {
  if [[ -n $corpus || -n ${CONVO_CORPUS:-} ]]; then
    local value _ command=${COMP_WORDS[0]/#\~/$HOME}
    while IFS=$'\t' read -r value _; do
      candidates+=("$value")
    done < <(CONVO_CORPUS=${corpus:-${CONVO_CORPUS:-}} "$command" completion --list "$1" 2>/dev/null)
    return
  fi
  case $1 in
    section) candidates+=(1 1a 2 3 4 5 6 7 8 9 10 11 12) ;;
    topic) candidates+=(board ilya musk sora gpt-4 memory q-star gpt-5 compute google leap agi aliens energy safety open-source power trust business robots programming science death competition theatre simulation bias politics reasoning context-window hallucination journalism copyright economy humanity iterative-deployment security training-data world-model post-training structure timelines larry-summers bret-taylor adam-dangelo mira-murati bill-gates jeff-bezos marc-andreessen board-saga ouster firing '董事会' '董事会风波' sutskever '伊利亚' elon lawsuit '马斯克' '诉讼' video '视频' gpt4 chatgpt privacy '记忆' '隐私' qstar q gpt5 next-model 7-trillion chips '算力' '计算能力' '芯片' gemini search-engine '谷歌' gpt-5-leap '飞跃' superintelligence '通用人工智能' alien fermi '外星人' '外星' fusion fission nuclear helion '能源' '核聚变' '核裂变' alignment '安全' opensource oss '开源' governance '权力' '治理' '信任' ads advertising business-model '广告' '商业模式' robot robotics humanoid '机器人' coding code programmers '编程' '代码' discovery physics '科学' mortality '死亡' meta llama grok '竞争' theater '戏剧性风险' simulation-hypothesis '模拟' model-spec '偏见' culture-war '政治' slow-thinking '推理' context '上下文' hallucinations '幻觉' journalists '记者' artists '版权' jobs '经济' human-nature '人性' iterative '迭代' state-actors '国家行为者' data '数据' world-models occlusion rlhf '后训练' nonprofit '非营利' takeoff '时间表' summers '萨默斯' brett '泰勒' '德安杰洛' mira '穆拉蒂' gates '盖茨' bezos '贝佐斯' andreessen '安德森') ;;
    quote) candidates+=(q1 q2 q3 q4 q5 q6 q7 q8 q9 q10 q11 q12 q13 q14 q15 q16 q17 q18 q19 q20 q21 q22 q23 q24 q25 q26 q27 q28 q29 q30 q31 q32 q33 q34 q35 q36 q37 q38 q39 q40 q41 q42 q43 q44 q45 q46 q47 q48 q49 q50 q51 q52 q53 q54 q55 q56 q57 q58 q59 q60 q61 q62 q63 q64 q65 q66 q67 q68 q69 q70 q71 q72 q73 q74 q75 q76 q77 q78 q79 q80 q81 q82 q83 q84 q85 q86 q87 q88 q89 q90 q91 q92 q93 q94 q95 q96 q97 q98 q99 q100 q101 q102 q103 q104 q105 q106 q107 q108 q109 q110 q111 q112 q113 q114 q115 q116 q117 q118 q119 q120 q121 q122 q123 q124 q125 q126 q127 q128 q129 q130 q131 q132 q133 q134 q135 q136 q137 q138 q139 q140 q141 q142 q143 q144 q145 q146 q147 q148 q149 q150 q151 q152 q153 q154 q155 q156 q157 q158 q159 q160 q161 q162 q163 q164 q165 q166 q167 q168 q169 q170 q171 q172 q173 q174 q175 q176 q177 q178 q179 q180 q181 q182 q183 q184 q185 q186 q187 q188 q189 q190 q191 q192 q193 q194 q195 q196 q197 q198 q199 q200 q201 q202 q203 q204 q205 q206 q207 q208 q209 q210 q211 q212 q213 q214 q215 q216 q217 q218 q219 q220 q221 q222 q223 q224 q225 q226 q227 q228 q229 q230 q231 q232 q233 q234 q235 q236 q237 q238 q239 q240 q241 q242 q243 q244 q245 q246 q247 q248 q249) ;;
    speaker) candidates+=(lex sam) ;;
  esac
}

_convo() {
  local cur=${COMP_WORDS[COMP_CWORD]} path=convo corpus= index=0 option= files=0 word i
  local -a candidates=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    # bash splits --option=value at '=' into three words
    if ((i + 1 < COMP_CWORD)) && [[ ${COMP_WORDS[i + 1]} == = ]]; then
      if [[ $word == --corpus ]] && ((i + 2 < COMP_CWORD)); then corpus=${COMP_WORDS[i + 2]}; fi
      ((i += 2))
      continue
    fi
    if [[ $word == -* ]]; then
      if _convo_needs_value "$path" "$word"; then
        [[ $word == --corpus ]] && corpus=${COMP_WORDS[i + 1]}
        ((i++))
      fi
      continue
    fi
    if _convo_subcommand "$path" "$word"; then
      index=0
      continue
    fi
    ((index++))
  done
  # --corpus as typed: drop its quotes or backslashes, expand a leading ~
  case $corpus in
    \'*\' | \"*\") corpus=${corpus:1:${#corpus}-2} ;;
    *) corpus=${corpus//\\/} ;;
  esac
  corpus=${corpus/#\~/$HOME}

  local previous=${COMP_WORDS[COMP_CWORD - 1]}
  if [[ $cur == = ]]; then
    option=$previous cur=
  elif ((COMP_CWORD > 2)) && [[ $previous == = ]]; then
    option=${COMP_WORDS[COMP_CWORD - 2]}
  elif ((COMP_CWORD > 1)) && _convo_needs_value "$path" "$previous"; then
    option=$previous
  fi

  if [[ -n $option ]]; then
    _convo_values "$path" "$option" 0
  elif [[ $cur == -* ]]; then
    _convo_options "$path"
  else
    _convo_subcommand_names "$path"
    _convo_values "$path" '' "$index"
  fi

  COMPREPLY=()
  for word in "${candidates[@]}"; do
    [[ $word == "$cur"* ]] && COMPREPLY+=("$word")
  done
  if ((files)); then
    compopt -o filenames 2>/dev/null
    while IFS= read -r word; do COMPREPLY+=("$word"); done < <(compgen -f -- "$cur")
  fi
}

complete -F _convo convo
