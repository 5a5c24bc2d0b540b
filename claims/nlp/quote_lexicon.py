"""Word lists shared by the person finder and the quote attributor.

Kept in one place so the rules read as rules, not as vocabulary.
"""

from __future__ import annotations

# Titles written before a name ("Sen. Durbin", "President Trump"); lower-cased, no dot.
PERSON_TITLES = frozenset(
    """mr mrs ms miss mx dr prof sir dame lord lady rev reverend sen senator rep representative
    gov governor president vice secretary gen general lt col colonel sgt capt captain cmdr adm
    admiral maj major judge justice mayor speaker chancellor premier minister ambassador chairman
    chairwoman chair commissioner director attorney pope king queen prince princess sheikh
    chief councilman councilwoman congressman congresswoman assemblyman assemblywoman
    spokesman spokeswoman spokesperson leader candidate nominee pastor bishop cardinal rabbi
    imam coach officer detective sheriff treasurer comptroller delegate envoy""".split()
    # Court, police and sport titles written before a name ("Prosecutor Ann Lee", "Detective
    # Sergeant Bo Hart", "Winger Kai Orr", "Substitute Tom Lund").
    + """prosecutor inspector sergeant constable superintendent barrister solicitor manager winger
    striker midfielder goalkeeper defender referee substitute skipper keeper veteran rookie coroner""".split()
    # Grades written before such a title ("Assistant Coroner Aileen Markby", "Senior Coroner").
    + """assistant deputy""".split()
)
FEMALE_TITLES = frozenset("mrs ms miss dame lady queen princess congresswoman chairwoman spokeswoman".split())
MALE_TITLES = frozenset("mr sir lord king prince congressman chairman spokesman".split())

# Nouns that head a description of a speaker ("the Ukrainian leader", "a spokesman").
ROLE_NOUNS = frozenset(
    """president leader minister secretary chancellor premier senator governor mayor spokesman
    spokeswoman spokesperson official officials analyst analysts diplomat envoy ambassador aide
    aides adviser advisers advisor advisors lawyer attorney candidate nominee campaign committee
    group groups organization statement report source sources chairman chairwoman chair director
    economist expert experts professor strategist strategists pollster pollsters voter voters
    resident residents supporter supporters member members man woman mother father son daughter
    wife husband people critics critic officer officers agency department ministry office
    spokespeople representative lawmaker lawmakers congressman congresswoman executive founder
    author writer columnist reporter host anchor judge justice chief commander general
    administration government party union newspaper paper magazine network website site network
    study poll survey memo letter email release announcement filing lawsuit complaint team
    friend friends neighbor neighbors veteran veterans activist activists protester protesters
    delegate delegates donor donors operative operatives insider insiders observer observers
    historian scientist researcher researchers doctor nurse teacher student students worker
    workers owner manager head king queen pope billionaire businessman businesswoman mogul
    nominees candidates governors senators leaders presidents ministers crowd audience
    audiences campaigns ad ads article articles editorial editorials video videos textbook
    commercial commercials tweet tweets sign signs headline message piece movie film book blog
    ruling order transcript petition resolution""".split()
    # Bodies that rule, find or recognise things as one speaker.
    + """commission commissions board boards council councils panel panels court courts tribunal
    bureau authority caucus coalition foundation institute association federation""".split()
    + """prosecutor prosecutors barrister solicitor inspector sergeant detective coach captain
    winger striker midfielder goalkeeper defender player players referee coroner""".split()
    # Chamber, church and sport officers named by their office ("the Speaker added", "the vicar said").
    + """speaker vicar priest rector bishop marshal arbiter umpire steward stewards trainer jockey
    skipper""".split()
)

# Verbs and phrases that attribute speech. Forms are listed, not stemmed, so
# "says" and "saying" are matched exactly and nothing else sneaks in.
CUE_VERBS = frozenset(
    """say says said saying tell tells told telling add adds added adding ask asks asked asking
    write writes wrote writing warn warns warned warning insist insists insisted insisting
    explain explains explained explaining note notes noted noting argue argues argued arguing
    state states stated declare declares declared declaring reply replies replied replying
    respond responds responded responding continue continues continued continuing claim claims
    claimed claiming recall recalls recalled recalling acknowledge acknowledges acknowledged
    admit admits admitted admitting announce announces announced announcing suggest suggests
    suggested suggesting tweet tweets tweeted tweeting post posts posted posting quip quips
    quipped joke jokes joked complain complains complained concede concedes conceded caution
    cautions cautioned predict predicts predicted urge urges urged vow vows vowed promise
    promises promised pledge pledges pledged boast boasts boasted charge charges charged
    counter counters countered observe observes observed remark remarks remarked shout shouts
    shouted yell yells yelled echo echoes echoed describe describes described describing call
    calls called calling label labels labeled labelled dub dubs dubbed deride derides derided
    mock mocks mocked blast blasts blasted slam slams slammed scoff scoffed lament laments
    lamented accuse accuses accused accusing concluded conclude concludes reiterated reiterate
    reiterates emphasized emphasised stressed stress stresses stressing wonder wonders wondered
    muse mused chimed interjected interrupted mutter muttered whisper whispered assert asserts
    asserted asserting maintain maintains maintained contend contends contended contending
    confirm confirms confirmed deny denies denied report reports reported reporting read reads
    recount recounts recounted explain thundered proclaimed proclaim proclaims exclaimed
    riffed sang chanted chant chants pleaded begged demanded demand demands offered offering
    promised threatened threatens threaten tells testified testify wrote reckoned figured
    put puts agreed agree agrees disagreed responded retorted snapped sniped quoted cited
    cites cite referred refers refer referring answer answers answered elaborated elaborates
    reads added writes insists""".split()
    # Further reporting verbs of news copy, collected from the cue words of an annotated
    # attribution corpus and kept only where the word is an ordinary English speech verb.
    + """assure assures assured press presses pressed bark barks barked tout touts touted laud lauds
    lauded opine opines opined recommend recommends recommended characterize characterizes
    characterized characterise characterised implore implores implored fume fumes fumed gush
    gushes gushed praise praises praised criticize criticizes criticized criticised blame blames
    blamed condemn condemns condemned chide chides chided liken likens likened portray portrays
    portrayed pronounce pronounces pronounced imply implies implied reveal reveals revealed
    indicate indicates indicated email emails emailed texted retweet retweets retweeted
    sing sings chanted chanting laugh laughs laughed thank thanks thanked warned vowing
    scolded scold scolds rebuked rebuke rebukes quipping boasting insisting conceding
    cautioning lamenting declaring explaining recounting reminding remind reminds reminded
    announcing acknowledging predicting countering complaining proclaiming observing
    urging pleading mused musing sneered grumbled groused griped wrote scream screams screamed
    repeat repeats repeated repeating commented brag brags bragged allege alleges alleged
    confess confesses confessed speculate speculates speculated clarified advises advised
    reasoned bemoan bemoans bemoaned sighed marveled marvelled teased blurted promising pledging
    reading mentioned mentions utters uttered echoing""".split()
)
# Base forms that are mostly nouns in news copy ("secretary of state", "put" without "it").
CUE_VERBS = CUE_VERBS - {
    "state",
    "put",
    "puts",
    "post",
    "posts",
    "report",
    "stress",
    "label",
    "echo",
    "email",
    "emails",
    "press",
    "answer",
}
CUE_PHRASES = (
    "according to",
    "in a statement",
    "in an interview",
    "as saying",
    "quoted as saying",
    "put it",
    "went on",
)

PRONOUNS = frozenset("he she they we i it you".split())
MALE_PRONOUNS = frozenset("he him his himself".split())
FEMALE_PRONOUNS = frozenset("she her hers herself".split())

# Capitalised words that start sentences but never names.
FUNCTION_CAPS = frozenset(
    """the a an and but or so yet if when while as after before since because although though
    in on at for from with without by to of into onto over under about against during between
    this that these those there here then now also even just only still however meanwhile
    he she it they we i you his her its their our my your him them us me who what where why how
    which whose whom all some many most more much few several both each every any no not none
    one two three four five six seven eight nine ten first second last next other another such
    yes well oh please thank thanks let mr mrs ms dr later earlier instead
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december today tomorrow yesterday""".split()
)

# Words that mark a capitalised sequence as an organisation, place or thing, not a person.
NON_PERSON_WORDS = frozenset(
    """party committee department ministry council union university college school institute
    association news times post journal press network house senate congress court agency office
    bureau foundation fund bank corporation company inc corp group campaign organization
    conference center centre club league times tribune herald gazette magazine daily weekly
    street avenue city county state states republic kingdom federation administration army navy
    force forces police commission board church hospital airport station tv radio twitter facebook
    instagram youtube tower hall square park river mountain island islands north south east west
    democrats republicans democratic republican americans european union nato un eu cnn fox msnbc
    abc nbc cbs bbc politico reuters ap afp service authority trust council alliance athletic mutual
    society coalition movement institution tribunal""".split()
)
