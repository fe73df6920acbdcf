#compdef convo
#
# zsh completion for convo, generated from its command model by
# `convo completion zsh`; do not edit. Topic, section, quote and speaker names are those
# of the bundled interview, written into this script. With --corpus FILE on the command line,
# or CONVO_CORPUS set, they are asked of convo itself at completion time instead.

# Offers the corpus's names of each kind given: those of the bundled interview, or those
# convo lists for the corpus named by --corpus or CONVO_CORPUS.
_convo_corpus() {
  local kind line ret=1
  local -a values
  for kind in "$@"; do
    values=()
    if [[ -n $_convo_corpus_file || -n $CONVO_CORPUS ]]; then
      for line in ${(f)"$(CONVO_CORPUS=${_convo_corpus_file:-$CONVO_CORPUS} "$_convo_command" completion --list $kind 2>/dev/null)"}; do
        values+=("${${line%%$'\t'*}//:/\\:}:${line#*$'\t'}")
      done
    else
      case $kind in
        section)
          values=(
            '1:The OpenAI board saga · OpenAI 董事会风波'
            '1a:On Ilya Sutskever · 关于 Ilya Sutskever'
            '2:The Elon Musk lawsuit · 关于 Elon Musk 的诉讼'
            '3:On Sora · 关于 Sora'
            '4:On GPT-4 · 关于 GPT-4'
            '5:Memory and privacy · 记忆与隐私'
            '6:On Q* · 关于 Q*'
            '7:On GPT-5 · 关于 GPT-5'
            '8:On $7 trillion of compute · 关于7万亿美元的计算能力'
            '9:Google and Gemini · Google 和 Gemini'
            '10:The leap to GPT-5 · 迈向 GPT-5 的飞跃'
            '11:On AGI · 关于AGI'
            '12:On aliens · 关于外星人'
          ) ;;
        topic)
          values=(
            'board:The OpenAI board saga · OpenAI 董事会风波'
            'ilya:Ilya Sutskever · 关于 Ilya Sutskever'
            'musk:Elon Musk and the lawsuit · 关于 Elon Musk 的诉讼'
            'sora:Sora · 关于 Sora'
            'gpt-4:GPT-4 · 关于 GPT-4'
            'memory:Memory and privacy · 记忆与隐私'
            'q-star:Q* · 关于 Q*'
            'gpt-5:GPT-5 · 关于 GPT-5'
            'compute:Compute and the $7 trillion · 关于7万亿美元的计算能力'
            'google:Google and Gemini · Google 和 Gemini'
            'leap:The leap to GPT-5 · 迈向 GPT-5 的飞跃'
            'agi:AGI · 关于 AGI'
            'aliens:Aliens and the future · 关于外星人'
            'energy:Energy, fusion and fission · 能源、核聚变与核裂变'
            'safety:AI safety · AI 安全'
            'open-source:Open source · 开源'
            'power:Power and governance · 权力与治理'
            'trust:Trust · 信任'
            'business:Ads and the business model · 广告与商业模式'
            'robots:Robots and embodiment · 机器人'
            'programming:Programming and code · 编程'
            'science:Scientific discovery · 科学发现'
            'death:Mortality · 死亡'
            'competition:Competition: Meta, Llama, Grok · 竞争'
            'board-saga:The OpenAI board saga (board)'
            'ouster:The OpenAI board saga (board)'
            'firing:The OpenAI board saga (board)'
            '董事会:The OpenAI board saga (board)'
            '董事会风波:The OpenAI board saga (board)'
            'sutskever:Ilya Sutskever (ilya)'
            '伊利亚:Ilya Sutskever (ilya)'
            'elon:Elon Musk and the lawsuit (musk)'
            'lawsuit:Elon Musk and the lawsuit (musk)'
            '马斯克:Elon Musk and the lawsuit (musk)'
            '诉讼:Elon Musk and the lawsuit (musk)'
            'video:Sora (sora)'
            '视频:Sora (sora)'
            'gpt4:GPT-4 (gpt-4)'
            'chatgpt:GPT-4 (gpt-4)'
            'privacy:Memory and privacy (memory)'
            '记忆:Memory and privacy (memory)'
            '隐私:Memory and privacy (memory)'
            'qstar:Q* (q-star)'
            'q:Q* (q-star)'
            'gpt5:GPT-5 (gpt-5)'
            'next-model:GPT-5 (gpt-5)'
            '7-trillion:Compute and the $7 trillion (compute)'
            'chips:Compute and the $7 trillion (compute)'
            '算力:Compute and the $7 trillion (compute)'
            '计算能力:Compute and the $7 trillion (compute)'
            '芯片:Compute and the $7 trillion (compute)'
            'gemini:Google and Gemini (google)'
            'search-engine:Google and Gemini (google)'
            '谷歌:Google and Gemini (google)'
            'gpt-5-leap:The leap to GPT-5 (leap)'
            '飞跃:The leap to GPT-5 (leap)'
            'superintelligence:AGI (agi)'
            '通用人工智能:AGI (agi)'
            'alien:Aliens and the future (aliens)'
            'fermi:Aliens and the future (aliens)'
            '外星人:Aliens and the future (aliens)'
            '外星:Aliens and the future (aliens)'
            'fusion:Energy, fusion and fission (energy)'
            'fission:Energy, fusion and fission (energy)'
            'nuclear:Energy, fusion and fission (energy)'
            'helion:Energy, fusion and fission (energy)'
            '能源:Energy, fusion and fission (energy)'
            '核聚变:Energy, fusion and fission (energy)'
            '核裂变:Energy, fusion and fission (energy)'
            'alignment:AI safety (safety)'
            '安全:AI safety (safety)'
            'opensource:Open source (open-source)'
            'oss:Open source (open-source)'
            '开源:Open source (open-source)'
            'governance:Power and governance (power)'
            '权力:Power and governance (power)'
            '治理:Power and governance (power)'
            '信任:Trust (trust)'
            'ads:Ads and the business model (business)'
            'advertising:Ads and the business model (business)'
            'business-model:Ads and the business model (business)'
            '广告:Ads and the business model (business)'
            '商业模式:Ads and the business model (business)'
            'robot:Robots and embodiment (robots)'
            'robotics:Robots and embodiment (robots)'
            'humanoid:Robots and embodiment (robots)'
            '机器人:Robots and embodiment (robots)'
            'coding:Programming and code (programming)'
            'code:Programming and code (programming)'
            'programmers:Programming and code (programming)'
            '编程:Programming and code (programming)'
            '代码:Programming and code (programming)'
            'discovery:Scientific discovery (science)'
            'physics:Scientific discovery (science)'
            '科学:Scientific discovery (science)'
            'mortality:Mortality (death)'
            '死亡:Mortality (death)'
            'meta:Competition: Meta, Llama, Grok (competition)'
            'llama:Competition: Meta, Llama, Grok (competition)'
            'grok:Competition: Meta, Llama, Grok (competition)'
            '竞争:Competition: Meta, Llama, Grok (competition)'
          ) ;;
        quote)
          values=(
            'q1:通向 AGI 的道路应该是一场巨大的权力斗争'
            'q2:与聘请高管不同，你需要他们把一个角色做好，而董事…'
            'q3:人们经常在危机时刻看到领导者的好坏，但我真正看重…'
            'q4:OpenAI 真正的意义在于过去的七年'
            'q5:但我担心自己不再是一个默认信任他人的人。'
            'q6:我们很快就会回顾 GPT-4，就像我们现在回顾 …'
            'q7:我认为计算能力将成为未来的货币，我认为它可能成为…'
            'q8:计算能力不同，智能将更像能源或类似的东西'
            'q9:我认为在一个有AI的世界里，它会变得更糟而不是更…'
          ) ;;
        speaker)
          values=(
            'lex:Lex Fridman'
            'sam:Sam Altman'
          ) ;;
      esac
    fi
    _describe -t ${kind}s $kind values && ret=0
  done
  return ret
}

_convo_cmd() {
  local curcontext=$curcontext state line ret=1
  typeset -A opt_args
  _arguments -C -s \
    '(--corpus)--corpus=[Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set]:corpus:_files' \
    '(--debug)--debug[Print a stack trace with internal errors (also: CONVO_DEBUG=1)]' \
    '(- *)-h[Show this help message and exit]' \
    '(- *)--help[Show this help message and exit]' \
    '(- *)-V[Print version information and exit]' \
    '(- *)--version[Print version information and exit]' \
    '1: :->command' \
    '*:: :->args' && ret=0
  case $state in
    command)
      local -a commands=(
        'quotes:Key quotes: the lines the source set in bold or the editor picked as favourites'
        'topic:Everything about one topic: its titles, its key quotes, then the dialogue of its sections and the turns elsewhere that mention it'
        'topics:Every topic with its titles, aliases, and how many turns and key quotes it has'
        'sections:The table of contents: each section'\''s id, number, Chinese and English title, turns, and characters per speaker'
        'show:Read the interview: a section, a turn, a range of turns, a slug, or all of it'
        'search:Search the turns'
        'stats:Turns and characters per speaker and per section, with bar charts on a terminal and the same numbers in every machine format'
        'ingest:Extract a corpus from a transcript in Markdown: bold numbered section headings, bold speaker labels, an optional editor'\''s preface'
        'completion:Print the completion script for bash, zsh or fish'
        'repl:Browse the interview interactively: every convo command, plus reading commands (open, next, prev, more, where), with TAB completion and history'
      )
      _describe -t commands 'convo command' commands && ret=0 ;;
    args)
      curcontext=${curcontext%:*:*}:convo-$line[1]:
      case $line[1] in
        'quotes') _convo_cmd_quotes && ret=0 ;;
        'topic') _convo_cmd_topic && ret=0 ;;
        'topics') _convo_cmd_topics && ret=0 ;;
        'sections') _convo_cmd_sections && ret=0 ;;
        'show') _convo_cmd_show && ret=0 ;;
        'search') _convo_cmd_search && ret=0 ;;
        'stats') _convo_cmd_stats && ret=0 ;;
        'ingest') _convo_cmd_ingest && ret=0 ;;
        'completion') _convo_cmd_completion && ret=0 ;;
        'repl') _convo_cmd_repl && ret=0 ;;
      esac ;;
  esac
  return ret
}

_convo_cmd_quotes() {
  local curcontext=$curcontext state line ret=1
  typeset -A opt_args
  _arguments -C -s \
    '(- *)-h[Show this help message and exit]' \
    '(- *)--help[Show this help message and exit]' \
    '(- *)-V[Print version information and exit]' \
    '(- *)--version[Print version information and exit]' \
    '(--corpus)--corpus=[Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set]:corpus:_files' \
    '(--debug)--debug[Print a stack trace with internal errors (also: CONVO_DEBUG=1)]' \
    '1: :->command' \
    '*:: :->args' && ret=0
  case $state in
    command)
      local -a commands=(
        'random:A random key quote, attributed to its speaker, section and turn'
        'list:Every key quote in reading order, with the editor'\''s rank where it has one'
        'show:One quote by id: a key quote (q7) or a sentence drawn with --any (8:8/1)'
      )
      _describe -t commands 'convo quotes command' commands && ret=0 ;;
    args)
      curcontext=${curcontext%:*:*}:convo-quotes-$line[1]:
      case $line[1] in
        'random') _convo_cmd_quotes_random && ret=0 ;;
        'list') _convo_cmd_quotes_list && ret=0 ;;
        'show') _convo_cmd_quotes_show && ret=0 ;;
      esac ;;
  esac
  return ret
}

_convo_cmd_quotes_random() {
  _arguments -s \
    '(-f --format)-f+[text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)]:format:(text plain tsv json jsonl markdown)' \
    '(-f --format)--format=[text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)]:format:(text plain tsv json jsonl markdown)' \
    '(--json)--json[Same as --format json]' \
    '(--color --colour)--color=[auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)]:color:(auto always never)' \
    '(--color --colour)--colour=[auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)]:color:(auto always never)' \
    '(--width)--width=[Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal'\''s width is used whole]:width: ' \
    '(--no-pager)--no-pager[Never page output (it is paged only on a terminal, when longer than the screen)]' \
    '(--speaker)--speaker=[Only this speaker: lex or sam (a label or name works too)]:speaker:_convo_corpus speaker' \
    '(--section)--section=[Only this section: its id (7, 1a) or slug (q-star)]:section:_convo_corpus section' \
    '(--topic)--topic=[Only turns about this topic (see '\''convo topics'\'')]:topic:_convo_corpus topic' \
    '(--min-chars)--min-chars=[Only quotes of at least N characters]:min-chars: ' \
    '(--max-chars)--max-chars=[Only quotes of at most N characters]:max-chars: ' \
    '(-n --count)-n+[Draw N distinct quotes (default: 1)]:count: ' \
    '(-n --count)--count=[Draw N distinct quotes (default: 1)]:count: ' \
    '(--seed)--seed=[Seed the draw: the same seed gives the same quotes every time]:seed: ' \
    '(--daily)--daily[One quote per calendar day, the same all day]' \
    '(--any)--any[Draw from every sentence of the interview, not only key quotes]' \
    '(- *)-h[Show this help message and exit]' \
    '(- *)--help[Show this help message and exit]' \
    '(- *)-V[Print version information and exit]' \
    '(- *)--version[Print version information and exit]' \
    '(--corpus)--corpus=[Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set]:corpus:_files' \
    '(--debug)--debug[Print a stack trace with internal errors (also: CONVO_DEBUG=1)]'
}

_convo_cmd_quotes_list() {
  _arguments -s \
    '(-f --format)-f+[text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)]:format:(text plain tsv json jsonl markdown)' \
    '(-f --format)--format=[text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)]:format:(text plain tsv json jsonl markdown)' \
    '(--json)--json[Same as --format json]' \
    '(--color --colour)--color=[auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)]:color:(auto always never)' \
    '(--color --colour)--colour=[auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)]:color:(auto always never)' \
    '(--width)--width=[Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal'\''s width is used whole]:width: ' \
    '(--no-pager)--no-pager[Never page output (it is paged only on a terminal, when longer than the screen)]' \
    '(--speaker)--speaker=[Only this speaker: lex or sam (a label or name works too)]:speaker:_convo_corpus speaker' \
    '(--section)--section=[Only this section: its id (7, 1a) or slug (q-star)]:section:_convo_corpus section' \
    '(--topic)--topic=[Only turns about this topic (see '\''convo topics'\'')]:topic:_convo_corpus topic' \
    '(--min-chars)--min-chars=[Only quotes of at least N characters]:min-chars: ' \
    '(--max-chars)--max-chars=[Only quotes of at most N characters]:max-chars: ' \
    '(- *)-h[Show this help message and exit]' \
    '(- *)--help[Show this help message and exit]' \
    '(- *)-V[Print version information and exit]' \
    '(- *)--version[Print version information and exit]' \
    '(--corpus)--corpus=[Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set]:corpus:_files' \
    '(--debug)--debug[Print a stack trace with internal errors (also: CONVO_DEBUG=1)]'
}

_convo_cmd_quotes_show() {
  _arguments -s \
    '(-f --format)-f+[text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)]:format:(text plain tsv json jsonl markdown)' \
    '(-f --format)--format=[text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)]:format:(text plain tsv json jsonl markdown)' \
    '(--json)--json[Same as --format json]' \
    '(--color --colour)--color=[auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)]:color:(auto always never)' \
    '(--color --colour)--colour=[auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)]:color:(auto always never)' \
    '(--width)--width=[Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal'\''s width is used whole]:width: ' \
    '(--no-pager)--no-pager[Never page output (it is paged only on a terminal, when longer than the screen)]' \
    '(-c --context)-c[Also print the turn the quote comes from]' \
    '(-c --context)--context[Also print the turn the quote comes from]' \
    '(- *)-h[Show this help message and exit]' \
    '(- *)--help[Show this help message and exit]' \
    '(- *)-V[Print version information and exit]' \
    '(- *)--version[Print version information and exit]' \
    '(--corpus)--corpus=[Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set]:corpus:_files' \
    '(--debug)--debug[Print a stack trace with internal errors (also: CONVO_DEBUG=1)]' \
    1':ID:_convo_corpus quote'
}

_convo_cmd_topic() {
  _arguments -s \
    '(-f --format)-f+[text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)]:format:(text plain tsv json jsonl markdown)' \
    '(-f --format)--format=[text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)]:format:(text plain tsv json jsonl markdown)' \
    '(--json)--json[Same as --format json]' \
    '(--color --colour)--color=[auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)]:color:(auto always never)' \
    '(--color --colour)--colour=[auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)]:color:(auto always never)' \
    '(--width)--width=[Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal'\''s width is used whole]:width: ' \
    '(--no-pager)--no-pager[Never page output (it is paged only on a terminal, when longer than the screen)]' \
    '(- *)-h[Show this help message and exit]' \
    '(- *)--help[Show this help message and exit]' \
    '(- *)-V[Print version information and exit]' \
    '(- *)--version[Print version information and exit]' \
    '(--corpus)--corpus=[Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set]:corpus:_files' \
    '(--debug)--debug[Print a stack trace with internal errors (also: CONVO_DEBUG=1)]' \
    '*'':TOPIC:_convo_corpus topic'
}

_convo_cmd_topics() {
  _arguments -s \
    '(-f --format)-f+[text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)]:format:(text plain tsv json jsonl markdown)' \
    '(-f --format)--format=[text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)]:format:(text plain tsv json jsonl markdown)' \
    '(--json)--json[Same as --format json]' \
    '(--color --colour)--color=[auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)]:color:(auto always never)' \
    '(--color --colour)--colour=[auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)]:color:(auto always never)' \
    '(--width)--width=[Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal'\''s width is used whole]:width: ' \
    '(--no-pager)--no-pager[Never page output (it is paged only on a terminal, when longer than the screen)]' \
    '(- *)-h[Show this help message and exit]' \
    '(- *)--help[Show this help message and exit]' \
    '(- *)-V[Print version information and exit]' \
    '(- *)--version[Print version information and exit]' \
    '(--corpus)--corpus=[Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set]:corpus:_files' \
    '(--debug)--debug[Print a stack trace with internal errors (also: CONVO_DEBUG=1)]'
}

_convo_cmd_sections() {
  _arguments -s \
    '(-f --format)-f+[text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)]:format:(text plain tsv json jsonl markdown)' \
    '(-f --format)--format=[text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)]:format:(text plain tsv json jsonl markdown)' \
    '(--json)--json[Same as --format json]' \
    '(--color --colour)--color=[auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)]:color:(auto always never)' \
    '(--color --colour)--colour=[auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)]:color:(auto always never)' \
    '(--width)--width=[Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal'\''s width is used whole]:width: ' \
    '(--no-pager)--no-pager[Never page output (it is paged only on a terminal, when longer than the screen)]' \
    '(- *)-h[Show this help message and exit]' \
    '(- *)--help[Show this help message and exit]' \
    '(- *)-V[Print version information and exit]' \
    '(- *)--version[Print version information and exit]' \
    '(--corpus)--corpus=[Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set]:corpus:_files' \
    '(--debug)--debug[Print a stack trace with internal errors (also: CONVO_DEBUG=1)]'
}

_convo_cmd_show() {
  _arguments -s \
    '(-f --format)-f+[text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)]:format:(text plain tsv json jsonl markdown)' \
    '(-f --format)--format=[text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)]:format:(text plain tsv json jsonl markdown)' \
    '(--json)--json[Same as --format json]' \
    '(--color --colour)--color=[auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)]:color:(auto always never)' \
    '(--color --colour)--colour=[auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)]:color:(auto always never)' \
    '(--width)--width=[Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal'\''s width is used whole]:width: ' \
    '(--no-pager)--no-pager[Never page output (it is paged only on a terminal, when longer than the screen)]' \
    '(- *)-h[Show this help message and exit]' \
    '(- *)--help[Show this help message and exit]' \
    '(- *)-V[Print version information and exit]' \
    '(- *)--version[Print version information and exit]' \
    '(--corpus)--corpus=[Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set]:corpus:_files' \
    '(--debug)--debug[Print a stack trace with internal errors (also: CONVO_DEBUG=1)]' \
    '*'':REF:_convo_corpus section topic'
}

_convo_cmd_search() {
  _arguments -s \
    '(-f --format)-f+[text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)]:format:(text plain tsv json jsonl markdown)' \
    '(-f --format)--format=[text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)]:format:(text plain tsv json jsonl markdown)' \
    '(--json)--json[Same as --format json]' \
    '(--color --colour)--color=[auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)]:color:(auto always never)' \
    '(--color --colour)--colour=[auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)]:color:(auto always never)' \
    '(--width)--width=[Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal'\''s width is used whole]:width: ' \
    '(--no-pager)--no-pager[Never page output (it is paged only on a terminal, when longer than the screen)]' \
    '(--speaker)--speaker=[Only this speaker: lex or sam (a label or name works too)]:speaker:_convo_corpus speaker' \
    '(--section)--section=[Only this section: its id (7, 1a) or slug (q-star)]:section:_convo_corpus section' \
    '(--topic)--topic=[Only turns about this topic (see '\''convo topics'\'')]:topic:_convo_corpus topic' \
    '(-e --regex)-e[Each QUERY is a Java regular expression]' \
    '(-e --regex)--regex[Each QUERY is a Java regular expression]' \
    '(-l --limit)-l+[Print at most N results]:limit: ' \
    '(-l --limit)--limit=[Print at most N results]:limit: ' \
    '(--full)--full[Print whole turns instead of the context of each match]' \
    '(- *)-h[Show this help message and exit]' \
    '(- *)--help[Show this help message and exit]' \
    '(- *)-V[Print version information and exit]' \
    '(- *)--version[Print version information and exit]' \
    '(--corpus)--corpus=[Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set]:corpus:_files' \
    '(--debug)--debug[Print a stack trace with internal errors (also: CONVO_DEBUG=1)]' \
    '*'':QUERY: '
}

_convo_cmd_stats() {
  _arguments -s \
    '(-f --format)-f+[text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)]:format:(text plain tsv json jsonl markdown)' \
    '(-f --format)--format=[text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)]:format:(text plain tsv json jsonl markdown)' \
    '(--json)--json[Same as --format json]' \
    '(--color --colour)--color=[auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)]:color:(auto always never)' \
    '(--color --colour)--colour=[auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)]:color:(auto always never)' \
    '(--width)--width=[Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal'\''s width is used whole]:width: ' \
    '(--no-pager)--no-pager[Never page output (it is paged only on a terminal, when longer than the screen)]' \
    '(- *)-h[Show this help message and exit]' \
    '(- *)--help[Show this help message and exit]' \
    '(- *)-V[Print version information and exit]' \
    '(- *)--version[Print version information and exit]' \
    '(--corpus)--corpus=[Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set]:corpus:_files' \
    '(--debug)--debug[Print a stack trace with internal errors (also: CONVO_DEBUG=1)]'
}

_convo_cmd_ingest() {
  _arguments -s \
    '(-o --output)-o+[Write the corpus here (atomically) instead of to standard output]:output:_files' \
    '(-o --output)--output=[Write the corpus here (atomically) instead of to standard output]:output:_files' \
    '(--topics)--topics=[Curated section slugs, English titles and topics (JSON)]:topics:_files' \
    '(--repairs)--repairs=[Line-anchored corrections of conversion damage in the source (JSON)]:repairs:_files' \
    '(- *)-h[Show this help message and exit]' \
    '(- *)--help[Show this help message and exit]' \
    '(- *)-V[Print version information and exit]' \
    '(- *)--version[Print version information and exit]' \
    '(--corpus)--corpus=[Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set]:corpus:_files' \
    '(--debug)--debug[Print a stack trace with internal errors (also: CONVO_DEBUG=1)]' \
    1':FILE:_files'
}

_convo_cmd_completion() {
  _arguments -s \
    '(- *)-h[Show this help message and exit]' \
    '(- *)--help[Show this help message and exit]' \
    '(- *)-V[Print version information and exit]' \
    '(- *)--version[Print version information and exit]' \
    '(--corpus)--corpus=[Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set]:corpus:_files' \
    '(--debug)--debug[Print a stack trace with internal errors (also: CONVO_DEBUG=1)]' \
    1':SHELL:(bash zsh fish)'
}

_convo_cmd_repl() {
  _arguments -s \
    '(- *)-h[Show this help message and exit]' \
    '(- *)--help[Show this help message and exit]' \
    '(- *)-V[Print version information and exit]' \
    '(- *)--version[Print version information and exit]' \
    '(--corpus)--corpus=[Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set]:corpus:_files' \
    '(--debug)--debug[Print a stack trace with internal errors (also: CONVO_DEBUG=1)]'
}

_convo() {
  local _convo_corpus_file= _convo_command=${~${(Q)words[1]}} i
  for ((i = 2; i < CURRENT; i++)); do
    case $words[i] in
      --corpus) _convo_corpus_file=${~${(Q)words[i + 1]}} ;;
      --corpus=*) _convo_corpus_file=${~${(Q)words[i]#*=}} ;;
    esac
  done
  _convo_cmd "$@"
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _convo "$@"
else
  compdef _convo convo
fi
