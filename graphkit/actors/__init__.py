"""Who each phrase of an article refers to, as a read-only :class:`MentionTable`.

Resolution runs in passes, each a function of what the earlier ones produced::

    names        NER + gazetteer entities -> mentions            (actors.names)
                 (not a transcript's speaker label)              (actors.voices)
    acronyms     "the ELN", "the E3" NER left untagged           (actors.acronyms)
    nominals     "the group", "the country" -> the last of a kind (actors.coref)
    organs       bare "the army", "the government" -> the state  (actors.organs)
    halves       "the North", "the South" -> North/South Korea   (actors.halves)
    roles        titles and appositions -> affiliations          (actors.affiliations)
    pronouns     he/they/its, "the two leaders"                  (actors.coref)
    relatives    "whose"                                         (actors.coref)
    speakers     "we"/"I" in a quote, turn or statement          (actors.coref, actors.voices)

Nominals come before roles ("the bloc's envoy" needs "the bloc"); pronouns after, because "his
country" is the country the person serves. Actor resolution knows nothing of relations: it never
imports the trigger lexicon or the rules.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..gazetteer import Gazetteer, load_gazetteer
from .acronyms import find_acronyms
from .affiliations import find_affiliations
from .coref import resolve_definite_nominals, resolve_pronouns, resolve_relatives, resolve_speakers
from .mention import Affiliation, AffiliationSource, How, Mention, unique_actors
from .halves import resolve_halves
from .names import find_names
from .organs import resolve_state_organs
from .table import MentionTable
from .voices import without_name_labels

__all__ = ["Affiliation", "AffiliationSource", "How", "Mention", "MentionTable", "resolve_actors", "unique_actors"]


def resolve_actors(doc: Doc, gazetteer: Gazetteer | None = None) -> MentionTable:
    """The mention table of one parsed article."""
    gazetteer = gazetteer or load_gazetteer()
    names = find_names(doc, gazetteer)
    table = MentionTable(doc, gazetteer, *without_name_labels(doc, names.refs, names.named))
    table = table.extended(refs=find_acronyms(table), named=True)
    table = table.extended(refs=resolve_definite_nominals(table))
    table = table.extended(refs=resolve_state_organs(table))
    table = table.extended(refs=resolve_halves(table))
    table = table.extended(affiliations=find_affiliations(table))
    for resolve in (resolve_pronouns, resolve_relatives, resolve_speakers):
        table = table.extended(refs=resolve(table))
    return table
