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
    'convo library') path='convo library' ;;
    'convo completion') path='convo completion' ;;
    'convo repl') path='convo repl' ;;
    'convo help') path='convo help' ;;
    'convo quotes random') path='convo quotes random' ;;
    'convo quotes list') path='convo quotes list' ;;
    'convo quotes show') path='convo quotes show' ;;
    'convo library add') path='convo library add' ;;
    'convo library list') path='convo library list' ;;
    'convo library show') path='convo library show' ;;
    'convo library remove') path='convo library remove' ;;
    *) return 1 ;;
  esac
}

# Adds the subcommand names of command $1 to the candidates.
_convo_subcommand_names() {
  case $1 in
    convo) candidates+=(quotes topic topics sections show search stats ingest library completion repl help) ;;
    'convo quotes') candidates+=(random list show) ;;
    'convo library') candidates+=(add list show remove) ;;
  esac
}

# Adds the names of the commands under those named by the positional words typed so far
# (convo help quotes …).
_convo_commands() {
  local path=convo word
  for word in "${arguments[@]}"; do
    _convo_subcommand "$path" "$word" || return 0
  done
  _convo_subcommand_names "$path"
}

# Adds the option names of command $1 to the candidates.
_convo_options() {
  case $1 in
    convo) candidates+=(--corpus --debug -h --help -V --version) ;;
    'convo quotes') candidates+=(-h --help -V --version --corpus --debug) ;;
    'convo quotes random') candidates+=(-f --format --json --color --colour --width --no-pager --speaker --section --topic --min-chars --max-chars -n --count --seed --daily --any --editors --in -h --help -V --version --corpus --debug) ;;
    'convo quotes list') candidates+=(-f --format --json --color --colour --width --no-pager --speaker --section --topic --min-chars --max-chars --editors -h --help -V --version --corpus --debug) ;;
    'convo quotes show') candidates+=(-f --format --json --color --colour --width --no-pager -c --context -h --help -V --version --corpus --debug) ;;
    'convo topic') candidates+=(-f --format --json --color --colour --width --no-pager --in -h --help -V --version --corpus --debug) ;;
    'convo topics') candidates+=(-f --format --json --color --colour --width --no-pager --in -h --help -V --version --corpus --debug) ;;
    'convo sections') candidates+=(-f --format --json --color --colour --width --no-pager --in -h --help -V --version --corpus --debug) ;;
    'convo show') candidates+=(-f --format --json --color --colour --width --no-pager -h --help -V --version --corpus --debug) ;;
    'convo search') candidates+=(-f --format --json --color --colour --width --no-pager --speaker --section --topic -e --regex -i --ignore-case --exact -n --limit -c --count -l --ids -C --context --full --in -h --help -V --version --corpus --debug) ;;
    'convo stats') candidates+=(-f --format --json --color --colour --width --no-pager --in -h --help -V --version --corpus --debug) ;;
    'convo ingest') candidates+=(-o --output --format --topics --repairs --quotes --glossary -h --help -V --version --corpus --debug) ;;
    'convo library') candidates+=(-h --help -V --version --corpus --debug) ;;
    'convo library add') candidates+=(--name --format -h --help -V --version --corpus --debug) ;;
    'convo library list') candidates+=(-f --format --json --color --colour --width --no-pager -h --help -V --version --corpus --debug) ;;
    'convo library show') candidates+=(-f --format --json --color --colour --width --no-pager -h --help -V --version --corpus --debug) ;;
    'convo library remove') candidates+=(-h --help -V --version --corpus --debug) ;;
    'convo completion') candidates+=(-h --help -V --version --corpus --debug) ;;
    'convo repl') candidates+=(-h --help -V --version --corpus --debug) ;;
    'convo help') candidates+=(-h --help -V --version --corpus --debug) ;;
  esac
}

# Succeeds when option $2 of command $1 takes the next word as its value.
_convo_needs_value() {
  case "$1 $2" in
    'convo --corpus' | 'convo quotes --corpus' | 'convo quotes random -f' | 'convo quotes random --format' | 'convo quotes random --color' | 'convo quotes random --colour' | 'convo quotes random --width' | 'convo quotes random --speaker' | 'convo quotes random --section' | 'convo quotes random --topic' | 'convo quotes random --min-chars' | 'convo quotes random --max-chars' | 'convo quotes random -n' | 'convo quotes random --count' | 'convo quotes random --seed' | 'convo quotes random --in' | 'convo quotes random --corpus' | 'convo quotes list -f' | 'convo quotes list --format' | 'convo quotes list --color' | 'convo quotes list --colour' | 'convo quotes list --width' | 'convo quotes list --speaker' | 'convo quotes list --section' | 'convo quotes list --topic' | 'convo quotes list --min-chars' | 'convo quotes list --max-chars' | 'convo quotes list --corpus' | 'convo quotes show -f' | 'convo quotes show --format' | 'convo quotes show --color' | 'convo quotes show --colour' | 'convo quotes show --width' | 'convo quotes show --corpus' | 'convo topic -f' | 'convo topic --format' | 'convo topic --color' | 'convo topic --colour' | 'convo topic --width' | 'convo topic --in' | 'convo topic --corpus' | 'convo topics -f' | 'convo topics --format' | 'convo topics --color' | 'convo topics --colour' | 'convo topics --width' | 'convo topics --in' | 'convo topics --corpus' | 'convo sections -f' | 'convo sections --format' | 'convo sections --color' | 'convo sections --colour' | 'convo sections --width' | 'convo sections --in' | 'convo sections --corpus' | 'convo show -f' | 'convo show --format' | 'convo show --color' | 'convo show --colour' | 'convo show --width' | 'convo show --corpus' | 'convo search -f' | 'convo search --format' | 'convo search --color' | 'convo search --colour' | 'convo search --width' | 'convo search --speaker' | 'convo search --section' | 'convo search --topic' | 'convo search -n' | 'convo search --limit' | 'convo search -C' | 'convo search --context' | 'convo search --in' | 'convo search --corpus' | 'convo stats -f' | 'convo stats --format' | 'convo stats --color' | 'convo stats --colour' | 'convo stats --width' | 'convo stats --in' | 'convo stats --corpus' | 'convo ingest -o' | 'convo ingest --output' | 'convo ingest --format' | 'convo ingest --topics' | 'convo ingest --repairs' | 'convo ingest --quotes' | 'convo ingest --glossary' | 'convo ingest --corpus' | 'convo library --corpus' | 'convo library add --name' | 'convo library add --format' | 'convo library add --corpus' | 'convo library list -f' | 'convo library list --format' | 'convo library list --color' | 'convo library list --colour' | 'convo library list --width' | 'convo library list --corpus' | 'convo library show -f' | 'convo library show --format' | 'convo library show --color' | 'convo library show --colour' | 'convo library show --width' | 'convo library show --corpus' | 'convo library remove --corpus' | 'convo completion --list' | 'convo completion --word' | 'convo completion --corpus' | 'convo repl --corpus' | 'convo help --corpus') return 0 ;;
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
    'convo quotes random --in')
      _convo_corpus conversation ;;
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
      if (($3 >= 0 && $3 <= 0)); then _convo_corpus quote; _convo_corpus sentence; fi
      ;;
    'convo topic -f' | 'convo topic --format')
      candidates+=(text plain tsv json jsonl markdown) ;;
    'convo topic --color' | 'convo topic --colour')
      candidates+=(auto always never) ;;
    'convo topic --in')
      _convo_corpus conversation ;;
    'convo topic --corpus')
      files=1 ;;
    'convo topic ')
      if (($3 >= 0)); then _convo_corpus topic; fi
      ;;
    'convo topics -f' | 'convo topics --format')
      candidates+=(text plain tsv json jsonl markdown) ;;
    'convo topics --color' | 'convo topics --colour')
      candidates+=(auto always never) ;;
    'convo topics --in')
      _convo_corpus conversation ;;
    'convo topics --corpus')
      files=1 ;;
    'convo sections -f' | 'convo sections --format')
      candidates+=(text plain tsv json jsonl markdown) ;;
    'convo sections --color' | 'convo sections --colour')
      candidates+=(auto always never) ;;
    'convo sections --in')
      _convo_corpus conversation ;;
    'convo sections --corpus')
      files=1 ;;
    'convo show -f' | 'convo show --format')
      candidates+=(text plain tsv json jsonl markdown) ;;
    'convo show --color' | 'convo show --colour')
      candidates+=(auto always never) ;;
    'convo show --corpus')
      files=1 ;;
    'convo show ')
      if (($3 >= 0)); then candidates+=(all); _convo_corpus section; _convo_corpus topic; _convo_corpus turn; fi
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
    'convo search --in')
      _convo_corpus conversation ;;
    'convo search --corpus')
      files=1 ;;
    'convo stats -f' | 'convo stats --format')
      candidates+=(text plain tsv json jsonl markdown) ;;
    'convo stats --color' | 'convo stats --colour')
      candidates+=(auto always never) ;;
    'convo stats --in')
      _convo_corpus conversation ;;
    'convo stats --corpus')
      files=1 ;;
    'convo ingest -o' | 'convo ingest --output')
      files=1 ;;
    'convo ingest --format')
      candidates+=(markdown plain podcast webvtt) ;;
    'convo ingest --topics')
      files=1 ;;
    'convo ingest --repairs')
      files=1 ;;
    'convo ingest --quotes')
      files=1 ;;
    'convo ingest --glossary')
      files=1 ;;
    'convo ingest --corpus')
      files=1 ;;
    'convo ingest ')
      if (($3 >= 0 && $3 <= 0)); then files=1; fi
      ;;
    'convo library --corpus')
      files=1 ;;
    'convo library add --format')
      candidates+=(markdown plain podcast webvtt) ;;
    'convo library add --corpus')
      files=1 ;;
    'convo library add ')
      if (($3 >= 0 && $3 <= 0)); then files=1; fi
      ;;
    'convo library list -f' | 'convo library list --format')
      candidates+=(text plain tsv json jsonl markdown) ;;
    'convo library list --color' | 'convo library list --colour')
      candidates+=(auto always never) ;;
    'convo library list --corpus')
      files=1 ;;
    'convo library show -f' | 'convo library show --format')
      candidates+=(text plain tsv json jsonl markdown) ;;
    'convo library show --color' | 'convo library show --colour')
      candidates+=(auto always never) ;;
    'convo library show --corpus')
      files=1 ;;
    'convo library show ')
      if (($3 >= 0 && $3 <= 0)); then _convo_corpus conversation; fi
      ;;
    'convo library remove --corpus')
      files=1 ;;
    'convo library remove ')
      if (($3 >= 0 && $3 <= 0)); then _convo_corpus conversation; fi
      ;;
    'convo completion --list')
      candidates+=(section topic quote speaker turn sentence conversation) ;;
    'convo completion --corpus')
      files=1 ;;
    'convo completion ')
      if (($3 >= 0 && $3 <= 0)); then candidates+=(bash zsh fish); fi
      ;;
    'convo repl --corpus')
      files=1 ;;
    'convo help --corpus')
      files=1 ;;
    'convo help ')
      if (($3 >= 0 && $3 <= 0)); then _convo_commands; fi
      if (($3 >= 1)); then _convo_commands; fi
      ;;
  esac
}

# Adds the corpus's names of kind $1 to the candidates: those of the bundled interview, or
# those convo lists for the corpus named by --corpus or CONVO_CORPUS. Turns are offered once
# the word names their section (7:), sentences once it names their turn (8:8/; before that,
# the turns, each followed by the slash); they keep their reading order (1:2 before 1:10).
# The ids of a conversation of the library, tea/1:2, are asked of convo for the word typed.
_convo_corpus() {
  local kind=$1 suffix=
  local -a word=()
  # A colon before the slash makes a sentence id (8:8/1) instead; --corpus leaves the library out.
  if [[ $cur =~ ^[^:/]+/ ]]; then
    [[ -z $corpus && -z ${CONVO_CORPUS:-} ]] || return 0
    case $kind in
      turn | quote) ;;
      sentence) [[ ${cur#*/} == */* ]] || return 0 ;;
      *) return 0 ;;
    esac
    word=(--word "$cur") nosort=1
  else
    case $kind in
      turn) [[ $cur == *:* ]] || return 0; nosort=1 ;;
      sentence)
        [[ $cur == *:* ]] || return 0
        nosort=1
        [[ $cur == */* ]] || kind=turn suffix=/ nospace=1 ;;
    esac
  fi
  local -a names=()
  if ((${#word[@]})) || [[ -n $corpus || -n ${CONVO_CORPUS:-} || $kind == conversation ]]; then
    local value _ command=${COMP_WORDS[0]/#\~/$HOME}
    while IFS=$'\t' read -r value _; do
      names+=("$value")
    done < <(CONVO_CORPUS=${corpus:-${CONVO_CORPUS:-}} "$command" completion --list "$kind" "${word[@]}" 2>/dev/null)
  else
    case $kind in
      section) names=(1 1a 2 3 4 5 6 7 8 9 10 11 12) ;;
      topic) names=(board ilya musk sora gpt-4 memory q-star gpt-5 compute google leap agi aliens energy safety open-source power trust business robots programming science death competition theatre simulation bias politics reasoning context-window hallucination journalism copyright economy humanity iterative-deployment security training-data world-model post-training structure timelines larry-summers bret-taylor adam-dangelo mira-murati bill-gates jeff-bezos marc-andreessen board-saga ouster firing '董事会' '董事会风波' sutskever '伊利亚' elon lawsuit '马斯克' '诉讼' video '视频' gpt4 chatgpt privacy '记忆' '隐私' qstar q gpt5 next-model 7-trillion chips '算力' '计算能力' '芯片' gemini search-engine '谷歌' gpt-5-leap '飞跃' superintelligence '通用人工智能' alien fermi '外星人' '外星' fusion fission nuclear helion '能源' '核聚变' '核裂变' alignment '安全' opensource oss '开源' governance '权力' '治理' '信任' ads advertising business-model '广告' '商业模式' robot robotics humanoid '机器人' coding code programmers '编程' '代码' discovery physics '科学' mortality '死亡' meta llama grok '竞争' theater '戏剧性风险' simulation-hypothesis '模拟' model-spec '偏见' culture-war '政治' slow-thinking '推理' context '上下文' hallucinations '幻觉' journalists '记者' artists '版权' jobs '经济' human-nature '人性' iterative '迭代' state-actors '国家行为者' data '数据' world-models occlusion rlhf '后训练' nonprofit '非营利' takeoff '时间表' summers '萨默斯' brett '泰勒' '德安杰洛' mira '穆拉蒂' gates '盖茨' bezos '贝佐斯' andreessen '安德森') ;;
      quote) names=(q1 q2 q3 q4 q5 q6 q7 q8 q9 q10 q11 q12 q13 q14 q15 q16 q17 q18 q19 q20 q21 q22 q23 q24 q25 q26 q27 q28 q29 q30 q31 q32 q33 q34 q35 q36 q37 q38 q39 q40 q41 q42 q43 q44 q45 q46 q47 q48 q49 q50 q51 q52 q53 q54 q55 q56 q57 q58 q59 q60 q61 q62 q63 q64 q65 q66 q67 q68 q69 q70 q71 q72 q73 q74 q75 q76 q77 q78 q79 q80 q81 q82 q83 q84 q85 q86 q87 q88 q89 q90 q91 q92 q93 q94 q95 q96 q97 q98 q99 q100 q101 q102 q103 q104 q105 q106 q107 q108 q109 q110 q111 q112 q113 q114 q115 q116 q117 q118 q119 q120 q121 q122 q123 q124 q125 q126 q127 q128 q129 q130 q131 q132 q133 q134 q135 q136 q137 q138 q139 q140 q141 q142 q143 q144 q145 q146 q147 q148 q149 q150 q151 q152 q153 q154 q155 q156 q157 q158 q159 q160 q161 q162 q163 q164 q165 q166 q167 q168 q169 q170 q171 q172 q173 q174 q175 q176 q177 q178 q179 q180 q181 q182 q183 q184 q185 q186 q187 q188 q189 q190 q191 q192 q193 q194 q195 q196 q197 q198 q199 q200 q201 q202 q203 q204 q205 q206 q207 q208 q209 q210 q211 q212 q213 q214 q215 q216 q217 q218 q219 q220 q221 q222 q223 q224 q225 q226 q227 q228 q229 q230 q231 q232 q233 q234 q235 q236 q237 q238 q239 q240 q241 q242 q243 q244 q245 q246 q247 q248 q249) ;;
      speaker) names=(lex sam) ;;
      turn) names=('1:1' '1:2' '1:3' '1:4' '1:5' '1:6' '1:7' '1:8' '1:9' '1:10' '1:11' '1:12' '1:13' '1:14' '1:15' '1:16' '1:17' '1:18' '1:19' '1:20' '1:21' '1:22' '1:23' '1:24' '1:25' '1:26' '1:27' '1:28' '1:29' '1:30' '1:31' '1:32' '1:33' '1:34' '1:35' '1:36' '1:37' '1:38' '1:39' '1:40' '1:41' '1:42' '1:43' '1:44' '1:45' '1:46' '1:47' '1:48' '1:49' '1:50' '1a:1' '1a:2' '1a:3' '1a:4' '1a:5' '1a:6' '1a:7' '1a:8' '1a:9' '1a:10' '1a:11' '1a:12' '1a:13' '1a:14' '1a:15' '1a:16' '1a:17' '1a:18' '1a:19' '1a:20' '1a:21' '1a:22' '1a:23' '1a:24' '1a:25' '1a:26' '1a:27' '1a:28' '2:1' '2:2' '2:3' '2:4' '2:5' '2:6' '2:7' '2:8' '2:9' '2:10' '2:11' '2:12' '2:13' '2:14' '2:15' '2:16' '2:17' '2:18' '2:19' '2:20' '2:21' '2:22' '2:23' '2:24' '2:25' '2:26' '2:27' '2:28' '2:29' '2:30' '2:31' '2:32' '2:33' '2:34' '2:35' '3:1' '3:2' '3:3' '3:4' '3:5' '3:6' '3:7' '3:8' '3:9' '3:10' '3:11' '3:12' '3:13' '3:14' '3:15' '3:16' '3:17' '3:18' '3:19' '3:20' '3:21' '3:22' '3:23' '3:24' '3:25' '3:26' '3:27' '3:28' '3:29' '3:30' '3:31' '3:32' '3:33' '3:34' '3:35' '3:36' '3:37' '3:38' '3:39' '3:40' '3:41' '3:42' '3:43' '4:1' '4:2' '4:3' '4:4' '4:5' '4:6' '4:7' '4:8' '4:9' '4:10' '4:11' '4:12' '4:13' '4:14' '4:15' '4:16' '4:17' '4:18' '4:19' '4:20' '4:21' '4:22' '4:23' '4:24' '4:25' '4:26' '4:27' '4:28' '4:29' '4:30' '4:31' '4:32' '5:1' '5:2' '5:3' '5:4' '5:5' '5:6' '5:7' '5:8' '5:9' '5:10' '5:11' '5:12' '5:13' '5:14' '5:15' '5:16' '5:17' '5:18' '5:19' '5:20' '6:1' '6:2' '6:3' '6:4' '6:5' '6:6' '6:7' '6:8' '6:9' '6:10' '6:11' '6:12' '6:13' '6:14' '6:15' '6:16' '7:1' '7:2' '7:3' '7:4' '7:5' '7:6' '7:7' '7:8' '7:9' '7:10' '7:11' '7:12' '7:13' '7:14' '7:15' '7:16' '7:17' '7:18' '7:19' '7:20' '8:1' '8:2' '8:3' '8:4' '8:5' '8:6' '8:7' '8:8' '8:9' '8:10' '8:11' '8:12' '8:13' '8:14' '8:15' '8:16' '8:17' '8:18' '8:19' '8:20' '8:21' '8:22' '8:23' '8:24' '8:25' '8:26' '8:27' '8:28' '8:29' '8:30' '8:31' '8:32' '8:33' '8:34' '8:35' '9:1' '9:2' '9:3' '9:4' '9:5' '9:6' '9:7' '9:8' '9:9' '9:10' '9:11' '9:12' '9:13' '9:14' '9:15' '9:16' '9:17' '9:18' '9:19' '9:20' '9:21' '9:22' '9:23' '9:24' '9:25' '9:26' '9:27' '9:28' '9:29' '9:30' '9:31' '9:32' '9:33' '9:34' '9:35' '10:1' '10:2' '10:3' '10:4' '10:5' '10:6' '10:7' '10:8' '10:9' '10:10' '10:11' '10:12' '10:13' '10:14' '10:15' '10:16' '10:17' '10:18' '11:1' '11:2' '11:3' '11:4' '11:5' '11:6' '11:7' '11:8' '11:9' '11:10' '11:11' '11:12' '11:13' '11:14' '11:15' '11:16' '11:17' '11:18' '11:19' '11:20' '11:21' '11:22' '11:23' '11:24' '11:25' '11:26' '11:27' '11:28' '11:29' '11:30' '11:31' '11:32' '11:33' '11:34' '11:35' '12:1' '12:2' '12:3' '12:4' '12:5' '12:6' '12:7' '12:8' '12:9' '12:10') ;;
      sentence) names=('1:1/1' '1:2/1' '1:2/2' '1:2/3' '1:2/4' '1:2/5' '1:2/6' '1:2/7' '1:2/8' '1:2/9' '1:3/1' '1:4/1' '1:4/2' '1:4/3' '1:4/4' '1:5/1' '1:6/1' '1:7/1' '1:8/1' '1:8/2' '1:8/3' '1:9/1' '1:10/1' '1:10/2' '1:10/3' '1:11/1' '1:11/2' '1:11/3' '1:12/1' '1:12/2' '1:12/3' '1:12/4' '1:12/5' '1:13/1' '1:13/2' '1:13/3' '1:14/1' '1:14/2' '1:15/1' '1:16/1' '1:16/2' '1:16/3' '1:16/4' '1:17/1' '1:18/1' '1:19/1' '1:20/1' '1:21/1' '1:21/2' '1:22/1' '1:22/2' '1:23/1' '1:23/2' '1:24/1' '1:24/2' '1:24/3' '1:24/4' '1:24/5' '1:24/6' '1:24/7' '1:24/8' '1:24/9' '1:24/10' '1:24/11' '1:25/1' '1:26/1' '1:27/1' '1:27/2' '1:27/3' '1:27/4' '1:28/1' '1:28/2' '1:28/3' '1:28/4' '1:29/1' '1:30/1' '1:30/2' '1:31/1' '1:32/1' '1:32/2' '1:33/1' '1:34/1' '1:35/1' '1:35/2' '1:35/3' '1:35/4' '1:36/1' '1:36/2' '1:36/3' '1:36/4' '1:36/5' '1:36/6' '1:36/7' '1:36/8' '1:36/9' '1:36/10' '1:37/1' '1:38/1' '1:38/2' '1:38/3' '1:38/4' '1:38/5' '1:39/1' '1:40/1' '1:40/2' '1:40/3' '1:41/1' '1:42/1' '1:43/1' '1:44/1' '1:44/2' '1:44/3' '1:44/4' '1:44/5' '1:44/6' '1:44/7' '1:44/8' '1:44/9' '1:44/10' '1:44/11' '1:45/1' '1:45/2' '1:46/1' '1:47/1' '1:48/1' '1:49/1' '1:49/2' '1:50/1' '1a:1/1' '1a:1/2' '1a:2/1' '1a:3/1' '1a:4/1' '1a:5/1' '1a:6/1' '1a:7/1' '1a:7/2' '1a:8/1' '1a:8/2' '1a:8/3' '1a:8/4' '1a:9/1' '1a:10/1' '1a:10/2' '1a:10/3' '1a:10/4' '1a:11/1' '1a:11/2' '1a:11/3' '1a:11/4' '1a:11/5' '1a:11/6' '1a:12/1' '1a:13/1' '1a:13/2' '1a:14/1' '1a:15/1' '1a:16/1' '1a:16/2' '1a:17/1' '1a:18/1' '1a:19/1' '1a:20/1' '1a:20/2' '1a:20/3' '1a:20/4' '1a:20/5' '1a:20/6' '1a:20/7' '1a:21/1' '1a:22/1' '1a:23/1' '1a:24/1' '1a:24/2' '1a:24/3' '1a:24/4' '1a:25/1' '1a:26/1' '1a:27/1' '1a:27/2' '1a:27/3' '1a:27/4' '1a:27/5' '1a:28/1' '1a:28/2' '2:1/1' '2:1/2' '2:1/3' '2:1/4' '2:2/1' '2:2/2' '2:2/3' '2:2/4' '2:2/5' '2:2/6' '2:2/7' '2:2/8' '2:2/9' '2:2/10' '2:2/11' '2:3/1' '2:3/2' '2:4/1' '2:4/2' '2:5/1' '2:5/2' '2:6/1' '2:7/1' '2:8/1' '2:9/1' '2:9/2' '2:10/1' '2:10/2' '2:10/3' '2:11/1' '2:12/1' '2:12/2' '2:13/1' '2:13/2' '2:13/3' '2:13/4' '2:14/1' '2:14/2' '2:14/3' '2:14/4' '2:14/5' '2:14/6' '2:14/7' '2:15/1' '2:15/2' '2:16/1' '2:17/1' '2:18/1' '2:18/2' '2:19/1' '2:19/2' '2:19/3' '2:20/1' '2:20/2' '2:21/1' '2:22/1' '2:22/2' '2:23/1' '2:23/2' '2:23/3' '2:23/4' '2:23/5' '2:23/6' '2:23/7' '2:24/1' '2:24/2' '2:24/3' '2:25/1' '2:25/2' '2:26/1' '2:26/2' '2:26/3' '2:27/1' '2:27/2' '2:28/1' '2:29/1' '2:30/1' '2:31/1' '2:32/1' '2:33/1' '2:33/2' '2:33/3' '2:34/1' '2:35/1' '2:35/2' '2:35/3' '3:1/1' '3:1/2' '3:1/3' '3:1/4' '3:1/5' '3:2/1' '3:2/2' '3:2/3' '3:2/4' '3:2/5' '3:2/6' '3:2/7' '3:2/8' '3:2/9' '3:3/1' '3:3/2' '3:4/1' '3:4/2' '3:4/3' '3:5/1' '3:6/1' '3:6/2' '3:7/1' '3:7/2' '3:8/1' '3:8/2' '3:8/3' '3:9/1' '3:10/1' '3:10/2' '3:10/3' '3:11/1' '3:11/2' '3:11/3' '3:12/1' '3:13/1' '3:13/2' '3:13/3' '3:14/1' '3:15/1' '3:15/2' '3:15/3' '3:15/4' '3:16/1' '3:17/1' '3:17/2' '3:17/3' '3:17/4' '3:18/1' '3:19/1' '3:19/2' '3:20/1' '3:20/2' '3:21/1' '3:21/2' '3:22/1' '3:23/1' '3:23/2' '3:23/3' '3:24/1' '3:24/2' '3:24/3' '3:24/4' '3:25/1' '3:25/2' '3:26/1' '3:26/2' '3:26/3' '3:26/4' '3:27/1' '3:27/2' '3:28/1' '3:29/1' '3:30/1' '3:30/2' '3:30/3' '3:30/4' '3:31/1' '3:32/1' '3:32/2' '3:33/1' '3:33/2' '3:34/1' '3:34/2' '3:34/3' '3:34/4' '3:35/1' '3:36/1' '3:36/2' '3:36/3' '3:36/4' '3:36/5' '3:36/6' '3:36/7' '3:36/8' '3:36/9' '3:36/10' '3:37/1' '3:37/2' '3:37/3' '3:38/1' '3:39/1' '3:39/2' '3:40/1' '3:41/1' '3:41/2' '3:42/1' '3:42/2' '3:43/1' '3:43/2' '3:43/3' '3:43/4' '3:43/5' '4:1/1' '4:1/2' '4:2/1' '4:2/2' '4:2/3' '4:3/1' '4:3/2' '4:3/3' '4:3/4' '4:4/1' '4:5/1' '4:6/1' '4:6/2' '4:6/3' '4:6/4' '4:7/1' '4:8/1' '4:9/1' '4:10/1' '4:10/2' '4:10/3' '4:10/4' '4:10/5' '4:11/1' '4:12/1' '4:12/2' '4:13/1' '4:14/1' '4:14/2' '4:14/3' '4:15/1' '4:16/1' '4:16/2' '4:16/3' '4:16/4' '4:17/1' '4:17/2' '4:18/1' '4:18/2' '4:18/3' '4:19/1' '4:19/2' '4:20/1' '4:20/2' '4:20/3' '4:20/4' '4:21/1' '4:22/1' '4:22/2' '4:22/3' '4:22/4' '4:22/5' '4:23/1' '4:23/2' '4:23/3' '4:23/4' '4:24/1' '4:24/2' '4:24/3' '4:24/4' '4:24/5' '4:24/6' '4:24/7' '4:25/1' '4:25/2' '4:25/3' '4:25/4' '4:25/5' '4:26/1' '4:26/2' '4:26/3' '4:26/4' '4:27/1' '4:27/2' '4:27/3' '4:27/4' '4:27/5' '4:27/6' '4:27/7' '4:27/8' '4:27/9' '4:27/10' '4:27/11' '4:27/12' '4:27/13' '4:27/14' '4:28/1' '4:28/2' '4:29/1' '4:30/1' '4:30/2' '4:30/3' '4:30/4' '4:31/1' '4:31/2' '4:32/1' '5:1/1' '5:1/2' '5:1/3' '5:1/4' '5:1/5' '5:1/6' '5:1/7' '5:1/8' '5:1/9' '5:2/1' '5:2/2' '5:2/3' '5:2/4' '5:3/1' '5:3/2' '5:3/3' '5:3/4' '5:3/5' '5:4/1' '5:4/2' '5:4/3' '5:4/4' '5:5/1' '5:5/2' '5:5/3' '5:6/1' '5:6/2' '5:6/3' '5:6/4' '5:6/5' '5:7/1' '5:7/2' '5:7/3' '5:8/1' '5:8/2' '5:8/3' '5:8/4' '5:8/5' '5:8/6' '5:8/7' '5:9/1' '5:9/2' '5:9/3' '5:10/1' '5:11/1' '5:11/2' '5:11/3' '5:11/4' '5:11/5' '5:11/6' '5:11/7' '5:12/1' '5:13/1' '5:13/2' '5:14/1' '5:14/2' '5:14/3' '5:14/4' '5:15/1' '5:15/2' '5:16/1' '5:17/1' '5:17/2' '5:18/1' '5:18/2' '5:19/1' '5:20/1' '5:20/2' '5:20/3' '6:1/1' '6:1/2' '6:1/3' '6:2/1' '6:2/2' '6:3/1' '6:3/2' '6:3/3' '6:4/1' '6:4/2' '6:5/1' '6:6/1' '6:7/1' '6:7/2' '6:8/1' '6:8/2' '6:8/3' '6:8/4' '6:9/1' '6:10/1' '6:10/2' '6:10/3' '6:10/4' '6:11/1' '6:11/2' '6:11/3' '6:11/4' '6:12/1' '6:12/2' '6:12/3' '6:12/4' '6:12/5' '6:12/6' '6:12/7' '6:12/8' '6:12/9' '6:13/1' '6:13/2' '6:13/3' '6:14/1' '6:14/2' '6:15/1' '6:15/2' '6:15/3' '6:16/1' '6:16/2' '6:16/3' '6:16/4' '6:16/5' '6:16/6' '7:1/1' '7:2/1' '7:2/2' '7:3/1' '7:3/2' '7:4/1' '7:4/2' '7:5/1' '7:6/1' '7:6/2' '7:6/3' '7:7/1' '7:7/2' '7:7/3' '7:7/4' '7:7/5' '7:7/6' '7:8/1' '7:8/2' '7:8/3' '7:8/4' '7:8/5' '7:8/6' '7:8/7' '7:8/8' '7:9/1' '7:10/1' '7:11/1' '7:12/1' '7:13/1' '7:14/1' '7:15/1' '7:16/1' '7:17/1' '7:18/1' '7:18/2' '7:18/3' '7:18/4' '7:18/5' '7:18/6' '7:18/7' '7:18/8' '7:18/9' '7:19/1' '7:20/1' '8:1/1' '8:1/2' '8:2/1' '8:2/2' '8:3/1' '8:4/1' '8:5/1' '8:6/1' '8:7/1' '8:7/2' '8:8/1' '8:8/2' '8:8/3' '8:8/4' '8:8/5' '8:8/6' '8:8/7' '8:8/8' '8:8/9' '8:8/10' '8:8/11' '8:8/12' '8:8/13' '8:9/1' '8:9/2' '8:10/1' '8:11/1' '8:12/1' '8:12/2' '8:12/3' '8:13/1' '8:13/2' '8:13/3' '8:14/1' '8:14/2' '8:15/1' '8:16/1' '8:17/1' '8:17/2' '8:18/1' '8:18/2' '8:18/3' '8:19/1' '8:20/1' '8:21/1' '8:21/2' '8:21/3' '8:21/4' '8:21/5' '8:22/1' '8:22/2' '8:22/3' '8:22/4' '8:22/5' '8:22/6' '8:23/1' '8:23/2' '8:24/1' '8:24/2' '8:25/1' '8:26/1' '8:26/2' '8:26/3' '8:26/4' '8:26/5' '8:27/1' '8:27/2' '8:27/3' '8:28/1' '8:29/1' '8:29/2' '8:30/1' '8:31/1' '8:31/2' '8:32/1' '8:32/2' '8:33/1' '8:33/2' '8:33/3' '8:34/1' '8:34/2' '8:34/3' '8:35/1' '8:35/2' '9:1/1' '9:1/2' '9:1/3' '9:1/4' '9:2/1' '9:2/2' '9:2/3' '9:2/4' '9:2/5' '9:2/6' '9:2/7' '9:2/8' '9:2/9' '9:3/1' '9:4/1' '9:5/1' '9:5/2' '9:6/1' '9:6/2' '9:6/3' '9:6/4' '9:6/5' '9:7/1' '9:7/2' '9:7/3' '9:8/1' '9:8/2' '9:8/3' '9:8/4' '9:8/5' '9:8/6' '9:8/7' '9:8/8' '9:9/1' '9:9/2' '9:9/3' '9:9/4' '9:10/1' '9:10/2' '9:11/1' '9:11/2' '9:11/3' '9:12/1' '9:12/2' '9:13/1' '9:13/2' '9:13/3' '9:13/4' '9:13/5' '9:13/6' '9:13/7' '9:13/8' '9:14/1' '9:14/2' '9:14/3' '9:14/4' '9:14/5' '9:14/6' '9:14/7' '9:14/8' '9:15/1' '9:15/2' '9:16/1' '9:16/2' '9:16/3' '9:17/1' '9:17/2' '9:18/1' '9:19/1' '9:19/2' '9:20/1' '9:21/1' '9:21/2' '9:21/3' '9:21/4' '9:22/1' '9:22/2' '9:22/3' '9:22/4' '9:22/5' '9:23/1' '9:24/1' '9:24/2' '9:25/1' '9:25/2' '9:26/1' '9:26/2' '9:26/3' '9:26/4' '9:26/5' '9:27/1' '9:27/2' '9:28/1' '9:28/2' '9:29/1' '9:29/2' '9:29/3' '9:29/4' '9:30/1' '9:30/2' '9:30/3' '9:30/4' '9:30/5' '9:30/6' '9:31/1' '9:32/1' '9:33/1' '9:34/1' '9:35/1' '9:35/2' '10:1/1' '10:2/1' '10:2/2' '10:2/3' '10:2/4' '10:3/1' '10:3/2' '10:3/3' '10:3/4' '10:3/5' '10:3/6' '10:3/7' '10:3/8' '10:3/9' '10:3/10' '10:4/1' '10:5/1' '10:5/2' '10:5/3' '10:5/4' '10:6/1' '10:6/2' '10:7/1' '10:8/1' '10:8/2' '10:8/3' '10:8/4' '10:9/1' '10:9/2' '10:9/3' '10:9/4' '10:9/5' '10:9/6' '10:9/7' '10:9/8' '10:10/1' '10:10/2' '10:11/1' '10:11/2' '10:11/3' '10:12/1' '10:12/2' '10:13/1' '10:14/1' '10:15/1' '10:16/1' '10:16/2' '10:17/1' '10:18/1' '10:18/2' '10:18/3' '10:18/4' '10:18/5' '11:1/1' '11:1/2' '11:2/1' '11:2/2' '11:2/3' '11:2/4' '11:2/5' '11:2/6' '11:2/7' '11:2/8' '11:3/1' '11:3/2' '11:4/1' '11:4/2' '11:4/3' '11:4/4' '11:4/5' '11:4/6' '11:4/7' '11:5/1' '11:6/1' '11:7/1' '11:8/1' '11:9/1' '11:9/2' '11:10/1' '11:10/2' '11:11/1' '11:11/2' '11:11/3' '11:11/4' '11:12/1' '11:12/2' '11:12/3' '11:13/1' '11:13/2' '11:13/3' '11:14/1' '11:14/2' '11:14/3' '11:14/4' '11:15/1' '11:15/2' '11:15/3' '11:15/4' '11:15/5' '11:16/1' '11:16/2' '11:16/3' '11:16/4' '11:16/5' '11:16/6' '11:16/7' '11:17/1' '11:17/2' '11:17/3' '11:18/1' '11:18/2' '11:19/1' '11:19/2' '11:20/1' '11:20/2' '11:20/3' '11:20/4' '11:20/5' '11:20/6' '11:20/7' '11:20/8' '11:20/9' '11:20/10' '11:20/11' '11:20/12' '11:20/13' '11:20/14' '11:20/15' '11:20/16' '11:20/17' '11:20/18' '11:20/19' '11:20/20' '11:20/21' '11:21/1' '11:21/2' '11:21/3' '11:21/4' '11:21/5' '11:22/1' '11:23/1' '11:23/2' '11:24/1' '11:24/2' '11:24/3' '11:24/4' '11:25/1' '11:25/2' '11:25/3' '11:26/1' '11:26/2' '11:26/3' '11:26/4' '11:26/5' '11:27/1' '11:28/1' '11:28/2' '11:28/3' '11:28/4' '11:28/5' '11:28/6' '11:29/1' '11:29/2' '11:30/1' '11:30/2' '11:30/3' '11:30/4' '11:30/5' '11:31/1' '11:31/2' '11:31/3' '11:31/4' '11:31/5' '11:32/1' '11:32/2' '11:32/3' '11:32/4' '11:32/5' '11:32/6' '11:32/7' '11:32/8' '11:32/9' '11:33/1' '11:34/1' '11:35/1' '11:35/2' '11:35/3' '11:35/4' '11:35/5' '11:35/6' '11:35/7' '11:35/8' '11:35/9' '12:1/1' '12:1/2' '12:2/1' '12:2/2' '12:2/3' '12:3/1' '12:4/1' '12:4/2' '12:4/3' '12:4/4' '12:4/5' '12:5/1' '12:5/2' '12:5/3' '12:5/4' '12:6/1' '12:6/2' '12:7/1' '12:7/2' '12:7/3' '12:7/4' '12:7/5' '12:7/6' '12:7/7' '12:7/8' '12:7/9' '12:7/10' '12:7/11' '12:7/12' '12:8/1' '12:8/2' '12:8/3' '12:8/4' '12:9/1' '12:9/2' '12:10/1' '12:10/2' '12:10/3' '12:10/4' '12:10/5') ;;
    esac
  fi
  ((${#names[@]})) && candidates+=("${names[@]/%/$suffix}")
}

_convo() {
  local path=convo corpus= index=0 option= files=0 nospace=0 nosort=0 word i
  local -a candidates=() words=() arguments=()
  # bash splits words at ':' too (it is in COMP_WORDBREAKS): 7 : 3 is put back together as
  # 7:3 wherever nothing separated the pieces on the command line
  local line=${COMP_LINE:0:COMP_POINT} glued
  for ((i = 0; i <= COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    glued=1
    [[ $line == [[:space:]]* ]] && glued=0
    line=${line#"${line%%[![:space:]]*}"}
    if ((i > 0 && glued)) && [[ $word == : || ${words[${#words[@]} - 1]} == *: ]]; then
      words[${#words[@]} - 1]+=$word
    else
      words+=("$word")
    fi
    line=${line#"$word"}
  done
  local cword=$((${#words[@]} - 1))
  local cur=${words[cword]}
  for ((i = 1; i < cword; i++)); do
    word=${words[i]}
    # bash splits --option=value at '=' into three words
    if ((i + 1 < cword)) && [[ ${words[i + 1]} == = ]]; then
      if [[ $word == --corpus ]] && ((i + 2 < cword)); then corpus=${words[i + 2]}; fi
      ((i += 2))
      continue
    fi
    if [[ $word == -* ]]; then
      if _convo_needs_value "$path" "$word"; then
        [[ $word == --corpus ]] && corpus=${words[i + 1]}
        ((i++))
      fi
      continue
    fi
    if _convo_subcommand "$path" "$word"; then
      index=0 arguments=()
      continue
    fi
    ((index++))
    arguments+=("$word")
  done
  # --corpus as typed: drop its quotes or backslashes, expand a leading ~
  case $corpus in
    \'*\' | \"*\") corpus=${corpus:1:${#corpus}-2} ;;
    *) corpus=${corpus//\\/} ;;
  esac
  corpus=${corpus/#\~/$HOME}

  local previous=${words[cword - 1]}
  if [[ $cur == = ]]; then
    option=$previous cur=
  elif ((cword > 2)) && [[ $previous == = ]]; then
    option=${words[cword - 2]}
  elif ((cword > 1)) && _convo_needs_value "$path" "$previous"; then
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
  ((nospace)) && compopt -o nospace 2>/dev/null
  ((nosort)) && compopt -o nosort 2>/dev/null
  # bash replaces only the part of the word after its last ':'
  if [[ $cur == *:* && $COMP_WORDBREAKS == *:* ]] && ((${#COMPREPLY[@]})); then
    word=${cur%"${cur##*:}"}
    COMPREPLY=("${COMPREPLY[@]#"$word"}")
  fi
  return 0
}

complete -F _convo convo
