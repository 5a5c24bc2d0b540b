"""find_persons: names, fullest forms and roles from invented sentences."""

from __future__ import annotations

import re

from claims.nlp.persons import find_persons, scan_names
from claims.nlp.quote_coref import named_last_in_paragraph


def test_surname_mention_gets_fullest_name():
    """A later surname-only mention carries the full name used earlier."""
    people = find_persons("Anna Berg spoke first. Later Berg left the room.")
    assert [p.name for p in people] == ["Anna Berg", "Anna Berg"]
    assert people[1].surface == "Berg"


def test_title_before_name_is_the_role():
    """'former U.S. President' before a name becomes its role, not part of the name."""
    (p,) = find_persons("Yesterday former U.S. President Sam Hale arrived.")
    assert p.name == "Sam Hale" and p.role == "former U.S. President"


def test_appositive_role():
    """'Name, the foreign minister,' gives the role from the appositive."""
    (p,) = find_persons("Ivo Marek, the foreign minister, declined to comment.")
    assert p.role == "the foreign minister" or p.role == "foreign minister"


def test_sentence_initial_common_word_is_not_part_of_a_name():
    """A capitalised sentence opener the article also writes in lower case is dropped from the name."""
    people = find_persons("Ada Roth spoke. Nobody else did, and nobody asked. Nobody Roth said more.")
    assert all(p.name == "Ada Roth" for p in people)


def test_an_honorific_marks_a_person_and_their_gender():
    """'Mr. Lund' and 'Ms Kjell' lose the honorific with the sentence's function words, but it makes the
    bare surname a person and gives the gender a pronoun must agree with."""
    names = {n.tokens[-1]: n for n in scan_names("Mr. Lund thanked staff. Later, Ms Kjell spoke.")}
    assert (names["Lund"].person, names["Lund"].gender) == (True, "m")
    assert (names["Kjell"].person, names["Kjell"].gender) == (True, "f")
    (judge,) = scan_names("In her ruling, Mrs Justice Ashdown wrote:")
    assert (judge.tokens, judge.gender) == (["Ashdown"], "f")


def test_an_honorific_name_after_a_comma_is_another_person_not_an_appositive_role():
    """'at the Residence, Ms Strand said': the words after the comma name someone, not the Residence's role."""
    (residence,) = [n for n in scan_names("Speaking at the Residence, Ms Strand said it.") if n.tokens == ["Residence"]]
    assert residence.role is None


def test_a_name_after_of_the_is_a_body_not_a_person():
    """'Arne Voss of the Civic Alliance': what a person belongs to reads like a two-word name."""
    names = scan_names("Opposition leader Arne Voss of the Civic Alliance dismissed the changes.")
    assert [n.tokens for n in names if n.person] == [["Arne", "Voss"]]


def test_a_pronoun_is_anchored_when_its_paragraph_names_the_speaker_last():
    """The last person its paragraph names before the quote is the only one a 'he said' can stand for."""
    text = (
        "Strand thanked her ministers.\n"
        "Opposition leader Arne Voss of the Civic Alliance dismissed the changes. “They are finished,” he said.\n"
        "Voss spoke. Then Oskar Lund left. “They are finished,” he said.\n"
    )
    first, second = (m.start() + 1 for m in re.finditer("“They", text))
    assert named_last_in_paragraph(text, first, "Arne Voss")
    assert not named_last_in_paragraph(text, first, "Helena Strand")
    assert not named_last_in_paragraph(text, second, "Arne Voss")
    counsel = "Nadia Florescu KC, defending, said her client was broken. “He has lost his name,” she said."
    assert named_last_in_paragraph(counsel, counsel.index("He has"), "Nadia Florescu")
    seat = "Quint, who sits as an independent for Ferrow, was among the critics. “We are trading the river,” she said."
    assert named_last_in_paragraph(seat, seat.index("We are"), "Hala Quint")
    other = "Quint thanked Ferrow, who nodded. “We are trading the river,” she said."
    assert not named_last_in_paragraph(other, other.index("We are"), "Hala Quint")


def test_a_full_stop_after_a_surname_ends_the_name():
    """'... Ola Brandt. Brandt told reporters': two mentions, not one name 'Ola Brandt. Brandt'; initials,
    titles and 'Jr.' keep their full stop inside a name."""
    names = [n.tokens for n in scan_names("It was led by Ola Brandt. Brandt told reporters. Rev. Al Sharpton came.")]
    assert names[:2] == [["Ola", "Brandt"], ["Brandt"]]
    assert ["Al", "Sharpton"] in names


def test_a_person_of_a_body_is_the_person_and_the_body():
    """'Mira Okonjo of Breathe Brecklow': a first name opens it, so a person and the body she is of; 'Bank
    of England' and 'Duke of York' open on no first name and stay one name."""
    names = scan_names("Outside, campaigner Mira Okonjo of Breathe Brecklow was jubilant.")
    assert [(" ".join(n.tokens), n.person) for n in names if n.tokens != ["Outside"]] == [
        ("Mira Okonjo", True),
        ("Breathe Brecklow", False),
    ]
    assert [" ".join(n.tokens) for n in scan_names("The Bank of England and the Duke of York met.")] == [
        "Bank of England",
        "Duke of York",
    ]


def test_a_pronoun_after_a_new_persons_paragraph_stands_for_them():
    """'Outside the town hall, campaigner Mira Okonjo was jubilant. “...,” she said.': the opener hides her
    as the sentence subject, yet the paragraph brings her in; the woman of the paragraph before is not who
    'she' is. A name inside a quotation, or two people in the paragraph, leave the subject rule alone."""
    from claims.nlp.quotes import extract_quotes

    lead = "Corinne Vasset said the levy was unfair. “We are taxing the poor,” she said.\n\n"
    new = lead + "Outside the town hall, campaigner Mira Okonjo was jubilant. “We have waited years,” she said."
    assert [q.speaker_name for q in extract_quotes(new)] == ["Corinne Vasset", "Mira Okonjo"]
    quoted = lead + "Vasset went on. “Even Mira Okonjo agrees with us,” she said."
    assert [q.speaker_name for q in extract_quotes(quoted)] == ["Corinne Vasset", "Corinne Vasset"]
    two = lead + "The mayor met Mira Okonjo and Anna Berg at the hall. “We have waited years,” she said."
    assert extract_quotes(two)[1].speaker_name == "Corinne Vasset"


def test_a_short_place_or_time_phrase_before_the_subject_leaves_the_subject():
    """'Outside court, Marsh was defiant. “...,” she said.': Marsh is the subject 'she' stands for, and the
    song title in quotation marks (“Lantern Road”) is nobody; 'In addition, United Technologies has ...'
    opens on a connective, not a place."""
    from claims.nlp.quotes import extract_quotes

    text = (
        "The singer Ysolde Marsh must pay her former bandmate Corin Vale after the court ruled that her hit"
        " “Lantern Road” copied a melody he wrote.\n\nThe judge rejected Vale’s second claim.\n\n"
        "Outside court, Marsh was defiant. “I know where that song came from,” she said."
    )
    assert [q.speaker_name for q in extract_quotes(text) if q.kind == "speech"] == ["Ysolde Marsh"]


def test_a_capitalised_word_opening_a_sentence_before_a_first_name_is_a_title():
    """'Vice-skip Kirsty Ballantyne said' and 'Lead Kirsty Ballantyne' are one person; 'Mary Ann Smith'
    (a first name first) and 'The New York Times' (a place) keep their words."""
    names = scan_names("Vice-skip Kirsty Ballantyne said it was close. Outside, Lead Kirsty Ballantyne wept.")
    assert [(n.tokens, n.role) for n in names if n.person] == [
        (["Kirsty", "Ballantyne"], "Vice-skip"), (["Kirsty", "Ballantyne"], "Lead")
    ]
    assert [n.tokens for n in scan_names("Mary Ann Smith spoke. The New York Times said so.")] == [
        ["Mary", "Ann", "Smith"], ["New", "York", "Times"]
    ]


def test_a_portfolio_after_minister_for_is_no_part_of_the_name():
    """'Minister for Parliamentary Affairs Oskar Vendt': the run after "Minister for" opens on the
    portfolio; the name starts at the first name. 'Minister for Health' alone names no one."""
    names = scan_names("Minister for Parliamentary Affairs Oskar Vendt said the chamber had spoken.")
    assert [n.tokens for n in names if n.person] == [["Oskar", "Vendt"]]
    assert not [n for n in scan_names("The Minister for Health said so.") if n.person]


def test_the_rev_before_a_name_opens_a_person_not_a_body():
    """'The Rev Abimbola Trent, the vicar, welcomed the ruling. “...,” she said.': 'The' before a clerical
    title opens a person, so she is the subject 'she' stands for, not the judge named before."""
    from claims.nlp.quotes import extract_quotes

    text = (
        "Chancellor Helen Stavordale ruled that the sale could go ahead.\n\n"
        "The Rev Abimbola Trent, the vicar, welcomed the ruling. “We have been praying under buckets,” she said."
    )
    assert [q.speaker_name for q in extract_quotes(text)] == ["Abimbola Trent"]


def test_an_office_named_by_its_title_alone_resolves_to_its_holder():
    """'Speaker Ramsauer said ... “...,” the Speaker added.': the office stands for the person who holds it."""
    from claims.nlp.quotes import extract_quotes

    text = (
        "Speaker Benedikt Ramsauer said the chamber was not a campsite. Minister Oskar Vendt agreed.\n\n"
        "“The opposition chose theatre over debate,” the Speaker added."
    )
    assert [q.speaker_name for q in extract_quotes(text)] == ["Benedikt Ramsauer"]


def test_a_pronoun_is_anchored_by_the_paragraph_before_when_its_own_names_no_one():
    """'Kask-Aarnes ... admitted a mistake. ¶ “...,” he said.': a paragraph naming no one before its quote
    continues the one before, if that names one person only; two people there anchor nothing."""
    from claims.nlp.quote_coref import named_last_in_paragraph

    one = "Kask-Aarnes finished 48 minutes behind and admitted a mistake.\n\n“The plateau was the worst,” he said."
    two = "Kask-Aarnes finished behind Toivo-Lund and admitted a mistake.\n\n“The plateau was the worst,” he said."
    assert named_last_in_paragraph(one, one.index("The plateau"), "Emil Kask-Aarnes")
    assert not named_last_in_paragraph(two, two.index("The plateau"), "Emil Kask-Aarnes")


def test_the_judge_stands_for_the_justice_named_before():
    """'Mrs Justice Helen Fairbrook said ... Felix Strand had argued ... “...,” the judge said.': a justice is
    the judge, not the last sentence's subject."""
    from claims.nlp.quotes import extract_quotes

    text = (
        "Mrs Justice Helen Fairbrook said the will was valid. Felix Strand had argued that his father lacked"
        " capacity.\n“There is no evidence of pressure,” the judge said."
    )
    assert [q.speaker_name for q in extract_quotes(text)] == ["Helen Fairbrook"]
    later = (  # the court a judge sits in is no word of her title
        "Painter’s sons lose fight over will\nThe late painter Ivo Marsh was “not a frightened old man” but an"
        " artist who “knew exactly what he was doing”, a High Court judge ruled yesterday, dismissing his sons’"
        " claim to his estate.\nMrs Justice Helen Fairbrook rejected that."
    )
    assert [q.speaker_name for q in extract_quotes(later)] == ["Helen Fairbrook", "Helen Fairbrook"]


def test_a_pronoun_is_anchored_by_being_its_paragraphs_one_person_of_that_gender():
    """'prosecutor Fenella Oakes said Rudd had started the blaze. “...,” she said.': Rudd, named last, is a
    man (Callum Rudd), so 'she' can only be Oakes; a person of unknown gender leaves it unanchored."""
    from claims.nlp.quote_coref import named_last_in_paragraph

    lead = "Callum Rudd, 44, was jailed.\n\n"
    para = "Outside court, prosecutor Fenella Oakes said Rudd had started the blaze. “He wanted revenge,” she said."
    text = lead + para
    at = text.index("He wanted")
    assert not named_last_in_paragraph(text, at, "Fenella Oakes")
    assert named_last_in_paragraph(text, at, "Fenella Oakes", "she")
    unknown = "Sami Rudd, 44, was jailed.\n\n" + para
    assert not named_last_in_paragraph(unknown, unknown.index("He wanted"), "Fenella Oakes", "she")


def test_a_title_opening_a_date_line_and_a_pronoun_after_an_opening_phrase():
    """'(LPA) - Informateur Margit Oyen-Faber recommended ...': the word after a date line's dash is a
    title; 'Early in the speech she promised to stand “...”': the pronoun is the subject, not 'Early'."""
    from claims.nlp.quotes import extract_quotes

    names = scan_names("VARNSTADT, April 17 (LPA) - Informateur Margit Oyen-Faber on Thursday recommended talks.")
    assert [(n.tokens, n.role) for n in names if n.person] == [(["Margit", "Oyen-Faber"], "Informateur")]
    text = "Agathe Murrow-Penn spoke for hours. Early in the speech she promised to stand “for as long as my legs will hold me,” and she did."
    assert [q.speaker_name for q in extract_quotes(text)] == ["Agathe Murrow-Penn"]


def test_a_body_named_by_its_kind_resolves_to_the_reports_one_body_of_that_kind():
    """'the museum said' → Ostley Maritime Museum, 'a council spokesman' → Brackenmoor District Council, 'a
    Corvid Air spokesperson' → Corvid Air; two councils named leave 'the council' unresolved."""
    from claims.nlp.quotes import extract_quotes

    def said(text):
        return [q.speaker_name for q in extract_quotes(text)]

    assert said("Ostley Maritime Museum backed it. “We are grateful to the jury,” the museum said.") == [
        "Ostley Maritime Museum"
    ]
    assert said("Brackenmoor District Council lost. “We will study it,” a council spokesman said.") == [
        "Brackenmoor District Council"
    ]
    assert said("Corvid Air lost. “We are disappointed,” a Corvid Air spokesperson said.") == ["Corvid Air"]
    two = "Elsby Town Council and Brackenmoor District Council met. “We will study it,” the council said."
    assert said(two) == [None]
