"""Word lists of actor resolution: pronouns, titles, nouns that stand for actors or refer back to them.

Only what decides *who* a phrase refers to lives here; which words express a relation is the
trigger lexicon's business (``graphkit/triggers.py``), which actor resolution never reads.
"""
from ..types import ActorType

PERSON_PRONOUNS = frozenset("he him his she her hers".split())
GROUP_PRONOUNS = frozenset("they them their theirs".split())
THING_PRONOUNS = frozenset("it its".split())
QUOTE_MARKS = frozenset({'"', "“", "”"})
REFLEXIVE_PRONOUNS = frozenset("itself themselves himself herself".split())
# "the militants", "the armed group": an armed group, not an intergovernmental body named nearby.
ARMED_GROUP_NOUNS = frozenset("rebels insurgents militants militias militia fighters".split())
ARMED_ADJECTIVES = frozenset("""militant armed rebel insurgent jihadist terrorist extremist islamist separatist
    paramilitary""".split())
ORG_HEADS = frozenset("""army forces front movement party council government alliance guard guards brigade brigades
    militia union organisation organization corps""".split())
FORCE_NOUNS = frozenset("forces force army troop troops soldier soldiers fighter fighters militia military".split())
PLACE_WORDS = frozenset("""town city village port capital province region district state county area border crossing
    camp base""".split())
TAKEN_PLACE_VERBS = frozenset("shell bomb besiege capture seize storm overrun retake recapture encircle enter".split())
HELD_WORDS = frozenset("held controlled occupied run ruled".split())
PLACE_NAME_NOUNS = frozenset("region province territory republic island islands state kingdom enclave".split())
# Words that make an "Army" or "Forces" a movement of its own rather than an organ of the state named in it.
NON_STATE_WORDS = frozenset("""democratic liberation alliance front movement resistance popular revolutionary
    rebel""".split())
INSTITUTION_WORDS = frozenset("""union nations council court organization organisation agency bank fund forum
    community league cooperation assembly parliament commission committee international association""".split())
# People who act (and speak) for themselves, not for their state: "Iranian protesters attacked the embassy".
PRIVATE_PEOPLE = frozenset("""protester protesters demonstrator demonstrators activist activists citizen citizens
    civilian civilians resident residents voter voters student students fan fans rioter rioters mob crowd crowds
    people dissident dissidents villager villagers refugee refugees migrant migrants journalist journalists
    worker workers""".split())
# Nouns that stand for the state or organisation that modifies them ("Russian officials", "Iran's government").
AGENT_NOUNS = frozenset("""official officials government governments administration regime authorities
    authority ministry military army navy forces force troops soldiers diplomats diplomat embassy
    delegation parliament leadership cabinet state side envoy spokesperson spokesman spokeswoman
    president leader minister secretary chancellor premier king prime intelligence command counterpart
    office junta coalition people nation country vessel vessels ship ships warship warships boat boats
    jet jets warplane warplanes aircraft submarine submarines guard coastguard police militia
    house chamber senate congress assembly legislature lawmakers legislators rebels militants fighters
    insurgents separatists guerrillas jihadists""".split())
HOME_NOUNS = frozenset({"country", "nation", "government", "administration", "state"})
# Plural nominals that refer back to the last two (or three, four) actors of a kind.
PAIR_NOUNS = {
    **dict.fromkeys("leaders presidents heads men ministers officials diplomats envoys chiefs women".split(),
                    ActorType.PERSON),
    **dict.fromkeys("""countries nations states sides governments neighbours neighbors allies powers capitals
        partners juntas""".split(), ActorType.COUNTRY),
}
# Pair nouns whose members may be armed groups as well as states: "the two sides", "both sides".
SIDE_NOUNS = frozenset({"sides"})
# Names of documents, not of actors: "the Abraham Accords", "the Helms-Burton Act" (an unknown organisation
# NER found whose last word is one of these; a known alliance such as the Warsaw Pact is the gazetteer's).
DOCUMENT_WORDS = frozenset("accord accords agreement agreements treaty treaties pact protocol memorandum act".split())
# A communiqué's defined terms for its two signatories: "The Sides welcomed ...", "The Parties agreed ...".
# Capitalised, they are no name (NER calls "Sides" a person) and need no "two" or "both".
DEFINED_SIDES = frozenset({"Sides", "Parties"})
PAIR_MARKERS = frozenset({"two", "both", "these", "those", "three", "four"})
GROUP_SIZES = {"three": 3, "four": 4}
LISTING_PREPS = frozenset({"including", "like", "as"})
# Nouns for sets of actors, whose examples are actors too ("groups including Hamas"), unlike
# "systems such as the Patriot".
GROUP_NOUNS = frozenset("""group movement militia organisation organization country nation state ally partner
    member company firm entity party government proxy faction rebel power neighbour neighbor
    actor player body""".split())
# Plural nouns whose of-phrase lists their members rather than their owner.
MEMBER_SET_NOUNS = frozenset({"nation", "country", "state", "member"})
# Definite noun phrases that refer back to the last named actor of a kind.
DEFINITE_NOUNS = {
    **dict.fromkeys("""group movement militia organisation organization alliance bloc union body rebels insurgents
        militants militias fighters""".split(), ActorType.ORG),
    **dict.fromkeys("junta country kingdom island republic nation".split(), ActorType.COUNTRY),
}
# News organisations report events; they are not parties to them.
MEDIA_WORDS = frozenset("""agency news press times post journal reuters guardian television tv radio media
    newspaper daily herald telegraph tribune broadcasting network channel wire gazette magazine
    bbc cnn afp ap""".split())
TITLE_WORDS = frozenset("""mr mrs ms dr president prime minister king queen prince general gen. sen. senator
    rep. chancellor premier secretary ambassador envoy supreme leader foreign defence defense
    spokesperson spokesman former deputy vice chief commander colonel admiral sheikh emir
    presidents ministers leaders chancellors premiers senators secretaries chairperson chairman chairwoman
    commissioner""".split())
# Single capitalised words NER sometimes calls organisations: titles, offices, sectors.
GENERIC_ORG_WORDS = TITLE_WORDS | AGENT_NOUNS | frozenset("""state department defence defense supreme
    security council ministry congress senate house court police interior justice finance treasury
    sikh muslim christian jewish""".split())
# Place and institution names built on a country name: "Sea of Japan", "Bank of England".
PLACE_HEADS = frozenset("sea gulf bay strait straits isle cape university college museum port".split())
FIRST_PERSON = frozenset("i me my we us our".split())
ANTECEDENT_SENTENCES = 3
# Time zones, which NER sometimes calls organisations ("09:30 GMT - ...", a live page's timestamps).
TIME_ZONES = frozenset("GMT UTC BST EST EDT CET CEST".split())
