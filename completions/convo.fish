# fish completion for convo, generated from its command model by
# `convo completion fish`; do not edit. Topic, section, quote and speaker names are those
# of the bundled interview, written into this script. With --corpus FILE on the command line,
# or CONVO_CORPUS set, they are asked of convo itself at completion time instead.

# Prints the command path of the command line, then how many positional words follow it.
function __convo_state
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l path 'convo'
    set -l index 0
    set -l skip 0
    for token in $tokens
        if test $skip -eq 1
            set skip 0
            continue
        end
        switch $token
            case '-*=*'
                continue
            case '-*'
                switch "$path $token"
                    case 'convo --corpus' 'convo quotes --corpus' 'convo quotes random -f' 'convo quotes random --format' 'convo quotes random --color' 'convo quotes random --colour' 'convo quotes random --width' 'convo quotes random --speaker' 'convo quotes random --section' 'convo quotes random --topic' 'convo quotes random --min-chars' 'convo quotes random --max-chars' 'convo quotes random -n' 'convo quotes random --count' 'convo quotes random --seed' 'convo quotes random --corpus' 'convo quotes list -f' 'convo quotes list --format' 'convo quotes list --color' 'convo quotes list --colour' 'convo quotes list --width' 'convo quotes list --speaker' 'convo quotes list --section' 'convo quotes list --topic' 'convo quotes list --min-chars' 'convo quotes list --max-chars' 'convo quotes list --corpus' 'convo quotes show -f' 'convo quotes show --format' 'convo quotes show --color' 'convo quotes show --colour' 'convo quotes show --width' 'convo quotes show --corpus' 'convo topic -f' 'convo topic --format' 'convo topic --color' 'convo topic --colour' 'convo topic --width' 'convo topic --corpus' 'convo topics -f' 'convo topics --format' 'convo topics --color' 'convo topics --colour' 'convo topics --width' 'convo topics --corpus' 'convo sections -f' 'convo sections --format' 'convo sections --color' 'convo sections --colour' 'convo sections --width' 'convo sections --corpus' 'convo show -f' 'convo show --format' 'convo show --color' 'convo show --colour' 'convo show --width' 'convo show --corpus' 'convo search -f' 'convo search --format' 'convo search --color' 'convo search --colour' 'convo search --width' 'convo search --speaker' 'convo search --section' 'convo search --topic' 'convo search -l' 'convo search --limit' 'convo search --corpus' 'convo stats -f' 'convo stats --format' 'convo stats --color' 'convo stats --colour' 'convo stats --width' 'convo stats --corpus' 'convo ingest -o' 'convo ingest --output' 'convo ingest --topics' 'convo ingest --repairs' 'convo ingest --corpus' 'convo completion --corpus' 'convo repl --corpus'
                        set skip 1
                end
                continue
        end
        switch "$path $token"
            case 'convo quotes'
                set path 'convo quotes'
                set index 0
                continue
            case 'convo topic'
                set path 'convo topic'
                set index 0
                continue
            case 'convo topics'
                set path 'convo topics'
                set index 0
                continue
            case 'convo sections'
                set path 'convo sections'
                set index 0
                continue
            case 'convo show'
                set path 'convo show'
                set index 0
                continue
            case 'convo search'
                set path 'convo search'
                set index 0
                continue
            case 'convo stats'
                set path 'convo stats'
                set index 0
                continue
            case 'convo ingest'
                set path 'convo ingest'
                set index 0
                continue
            case 'convo completion'
                set path 'convo completion'
                set index 0
                continue
            case 'convo repl'
                set path 'convo repl'
                set index 0
                continue
            case 'convo quotes random'
                set path 'convo quotes random'
                set index 0
                continue
            case 'convo quotes list'
                set path 'convo quotes list'
                set index 0
                continue
            case 'convo quotes show'
                set path 'convo quotes show'
                set index 0
                continue
        end
        set index (math $index + 1)
    end
    echo $path
    echo $index
end

# Succeeds when the command line is at command $path and, if given, has between $min and
# $max positional words after it ($max empty: no upper bound).
function __convo_at --argument-names path min max
    set -l state (__convo_state)
    test "$state[1]" = "$path"; or return 1
    test -z "$min"; and return 0
    test $state[2] -ge $min; or return 1
    test -z "$max"; or test $state[2] -le $max
end

# Prints the corpus's names of kind $kind with descriptions: those of the bundled interview,
# or those convo lists for the corpus named by --corpus or CONVO_CORPUS.
function __convo_corpus --argument-names kind
    set -l tokens (commandline -opc)
    set -l corpus
    for i in (seq (count $tokens))
        switch $tokens[$i]
            case --corpus
                set corpus $tokens[(math $i + 1)]
            case '--corpus=*'
                set corpus (string replace -- --corpus= '' $tokens[$i])
        end
    end
    if test -n "$corpus" -o -n "$CONVO_CORPUS"
        test -n "$corpus"; and set -lx CONVO_CORPUS $corpus
        $tokens[1] completion --list $kind 2>/dev/null
        return
    end
    switch $kind
        case section
            printf '%s\t%s\n' \
                '1' 'The OpenAI board saga · OpenAI 董事会风波' \
                '1a' 'On Ilya Sutskever · 关于 Ilya Sutskever' \
                '2' 'The Elon Musk lawsuit · 关于 Elon Musk 的诉讼' \
                '3' 'On Sora · 关于 Sora' \
                '4' 'On GPT-4 · 关于 GPT-4' \
                '5' 'Memory and privacy · 记忆与隐私' \
                '6' 'On Q* · 关于 Q*' \
                '7' 'On GPT-5 · 关于 GPT-5' \
                '8' 'On $7 trillion of compute · 关于7万亿美元的计算能力' \
                '9' 'Google and Gemini · Google 和 Gemini' \
                '10' 'The leap to GPT-5 · 迈向 GPT-5 的飞跃' \
                '11' 'On AGI · 关于AGI' \
                '12' 'On aliens · 关于外星人'
        case topic
            printf '%s\t%s\n' \
                'board' 'The OpenAI board saga · OpenAI 董事会风波' \
                'ilya' 'Ilya Sutskever · 关于 Ilya Sutskever' \
                'musk' 'Elon Musk and the lawsuit · 关于 Elon Musk 的诉讼' \
                'sora' 'Sora · 关于 Sora' \
                'gpt-4' 'GPT-4 · 关于 GPT-4' \
                'memory' 'Memory and privacy · 记忆与隐私' \
                'q-star' 'Q* · 关于 Q*' \
                'gpt-5' 'GPT-5 · 关于 GPT-5' \
                'compute' 'Compute and the $7 trillion · 关于7万亿美元的计算能力' \
                'google' 'Google and Gemini · Google 和 Gemini' \
                'leap' 'The leap to GPT-5 · 迈向 GPT-5 的飞跃' \
                'agi' 'AGI · 关于 AGI' \
                'aliens' 'Aliens and the future · 关于外星人' \
                'energy' 'Energy, fusion and fission · 能源、核聚变与核裂变' \
                'safety' 'AI safety · AI 安全' \
                'open-source' 'Open source · 开源' \
                'power' 'Power and governance · 权力与治理' \
                'trust' 'Trust · 信任' \
                'business' 'Ads and the business model · 广告与商业模式' \
                'robots' 'Robots and embodiment · 机器人' \
                'programming' 'Programming and code · 编程' \
                'science' 'Scientific discovery · 科学发现' \
                'death' 'Mortality · 死亡' \
                'competition' 'Competition: Meta, Llama, Grok · 竞争' \
                'board-saga' 'The OpenAI board saga (board)' \
                'ouster' 'The OpenAI board saga (board)' \
                'firing' 'The OpenAI board saga (board)' \
                '董事会' 'The OpenAI board saga (board)' \
                '董事会风波' 'The OpenAI board saga (board)' \
                'sutskever' 'Ilya Sutskever (ilya)' \
                '伊利亚' 'Ilya Sutskever (ilya)' \
                'elon' 'Elon Musk and the lawsuit (musk)' \
                'lawsuit' 'Elon Musk and the lawsuit (musk)' \
                '马斯克' 'Elon Musk and the lawsuit (musk)' \
                '诉讼' 'Elon Musk and the lawsuit (musk)' \
                'video' 'Sora (sora)' \
                '视频' 'Sora (sora)' \
                'gpt4' 'GPT-4 (gpt-4)' \
                'chatgpt' 'GPT-4 (gpt-4)' \
                'privacy' 'Memory and privacy (memory)' \
                '记忆' 'Memory and privacy (memory)' \
                '隐私' 'Memory and privacy (memory)' \
                'qstar' 'Q* (q-star)' \
                'q' 'Q* (q-star)' \
                'gpt5' 'GPT-5 (gpt-5)' \
                'next-model' 'GPT-5 (gpt-5)' \
                '7-trillion' 'Compute and the $7 trillion (compute)' \
                'chips' 'Compute and the $7 trillion (compute)' \
                '算力' 'Compute and the $7 trillion (compute)' \
                '计算能力' 'Compute and the $7 trillion (compute)' \
                '芯片' 'Compute and the $7 trillion (compute)' \
                'gemini' 'Google and Gemini (google)' \
                'search-engine' 'Google and Gemini (google)' \
                '谷歌' 'Google and Gemini (google)' \
                'gpt-5-leap' 'The leap to GPT-5 (leap)' \
                '飞跃' 'The leap to GPT-5 (leap)' \
                'superintelligence' 'AGI (agi)' \
                '通用人工智能' 'AGI (agi)' \
                'alien' 'Aliens and the future (aliens)' \
                'fermi' 'Aliens and the future (aliens)' \
                '外星人' 'Aliens and the future (aliens)' \
                '外星' 'Aliens and the future (aliens)' \
                'fusion' 'Energy, fusion and fission (energy)' \
                'fission' 'Energy, fusion and fission (energy)' \
                'nuclear' 'Energy, fusion and fission (energy)' \
                'helion' 'Energy, fusion and fission (energy)' \
                '能源' 'Energy, fusion and fission (energy)' \
                '核聚变' 'Energy, fusion and fission (energy)' \
                '核裂变' 'Energy, fusion and fission (energy)' \
                'alignment' 'AI safety (safety)' \
                '安全' 'AI safety (safety)' \
                'opensource' 'Open source (open-source)' \
                'oss' 'Open source (open-source)' \
                '开源' 'Open source (open-source)' \
                'governance' 'Power and governance (power)' \
                '权力' 'Power and governance (power)' \
                '治理' 'Power and governance (power)' \
                '信任' 'Trust (trust)' \
                'ads' 'Ads and the business model (business)' \
                'advertising' 'Ads and the business model (business)' \
                'business-model' 'Ads and the business model (business)' \
                '广告' 'Ads and the business model (business)' \
                '商业模式' 'Ads and the business model (business)' \
                'robot' 'Robots and embodiment (robots)' \
                'robotics' 'Robots and embodiment (robots)' \
                'humanoid' 'Robots and embodiment (robots)' \
                '机器人' 'Robots and embodiment (robots)' \
                'coding' 'Programming and code (programming)' \
                'code' 'Programming and code (programming)' \
                'programmers' 'Programming and code (programming)' \
                '编程' 'Programming and code (programming)' \
                '代码' 'Programming and code (programming)' \
                'discovery' 'Scientific discovery (science)' \
                'physics' 'Scientific discovery (science)' \
                '科学' 'Scientific discovery (science)' \
                'mortality' 'Mortality (death)' \
                '死亡' 'Mortality (death)' \
                'meta' 'Competition: Meta, Llama, Grok (competition)' \
                'llama' 'Competition: Meta, Llama, Grok (competition)' \
                'grok' 'Competition: Meta, Llama, Grok (competition)' \
                '竞争' 'Competition: Meta, Llama, Grok (competition)'
        case quote
            printf '%s\t%s\n' \
                'q1' '通向 AGI 的道路应该是一场巨大的权力斗争' \
                'q2' '与聘请高管不同，你需要他们把一个角色做好，而董事…' \
                'q3' '人们经常在危机时刻看到领导者的好坏，但我真正看重…' \
                'q4' 'OpenAI 真正的意义在于过去的七年' \
                'q5' '但我担心自己不再是一个默认信任他人的人。' \
                'q6' '我们很快就会回顾 GPT-4，就像我们现在回顾 …' \
                'q7' '我认为计算能力将成为未来的货币，我认为它可能成为…' \
                'q8' '计算能力不同，智能将更像能源或类似的东西' \
                'q9' '我认为在一个有AI的世界里，它会变得更糟而不是更…'
        case speaker
            printf '%s\t%s\n' \
                'lex' 'Lex Fridman' \
                'sam' 'Sam Altman'
    end
end

complete -c convo -f
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'quotes' -d 'Key quotes: the lines the source set in bold or the editor picked as favourites'
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'topic' -d 'Everything about one topic: its titles, its key quotes, then the dialogue of its sections and the turns elsewhere that mention it'
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'topics' -d 'Every topic with its titles, aliases, and how many turns and key quotes it has'
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'sections' -d 'The table of contents: each section\'s id, number, Chinese and English title, turns, and characters per speaker'
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'show' -d 'Read the interview: a section, a turn, a range of turns, a slug, or all of it'
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'search' -d 'Search the turns'
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'stats' -d 'Turns and characters per speaker and per section, with bar charts on a terminal and the same numbers in every machine format'
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'ingest' -d 'Extract a corpus from a transcript in Markdown: bold numbered section headings, bold speaker labels, an optional editor\'s preface'
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'completion' -d 'Print the completion script for bash, zsh or fish'
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'repl' -d 'Browse the interview interactively: every convo command, plus reading commands (open, next, prev, more, where), with TAB completion and history'
complete -c convo -n '__convo_at \'convo\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo quotes\' 0 0' -a 'random' -d 'A random key quote, attributed to its speaker, section and turn'
complete -c convo -n '__convo_at \'convo quotes\' 0 0' -a 'list' -d 'Every key quote in reading order, with the editor\'s rank where it has one'
complete -c convo -n '__convo_at \'convo quotes\' 0 0' -a 'show' -d 'One quote by id: a key quote (q7) or a sentence drawn with --any (8:8/1)'
complete -c convo -n '__convo_at \'convo quotes\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo quotes\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo quotes\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo quotes\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo quotes random\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)'
complete -c convo -n '__convo_at \'convo quotes random\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo quotes random\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo quotes random\'' -l width -x -d 'Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal\'s width is used whole'
complete -c convo -n '__convo_at \'convo quotes random\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo quotes random\'' -l speaker -x -a '(__convo_corpus speaker)' -d 'Only this speaker: lex or sam (a label or name works too)'
complete -c convo -n '__convo_at \'convo quotes random\'' -l section -x -a '(__convo_corpus section)' -d 'Only this section: its id (7, 1a) or slug (q-star)'
complete -c convo -n '__convo_at \'convo quotes random\'' -l topic -x -a '(__convo_corpus topic)' -d 'Only turns about this topic (see \'convo topics\')'
complete -c convo -n '__convo_at \'convo quotes random\'' -l min-chars -x -d 'Only quotes of at least N characters'
complete -c convo -n '__convo_at \'convo quotes random\'' -l max-chars -x -d 'Only quotes of at most N characters'
complete -c convo -n '__convo_at \'convo quotes random\'' -s n -l count -x -d 'Draw N distinct quotes (default: 1)'
complete -c convo -n '__convo_at \'convo quotes random\'' -l seed -x -d 'Seed the draw: the same seed gives the same quotes every time'
complete -c convo -n '__convo_at \'convo quotes random\'' -l daily -d 'One quote per calendar day, the same all day'
complete -c convo -n '__convo_at \'convo quotes random\'' -l any -d 'Draw from every sentence of the interview, not only key quotes'
complete -c convo -n '__convo_at \'convo quotes random\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo quotes random\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo quotes random\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo quotes random\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo quotes list\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)'
complete -c convo -n '__convo_at \'convo quotes list\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo quotes list\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo quotes list\'' -l width -x -d 'Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal\'s width is used whole'
complete -c convo -n '__convo_at \'convo quotes list\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo quotes list\'' -l speaker -x -a '(__convo_corpus speaker)' -d 'Only this speaker: lex or sam (a label or name works too)'
complete -c convo -n '__convo_at \'convo quotes list\'' -l section -x -a '(__convo_corpus section)' -d 'Only this section: its id (7, 1a) or slug (q-star)'
complete -c convo -n '__convo_at \'convo quotes list\'' -l topic -x -a '(__convo_corpus topic)' -d 'Only turns about this topic (see \'convo topics\')'
complete -c convo -n '__convo_at \'convo quotes list\'' -l min-chars -x -d 'Only quotes of at least N characters'
complete -c convo -n '__convo_at \'convo quotes list\'' -l max-chars -x -d 'Only quotes of at most N characters'
complete -c convo -n '__convo_at \'convo quotes list\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo quotes list\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo quotes list\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo quotes list\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo quotes show\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)'
complete -c convo -n '__convo_at \'convo quotes show\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo quotes show\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo quotes show\'' -l width -x -d 'Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal\'s width is used whole'
complete -c convo -n '__convo_at \'convo quotes show\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo quotes show\'' -s c -l context -d 'Also print the turn the quote comes from'
complete -c convo -n '__convo_at \'convo quotes show\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo quotes show\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo quotes show\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo quotes show\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo quotes show\' 0 0' -a '(__convo_corpus quote)'
complete -c convo -n '__convo_at \'convo topic\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)'
complete -c convo -n '__convo_at \'convo topic\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo topic\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo topic\'' -l width -x -d 'Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal\'s width is used whole'
complete -c convo -n '__convo_at \'convo topic\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo topic\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo topic\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo topic\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo topic\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo topic\' 0' -a '(__convo_corpus topic)'
complete -c convo -n '__convo_at \'convo topics\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)'
complete -c convo -n '__convo_at \'convo topics\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo topics\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo topics\'' -l width -x -d 'Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal\'s width is used whole'
complete -c convo -n '__convo_at \'convo topics\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo topics\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo topics\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo topics\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo topics\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo sections\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)'
complete -c convo -n '__convo_at \'convo sections\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo sections\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo sections\'' -l width -x -d 'Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal\'s width is used whole'
complete -c convo -n '__convo_at \'convo sections\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo sections\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo sections\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo sections\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo sections\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo show\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)'
complete -c convo -n '__convo_at \'convo show\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo show\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo show\'' -l width -x -d 'Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal\'s width is used whole'
complete -c convo -n '__convo_at \'convo show\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo show\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo show\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo show\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo show\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo show\' 0' -a '(__convo_corpus section) (__convo_corpus topic)'
complete -c convo -n '__convo_at \'convo search\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)'
complete -c convo -n '__convo_at \'convo search\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo search\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo search\'' -l width -x -d 'Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal\'s width is used whole'
complete -c convo -n '__convo_at \'convo search\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo search\'' -l speaker -x -a '(__convo_corpus speaker)' -d 'Only this speaker: lex or sam (a label or name works too)'
complete -c convo -n '__convo_at \'convo search\'' -l section -x -a '(__convo_corpus section)' -d 'Only this section: its id (7, 1a) or slug (q-star)'
complete -c convo -n '__convo_at \'convo search\'' -l topic -x -a '(__convo_corpus topic)' -d 'Only turns about this topic (see \'convo topics\')'
complete -c convo -n '__convo_at \'convo search\'' -s e -l regex -d 'Each QUERY is a Java regular expression'
complete -c convo -n '__convo_at \'convo search\'' -s l -l limit -x -d 'Print at most N results'
complete -c convo -n '__convo_at \'convo search\'' -l full -d 'Print whole turns instead of the context of each match'
complete -c convo -n '__convo_at \'convo search\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo search\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo search\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo search\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo stats\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)'
complete -c convo -n '__convo_at \'convo stats\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo stats\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo stats\'' -l width -x -d 'Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal\'s width is used whole'
complete -c convo -n '__convo_at \'convo stats\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo stats\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo stats\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo stats\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo stats\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo ingest\'' -s o -l output -r -F -d 'Write the corpus here (atomically) instead of to standard output'
complete -c convo -n '__convo_at \'convo ingest\'' -l topics -r -F -d 'Curated section slugs, English titles and topics (JSON)'
complete -c convo -n '__convo_at \'convo ingest\'' -l repairs -r -F -d 'Line-anchored corrections of conversion damage in the source (JSON)'
complete -c convo -n '__convo_at \'convo ingest\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo ingest\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo ingest\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo ingest\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo ingest\' 0 0' -F
complete -c convo -n '__convo_at \'convo completion\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo completion\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo completion\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo completion\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo completion\' 0 0' -a 'bash\\t zsh\\t fish\\t'
complete -c convo -n '__convo_at \'convo repl\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo repl\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo repl\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo repl\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
