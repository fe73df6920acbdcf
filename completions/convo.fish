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
                    case 'convo --corpus' 'convo quotes --corpus' 'convo quotes random -f' 'convo quotes random --format' 'convo quotes random --color' 'convo quotes random --colour' 'convo quotes random --speaker' 'convo quotes random --section' 'convo quotes random --topic' 'convo quotes random --min-chars' 'convo quotes random --max-chars' 'convo quotes random -n' 'convo quotes random --count' 'convo quotes random --seed' 'convo quotes random --corpus' 'convo quotes list -f' 'convo quotes list --format' 'convo quotes list --color' 'convo quotes list --colour' 'convo quotes list --speaker' 'convo quotes list --section' 'convo quotes list --topic' 'convo quotes list --min-chars' 'convo quotes list --max-chars' 'convo quotes list --corpus' 'convo quotes show -f' 'convo quotes show --format' 'convo quotes show --color' 'convo quotes show --colour' 'convo quotes show --corpus' 'convo topic -f' 'convo topic --format' 'convo topic --color' 'convo topic --colour' 'convo topic --corpus' 'convo topics -f' 'convo topics --format' 'convo topics --color' 'convo topics --colour' 'convo topics --corpus' 'convo sections -f' 'convo sections --format' 'convo sections --color' 'convo sections --colour' 'convo sections --corpus' 'convo show -f' 'convo show --format' 'convo show --color' 'convo show --colour' 'convo show --corpus' 'convo search -f' 'convo search --format' 'convo search --color' 'convo search --colour' 'convo search --speaker' 'convo search --section' 'convo search --topic' 'convo search -l' 'convo search --limit' 'convo search --corpus' 'convo stats -f' 'convo stats --format' 'convo stats --color' 'convo stats --colour' 'convo stats --corpus' 'convo ingest -o' 'convo ingest --output' 'convo ingest --topics' 'convo ingest --repairs' 'convo ingest --quotes' 'convo ingest --corpus' 'convo completion --corpus' 'convo repl --corpus'
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
                'q1' '通向 AGI 的道路应该是一场巨大的权力斗争' \
                'q2' '与聘请高管不同，你需要他们把一个角色做好，而董事…' \
                'q3' '人们经常在危机时刻看到领导者的好坏，但我真正看重…' \
                'q4' 'OpenAI 真正的意义在于过去的七年' \
                'q5' '但我担心自己不再是一个默认信任他人的人。' \
                'q6' '我们很快就会回顾 GPT-4，就像我们现在回顾 …' \
                'q7' '我认为计算能力将成为未来的货币，我认为它可能成为…' \
                'q8' '计算能力不同，智能将更像能源或类似的东西' \
                'q9' '我认为在一个有AI的世界里，它会变得更糟而不是更…' \
                'q10' '这绝对是我职业生涯中最痛苦的经历，充满混乱、羞愧…' \
                'q11' '就像参加自己的追悼会，看着人们说着关于你的美好的…' \
                'q12' '整个周末，除了一个大的例外，我感受到了巨大的爱，…' \
                'q13' '但你有预感会经历某种权力斗争吗？' \
                'q14' '在那之后有一段时间，可能是 45 天左右，我就这…' \
                'q15' '我只想爬进一个洞穴休养一段时间，但现在我们又回到…' \
                'q16' '我的公司差点就被摧毁了。' \
                'q17' '我们考虑了很多其他我们必须做好的事情才能实现 A…' \
                'q18' '我认为总的来说，董事会成员都是善意的人，我相信在…' \
                'q19' '你认为董事会的权力是不是太大了？' \
                'q20' '他们实际上只对自己负责，这有好的一面，但我们真正…' \
                'q21' '有人批评了新增的一些董事会成员，我听到很多人批评…' \
                'q22' 'Larry 实际上是老董事会成员的建议之一，我想…' \
                'q23' '我认为我无法再以同样的配置与旧董事会共事，尽管我…' \
                'q24' '所以 Brett 说了一句我很喜欢的话，我们要成…' \
                'q25' '我认为你或我可能犯的一个错误是认为只有技术理解才…' \
                'q26' '你当然要进行大量交谈，但有些角色我完全忽略过往表…' \
                'q27' '你是试图拟合一个多项式函数还是指数函数来评估他们…' \
                'q28' '你有没有考虑过去亚马逊丛林，服用死藤水，然后永远…' \
                'q29' '这就像在公众面前打了一场战斗，程度令人惊讶，这让…' \
                'q30' '在战斗时，你会对肾上腺素有奇怪的认识。' \
                'q31' '然后董事会任命了一位新的临时首席执行官，然后我想…' \
                'q32' '这很痛苦，但这个周末占主导地位的情绪是爱，而不是…' \
                'q33' '你曾高度赞扬 Mira Murati，说她特别是…' \
                'q34' '人类文明不在于纳粹德国的入侵，但人们仍然关注这一…' \
                'q35' '它让我们洞察人性，人性的极端，也许人类文明的一些…' \
                'q36' '让我问你关于 Ilya 的事，他是不是被埋没在一…' \
                'q37' '我爱 Ilya，我非常尊重 Ilya。' \
                'q38' '有一个梗是说他看到了什么，就像他可能看到了 AG…' \
                'q39' 'Ilya没有看到 AGI，我们都没有看到 AGI…' \
                'q40' '所以 Ilya 没有看到 AGI，但 Ilya …' \
                'q41' '是的，而且，他欣赏沉默的力量。' \
                'q42' '我当时想，天哪，这不是世人最常看到的 Ilya …' \
                'q43' '这是一次疯狂的、非常痛苦的经历。我认为这是一个完…' \
                'q44' '它是否让你在个人层面上更加犹豫不决地信任他人？' \
                'q45' '我一直有一种人生哲学，就是不要担心所有的妄想，不…' \
                'q46' '你会因为让自己放松警惕而受到一点伤害，这对我来说…' \
                'q47' '我其实不确定对于一个正在开发 AGI 的人来说，…' \
                'q48' '因为你开始赚的钱越多，这个东西的力量就越大，人们…' \
                'q49' '我对每天与之共事的人怀有巨大的感激、信任和尊重，…' \
                'q50' '我们共同的朋友 Elon 起诉了 OpenAI。' \
                'q51' '我认为对于许多根本性的新事物来说，你一开始在黑暗…' \
                'q52' '这并不意味着如果我们现在能有一个预言家带着我们回…' \
                'q53' '你们是一小群研究人员，疯狂地谈论 AGI，而所有…' \
                'q54' '不久之前 Elon 还在疯狂地谈论发射火箭，当时…' \
                'q55' 'Elon 选择了分道扬镳。' \
                'q56' '他认为 OpenAI 会失败，他想要完全控制来扭…' \
                'q57' '说到事后诸葛亮，我会选一个不同的名字。' \
                'q58' '我们只是说这是我们使命的一部分，我们想免费向人们…' \
                'q59' '这确实变成了一场宗教战线，很难保持细微差别，但我…' \
                'q60' '我不认为对他来说这真的是关于开源与否的问题。' \
                'q61' '听着，我认为整个事情有失一个建设者的身份。' \
                'q62' '我尊重 Elon 作为我们这个时代伟大的建设者之…' \
                'q63' '我在某个采访或其他什么地方说我想念从前的 Elo…' \
                'q64' '我认为他应该直接赢，他应该让 X Grok 击败…' \
                'q65' '我会强烈反对任何考虑先以非营利组织起家，然后再增…' \
                'q66' '当然，如果我们知道会发生什么，我们也会那样做的。' \
                'q67' '是的，我非常尊重 Elon，我希望在未来几年我们…' \
                'q68' '就是要创造酷的东西，Elon 非常擅长创造酷的东…' \
                'q69' '所以让我从技术/哲学的角度问一下，你认为它对世界…' \
                'q70' '我认为所有这些模型对世界模型的理解都比我们大多数…' \
                'q71' '如果你看一下从 DALL-E 1 到 2 到 3…' \
                'q72' '说它有一个很棒的底层三维世界模型，这有点牵强。' \
                'q73' '这种方法看起来会走得出人意料的远。' \
                'q74' '我的意思是，猫在视频中的随机点长出额外的四肢。' \
                'q75' '很多是一个复杂的词，Sam。' \
                'q76' '听着，我是一个内向的人，当我和三个人一起出去玩的…' \
                'q77' '我们努力成为一家深思熟虑的公司，考虑我们投入世界…' \
                'q78' '你认为 AI 训练应该是或属于版权法下的合理使用…' \
                'q79' '我认为这个问题背后的问题是，创造有价值数据的人是…' \
                'q80' '但如果我是一个艺术家，首先我希望能够选择不让别人…' \
                'q81' '是的，这是从 CD 到 Napster 再到 S…' \
                'q82' '模式改变了，但人们必须得到报酬。' \
                'q83' '我们想要创造，我们想要有用，我们想要以任何方式获…' \
                'q84' '再说一次，我不认为我们已经看到了经济系统如何运作…' \
                'q85' '当摄影出现时，艺术家们也非常担心，然后摄影成为了…' \
                'q86' '我的看法不是 AI 会做多少比例的工作，而是 A…' \
                'q87' '我倾向于相信人类喜欢看其他人类。' \
                'q88' '人类真的非常关心其他人类。' \
                'q89' '如果有一个比人类更酷的东西，人类会关注它两天，然…' \
                'q90' '让我们忽略房间里的大象，人类在国际象棋方面真的很…' \
                'q91' '我们仍然举办赛跑，而汽车要快得多。' \
                'q92' '也许 GPT-5 会成为关键时刻。我不知道。现在…' \
                'q93' '关于未来令人讨厌的一点是，很难预测。' \
                'q94' '我觉得它有点烂。' \
                'q95' '我预计 5 和 4 之间的差异将与 4 和 3 …' \
                'q96' '我最近更多地用它来做头脑风暴的伙伴。' \
                'q97' '当它奏效时，虽然不是很频繁，但它非常神奇。' \
                'q98' '听着，我不想淡化 GPT-4 的成就，但我也不想…' \
                'q99' '我们必须发明底层技术，然后我们必须弄清楚如何将其…' \
                'q100' '从 8K 到 128K tokens 的上下文窗…' \
                'q101' '虽然如果我们梦想遥远的未来，遥远的未来，我们将拥…' \
                'q102' '我喜欢这是你的 "I Have a Dream"…' \
                'q103' '我曾经看过一个互联网片段，我可能会弄错数字，但大…' \
                'q104' '但我知道我们会使用它，一旦我们拥有了它，就真的不…' \
                'q105' '对我来说最有趣的是那些把它作为工作流程起点的人。' \
                'q106' '我用它作为阅读伙伴来阅读书籍。' \
                'q107' '你是如何弄清楚 GPT 可以编造听起来非常有说服…' \
                'q108' '嗯，可怕的是，随着它变得更好，你会开始不那么频繁…' \
                'q109' '我认为人们使用技术的能力要比我们通常认为的要高得…' \
                'q110' '除了记者似乎不明白这一点。' \
                'q111' '在我想要抨击记者的长长的清单中，这不是我对他们的…' \
                'q112' '我希望我们的社会能激励像，比如需要几天几周时间的…' \
                'q113' '我们在探索这方面还处于非常早期的阶段，但我认为人…' \
                'q114' '我们都在一生中从经验中获益，程度不一，我也希望我…' \
                'q115' '我认为正确的答案就是用户选择。' \
                'q116' '但公司在用户选择方面应该有某种程度的透明度。' \
                'q117' '这并不意味着我已经压抑了它，因为有时我在半夜醒来…' \
                'q118' '发生的情况是不信任，你孤立自己，两者兼而有之，你…' \
                'q119' '所以它为生成的每个 token 分配大约相同数量…' \
                'q120' '我认为这种思维方式将会有一个新的范式。' \
                'q121' '我想从精神上说，你可以说你希望一个 AI 能够对…' \
                'q122' '在我看来，你希望能够为更难的问题分配更多的计算能…' \
                'q123' '这个神秘的 Q* 项目是什么？它也在同一个核设施…' \
                'q124' '没有核设施。我很想要一个秘密的核设施，但没有。' \
                'q125' '有梦想总是好的。' \
                'q126' 'OpenAI 不擅长保守秘密。如果我们能有那样的…' \
                'q127' '我们还没准备好谈论这个。' \
                'q128' '你看，但像这样的回答意味着有什么可谈的。这很神秘…' \
                'q129' '我们已经说了一段时间，我们认为在这些系统中更好的…' \
                'q130' '对我来说，一切都感觉相当连续。' \
                'q131' '部分原因是我认为 AI 和惊喜不能很好地结合在一…' \
                'q132' '我不知道这意味着什么，我没有现成的答案，但我们的…' \
                'q133' '所以也许我们应该考虑以不同的方式发布 GPT-5…' \
                'q134' '我不知道你是否了解人类，但他们有这些里程碑和那些…' \
                'q135' '我确实认识一些人类。人们确实喜欢里程碑。' \
                'q136' '那么，GPT-5 什么时候出来？' \
                'q137' '我不知道。这是诚实的答案。' \
                'q138' '如果是今年的话眨两下眼。' \
                'q139' '我们今年将发布一个惊人的新模型。我不知道我们会叫…' \
                'q140' '我不知道对 GPT-5 有什么期望。你让我既紧张…' \
                'q141' '你知道，一个大的突破是什么？是一台更大的计算机吗…' \
                'q142' '你当然不知道每一个部分是如何工作的，但我通常相信…' \
                'q143' '我现在真的没有那么多了。我现在超级深入。但我知道…' \
                'q144' '你不再是以前的你了，Sam。' \
                'q145' '你在推特上说需要 7 万亿美元。' \
                'q146' '好吧，一旦世界上有了错误信息，我就开个玩笑。' \
                'q147' '但错误信息可能有洞察力的基础。' \
                'q148' '因为如果它真的很便宜，我会让它整天读我的邮件，给…' \
                'q149' '能源是最难的部分，建造数据中心也很难，供应链很难…' \
                'q150' '我们将需要大量现在难以理解的计算能力。' \
                'q151' '你如何解决能源难题？核聚变？' \
                'q152' '我认为 Helion 的工作做得最好，但我很高兴…' \
                'q153' '核裂变，我认为也是相当了不起的，我希望作为一个世…' \
                'q154' '嗯，我认为我们应该建造新的反应堆。我认为这个行业…' \
                'q155' '我不知道你是否了解人类，但这是核裂变的危险之一，…' \
                'q156' '我担心 AI 也会这样。我认为 AI 肯定会出现…' \
                'q157' '我不知道我最终被枪杀的可能性有多大，但不是零。' \
                'q158' 'AI 将被政治化，这真的让我担心，因为那时它就像…' \
                'q159' '我认为它将卷入左派与右派的争斗。' \
                'q160' '例如，死于空气污染的人比死于核反应堆的人多得多。' \
                'q161' '但我们天生就有这样一种倾向，尽管我们必须面对许多…' \
                'q162' '这就是为什么真相很重要，希望 AI 可以帮助我们…' \
                'q163' '而缺点是，我认为如果我们不小心，它可能会导致我感…' \
                'q164' '我认为短期时间表、缓慢起飞是最安全的象限，也是我…' \
                'q165' '我对这种与 Elon 有点小矛盾的问题的一部分困…' \
                'q166' 'Elon 至少说过，他非常关心 AI 安全，对此…' \
                'q167' '这不是他最出名的事情。' \
                'q168' '最终，我真诚地希望人性占上风。' \
                'q169' '我在想，前几天有人提醒我，就在他超过杰夫•贝佐斯…' \
                'q170' '我希望当人们开始努力实现 AGI 时，我们能少一…' \
                'q171' '我认为 Elon 是一个朋友，他是一个美好的人，…' \
                'q172' '我们所有人都应该为他加油，需要他在这个下一阶段成…' \
                'q173' '我希望他可以在没有另一个的情况下拥有一个，但有时…' \
                'q174' '那么OpenAI是否真的要挑战Google 20…' \
                'q175' '我觉得那很无聊。' \
                'q176' 'Google向你展示10个蓝色链接，嗯，13个广…' \
                'q177' '我不认为世界需要另一个Google的副本。' \
                'q178' 'LLMs加上搜索的交集，我认为还没有人破解密码。' \
                'q179' '我有点讨厌广告，只是作为一种审美选择。' \
                'q180' '我喜欢人们为ChatGPT付费，并知道他们得到的…' \
                'q181' '我不知道，我们有一个非常简单的商业模式，我喜欢它…' \
                'q182' '是的，我认为Wikipedia不做广告是一个非常…' \
                'q183' '如果问题是，我是否认为我们可以在没有广告的情况下…' \
                'q184' 'Gemini 1.5最近出来了，周围有很多戏剧性…' \
                'q185' '我们自己也犯过错误，将来还会犯其他错误。' \
                'q186' '有人在这里提出了一个我认为很棒的想法，我们一直在…' \
                'q187' '它必须说当你要求它做X事情时，它应该以Y方式回应…' \
                'q188' '所以就像字面上的 "谁更好？特朗普还是拜登？模型…' \
                'q189' '所以旧金山在意识形态上有点像个泡沫，科技界总的来…' \
                'q190' '我们有一个关于 AGI 的意识形态，相信它，它排…' \
                'q191' '我们比我听说的许多其他公司更少卷入文化战争。' \
                'q192' '我认为会有一个时刻，整个公司差不多都会考虑这个问…' \
                'q193' '是的，我会说会有人，国家行为者试图窃取模型。' \
                'q194' '这不仅仅是我们有一个团队在思考如何调整模型。这真…' \
                'q195' '他们说什么口音？' \
                'q196' '我认为我不应该在这一点上提供任何进一步的细节。' \
                'q197' '很抱歉在这个问题上徘徊，即使你现在还不能说细节，…' \
                'q198' '我对变得更聪明感到兴奋。' \
                'q199' '我知道这听起来像是敷衍的回答，但我认为真正特别的…' \
                'q200' '你说不清楚，但他们理解你。这不仅仅是智力，真的。…' \
                'q201' '我的意思是，我们都喜欢被倾听和理解。' \
                'q202' '说到编程，展望未来，你认为5年、10年后人类会做…' \
                'q203' '也许有些人会完全用自然语言编程。' \
                'q204' '没有人再用打孔卡片编程了。' \
                'q205' '我一直在寻找用Fortran编程的人。甚至很难找…' \
                'q206' '编程很难。就像如何弥合最后1%的差距？这有多难？' \
                'q207' '具身化AI对你来说有多重要？' \
                'q208' '我认为，如果我们有AGI，而在物理世界中完成任务…' \
                'q209' '我们当然不会把自己变成机器人。' \
                'q210' '你认为我们，你和我们这个人类社会什么时候会打造出…' \
                'q211' '我已经意识到，我认为这个问题提得很糟糕，人们对A…' \
                'q212' 'AGI也不是一个结束。它更接近一个开始，但它更像…' \
                'q213' '但我想说的是，为了不试图回避一个问题，我预计在这…' \
                'q214' '但如果你看ChatGPT，甚至3.5，如果你把它…' \
                'q215' '是的，但我不认为3.5改变了世界。它可能改变了世…' \
                'q216' '奇点级别的转变？' \
                'q217' '我认为当一个系统可以显著提高世界上科学发现的速度…' \
                'q218' '但即使只是看到一个系统有真正新颖的直觉，科学的直…' \
                'q219' '我发现令人惊讶的是，我很难说我希望第一个AGI能…' \
                'q220' '无论是谁首先打造出AGI，都将获得巨大的权力。你…' \
                'q221' '我本来要说，我仍然相信这一点，重要的是我或任何其…' \
                'q222' '但正如许多人观察到的那样，虽然董事会有法律权力解…' \
                'q223' '我继续认为任何公司都不应该做出这些决定，我们真的…' \
                'q224' '我意识到这意味着像马克•安德森这样的人会声称我在…' \
                'q225' '但我不认为任何一个人应该控制AGI，或者这整个走…' \
                'q226' '权力的平衡确实是一件好事。' \
                'q227' '你害怕失去对AGI本身的控制吗？' \
                'q228' '根据我目前的看法，这不是我最担心的。' \
                'q229' '我们之前谈到了戏剧性的风险。那是一个戏剧性的风险…' \
                'q230' '但我认为它将很多其他非常重要的与AI相关的风险排…' \
                'q231' '如果你曾经有过这种想法，这是否增加了你对我们生活…' \
                'q232' '这会把你带入某种完全不同的现实。' \
                'q233' '但对我来说，Sora奏效这一事实并不是前五名。' \
                'q234' '我确实认为，广义上讲，AI将充当这种简单的、迷幻…' \
                'q235' '所以希望我能活着出来。如果不能，这将是我们最后一…' \
                'q236' '你认为，正如我之前提到的，当你仰望星空时，还有其…' \
                'q237' '我非常想相信答案是肯定的。我发现费米悖论非常令人…' \
                'q238' '我觉得令人害怕的是，智慧在处理强大的技术方面并不…' \
                'q239' '穿越太空可能真的很难。' \
                'q240' '也许我们对智慧的样子非常盲目，也许AI会帮助我们…' \
                'q241' '是什么给了你对人类未来的希望，这个我们正在进行的…' \
                'q242' '但总的来说，非常鼓舞人心。给了我很多希望。' \
                'q243' '我想知道的一件事是，AGI 会更像某个单一的大脑…' \
                'q244' '没有人能独自制造出 iPhone。没有人能独自发…' \
                'q245' '所以从某种意义上说，是我们所有人共同创造了这一切…' \
                'q246' '是的，我们真的是站在巨人的肩膀上。' \
                'q247' '你想过自己的死亡吗？你害怕死亡吗？' \
                'q248' '我的意思是，如果我明天被枪击了，我今天就知道了，…' \
                'q249' '我很享受人类的令人敬畏的创造，我相信 ChatG…'
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
complete -c convo -n '__convo_at \'convo quotes\' 0 0' -a 'random' -d 'A random quote, attributed to its speaker, section and turn: a key quote (set in bold or listed by the editor) or one curated by reading the interview'
complete -c convo -n '__convo_at \'convo quotes\' 0 0' -a 'list' -d 'Every quote in reading order, with the editor\'s rank where it has one: the key quotes (set in bold or listed by the editor) and those curated by reading the interview'
complete -c convo -n '__convo_at \'convo quotes\' 0 0' -a 'show' -d 'One quote by id: a key quote (q7) or a sentence drawn with --any (8:8/1)'
complete -c convo -n '__convo_at \'convo quotes\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo quotes\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo quotes\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo quotes\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo quotes random\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal, plain otherwise)'
complete -c convo -n '__convo_at \'convo quotes random\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo quotes random\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo quotes random\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo quotes random\'' -l speaker -x -a '(__convo_corpus speaker)' -d 'Only this speaker: lex or sam (a label or name works too)'
complete -c convo -n '__convo_at \'convo quotes random\'' -l section -x -a '(__convo_corpus section)' -d 'Only this section: its id (7, 1a) or slug (q-star)'
complete -c convo -n '__convo_at \'convo quotes random\'' -l topic -x -a '(__convo_corpus topic)' -d 'Only turns about this topic (see \'convo topics\')'
complete -c convo -n '__convo_at \'convo quotes random\'' -l min-chars -x -d 'Only quotes of at least N characters'
complete -c convo -n '__convo_at \'convo quotes random\'' -l max-chars -x -d 'Only quotes of at most N characters'
complete -c convo -n '__convo_at \'convo quotes random\'' -s n -l count -x -d 'Draw N distinct quotes (default: 1)'
complete -c convo -n '__convo_at \'convo quotes random\'' -l seed -x -d 'Seed the draw: the same seed gives the same quotes every time'
complete -c convo -n '__convo_at \'convo quotes random\'' -l daily -d 'One quote per calendar day, the same all day'
complete -c convo -n '__convo_at \'convo quotes random\'' -l any -d 'Draw from every sentence of the interview that stands alone, not only the quotes'
complete -c convo -n '__convo_at \'convo quotes random\'' -l editors -d 'Only the editor\'s choices: the key quotes, set in bold in the source or listed by the editor'
complete -c convo -n '__convo_at \'convo quotes random\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo quotes random\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo quotes random\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo quotes random\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo quotes list\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal, plain otherwise)'
complete -c convo -n '__convo_at \'convo quotes list\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo quotes list\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo quotes list\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo quotes list\'' -l speaker -x -a '(__convo_corpus speaker)' -d 'Only this speaker: lex or sam (a label or name works too)'
complete -c convo -n '__convo_at \'convo quotes list\'' -l section -x -a '(__convo_corpus section)' -d 'Only this section: its id (7, 1a) or slug (q-star)'
complete -c convo -n '__convo_at \'convo quotes list\'' -l topic -x -a '(__convo_corpus topic)' -d 'Only turns about this topic (see \'convo topics\')'
complete -c convo -n '__convo_at \'convo quotes list\'' -l min-chars -x -d 'Only quotes of at least N characters'
complete -c convo -n '__convo_at \'convo quotes list\'' -l max-chars -x -d 'Only quotes of at most N characters'
complete -c convo -n '__convo_at \'convo quotes list\'' -l editors -d 'Only the editor\'s choices: the key quotes, set in bold in the source or listed by the editor'
complete -c convo -n '__convo_at \'convo quotes list\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo quotes list\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo quotes list\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo quotes list\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo quotes show\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal, plain otherwise)'
complete -c convo -n '__convo_at \'convo quotes show\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo quotes show\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo quotes show\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo quotes show\'' -s c -l context -d 'Also print the turn the quote comes from'
complete -c convo -n '__convo_at \'convo quotes show\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo quotes show\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo quotes show\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo quotes show\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo quotes show\' 0 0' -a '(__convo_corpus quote)'
complete -c convo -n '__convo_at \'convo topic\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal, plain otherwise)'
complete -c convo -n '__convo_at \'convo topic\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo topic\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo topic\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo topic\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo topic\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo topic\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo topic\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo topic\' 0' -a '(__convo_corpus topic)'
complete -c convo -n '__convo_at \'convo topics\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal, plain otherwise)'
complete -c convo -n '__convo_at \'convo topics\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo topics\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo topics\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo topics\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo topics\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo topics\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo topics\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo sections\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal, plain otherwise)'
complete -c convo -n '__convo_at \'convo sections\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo sections\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo sections\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo sections\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo sections\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo sections\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo sections\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo show\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal, plain otherwise)'
complete -c convo -n '__convo_at \'convo show\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo show\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo show\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo show\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo show\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo show\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo show\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo show\' 0' -a '(__convo_corpus section) (__convo_corpus topic)'
complete -c convo -n '__convo_at \'convo search\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal, plain otherwise)'
complete -c convo -n '__convo_at \'convo search\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo search\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
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
complete -c convo -n '__convo_at \'convo stats\'' -s f -l format -x -a 'text\\t plain\\t tsv\\t json\\t jsonl\\t markdown\\t' -d 'text, plain, tsv, json, jsonl or markdown (default: text on a terminal, plain otherwise)'
complete -c convo -n '__convo_at \'convo stats\'' -l json -d 'Same as --format json'
complete -c convo -n '__convo_at \'convo stats\'' -l color -l colour -x -a 'auto\\t always\\t never\\t' -d 'auto, always or never (default: auto: colour on a terminal unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces it)'
complete -c convo -n '__convo_at \'convo stats\'' -l no-pager -d 'Never page output (it is paged only on a terminal, when longer than the screen)'
complete -c convo -n '__convo_at \'convo stats\'' -s h -l help -d 'Show this help message and exit'
complete -c convo -n '__convo_at \'convo stats\'' -s V -l version -d 'Print version information and exit'
complete -c convo -n '__convo_at \'convo stats\'' -l corpus -r -F -d 'Read this corpus (same schema as the bundled one) instead of the bundled interview; default: $CONVO_CORPUS if set'
complete -c convo -n '__convo_at \'convo stats\'' -l debug -d 'Print a stack trace with internal errors (also: CONVO_DEBUG=1)'
complete -c convo -n '__convo_at \'convo ingest\'' -s o -l output -r -F -d 'Write the corpus here (atomically) instead of to standard output'
complete -c convo -n '__convo_at \'convo ingest\'' -l topics -r -F -d 'Curated section slugs, English titles and topics (JSON)'
complete -c convo -n '__convo_at \'convo ingest\'' -l repairs -r -F -d 'Line-anchored corrections of conversion damage in the source (JSON)'
complete -c convo -n '__convo_at \'convo ingest\'' -l quotes -r -F -d 'Curated quotes beside the key quotes: whole sentences of a turn, with their topics (JSON)'
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
