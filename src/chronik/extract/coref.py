"""What an article has said so far: persons by name and surname, the last pair of parties, salience.

Pronouns (er, sie, seines), surnames alone (Biegun), plural "Sie" and "beide Seiten" are resolved
against this state; it is built sentence by sentence as the engine reads the article.
"""

from __future__ import annotations

from dataclasses import dataclass

from chronik.records import Entity


@dataclass(frozen=True, slots=True)
class Rejected:
    """A trigger the engine found but did not code, and why (``chronik code --why-not``)."""

    sentence: int
    word: str
    event: str
    reason: str
    trail: tuple[str, ...]


@dataclass  # a C type in the compiled build (coref.pxd), like DocState
class Party:
    entity: Entity
    gender: str | None = None


class DocState:
    """What the article has said so far, updated sentence by sentence. A plain class with its own ``__init__`` (a
    C type in the compiled build, coref.pxd): a dataclass's default factories cost ~24,000 instructions per
    document there."""

    def __init__(self, rejected: list[Rejected] | None = None) -> None:
        self.persons: dict[str, Party] = {}  # name token (surname or given) -> party
        self.recent_persons: list[Party] = []  # most recent last
        self.last_group: list[Entity] = []
        self.group_sentence = -1  # the sentence the last group acted in
        self.sentence = 0  # the sentence being read
        self.named_pair: list[Entity] = []  # two sides named together since the last group
        self.last_speaker: list[Entity] = []  # who the reported speech going on is by
        self.speaker: list[Entity] = []  # who speaks in the current sentence ('..., sagte X')
        self.neuter_subject: list[Entity] = []  # 'Das Militär ...' of the sentence before ('Es ...')
        # coded events: (type, recipient codes, actor, sentence index)
        self.acts: list[tuple[str, frozenset[str], tuple[Entity, ...], int]] = []
        self.reporting = False  # the sentence before was reported speech (its subjunctive may go on)
        self.visit: tuple[frozenset[str], str] | None = None  # (visiting codes, host country) of an ongoing visit
        self.visit_location: object | None = None
        self.topic: str | None = None  # the country the article is about
        self.topic_weight = 0.0  # how often it is named (a lone mention may be the target itself)
        self.here: str | None = None  # the country of the place the current sentence is set in
        self.role_codes: dict[str, str] = {}  # role form -> last code seen with it
        self.subject_country: str | None = None  # the country last named as a subject ('das Land' refers to it)
        self.rejected = rejected  # collected only when asked for (explanations, diagnostics)

    def register_person(self, party: Party) -> None:
        """Know a person's name and surname (for 'Biegun' later), without making them salient."""
        name = party.entity.name or ""
        for tok in name.replace("-", " - ").split():
            if len(tok) > 2 and tok[0].isupper():
                self.persons.setdefault(tok, party)
        self.persons.setdefault(name, party)

    def remember_person(self, party: Party) -> None:
        """A person was mentioned: most salient for the next pronoun."""
        name = party.entity.name
        if name:
            self.register_person(party)
        self.recent_persons = [p for p in self.recent_persons if not name or p.entity.name != name] + [party]

    def person_for(self, token: str) -> Party | None:
        return self.persons.get(token)

    def pronoun(self, gender: str | None, exclude: frozenset[str] = frozenset()) -> Party | None:
        for party in reversed(self.recent_persons):
            if (gender is None or party.gender in (None, gender)) and party.entity.name not in exclude:
                return party
        return None

    def remember_group(self, entities: list[Entity], sentence: int = -1) -> None:
        # two parties: two countries, or two sides of one country ('die Rebellen' and 'die Regierung')
        if _two_sides(entities):
            self.last_group = list(entities)
            self.group_sentence = sentence
            self.named_pair = []

    def recent_group(self) -> list[Entity]:
        """The last group, if it acted in this sentence or the one before: a plural 'sie' two sentences on may
        be a group chronik could not code ('Am Montag treffen sich die Staatsspitzen ... Sie lehnen ... ab')."""
        return self.last_group if self.group_sentence >= self.sentence - 1 else []

    def remember_pair(self, entities: list[Entity]) -> None:
        """Two sides named together with no act of theirs ('Vertreter von Rebellen und Regierung'): what
        'beide Seiten' refers to next, not a plural pronoun."""
        if _two_sides(entities):
            self.named_pair = list(entities)


def _two_sides(entities: list[Entity]) -> bool:
    return len({(e.code, e.sector) for e in entities if e.code}) >= 2
