"""What an article has said so far: persons by name and surname, the last pair of parties, salience.

Pronouns (er, sie, seines), surnames alone (Biegun), plural "Sie" and "beide Seiten" are resolved
against this state; it is built sentence by sentence as the engine reads the article.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chronik.records import Entity


@dataclass
class Party:
    entity: Entity
    gender: str | None = None


@dataclass
class DocState:
    persons: dict[str, Party] = field(default_factory=dict)  # name token (surname or given) -> party
    recent_persons: list[Party] = field(default_factory=list)  # most recent last
    last_group: list[Entity] = field(default_factory=list)
    last_subject: list[Entity] = field(default_factory=list)
    visit: tuple[frozenset[str], str] | None = None  # (visiting codes, host country) of an ongoing visit
    visit_location: object | None = None

    def remember_person(self, party: Party) -> None:
        name = party.entity.name or ""
        for tok in name.replace("-", " - ").split():
            if len(tok) > 2 and tok[0].isupper():
                self.persons.setdefault(tok, party)
        self.persons[name] = party
        self.recent_persons = [p for p in self.recent_persons if p.entity.name != name] + [party]

    def person_for(self, token: str) -> Party | None:
        return self.persons.get(token)

    def pronoun(self, gender: str | None) -> Party | None:
        for party in reversed(self.recent_persons):
            if gender is None or party.gender in (None, gender):
                return party
        return None

    def remember_group(self, entities: list[Entity]) -> None:
        codes = {e.code for e in entities if e.code}
        if len(codes) >= 2:
            self.last_group = list(entities)
