"""More rule tests on hand-built parses: constructions added after the first rule table.

Parses were printed once by ``tools/freeze_parse.py`` from sentences written for these tests and
checked by hand; the expected triples are what an analyst would record."""
import pytest

from graphkit.rules import doc_triples


CASES = [
    pytest.param(
        'Marco Rubio and Lars Rasmussen met on the sidelines of a summit in Ankara.',
        {'words': ['Marco', 'Rubio', 'and', 'Lars', 'Rasmussen', 'met', 'on', 'the', 'sidelines', 'of', 'a', 'summit', 'in', 'Ankara', '.'], 'spaces': [True, True, True, True, True, True, True, True, True, True, True, True, True, False, False], 'heads': [1, 5, 1, 4, 1, 5, 5, 8, 6, 8, 11, 9, 11, 12, 5], 'deps': ['compound', 'nsubj', 'cc', 'compound', 'conj', 'ROOT', 'prep', 'det', 'pobj', 'prep', 'det', 'pobj', 'prep', 'pobj', 'punct'], 'pos': ['PROPN', 'PROPN', 'CCONJ', 'PROPN', 'PROPN', 'VERB', 'ADP', 'DET', 'NOUN', 'ADP', 'DET', 'NOUN', 'ADP', 'PROPN', 'PUNCT'], 'tags': ['NNP', 'NNP', 'CC', 'NNP', 'NNP', 'VBD', 'IN', 'DT', 'NNS', 'IN', 'DT', 'NN', 'IN', 'NNP', '.'], 'lemmas': ['Marco', 'Rubio', 'and', 'Lars', 'Rasmussen', 'meet', 'on', 'the', 'sideline', 'of', 'a', 'summit', 'in', 'Ankara', '.'], 'ents': [(0, 2, 'PERSON'), (3, 5, 'PERSON'), (13, 14, 'GPE')]},
        {('person:marco-rubio', 'VISITS', 'country:TUR', 'meeting-place'), ('person:lars-rasmussen', 'VISITS', 'country:TUR', 'meeting-place'), ('person:marco-rubio', 'MEETS', 'person:lars-rasmussen', 'verb-symmetric')},
        id='meeting-place',
    ),
    pytest.param(
        'Hungary is buying four fighter jets from Sweden.',
        {'words': ['Hungary', 'is', 'buying', 'four', 'fighter', 'jets', 'from', 'Sweden', '.'], 'spaces': [True, True, True, True, True, True, True, False, False], 'heads': [2, 2, 2, 5, 5, 2, 2, 6, 2], 'deps': ['nsubj', 'aux', 'ROOT', 'nummod', 'compound', 'dobj', 'prep', 'pobj', 'punct'], 'pos': ['PROPN', 'AUX', 'VERB', 'NUM', 'NOUN', 'NOUN', 'ADP', 'PROPN', 'PUNCT'], 'tags': ['NNP', 'VBZ', 'VBG', 'CD', 'NN', 'NNS', 'IN', 'NNP', '.'], 'lemmas': ['Hungary', 'be', 'buy', 'four', 'fighter', 'jet', 'from', 'Sweden', '.'], 'ents': [(0, 1, 'GPE'), (3, 4, 'CARDINAL'), (7, 8, 'GPE')]},
        {('country:SWE', 'SUPPLIES', 'country:HUN', 'verb-source')},
        id='verb-source',
    ),
    pytest.param(
        'The European Union urged Russia to withdraw its troops.',
        {'words': ['The', 'European', 'Union', 'urged', 'Russia', 'to', 'withdraw', 'its', 'troops', '.'], 'spaces': [True, True, True, True, True, True, True, True, False, False], 'heads': [2, 2, 3, 3, 3, 6, 3, 8, 6, 3], 'deps': ['det', 'compound', 'nsubj', 'ROOT', 'dobj', 'aux', 'xcomp', 'poss', 'dobj', 'punct'], 'pos': ['DET', 'PROPN', 'PROPN', 'VERB', 'PROPN', 'PART', 'VERB', 'PRON', 'NOUN', 'PUNCT'], 'tags': ['DT', 'NNP', 'NNP', 'VBD', 'NNP', 'TO', 'VB', 'PRP$', 'NNS', '.'], 'lemmas': ['the', 'European', 'Union', 'urge', 'Russia', 'to', 'withdraw', 'its', 'troop', '.'], 'ents': [(1, 3, 'ORG'), (4, 5, 'GPE')]},
        {('org:eu', 'OPPOSES', 'country:RUS', 'verb-demand')},
        id='verb-demand',
    ),
    pytest.param(
        '"Iran must stop its attacks," said Germany.',
        {'words': ['"', 'Iran', 'must', 'stop', 'its', 'attacks', ',', '"', 'said', 'Germany', '.'], 'spaces': [False, True, True, True, True, False, False, True, True, False, False], 'heads': [8, 3, 3, 8, 5, 3, 8, 8, 8, 8, 8], 'deps': ['punct', 'nsubj', 'aux', 'ccomp', 'poss', 'dobj', 'punct', 'punct', 'ROOT', 'nsubj', 'punct'], 'pos': ['PUNCT', 'PROPN', 'AUX', 'VERB', 'PRON', 'NOUN', 'PUNCT', 'PUNCT', 'VERB', 'PROPN', 'PUNCT'], 'tags': ['``', 'NNP', 'MD', 'VB', 'PRP$', 'NNS', ',', "''", 'VBD', 'NNP', '.'], 'lemmas': ['"', 'Iran', 'must', 'stop', 'its', 'attack', ',', '"', 'say', 'Germany', '.'], 'ents': [(1, 2, 'GPE'), (9, 10, 'GPE')]},
        {('country:DEU', 'OPPOSES', 'country:IRN', 'verb-demand')},
        id='verb-demand-must',
    ),
    pytest.param(
        "Iran has become Russia's main backer.",
        {'words': ['Iran', 'has', 'become', 'Russia', "'s", 'main', 'backer', '.'], 'spaces': [True, True, True, False, True, True, False, False], 'heads': [2, 2, 2, 6, 3, 6, 2, 2], 'deps': ['nsubj', 'aux', 'ROOT', 'poss', 'case', 'amod', 'attr', 'punct'], 'pos': ['PROPN', 'AUX', 'VERB', 'PROPN', 'PART', 'ADJ', 'NOUN', 'PUNCT'], 'tags': ['NNP', 'VBZ', 'VBN', 'NNP', 'POS', 'JJ', 'NN', '.'], 'lemmas': ['Iran', 'have', 'become', 'Russia', "'s", 'main', 'backer', '.'], 'ents': [(0, 1, 'GPE'), (3, 4, 'GPE')]},
        {('country:IRN', 'SUPPORTS', 'country:RUS', 'noun-role')},
        id='noun-role',
    ),
    pytest.param(
        'The Iran-backed Houthis fired missiles at ships.',
        {'words': ['The', 'Iran', '-', 'backed', 'Houthis', 'fired', 'missiles', 'at', 'ships', '.'], 'spaces': [True, False, False, True, True, True, True, True, False, False], 'heads': [4, 3, 3, 4, 5, 5, 5, 5, 7, 5], 'deps': ['det', 'npadvmod', 'punct', 'amod', 'nsubj', 'ROOT', 'dobj', 'prep', 'pobj', 'punct'], 'pos': ['DET', 'PROPN', 'PUNCT', 'VERB', 'PROPN', 'VERB', 'NOUN', 'ADP', 'NOUN', 'PUNCT'], 'tags': ['DT', 'NNP', 'HYPH', 'VBN', 'NNP', 'VBD', 'NNS', 'IN', 'NNS', '.'], 'lemmas': ['the', 'Iran', '-', 'back', 'Houthis', 'fire', 'missile', 'at', 'ship', '.'], 'ents': [(1, 2, 'GPE'), (4, 5, 'ORG')]},
        {('country:IRN', 'SUPPORTS', 'org:houthis', 'hyphen-participle')},
        id='hyphen-participle',
    ),
    pytest.param(
        'Hamas is considered a terrorist organization by the European Union.',
        {'words': ['Hamas', 'is', 'considered', 'a', 'terrorist', 'organization', 'by', 'the', 'European', 'Union', '.'], 'spaces': [True, True, True, True, True, True, True, True, True, False, False], 'heads': [2, 2, 2, 5, 5, 2, 5, 9, 9, 6, 2], 'deps': ['nsubjpass', 'auxpass', 'ROOT', 'det', 'amod', 'oprd', 'prep', 'det', 'compound', 'pobj', 'punct'], 'pos': ['PROPN', 'AUX', 'VERB', 'DET', 'ADJ', 'NOUN', 'ADP', 'DET', 'PROPN', 'PROPN', 'PUNCT'], 'tags': ['NNP', 'VBZ', 'VBN', 'DT', 'JJ', 'NN', 'IN', 'DT', 'NNP', 'NNP', '.'], 'lemmas': ['Hamas', 'be', 'consider', 'a', 'terrorist', 'organization', 'by', 'the', 'European', 'Union', '.'], 'ents': [(0, 1, 'ORG'), (8, 10, 'ORG')]},
        {('org:eu', 'OPPOSES', 'org:hamas', 'verb-label')},
        id='verb-label',
    ),
    pytest.param(
        '"We condemn Russia," Poland said.',
        {'words': ['"', 'We', 'condemn', 'Russia', ',', '"', 'Poland', 'said', '.'], 'spaces': [False, True, True, False, False, True, True, False, False], 'heads': [7, 2, 7, 2, 7, 7, 7, 7, 7], 'deps': ['punct', 'nsubj', 'ccomp', 'dobj', 'punct', 'punct', 'nsubj', 'ROOT', 'punct'], 'pos': ['PUNCT', 'PRON', 'VERB', 'PROPN', 'PUNCT', 'PUNCT', 'PROPN', 'VERB', 'PUNCT'], 'tags': ['``', 'PRP', 'VBP', 'NNP', ',', "''", 'NNP', 'VBD', '.'], 'lemmas': ['"', 'we', 'condemn', 'Russia', ',', '"', 'Poland', 'say', '.'], 'ents': [(3, 4, 'GPE'), (6, 7, 'GPE')]},
        {('country:POL', 'OPPOSES', 'country:RUS', 'verb-svo')},
        id='first-person-speaker',
    ),
    pytest.param(
        'Thailand and Cambodia blamed each other for the clashes.',
        {'words': ['Thailand', 'and', 'Cambodia', 'blamed', 'each', 'other', 'for', 'the', 'clashes', '.'], 'spaces': [True, True, True, True, True, True, True, True, False, False], 'heads': [3, 0, 0, 3, 5, 3, 3, 8, 6, 3], 'deps': ['nsubj', 'cc', 'conj', 'ROOT', 'det', 'dobj', 'prep', 'det', 'pobj', 'punct'], 'pos': ['PROPN', 'CCONJ', 'PROPN', 'VERB', 'DET', 'ADJ', 'ADP', 'DET', 'NOUN', 'PUNCT'], 'tags': ['NNP', 'CC', 'NNP', 'VBD', 'DT', 'JJ', 'IN', 'DT', 'NNS', '.'], 'lemmas': ['Thailand', 'and', 'Cambodia', 'blame', 'each', 'other', 'for', 'the', 'clash', '.'], 'ents': [(0, 1, 'GPE'), (2, 3, 'GPE')]},
        {('country:THA', 'OPPOSES', 'country:KHM', 'verb-svo'), ('country:KHM', 'OPPOSES', 'country:THA', 'verb-svo')},
        id='reciprocal',
    ),
    pytest.param(
        'Clashes between Armenia and Azerbaijan continued on Monday.',
        {'words': ['Clashes', 'between', 'Armenia', 'and', 'Azerbaijan', 'continued', 'on', 'Monday', '.'], 'spaces': [True, True, True, True, True, True, True, False, False], 'heads': [5, 0, 1, 2, 2, 5, 5, 6, 5], 'deps': ['nsubj', 'prep', 'pobj', 'cc', 'conj', 'ROOT', 'prep', 'pobj', 'punct'], 'pos': ['NOUN', 'ADP', 'PROPN', 'CCONJ', 'PROPN', 'VERB', 'ADP', 'PROPN', 'PUNCT'], 'tags': ['NNS', 'IN', 'NNP', 'CC', 'NNP', 'VBD', 'IN', 'NNP', '.'], 'lemmas': ['clash', 'between', 'Armenia', 'and', 'Azerbaijan', 'continue', 'on', 'Monday', '.'], 'ents': [(2, 3, 'GPE'), (4, 5, 'GPE'), (7, 8, 'DATE')]},
        {('country:ARM', 'ATTACKS', 'country:AZE', 'noun-between'), ('country:AZE', 'ATTACKS', 'country:ARM', 'noun-between')},
        id='noun-between-hostile',
    ),
    pytest.param(
        'New US sanctions hit Iran on Friday.',
        {'words': ['New', 'US', 'sanctions', 'hit', 'Iran', 'on', 'Friday', '.'], 'spaces': [True, True, True, True, True, True, False, False], 'heads': [2, 2, 3, 3, 3, 3, 5, 3], 'deps': ['amod', 'compound', 'nsubj', 'ROOT', 'dobj', 'prep', 'pobj', 'punct'], 'pos': ['PROPN', 'PROPN', 'NOUN', 'VERB', 'PROPN', 'ADP', 'PROPN', 'PUNCT'], 'tags': ['NNP', 'NNP', 'NNS', 'VBD', 'NNP', 'IN', 'NNP', '.'], 'lemmas': ['New', 'US', 'sanction', 'hit', 'Iran', 'on', 'Friday', '.'], 'ents': [(1, 2, 'GPE'), (4, 5, 'GPE'), (6, 7, 'DATE')]},
        {('country:USA', 'SANCTIONS', 'country:IRN', 'noun-light-verb')},
        id='measure-subject',
    ),
    pytest.param(
        '"Congratulations to Ghana," Kenya said.',
        {'words': ['"', 'Congratulations', 'to', 'Ghana', ',', '"', 'Kenya', 'said', '.'], 'spaces': [False, True, True, False, False, True, True, False, False], 'heads': [7, 7, 1, 2, 7, 7, 7, 7, 7], 'deps': ['punct', 'dep', 'prep', 'pobj', 'punct', 'punct', 'nsubj', 'ROOT', 'punct'], 'pos': ['PUNCT', 'NOUN', 'ADP', 'PROPN', 'PUNCT', 'PUNCT', 'PROPN', 'VERB', 'PUNCT'], 'tags': ['``', 'NNS', 'IN', 'NNP', ',', "''", 'NNP', 'VBD', '.'], 'lemmas': ['"', 'congratulation', 'to', 'Ghana', ',', '"', 'Kenya', 'say', '.'], 'ents': [(3, 4, 'GPE'), (6, 7, 'GPE')]},
        {('country:KEN', 'SUPPORTS', 'country:GHA', 'noun-trigger')},
        id='speaker-noun',
    ),
    pytest.param(
        'Seoul warned Pyongyang against sending troops to Russia.',
        {'words': ['Seoul', 'warned', 'Pyongyang', 'against', 'sending', 'troops', 'to', 'Russia', '.'], 'spaces': [True, True, True, True, True, True, True, False, False], 'heads': [1, 1, 1, 1, 3, 4, 4, 6, 1], 'deps': ['nsubj', 'ROOT', 'dobj', 'prep', 'pcomp', 'dobj', 'prep', 'pobj', 'punct'], 'pos': ['PROPN', 'VERB', 'PROPN', 'ADP', 'VERB', 'NOUN', 'ADP', 'PROPN', 'PUNCT'], 'tags': ['NNP', 'VBD', 'NNP', 'IN', 'VBG', 'NNS', 'IN', 'NNP', '.'], 'lemmas': ['Seoul', 'warn', 'Pyongyang', 'against', 'send', 'troop', 'to', 'Russia', '.'], 'ents': [(0, 1, 'GPE'), (2, 3, 'GPE'), (7, 8, 'GPE')]},
        {('country:KOR', 'OPPOSES', 'country:PRK', 'verb-svo')},
        id='deterred',
    ),
    pytest.param(
        'The United States lifted sanctions on Syria.',
        {'words': ['The', 'United', 'States', 'lifted', 'sanctions', 'on', 'Syria', '.'], 'spaces': [True, True, True, True, True, True, False, False], 'heads': [2, 2, 3, 3, 3, 4, 5, 3], 'deps': ['det', 'compound', 'nsubj', 'ROOT', 'dobj', 'prep', 'pobj', 'punct'], 'pos': ['DET', 'PROPN', 'PROPN', 'VERB', 'NOUN', 'ADP', 'PROPN', 'PUNCT'], 'tags': ['DT', 'NNP', 'NNP', 'VBD', 'NNS', 'IN', 'NNP', '.'], 'lemmas': ['the', 'United', 'States', 'lift', 'sanction', 'on', 'Syria', '.'], 'ents': [(1, 3, 'GPE'), (6, 7, 'GPE')]},
        set(),
        id='lift-sanctions',
    ),
    pytest.param(
        'Hungary is buying four fighter jets.',
        {'words': ['Hungary', 'is', 'buying', 'four', 'fighter', 'jets', '.'], 'spaces': [True, True, True, True, True, False, False], 'heads': [2, 2, 2, 5, 5, 2, 2], 'deps': ['nsubj', 'aux', 'ROOT', 'nummod', 'compound', 'dobj', 'punct'], 'pos': ['PROPN', 'AUX', 'VERB', 'NUM', 'NOUN', 'NOUN', 'PUNCT'], 'tags': ['NNP', 'VBZ', 'VBG', 'CD', 'NN', 'NNS', '.'], 'lemmas': ['Hungary', 'be', 'buy', 'four', 'fighter', 'jet', '.'], 'ents': [(0, 1, 'GPE'), (3, 4, 'CARDINAL')]},
        set(),
        id='buy-no-source',
    ),
    pytest.param(
        'NATO member Turkey blocked the plan.',
        {'words': ['NATO', 'member', 'Turkey', 'blocked', 'the', 'plan', '.'], 'spaces': [True, True, True, True, True, False, False], 'heads': [1, 2, 3, 3, 5, 3, 3], 'deps': ['compound', 'compound', 'nsubj', 'ROOT', 'det', 'dobj', 'punct'], 'pos': ['PROPN', 'NOUN', 'PROPN', 'VERB', 'DET', 'NOUN', 'PUNCT'], 'tags': ['NNP', 'NN', 'NNP', 'VBD', 'DT', 'NN', '.'], 'lemmas': ['NATO', 'member', 'Turkey', 'block', 'the', 'plan', '.'], 'ents': [(0, 1, 'ORG'), (2, 3, 'GPE')]},
        {('country:TUR', 'MEMBER_OF', 'org:nato', 'membership')},
        id='membership-compound',
    ),
    pytest.param(
        'French President Emmanuel Macron and his Kenyan counterpart William Ruto met in Nairobi.',
        {'words': ['French', 'President', 'Emmanuel', 'Macron', 'and', 'his', 'Kenyan', 'counterpart', 'William', 'Ruto', 'met', 'in', 'Nairobi', '.'], 'spaces': [True, True, True, True, True, True, True, True, True, True, True, True, False, False], 'heads': [1, 3, 3, 10, 3, 7, 7, 3, 9, 7, 10, 10, 11, 10], 'deps': ['amod', 'compound', 'compound', 'nsubj', 'cc', 'poss', 'amod', 'conj', 'compound', 'appos', 'ROOT', 'prep', 'pobj', 'punct'], 'pos': ['ADJ', 'PROPN', 'PROPN', 'PROPN', 'CCONJ', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'PROPN', 'VERB', 'ADP', 'PROPN', 'PUNCT'], 'tags': ['JJ', 'NNP', 'NNP', 'NNP', 'CC', 'PRP$', 'JJ', 'NN', 'NNP', 'NNP', 'VBD', 'IN', 'NNP', '.'], 'lemmas': ['french', 'President', 'Emmanuel', 'Macron', 'and', 'his', 'kenyan', 'counterpart', 'William', 'Ruto', 'meet', 'in', 'Nairobi', '.'], 'ents': [(0, 1, 'NORP'), (2, 4, 'PERSON'), (6, 7, 'NORP'), (8, 10, 'PERSON'), (12, 13, 'GPE')]},
        {('person:emmanuel-macron', 'LEADER_OF', 'country:FRA', 'role-title'), ('person:william-ruto', 'LEADER_OF', 'country:KEN', 'role-title'), ('person:emmanuel-macron', 'MEETS', 'person:william-ruto', 'verb-symmetric'), ('person:emmanuel-macron', 'VISITS', 'country:KEN', 'meeting-place')},
        id='counterpart',
    ),
    pytest.param(
        'Erdogan criticised Sweden on Monday.',
        {'words': ['Erdogan', 'criticised', 'Sweden', 'on', 'Monday', '.'], 'spaces': [True, True, True, True, False, False], 'heads': [1, 1, 1, 1, 3, 1], 'deps': ['nsubj', 'ROOT', 'dobj', 'prep', 'pobj', 'punct'], 'pos': ['PROPN', 'VERB', 'PROPN', 'ADP', 'PROPN', 'PUNCT'], 'tags': ['NNP', 'VBD', 'NNP', 'IN', 'NNP', '.'], 'lemmas': ['Erdogan', 'criticise', 'Sweden', 'on', 'Monday', '.'], 'ents': [(0, 1, 'PERSON'), (2, 3, 'GPE'), (4, 5, 'DATE')]},
        {('person:recep-tayyip-erdogan', 'OPPOSES', 'country:SWE', 'verb-svo')},
        id='known-surname',
    ),
    pytest.param(
        'The concerns of Australia and New Zealand about China grew.',
        {'words': ['The', 'concerns', 'of', 'Australia', 'and', 'New', 'Zealand', 'about', 'China', 'grew', '.'], 'spaces': [True, True, True, True, True, True, True, True, True, False, False], 'heads': [1, 9, 1, 2, 3, 6, 3, 1, 7, 9, 9], 'deps': ['det', 'nsubj', 'prep', 'pobj', 'cc', 'compound', 'conj', 'prep', 'pobj', 'ROOT', 'punct'], 'pos': ['DET', 'NOUN', 'ADP', 'PROPN', 'CCONJ', 'PROPN', 'PROPN', 'ADP', 'PROPN', 'VERB', 'PUNCT'], 'tags': ['DT', 'NNS', 'IN', 'NNP', 'CC', 'NNP', 'NNP', 'IN', 'NNP', 'VBD', '.'], 'lemmas': ['the', 'concern', 'of', 'Australia', 'and', 'New', 'Zealand', 'about', 'China', 'grow', '.'], 'ents': [(3, 4, 'GPE'), (5, 7, 'GPE'), (8, 9, 'GPE')]},
        {('country:AUS', 'OPPOSES', 'country:CHN', 'noun-trigger'), ('country:NZL', 'OPPOSES', 'country:CHN', 'noun-trigger')},
        id='concerns-of',
    ),
    pytest.param(
        'Turkey repeated its demand that Washington end its alliance with the Kurds.',
        {'words': ['Turkey', 'repeated', 'its', 'demand', 'that', 'Washington', 'end', 'its', 'alliance', 'with', 'the', 'Kurds', '.'], 'spaces': [True, True, True, True, True, True, True, True, True, True, True, False, False], 'heads': [1, 1, 3, 1, 6, 6, 3, 8, 6, 8, 11, 9, 1], 'deps': ['nsubj', 'ROOT', 'poss', 'dobj', 'mark', 'nsubj', 'acl', 'poss', 'dobj', 'prep', 'det', 'pobj', 'punct'], 'pos': ['PROPN', 'VERB', 'PRON', 'NOUN', 'SCONJ', 'PROPN', 'VERB', 'PRON', 'NOUN', 'ADP', 'DET', 'PROPN', 'PUNCT'], 'tags': ['NNP', 'VBD', 'PRP$', 'NN', 'IN', 'NNP', 'VB', 'PRP$', 'NN', 'IN', 'DT', 'NNPS', '.'], 'lemmas': ['Turkey', 'repeat', 'its', 'demand', 'that', 'Washington', 'end', 'its', 'alliance', 'with', 'the', 'Kurds', '.'], 'ents': [(0, 1, 'GPE'), (5, 6, 'GPE'), (11, 12, 'NORP')]},
        {('country:TUR', 'OPPOSES', 'country:USA', 'verb-demand')},
        id='demand-noun',
    ),
    pytest.param(
        'The United States suspended military aid to Rwanda.',
        {'words': ['The', 'United', 'States', 'suspended', 'military', 'aid', 'to', 'Rwanda', '.'], 'spaces': [True, True, True, True, True, True, True, False, False], 'heads': [2, 2, 3, 3, 5, 3, 3, 6, 3], 'deps': ['det', 'compound', 'nsubj', 'ROOT', 'amod', 'dobj', 'prep', 'pobj', 'punct'], 'pos': ['DET', 'PROPN', 'PROPN', 'VERB', 'ADJ', 'NOUN', 'ADP', 'PROPN', 'PUNCT'], 'tags': ['DT', 'NNP', 'NNP', 'VBD', 'JJ', 'NN', 'IN', 'NNP', '.'], 'lemmas': ['the', 'United', 'States', 'suspend', 'military', 'aid', 'to', 'Rwanda', '.'], 'ents': [(1, 3, 'GPE'), (7, 8, 'GPE')]},
        {('country:USA', 'SANCTIONS', 'country:RWA', 'verb-withhold')},
        id='withhold-aid',
    ),
    pytest.param(
        "The junta, led by Colonel Assimi Goita, expelled France's ambassador.",
        {'words': ['The', 'junta', ',', 'led', 'by', 'Colonel', 'Assimi', 'Goita', ',', 'expelled', 'France', "'s", 'ambassador', '.'], 'spaces': [True, False, True, True, True, True, True, False, True, True, False, True, False, False], 'heads': [1, 9, 1, 1, 3, 7, 7, 4, 1, 9, 12, 10, 9, 9], 'deps': ['det', 'nsubj', 'punct', 'acl', 'agent', 'compound', 'compound', 'pobj', 'punct', 'ROOT', 'poss', 'case', 'dobj', 'punct'], 'pos': ['DET', 'NOUN', 'PUNCT', 'VERB', 'ADP', 'PROPN', 'PROPN', 'PROPN', 'PUNCT', 'VERB', 'PROPN', 'PART', 'NOUN', 'PUNCT'], 'tags': ['DT', 'NN', ',', 'VBN', 'IN', 'NNP', 'NNP', 'NNP', ',', 'VBD', 'NNP', 'POS', 'NN', '.'], 'lemmas': ['the', 'junta', ',', 'lead', 'by', 'Colonel', 'Assimi', 'Goita', ',', 'expel', 'France', "'s", 'ambassador', '.'], 'ents': [(6, 8, 'PERSON'), (10, 11, 'GPE')]},
        set(),
        id='led-by',
    ),
    pytest.param(
        'Mark Rutte heads NATO.',
        {'words': ['Mark', 'Rutte', 'heads', 'NATO', '.'], 'spaces': [True, True, True, False, False], 'heads': [1, 2, 2, 2, 2], 'deps': ['compound', 'nsubj', 'ROOT', 'dobj', 'punct'], 'pos': ['PROPN', 'PROPN', 'VERB', 'PROPN', 'PUNCT'], 'tags': ['NNP', 'NNP', 'VBZ', 'NNP', '.'], 'lemmas': ['Mark', 'Rutte', 'head', 'NATO', '.'], 'ents': [(0, 2, 'PERSON'), (3, 4, 'ORG')]},
        {('person:mark-rutte', 'LEADER_OF', 'org:nato', 'role-lead')},
        id='heads',
    ),
    pytest.param(
        'Finland joined NATO in 2023.',
        {'words': ['Finland', 'joined', 'NATO', 'in', '2023', '.'], 'spaces': [True, True, True, True, False, False], 'heads': [1, 1, 1, 1, 3, 1], 'deps': ['nsubj', 'ROOT', 'dobj', 'prep', 'pobj', 'punct'], 'pos': ['PROPN', 'VERB', 'PROPN', 'ADP', 'NUM', 'PUNCT'], 'tags': ['NNP', 'VBD', 'NNP', 'IN', 'CD', '.'], 'lemmas': ['Finland', 'join', 'NATO', 'in', '2023', '.'], 'ents': [(0, 1, 'GPE'), (2, 3, 'ORG'), (4, 5, 'DATE')]},
        {('country:FIN', 'MEMBER_OF', 'org:nato', 'membership')},
        id='joined',
    ),
    pytest.param(
        'India is a member of the Quad.',
        {'words': ['India', 'is', 'a', 'member', 'of', 'the', 'Quad', '.'], 'spaces': [True, True, True, True, True, True, False, False], 'heads': [1, 1, 3, 1, 3, 6, 4, 1], 'deps': ['nsubj', 'ROOT', 'det', 'attr', 'prep', 'det', 'pobj', 'punct'], 'pos': ['PROPN', 'AUX', 'DET', 'NOUN', 'ADP', 'DET', 'PROPN', 'PUNCT'], 'tags': ['NNP', 'VBZ', 'DT', 'NN', 'IN', 'DT', 'NNP', '.'], 'lemmas': ['India', 'be', 'a', 'member', 'of', 'the', 'Quad', '.'], 'ents': [(0, 1, 'GPE'), (6, 7, 'ORG')]},
        {('country:IND', 'MEMBER_OF', 'org:quad', 'membership')},
        id='member-of',
    ),
    pytest.param(
        'Iran vowed that Israel would pay a heavy price.',
        {'words': ['Iran', 'vowed', 'that', 'Israel', 'would', 'pay', 'a', 'heavy', 'price', '.'], 'spaces': [True, True, True, True, True, True, True, True, False, False], 'heads': [1, 1, 5, 5, 5, 1, 8, 8, 5, 1], 'deps': ['nsubj', 'ROOT', 'mark', 'nsubj', 'aux', 'ccomp', 'det', 'amod', 'dobj', 'punct'], 'pos': ['PROPN', 'VERB', 'SCONJ', 'PROPN', 'AUX', 'VERB', 'DET', 'ADJ', 'NOUN', 'PUNCT'], 'tags': ['NNP', 'VBD', 'IN', 'NNP', 'MD', 'VB', 'DT', 'JJ', 'NN', '.'], 'lemmas': ['Iran', 'vow', 'that', 'Israel', 'would', 'pay', 'a', 'heavy', 'price', '.'], 'ents': [(0, 1, 'GPE'), (3, 4, 'GPE')]},
        {('country:IRN', 'THREATENS', 'country:ISR', 'verb-threat')},
        id='pay-price',
    ),
    pytest.param(
        'Kenyan troops fought alongside Somali forces.',
        {'words': ['Kenyan', 'troops', 'fought', 'alongside', 'Somali', 'forces', '.'], 'spaces': [True, True, True, True, True, False, False], 'heads': [1, 2, 2, 2, 5, 3, 2], 'deps': ['amod', 'nsubj', 'ROOT', 'prep', 'amod', 'pobj', 'punct'], 'pos': ['ADJ', 'NOUN', 'VERB', 'ADP', 'ADJ', 'NOUN', 'PUNCT'], 'tags': ['JJ', 'NNS', 'VBD', 'IN', 'JJ', 'NNS', '.'], 'lemmas': ['kenyan', 'troop', 'fight', 'alongside', 'somali', 'force', '.'], 'ents': [(0, 1, 'NORP'), (4, 5, 'NORP')]},
        {('country:KEN', 'COOPERATES_WITH', 'country:SOM', 'verb-prep')},
        id='fight-alongside',
    ),
    pytest.param(
        'Eritrea and Ethiopia fought a border war.',
        {'words': ['Eritrea', 'and', 'Ethiopia', 'fought', 'a', 'border', 'war', '.'], 'spaces': [True, True, True, True, True, True, False, False], 'heads': [3, 0, 0, 3, 6, 6, 3, 3], 'deps': ['nsubj', 'cc', 'conj', 'ROOT', 'det', 'compound', 'dobj', 'punct'], 'pos': ['PROPN', 'CCONJ', 'PROPN', 'VERB', 'DET', 'NOUN', 'NOUN', 'PUNCT'], 'tags': ['NNP', 'CC', 'NNP', 'VBD', 'DT', 'NN', 'NN', '.'], 'lemmas': ['Eritrea', 'and', 'Ethiopia', 'fight', 'a', 'border', 'war', '.'], 'ents': [(0, 1, 'GPE'), (2, 3, 'GPE')]},
        {('country:ETH', 'ATTACKS', 'country:ERI', 'verb-symmetric'), ('country:ERI', 'ATTACKS', 'country:ETH', 'verb-symmetric')},
        id='mutual-fight',
    ),
    pytest.param(
        'Mali, Burkina Faso and Niger announced a joint force.',
        {'words': ['Mali', ',', 'Burkina', 'Faso', 'and', 'Niger', 'announced', 'a', 'joint', 'force', '.'], 'spaces': [False, True, True, True, True, True, True, True, True, False, False], 'heads': [6, 0, 3, 0, 3, 3, 6, 9, 9, 6, 6], 'deps': ['nsubj', 'punct', 'compound', 'appos', 'cc', 'conj', 'ROOT', 'det', 'amod', 'dobj', 'punct'], 'pos': ['PROPN', 'PUNCT', 'PROPN', 'PROPN', 'CCONJ', 'PROPN', 'VERB', 'DET', 'ADJ', 'NOUN', 'PUNCT'], 'tags': ['NNP', ',', 'NNP', 'NNP', 'CC', 'NNP', 'VBD', 'DT', 'JJ', 'NN', '.'], 'lemmas': ['Mali', ',', 'Burkina', 'Faso', 'and', 'Niger', 'announce', 'a', 'joint', 'force', '.'], 'ents': [(0, 1, 'GPE'), (2, 4, 'GPE'), (5, 6, 'GPE')]},
        {('country:MLI', 'COOPERATES_WITH', 'country:BFA', 'noun-joint'), ('country:MLI', 'COOPERATES_WITH', 'country:NER', 'noun-joint'), ('country:BFA', 'COOPERATES_WITH', 'country:NER', 'noun-joint')},
        id='joint-force',
    ),
    pytest.param(
        'Relations between Armenia and Russia have soured.',
        {'words': ['Relations', 'between', 'Armenia', 'and', 'Russia', 'have', 'soured', '.'], 'spaces': [True, True, True, True, True, True, False, False], 'heads': [6, 0, 1, 2, 2, 6, 6, 6], 'deps': ['nsubj', 'prep', 'pobj', 'cc', 'conj', 'aux', 'ROOT', 'punct'], 'pos': ['NOUN', 'ADP', 'PROPN', 'CCONJ', 'PROPN', 'AUX', 'VERB', 'PUNCT'], 'tags': ['NNS', 'IN', 'NNP', 'CC', 'NNP', 'VBP', 'VBN', '.'], 'lemmas': ['relation', 'between', 'Armenia', 'and', 'Russia', 'have', 'sour', '.'], 'ents': [(2, 3, 'GPE'), (4, 5, 'GPE')]},
        set(),
        id='soured-relations',
    ),
    pytest.param(
        'TAIPEI, Dec 27 - China imposed sanctions on Japan.',
        {'words': ['TAIPEI', ',', 'Dec', '27', '-', 'China', 'imposed', 'sanctions', 'on', 'Japan', '.'], 'spaces': [False, True, True, True, True, True, True, True, True, False, False], 'heads': [6, 0, 5, 5, 5, 6, 6, 6, 7, 8, 6], 'deps': ['nsubj', 'punct', 'compound', 'nummod', 'punct', 'nsubj', 'ROOT', 'dobj', 'prep', 'pobj', 'punct'], 'pos': ['PROPN', 'PUNCT', 'PROPN', 'NUM', 'PUNCT', 'PROPN', 'VERB', 'NOUN', 'ADP', 'PROPN', 'PUNCT'], 'tags': ['NNP', ',', 'NNP', 'CD', 'HYPH', 'NNP', 'VBD', 'NNS', 'IN', 'NNP', '.'], 'lemmas': ['TAIPEI', ',', 'Dec', '27', '-', 'China', 'impose', 'sanction', 'on', 'Japan', '.'], 'ents': [(0, 1, 'ORG'), (2, 4, 'DATE'), (5, 6, 'GPE'), (9, 10, 'GPE')]},
        {('country:CHN', 'SANCTIONS', 'country:JPN', 'noun-light-verb')},
        id='dateline',
    ),
    pytest.param(
        'The EU imposed punitive measures on Kosovo.',
        {'words': ['The', 'EU', 'imposed', 'punitive', 'measures', 'on', 'Kosovo', '.'], 'spaces': [True, True, True, True, True, True, False, False], 'heads': [1, 2, 2, 4, 2, 4, 5, 2], 'deps': ['det', 'nsubj', 'ROOT', 'amod', 'dobj', 'prep', 'pobj', 'punct'], 'pos': ['DET', 'PROPN', 'VERB', 'ADJ', 'NOUN', 'ADP', 'PROPN', 'PUNCT'], 'tags': ['DT', 'NNP', 'VBD', 'JJ', 'NNS', 'IN', 'NNP', '.'], 'lemmas': ['the', 'EU', 'impose', 'punitive', 'measure', 'on', 'Kosovo', '.'], 'ents': [(1, 2, 'ORG'), (6, 7, 'GPE')]},
        {('org:eu', 'SANCTIONS', 'country:XKX', 'noun-light-verb')},
        id='punitive-measures',
    ),
    pytest.param(
        'Chinese vessels attacked Philippine boats.',
        {'words': ['Chinese', 'vessels', 'attacked', 'Philippine', 'boats', '.'], 'spaces': [True, True, True, True, False, False], 'heads': [1, 2, 2, 4, 2, 2], 'deps': ['amod', 'nsubj', 'ROOT', 'amod', 'dobj', 'punct'], 'pos': ['ADJ', 'NOUN', 'VERB', 'ADJ', 'NOUN', 'PUNCT'], 'tags': ['JJ', 'NNS', 'VBD', 'JJ', 'NNS', '.'], 'lemmas': ['chinese', 'vessel', 'attack', 'philippine', 'boat', '.'], 'ents': [(0, 1, 'NORP'), (3, 4, 'NORP')]},
        {('country:CHN', 'ATTACKS', 'country:PHL', 'verb-svo')},
        id='vessels',
    ),
    pytest.param(
        'Donald Trump threatened to impose tariffs on Brazil.',
        {'words': ['Donald', 'Trump', 'threatened', 'to', 'impose', 'tariffs', 'on', 'Brazil', '.'], 'spaces': [True, True, True, True, True, True, True, False, False], 'heads': [1, 2, 2, 4, 2, 4, 4, 6, 2], 'deps': ['compound', 'nsubj', 'ROOT', 'aux', 'xcomp', 'dobj', 'prep', 'pobj', 'punct'], 'pos': ['PROPN', 'PROPN', 'VERB', 'PART', 'VERB', 'NOUN', 'ADP', 'PROPN', 'PUNCT'], 'tags': ['NNP', 'NNP', 'VBD', 'TO', 'VB', 'NNS', 'IN', 'NNP', '.'], 'lemmas': ['Donald', 'Trump', 'threaten', 'to', 'impose', 'tariff', 'on', 'Brazil', '.'], 'ents': [(0, 2, 'PERSON'), (7, 8, 'GPE')]},
        {('person:donald-trump', 'THREATENS', 'country:BRA', 'verb-threat')},
        id='threat-to-act',
    ),
    pytest.param(
        'Beijing warned that it would cut trade with Lithuania.',
        {'words': ['Beijing', 'warned', 'that', 'it', 'would', 'cut', 'trade', 'with', 'Lithuania', '.'], 'spaces': [True, True, True, True, True, True, True, True, False, False], 'heads': [1, 1, 5, 5, 5, 1, 5, 5, 7, 1], 'deps': ['nsubj', 'ROOT', 'mark', 'nsubj', 'aux', 'ccomp', 'dobj', 'prep', 'pobj', 'punct'], 'pos': ['PROPN', 'VERB', 'SCONJ', 'PRON', 'AUX', 'VERB', 'NOUN', 'ADP', 'PROPN', 'PUNCT'], 'tags': ['NNP', 'VBD', 'IN', 'PRP', 'MD', 'VB', 'NN', 'IN', 'NNP', '.'], 'lemmas': ['Beijing', 'warn', 'that', 'it', 'would', 'cut', 'trade', 'with', 'Lithuania', '.'], 'ents': [(0, 1, 'GPE'), (8, 9, 'GPE')]},
        {('country:CHN', 'THREATENS', 'country:LTU', 'verb-threat')},
        id='warned-would',
    ),
    pytest.param(
        'Despite the war in Ukraine, Serbia is vocal about its support for Russia.',
        {'words': ['Despite', 'the', 'war', 'in', 'Ukraine', ',', 'Serbia', 'is', 'vocal', 'about', 'its', 'support', 'for', 'Russia', '.'], 'spaces': [True, True, True, True, False, True, True, True, True, True, True, True, True, False, False], 'heads': [7, 2, 0, 2, 3, 7, 7, 7, 7, 8, 11, 9, 11, 12, 7], 'deps': ['prep', 'det', 'pobj', 'prep', 'pobj', 'punct', 'nsubj', 'ROOT', 'acomp', 'prep', 'poss', 'pobj', 'prep', 'pobj', 'punct'], 'pos': ['SCONJ', 'DET', 'NOUN', 'ADP', 'PROPN', 'PUNCT', 'PROPN', 'AUX', 'ADJ', 'ADP', 'PRON', 'NOUN', 'ADP', 'PROPN', 'PUNCT'], 'tags': ['IN', 'DT', 'NN', 'IN', 'NNP', ',', 'NNP', 'VBZ', 'JJ', 'IN', 'PRP$', 'NN', 'IN', 'NNP', '.'], 'lemmas': ['despite', 'the', 'war', 'in', 'Ukraine', ',', 'Serbia', 'be', 'vocal', 'about', 'its', 'support', 'for', 'Russia', '.'], 'ents': [(4, 5, 'GPE'), (6, 7, 'GPE'), (13, 14, 'GPE')]},
        {('country:SRB', 'SUPPORTS', 'country:RUS', 'noun-trigger')},
        id='possessive-subject',
    ),
    pytest.param(
        'Kenya hailed the ceasefire between Ethiopia and Eritrea.',
        {'words': ['Kenya', 'hailed', 'the', 'ceasefire', 'between', 'Ethiopia', 'and', 'Eritrea', '.'], 'spaces': [True, True, True, True, True, True, True, False, False], 'heads': [1, 1, 3, 1, 3, 4, 5, 5, 1], 'deps': ['nsubj', 'ROOT', 'det', 'dobj', 'prep', 'pobj', 'cc', 'conj', 'punct'], 'pos': ['PROPN', 'VERB', 'DET', 'NOUN', 'ADP', 'PROPN', 'CCONJ', 'PROPN', 'PUNCT'], 'tags': ['NNP', 'VBD', 'DT', 'NN', 'IN', 'NNP', 'CC', 'NNP', '.'], 'lemmas': ['Kenya', 'hail', 'the', 'ceasefire', 'between', 'Ethiopia', 'and', 'Eritrea', '.'], 'ents': [(0, 1, 'GPE'), (5, 6, 'GPE'), (7, 8, 'GPE')]},
        {('country:ETH', 'COOPERATES_WITH', 'country:ERI', 'noun-between')},
        id='hail-agreement-between',
    ),
    pytest.param(
        'The visit added to tensions in relations between Beijing and Washington.',
        {'words': ['The', 'visit', 'added', 'to', 'tensions', 'in', 'relations', 'between', 'Beijing', 'and', 'Washington', '.'], 'spaces': [True, True, True, True, True, True, True, True, True, True, False, False], 'heads': [1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 8, 1], 'deps': ['det', 'ROOT', 'acl', 'prep', 'pobj', 'prep', 'pobj', 'prep', 'pobj', 'cc', 'conj', 'punct'], 'pos': ['DET', 'NOUN', 'VERB', 'ADP', 'NOUN', 'ADP', 'NOUN', 'ADP', 'PROPN', 'CCONJ', 'PROPN', 'PUNCT'], 'tags': ['DT', 'NN', 'VBN', 'IN', 'NNS', 'IN', 'NNS', 'IN', 'NNP', 'CC', 'NNP', '.'], 'lemmas': ['the', 'visit', 'add', 'to', 'tension', 'in', 'relation', 'between', 'Beijing', 'and', 'Washington', '.'], 'ents': [(8, 9, 'GPE'), (10, 11, 'GPE')]},
        set(),
        id='tensions-in-relations',
    ),
    pytest.param(
        'The US-allied SDF holds the prisons.',
        {'words': ['The', 'US', '-', 'allied', 'SDF', 'holds', 'the', 'prisons', '.'], 'spaces': [True, False, False, True, True, True, True, False, False], 'heads': [4, 3, 3, 4, 5, 5, 7, 5, 5], 'deps': ['det', 'npadvmod', 'punct', 'amod', 'nsubj', 'ROOT', 'det', 'dobj', 'punct'], 'pos': ['DET', 'PROPN', 'PUNCT', 'VERB', 'PROPN', 'VERB', 'DET', 'NOUN', 'PUNCT'], 'tags': ['DT', 'NNP', 'HYPH', 'VBN', 'NNP', 'VBZ', 'DT', 'NNS', '.'], 'lemmas': ['the', 'US', '-', 'ally', 'SDF', 'hold', 'the', 'prison', '.'], 'ents': [(1, 2, 'GPE'), (4, 5, 'ORG')]},
        {('country:USA', 'COOPERATES_WITH', 'org:sdf', 'hyphen-participle')},
        id='allied-hyphen',
    ),
    pytest.param(
        'Orban, whose government has kept close ties with Russia, delayed the vote.',
        {'words': ['Orban', ',', 'whose', 'government', 'has', 'kept', 'close', 'ties', 'with', 'Russia', ',', 'delayed', 'the', 'vote', '.'], 'spaces': [False, True, True, True, True, True, True, True, True, False, True, True, True, False, False], 'heads': [11, 0, 3, 5, 5, 0, 7, 5, 7, 8, 0, 11, 13, 11, 11], 'deps': ['nsubj', 'punct', 'poss', 'nsubj', 'aux', 'relcl', 'amod', 'dobj', 'prep', 'pobj', 'punct', 'ROOT', 'det', 'dobj', 'punct'], 'pos': ['PROPN', 'PUNCT', 'DET', 'NOUN', 'AUX', 'VERB', 'ADJ', 'NOUN', 'ADP', 'PROPN', 'PUNCT', 'VERB', 'DET', 'NOUN', 'PUNCT'], 'tags': ['NNP', ',', 'WP$', 'NN', 'VBZ', 'VBN', 'JJ', 'NNS', 'IN', 'NNP', ',', 'VBD', 'DT', 'NN', '.'], 'lemmas': ['Orban', ',', 'whose', 'government', 'have', 'keep', 'close', 'tie', 'with', 'Russia', ',', 'delay', 'the', 'vote', '.'], 'ents': [(0, 1, 'ORG'), (9, 10, 'GPE')]},
        {('country:HUN', 'COOPERATES_WITH', 'country:RUS', 'noun-light-verb')},
        id='whose',
    ),
    pytest.param(
        'The G7 nations of Canada and Japan are military backers of Ukraine.',
        {'words': ['The', 'G7', 'nations', 'of', 'Canada', 'and', 'Japan', 'are', 'military', 'backers', 'of', 'Ukraine', '.'], 'spaces': [True, True, True, True, True, True, True, True, True, True, True, False, False], 'heads': [2, 2, 7, 2, 3, 4, 4, 7, 9, 7, 9, 10, 7], 'deps': ['det', 'compound', 'nsubj', 'prep', 'pobj', 'cc', 'conj', 'ROOT', 'amod', 'attr', 'prep', 'pobj', 'punct'], 'pos': ['DET', 'PROPN', 'NOUN', 'ADP', 'PROPN', 'CCONJ', 'PROPN', 'AUX', 'ADJ', 'NOUN', 'ADP', 'PROPN', 'PUNCT'], 'tags': ['DT', 'NNP', 'NNS', 'IN', 'NNP', 'CC', 'NNP', 'VBP', 'JJ', 'NNS', 'IN', 'NNP', '.'], 'lemmas': ['the', 'G7', 'nation', 'of', 'Canada', 'and', 'Japan', 'be', 'military', 'backer', 'of', 'Ukraine', '.'], 'ents': [(1, 2, 'ORG'), (4, 5, 'GPE'), (6, 7, 'GPE'), (11, 12, 'GPE')]},
        {('country:CAN', 'SUPPLIES', 'country:UKR', 'noun-role'), ('country:JPN', 'MEMBER_OF', 'org:g7', 'membership'), ('country:CAN', 'MEMBER_OF', 'org:g7', 'membership'), ('country:JPN', 'SUPPLIES', 'country:UKR', 'noun-role')},
        id='nations-of',
    ),
    pytest.param(
        'The US Southern Command will conduct flight operations with the Guyanese military.',
        {'words': ['The', 'US', 'Southern', 'Command', 'will', 'conduct', 'flight', 'operations', 'with', 'the', 'Guyanese', 'military', '.'], 'spaces': [True, True, True, True, True, True, True, True, True, True, True, False, False], 'heads': [3, 3, 3, 5, 5, 5, 7, 5, 5, 11, 11, 8, 5], 'deps': ['det', 'compound', 'compound', 'nsubj', 'aux', 'ROOT', 'compound', 'dobj', 'prep', 'det', 'amod', 'pobj', 'punct'], 'pos': ['DET', 'PROPN', 'PROPN', 'PROPN', 'AUX', 'VERB', 'NOUN', 'NOUN', 'ADP', 'DET', 'ADJ', 'NOUN', 'PUNCT'], 'tags': ['DT', 'NNP', 'NNP', 'NNP', 'MD', 'VB', 'NN', 'NNS', 'IN', 'DT', 'JJ', 'NN', '.'], 'lemmas': ['the', 'US', 'Southern', 'Command', 'will', 'conduct', 'flight', 'operation', 'with', 'the', 'guyanese', 'military', '.'], 'ents': [(1, 2, 'GPE'), (10, 11, 'NORP')]},
        {('country:USA', 'COOPERATES_WITH', 'country:GUY', 'noun-light-verb')},
        id='operations-with',
    ),
    pytest.param(
        'The truce ended the hostilities between Israel and Hezbollah.',
        {'words': ['The', 'truce', 'ended', 'the', 'hostilities', 'between', 'Israel', 'and', 'Hezbollah', '.'], 'spaces': [True, True, True, True, True, True, True, True, False, False], 'heads': [1, 2, 2, 4, 2, 4, 5, 6, 6, 2], 'deps': ['det', 'nsubj', 'ROOT', 'det', 'dobj', 'prep', 'pobj', 'cc', 'conj', 'punct'], 'pos': ['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'ADP', 'PROPN', 'CCONJ', 'PROPN', 'PUNCT'], 'tags': ['DT', 'NN', 'VBD', 'DT', 'NNS', 'IN', 'NNP', 'CC', 'NNP', '.'], 'lemmas': ['the', 'truce', 'end', 'the', 'hostility', 'between', 'Israel', 'and', 'Hezbollah', '.'], 'ents': [(6, 7, 'GPE'), (8, 9, 'ORG')]},
        {('org:hezbollah', 'ATTACKS', 'country:ISR', 'noun-between'), ('country:ISR', 'ATTACKS', 'org:hezbollah', 'noun-between')},
        id='ended-hostilities',
    ),
    pytest.param(
        "Moscow threatened painful measures over the G7's decision.",
        {'words': ['Moscow', 'threatened', 'painful', 'measures', 'over', 'the', 'G7', "'s", 'decision', '.'], 'spaces': [True, True, True, True, True, True, False, True, False, False], 'heads': [1, 1, 3, 1, 3, 6, 8, 6, 4, 1], 'deps': ['nsubj', 'ROOT', 'amod', 'dobj', 'prep', 'det', 'poss', 'case', 'pobj', 'punct'], 'pos': ['PROPN', 'VERB', 'ADJ', 'NOUN', 'ADP', 'DET', 'PROPN', 'PART', 'NOUN', 'PUNCT'], 'tags': ['NNP', 'VBD', 'JJ', 'NNS', 'IN', 'DT', 'NNP', 'POS', 'NN', '.'], 'lemmas': ['Moscow', 'threaten', 'painful', 'measure', 'over', 'the', 'G7', "'s", 'decision', '.'], 'ents': [(0, 1, 'GPE'), (6, 7, 'ORG')]},
        {('country:RUS', 'THREATENS', 'org:g7', 'verb-svo')},
        id='threat-over',
    ),
    pytest.param(
        'North Korea fired a missile, drawing condemnation from Seoul and Tokyo.',
        {'words': ['North', 'Korea', 'fired', 'a', 'missile', ',', 'drawing', 'condemnation', 'from', 'Seoul', 'and', 'Tokyo', '.'], 'spaces': [True, True, True, True, False, True, True, True, True, True, True, False, False], 'heads': [1, 2, 2, 4, 2, 2, 2, 6, 7, 8, 9, 9, 2], 'deps': ['compound', 'nsubj', 'ROOT', 'det', 'dobj', 'punct', 'advcl', 'dobj', 'prep', 'pobj', 'cc', 'conj', 'punct'], 'pos': ['PROPN', 'PROPN', 'VERB', 'DET', 'NOUN', 'PUNCT', 'VERB', 'NOUN', 'ADP', 'PROPN', 'CCONJ', 'PROPN', 'PUNCT'], 'tags': ['NNP', 'NNP', 'VBD', 'DT', 'NN', ',', 'VBG', 'NN', 'IN', 'NNP', 'CC', 'NNP', '.'], 'lemmas': ['North', 'Korea', 'fire', 'a', 'missile', ',', 'draw', 'condemnation', 'from', 'Seoul', 'and', 'Tokyo', '.'], 'ents': [(0, 2, 'GPE'), (9, 10, 'GPE'), (11, 12, 'GPE')]},
        {('country:KOR', 'OPPOSES', 'country:PRK', 'noun-trigger'), ('country:JPN', 'OPPOSES', 'country:PRK', 'noun-trigger')},
        id='drawing-condemnation',
    ),
    pytest.param(
        "Hamas is considered one of Iran's proxies.",
        {'words': ['Hamas', 'is', 'considered', 'one', 'of', 'Iran', "'s", 'proxies', '.'], 'spaces': [True, True, True, True, True, False, True, False, False], 'heads': [2, 2, 2, 2, 3, 7, 5, 4, 2], 'deps': ['nsubjpass', 'auxpass', 'ROOT', 'oprd', 'prep', 'poss', 'case', 'pobj', 'punct'], 'pos': ['PROPN', 'AUX', 'VERB', 'NUM', 'ADP', 'PROPN', 'PART', 'NOUN', 'PUNCT'], 'tags': ['NNP', 'VBZ', 'VBN', 'CD', 'IN', 'NNP', 'POS', 'NNS', '.'], 'lemmas': ['Hamas', 'be', 'consider', 'one', 'of', 'Iran', "'s", 'proxy', '.'], 'ents': [(0, 1, 'ORG'), (3, 4, 'CARDINAL'), (5, 6, 'GPE')]},
        {('country:IRN', 'SUPPORTS', 'org:hamas', 'noun-role')},
        id='proxies',
    ),
    pytest.param(
        "Washington acknowledged Greenland's right to self-determination.",
        {'words': ['Washington', 'acknowledged', 'Greenland', "'s", 'right', 'to', 'self', '-', 'determination', '.'], 'spaces': [True, True, False, True, True, True, False, False, False, False], 'heads': [1, 1, 4, 2, 1, 4, 8, 8, 5, 1], 'deps': ['nsubj', 'ROOT', 'poss', 'case', 'dobj', 'prep', 'compound', 'punct', 'pobj', 'punct'], 'pos': ['PROPN', 'VERB', 'PROPN', 'PART', 'NOUN', 'ADP', 'NOUN', 'PUNCT', 'NOUN', 'PUNCT'], 'tags': ['NNP', 'VBD', 'NNP', 'POS', 'NN', 'IN', 'NN', 'HYPH', 'NN', '.'], 'lemmas': ['Washington', 'acknowledge', 'Greenland', "'s", 'right', 'to', 'self', '-', 'determination', '.'], 'ents': [(0, 1, 'GPE'), (2, 3, 'GPE')]},
        {('country:USA', 'SUPPORTS', 'country:GRL', 'verb-rights')},
        id='rights',
    ),
    pytest.param(
        'Biden and Xi spoke by phone on Thursday.',
        {'words': ['Biden', 'and', 'Xi', 'spoke', 'by', 'phone', 'on', 'Thursday', '.'], 'spaces': [True, True, True, True, True, True, True, False, False], 'heads': [3, 0, 0, 3, 3, 4, 3, 6, 3], 'deps': ['nsubj', 'cc', 'conj', 'ROOT', 'prep', 'pobj', 'prep', 'pobj', 'punct'], 'pos': ['PROPN', 'CCONJ', 'PROPN', 'VERB', 'ADP', 'NOUN', 'ADP', 'PROPN', 'PUNCT'], 'tags': ['NNP', 'CC', 'NNP', 'VBD', 'IN', 'NN', 'IN', 'NNP', '.'], 'lemmas': ['Biden', 'and', 'Xi', 'speak', 'by', 'phone', 'on', 'Thursday', '.'], 'ents': [(0, 1, 'PERSON'), (2, 3, 'PERSON'), (7, 8, 'DATE')]},
        {('person:joe-biden', 'MEETS', 'person:xi-jinping', 'verb-symmetric')},
        id='spoke-by-phone',
    ),
    pytest.param(
        'Macron welcomed Zelensky to the Elysee Palace.',
        {'words': ['Macron', 'welcomed', 'Zelensky', 'to', 'the', 'Elysee', 'Palace', '.'], 'spaces': [True, True, True, True, True, True, False, False], 'heads': [1, 1, 1, 1, 6, 6, 3, 1], 'deps': ['nsubj', 'ROOT', 'dobj', 'prep', 'det', 'compound', 'pobj', 'punct'], 'pos': ['PROPN', 'VERB', 'PROPN', 'ADP', 'DET', 'PROPN', 'PROPN', 'PUNCT'], 'tags': ['NNP', 'VBD', 'NNP', 'IN', 'DT', 'NNP', 'NNP', '.'], 'lemmas': ['Macron', 'welcome', 'Zelensky', 'to', 'the', 'Elysee', 'Palace', '.'], 'ents': [(0, 1, 'PERSON'), (2, 3, 'PERSON'), (5, 7, 'ORG')]},
        {('person:emmanuel-macron', 'MEETS', 'person:volodymyr-zelensky', 'verb-svo'), ('person:emmanuel-macron', 'SUPPORTS', 'person:volodymyr-zelensky', 'verb-svo')},
        id='welcomed-to',
    ),
    pytest.param(
        'Blinken is due to travel to Beijing next week.',
        {'words': ['Blinken', 'is', 'due', 'to', 'travel', 'to', 'Beijing', 'next', 'week', '.'], 'spaces': [True, True, True, True, True, True, True, True, False, False], 'heads': [1, 1, 1, 4, 2, 4, 5, 8, 4, 1], 'deps': ['nsubj', 'ROOT', 'acomp', 'aux', 'xcomp', 'prep', 'pobj', 'amod', 'npadvmod', 'punct'], 'pos': ['VERB', 'AUX', 'ADJ', 'PART', 'VERB', 'ADP', 'PROPN', 'ADJ', 'NOUN', 'PUNCT'], 'tags': ['VBN', 'VBZ', 'JJ', 'TO', 'VB', 'IN', 'NNP', 'JJ', 'NN', '.'], 'lemmas': ['Blinken', 'be', 'due', 'to', 'travel', 'to', 'Beijing', 'next', 'week', '.'], 'ents': [(0, 1, 'PERSON'), (6, 7, 'GPE'), (7, 9, 'DATE')]},
        {('person:antony-blinken', 'VISITS', 'country:CHN', 'verb-prep')},
        id='due-to-travel',
    ),
    pytest.param(
        'Scholz hosted his Polish counterpart in Berlin.',
        {'words': ['Scholz', 'hosted', 'his', 'Polish', 'counterpart', 'in', 'Berlin', '.'], 'spaces': [True, True, True, True, True, True, False, False], 'heads': [1, 1, 4, 4, 1, 1, 5, 1], 'deps': ['nsubj', 'ROOT', 'poss', 'amod', 'dobj', 'prep', 'pobj', 'punct'], 'pos': ['PROPN', 'VERB', 'PRON', 'ADJ', 'NOUN', 'ADP', 'PROPN', 'PUNCT'], 'tags': ['NNP', 'VBD', 'PRP$', 'JJ', 'NN', 'IN', 'NNP', '.'], 'lemmas': ['Scholz', 'host', 'his', 'polish', 'counterpart', 'in', 'Berlin', '.'], 'ents': [(0, 1, 'GPE'), (3, 4, 'NORP'), (6, 7, 'GPE')]},
        {('person:olaf-scholz', 'MEETS', 'country:POL', 'verb-svo'), ('country:POL', 'VISITS', 'country:DEU', 'meeting-place')},
        id='hosted-counterpart',
    ),
    pytest.param(
        'Russia seized two Ukrainian ships. The European Union condemned the move.',
        {'words': ['Russia', 'seized', 'two', 'Ukrainian', 'ships', '.', 'The', 'European', 'Union', 'condemned', 'the', 'move', '.'], 'spaces': [True, True, True, True, False, True, True, True, True, True, True, False, False], 'heads': [1, 1, 4, 4, 1, 1, 8, 8, 9, 9, 11, 9, 9], 'deps': ['nsubj', 'ROOT', 'nummod', 'amod', 'dobj', 'punct', 'det', 'compound', 'nsubj', 'ROOT', 'det', 'dobj', 'punct'], 'pos': ['PROPN', 'VERB', 'NUM', 'ADJ', 'NOUN', 'PUNCT', 'DET', 'PROPN', 'PROPN', 'VERB', 'DET', 'NOUN', 'PUNCT'], 'tags': ['NNP', 'VBD', 'CD', 'JJ', 'NNS', '.', 'DT', 'NNP', 'NNP', 'VBD', 'DT', 'NN', '.'], 'lemmas': ['Russia', 'seize', 'two', 'ukrainian', 'ship', '.', 'the', 'European', 'Union', 'condemn', 'the', 'move', '.'], 'ents': [(0, 1, 'GPE'), (2, 3, 'CARDINAL'), (3, 4, 'NORP'), (7, 9, 'ORG')]},
        {('country:RUS', 'ATTACKS', 'country:UKR', 'verb-svo'), ('org:eu', 'OPPOSES', 'country:RUS', 'event-reference')},
        id='event-reference',
    ),
    pytest.param(
        'China imposed sanctions on Lithuania, a move that drew criticism from Germany.',
        {'words': ['China', 'imposed', 'sanctions', 'on', 'Lithuania', ',', 'a', 'move', 'that', 'drew', 'criticism', 'from', 'Germany', '.'], 'spaces': [True, True, True, True, False, True, True, True, True, True, True, True, False, False], 'heads': [1, 1, 1, 2, 3, 4, 7, 4, 9, 7, 9, 9, 11, 1], 'deps': ['nsubj', 'ROOT', 'dobj', 'prep', 'pobj', 'punct', 'det', 'appos', 'nsubj', 'relcl', 'dobj', 'prep', 'pobj', 'punct'], 'pos': ['PROPN', 'VERB', 'NOUN', 'ADP', 'PROPN', 'PUNCT', 'DET', 'NOUN', 'PRON', 'VERB', 'NOUN', 'ADP', 'PROPN', 'PUNCT'], 'tags': ['NNP', 'VBD', 'NNS', 'IN', 'NNP', ',', 'DT', 'NN', 'WDT', 'VBD', 'NN', 'IN', 'NNP', '.'], 'lemmas': ['China', 'impose', 'sanction', 'on', 'Lithuania', ',', 'a', 'move', 'that', 'draw', 'criticism', 'from', 'Germany', '.'], 'ents': [(0, 1, 'GPE'), (4, 5, 'GPE'), (12, 13, 'GPE')]},
        {('country:CHN', 'SANCTIONS', 'country:LTU', 'noun-light-verb'), ('country:DEU', 'OPPOSES', 'country:CHN', 'noun-trigger')},
        id='event-appos',
    ),
    pytest.param(
        '"This is unacceptable," Trudeau said, adding that India had committed a grave error.',
        {'words': ['"', 'This', 'is', 'unacceptable', ',', '"', 'Trudeau', 'said', ',', 'adding', 'that', 'India', 'had', 'committed', 'a', 'grave', 'error', '.'], 'spaces': [False, True, True, False, False, True, True, False, True, True, True, True, True, True, True, True, False, False], 'heads': [7, 2, 7, 2, 7, 7, 7, 7, 7, 7, 13, 13, 13, 9, 16, 16, 13, 7], 'deps': ['punct', 'nsubj', 'ccomp', 'acomp', 'punct', 'punct', 'nsubj', 'ROOT', 'punct', 'advcl', 'mark', 'nsubj', 'aux', 'ccomp', 'det', 'amod', 'dobj', 'punct'], 'pos': ['PUNCT', 'PRON', 'AUX', 'ADJ', 'PUNCT', 'PUNCT', 'PROPN', 'VERB', 'PUNCT', 'VERB', 'SCONJ', 'PROPN', 'AUX', 'VERB', 'DET', 'ADJ', 'NOUN', 'PUNCT'], 'tags': ['``', 'DT', 'VBZ', 'JJ', ',', "''", 'NNP', 'VBD', ',', 'VBG', 'IN', 'NNP', 'VBD', 'VBN', 'DT', 'JJ', 'NN', '.'], 'lemmas': ['"', 'this', 'be', 'unacceptable', ',', '"', 'Trudeau', 'say', ',', 'add', 'that', 'India', 'have', 'commit', 'a', 'grave', 'error', '.'], 'ents': [(6, 7, 'PERSON'), (11, 12, 'GPE')]},
        {('person:justin-trudeau', 'OPPOSES', 'country:IND', 'quote-stance')},
        id='quote-stance',
    ),
    pytest.param(
        'Venezuelan Defence Minister Vladimir Padrino denounced the illegal drills and warned that Venezuela would respond.',
        {'words': ['Venezuelan', 'Defence', 'Minister', 'Vladimir', 'Padrino', 'denounced', 'the', 'illegal', 'drills', 'and', 'warned', 'that', 'Venezuela', 'would', 'respond', '.'], 'spaces': [True, True, True, True, True, True, True, True, True, True, True, True, True, True, False, False], 'heads': [1, 2, 4, 4, 5, 5, 8, 8, 5, 5, 5, 14, 14, 14, 10, 5], 'deps': ['amod', 'compound', 'compound', 'compound', 'nsubj', 'ROOT', 'det', 'amod', 'dobj', 'cc', 'conj', 'mark', 'nsubj', 'aux', 'ccomp', 'punct'], 'pos': ['ADJ', 'PROPN', 'PROPN', 'PROPN', 'PROPN', 'VERB', 'DET', 'ADJ', 'NOUN', 'CCONJ', 'VERB', 'SCONJ', 'PROPN', 'AUX', 'VERB', 'PUNCT'], 'tags': ['JJ', 'NNP', 'NNP', 'NNP', 'NNP', 'VBD', 'DT', 'JJ', 'NNS', 'CC', 'VBD', 'IN', 'NNP', 'MD', 'VB', '.'], 'lemmas': ['venezuelan', 'Defence', 'Minister', 'Vladimir', 'Padrino', 'denounce', 'the', 'illegal', 'drill', 'and', 'warn', 'that', 'Venezuela', 'would', 'respond', '.'], 'ents': [(0, 1, 'NORP'), (3, 5, 'PERSON'), (12, 13, 'GPE')]},
        set(),
        id='quote-own-side',
    ),
    pytest.param(
        'The M23 rebels, who are backed by Rwanda, captured the city.',
        {'words': ['The', 'M23', 'rebels', ',', 'who', 'are', 'backed', 'by', 'Rwanda', ',', 'captured', 'the', 'city', '.'], 'spaces': [True, True, False, True, True, True, True, True, False, True, True, True, False, False], 'heads': [2, 2, 10, 2, 6, 6, 2, 6, 7, 2, 10, 12, 10, 10], 'deps': ['det', 'compound', 'nsubj', 'punct', 'nsubjpass', 'auxpass', 'relcl', 'agent', 'pobj', 'punct', 'ROOT', 'det', 'dobj', 'punct'], 'pos': ['DET', 'PROPN', 'NOUN', 'PUNCT', 'PRON', 'AUX', 'VERB', 'ADP', 'PROPN', 'PUNCT', 'VERB', 'DET', 'NOUN', 'PUNCT'], 'tags': ['DT', 'NNP', 'NNS', ',', 'WP', 'VBP', 'VBN', 'IN', 'NNP', ',', 'VBD', 'DT', 'NN', '.'], 'lemmas': ['the', 'M23', 'rebel', ',', 'who', 'be', 'back', 'by', 'Rwanda', ',', 'capture', 'the', 'city', '.'], 'ents': [(1, 2, 'ORG'), (8, 9, 'GPE')]},
        {('country:RWA', 'SUPPORTS', 'org:m23', 'verb-passive')},
        id='relative-passive',
    ),
    pytest.param(
        'Hezbollah fired rockets at northern Israel in solidarity with Hamas.',
        {'words': ['Hezbollah', 'fired', 'rockets', 'at', 'northern', 'Israel', 'in', 'solidarity', 'with', 'Hamas', '.'], 'spaces': [True, True, True, True, True, True, True, True, True, False, False], 'heads': [1, 1, 1, 1, 5, 3, 1, 6, 1, 8, 1], 'deps': ['nsubj', 'ROOT', 'dobj', 'prep', 'amod', 'pobj', 'prep', 'pobj', 'prep', 'pobj', 'punct'], 'pos': ['PROPN', 'VERB', 'NOUN', 'ADP', 'ADJ', 'PROPN', 'ADP', 'PROPN', 'ADP', 'PROPN', 'PUNCT'], 'tags': ['NNP', 'VBD', 'NNS', 'IN', 'JJ', 'NNP', 'IN', 'NNP', 'IN', 'NNP', '.'], 'lemmas': ['Hezbollah', 'fire', 'rocket', 'at', 'northern', 'Israel', 'in', 'solidarity', 'with', 'Hamas', '.'], 'ents': [(0, 1, 'ORG'), (5, 6, 'GPE'), (9, 10, 'ORG')]},
        {('org:hezbollah', 'ATTACKS', 'country:ISR', 'verb-prep'), ('org:hezbollah', 'SUPPORTS', 'org:hamas', 'noun-light-verb')},
        id='in-solidarity',
    ),
    pytest.param(
        'Washington imposed new export controls on Chinese chipmakers.',
        {'words': ['Washington', 'imposed', 'new', 'export', 'controls', 'on', 'Chinese', 'chipmakers', '.'], 'spaces': [True, True, True, True, True, True, True, False, False], 'heads': [1, 1, 4, 4, 1, 1, 7, 5, 1], 'deps': ['nsubj', 'ROOT', 'amod', 'compound', 'dobj', 'prep', 'amod', 'pobj', 'punct'], 'pos': ['PROPN', 'VERB', 'ADJ', 'NOUN', 'NOUN', 'ADP', 'ADJ', 'NOUN', 'PUNCT'], 'tags': ['NNP', 'VBD', 'JJ', 'NN', 'NNS', 'IN', 'JJ', 'NNS', '.'], 'lemmas': ['Washington', 'impose', 'new', 'export', 'control', 'on', 'chinese', 'chipmaker', '.'], 'ents': [(0, 1, 'GPE'), (6, 7, 'NORP')]},
        {('country:USA', 'SANCTIONS', 'country:CHN', 'noun-light-verb')},
        id='export-controls',
    ),
    pytest.param(
        'Indian and Pakistani prime ministers Narendra Modi and Shehbaz Sharif spoke.',
        {'words': ['Indian', 'and', 'Pakistani', 'prime', 'ministers', 'Narendra', 'Modi', 'and', 'Shehbaz', 'Sharif', 'spoke', '.'], 'spaces': [True, True, True, True, True, True, True, True, True, True, False, False], 'heads': [4, 0, 0, 4, 10, 6, 4, 6, 9, 6, 10, 10], 'deps': ['amod', 'cc', 'conj', 'amod', 'nsubj', 'compound', 'appos', 'cc', 'compound', 'conj', 'ROOT', 'punct'], 'pos': ['ADJ', 'CCONJ', 'ADJ', 'ADJ', 'NOUN', 'PROPN', 'PROPN', 'CCONJ', 'PROPN', 'PROPN', 'VERB', 'PUNCT'], 'tags': ['JJ', 'CC', 'JJ', 'JJ', 'NNS', 'NNP', 'NNP', 'CC', 'NNP', 'NNP', 'VBD', '.'], 'lemmas': ['indian', 'and', 'pakistani', 'prime', 'minister', 'Narendra', 'Modi', 'and', 'Shehbaz', 'Sharif', 'speak', '.'], 'ents': [(0, 1, 'NORP'), (2, 3, 'NORP'), (5, 7, 'PERSON'), (8, 10, 'PERSON')]},
        {('person:narendra-modi', 'LEADER_OF', 'country:IND', 'role-title'), ('person:shehbaz-sharif', 'LEADER_OF', 'country:PAK', 'role-title')},
        id='plural-titles',
    ),
]


@pytest.mark.parametrize(("text", "spec", "expected"), CASES)
def test_rule(parsed, article, text, spec, expected):
    found = {(t.subject_id, t.relation, t.object_id, t.rule) for t in doc_triples(parsed(spec), article(text))}
    assert found == expected
