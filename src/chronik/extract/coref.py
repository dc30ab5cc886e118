"""What an article has said so far: persons by name and surname, the last pair of parties, salience.

Pronouns (er, sie, seines), surnames alone (Biegun), plural "Sie" and "beide Seiten" are resolved
against this state; it is built sentence by sentence as the engine reads the article.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chronik.records import Entity


@dataclass(frozen=True, slots=True)
class Rejected:
    """A trigger the engine found but did not code, and why (``chronik code --why-not``)."""

    sentence: int
    word: str
    event: str
    reason: str
    trail: tuple[str, ...]


@dataclass
class Party:
    entity: Entity
    gender: str | None = None


@dataclass
class DocState:
    persons: dict[str, Party] = field(default_factory=dict)  # name token (surname or given) -> party
    recent_persons: list[Party] = field(default_factory=list)  # most recent last
    last_group: list[Entity] = field(default_factory=list)
    group_sentence: int = -1  # the sentence the last group acted in
    sentence: int = 0  # the sentence being read
    named_pair: list[Entity] = field(default_factory=list)  # two sides named together since the last group
    last_speaker: list[Entity] = field(default_factory=list)  # who the reported speech going on is by
    speaker: list[Entity] = field(default_factory=list)  # who speaks in the current sentence ('..., sagte X')
    neuter_subject: list[Entity] = field(default_factory=list)  # 'Das Militär ...' of the sentence before ('Es ...')
    acts: list[tuple[str, frozenset[str], tuple[Entity, ...], int]] = field(default_factory=list)  # coded events:
    # (type, recipient codes, actor, sentence index)
    reporting: bool = False  # the sentence before was reported speech (its subjunctive may go on)
    visit: tuple[frozenset[str], str] | None = None  # (visiting codes, host country) of an ongoing visit
    visit_location: object | None = None
    topic: str | None = None  # the country the article is about
    topic_weight: float = 0.0  # how often it is named (a lone mention may be the target itself)
    here: str | None = None  # the country of the place the current sentence is set in
    role_codes: dict[str, str] = field(default_factory=dict)  # role form -> last code seen with it
    subject_country: str | None = None  # the country last named as a subject ('das Land' refers to it)
    rejected: list[Rejected] | None = None  # collected only when asked for (explanations, diagnostics)

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
