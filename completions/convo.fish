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
    set -l arguments
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
                    case 'convo --corpus' 'convo quotes --corpus' 'convo quotes random -f' 'convo quotes random --format' 'convo quotes random --color' 'convo quotes random --colour' 'convo quotes random --width' 'convo quotes random --speaker' 'convo quotes random --section' 'convo quotes random --topic' 'convo quotes random --min-chars' 'convo quotes random --max-chars' 'convo quotes random -n' 'convo quotes random --count' 'convo quotes random --seed' 'convo quotes random --in' 'convo quotes random --corpus' 'convo quotes list -f' 'convo quotes list --format' 'convo quotes list --color' 'convo quotes list --colour' 'convo quotes list --width' 'convo quotes list --speaker' 'convo quotes list --section' 'convo quotes list --topic' 'convo quotes list --min-chars' 'convo quotes list --max-chars' 'convo quotes list --corpus' 'convo quotes show -f' 'convo quotes show --format' 'convo quotes show --color' 'convo quotes show --colour' 'convo quotes show --width' 'convo quotes show --corpus' 'convo topic -f' 'convo topic --format' 'convo topic --color' 'convo topic --colour' 'convo topic --width' 'convo topic --in' 'convo topic --corpus' 'convo topics -f' 'convo topics --format' 'convo topics --color' 'convo topics --colour' 'convo topics --width' 'convo topics --in' 'convo topics --corpus' 'convo sections -f' 'convo sections --format' 'convo sections --color' 'convo sections --colour' 'convo sections --width' 'convo sections --in' 'convo sections --corpus' 'convo show -f' 'convo show --format' 'convo show --color' 'convo show --colour' 'convo show --width' 'convo show --corpus' 'convo search -f' 'convo search --format' 'convo search --color' 'convo search --colour' 'convo search --width' 'convo search --speaker' 'convo search --section' 'convo search --topic' 'convo search -n' 'convo search --limit' 'convo search -C' 'convo search --context' 'convo search --in' 'convo search --corpus' 'convo stats -f' 'convo stats --format' 'convo stats --color' 'convo stats --colour' 'convo stats --width' 'convo stats --in' 'convo stats --corpus' 'convo ingest -o' 'convo ingest --output' 'convo ingest --format' 'convo ingest --topics' 'convo ingest --repairs' 'convo ingest --quotes' 'convo ingest --glossary' 'convo ingest --corpus' 'convo library --corpus' 'convo library add --name' 'convo library add --format' 'convo library add --corpus' 'convo library list -f' 'convo library list --format' 'convo library list --color' 'convo library list --colour' 'convo library list --width' 'convo library list --corpus' 'convo library show -f' 'convo library show --format' 'convo library show --color' 'convo library show --colour' 'convo library show --width' 'convo library show --corpus' 'convo library remove --corpus' 'convo completion --list' 'convo completion --word' 'convo completion --corpus' 'convo repl --corpus' 'convo help --corpus'
                        set skip 1
                end
                continue
        end
        if set -l next (__convo_subcommand $path $token)
            set path $next
            set index 0
            set arguments
            continue
        end
        set index (math $index + 1)
        set -a arguments $token
    end
    echo $path
    # -1 while an option's value is awaited: no positional parameter is at the cursor
    test $skip -eq 1; and echo -1; or echo $index
    set -q arguments[1]; and printf '%s\n' $arguments
end

# Prints the command path one level below command $argv[1] when word $argv[2] names one of
# its subcommands; fails otherwise.
function __convo_subcommand
    switch "$argv[1] $argv[2]"
        case 'convo quotes'
            echo 'convo quotes'
            return 0
        case 'convo topic'
            echo 'convo topic'
            return 0
        case 'convo topics'
            echo 'convo topics'
            return 0
        case 'convo sections'
            echo 'convo sections'
            return 0
        case 'convo show'
            echo 'convo show'
            return 0
        case 'convo search'
            echo 'convo search'
            return 0
        case 'convo stats'
            echo 'convo stats'
            return 0
        case 'convo ingest'
            echo 'convo ingest'
            return 0
        case 'convo library'
            echo 'convo library'
            return 0
        case 'convo completion'
            echo 'convo completion'
            return 0
        case 'convo repl'
            echo 'convo repl'
            return 0
        case 'convo help'
            echo 'convo help'
            return 0
        case 'convo quotes random'
            echo 'convo quotes random'
            return 0
        case 'convo quotes list'
            echo 'convo quotes list'
            return 0
        case 'convo quotes show'
            echo 'convo quotes show'
            return 0
        case 'convo library add'
            echo 'convo library add'
            return 0
        case 'convo library list'
            echo 'convo library list'
            return 0
        case 'convo library show'
            echo 'convo library show'
            return 0
        case 'convo library remove'
            echo 'convo library remove'
            return 0
    end
    return 1
end

# Prints the names of the commands under those named by the positional words typed after
# the current command (convo help quotes …), with their descriptions.
function __convo_commands
    set -l state (__convo_state)
    set -l command 'convo'
    set -e state[1..2]
    for word in $state
        set command (__convo_subcommand $command $word); or return
    end
    switch $command
        case 'convo'
            printf '%s\t%s\n' \
                'quotes' 'Key quotes: the lines the source set in bold or the editor picked as favourites' \
                'topic' 'Everything about one topic: its titles, its quotes, then the dialogue of its sections and the turns elsewhere that are about it, each saying why it is there' \
                'topics' 'Every topic with its titles, aliases, and how many turns and key quotes it has' \
                'sections' 'The table of contents: each section\'s id, number, Chinese and English title, turns, and characters per speaker' \
                'show' 'Read the interview: a section, a turn, a range of turns, a slug, or all of it' \
                'search' 'Search the turns' \
                'stats' 'Turns and characters per speaker and per section, with bar charts on a terminal and the same numbers in every machine format' \
                'ingest' 'Extract a corpus from a transcript: Markdown (numbered section headings, bold speaker labels, an optional editor\'s preface), plain \'Name: text\' lines, a podcast site\'s \'Name (00:12:34) text\' with chapters as headings, or WebVTT with <v Name> voices' \
                'library' 'The conversations you keep: the bundled interview (altman-2024) and the transcripts you add' \
                'completion' 'Print the completion script for bash, zsh or fish' \
                'repl' 'Browse the interview interactively: every convo command, plus reading commands (open, next, prev, more, where), with TAB completion and history' \
                'help' 'Show the help of convo or of a command, the same as --help'
        case 'convo quotes'
            printf '%s\t%s\n' \
                'random' 'A random quote, attributed to its speaker, section and turn: a key quote (set in bold or listed by the editor) or one curated by reading the interview' \
                'list' 'Every quote in reading order, with the editor\'s rank where it has one: the key quotes (set in bold or listed by the editor) and those curated by reading the interview' \
                'show' 'One quote by id: a key quote (q7) or a sentence (8:8/1)'
        case 'convo library'
            printf '%s\t%s\n' \
                'add' 'Add a conversation to the library: a transcript, read as ingest reads it, or a corpus file' \
                'list' 'The conversations of the library: name, title, speakers, sections, turns and quotes; the bundled interview first, then the others by name' \
                'show' 'One conversation of the library: its title, speakers, sections, turns and quotes' \
                'remove' 'Remove a conversation from the library, and print its name'
    end
end

# Succeeds when the last word before the cursor is one of the options given.
function __convo_after
    set -l tokens (commandline -opc)
    contains -- $tokens[-1] $argv
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
# or those convo lists for the corpus named by --corpus or CONVO_CORPUS; with $word, those
# convo offers for it (ids of a conversation of the library, tea/1:2), none with a corpus named.
function __convo_names --argument-names kind word
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
    if test -n "$word"
        test -z "$corpus" -a -z "$CONVO_CORPUS"; or return
        $tokens[1] completion --list $kind --word $word 2>/dev/null
        return
    end
    if test -n "$corpus" -o -n "$CONVO_CORPUS" -o "$kind" = conversation
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
                'theatre' 'The theatre of AI risk · 戏剧性的 AI 风险' \
                'simulation' 'The simulation hypothesis · 模拟假说' \
                'bias' 'Bias and how a model should behave · 偏见与模型的预期行为' \
                'politics' 'Politics and the culture war · 政治与文化战争' \
                'reasoning' 'Reasoning and slower thinking · 推理与更缓慢的思考' \
                'context-window' 'Context windows · 上下文窗口' \
                'hallucination' 'Hallucination and fact-checking · 幻觉与事实核查' \
                'journalism' 'Journalism · 新闻与记者' \
                'copyright' 'Copyright and creators · 版权与创作者' \
                'economy' 'Work and the economy · 工作与经济' \
                'humanity' 'Humanity and human nature · 人类与人性' \
                'iterative-deployment' 'Iterative deployment · 迭代部署' \
                'security' 'Security and state actors · 安全威胁与国家行为者' \
                'training-data' 'Training data · 训练数据' \
                'world-model' 'World models · 世界模型' \
                'post-training' 'Post-training and RLHF · 后训练与 RLHF' \
                'structure' 'OpenAI\'s structure: nonprofit and profit · OpenAI 的结构：非营利与营利' \
                'timelines' 'AGI timelines and takeoff · AGI 时间表与起飞' \
                'larry-summers' 'Larry Summers · 拉里·萨默斯' \
                'bret-taylor' 'Bret Taylor · 布雷特·泰勒' \
                'adam-dangelo' 'Adam D\'Angelo · 亚当·德安杰洛' \
                'mira-murati' 'Mira Murati · 米拉·穆拉蒂' \
                'bill-gates' 'Bill Gates · 比尔·盖茨' \
                'jeff-bezos' 'Jeff Bezos · 杰夫·贝佐斯' \
                'marc-andreessen' 'Marc Andreessen · 马克·安德森' \
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
                '竞争' 'Competition: Meta, Llama, Grok (competition)' \
                'theater' 'The theatre of AI risk (theatre)' \
                '戏剧性风险' 'The theatre of AI risk (theatre)' \
                'simulation-hypothesis' 'The simulation hypothesis (simulation)' \
                '模拟' 'The simulation hypothesis (simulation)' \
                'model-spec' 'Bias and how a model should behave (bias)' \
                '偏见' 'Bias and how a model should behave (bias)' \
                'culture-war' 'Politics and the culture war (politics)' \
                '政治' 'Politics and the culture war (politics)' \
                'slow-thinking' 'Reasoning and slower thinking (reasoning)' \
                '推理' 'Reasoning and slower thinking (reasoning)' \
                'context' 'Context windows (context-window)' \
                '上下文' 'Context windows (context-window)' \
                'hallucinations' 'Hallucination and fact-checking (hallucination)' \
                '幻觉' 'Hallucination and fact-checking (hallucination)' \
                'journalists' 'Journalism (journalism)' \
                '记者' 'Journalism (journalism)' \
                'artists' 'Copyright and creators (copyright)' \
                '版权' 'Copyright and creators (copyright)' \
                'jobs' 'Work and the economy (economy)' \
                '经济' 'Work and the economy (economy)' \
                'human-nature' 'Humanity and human nature (humanity)' \
                '人性' 'Humanity and human nature (humanity)' \
                'iterative' 'Iterative deployment (iterative-deployment)' \
                '迭代' 'Iterative deployment (iterative-deployment)' \
                'state-actors' 'Security and state actors (security)' \
                '国家行为者' 'Security and state actors (security)' \
                'data' 'Training data (training-data)' \
                '数据' 'Training data (training-data)' \
                'world-models' 'World models (world-model)' \
                'occlusion' 'World models (world-model)' \
                'rlhf' 'Post-training and RLHF (post-training)' \
                '后训练' 'Post-training and RLHF (post-training)' \
                'nonprofit' 'OpenAI\'s structure: nonprofit and profit (structure)' \
                '非营利' 'OpenAI\'s structure: nonprofit and profit (structure)' \
                'takeoff' 'AGI timelines and takeoff (timelines)' \
                '时间表' 'AGI timelines and takeoff (timelines)' \
                'summers' 'Larry Summers (larry-summers)' \
                '萨默斯' 'Larry Summers (larry-summers)' \
                'brett' 'Bret Taylor (bret-taylor)' \
                '泰勒' 'Bret Taylor (bret-taylor)' \
                '德安杰洛' 'Adam D\'Angelo (adam-dangelo)' \
                'mira' 'Mira Murati (mira-murati)' \
                '穆拉蒂' 'Mira Murati (mira-murati)' \
                'gates' 'Bill Gates (bill-gates)' \
                '盖茨' 'Bill Gates (bill-gates)' \
                'bezos' 'Jeff Bezos (jeff-bezos)' \
                '贝佐斯' 'Jeff Bezos (jeff-bezos)' \
                'andreessen' 'Marc Andreessen (marc-andreessen)' \
                '安德森' 'Marc Andreessen (marc-andreessen)'
        case quote
            printf '%s\t%s\n' \
                'q1' '通向 AGI 的道路应该是一场巨大…' \
                'q2' '与聘请高管不同，你需要他们把…' \
                'q3' '人们经常在危机时刻看到领导者…' \
                'q4' 'OpenAI 真正的意义在于过去的七…' \
                'q5' '但我担心自己不再是一个默认信…' \
                'q6' '我们很快就会回顾 GPT-4，就像…' \
                'q7' '我认为计算能力将成为未来的货…' \
                'q8' '计算能力不同，智能将更像能源…' \
                'q9' '我认为在一个有AI的世界里，它…' \
                'q10' '这绝对是我职业生涯中最痛苦的…' \
                'q11' '就像参加自己的追悼会，看着人…' \
                'q12' '整个周末，除了一个大的例外，…' \
                'q13' '但你有预感会经历某种权力斗争…' \
                'q14' '在那之后有一段时间，可能是 45…' \
                'q15' '我只想爬进一个洞穴休养一段时…' \
                'q16' '我的公司差点就被摧毁了。' \
                'q17' '我们考虑了很多其他我们必须做…' \
                'q18' '我认为总的来说，董事会成员都…' \
                'q19' '你认为董事会的权力是不是太大…' \
                'q20' '他们实际上只对自己负责，这有…' \
                'q21' '有人批评了新增的一些董事会成…' \
                'q22' 'Larry 实际上是老董事会成员的…' \
                'q23' '我认为我无法再以同样的配置与…' \
                'q24' '所以 Brett 说了一句我很喜欢的…' \
                'q25' '我认为你或我可能犯的一个错误…' \
                'q26' '你当然要进行大量交谈，但有些…' \
                'q27' '你是试图拟合一个多项式函数还…' \
                'q28' '你有没有考虑过去亚马逊丛林，…' \
                'q29' '这就像在公众面前打了一场战斗…' \
                'q30' '在战斗时，你会对肾上腺素有奇…' \
                'q31' '然后董事会任命了一位新的临时…' \
                'q32' '这很痛苦，但这个周末占主导地…' \
                'q33' '你曾高度赞扬 Mira Murati，说…' \
                'q34' '人类文明不在于纳粹德国的入侵…' \
                'q35' '它让我们洞察人性，人性的极端…' \
                'q36' '让我问你关于 Ilya 的事，他是…' \
                'q37' '我爱 Ilya，我非常尊重 Ilya。' \
                'q38' '有一个梗是说他看到了什么，就…' \
                'q39' 'Ilya没有看到 AGI，我们都没有…' \
                'q40' '所以 Ilya 没有看到 AGI，但 Il…' \
                'q41' '是的，而且，他欣赏沉默的力量。' \
                'q42' '我当时想，天哪，这不是世人最…' \
                'q43' '这是一次疯狂的、非常痛苦的经…' \
                'q44' '它是否让你在个人层面上更加犹…' \
                'q45' '我一直有一种人生哲学，就是不…' \
                'q46' '你会因为让自己放松警惕而受到…' \
                'q47' '我其实不确定对于一个正在开发…' \
                'q48' '因为你开始赚的钱越多，这个东…' \
                'q49' '我对每天与之共事的人怀有巨大…' \
                'q50' '我们共同的朋友 Elon 起诉了 Op…' \
                'q51' '我认为对于许多根本性的新事物…' \
                'q52' '这并不意味着如果我们现在能有…' \
                'q53' '你们是一小群研究人员，疯狂地…' \
                'q54' '不久之前 Elon 还在疯狂地谈论…' \
                'q55' 'Elon 选择了分道扬镳。' \
                'q56' '他认为 OpenAI 会失败，他想要…' \
                'q57' '说到事后诸葛亮，我会选一个不…' \
                'q58' '我们只是说这是我们使命的一部…' \
                'q59' '这确实变成了一场宗教战线，很…' \
                'q60' '我不认为对他来说这真的是关于…' \
                'q61' '听着，我认为整个事情有失一个…' \
                'q62' '我尊重 Elon 作为我们这个时代…' \
                'q63' '我在某个采访或其他什么地方说…' \
                'q64' '我认为他应该直接赢，他应该让…' \
                'q65' '我会强烈反对任何考虑先以非营…' \
                'q66' '当然，如果我们知道会发生什么…' \
                'q67' '是的，我非常尊重 Elon，我希望…' \
                'q68' '就是要创造酷的东西，Elon 非常…' \
                'q69' '所以让我从技术/哲学的角度问一…' \
                'q70' '我认为所有这些模型对世界模型…' \
                'q71' '如果你看一下从 DALL-E 1 到 2…' \
                'q72' '说它有一个很棒的底层三维世界…' \
                'q73' '这种方法看起来会走得出人意料…' \
                'q74' '我的意思是，猫在视频中的随机…' \
                'q75' '很多是一个复杂的词，Sam。' \
                'q76' '听着，我是一个内向的人，当我…' \
                'q77' '我们努力成为一家深思熟虑的公…' \
                'q78' '你认为 AI 训练应该是或属于版…' \
                'q79' '我认为这个问题背后的问题是，…' \
                'q80' '但如果我是一个艺术家，首先我…' \
                'q81' '是的，这是从 CD 到 Napster 再…' \
                'q82' '模式改变了，但人们必须得到报…' \
                'q83' '我们想要创造，我们想要有用，…' \
                'q84' '再说一次，我不认为我们已经看…' \
                'q85' '当摄影出现时，艺术家们也非常…' \
                'q86' '我的看法不是 AI 会做多少比例…' \
                'q87' '我倾向于相信人类喜欢看其他人…' \
                'q88' '人类真的非常关心其他人类。' \
                'q89' '如果有一个比人类更酷的东西，…' \
                'q90' '让我们忽略房间里的大象，人类…' \
                'q91' '我们仍然举办赛跑，而汽车要快…' \
                'q92' '也许 GPT-5 会成为关键时刻。我…' \
                'q93' '关于未来令人讨厌的一点是，很…' \
                'q94' '我觉得它有点烂。' \
                'q95' '我预计 5 和 4 之间的差异将与…' \
                'q96' '我最近更多地用它来做头脑风暴…' \
                'q97' '当它奏效时，虽然不是很频繁，…' \
                'q98' '听着，我不想淡化 GPT-4 的成就…' \
                'q99' '我们必须发明底层技术，然后我…' \
                'q100' '从 8K 到 128K tokens 的上下文…' \
                'q101' '虽然如果我们梦想遥远的未来，…' \
                'q102' '我喜欢这是你的 "I Have a Drea…' \
                'q103' '我曾经看过一个互联网片段，我…' \
                'q104' '但我知道我们会使用它，一旦我…' \
                'q105' '对我来说最有趣的是那些把它作…' \
                'q106' '我用它作为阅读伙伴来阅读书籍。' \
                'q107' '你是如何弄清楚 GPT 可以编造听…' \
                'q108' '嗯，可怕的是，随着它变得更好…' \
                'q109' '我认为人们使用技术的能力要比…' \
                'q110' '除了记者似乎不明白这一点。' \
                'q111' '在我想要抨击记者的长长的清单…' \
                'q112' '我希望我们的社会能激励像，比…' \
                'q113' '我们在探索这方面还处于非常早…' \
                'q114' '我们都在一生中从经验中获益，…' \
                'q115' '我认为正确的答案就是用户选择。' \
                'q116' '但公司在用户选择方面应该有某…' \
                'q117' '这并不意味着我已经压抑了它，…' \
                'q118' '发生的情况是不信任，你孤立自…' \
                'q119' '所以它为生成的每个 token 分配…' \
                'q120' '我认为这种思维方式将会有一个…' \
                'q121' '我想从精神上说，你可以说你希…' \
                'q122' '在我看来，你希望能够为更难的…' \
                'q123' '这个神秘的 Q* 项目是什么？它…' \
                'q124' '没有核设施。我很想要一个秘密…' \
                'q125' '有梦想总是好的。' \
                'q126' 'OpenAI 不擅长保守秘密。如果我…' \
                'q127' '我们还没准备好谈论这个。' \
                'q128' '你看，但像这样的回答意味着有…' \
                'q129' '我们已经说了一段时间，我们认…' \
                'q130' '对我来说，一切都感觉相当连续。' \
                'q131' '部分原因是我认为 AI 和惊喜不…' \
                'q132' '我不知道这意味着什么，我没有…' \
                'q133' '所以也许我们应该考虑以不同的…' \
                'q134' '我不知道你是否了解人类，但他…' \
                'q135' '我确实认识一些人类。人们确实…' \
                'q136' '那么，GPT-5 什么时候出来？' \
                'q137' '我不知道。这是诚实的答案。' \
                'q138' '如果是今年的话眨两下眼。' \
                'q139' '我们今年将发布一个惊人的新模…' \
                'q140' '我不知道对 GPT-5 有什么期望。…' \
                'q141' '你知道，一个大的突破是什么？…' \
                'q142' '你当然不知道每一个部分是如何…' \
                'q143' '我现在真的没有那么多了。我现…' \
                'q144' '你不再是以前的你了，Sam。' \
                'q145' '你在推特上说需要 7 万亿美元。' \
                'q146' '好吧，一旦世界上有了错误信息…' \
                'q147' '但错误信息可能有洞察力的基础。' \
                'q148' '因为如果它真的很便宜，我会让…' \
                'q149' '能源是最难的部分，建造数据中…' \
                'q150' '我们将需要大量现在难以理解的…' \
                'q151' '你如何解决能源难题？核聚变？' \
                'q152' '我认为 Helion 的工作做得最好…' \
                'q153' '核裂变，我认为也是相当了不起…' \
                'q154' '嗯，我认为我们应该建造新的反…' \
                'q155' '我不知道你是否了解人类，但这…' \
                'q156' '我担心 AI 也会这样。我认为 AI…' \
                'q157' '我不知道我最终被枪杀的可能性…' \
                'q158' 'AI 将被政治化，这真的让我担心…' \
                'q159' '我认为它将卷入左派与右派的争…' \
                'q160' '例如，死于空气污染的人比死于…' \
                'q161' '但我们天生就有这样一种倾向，…' \
                'q162' '这就是为什么真相很重要，希望…' \
                'q163' '而缺点是，我认为如果我们不小…' \
                'q164' '我认为短期时间表、缓慢起飞是…' \
                'q165' '我对这种与 Elon 有点小矛盾的…' \
                'q166' 'Elon 至少说过，他非常关心 AI…' \
                'q167' '这不是他最出名的事情。' \
                'q168' '最终，我真诚地希望人性占上风。' \
                'q169' '我在想，前几天有人提醒我，就…' \
                'q170' '我希望当人们开始努力实现 AGI…' \
                'q171' '我认为 Elon 是一个朋友，他是…' \
                'q172' '我们所有人都应该为他加油，需…' \
                'q173' '我希望他可以在没有另一个的情…' \
                'q174' '那么OpenAI是否真的要挑战Googl…' \
                'q175' '我觉得那很无聊。' \
                'q176' 'Google向你展示10个蓝色链接，…' \
                'q177' '我不认为世界需要另一个Google…' \
                'q178' 'LLMs加上搜索的交集，我认为还…' \
                'q179' '我有点讨厌广告，只是作为一种…' \
                'q180' '我喜欢人们为ChatGPT付费，并知…' \
                'q181' '我不知道，我们有一个非常简单…' \
                'q182' '是的，我认为Wikipedia不做广告…' \
                'q183' '如果问题是，我是否认为我们可…' \
                'q184' 'Gemini 1.5最近出来了，周围有…' \
                'q185' '我们自己也犯过错误，将来还会…' \
                'q186' '有人在这里提出了一个我认为很…' \
                'q187' '它必须说当你要求它做X事情时，…' \
                'q188' '所以就像字面上的 "谁更好？特…' \
                'q189' '所以旧金山在意识形态上有点像…' \
                'q190' '我们有一个关于 AGI 的意识形态…' \
                'q191' '我们比我听说的许多其他公司更…' \
                'q192' '我认为会有一个时刻，整个公司…' \
                'q193' '是的，我会说会有人，国家行为…' \
                'q194' '这不仅仅是我们有一个团队在思…' \
                'q195' '他们说什么口音？' \
                'q196' '我认为我不应该在这一点上提供…' \
                'q197' '很抱歉在这个问题上徘徊，即使…' \
                'q198' '我对变得更聪明感到兴奋。' \
                'q199' '我知道这听起来像是敷衍的回答…' \
                'q200' '你说不清楚，但他们理解你。这…' \
                'q201' '我的意思是，我们都喜欢被倾听…' \
                'q202' '说到编程，展望未来，你认为5年…' \
                'q203' '也许有些人会完全用自然语言编…' \
                'q204' '没有人再用打孔卡片编程了。' \
                'q205' '我一直在寻找用Fortran编程的人…' \
                'q206' '编程很难。就像如何弥合最后1%…' \
                'q207' '具身化AI对你来说有多重要？' \
                'q208' '我认为，如果我们有AGI，而在物…' \
                'q209' '我们当然不会把自己变成机器人。' \
                'q210' '你认为我们，你和我们这个人类…' \
                'q211' '我已经意识到，我认为这个问题…' \
                'q212' 'AGI也不是一个结束。它更接近一…' \
                'q213' '但我想说的是，为了不试图回避…' \
                'q214' '但如果你看ChatGPT，甚至3.5，…' \
                'q215' '是的，但我不认为3.5改变了世界…' \
                'q216' '奇点级别的转变？' \
                'q217' '我认为当一个系统可以显著提高…' \
                'q218' '但即使只是看到一个系统有真正…' \
                'q219' '我发现令人惊讶的是，我很难说…' \
                'q220' '无论是谁首先打造出AGI，都将获…' \
                'q221' '我本来要说，我仍然相信这一点…' \
                'q222' '但正如许多人观察到的那样，虽…' \
                'q223' '我继续认为任何公司都不应该做…' \
                'q224' '我意识到这意味着像马克•安德森…' \
                'q225' '但我不认为任何一个人应该控制A…' \
                'q226' '权力的平衡确实是一件好事。' \
                'q227' '你害怕失去对AGI本身的控制吗？' \
                'q228' '根据我目前的看法，这不是我最…' \
                'q229' '我们之前谈到了戏剧性的风险。…' \
                'q230' '但我认为它将很多其他非常重要…' \
                'q231' '如果你曾经有过这种想法，这是…' \
                'q232' '这会把你带入某种完全不同的现…' \
                'q233' '但对我来说，Sora奏效这一事实…' \
                'q234' '我确实认为，广义上讲，AI将充…' \
                'q235' '所以希望我能活着出来。如果不…' \
                'q236' '你认为，正如我之前提到的，当…' \
                'q237' '我非常想相信答案是肯定的。我…' \
                'q238' '我觉得令人害怕的是，智慧在处…' \
                'q239' '穿越太空可能真的很难。' \
                'q240' '也许我们对智慧的样子非常盲目…' \
                'q241' '是什么给了你对人类未来的希望…' \
                'q242' '但总的来说，非常鼓舞人心。给…' \
                'q243' '我想知道的一件事是，AGI 会更…' \
                'q244' '没有人能独自制造出 iPhone。没…' \
                'q245' '所以从某种意义上说，是我们所…' \
                'q246' '是的，我们真的是站在巨人的肩…' \
                'q247' '你想过自己的死亡吗？你害怕死…' \
                'q248' '我的意思是，如果我明天被枪击…' \
                'q249' '我很享受人类的令人敬畏的创造…'
        case speaker
            printf '%s\t%s\n' \
                'lex' 'Lex Fridman' \
                'sam' 'Sam Altman'
        case turn
            printf '%s\t%s\n' \
                '1:1' 'Lex: 请讲讲从 11 月 16 日星期四，…' \
                '1:2' 'Sam: 这绝对是我职业生涯中最痛苦的…' \
                '1:3' 'Lex: 但你有预感会经历某种权力斗争…' \
                '1:4' 'Sam: 通向 AGI 的道路应该是一场巨大…' \
                '1:5' 'Lex: 所以你必须经历这个过程，就像…' \
                '1:6' 'Sam: 是的。' \
                '1:7' 'Lex: 平息它。' \
                '1:8' 'Sam: 但此时，感觉这是过去发生的事…' \
                '1:9' 'Lex: 只是在个人心理层面吗？' \
                '1:10' 'Sam: 是的。真的很痛苦，在这期间还…' \
                '1:11' 'Lex: 嗯，回顾过去反思董事会结构、…' \
                '1:12' 'Sam: 我确实从这个结构和激励机制中…' \
                '1:13' 'Lex: 你对董事会的审议过程有多深入…' \
                '1:14' 'Sam: 我认为总的来说，董事会成员都…' \
                '1:15' 'Lex: 你认为董事会的权力是不是太大…' \
                '1:16' 'Sam: 我认为董事会本应拥有很大的权…' \
                '1:17' 'Lex: 所以宣布了一个新的董事会。' \
                '1:18' 'Sam: 是的。' \
                '1:19' 'Lex: 我猜是先成立了一个规模较小的…' \
                '1:20' 'Sam: 还不是最终的董事会，我们增加…' \
                '1:21' 'Lex: 增加了一些，好的。新的董事会…' \
                '1:22' 'Sam: 旧的董事会在大约一年的时间里…' \
                '1:23' 'Lex: 有人批评了新增的一些董事会成…' \
                '1:24' 'Sam: 在这个非常紧张的周末，在紧要…' \
                '1:25' 'Lex: 那么对于个别董事会成员来说，…' \
                '1:26' 'Sam: 并非每个董事会成员都需要，但…' \
                '1:27' 'Lex: 有趣的是，人们可能不了解 Open…' \
                '1:28' 'Sam: 你肯定需要一些技术专家在那里…' \
                '1:29' 'Lex: 你是根据人们的过往表现，还是…' \
                '1:30' 'Sam: 过往表现很重要。你当然要进行…' \
                '1:31' 'Lex: 谢谢，谢谢你为听众做数学分析。' \
                '1:32' 'Sam: 对于董事会成员，我更关心 Y 轴…' \
                '1:33' 'Lex: 你是试图拟合一个多项式函数还…' \
                '1:34' 'Sam: 这个类比并不适用于那么远。' \
                '1:35' 'Lex: 好吧。你提到那个周末的一些低…' \
                '1:36' 'Sam: 那是一段非常糟糕的时期，也有…' \
                '1:37' 'Lex: 所以你已经接受了这个结果。' \
                '1:38' 'Sam: 非常迅速，非常迅速。我经历了…' \
                '1:39' 'Lex: 你睡得着吗？' \
                '1:40' 'Sam: 睡得不多。奇怪的是，有四天半…' \
                '1:41' 'Lex: 所以你接受了这个孩子 OpenAI…' \
                '1:42' 'Sam: 我很兴奋新的事物，我只是想，"…' \
                '1:43' 'Lex: 这是一个很好的应对机制。' \
                '1:44' 'Sam: 然后周六早上，两位董事会成员…' \
                '1:45' 'Lex: 你曾高度赞扬 Mira Murati，说…' \
                '1:46' 'Sam: 嗯，她在那个混乱的周末做得很…' \
                '1:47' 'Lex: 意思是大部分工作都是在日复一…' \
                '1:48' 'Sam: 是的，你想在过去 20 分钟里谈…' \
                '1:49' 'Lex: 嗯，是的。人类文明不在于纳粹…' \
                '1:50' 'Sam: 非常可以理解。' \
                '1a:1' 'Lex: 它让我们洞察人性，人性的极端…' \
                '1a:2' 'Sam: 不是。' \
                '1a:3' 'Lex: 那普通的秘密设施呢？' \
                '1a:4' 'Sam: 不是。' \
                '1a:5' 'Lex: 核的非秘密设施呢？' \
                '1a:6' 'Sam: 也不是，都不是。' \
                '1a:7' 'Lex: 这在某种程度上成为了一个 meme…' \
                '1a:8' 'Sam: 我爱 Ilya，我非常尊重 Ilya。…' \
                '1a:9' 'Lex: 有一个梗是说他看到了什么，就…' \
                '1a:10' 'Sam: Ilya没有看到 AGI，我们都没有…' \
                '1a:11' 'Lex: 我过去和他进行过一些对话，我…' \
                '1a:12' 'Sam: 再说一次，我不想代表 Ilya 说…' \
                '1a:13' 'Lex: 是的，而且，他欣赏沉默的力量…' \
                '1a:14' 'Sam: 当这种情况发生时很甜蜜。' \
                '1a:15' 'Lex: 我从未见过一个傻乎乎的 Ilya，…' \
                '1a:16' 'Sam: 最近我和他一起参加晚宴，他在…' \
                '1a:17' 'Lex: 所以总结整个董事会事件，你对…' \
                '1a:18' 'Sam: 是的。' \
                '1a:19' 'Lex: 对这一切以及它的走向感到满意…' \
                '1a:20' 'Sam: 我对新董事会感到非常满意，关…' \
                '1a:21' 'Lex: 它是否让你在个人层面上更加犹…' \
                '1a:22' 'Sam: 是的。' \
                '1a:23' 'Lex: 只是在个人层面上？' \
                '1a:24' 'Sam: 是的，我想我是一个非常信任他…' \
                '1a:25' 'Lex: 你要小心这一点，你担心自己变…' \
                '1a:26' 'Sam: 我不担心变得太愤世嫉俗，我认…' \
                '1a:27' 'Lex: 我其实不确定对于一个正在开发…' \
                '1a:28' 'Sam: 就团队而言，我认为你必须给我…' \
                '2:1' 'Lex: 我们共同的朋友 Elon 起诉了 Op…' \
                '2:2' 'Sam: 我不知道这真正是关于什么的，…' \
                '2:3' 'Lex: 就你的记忆而言，OpenAI 在博客…' \
                '2:4' 'Sam: 哦，我们只是说 Elon 说了这一…' \
                '2:5' 'Lex: 我确实认为 Elon 在这里有一定…' \
                '2:6' 'Sam: 不久之前 Elon 还在疯狂地谈论…' \
                '2:7' 'Lex: 我确实认为这里有一些个人的东…' \
                '2:8' 'Sam: Elon 选择了分道扬镳。' \
                '2:9' 'Lex: 你能具体描述一下吗？选择分道…' \
                '2:10' 'Sam: 他认为 OpenAI 会失败，他想要…' \
                '2:11' 'Lex: 所以你的意思是，这也是博客文…' \
                '2:12' 'Sam: 我的记忆是，他的提议就是，被…' \
                '2:13' 'Lex: 那么对 Elon 来说，OpenAI 中的…' \
                '2:14' 'Sam: 说到事后诸葛亮，我会选一个不…' \
                '2:15' 'Lex: 他说："把你们的名字改成 Close…' \
                '2:16' 'Sam: 我认为这说明了 Elon 对这起诉…' \
                '2:17' 'Lex: 如果我错了请纠正，但我认为诉…' \
                '2:18' 'Sam: 听着，我的意思是 Grok 在人们…' \
                '2:19' 'Lex: 嗯，批评竞争对手很好。说点废…' \
                '2:20' 'Sam: 听着，我认为整个事情有失一个…' \
                '2:21' 'Lex: 是的，他是有史以来最伟大的建…' \
                '2:22' 'Sam: 这让我很难过，我想这让很多人…' \
                '2:23' 'Lex: 我认为他应该直接赢，他应该让…' \
                '2:24' 'Sam: 是的，我认为开源模型肯定有一…' \
                '2:25' 'Lex: 我听了很多播客谈论这个诉讼和…' \
                '2:26' 'Sam: 我会强烈反对任何考虑先以非营…' \
                '2:27' 'Lex: 好的。所以大多数初创公司应该…' \
                '2:28' 'Sam: 当然，如果我们知道会发生什么…' \
                '2:29' 'Lex: 理论上，如果你在这里跳一支优…' \
                '2:30' 'Sam: 我不认为大多数人是这样考虑这…' \
                '2:31' 'Lex: 初创公司如果这样做，就不可能…' \
                '2:32' 'Sam: 不，我认为有法律会让这变得非…' \
                '2:33' 'Lex: 你希望这件事与 Elon 如何发展…' \
                '2:34' 'Sam: 是的，我非常尊重 Elon，我希望…' \
                '2:35' 'Lex: 是的，我希望你们这个月就能建…' \
                '3:1' 'Lex: 说到酷的东西 Sora，我可以问一…' \
                '3:2' 'Sam: 我认为所有这些模型对世界模型…' \
                '3:3' 'Lex: 嗯，你刚才提到的遮挡（occlusi…' \
                '3:4' 'Sam: 是的。所以我想说的是，它在做…' \
                '3:5' 'Lex: 但是通过这些二维训练数据的方…' \
                '3:6' 'Sam: 这种方法看起来会走得出人意料…' \
                '3:7' 'Lex: 你看到的系统的一些有趣的局限…' \
                '3:8' 'Sam: 有各种有趣的。我的意思是，猫…' \
                '3:9' 'Lex: 你认为这是方法的根本缺陷，还…' \
                '3:10' 'Sam: 我会说两者都是的。我认为方法…' \
                '3:11' 'Lex: 就像我提到的，LLMS 有 tokens…' \
                '3:12' 'Sam: 我的意思是在不透露 Sora 方法…' \
                '3:13' 'Lex: 但不是互联网规模的数据？所以…' \
                '3:14' 'Sam: 我认为在这种情况下，很多是一…' \
                '3:15' 'Lex: 因为对我来说，"很多"……听着，…' \
                '3:16' 'Sam: 不止三个人在为这些模型标注数…' \
                '3:17' 'Lex: 好的。但从根本上说，有很多自…' \
                '3:18' 'Sam: 是的。' \
                '3:19' 'Lex: 那么问题就变成了，互联网上有…' \
                '3:20' 'Sam: 我们考虑过。你是指 Sora 吗？' \
                '3:21' 'Lex: Sora 具体而言。因为 LLMS 的魔…' \
                '3:22' 'Sam: 我的意思是在我看来是这样的，…' \
                '3:23' 'Lex: 当然。你担心发布这个系统有什…' \
                '3:24' 'Sam: 坦率地说，在发布之前，我们必…' \
                '3:25' 'Lex: 这里有很多棘手的问题，你处理…' \
                '3:26' 'Sam: 我认为这个问题背后的问题是，…' \
                '3:27' 'Lex: 是的，这是从 CD 到 Napster 再…' \
                '3:28' 'Sam: 模式改变了，但人们必须得到报…' \
                '3:29' 'Lex: 嗯，如果我们把视野放得更远一…' \
                '3:30' 'Sam: 在我担心的所有事情中，人类会…' \
                '3:31' 'Lex: 但奖励可能不是金钱上的，可能…' \
                '3:32' 'Sam: 也许在某些其他方面有经济回报…' \
                '3:33' 'Lex: 是的，但艺术家和创作者很担心…' \
                '3:34' 'Sam: 当然。当摄影出现时，艺术家们…' \
                '3:35' 'Lex: 如果我们只看 YouTube 或类似的…' \
                '3:36' 'Sam: 人们谈论 AI 在未来五年内会做…' \
                '3:37' 'Lex: 是的，这太有趣了。我的意思是…' \
                '3:38' 'Sam: 人类真的非常关心其他人类。' \
                '3:39' 'Lex: 是的。如果有一个比人类更酷的…' \
                '3:40' 'Sam: 这似乎是根深蒂固的。' \
                '3:41' 'Lex: 这就是整个国际象棋的事情，"哦…' \
                '3:42' 'Sam: 我们仍然举办赛跑，而汽车要快…' \
                '3:43' 'Lex: 是的。也许它只是 Adobe 套件类…' \
                '4:1' 'Lex: 让我问你关于 GPT-4 的事。回顾…' \
                '4:2' 'Sam: 也许 GPT-5 会成为关键时刻。我…' \
                '4:3' 'Lex: 我们永远不会知道。关于未来令…' \
                '4:4' 'Sam: 我觉得它有点烂。' \
                '4:5' 'Lex: 典型的人类也是，已经习惯了一…' \
                '4:6' 'Sam: 不，我认为它是一个惊人的东西…' \
                '4:7' 'Lex: GPT-4 最光荣的地方在哪里？' \
                '4:8' 'Sam: 它能做的最好的事情是什么？' \
                '4:9' 'Lex: 它能做的最好的事情是什么，以…' \
                '4:10' 'Sam: 我最近更多地用它来做头脑风暴…' \
                '4:11' 'Lex: 与人类进行迭代式的来回交流对…' \
                '4:12' 'Sam: 与人类反复交互，它更经常奏效…' \
                '4:13' 'Lex: 增加多个抽象层还是只是顺序？' \
                '4:14' 'Sam: 两者都有，将其分解，然后在不…' \
                '4:15' 'Lex: 话虽如此，我的意思是 ChatGPT…' \
                '4:16' 'Sam: 当然。就这一点而言，我确实认…' \
                '4:17' 'Lex: 这些东西中的每一个有多重要？…' \
                '4:18' 'Sam: 我的意思是它们都非常重要，但…' \
                '4:19' 'Lex: 以及如何使规模发挥作用，让很…' \
                '4:20' 'Sam: 还有这个。但这是一个已知的困…' \
                '4:21' 'Lex: 从 8K 到 128K tokens 的上下文…' \
                '4:22' 'Sam: 大多数人大部分时间不需要一直…' \
                '4:23' 'Lex: 我喜欢这是你的 "I Have a Drea…' \
                '4:24' 'Sam: 我曾经看过一个互联网片段，我…' \
                '4:25' 'Lex: 是的，即使是说十亿，十年后可…' \
                '4:26' 'Sam: 我觉得最有趣的不是任何特定的…' \
                '4:27' 'Lex: 我也是如此，用于很多事情。我…' \
                '4:28' 'Sam: 这显然是我们非常感兴趣的领域…' \
                '4:29' 'Lex: 嗯，可怕的是，随着它变得更好…' \
                '4:30' 'Sam: 对此我有两种想法。我认为人们…' \
                '4:31' 'Lex: 除了记者似乎不明白这一点。我…' \
                '4:32' 'Sam: 在我想要抨击记者的长长的清单…' \
                '5:1' 'Lex: 嗯，我认为更大的批评也许是作…' \
                '5:2' 'Sam: 我们在探索这方面还处于非常早…' \
                '5:3' 'Lex: 是的。这有多难？因为现在它更…' \
                '5:4' 'Sam: 是的，这不仅仅是我想让它记住…' \
                '5:5' 'Lex: 是的，我认为那会非常酷。人们…' \
                '5:6' 'Sam: 我认为正确的答案就是用户选择…' \
                '5:7' 'Lex: 但公司在用户选择方面应该有某…' \
                '5:8' 'Sam: 这完全正确。你让我想到了之前…' \
                '5:9' 'Lex: 嗯，你说得很好，但可能还有一…' \
                '5:10' 'Sam: 当然。' \
                '5:11' 'Lex: 我的意思是，因为我在业余时间…' \
                '5:12' 'Sam: 我认为这种思维方式将会有一个…' \
                '5:13' 'Lex: 在架构上它会与我们现在看到的…' \
                '5:14' 'Sam: 我可以想象许多实现它的方法。…' \
                '5:15' 'Lex: 这是我们人类的想法，你应该能…' \
                '5:16' 'Sam: 我怀疑这是一个合理的直觉。' \
                '5:17' 'Lex: 有趣。所以一旦 GPT 像 GPT-7…' \
                '5:18' 'Sam: 在我看来，你希望能够为更难的…' \
                '5:19' 'Lex: 但它可以看起来基本上像一个 LL…' \
                '5:20' 'Sam: 也许吧。我的意思是，你可以想…' \
                '6:1' 'Lex: 这确实让我想到了 Q* 背后神秘…' \
                '6:2' 'Sam: 没有核设施。我很想要一个秘密…' \
                '6:3' 'Lex: 总有一天？好吧。有梦想总是好…' \
                '6:4' 'Sam: OpenAI 不擅长保守秘密。如果我…' \
                '6:5' 'Lex: 你能谈谈 Q* 是什么吗？' \
                '6:6' 'Sam: 我们还没准备好谈论这个。' \
                '6:7' 'Lex: 你看，但像这样的回答意味着有…' \
                '6:8' 'Sam: 我的意思是，我们从事各种研究…' \
                '6:9' 'Lex: 会有一些时刻，无论是 Q* 还是…' \
                '6:10' 'Sam: 这是个好问题。我对此有什么想…' \
                '6:11' 'Lex: 对。这是你说的一个主题，基本…' \
                '6:12' 'Sam: 我确实想知道我们是否应该……所…' \
                '6:13' 'Lex: 是的，当然。更多迭代对每个人…' \
                '6:14' 'Sam: 但这就是我们试图做的，这是我…' \
                '6:15' 'Lex: 是的，4.71，4.72。但人们喜欢…' \
                '6:16' 'Sam: 我确实认识一些人类。人们确实…' \
                '7:1' 'Lex: 那么，GPT-5 什么时候出来？' \
                '7:2' 'Sam: 我不知道。这是诚实的答案。' \
                '7:3' 'Lex: 哦，这是诚实的答案。如果是今…' \
                '7:4' 'Sam: 我们今年将发布一个惊人的新模…' \
                '7:5' 'Lex: 所以这就是我们如何发布这个东…' \
                '7:6' 'Sam: 我们将在未来几个月发布许多不…' \
                '7:7' 'Lex: 我不知道对 GPT-5 有什么期望。…' \
                '7:8' 'Sam: 总是所有这些。你知道，一个大…' \
                '7:9' 'Lex: 所以有这种分布式的持续创新在…' \
                '7:10' 'Sam: 是的。' \
                '7:11' 'Lex: 所以即使在技术方面也是如此？' \
                '7:12' 'Sam: 尤其是在技术方面。' \
                '7:13' 'Lex: 所以即使是详细的方法？' \
                '7:14' 'Sam: 是的。' \
                '7:15' 'Lex: 像你这样做不同的、分散的团队…' \
                '7:16' 'Sam: 有一些人必须考虑如何将整个事…' \
                '7:17' 'Lex: 哦，就像单个团队，单个贡献者…' \
                '7:18' 'Sam: 在高层次上，是的。你当然不知…' \
                '7:19' 'Lex: 你不再是以前的你了，Sam。' \
                '7:20' 'Sam: 现在的工作与我以前的工作非常…' \
                '8:1' 'Lex: 说到放眼全局，让我们再来看看…' \
                '8:2' 'Sam: 我没有在推特上说这个。我从来…' \
                '8:3' 'Lex: 哦，那是别人说的？' \
                '8:4' 'Sam: 是的。' \
                '8:5' 'Lex: 哦，但你说，"去他的，也许是 8…' \
                '8:6' 'Sam: 好吧，一旦世界上有了错误信息…' \
                '8:7' 'Lex: 哦，你开玩笑。但错误信息可能…' \
                '8:8' 'Sam: 听着，我认为计算能力将成为未…' \
                '8:9' 'Lex: 你如何解决能源难题？核聚变？' \
                '8:10' 'Sam: 是的，这就是我的信念。' \
                '8:11' 'Lex: 谁来解决这个问题？' \
                '8:12' 'Sam: 我认为 Helion 的工作做得最好…' \
                '8:13' 'Lex: 所以对你来说，难题的一部分是…' \
                '8:14' 'Sam: 嗯，我认为我们应该建造新的反…' \
                '8:15' 'Lex: 你认为停滞的原因就是大规模的…' \
                '8:16' 'Sam: 是的。' \
                '8:17' 'Lex: 我不知道你是否了解人类，但这…' \
                '8:18' 'Sam: 我担心 AI 也会这样。我认为 AI…' \
                '8:19' 'Lex: 哦，就像我们想阻止这个-' \
                '8:20' 'Sam: 也许吧。' \
                '8:21' 'Lex: 你如何减少它的戏剧性？我已经…' \
                '8:22' 'Sam: 我认为它将卷入左派与右派的争…' \
                '8:23' 'Lex: 这就是为什么真相很重要，希望…' \
                '8:24' 'Sam: 我认为我对这个问题有一个相当…' \
                '8:25' 'Lex: 你感受到这种军备竞赛的压力了…' \
                '8:26' 'Sam: 肯定在某些方面，当然。我们花…' \
                '8:27' 'Lex: 我对这种与 Elon 有点小矛盾的…' \
                '8:28' 'Sam: Elon 至少说过，他非常关心 AI…' \
                '8:29' 'Lex: 是的。但在这方面的合作，我认…' \
                '8:30' 'Sam: 这不是他最出名的事情。' \
                '8:31' 'Lex: 嗯，他以关心人类而闻名，人类…' \
                '8:32' 'Sam: 我在想，前几天有人提醒我，就…' \
                '8:33' 'Lex: 我同意。我认为 Elon 是一个朋…' \
                '8:34' 'Sam: Elon 身上令人惊叹的事情是惊人…' \
                '8:35' 'Lex: 是的。我希望他可以在没有另一…' \
                '9:1' 'Lex: 我们聊聊 Google，在搜索的帮助…' \
                '9:2' 'Sam: 我觉得那很无聊。我的意思是，…' \
                '9:3' 'Lex: 将聊天客户端(如ChatGPT)与搜索…' \
                '9:4' 'Sam: 那更酷。' \
                '9:5' 'Lex: 这很酷，但很棘手。就像如果你…' \
                '9:6' 'Sam: 正如你可能猜到的，我们对如何…' \
                '9:7' 'Lex: 是的。那广告方面呢？你有没有…' \
                '9:8' 'Sam: 我有点讨厌广告，只是作为一种…' \
                '9:9' 'Lex: 是的，我的意思是，我可以想象A…' \
                '9:10' 'Sam: 嗯，我们必须弄清楚如何增长，…' \
                '9:11' 'Lex: 嗯。那很有希望。我也不想完全…' \
                '9:12' 'Sam: 我不是那个意思。我想我的意思…' \
                '9:13' 'Lex: 是的，我也有偏见，只是一般的…' \
                '9:14' 'Sam: 我的意思是，我们非常努力地不…' \
                '9:15' 'Lex: 是的，但有时如果你把它写出来…' \
                '9:16' 'Sam: 那不是我说的。那不管用。它必…' \
                '9:17' 'Lex: 所以就像字面上的 "谁更好？特…' \
                '9:18' 'Sam: 是的，我对模型的行为方式持开…' \
                '9:19' 'Lex: 那真的很好，然后每个人都同意…' \
                '9:20' 'Sam: 然后当它是一个错误时，它就是…' \
                '9:21' 'Lex: 对。如果有很好的例子，那么处…' \
                '9:22' 'Sam: 我很幸运，我们在 OpenAI 没有…' \
                '9:23' 'Lex: 所以那种东西不会渗透到 OpenAI…' \
                '9:24' 'Sam: 我敢肯定它以各种微妙的方式渗…' \
                '9:25' 'Lex: 那么总的来说，安全的过程是什…' \
                '9:26' 'Sam: 我认为会有一个时刻，整个公司…' \
                '9:27' 'Lex: 这实际上就是人类随着 AI 变得…' \
                '9:28' 'Sam: 广义上讲。是的。' \
                '9:29' 'Lex: 是的。我想知道，完整的广义定…' \
                '9:30' 'Sam: 可能是所有这些。是的，我会说…' \
                '9:31' 'Lex: 你认为人们，也许是国家行为者…' \
                '9:32' 'Sam: 他们正在尝试。' \
                '9:33' 'Lex: 他们说什么口音？' \
                '9:34' 'Sam: 我认为我不应该在这一点上提供…' \
                '9:35' 'Lex: 好的。但我想随着时间的推移，…' \
                '10:1' 'Lex: 很抱歉在这个问题上徘徊，即使…' \
                '10:2' 'Sam: 我对变得更聪明感到兴奋。我知…' \
                '10:3' 'Lex: 是的，有一个神奇的时刻。我的…' \
                '10:4' 'Sam: 那是肯定的。' \
                '10:5' 'Lex: 这是一种奇怪的感觉。即使在编…' \
                '10:6' 'Sam: 我的意思是，会有很多，但我认…' \
                '10:7' 'Lex: 完全自然语言？' \
                '10:8' 'Sam: 我的意思是，没有人通过写代码…' \
                '10:9' 'Lex: 是的。你会收到很多愤怒的评论…' \
                '10:10' 'Sam: 改变技能。它在多大程度上改变…' \
                '10:11' 'Lex: 编程很难。就像如何弥合最后1%…' \
                '10:12' 'Sam: 是的，我认为与大多数其他情况…' \
                '10:13' 'Lex: 我们会在OpenAI看到类人机器人…' \
                '10:14' 'Sam: 在某个时候会的。' \
                '10:15' 'Lex: 具身化AI对你来说有多重要？' \
                '10:16' 'Sam: 我认为，如果我们有AGI，而在物…' \
                '10:17' 'Lex: 我的意思是，OpenAI在机器人方…' \
                '10:18' 'Sam: 我们是一家小公司。我们必须真…' \
                '11:1' 'Lex: 是的。你认为我们，你和我们这…' \
                '11:2' 'Sam: 我以前很喜欢猜测这个问题。我…' \
                '11:3' 'Lex: 但如果你看ChatGPT，甚至3.5，…' \
                '11:4' 'Sam: 是的，但我不认为3.5改变了世界…' \
                '11:5' 'Lex: 所以对你来说，你在寻找一些真…' \
                '11:6' 'Sam: 对我来说，这是AGI所暗示的一部…' \
                '11:7' 'Lex: 奇点级别的转变？' \
                '11:8' 'Sam: 不，绝对不是。' \
                '11:9' 'Lex: 但就像互联网一样，就像我想现…' \
                '11:10' 'Sam: 在我们发布GPT-4之前，与之后相…' \
                '11:11' 'Lex: 不，不。它可能只是对很多人来…' \
                '11:12' 'Sam: 我的意思是，再说一次，人们以…' \
                '11:13' 'Lex: 也可能会有重大的戏剧性时刻。A…' \
                '11:14' 'Sam: 这对我个人很重要。我不知道这…' \
                '11:15' 'Lex: 我同意你的观点，因此我不喜欢…' \
                '11:16' 'Sam: 我的意思是，肯定是这里的研究…' \
                '11:17' 'Lex: 你可以问是非题，比如 "这样的…' \
                '11:18' 'Sam: 是的，我的意思是，好吧，所以…' \
                '11:19' 'Lex: 无论是谁首先打造出AGI，都将获…' \
                '11:20' 'Sam: 我将非常诚实地回答这个问题。…' \
                '11:21' 'Lex: 谢谢你这么说。这真的很有力量…' \
                '11:22' 'Sam: 权力的平衡确实是一件好事。' \
                '11:23' 'Lex: 你害怕失去对AGI本身的控制吗？…' \
                '11:24' 'Sam: 根据我目前的看法，这不是我最…' \
                '11:25' 'Lex: 你直觉上认为这不是你担心的原…' \
                '11:26' 'Sam: 当然。说这不是我最担心的并不…' \
                '11:27' 'Lex: 对你来说，目前逃脱盒子，连接…' \
                '11:28' 'Sam: 我们之前谈到了戏剧性的风险。…' \
                '11:29' 'Lex: 鉴于Sora生成模拟世界的能力，…' \
                '11:30' 'Sam: 有点。我不认为这是最有力的证…' \
                '11:31' 'Lex: 但事实是……而且大概，它会变得…' \
                '11:32' 'Sam: 最近有人对我说，我认为这是一…' \
                '11:33' 'Lex: 我确实认为，广义上讲，AI将充…' \
                '11:34' 'Sam: 这似乎是肯定的。' \
                '11:35' 'Lex: 我最近要去亚马逊大丛林，那里…' \
                '12:1' 'Sam: 我非常想相信答案是肯定的。我…' \
                '12:2' 'Lex: 我觉得令人害怕的是，智慧在处…' \
                '12:3' 'Sam: 非常有可能。' \
                '12:4' 'Lex: 这也让我思考智慧的本质。也许…' \
                '12:5' 'Sam: 我认为过去是很多。我的意思是…' \
                '12:6' 'Lex: 只是这一切的轨迹。我们一起朝…' \
                '12:7' 'Sam: 我想知道的一件事是，AGI 会更…' \
                '12:8' 'Lex: 是的，我们真的是站在巨人的肩…' \
                '12:9' 'Sam: 我的意思是，如果我明天被枪击…' \
                '12:10' 'Lex: 你经历的那些时刻。是的，我也…'
        case sentence
            printf '%s\t%s\n' \
                '1:1/1' '请讲讲从 11 月 16 日星期四，…' \
                '1:2/1' '这绝对是我职业生涯中最痛苦的…' \
                '1:2/2' '不过其中也有美好的事情，但我…' \
                '1:2/3' '但我看到了自己在那段时期的一…' \
                '1:2/4' '就像参加自己的追悼会，看着人…' \
                '1:2/5' '那真的很棒，非常棒。' \
                '1:2/6' '整个周末，除了一个大的例外，…' \
                '1:2/7' '不过我也很高兴它发生得相对较…' \
                '1:2/8' '我想在 OpenAI 成立到我们创造…' \
                '1:2/9' '不过，我认为它仍然帮助我们建…' \
                '1:3/1' '但你有预感会经历某种权力斗争…' \
                '1:4/1' '通向 AGI 的道路应该是一场巨大…' \
                '1:4/2' '世界应该……' \
                '1:4/3' '好吧，不应该。' \
                '1:4/4' '我预计情况就是如此。' \
                '1:5/1' '所以你必须经历这个过程，就像…' \
                '1:6/1' '是的。' \
                '1:7/1' '平息它。' \
                '1:8/1' '但此时，感觉这是过去发生的事…' \
                '1:8/2' '在那之后有一段时间，可能是 45…' \
                '1:8/3' '我太不在状态了，感觉非常低落。' \
                '1:9/1' '只是在个人心理层面吗？' \
                '1:10/1' '是的。' \
                '1:10/2' '真的很痛苦，在这期间还要继续…' \
                '1:10/3' '我只想爬进一个洞穴休养一段时…' \
                '1:11/1' '嗯，回顾过去反思董事会结构、…' \
                '1:11/2' '所以这其中有价值。' \
                '1:11/3' '作为一个领导者，你要在个人心…' \
                '1:12/1' '我确实从这个结构和激励机制中…' \
                '1:12/2' '我认为现在发生这件事在某种程…' \
                '1:12/3' '我认为这可能不是 OpenAI 的最…' \
                '1:12/4' '我的公司差点就被摧毁了。' \
                '1:12/5' '我们考虑了很多其他我们必须做…' \
                '1:13/1' '你对董事会的审议过程有多深入…' \
                '1:13/2' '你能否说明一下这种情况下的人…' \
                '1:13/3' '难道只是几次对话，然后突然就…' \
                '1:14/1' '我认为总的来说，董事会成员都…' \
                '1:14/2' '我认为 OpenAI 面临的挑战之一…' \
                '1:15/1' '你认为董事会的权力是不是太大…' \
                '1:16/1' '我认为董事会本应拥有很大的权…' \
                '1:16/2' '有时人们拥有超级投票权股票或…' \
                '1:16/3' '在这种情况下，我认为我们在构…' \
                '1:16/4' '他们实际上只对自己负责，这有…' \
                '1:17/1' '所以宣布了一个新的董事会。' \
                '1:18/1' '是的。' \
                '1:19/1' '我猜是先成立了一个规模较小的…' \
                '1:20/1' '还不是最终的董事会，我们增加…' \
                '1:21/1' '增加了一些，好的。' \
                '1:21/2' '新的董事会解决了之前可能存在…' \
                '1:22/1' '旧的董事会在大约一年的时间里…' \
                '1:22/2' '董事会成员也没有太多担任董事…' \
                '1:23/1' '有人批评了新增的一些董事会成…' \
                '1:23/2' '这其中涉及什么？' \
                '1:24/1' '在这个非常紧张的周末，在紧要…' \
                '1:24/2' '当时我们试图就新的董事会成员…' \
                '1:24/3' 'Larry 实际上是老董事会成员的…' \
                '1:24/4' '我们也讨论了很多其他人，但我…' \
                '1:24/5' '我认为我无法再以同样的配置与…' \
                '1:24/6' '所以这些决定老实说是在没有……' \
                '1:24/7' '你是在战场上做出的，那时你没…' \
                '1:24/8' '对于之后的新董事会成员，以及…' \
                '1:24/9' '与聘请高管不同，你需要他们把…' \
                '1:24/10' '所以 Brett 说了一句我很喜欢的…' \
                '1:24/11' '我们努力优化的是，选择一组拥…' \
                '1:25/1' '那么对于个别董事会成员来说，…' \
                '1:26/1' '并非每个董事会成员都需要，但…' \
                '1:27/1' '有趣的是，人们可能不了解 Open…' \
                '1:27/2' '当他们想到董事会时，鉴于出现…' \
                '1:27/3' '他们会想，如果你实现了 AGI，…' \
                '1:27/4' '他们认为，好吧，在那种情况下…' \
                '1:28/1' '你肯定需要一些技术专家在那里。' \
                '1:28/2' '然后你需要一些人思考“我们如何…' \
                '1:28/3' '以及有非常不同观点的人。' \
                '1:28/4' '我认为你或我可能犯的一个错误…' \
                '1:29/1' '你是根据人们的过往表现，还是…' \
                '1:30/1' '过往表现很重要。' \
                '1:30/2' '你当然要进行大量交谈，但有些…' \
                '1:31/1' '谢谢，谢谢你为听众做数学分析。' \
                '1:32/1' '对于董事会成员，我更关心 Y 轴…' \
                '1:32/2' '我认为在这方面，过往记录有一…' \
                '1:33/1' '你是试图拟合一个多项式函数还…' \
                '1:34/1' '这个类比并不适用于那么远。' \
                '1:35/1' '好吧。' \
                '1:35/2' '你提到那个周末的一些低谷时刻。' \
                '1:35/3' '对你个人来说，一些心理上的低…' \
                '1:35/4' '你有没有考虑过去亚马逊丛林，…' \
                '1:36/1' '那是一段非常糟糕的时期，也有…' \
                '1:36/2' '我的电话一直响个不停，收到我…' \
                '1:36/3' '我没能像应该的那样欣赏这一切…' \
                '1:36/4' '但总的来说，那是一个非常痛苦…' \
                '1:36/5' '这就像在公众面前打了一场战斗…' \
                '1:36/6' '董事会在周五下午做出了这个决…' \
                '1:36/7' '我就想，好吧，我目前在 OpenAI…' \
                '1:36/8' '而我一直最喜欢的事情就是与研…' \
                '1:36/9' '我就想，是的，我可以专注于 AG…' \
                '1:36/10' '我对此感到兴奋，当时甚至没有…' \
                '1:37/1' '所以你已经接受了这个结果。' \
                '1:38/1' '非常迅速，非常迅速。' \
                '1:38/2' '我经历了一小段时间的困惑和愤…' \
                '1:38/3' '到了周五晚上，我就在和别人讨…' \
                '1:38/4' '我想那是周五晚上我第一次听到…' \
                '1:38/5' '然后我就上床睡觉，仍然很兴奋…' \
                '1:39/1' '你睡得着吗？' \
                '1:40/1' '睡得不多。' \
                '1:40/2' '奇怪的是，有四天半的时间我没…' \
                '1:40/3' '在战斗时，你会对肾上腺素有奇…' \
                '1:41/1' '所以你接受了这个孩子 OpenAI…' \
                '1:42/1' '我很兴奋新的事物，我只是想，"…' \
                '1:43/1' '这是一个很好的应对机制。' \
                '1:44/1' '然后周六早上，两位董事会成员…' \
                '1:44/2' '我一开始不想那样做，但我多想…' \
                '1:44/3' '所以我考虑了一下，我想，"好吧…' \
                '1:44/4' '然后最痛苦的时候就是在那个周…' \
                '1:44/5' '我们一直被告知，好了，我们快…' \
                '1:44/6' '我们只需要再多一点时间，这是…' \
                '1:44/7' '然后周日晚上，再次每隔几个小…' \
                '1:44/8' '然后董事会任命了一位新的临时…' \
                '1:44/9' '我告诉你，这感觉非常痛苦，但…' \
                '1:44/10' '除了周日晚上的那一刻，我不会…' \
                '1:44/11' '这很痛苦，但这个周末占主导地…' \
                '1:45/1' '你曾高度赞扬 Mira Murati，说…' \
                '1:45/2' '也许我们可以稍微岔开一下话题…' \
                '1:46/1' '嗯，她在那个混乱的周末做得很…' \
                '1:47/1' '意思是大部分工作都是在日复一…' \
                '1:48/1' '是的，你想在过去 20 分钟里谈…' \
                '1:49/1' '嗯，是的。' \
                '1:49/2' '人类文明不在于纳粹德国的入侵…' \
                '1:50/1' '非常可以理解。' \
                '1a:1/1' '它让我们洞察人性，人性的极端…' \
                '1a:1/2' '让我问你关于 Ilya 的事，他是…' \
                '1a:2/1' '不是。' \
                '1a:3/1' '那普通的秘密设施呢？' \
                '1a:4/1' '不是。' \
                '1a:5/1' '核的非秘密设施呢？' \
                '1a:6/1' '也不是，都不是。' \
                '1a:7/1' '这在某种程度上成为了一个 meme…' \
                '1a:7/2' '你现在和他的关系如何？' \
                '1a:8/1' '我爱 Ilya，我非常尊重 Ilya。' \
                '1a:8/2' '关于他的计划，我现在没什么可…' \
                '1a:8/3' '这要问他自己，但我真的希望我…' \
                '1a:8/4' '他比我小一点，也许他能工作的…' \
                '1a:9/1' '有一个梗是说他看到了什么，就…' \
                '1a:10/1' 'Ilya没有看到 AGI，我们都没有…' \
                '1a:10/2' '我们还没有创造出 AGI，我确实…' \
                '1a:10/3' '随着我们继续取得重大进展，Ily…' \
                '1a:10/4' '所以 Ilya 没有看到 AGI，但 Il…' \
                '1a:11/1' '我过去和他进行过一些对话，我…' \
                '1a:11/2' '所以他不是在想一年后这会是什…' \
                '1a:11/3' '他是在从第一性原理出发思考，"…' \
                '1a:11/4' '因此，这为他考虑所有其他安全…' \
                '1a:11/5' '你知道他为什么一直保持沉默吗？' \
                '1a:11/6' '是他正在进行一些自我反思吗？' \
                '1a:12/1' '再说一次，我不想代表 Ilya 说…' \
                '1a:13/1' '是的，而且，他欣赏沉默的力量。' \
                '1a:13/2' '另外，我听说他可以是个很傻的…' \
                '1a:14/1' '当这种情况发生时很甜蜜。' \
                '1a:15/1' '我从未见过一个傻乎乎的 Ilya，…' \
                '1a:16/1' '最近我和他一起参加晚宴，他在…' \
                '1a:16/2' '我当时想，天哪，这不是世人最…' \
                '1a:17/1' '所以总结整个董事会事件，你对…' \
                '1a:18/1' '是的。' \
                '1a:19/1' '对这一切以及它的走向感到满意…' \
                '1a:20/1' '我对新董事会感到非常满意，关…' \
                '1a:20/2' '我们想先任命新的董事会成员，…' \
                '1a:20/3' '我没有什么非常深刻的话要说。' \
                '1a:20/4' '这是一次疯狂的、非常痛苦的经…' \
                '1a:20/5' '我认为这是一个完美的奇怪风暴。' \
                '1a:20/6' '对我来说，这预示着随着利害关…' \
                '1a:20/7' '我很高兴它现在发生了，但这是…' \
                '1a:21/1' '它是否让你在个人层面上更加犹…' \
                '1a:22/1' '是的。' \
                '1a:23/1' '只是在个人层面上？' \
                '1a:24/1' '是的，我想我是一个非常信任他…' \
                '1a:24/2' '我一直有一种人生哲学，就是不…' \
                '1a:24/3' '你会因为让自己放松警惕而受到…' \
                '1a:24/4' '我完全措手不及，这确实改变了…' \
                '1a:25/1' '你要小心这一点，你担心自己变…' \
                '1a:26/1' '我不担心变得太愤世嫉俗，我认…' \
                '1a:27/1' '我其实不确定对于一个正在开发…' \
                '1a:27/2' '你正在经历一个有趣的旅程。' \
                '1a:27/3' '但在结构方面，我更感兴趣的是…' \
                '1a:27/4' '你是如何让自己周围有构建了很…' \
                '1a:27/5' '因为你开始赚的钱越多，这个东…' \
                '1a:28/1' '就团队而言，我认为你必须给我…' \
                '1a:28/2' '我对每天与之共事的人怀有巨大…' \
                '2:1/1' '我们共同的朋友 Elon 起诉了 Op…' \
                '2:1/2' '他批评的本质是什么？' \
                '2:1/3' '他在某种程度上有道理吗？' \
                '2:1/4' '他在哪些方面是错的？' \
                '2:2/1' '我不知道这真正是关于什么的，…' \
                '2:2/2' '因为那是七八年前的事了，现在…' \
                '2:2/3' '那是在我们对 API 或出售聊天机…' \
                '2:2/4' '所以我们就像是，"我们只是要尝…' \
                '2:2/5' '我认为对于许多根本性的新事物…' \
                '2:2/6' '然后很明显，我们将需要做不同…' \
                '2:2/7' '所以我们说，"好吧，这个结构不…' \
                '2:2/8' '然后你再修补一次，再修补一次…' \
                '2:2/9' '但我们通过逐步的、我认为在每…' \
                '2:2/10' '这并不意味着如果我们现在能有…' \
                '2:2/11' '无论如何，就 Elon 在这里的真…' \
                '2:3/1' '就你的记忆而言，OpenAI 在博客…' \
                '2:3/2' '你能总结一下吗？' \
                '2:4/1' '哦，我们只是说 Elon 说了这一…' \
                '2:4/2' '这是我们对事情经过的描述，或…' \
                '2:5/1' '我确实认为 Elon 在这里有一定…' \
                '2:5/2' '你们是一小群研究人员，疯狂地…' \
                '2:6/1' '不久之前 Elon 还在疯狂地谈论…' \
                '2:7/1' '我确实认为这里有一些个人的东…' \
                '2:8/1' 'Elon 选择了分道扬镳。' \
                '2:9/1' '你能具体描述一下吗？' \
                '2:9/2' '选择分道扬镳？' \
                '2:10/1' '他认为 OpenAI 会失败，他想要…' \
                '2:10/2' '我们想继续朝着现在已经成为 Op…' \
                '2:10/3' '有几次，他想把 OpenAI 变成一…' \
                '2:11/1' '所以你的意思是，这也是博客文…' \
                '2:12/1' '我的记忆是，他的提议就是，被…' \
                '2:12/2' '我很确定就是这样。' \
                '2:13/1' '那么对 Elon 来说，OpenAI 中的…' \
                '2:13/2' 'Ilya 在电子邮件往来和所有这些…' \
                '2:13/3' '对你来说它当时意味着什么？' \
                '2:13/4' '现在对你意味着什么？' \
                '2:14/1' '说到事后诸葛亮，我会选一个不…' \
                '2:14/2' '我认为 OpenAI 正在做的最重要…' \
                '2:14/3' '我们只是说这是我们使命的一部…' \
                '2:14/4' '我认为这种开放性对我们的使命…' \
                '2:14/5' '所以如果我们能继续向世界提供…' \
                '2:14/6' '至于开源与否，是的，我认为我…' \
                '2:14/7' '这确实变成了一场宗教战线，很…' \
                '2:15/1' '他说："把你们的名字改成 Close…' \
                '2:15/2' '我的意思是，这会不会成为关于…' \
                '2:16/1' '我认为这说明了 Elon 对这起诉…' \
                '2:17/1' '如果我错了请纠正，但我认为诉…' \
                '2:18/1' '听着，我的意思是 Grok 在人们…' \
                '2:18/2' '我不认为对他来说这真的是关于…' \
                '2:19/1' '嗯，批评竞争对手很好。' \
                '2:19/2' '说点废话也不错。' \
                '2:19/3' '但友好的竞争和"我个人讨厌诉讼…' \
                '2:20/1' '听着，我认为整个事情有失一个…' \
                '2:20/2' '我尊重 Elon 作为我们这个时代…' \
                '2:21/1' '是的，他是有史以来最伟大的建…' \
                '2:22/1' '这让我很难过，我想这让很多人…' \
                '2:22/2' '我在某个采访或其他什么地方说…' \
                '2:23/1' '我认为他应该直接赢，他应该让…' \
                '2:23/2' '但关于开源的问题，你认为很多…' \
                '2:23/3' '这很有趣。' \
                '2:23/4' '我会说 Meta 令人惊讶地在这方…' \
                '2:23/5' '当然，这不是最先进的模型，而…' \
                '2:23/6' '开源的利弊是什么？' \
                '2:23/7' '你玩过这个想法吗？' \
                '2:24/1' '是的，我认为开源模型肯定有一…' \
                '2:24/2' '我认为会有一些开源模型，也会…' \
                '2:24/3' '在这方面，它不会与其他生态系…' \
                '2:25/1' '我听了很多播客谈论这个诉讼和…' \
                '2:25/2' '这为其他初创公司树立了什么样…' \
                '2:26/1' '我会强烈反对任何考虑先以非营…' \
                '2:26/2' '我会强烈反对他们这样做。' \
                '2:26/3' '我不认为我们会在这里开创先例。' \
                '2:27/1' '好的。' \
                '2:27/2' '所以大多数初创公司应该更直接…' \
                '2:28/1' '当然，如果我们知道会发生什么…' \
                '2:29/1' '理论上，如果你在这里跳一支优…' \
                '2:30/1' '我不认为大多数人是这样考虑这…' \
                '2:31/1' '初创公司如果这样做，就不可能…' \
                '2:32/1' '不，我认为有法律会让这变得非…' \
                '2:33/1' '你希望这件事与 Elon 如何发展？' \
                '2:33/2' '这种紧张关系，这种舞蹈，你希…' \
                '2:33/3' '如果我们从现在起一年、两年、…' \
                '2:34/1' '是的，我非常尊重 Elon，我希望…' \
                '2:35/1' '是的，我希望你们这个月就能建…' \
                '2:35/2' '我想你们在争夺人才或其他方面…' \
                '2:35/3' '就是要创造酷的东西，Elon 非常…' \
                '3:1/1' '说到酷的东西 Sora，我可以问一…' \
                '3:1/2' '首先，它真的很了不起。' \
                '3:1/3' '从产品层面来说它真的很了不起…' \
                '3:1/4' '所以让我从技术/哲学的角度问一…' \
                '3:1/5' '当你在这些片段和语言标记上进…' \
                '3:2/1' '我认为所有这些模型对世界模型…' \
                '3:2/2' '因为它们也有非常明显的不理解…' \
                '3:2/3' '但并非全是假的。' \
                '3:2/4' '只是有些部分有效，有些部分无…' \
                '3:2/5' '我记得当我第一次开始观看 Sora…' \
                '3:2/6' '我想，"哦，这相当不错。"' \
                '3:2/7' '或者有一些例子，在一个序列中…' \
                '3:2/8' '但从根本上说，这些模型只是在…' \
                '3:2/9' '如果你看一下从 DALL-E 1 到 2…' \
                '3:3/1' '嗯，你刚才提到的遮挡（occlusi…' \
                '3:3/2' '或者，也许你可以告诉我，为了…' \
                '3:4/1' '是的。' \
                '3:4/2' '所以我想说的是，它在做一些事…' \
                '3:4/3' '说它有一个很棒的底层三维世界…' \
                '3:5/1' '但是通过这些二维训练数据的方…' \
                '3:6/1' '这种方法看起来会走得出人意料…' \
                '3:6/2' '我不想过多猜测它将克服哪些限…' \
                '3:7/1' '你看到的系统的一些有趣的局限…' \
                '3:7/2' '我的意思是有一些有趣的你已经…' \
                '3:8/1' '有各种有趣的。' \
                '3:8/2' '我的意思是，猫在视频中的随机…' \
                '3:8/3' '随便挑你想要的，但仍然有很多…' \
                '3:9/1' '你认为这是方法的根本缺陷，还…' \
                '3:10/1' '我会说两者都是的。' \
                '3:10/2' '我认为方法本身有一些东西，感…' \
                '3:10/3' '然后我也认为它会随着规模的扩…' \
                '3:11/1' '就像我提到的，LLMS 有 tokens…' \
                '3:11/2' '就你所能说的，训练是完全自监…' \
                '3:11/3' '人类在这一切中的参与程度如何？' \
                '3:12/1' '我的意思是在不透露 Sora 方法…' \
                '3:13/1' '但不是互联网规模的数据？' \
                '3:13/2' '所以有很多人参与。' \
                '3:13/3' '很多是一个复杂的词，Sam。' \
                '3:14/1' '我认为在这种情况下，很多是一…' \
                '3:15/1' '因为对我来说，"很多"……' \
                '3:15/2' '听着，我是一个内向的人，当我…' \
                '3:15/3' '四个人，那就更多了。' \
                '3:15/4' '但我想你的意思是不止……' \
                '3:16/1' '不止三个人在为这些模型标注数…' \
                '3:17/1' '好的。' \
                '3:17/2' '但从根本上说，有很多自监督学…' \
                '3:17/3' '因为你在技术报告中提到的是互…' \
                '3:17/4' '所以这是大量没有人工标注的数…' \
                '3:18/1' '是的。' \
                '3:19/1' '那么问题就变成了，互联网上有…' \
                '3:19/2' '你有没有考虑过更多地公开细节？' \
                '3:20/1' '我们考虑过。' \
                '3:20/2' '你是指 Sora 吗？' \
                '3:21/1' 'Sora 具体而言。' \
                '3:21/2' '因为 LLMS 的魔力现在开始转向…' \
                '3:22/1' '我的意思是在我看来是这样的，…' \
                '3:23/1' '当然。' \
                '3:23/2' '你担心发布这个系统有什么危险？' \
                '3:23/3' '你为什么担心这个？' \
                '3:24/1' '坦率地说，在发布之前，我们必…' \
                '3:24/2' '在这方面还有大量的工作要做。' \
                '3:24/3' '但你可以想象深度伪造、错误信…' \
                '3:24/4' '我们努力成为一家深思熟虑的公…' \
                '3:25/1' '这里有很多棘手的问题，你处理…' \
                '3:25/2' '你认为 AI 训练应该是或属于版…' \
                '3:26/1' '我认为这个问题背后的问题是，…' \
                '3:26/2' '我还不知道答案是什么，人们提…' \
                '3:26/3' '但如果我是一个艺术家，首先我…' \
                '3:26/4' '其次，如果他们真的用我的风格…' \
                '3:27/1' '是的，这是从 CD 到 Napster 再…' \
                '3:27/2' '我们必须想出某种模式。' \
                '3:28/1' '模式改变了，但人们必须得到报…' \
                '3:29/1' '嗯，如果我们把视野放得更远一…' \
                '3:30/1' '在我担心的所有事情中，人类会…' \
                '3:30/2' '这似乎是深深植根的。' \
                '3:30/3' '我们想要创造，我们想要有用，…' \
                '3:30/4' '我不认为这会消失。' \
                '3:31/1' '但奖励可能不是金钱上的，可能…' \
                '3:32/1' '也许在某些其他方面有经济回报。' \
                '3:32/2' '再说一次，我不认为我们已经看…' \
                '3:33/1' '是的，但艺术家和创作者很担心。' \
                '3:33/2' '当他们看到 Sora 时，他们会说…' \
                '3:34/1' '当然。' \
                '3:34/2' '当摄影出现时，艺术家们也非常…' \
                '3:34/3' '我认为这样的事情会继续发生。' \
                '3:34/4' '人们会以新的方式使用新的工具。' \
                '3:35/1' '如果我们只看 YouTube 或类似的…' \
                '3:36/1' '人们谈论 AI 在未来五年内会做…' \
                '3:36/2' '人们的框架是，目前有多少比例…' \
                '3:36/3' '我的看法不是 AI 会做多少比例…' \
                '3:36/4' '所以如果你想到经济中所有的 5…' \
                '3:36/5' '我认为这是一个比 AI 能完成多…' \
                '3:36/6' '所以也许人们在他们的工作中效…' \
                '3:36/7' '在某个时候，这不仅仅是量的变…' \
                '3:36/8' '我认为对于 YouTube 上的视频也…' \
                '3:36/9' '许多视频，也许大部分视频，都…' \
                '3:36/10' '有点像指导和运行它。' \
                '3:37/1' '是的，这太有趣了。' \
                '3:37/2' '我的意思是这很可怕，但很有趣…' \
                '3:37/3' '我倾向于相信人类喜欢看其他人…' \
                '3:38/1' '人类真的非常关心其他人类。' \
                '3:39/1' '是的。' \
                '3:39/2' '如果有一个比人类更酷的东西，…' \
                '3:40/1' '这似乎是根深蒂固的。' \
                '3:41/1' '这就是整个国际象棋的事情，"哦…' \
                '3:41/2' '让我们忽略房间里的大象，人类…' \
                '3:42/1' '我们仍然举办赛跑，而汽车要快…' \
                '3:42/2' '我的意思是有很多例子。' \
                '3:43/1' '是的。' \
                '3:43/2' '也许它只是 Adobe 套件类型的工…' \
                '3:43/3' '我讨厌出现在镜头前，如果我能…' \
                '3:43/4' '不幸的是，这需要一段时间。' \
                '3:43/5' '生成面孔，在视频格式方面正在…' \
                '4:1/1' '让我问你关于 GPT-4 的事。' \
                '4:1/2' '回顾过去，3.5 和 4 以及 ChatG…' \
                '4:2/1' '也许 GPT-5 会成为关键时刻。' \
                '4:2/2' '我不知道。' \
                '4:2/3' '现在很难说。' \
                '4:3/1' '我们永远不会知道。' \
                '4:3/2' '关于未来令人讨厌的一点是，很…' \
                '4:3/3' '但对我来说，回顾过去，GPT-4、…' \
                '4:3/4' '所以请允许我问一下，GPT-4 和…' \
                '4:4/1' '我觉得它有点烂。' \
                '4:5/1' '典型的人类也是，已经习惯了一…' \
                '4:6/1' '不，我认为它是一个惊人的东西…' \
                '4:6/2' '它确实是，它曾经是。' \
                '4:6/3' '但现在我们有了 GPT-4，回头看…' \
                '4:6/4' '我预计 5 和 4 之间的差异将与…' \
                '4:7/1' 'GPT-4 最光荣的地方在哪里？' \
                '4:8/1' '它能做的最好的事情是什么？' \
                '4:9/1' '它能做的最好的事情是什么，以…' \
                '4:10/1' '我最近更多地用它来做头脑风暴…' \
                '4:10/2' '其中有一丝令人惊叹的东西。' \
                '4:10/3' '当人们谈论它时，他们说的是，"…' \
                '4:10/4' '你可以看到一个非常小的例子的…' \
                '4:10/5' '当它奏效时，虽然不是很频繁，…' \
                '4:11/1' '与人类进行迭代式的来回交流对…' \
                '4:12/1' '与人类反复交互，它更经常奏效…' \
                '4:12/2' '它有时并不经常奏效。' \
                '4:13/1' '增加多个抽象层还是只是顺序？' \
                '4:14/1' '两者都有，将其分解，然后在不…' \
                '4:14/2' '听着，我不想淡化 GPT-4 的成就…' \
                '4:14/3' '而且我认为，我们正处在一条指…' \
                '4:15/1' '话虽如此，我的意思是 ChatGPT…' \
                '4:16/1' '当然。' \
                '4:16/2' '就这一点而言，我确实认为这将…' \
                '4:16/3' '这更多关乎 ChatGPT 界面。' \
                '4:16/4' '顺便说一下界面和产品，我指的…' \
                '4:17/1' '这些东西中的每一个有多重要？' \
                '4:17/2' '底层模型和 RLHF 或类似的东西…' \
                '4:18/1' '我的意思是它们都非常重要，但…' \
                '4:18/2' '从某种意义上说，我们必须做两…' \
                '4:18/3' '我们必须发明底层技术，然后我…' \
                '4:19/1' '以及如何使规模发挥作用，让很…' \
                '4:19/2' '诸如此类。' \
                '4:20/1' '还有这个。' \
                '4:20/2' '但这是一个已知的困难的事情。' \
                '4:20/3' '我们知道我们将不得不扩大规模。' \
                '4:20/4' '我们必须做两件以前从未做过的…' \
                '4:21/1' '从 8K 到 128K tokens 的上下文…' \
                '4:22/1' '大多数人大部分时间不需要一直…' \
                '4:22/2' '虽然如果我们梦想遥远的未来，…' \
                '4:22/3' '你会输入所有的信息，所有的历…' \
                '4:22/4' '就目前而言，人们使用这些模型…' \
                '4:22/5' '人们有时会发布一篇论文或代码…' \
                '4:23/1' '我喜欢这是你的 "I Have a Drea…' \
                '4:23/2' '总有一天，你会根据你性格的全…' \
                '4:23/3' '这很有趣。' \
                '4:23/4' '所以这是你希望扩展的一部分，…' \
                '4:24/1' '我曾经看过一个互联网片段，我…' \
                '4:24/2' '其中大部分都用于屏幕缓冲区。' \
                '4:24/3' '他似乎无法表现出真诚，他无法…' \
                '4:24/4' '而你总是需要，或者总是需要跟…' \
                '4:24/5' '所以我现在真的无法想象上下文…' \
                '4:24/6' '它们可能不会真的达到那里，但…' \
                '4:24/7' '但我知道我们会使用它，一旦我…' \
                '4:25/1' '是的，即使是说十亿，十年后可…' \
                '4:25/2' '会有某种突破，实际上感觉就像…' \
                '4:25/3' '但即使是 120，我必须诚实地说…' \
                '4:25/4' '也许把整本书或部分书籍等放进…' \
                '4:25/5' '那 GPT-4 的一些有趣用例你见过…' \
                '4:26/1' '我觉得最有趣的不是任何特定的…' \
                '4:26/2' '而且事实上，它可以相当好地完…' \
                '4:26/3' '你可以用 GPT-V，你可以用它来…' \
                '4:26/4' '对我来说最有趣的是那些把它作…' \
                '4:27/1' '我也是如此，用于很多事情。' \
                '4:27/2' '我用它作为阅读伙伴来阅读书籍。' \
                '4:27/3' '它帮助我思考，帮助我思考想法…' \
                '4:27/4' '所以它写得真的很好。' \
                '4:27/5' '我发现它在涉及广泛的主题上往…' \
                '4:27/6' '它在某种程度上更加平衡和细致…' \
                '4:27/7' '或者可能是我，但它激励我比维…' \
                '4:27/8' '我不确切知道是什么原因。' \
                '4:27/9' '你提到了这种协作。' \
                '4:27/10' '我不确定魔力在哪里，是在这里…' \
                '4:27/11' '我不确定。' \
                '4:27/12' '但让我担心的一件事是，当我从…' \
                '4:27/13' '你是如何弄清楚 GPT 可以编造听…' \
                '4:27/14' '那你如何让它植根于真理呢？' \
                '4:28/1' '这显然是我们非常感兴趣的领域。' \
                '4:28/2' '我认为在即将到来的版本中，它…' \
                '4:29/1' '嗯，可怕的是，随着它变得更好…' \
                '4:30/1' '对此我有两种想法。' \
                '4:30/2' '我认为人们使用技术的能力要比…' \
                '4:30/3' '人们似乎真的明白GPT，任何这些…' \
                '4:30/4' '如果这是关键任务，你必须检查…' \
                '4:31/1' '除了记者似乎不明白这一点。' \
                '4:31/2' '我看到记者草率地使用GPT-4。' \
                '4:32/1' '在我想要抨击记者的长长的清单…' \
                '5:1/1' '嗯，我认为更大的批评也许是作…' \
                '5:1/2' '我希望我们的社会能激励像，比…' \
                '5:1/3' '还有以平衡的方式呈现内容的新…' \
                '5:1/4' '这是人类文明的一个更大的问题…' \
                '5:1/5' '你给了 ChatGPT 记住以前对话的…' \
                '5:1/6' '你一直在研究这个想法，关于记…' \
                '5:1/7' '我希望我有时能做到这一点。' \
                '5:1/8' '我想有时酒精可以做到这一点，…' \
                '5:1/9' '通过这个功能，比如研究记住对…' \
                '5:2/1' '我们在探索这方面还处于非常早…' \
                '5:2/2' '这是一次早期探索。' \
                '5:2/3' '我认为还有很多其他事情要做，…' \
                '5:2/4' '你会想要使用一个模型，随着时…' \
                '5:3/1' '是的。' \
                '5:3/2' '这有多难？' \
                '5:3/3' '因为现在它更像是记住小的事实…' \
                '5:3/4' '但是记住什么呢？' \
                '5:3/5' '你不想让 GPT 记住你在 11 月经…' \
                '5:4/1' '是的，这不仅仅是我想让它记住…' \
                '5:4/2' '我希望它能吸取教训，在未来提…' \
                '5:4/3' '我们都在一生中从经验中获益，…' \
                '5:4/4' '所以如果我们回过头来，让自己…' \
                '5:5/1' '是的，我认为那会非常酷。' \
                '5:5/2' '人们有时会听到这个就担心隐私…' \
                '5:5/3' '当 AI 变得真正有效，能够整合…' \
                '5:6/1' '我认为正确的答案就是用户选择。' \
                '5:6/2' '我希望从我的 AI 智能体的记录…' \
                '5:6/3' '如果我不想记住任何事情，我也…' \
                '5:6/4' '你和我可能对我们自己的 AI 在…' \
                '5:6/5' '但我认为答案就是真正简单的用…' \
                '5:7/1' '但公司在用户选择方面应该有某…' \
                '5:7/2' '因为有时公司在过去一直对此含…' \
                '5:7/3' '但对这些细节缺乏透明度。' \
                '5:8/1' '这完全正确。' \
                '5:8/2' '你让我想到了之前的事情，我的…' \
                '5:8/3' '在那段时间里，要继续工作绝对…' \
                '5:8/4' '我的意思是，团队给了我一个通…' \
                '5:8/5' '但有一段时间真的很难不得不同…' \
                '5:8/6' '但有一天早上我醒来，我想，"这…' \
                '5:8/7' '这并不意味着我已经压抑了它，…' \
                '5:9/1' '嗯，你说得很好，但可能还有一…' \
                '5:9/2' '就像，我担心的是你提到的那个…' \
                '5:9/3' '这是一个棘手的舞蹈。' \
                '5:10/1' '当然。' \
                '5:11/1' '我的意思是，因为我在业余时间…' \
                '5:11/2' '发生的情况是不信任，你孤立自…' \
                '5:11/3' '这是一个人类的担忧。' \
                '5:11/4' '你似乎已经顺其自然，学到了好…' \
                '5:11/5' '有一些问题我想问问你对 GPT 能…' \
                '5:11/6' '所以它为生成的每个 token 分配…' \
                '5:11/7' '在这种方法中，是否有空间进行…' \
                '5:12/1' '我认为这种思维方式将会有一个…' \
                '5:13/1' '在架构上它会与我们现在看到的…' \
                '5:13/2' '它是 LLMs 之上的一层吗？' \
                '5:14/1' '我可以想象许多实现它的方法。' \
                '5:14/2' '我认为这不如你所说的问题重要…' \
                '5:14/3' '我想从精神上说，你可以说你希…' \
                '5:14/4' '我认为这将是重要的。' \
                '5:15/1' '这是我们人类的想法，你应该能…' \
                '5:15/2' '这是错误的直觉吗？' \
                '5:16/1' '我怀疑这是一个合理的直觉。' \
                '5:17/1' '有趣。' \
                '5:17/2' '所以一旦 GPT 像 GPT-7 那样，…' \
                '5:18/1' '在我看来，你希望能够为更难的…' \
                '5:18/2' '在我看来，如果你问这样一个系…' \
                '5:19/1' '但它可以看起来基本上像一个 LL…' \
                '5:20/1' '也许吧。' \
                '5:20/2' '我的意思是，你可以想象很多可…' \
                '5:20/3' '我们不知道什么是正确的或最好…' \
                '6:1/1' '这确实让我想到了 Q* 背后神秘…' \
                '6:1/2' '这个神秘的 Q* 项目是什么？' \
                '6:1/3' '它也在同一个核设施吗？' \
                '6:2/1' '没有核设施。' \
                '6:2/2' '我很想要一个秘密的核设施，但…' \
                '6:3/1' '总有一天？' \
                '6:3/2' '好吧。' \
                '6:3/3' '有梦想总是好的。' \
                '6:4/1' 'OpenAI 不擅长保守秘密。' \
                '6:4/2' '如果我们能有那样的东西就好了。' \
                '6:5/1' '你能谈谈 Q* 是什么吗？' \
                '6:6/1' '我们还没准备好谈论这个。' \
                '6:7/1' '你看，但像这样的回答意味着有…' \
                '6:7/2' '这很神秘，Sam。' \
                '6:8/1' '我的意思是，我们从事各种研究。' \
                '6:8/2' '我们已经说了一段时间，我们认…' \
                '6:8/3' '我们还没有破解密码。' \
                '6:8/4' '我们对此非常感兴趣。' \
                '6:9/1' '会有一些时刻，无论是 Q* 还是…' \
                '6:10/1' '这是个好问题。' \
                '6:10/2' '我对此有什么想法？' \
                '6:10/3' '这很有趣。' \
                '6:10/4' '对我来说，一切都感觉相当连续。' \
                '6:11/1' '对。' \
                '6:11/2' '这是你说的一个主题，基本上你…' \
                '6:11/3' '但从局外人的角度来看，从我观…' \
                '6:11/4' '但对你来说，没有吗？' \
                '6:12/1' '我确实想知道我们是否应该……' \
                '6:12/2' '所以我们之所以以这种方式部署…' \
                '6:12/3' '部分原因是我认为 AI 和惊喜不…' \
                '6:12/4' '而且世界，人们，机构，不管你…' \
                '6:12/5' '我认为 OpenAI 做得最好的事情…' \
                '6:12/6' '我认为这真的很好。' \
                '6:12/7' '但事实上，像你和其他人说你仍…' \
                '6:12/8' '我不知道这意味着什么，我没有…' \
                '6:12/9' '恰恰相反。' \
                '6:13/1' '是的，当然。' \
                '6:13/2' '更多迭代对每个人来说都是惊人…' \
                '6:13/3' '我认为这对每个人来说都是美好…' \
                '6:14/1' '但这就是我们试图做的，这是我…' \
                '6:14/2' '所以也许我们应该考虑以不同的…' \
                '6:15/1' '是的，4.71，4.72。' \
                '6:15/2' '但人们喜欢庆祝，人们庆祝生日。' \
                '6:15/3' '我不知道你是否了解人类，但他…' \
                '6:16/1' '我确实认识一些人类。' \
                '6:16/2' '人们确实喜欢里程碑。' \
                '6:16/3' '我完全理解。' \
                '6:16/4' '我想我们也喜欢里程碑。' \
                '6:16/5' '宣布这个胜利，然后开始下一件…' \
                '6:16/6' '但是，我觉得我们在这方面做得…' \
                '7:1/1' '那么，GPT-5 什么时候出来？' \
                '7:2/1' '我不知道。' \
                '7:2/2' '这是诚实的答案。' \
                '7:3/1' '哦，这是诚实的答案。' \
                '7:3/2' '如果是今年的话眨两下眼。' \
                '7:4/1' '我们今年将发布一个惊人的新模…' \
                '7:4/2' '我不知道我们会叫它什么。' \
                '7:5/1' '所以这就是我们如何发布这个东…' \
                '7:6/1' '我们将在未来几个月发布许多不…' \
                '7:6/2' '我认为那会非常酷。' \
                '7:6/3' '我认为在我们谈论一个类似 GPT-…' \
                '7:7/1' '我不知道对 GPT-5 有什么期望。' \
                '7:7/2' '你让我既紧张又兴奋。' \
                '7:7/3' '无论它最终叫什么名字，但让我…' \
                '7:7/4' '只是有趣地问一下。' \
                '7:7/5' '它是在计算方面吗？' \
                '7:7/6' '是在技术方面吗？' \
                '7:8/1' '总是所有这些。' \
                '7:8/2' '你知道，一个大的突破是什么？' \
                '7:8/3' '是一台更大的计算机吗？' \
                '7:8/4' '是一个新的秘密吗？' \
                '7:8/5' '是别的什么吗？' \
                '7:8/6' '是所有这些东西的结合。' \
                '7:8/7' 'OpenAI 做得很好的一点……' \
                '7:8/8' '这实际上是 Ilya 的原话，我要…' \
                '7:9/1' '所以有这种分布式的持续创新在…' \
                '7:10/1' '是的。' \
                '7:11/1' '所以即使在技术方面也是如此？' \
                '7:12/1' '尤其是在技术方面。' \
                '7:13/1' '所以即使是详细的方法？' \
                '7:14/1' '是的。' \
                '7:15/1' '像你这样做不同的、分散的团队…' \
                '7:16/1' '有一些人必须考虑如何将整个事…' \
                '7:17/1' '哦，就像单个团队，单个贡献者…' \
                '7:18/1' '在高层次上，是的。' \
                '7:18/2' '你当然不知道每一个部分是如何…' \
                '7:18/3' '我认为这对于技术问题来说是正…' \
                '7:18/4' '但事物以令人惊讶的方式结合在…' \
                '7:18/5' '事实上，我曾经拥有的一件非常…' \
                '7:18/6' '我有时可以看到这些联系或新的…' \
                '7:18/7' '我现在真的没有那么多了。' \
                '7:18/8' '我现在超级深入。' \
                '7:18/9' '但我知道这是一件有价值的事情。' \
                '7:19/1' '你不再是以前的你了，Sam。' \
                '7:20/1' '现在的工作与我以前的工作非常…' \
                '8:1/1' '说到放眼全局，让我们再来看看…' \
                '8:1/2' '你在推特上说需要 7 万亿美元。' \
                '8:2/1' '我没有在推特上说这个。' \
                '8:2/2' '我从来没说过，"我们要筹 7 万…' \
                '8:3/1' '哦，那是别人说的？' \
                '8:4/1' '是的。' \
                '8:5/1' '哦，但你说，"去他的，也许是 8…' \
                '8:6/1' '好吧，一旦世界上有了错误信息…' \
                '8:7/1' '哦，你开玩笑。' \
                '8:7/2' '但错误信息可能有洞察力的基础。' \
                '8:8/1' '听着，我认为计算能力将成为未…' \
                '8:8/2' '计算能力，我认为它将是一个不…' \
                '8:8/3' '人们想到智能手机芯片的市场之…' \
                '8:8/4' '你可以说，好吧，世界上有 80…' \
                '8:8/5' '他们每两年升级一次，所以每年…' \
                '8:8/6' '如果你制造 300 亿部，你不会卖…' \
                '8:8/7' '但计算能力不同，智能将更像能…' \
                '8:8/8' '因为如果它真的很便宜，我会让…' \
                '8:8/9' '所以我认为世界将需要大量的计…' \
                '8:8/10' '其中有很多部分很难。' \
                '8:8/11' '能源是最难的部分，建造数据中…' \
                '8:8/12' '但这似乎是事物的发展方向。' \
                '8:8/13' '我们将需要大量现在难以理解的…' \
                '8:9/1' '你如何解决能源难题？' \
                '8:9/2' '核聚变？' \
                '8:10/1' '是的，这就是我的信念。' \
                '8:11/1' '谁来解决这个问题？' \
                '8:12/1' '我认为 Helion 的工作做得最好…' \
                '8:12/2' '核裂变，我认为也是相当了不起…' \
                '8:12/3' '这段历史的发展让我非常难过，…' \
                '8:13/1' '所以对你来说，难题的一部分是…' \
                '8:13/2' '就像我们目前拥有的核反应堆？' \
                '8:13/3' '很多人因为切尔诺贝利等事件而…' \
                '8:14/1' '嗯，我认为我们应该建造新的反…' \
                '8:14/2' '我认为这个行业陷入停滞真是太…' \
                '8:15/1' '你认为停滞的原因就是大规模的…' \
                '8:16/1' '是的。' \
                '8:17/1' '我不知道你是否了解人类，但这…' \
                '8:17/2' '这是我们必须考虑在内的因素，…' \
                '8:18/1' '我担心 AI 也会这样。' \
                '8:18/2' '我认为 AI 肯定会出现一些戏剧…' \
                '8:18/3' '我不知道我最终被枪杀的可能性…' \
                '8:19/1' '哦，就像我们想阻止这个-' \
                '8:20/1' '也许吧。' \
                '8:21/1' '你如何减少它的戏剧性？' \
                '8:21/2' '我已经开始听到一些传言，因为…' \
                '8:21/3' 'AI 将被政治化，这真的让我担心…' \
                '8:21/4' '然后戏剧性的本质就可以被充分…' \
                '8:21/5' '你如何对抗这一点？' \
                '8:22/1' '我认为它将卷入左派与右派的争…' \
                '8:22/2' '我不确切知道它会是什么样子，…' \
                '8:22/3' '我所说的戏剧性风险更多的是 AI…' \
                '8:22/4' '例如，死于空气污染的人比死于…' \
                '8:22/5' '但大多数人更担心住在核反应堆…' \
                '8:22/6' '但我们天生就有这样一种倾向，…' \
                '8:23/1' '这就是为什么真相很重要，希望…' \
                '8:23/2' '在这个领域与谷歌、Meta、xAI…' \
                '8:24/1' '我认为我对这个问题有一个相当…' \
                '8:24/2' '而缺点是，我认为如果我们不小…' \
                '8:25/1' '你感受到这种军备竞赛的压力了…' \
                '8:26/1' '肯定在某些方面，当然。' \
                '8:26/2' '我们花了很多时间讨论需要优先…' \
                '8:26/3' '我已经说了很长时间，你可以想…' \
                '8:26/4' '我认为短期时间表、缓慢起飞是…' \
                '8:26/5' '但我确实想确保我们得到那个缓…' \
                '8:27/1' '我对这种与 Elon 有点小矛盾的…' \
                '8:27/2' '它往往会形成封闭的领域。' \
                '8:27/3' '也许应该采用开放源代码的模式。' \
                '8:28/1' 'Elon 至少说过，他非常关心 AI…' \
                '8:29/1' '是的。' \
                '8:29/2' '但在这方面的合作，我认为，对…' \
                '8:30/1' '这不是他最出名的事情。' \
                '8:31/1' '嗯，他以关心人类而闻名，人类…' \
                '8:31/2' '最终，我真诚地希望人性占上风。' \
                '8:32/1' '我在想，前几天有人提醒我，就…' \
                '8:32/2' '我希望当人们开始努力实现 AGI…' \
                '8:33/1' '我同意。' \
                '8:33/2' '我认为 Elon 是一个朋友，他是…' \
                '8:33/3' '那样的事情不好。' \
                '8:34/1' 'Elon 身上令人惊叹的事情是惊人…' \
                '8:34/2' '我认为我们需要他。' \
                '8:34/3' '我们所有人都应该为他加油，需…' \
                '8:35/1' '是的。' \
                '8:35/2' '我希望他可以在没有另一个的情…' \
                '9:1/1' '我们聊聊 Google，在搜索的帮助…' \
                '9:1/2' '可以说，就世界获取信息的方式…' \
                '9:1/3' '就像你说的，人们把GPT作为起点…' \
                '9:1/4' '那么OpenAI是否真的要挑战Googl…' \
                '9:2/1' '我觉得那很无聊。' \
                '9:2/2' '我的意思是，如果问题是我们是…' \
                '9:2/3' 'Google向你展示10个蓝色链接，…' \
                '9:2/4' '但令我兴奋的不是我们可以建立…' \
                '9:2/5' '实际上，我认为ChatGPT 对于某…' \
                '9:2/6' '但我认为说"我们如何在给你10个…' \
                '9:2/7' '并不那么有趣也许真正有趣的是…' \
                '9:2/8' '但很多人试图只是做一个比Googl…' \
                '9:2/9' '我不认为世界需要另一个Google…' \
                '9:3/1' '将聊天客户端(如ChatGPT)与搜索…' \
                '9:4/1' '那更酷。' \
                '9:5/1' '这很酷，但很棘手。' \
                '9:5/2' '就像如果你只是简单地做它，它…' \
                '9:6/1' '正如你可能猜到的，我们对如何…' \
                '9:6/2' '这将是一个很酷的例子。' \
                '9:6/3' 'LLMs加上搜索的交集，我认为还…' \
                '9:6/4' '我很乐意去做。' \
                '9:6/5' '我认为那会很酷。' \
                '9:7/1' '是的。' \
                '9:7/2' '那广告方面呢？' \
                '9:7/3' '你有没有考虑过将其商业模式？' \
                '9:8/1' '我有点讨厌广告，只是作为一种…' \
                '9:8/2' '我认为广告需要出现在互联网上…' \
                '9:8/3' '世界现在更富裕了。' \
                '9:8/4' '我喜欢人们为ChatGPT付费，并知…' \
                '9:8/5' '我确信有一个适合LLMs的广告单…' \
                '9:8/6' '我不知道，我们有一个非常简单…' \
                '9:8/7' '我知道我在付费，这就是商业模…' \
                '9:8/8' '当我去使用Twitter或Facebook或…' \
                '9:9/1' '是的，我的意思是，我可以想象A…' \
                '9:9/2' '但是那个系统总是导致广告驱动…' \
                '9:9/3' '是的，我认为Wikipedia不做广告…' \
                '9:9/4' '所以你的意思是OpenAI目前的做…' \
                '9:10/1' '嗯，我们必须弄清楚如何增长，…' \
                '9:10/2' '如果问题是，我是否认为我们可…' \
                '9:11/1' '嗯。' \
                '9:11/2' '那很有希望。' \
                '9:11/3' '我也不想完全抛弃广告作为一个……' \
                '9:12/1' '我不是那个意思。' \
                '9:12/2' '我想我的意思是我对它们有偏见。' \
                '9:13/1' '是的，我也有偏见，只是一般的…' \
                '9:13/2' '就界面而言，因为我个人只是在…' \
                '9:13/3' '但感觉应该还有更多的广告飞跃…' \
                '9:13/4' '我们聊聊安全这块，但也关于偏…' \
                '9:13/5' 'Gemini 1.5最近出来了，周围有…' \
                '9:13/6' '我认为可以说它有点处于极度清…' \
                '9:13/7' '所以人们担心，如果公司内部有…' \
                '9:13/8' '你如何处理这个问题？' \
                '9:14/1' '我的意思是，我们非常努力地不…' \
                '9:14/2' '我们自己也犯过错误，将来还会…' \
                '9:14/3' '我假设Google会从这个错误中吸…' \
                '9:14/4' '这些都不是容易的问题。' \
                '9:14/5' '有人在这里提出了一个我认为很…' \
                '9:14/6' '然后，当一个模型没有按照你想…' \
                '9:14/7' '而现在，它有时会陷入两者之间。' \
                '9:14/8' '比如黑人纳粹，显然是荒谬的，…' \
                '9:15/1' '是的，但有时如果你把它写出来…' \
                '9:15/2' '谷歌的广告原则是非常高层次的。' \
                '9:16/1' '那不是我说的。' \
                '9:16/2' '那不管用。' \
                '9:16/3' '它必须说当你要求它做X事情时，…' \
                '9:17/1' '所以就像字面上的 "谁更好？特…' \
                '9:17/2' '比如非常具体的事情？' \
                '9:18/1' '是的，我对模型的行为方式持开…' \
                '9:19/1' '那真的很好，然后每个人都同意。' \
                '9:19/2' '因为总是有人拿出轶事证据，如…' \
                '9:20/1' '然后当它是一个错误时，它就是…' \
                '9:21/1' '对。' \
                '9:21/2' '如果有很好的例子，那么处理黑…' \
                '9:21/3' '所以旧金山在意识形态上有点像…' \
                '9:21/4' '你觉得公司内部有这种压力吗，…' \
                '9:22/1' '我很幸运，我们在 OpenAI 没有…' \
                '9:22/2' '我认为每个公司都有一些意识形…' \
                '9:22/3' '我们有一个关于 AGI 的意识形态…' \
                '9:22/4' '我们比我听说的许多其他公司更…' \
                '9:22/5' '旧金山在各种方面都一团糟，当…' \
                '9:23/1' '所以那种东西不会渗透到 OpenAI…' \
                '9:24/1' '我敢肯定它以各种微妙的方式渗…' \
                '9:24/2' '我认为我们肯定也有我们的爆发…' \
                '9:25/1' '那么总的来说，安全的过程是什…' \
                '9:25/2' '你如何提供保护模型免受疯狂、…' \
                '9:26/1' '我认为会有一个时刻，整个公司…' \
                '9:26/2' '不像你有一个安全团队。' \
                '9:26/3' '就像我们发布 GPT-4 时，整个公…' \
                '9:26/4' '我认为这需要这样做。' \
                '9:26/5' '越来越多的公司一直在考虑这些…' \
                '9:27/1' '这实际上就是人类随着 AI 变得…' \
                '9:27/2' '所以 OpenAI 的大多数员工都会…' \
                '9:28/1' '广义上讲。' \
                '9:28/2' '是的。' \
                '9:29/1' '是的。' \
                '9:29/2' '我想知道，完整的广义定义是什…' \
                '9:29/3' '可能造成的不同危害是什么？' \
                '9:29/4' '这是在技术层面上还是几乎是安…' \
                '9:30/1' '可能是所有这些。' \
                '9:30/2' '是的，我会说会有人，国家行为…' \
                '9:30/3' '这将是所有的技术对齐工作。' \
                '9:30/4' '这将是社会影响，经济影响。' \
                '9:30/5' '这不仅仅是我们有一个团队在思…' \
                '9:30/6' '这真的需要整个努力才能达到好…' \
                '9:31/1' '你认为人们，也许是国家行为者…' \
                '9:32/1' '他们正在尝试。' \
                '9:33/1' '他们说什么口音？' \
                '9:34/1' '我认为我不应该在这一点上提供…' \
                '9:35/1' '好的。' \
                '9:35/2' '但我想随着时间的推移，它会越…' \
                '10:1/1' '很抱歉在这个问题上徘徊，即使…' \
                '10:2/1' '我对变得更聪明感到兴奋。' \
                '10:2/2' '我知道这听起来像是敷衍的回答…' \
                '10:2/3' '它在各个方面都在变得更好。' \
                '10:2/4' '这，我认为，超级酷。' \
                '10:3/1' '是的，有一个神奇的时刻。' \
                '10:3/2' '我的意思是，你遇到某些人，你…' \
                '10:3/3' '你说不清楚，但他们理解你。' \
                '10:3/4' '这不仅仅是智力，真的。' \
                '10:3/5' '这是别的东西。' \
                '10:3/6' '这可能就是我对 GPT 进步的描述…' \
                '10:3/7' '这不像是，是的，你可以指出 "…' \
                '10:3/8' '你感觉在你拙劣的提示中有一种…' \
                '10:3/9' '是的，我也对此感到兴奋。' \
                '10:3/10' '我的意思是，我们都喜欢被倾听…' \
                '10:4/1' '那是肯定的。' \
                '10:5/1' '这是一种奇怪的感觉。' \
                '10:5/2' '即使在编程的时候，当你说某些…' \
                '10:5/3' '我期待着被更好地理解。' \
                '10:5/4' '说到编程，展望未来，你认为5年…' \
                '10:6/1' '我的意思是，会有很多，但我认…' \
                '10:6/2' '也许有些人会完全用自然语言编…' \
                '10:7/1' '完全自然语言？' \
                '10:8/1' '我的意思是，没有人通过写代码…' \
                '10:8/2' '有些人会。' \
                '10:8/3' '没有人再用打孔卡片编程了。' \
                '10:8/4' '我相信你能找到这样做的人，但…' \
                '10:9/1' '是的。' \
                '10:9/2' '你会收到很多愤怒的评论。' \
                '10:9/3' '不。' \
                '10:9/4' '是的，很少有人这样做。' \
                '10:9/5' '我一直在寻找用Fortran编程的人…' \
                '10:9/6' '甚至很难找到 Fortran。' \
                '10:9/7' '我听到你的意思了。' \
                '10:9/8' '但这改变了我们称之为程序员的…' \
                '10:10/1' '改变技能。' \
                '10:10/2' '它在多大程度上改变倾向，我不…' \
                '10:11/1' '编程很难。' \
                '10:11/2' '就像如何弥合最后1%的差距？' \
                '10:11/3' '这有多难？' \
                '10:12/1' '是的，我认为与大多数其他情况…' \
                '10:12/2' '他们会用自然语言做一些工作，…' \
                '10:13/1' '我们会在OpenAI看到类人机器人…' \
                '10:14/1' '在某个时候会的。' \
                '10:15/1' '具身化AI对你来说有多重要？' \
                '10:16/1' '我认为，如果我们有AGI，而在物…' \
                '10:16/2' '所以我真的希望，作为这一转变…' \
                '10:17/1' '我的意思是，OpenAI在机器人方…' \
                '10:18/1' '我们是一家小公司。' \
                '10:18/2' '我们必须真正集中精力。' \
                '10:18/3' '而且，机器人很难，原因也不对…' \
                '10:18/4' '我们将重返开发机器人的工作。' \
                '10:18/5' '我们当然不会把自己变成机器人。' \
                '11:1/1' '是的。' \
                '11:1/2' '你认为我们，你和我们这个人类…' \
                '11:2/1' '我以前很喜欢猜测这个问题。' \
                '11:2/2' '我已经意识到，我认为这个问题…' \
                '11:2/3' '所以我认为谈论我们什么时候能…' \
                '11:2/4' 'AGI也不是一个结束。' \
                '11:2/5' '它更接近一个开始，但它更像是…' \
                '11:2/6' '但我想说的是，为了不试图回避…' \
                '11:2/7' '如果我们现在就能看到的话。' \
                '11:2/8' '也许在我们到达那里的时候，我…' \
                '11:3/1' '但如果你看ChatGPT，甚至3.5，…' \
                '11:3/2' '嗯，不是绝对，但会有很多专家…' \
                '11:4/1' '是的，但我不认为3.5改变了世界…' \
                '11:4/2' '它可能改变了世界对未来的期望…' \
                '11:4/3' '它确实让更多的人认真对待这个…' \
                '11:4/4' '这也很重要。' \
                '11:4/5' '所以再说一次，我不想低估它。' \
                '11:4/6' '我想在那项成就之后，我可以退…' \
                '11:4/7' '但作为一个人工制品，我不认为…' \
                '11:5/1' '所以对你来说，你在寻找一些真…' \
                '11:6/1' '对我来说，这是AGI所暗示的一部…' \
                '11:7/1' '奇点级别的转变？' \
                '11:8/1' '不，绝对不是。' \
                '11:9/1' '但就像互联网一样，就像我想现…' \
                '11:9/2' '转折点是什么，你认为现在？' \
                '11:10/1' '在我们发布GPT-4之前，与之后相…' \
                '11:10/2' '我想你会说没有。' \
                '11:11/1' '不，不。' \
                '11:11/2' '它可能只是对很多人来说是一个…' \
                '11:11/3' '会帮你做很多事情，但感觉没有…' \
                '11:11/4' '而你说的是' \
                '11:12/1' '我的意思是，再说一次，人们以…' \
                '11:12/2' '所以也许你对AGI的定义与我不同…' \
                '11:12/3' '但对我来说，我认为这应该是其…' \
                '11:13/1' '也可能会有重大的戏剧性时刻。' \
                '11:13/2' 'AGI令人印象深刻的事情是什么？' \
                '11:13/3' '你独自一人在房间里和系统在一…' \
                '11:14/1' '这对我个人很重要。' \
                '11:14/2' '我不知道这是否是正确的定义。' \
                '11:14/3' '我认为当一个系统可以显著提高…' \
                '11:14/4' '我相信大部分真正的经济增长来…' \
                '11:15/1' '我同意你的观点，因此我不喜欢…' \
                '11:15/2' '但实际的、可衡量的科学发现速…' \
                '11:15/3' '但即使只是看到一个系统有真正…' \
                '11:15/4' '你很可能是那个在其他人之前就…' \
                '11:15/5' '你会谈些什么？' \
                '11:16/1' '我的意思是，肯定是这里的研究…' \
                '11:16/2' '但我实际上想了很多这个问题。' \
                '11:16/3' '我认为正如我们之前讨论的，我…' \
                '11:16/4' '我发现令人惊讶的是，我很难说…' \
                '11:16/5' '我不认为第一个AGI将能够 "去向…' \
                '11:16/6' '我很想问这个问题。' \
                '11:16/7' '我很想知道这个问题的答案。' \
                '11:17/1' '你可以问是非题，比如 "这样的…' \
                '11:17/2' '"还有其他外星文明吗？是或否？…' \
                '11:17/3' '然后你就问了。' \
                '11:18/1' '是的，我的意思是，好吧，所以…' \
                '11:18/2' '但如果可以的话，这些问题会是…' \
                '11:19/1' '无论是谁首先打造出AGI，都将获…' \
                '11:19/2' '你相信自己能掌控这么大的权力…' \
                '11:20/1' '我将非常诚实地回答这个问题。' \
                '11:20/2' '我本来要说，我仍然相信这一点…' \
                '11:20/3' '我认为你需要一个稳健的治理体…' \
                '11:20/4' '我可以指出去年我们所有的董事…' \
                '11:20/5' '后来，我显然反对了，我可以解…' \
                '11:20/6' '但正如许多人观察到的那样，虽…' \
                '11:20/7' '这本身就是一种治理失败。' \
                '11:20/8' '现在，我再次感觉我可以完全为…' \
                '11:20/9' '我继续不想对OpenAI拥有超级投…' \
                '11:20/10' '我从来没有。' \
                '11:20/11' '从来没有拥有过，也从来不想要。' \
                '11:20/12' '即使在经历了这一切疯狂之后，…' \
                '11:20/13' '我继续认为任何公司都不应该做…' \
                '11:20/14' '我意识到这意味着像马克•安德森…' \
                '11:20/15' '这不是真的。' \
                '11:20/16' '我认为随着时间的推移，将证明…' \
                '11:20/17' '但我认为我在OpenAI的发展道路…' \
                '11:20/18' '但我不认为任何一个人应该，我…' \
                '11:20/19' '我认为现在这件事太大了，它正…' \
                '11:20/20' '但我不认为任何一个人应该控制A…' \
                '11:20/21' '我不认为这就是正在发生的事情。' \
                '11:21/1' '谢谢你这么说。' \
                '11:21/2' '这真的很有力量，这真的很有洞…' \
                '11:21/3' '但人类可以操纵大众推翻董事会…' \
                '11:21/4' '但我认为还有一个更积极的版本…' \
                '11:21/5' '这一切都有权力的平衡。' \
                '11:22/1' '权力的平衡确实是一件好事。' \
                '11:23/1' '你害怕失去对AGI本身的控制吗？' \
                '11:23/2' '很多担心存在风险的人并不是因…' \
                '11:24/1' '根据我目前的看法，这不是我最…' \
                '11:24/2' '曾经有一段时间我更担心这个。' \
                '11:24/3' '将来可能还会有一段时间，这是…' \
                '11:24/4' '但现在这不是我最担心的。' \
                '11:25/1' '你直觉上认为这不是你担心的原…' \
                '11:25/2' '因为本质上还有很多其他事情要…' \
                '11:25/3' '你认为你会感到惊讶吗？' \
                '11:26/1' '当然。' \
                '11:26/2' '说这不是我最担心的并不意味着…' \
                '11:26/3' '我认为我们需要努力。' \
                '11:26/4' '这非常困难，我们这里有很棒的…' \
                '11:26/5' '我认为还有很多其他事情我们也…' \
                '11:27/1' '对你来说，目前逃脱盒子，连接…' \
                '11:28/1' '我们之前谈到了戏剧性的风险。' \
                '11:28/2' '那是一个戏剧性的风险。' \
                '11:28/3' '这确实可以真正主导人们如何看…' \
                '11:28/4' '有一大群非常聪明、我认为是善…' \
                '11:28/5' '我实际上很高兴他们这样做，因…' \
                '11:28/6' '但我认为它将很多其他非常重要…' \
                '11:29/1' '鉴于Sora生成模拟世界的能力，…' \
                '11:29/2' '如果你曾经有过这种想法，这是…' \
                '11:30/1' '有点。' \
                '11:30/2' '我不认为这是最有力的证据。' \
                '11:30/3' '我认为，我们能够生成世界这一…' \
                '11:30/4' '但我确信我们在某个时候会能做…' \
                '11:30/5' '它发生得比我想象的要快，但我…' \
                '11:31/1' '但事实是……' \
                '11:31/2' '而且大概，它会变得越来越好……' \
                '11:31/3' '你可以生成新颖的世界，它们在…' \
                '11:31/4' '创造宇宙、整个看起来超级逼真…' \
                '11:31/5' '然后迷失在那个世界中有多容易…' \
                '11:32/1' '最近有人对我说，我认为这是一…' \
                '11:32/2' '所以平方根函数，4的平方根，没…' \
                '11:32/3' '2的平方根，好的，现在我必须考…' \
                '11:32/4' '但是一旦我想出了这个简单的平…' \
                '11:32/5' '这就是为什么它是一件迷幻的事…' \
                '11:32/6' '这会把你带入某种完全不同的现…' \
                '11:32/7' '你可以想出很多其他例子，但我…' \
                '11:32/8' '我认为有很多这样的运算符，让…' \
                '11:32/9' '但对我来说，Sora奏效这一事实…' \
                '11:33/1' '我确实认为，广义上讲，AI将充…' \
                '11:34/1' '这似乎是肯定的。' \
                '11:35/1' '我最近要去亚马逊大丛林，那里…' \
                '11:35/2' '你不禁欣赏亚马逊丛林中大自然…' \
                '11:35/3' '它就像一个系统，存在并且每一…' \
                '11:35/4' '这就是机器。' \
                '11:35/5' '它让你欣赏我们在这里拥有的东…' \
                '11:35/6' '这个进化的机器创造了它，它在…' \
                '11:35/7' '所以希望我能活着出来。' \
                '11:35/8' '如果不能，这将是我们最后一次…' \
                '11:35/9' '你认为，正如我之前提到的，当…' \
                '12:1/1' '我非常想相信答案是肯定的。' \
                '12:1/2' '我发现费米悖论非常令人困惑。' \
                '12:2/1' '我觉得令人害怕的是，智慧在处…' \
                '12:2/2' '但与此同时，我非常有信心，有…' \
                '12:2/3' '穿越太空可能真的很难。' \
                '12:3/1' '非常有可能。' \
                '12:4/1' '这也让我思考智慧的本质。' \
                '12:4/2' '也许我们对智慧的样子非常盲目…' \
                '12:4/3' '它不像智商测试和简单的解谜那…' \
                '12:4/4' '有更大的东西。' \
                '12:4/5' '是什么给了你对人类未来的希望…' \
                '12:5/1' '我认为过去是很多。' \
                '12:5/2' '我的意思是，我们只要看看人类…' \
                '12:5/3' '但总的来说，非常鼓舞人心。' \
                '12:5/4' '给了我很多希望。' \
                '12:6/1' '只是这一切的轨迹。' \
                '12:6/2' '我们一起朝着更美好的未来努力。' \
                '12:7/1' '我想知道的一件事是，AGI 会更…' \
                '12:7/2' '从你的曾曾曾祖父母到你，基因…' \
                '12:7/3' '你知道的东西有了巨大的不同。' \
                '12:7/4' '这不是因为生物学上的变化。' \
                '12:7/5' '我的意思是，你可能变得更健康…' \
                '12:7/6' '你有现代医学，你吃得更好，等…' \
                '12:7/7' '但你拥有的是我们共同贡献并建…' \
                '12:7/8' '没有人能独自制造出 iPhone。' \
                '12:7/9' '没有人能独自发现所有科学，但…' \
                '12:7/10' '这给了你不可思议的能力。' \
                '12:7/11' '所以从某种意义上说，是我们所…' \
                '12:7/12' '那是一个非常集体的事情。' \
                '12:8/1' '是的，我们真的是站在巨人的肩…' \
                '12:8/2' '你提到当我们讨论戏剧化、戏剧…' \
                '12:8/3' '你想过自己的死亡吗？' \
                '12:8/4' '你害怕死亡吗？' \
                '12:9/1' '我的意思是，如果我明天被枪击…' \
                '12:9/2' '但我主要只是对我的生活感到非…' \
                '12:10/1' '你经历的那些时刻。' \
                '12:10/2' '是的，我也是。' \
                '12:10/3' '这是一个相当棒的生活。' \
                '12:10/4' '我很享受人类的令人敬畏的创造…' \
                '12:10/5' 'Sam，再次与你交谈真是我的荣幸…'
    end
end

# Prints the names of kind $kind to offer for the word being completed. Turns are offered
# once the word names their section (7:), sentences once it names their turn (8:8/; before
# that, the turns, each followed by the slash); the ids of a conversation of the library once
# the word names it (tea/).
function __convo_corpus --argument-names kind
    set -l token (commandline -ct)
    set -l want
    set -l suffix
    # A colon before the slash makes a sentence id (8:8/1) instead.
    if string match -qr -- '^[^:/]+/' $token
        switch $kind
            case turn quote
            case sentence
                string match -q -- '*/*/*' $token; or return
            case '*'
                return
        end
        __convo_names $kind $token
        return
    end
    switch $kind
        case turn
            string match -q -- '*:*' $token; or return
            set want (string split -m1 -- : $token)[1]:
        case sentence
            string match -q -- '*:*' $token; or return
            if string match -q -- '*/*' $token
                set want (string split -m1 -- / $token)[1]/
            else
                set kind turn
                set want (string split -m1 -- : $token)[1]:
                set suffix /
            end
    end
    if test -z "$want"
        __convo_names $kind
        return
    end
    __convo_names $kind | string match -r -- '^'(string escape --style=regex -- $want)'.*' | string replace -r -- '^([^\t]*)' '$1'"$suffix"
end

complete -c convo -f
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'quotes' -d 'Key quotes: the lines the source set in bold or the editor picked as favourites'
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'topic' -d 'Everything about one topic: its titles, its quotes, then the dialogue of its sections and the turns elsewhere that are about it, each saying why it is there'
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'topics' -d 'Every topic with its titles, aliases, and how many turns and key quotes it has'
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'sections' -d 'The table of contents: each section\'s id, number, Chinese and English title, turns, and characters per speaker'
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'show' -d 'Read the interview: a section, a turn, a range of turns, a slug, or all of it'
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'search' -d 'Search the turns'
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'stats' -d 'Turns and characters per speaker and per section, with bar charts on a terminal and the same numbers in every machine format'
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'ingest' -d 'Extract a corpus from a transcript: Markdown (numbered section headings, bold speaker labels, an optional editor\'s preface), plain \'Name: text\' lines, a podcast site\'s \'Name (00:12:34) text\' with chapters as headings, or WebVTT with <v Name> voices'
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'library' -d 'The conversations you keep: the bundled interview (altman-2024) and the transcripts you add'
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'completion' -d 'Print the completion script for bash, zsh or fish'
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'repl' -d 'Browse the interview interactively: every convo command, plus reading commands (open, next, prev, more, where), with TAB completion and history'
complete -c convo -n '__convo_at \'convo\' 0 0' -a 'help' -d 'Show the help of convo or of a command, the same as --help'
complete -c convo -n '__convo_at \'convo\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo quotes\' 0 0' -a 'random' -d 'A random quote, attributed to its speaker, section and turn: a key quote (set in bold or listed by the editor) or one curated by reading the interview'
complete -c convo -n '__convo_at \'convo quotes\' 0 0' -a 'list' -d 'Every quote in reading order, with the editor\'s rank where it has one: the key quotes (set in bold or listed by the editor) and those curated by reading the interview'
complete -c convo -n '__convo_at \'convo quotes\' 0 0' -a 'show' -d 'One quote by id: a key quote (q7) or a sentence (8:8/1)'
complete -c convo -n '__convo_at \'convo quotes\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo quotes\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo quotes\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo quotes\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo quotes random\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)'
complete -c convo -n '__convo_at \'convo quotes random\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo quotes random\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo quotes random\'' -l width -x -d 'Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal\'s width is used whole'
complete -c convo -n '__convo_at \'convo quotes random\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo quotes random\'' -l speaker -x -a '(__convo_corpus speaker)' -d 'Only this speaker: lex or sam; any speaker\'s id, label or name, or a word of a name no one else has'
complete -c convo -n '__convo_at \'convo quotes random\'' -l section -x -a '(__convo_corpus section)' -d 'Only this section: its id (7, 1a) or slug (q-star)'
complete -c convo -n '__convo_at \'convo quotes random\'' -l topic -x -a '(__convo_corpus topic)' -d 'Only turns about this topic (see \'convo topics\')'
complete -c convo -n '__convo_at \'convo quotes random\'' -l min-chars -x -d 'Only quotes of at least N characters'
complete -c convo -n '__convo_at \'convo quotes random\'' -l max-chars -x -d 'Only quotes of at most N characters'
complete -c convo -n '__convo_at \'convo quotes random\'' -s n -l count -x -d 'Draw N distinct quotes (default: 1)'
complete -c convo -n '__convo_at \'convo quotes random\'' -l seed -x -d 'Seed the draw: the same seed gives the same quotes every time'
complete -c convo -n '__convo_at \'convo quotes random\'' -l daily -d 'One quote per calendar day, the same all day'
complete -c convo -n '__convo_at \'convo quotes random\'' -l any -d 'Draw from every sentence of the interview that stands alone, not only the quotes'
complete -c convo -n '__convo_at \'convo quotes random\'' -l editors -d 'Only the editor\'s choices: the key quotes, set in bold in the source or listed by the editor'
complete -c convo -n '__convo_at \'convo quotes random\'' -l in -x -a '(__convo_corpus conversation)' -d 'Draw from this conversation of the library (repeatable; default: all of them)'
complete -c convo -n '__convo_at \'convo quotes random\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo quotes random\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo quotes random\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo quotes random\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo quotes list\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)'
complete -c convo -n '__convo_at \'convo quotes list\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo quotes list\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo quotes list\'' -l width -x -d 'Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal\'s width is used whole'
complete -c convo -n '__convo_at \'convo quotes list\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo quotes list\'' -l speaker -x -a '(__convo_corpus speaker)' -d 'Only this speaker: lex or sam; any speaker\'s id, label or name, or a word of a name no one else has'
complete -c convo -n '__convo_at \'convo quotes list\'' -l section -x -a '(__convo_corpus section)' -d 'Only this section: its id (7, 1a) or slug (q-star)'
complete -c convo -n '__convo_at \'convo quotes list\'' -l topic -x -a '(__convo_corpus topic)' -d 'Only turns about this topic (see \'convo topics\')'
complete -c convo -n '__convo_at \'convo quotes list\'' -l min-chars -x -d 'Only quotes of at least N characters'
complete -c convo -n '__convo_at \'convo quotes list\'' -l max-chars -x -d 'Only quotes of at most N characters'
complete -c convo -n '__convo_at \'convo quotes list\'' -l editors -d 'Only the editor\'s choices: the key quotes, set in bold in the source or listed by the editor'
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
complete -c convo -n '__convo_at \'convo quotes show\' 0 0' -a '(__convo_corpus quote) (__convo_corpus sentence)'
complete -c convo -n '__convo_at \'convo topic\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)'
complete -c convo -n '__convo_at \'convo topic\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo topic\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo topic\'' -l width -x -d 'Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal\'s width is used whole'
complete -c convo -n '__convo_at \'convo topic\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo topic\'' -l in -x -a '(__convo_corpus conversation)' -d 'Look in this conversation of the library (repeatable; default: all of them)'
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
complete -c convo -n '__convo_at \'convo topics\'' -l in -x -a '(__convo_corpus conversation)' -d 'List the topics of this conversation of the library (repeatable; default: all of them)'
complete -c convo -n '__convo_at \'convo topics\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo topics\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo topics\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo topics\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo sections\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)'
complete -c convo -n '__convo_at \'convo sections\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo sections\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo sections\'' -l width -x -d 'Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal\'s width is used whole'
complete -c convo -n '__convo_at \'convo sections\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo sections\'' -l in -x -a '(__convo_corpus conversation)' -d 'List the sections of this conversation of the library (repeatable; default: all of them)'
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
complete -c convo -n '__convo_at \'convo show\' 0' -a 'all\\tthe whole interview (__convo_corpus section) (__convo_corpus topic) (__convo_corpus turn)'
complete -c convo -n '__convo_at \'convo search\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)'
complete -c convo -n '__convo_at \'convo search\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo search\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo search\'' -l width -x -d 'Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal\'s width is used whole'
complete -c convo -n '__convo_at \'convo search\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo search\'' -l speaker -x -a '(__convo_corpus speaker)' -d 'Only this speaker: lex or sam; any speaker\'s id, label or name, or a word of a name no one else has'
complete -c convo -n '__convo_at \'convo search\'' -l section -x -a '(__convo_corpus section)' -d 'Only this section: its id (7, 1a) or slug (q-star)'
complete -c convo -n '__convo_at \'convo search\'' -l topic -x -a '(__convo_corpus topic)' -d 'Only turns about this topic (see \'convo topics\')'
complete -c convo -n '__convo_at \'convo search\'' -s e -l regex -d 'Each QUERY is a Java regular expression'
complete -c convo -n '__convo_at \'convo search\'' -s i -l ignore-case -d 'With --regex, ignore case (words and phrases always do)'
complete -c convo -n '__convo_at \'convo search\'' -l exact -d 'Search only what was typed: no glossary forms, no traditional characters read as simplified'
complete -c convo -n '__convo_at \'convo search\'' -s n -l limit -x -d 'Print at most N results'
complete -c convo -n '__convo_at \'convo search\'' -s c -l count -d 'Print only the number of matching turns'
complete -c convo -n '__convo_at \'convo search\'' -s l -l ids -d 'Print only the ids of the matching turns, one a line'
complete -c convo -n '__convo_at \'convo search\'' -s C -l context -x -d 'Show N characters of context either side of each match (default 24)'
complete -c convo -n '__convo_at \'convo search\'' -l full -d 'Print whole turns instead of the context of each match'
complete -c convo -n '__convo_at \'convo search\'' -l in -x -a '(__convo_corpus conversation)' -d 'Search this conversation of the library (repeatable; default: all of them)'
complete -c convo -n '__convo_at \'convo search\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo search\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo search\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo search\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo stats\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)'
complete -c convo -n '__convo_at \'convo stats\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo stats\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo stats\'' -l width -x -d 'Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal\'s width is used whole'
complete -c convo -n '__convo_at \'convo stats\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo stats\'' -l in -x -a '(__convo_corpus conversation)' -d 'Count this conversation of the library (repeatable; default: all of them)'
complete -c convo -n '__convo_at \'convo stats\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo stats\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo stats\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo stats\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo ingest\'' -s o -l output -r -F -d 'Write the corpus here (atomically) instead of to standard output'
complete -c convo -n '__convo_at \'convo ingest\'' -l format -x -a 'markdown\\t plain\\t podcast\\t webvtt\\t' -d 'markdown, plain, podcast or webvtt (default: recognised from the file; see data/README.md)'
complete -c convo -n '__convo_at \'convo ingest\'' -l topics -r -F -d 'Curated section slugs, English titles and topics (JSON)'
complete -c convo -n '__convo_at \'convo ingest\'' -l repairs -r -F -d 'Line-anchored corrections of conversion damage in the source (JSON)'
complete -c convo -n '__convo_at \'convo ingest\'' -l quotes -r -F -d 'Curated quotes beside the key quotes: whole sentences of a turn, with their topics (JSON)'
complete -c convo -n '__convo_at \'convo ingest\'' -l glossary -r -F -d 'The words search expands into the forms the text uses (JSON)'
complete -c convo -n '__convo_at \'convo ingest\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo ingest\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo ingest\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo ingest\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo ingest\' 0 0' -F
complete -c convo -n '__convo_at \'convo library\' 0 0' -a 'add' -d 'Add a conversation to the library: a transcript, read as ingest reads it, or a corpus file'
complete -c convo -n '__convo_at \'convo library\' 0 0' -a 'list' -d 'The conversations of the library: name, title, speakers, sections, turns and quotes; the bundled interview first, then the others by name'
complete -c convo -n '__convo_at \'convo library\' 0 0' -a 'show' -d 'One conversation of the library: its title, speakers, sections, turns and quotes'
complete -c convo -n '__convo_at \'convo library\' 0 0' -a 'remove' -d 'Remove a conversation from the library, and print its name'
complete -c convo -n '__convo_at \'convo library\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo library\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo library\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo library\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo library add\'' -l name -x -d 'Keep it under this name (default: made from its title, else its file name): a lower-case letter or digit, then lower-case letters, digits or hyphens'
complete -c convo -n '__convo_at \'convo library add\'' -l format -x -a 'markdown\\t plain\\t podcast\\t webvtt\\t' -d 'The transcript\'s format: markdown, plain, podcast or webvtt (default: recognised from the file)'
complete -c convo -n '__convo_at \'convo library add\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo library add\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo library add\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo library add\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo library add\' 0 0' -F
complete -c convo -n '__convo_at \'convo library list\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)'
complete -c convo -n '__convo_at \'convo library list\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo library list\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo library list\'' -l width -x -d 'Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal\'s width is used whole'
complete -c convo -n '__convo_at \'convo library list\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo library list\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo library list\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo library list\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo library list\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo library show\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal or with colour forced, plain otherwise; given twice, the last counts)'
complete -c convo -n '__convo_at \'convo library show\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo library show\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo library show\'' -l width -x -d 'Wrap text to at most N columns (default: $CONVO_WIDTH, else 100); a narrower terminal\'s width is used whole'
complete -c convo -n '__convo_at \'convo library show\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo library show\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo library show\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo library show\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo library show\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo library show\' 0 0' -a '(__convo_corpus conversation)'
complete -c convo -n '__convo_at \'convo library remove\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo library remove\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo library remove\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo library remove\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo library remove\' 0 0' -a '(__convo_corpus conversation)'
complete -c convo -n '__convo_at \'convo completion\'; and __convo_after --list' -x -a 'section\\t topic\\t quote\\t speaker\\t turn\\t sentence\\t conversation\\t'
complete -c convo -n '__convo_at \'convo completion\'; and __convo_after --word' -x
complete -c convo -n '__convo_at \'convo completion\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo completion\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo completion\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo completion\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo completion\' 0 0' -a 'bash\\t zsh\\t fish\\t'
complete -c convo -n '__convo_at \'convo repl\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo repl\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo repl\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo repl\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo help\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo help\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo help\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo help\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo help\' 0 0' -a '(__convo_commands)'
complete -c convo -n '__convo_at \'convo help\' 1' -a '(__convo_commands)'
