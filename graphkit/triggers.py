"""The trigger lexicon: which words express which relation.

Organised by relation, not by sentence: each list is a family of verbs or
nouns with one meaning, so a new article from another conflict finds its
wording here. The verb families follow the CAMEO event roots (PETRARCH2 verb
dictionary, MIT licence; see ``graphkit/data/NOTICE.md``): 04 consult, 05–06
cooperate, 07 aid, 11–12 disapprove/reject, 13 threaten, 16 reduce relations,
17–20 coerce/assault/fight.
"""
from __future__ import annotations

from .ontology import Relation as R


def _family(relation: R, words: str) -> dict[str, str]:
    return {w: relation.value for w in words.split()}


# Verb lemmas whose subject acts on their direct or prepositional object.
VERBS: dict[str, str] = {
    **_family(R.SUPPORTS, """support back endorse praise commend hail welcome thank applaud laud salute acclaim extol
        approve
        compliment honor honour legitimize legitimise
        congratulate defend champion reassure appreciate embrace befriend shield protect
        rescue guarantee assure bless recognise recognize shelter harbour harbor"""),
    **_family(R.SUPPLIES, """supply provide send deliver ship give arm fund finance bankroll donate transfer underwrite
        furnish equip lend pledge sell export subsidize subsidise resupply rearm gift airlift
        dispatch deploy offer contribute allocate grant loan unfreeze disburse"""),
    **_family(R.COOPERATES_WITH, """cooperate collaborate ally partner sign ratify agree forge team
        coordinate integrate initial finalise finalize clinch ink seal conclude"""),
    **_family(R.MEETS, """meet host receive phone telephone call consult talk negotiate confer dial speak"""),
    **_family(R.VISITS, """visit tour"""),
    **_family(R.OPPOSES, """condemn criticize criticise denounce accuse blame slam protest reject oppose rebuke
        decry censure chastise lambast castigate deplore berate scold reprimand admonish assail
        warn caution summon disparage vilify demonize demonise reproach fault mock ridicule veto resist
        challenge defy denigrate disavow repudiate dismiss lament regret spurn snub block obstruct
        thwart undermine belittle chide deride impugn lambaste lecture malign pillory rebuff scorn
        slander hamper hinder impede stymie sabotage"""),
    **_family(R.THREATENS, """threaten menace intimidate ultimatum blackmail coerce punish endanger"""),
    **_family(R.SANCTIONS, """sanction embargo blacklist expel boycott blockade penalize penalise
        ban freeze suspend downgrade sever ostracize ostracise shun deport"""),
    **_family(R.ATTACKS, """attack strike bomb shell invade hit target shoot kill raid assault fight
        occupy seize capture bombard storm ambush torpedo annex besiege massacre
        assassinate wound injure destroy pound batter overrun intercept down sink annihilate
        bombard blitz crush decimate devastate obliterate ravage raze slaughter butcher behead
        kidnap abduct hijack torture execute"""),
}

# "X <verb> <prep> Y": the relation needs this preposition (the bare verb means something else).
PREP_VERBS: dict[tuple[str, str], str] = {
    ("side", "with"): R.SUPPORTS.value,
    ("stand", "with"): R.SUPPORTS.value,
    ("stand", "by"): R.SUPPORTS.value,
    ("vouch", "for"): R.SUPPORTS.value,
    ("campaign", "for"): R.SUPPORTS.value,
    ("fire", "at"): R.ATTACKS.value,
    ("recapture", "from"): R.ATTACKS.value,
    ("retake", "from"): R.ATTACKS.value,
    ("capture", "from"): R.ATTACKS.value,
    ("seize", "from"): R.ATTACKS.value,
    ("wrest", "from"): R.ATTACKS.value,
    ("liberate", "from"): R.ATTACKS.value,
    ("fire", "on"): R.ATTACKS.value,
    ("fight", "against"): R.ATTACKS.value,
    ("battle", "against"): R.ATTACKS.value,
    ("fight", "alongside"): R.COOPERATES_WITH.value,
    ("clash", "with"): R.ATTACKS.value,
    ("skirmish", "with"): R.ATTACKS.value,
    ("battle", "with"): R.ATTACKS.value,
    ("operate", "alongside"): R.COOPERATES_WITH.value,
    ("serve", "alongside"): R.COOPERATES_WITH.value,
    ("work", "alongside"): R.COOPERATES_WITH.value,
    ("stand", "alongside"): R.SUPPORTS.value,
    ("fire", "into"): R.ATTACKS.value,
    ("fire", "toward"): R.ATTACKS.value,
    ("fire", "towards"): R.ATTACKS.value,
    ("launch", "toward"): R.ATTACKS.value,
    ("launch", "towards"): R.ATTACKS.value,
    ("launch", "into"): R.ATTACKS.value,
    ("launch", "at"): R.ATTACKS.value,
    ("launch", "against"): R.ATTACKS.value,
    ("launch", "on"): R.ATTACKS.value,
    ("war", "on"): R.ATTACKS.value,
    ("retaliate", "against"): R.ATTACKS.value,
    ("advance", "on"): R.ATTACKS.value,
    ("march", "on"): R.ATTACKS.value,
    ("crack", "on"): R.ATTACKS.value,
    ("travel", "to"): R.VISITS.value,
    ("fly", "to"): R.VISITS.value,
    ("head", "to"): R.VISITS.value,
    ("arrive", "in"): R.VISITS.value,
    ("arrive", "at"): R.VISITS.value,
    ("land", "in"): R.VISITS.value,
    ("go", "to"): R.VISITS.value,
    ("come", "to"): R.VISITS.value,
    ("journey", "to"): R.VISITS.value,
    ("touch", "in"): R.VISITS.value,
    ("speak", "with"): R.MEETS.value,
    ("speak", "to"): R.MEETS.value,
    ("talk", "with"): R.MEETS.value,
    ("talk", "to"): R.MEETS.value,
    ("meet", "with"): R.MEETS.value,
    ("negotiate", "with"): R.MEETS.value,
    ("agree", "with"): R.COOPERATES_WITH.value,
    ("work", "with"): R.COOPERATES_WITH.value,
    ("partner", "with"): R.COOPERATES_WITH.value,
    ("team", "with"): R.COOPERATES_WITH.value,
    ("join", "with"): R.COOPERATES_WITH.value,
    ("align", "with"): R.COOPERATES_WITH.value,
    ("trade", "with"): R.COOPERATES_WITH.value,
    ("warn", "against"): R.OPPOSES.value,
    ("vote", "against"): R.OPPOSES.value,
    ("vote", "for"): R.SUPPORTS.value,
    ("protest", "against"): R.OPPOSES.value,
    ("rail", "against"): R.OPPOSES.value,
    ("lash", "at"): R.OPPOSES.value,
    ("hit", "at"): R.OPPOSES.value,
    ("push", "against"): R.OPPOSES.value,
    ("cut", "with"): R.SANCTIONS.value,
    ("break", "with"): R.SANCTIONS.value,
}

# Nominal triggers: "North Korea's backing of Russia", "sanctions on Iran", "the visit to Pyongyang".
NOUNS: dict[str, str] = {
    **_family(R.SUPPORTS, """support backing endorsement praise solidarity gratitude thanks appreciation
        recognition backup defence defense protection sympathy commendation approval congratulations
        tribute condolences commitment"""),
    **_family(R.SUPPLIES, """aid assistance supply supplies shipment shipments delivery deliveries transfer
        transfers donation donations funding financing loan loans package arms weapon weapons
        munitions ammunition provision provisions sale sales contribution contributions"""),
    **_family(R.COOPERATES_WITH, """agreement treaty pact deal partnership alliance cooperation collaboration
        accord memorandum ties relations relationship bond bonds exercise exercises drills coalition
        friendship ceasefire truce armistice integration normalisation normalization rapprochement
        cooperations warming thaw detente détente"""),
    **_family(R.MEETS, """meeting meetings talks talk summit call conversation discussion discussions dialogue
        negotiations consultation consultations encounter audience bilateral conference"""),
    **_family(R.VISITS, """visit trip voyage journey tour arrival"""),
    **_family(R.OPPOSES, """condemnation criticism accusation accusations protest protests opposition
        concern concerns rebuke denunciation complaint objection warning warnings rejection
        disapproval outrage anger blame alarm claim claims allegation allegations reprimand ire demand demands
        pressure prosecution persecution crackdown repression dispute feud spat quarrel standoff rivalry
        confrontation"""),
    **_family(R.THREATENS, """threat threats ultimatum intimidation"""),
    **_family(R.SANCTIONS, """sanction sanctions embargo embargoes tariff tariffs blockade boycott
        expulsion restrictions blacklisting"""),
    **_family(R.ATTACKS, """attack attacks strike strikes invasion assault offensive bombing bombings
        shelling airstrike airstrikes war aggression incursion raid raids occupation annexation
        bombardment onslaught hostilities fire killing killings massacre siege fight fighting conflict
        battle clash clashes combat advance advancement counteroffensive execution assassination insurgency
    rebellion insurrection uprising"""),
}

# Verbs whose direct object is the thing transferred; the recipient comes with
# "to"/"for"/a dative, or as the object when "with" names the goods.
TRANSFER_VERBS = frozenset("""supply provide send deliver ship give donate transfer furnish lend pledge sell
    export gift airlift dispatch offer contribute allocate grant loan deploy equip arm resupply fund
    finance unfreeze disburse""".split())
RECIPIENT_PREPS = frozenset({"to", "for", "into"})

# Verbs that pass their meaning to a nominal object: "impose sanctions", "hold talks", "sign a treaty".
LIGHT_VERBS = frozenset("""hold have impose levy slap announce sign conclude reach strike forge seal
    make take launch carry conduct stage mount pay express voice offer extend give provide pledge
    deepen strengthen boost enhance fortify expand bolster cement renew upgrade build establish
    enter wage declare issue lodge file raise lift tighten broaden begin start continue hold
    resume host convene join form sound mediate broker keep maintain improve restore normalise
    normalize develop cultivate nurture foster attend order approve authorize authorise clear ramp step reimpose
    scale increase intensify double
    wag""".split())  # "wag": the English lemmatizer's reading of "waged"
# Light-verb phrases that flip meaning: "lift sanctions" is not a sanction.
CANCELLING_VERBS = frozenset("""lift ease remove end cancel suspend halt stop withdraw drop scrap
    abandon freeze cut reduce""".split())

# Communication verbs: their subject is the attribution of the reported clause.
SPEECH_VERBS = frozenset("""say tell state announce report claim add note declare insist argue confirm
    write assert allege suggest warn reveal disclose explain stress emphasize emphasise indicate
    acknowledge believe think estimate conclude predict""".split())
# Verbs that deny or refuse their complement ("denied supplying", "refused to condemn").
NEGATING_VERBS = frozenset("""deny refuse decline reject dismiss fail avoid refrain stop cease halt""".split())
# Words that mark a statement as hedged: kept, but with lower confidence.
HEDGES = frozenset("""reportedly allegedly suspected alleged may might could possibly reported purportedly
    apparently likely believed rumoured rumored""".split())


def verb_relation(lemma: str) -> str | None:
    """Relation expressed by verb *lemma* on its own (see :data:`PREP_VERBS` for verb + preposition)."""
    return VERBS.get(lemma)


def noun_relation(lemma: str) -> str | None:
    """Relation expressed by noun *lemma* ("sanctions", "backing", "visit")."""
    return NOUNS.get(lemma.lower())


# Nouns naming the agent by its role ("Russia's top backer", "Ukraine's allies"): the possessor is the
# target and the agent is who is called so ("Iran is Russia's top backer").
AGENT_ROLE_NOUNS: dict[str, str] = {
    **_family(R.SUPPORTS, "backer supporter sponsor patron champion defender friend"),
    **_family(R.SUPPLIES, "supplier provider donor lifeline"),
    **_family(R.COOPERATES_WITH, "ally partner"),
    **_family(R.OPPOSES, "enemy foe critic opponent adversary rival"),
}


# ---- Word lists the rules read for particular constructions (graphkit/rules/).
AGREEMENT_NOUNS = frozenset("""treaty pact deal agreement accord memorandum partnership alliance ceasefire
    truce armistice
    declaration charter contract protocol communique communiqué statement""".split())
AGREEMENT_VERBS = frozenset({"sign", "ratify", "conclude", "seal", "ink", "forge", "agree", "reach", "initial",
                             "finalise", "finalize", "clinch"})
# Verbs whose object must be an actor for the meeting sense ("hosted Blinken", not "hosted a summit").
ACTOR_OBJECT_VERBS = frozenset({"receive", "host", "call", "welcome", "give", "recognize", "recognise", "protect"})
STANCE_ADJECTIVES: dict[str, str] = {
    **{w: R.OPPOSES.value for w in """concerned worried alarmed disturbed troubled critical wary suspicious
        opposed hostile angry furious outraged dismayed uneasy""".split()},
    **{w: R.SUPPORTS.value for w in "supportive grateful thankful sympathetic loyal committed".split()},
}
MATERIAL_NOUNS = frozenset("""weapon weapons arms missile missiles drone drones shell shells ammunition
    munitions rocket rockets tank tanks jet jets artillery equipment technology fuel troops soldiers
    warplane warplanes aircraft gear interceptor interceptors""".split())
# Nouns that express the speaker's own stance ("Congratulations to Kyiv," she said).
SPEAKER_NOUNS = frozenset("congratulations thanks condolences kudos tribute gratitude appreciation solidarity".split())
# "urged X to stop", "X must cease": demanding that an actor stop is opposing it.
CESSATION_VERBS = frozenset("""stop halt end cease withdraw retreat refrain abandon desist release free leave axe
    drop scrap cut sever suspend""".split())
DEMAND_NOUNS = frozenset("demand call ultimatum insistence".split())
DEMAND_VERBS = frozenset("urge call demand press push insist tell warn ask pressure implore".split())
SOURCE_VERBS = frozenset("buy purchase acquire import receive obtain procure order get".split())
DETERRING_VERBS = frozenset("warn caution prevent stop deter bar ban dissuade discourage prohibit keep".split())
IMPACT_VERBS = frozenset("hit target affect cover punish apply strike".split())
# "the package targets Russian banks": hitting an economy is a sanction, not an attack.
ECONOMIC_TARGETS = frozenset("""bank banks company companies firm firms entity entities individual individuals
    exchange exchanges sector sectors export exports import imports oil gas asset assets oligarch oligarchs
    business businesses exporter exporters lender lenders insurer insurers tanker tankers refinery refineries
    goods products""".split())
# People who act for themselves, not for their state: "Iranian protesters attacked the embassy".
PRIVATE_PEOPLE = frozenset("""protester protesters demonstrator demonstrators activist activists citizen citizens
    civilian civilians resident residents voter voters student students fan fans rioter rioters mob crowd crowds
    people dissident dissidents villager villagers refugee refugees migrant migrants journalist journalists
    worker workers""".split())
# "his group", "her party": organisations a person belongs to, which are not the person.
MOVEMENT_NOUNS = frozenset("group movement party organisation organization militia faction".split())
MEMBERSHIP_NOUNS = frozenset("member nation country state ally".split())
# "rounds of talks", "days of fighting": the trigger takes the place of the quantity.
QUANTITY_NOUNS = frozenset("""round rounds day days week weeks month months year years series number one
    hours night nights wave waves kind sort lot lots dozens hundreds thousands""".split())
# "X-backed Y": a participle joined to an actor by a hyphen.
HYPHEN_PARTICIPLES: dict[str, str] = {
    **{w: R.SUPPORTS.value for w in "backed supported sponsored friendly".split()},
    **{w: R.COOPERATES_WITH.value for w in "allied aligned partnered".split()},
    **{w: R.SUPPLIES.value for w in "funded financed armed supplied equipped trained".split()},
}
# "the PKK is considered a terrorist organisation by the US": a hostile label is opposition.
LABEL_VERBS = frozenset("consider designate label brand list deem call classify declare name regard see".split())
HOSTILE_LABELS = frozenset("""terrorist terrorists terrorism threat enemy enemies adversary aggressor rogue warlord
    dictator tyrant criminal criminals separatist separatists extremist extremists murderer puppet regime
    traitor""".split())
BENEFIT_VERBS = frozenset("""help facilitate boost aid bolster enable support fuel sustain strengthen power
    use deploy launch fire utilise utilize employ""".split())
# "suspended aid to X": withholding these is a sanction.
AID_WORDS = frozenset("""aid assistance funding payment payments loan loans export exports delivery deliveries
    shipment shipments""".split())
WITHHOLD_VERBS = frozenset("suspend cut freeze halt withhold axe scrap slash stop".split())
# "X leads Y", "Y, led by X".
LEAD_VERBS = frozenset("lead head chair command rule run".split())
JOIN_VERBS = frozenset("join".split())
# "vowed that X would pay a price": promising harm is a threat.
VOW_VERBS = frozenset("vow warn threaten pledge promise swear say".split())
PENALTY_VERBS = frozenset("pay face suffer regret rue".split())
# Hostile acts under these verbs are threats, not yet acts ("threatened to impose tariffs").
THREAT_VERBS = frozenset("threaten warn vow".split())
# "offered to send envoys to both capitals": sending these is diplomacy, not supply.
DIPLOMATIC_CARGO = frozenset("""envoy envoys delegation delegations diplomat diplomats mediator mediators observer
    observers message messages letter letters invitation invitations signal signals condolences greetings
    congratulations representative representatives""".split())
# "raise $50bn for Ukraine": money raised for an actor supplies it.
FUNDRAISING_VERBS = frozenset("raise mobilise mobilize".split())
MONEY_WORDS = frozenset("money fund funds funding billion million trillion cash loan loans".split())
# "in response to", "in retaliation for": a phrase that gives a reason, not a place or target.
PURPOSE_NOUNS = frozenset("response retaliation return reply reprisal revenge defence defense name".split())
# "vowed a forceful response to American aggression": promised retaliation is a threat to its target.
RETALIATION_NOUNS = frozenset("response retaliation revenge reprisal reprisals consequences punishment".split())
# "has relied on support from the UAE", "received aid from Egypt": the receiver is the one supported.
RECEIVING_VERBS = frozenset("receive get obtain enjoy rely depend count secure win seek accept welcome".split())
# "Pakistani and Afghan forces exchanged fire": each side attacks the other.
EXCHANGED_FIRE = frozenset("fire gunfire shots blows strikes artillery shelling".split())
# "urged Beijing to exercise restraint": asking an actor to hold back opposes what it is doing.
RESTRAINT_WORDS = frozenset("restraint calm".split())
# "condemned what it called Cairo's interference": verbs that name what their object is.
NAMING_VERBS = frozenset("call describe term dub brand label".split())
# "thanked Turkey for its support": the support went to whoever thanks.
GRATITUDE_VERBS = frozenset("thank praise commend applaud hail credit salute".split())
# "X and Y will work to ensure ...": coordinated subjects of these act together.
JOINT_WORK_VERBS = frozenset("work strive collaborate".split())
# "protect Israel from the threat of Hezbollah": the protected one is the threatened one.
PROTECT_VERBS = frozenset("protect secure shield defend save guard insulate".split())
# "two days of clashes with Congolese troops": combat with someone goes both ways.
COMBAT_NOUNS = frozenset("clash clashes fighting battle battles skirmish skirmishes firefight gunbattle".split())
# "Egypt's dispute with Ethiopia": each side opposes the other.
MUTUAL_NOUNS = frozenset("dispute disputes feud spat quarrel standoff rivalry confrontation".split())
# "X and Y fought a war": both sides attack.
MUTUAL_FIGHT_VERBS = frozenset("fight clash battle skirmish".split())
# Cooperation nouns whose state says the opposite ("relations have soured", "strained ties").
SOURING_WORDS = frozenset("""sour deteriorate worsen strain fray collapse break cool crumble freeze
    strained frayed tense soured broken sour deteriorating worsening poor tension tensions deterioration
    rift row crisis breakdown rupture""".split())
# Joint acts of speech are not cooperation in themselves ("a joint statement").
JOINT_SPEECH = frozenset("statement declaration communique communiqué conference briefing letter".split())
# "punitive measures imposed on Kosovo": these adjectives make "measures" a sanction.
PUNITIVE_WORDS = frozenset("punitive retaliatory restrictive economic trade financial".split())
# "flight operations with the Guyanese military": joint action is cooperation, action against is attack.
JOINT_ACTION_NOUNS = frozenset("operation operations patrol patrols mission missions training manoeuvres maneuvers".split())
# Backers described by what they give supply it ("military backer", "financial supporters").
MATERIAL_ADJECTIVES = frozenset("military financial economic arms material logistical humanitarian".split())
# "..., drawing condemnation from Seoul": the reaction noun's target is who did the drawing.
REACTION_VERBS = frozenset("draw prompt spark trigger provoke attract earn invite win receive".split())
# "one of Iran's proxies": the possessor backs these (the reverse of "Russia's backer").
PATRONISED_NOUNS = frozenset("proxy proxies client clients protege proteges satellite satellites vassal".split())
# "acknowledged Greenland's right to self-determination": endorsing an actor's rights supports it.
RIGHTS_NOUNS = frozenset("""right rights sovereignty independence integrity self-determination
    determination claim claims""".split())
RIGHTS_VERBS = frozenset("acknowledge affirm reaffirm respect uphold recognise recognize endorse defend".split())
# Words that condemn what a quote reports ("unacceptable", "a witch hunt").
CONDEMNING_WORDS = frozenset("""unacceptable illegal illegitimate outrageous disgrace disgraceful shameful
    irresponsible provocative reckless baseless absurd lies lie fabricated aggression criminal barbaric
    unprovoked hunt blackmail interference meddling violation violations unjustified unjustifiable
    unwarranted unlawful destabilising destabilizing provocation insult""".split())
