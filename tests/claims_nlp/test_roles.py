"""Title + name mentions and their normalised roles."""

from claims.nlp.roles import find_roles


def roles(text):
    return [(r.key, r.office, r.tense, r.country) for r in find_roles(text)]


def test_former_title_before_name():
    """'former U.S. President Jane Doe' is a former US president."""
    assert roles("It said former U.S. President Jane Doe will speak.") == [
        ("doe", "president", "former", "us")
    ]


def test_current_title_before_name():
    """'President Doe' is a sitting president."""
    assert roles("On Monday, President Doe spoke.") == [("doe", "president", "current", None)]


def test_apposition_after_country_possessive():
    """'Freedonia’s president, Rufus Firefly' is Freedonia's sitting president."""
    [r] = find_roles("Talks began after Freedonia’s president, Rufus Firefly, arrived.")
    assert (r.key, r.office, r.tense, r.country) == ("firefly", "president", "current", "freedoni")


def test_incoming_title():
    """'the incoming Ruritanian chancellor, Karl Brandt' is incoming."""
    [r] = find_roles("He met the incoming Ruritanian chancellor, Karl Brandt, on Friday.")
    assert (r.office, r.tense) == ("chancellor", "incoming")


def test_bare_title_refers_back_to_last_holder():
    """'The U.S. president' resolves to the person last called president."""
    text = "President Jane Doe met aides. Later, the U.S. president left for Ohio."
    found = find_roles(text)
    assert [r.key for r in found] == ["doe", "doe"]
    assert found[1].text == "the U.S. president"


def test_capitalised_former_and_then_titles():
    """ "Former Senator" is former; "then-Senator" is historical, neither current."""
    assert roles("Former Senator Bo Li met then-Senator Ana Ruiz.") == [
        ("li", "senator", "former", None),
        ("ruiz", "senator", "historical", None),
    ]


def test_apposition_needs_a_determiner_or_a_country():
    """ "voted for president, Clinton" names no office holder; "the president, Jane Doe" does."""
    assert roles("Most voted for president, Ana Ruiz said.") == []
    assert roles("He met the president, Jane Doe, on Friday.") == [("doe", "president", "current", None)]


def test_place_between_tense_and_office_and_abbreviated_titles():
    """ "former Freedonia governor Ana Ruiz" is a former governor; "Sen. Bo Li" a senator."""
    assert roles("Former Freedonia governor Ana Ruiz met Sen. Bo Li and Gov. Al Roe.") == [
        ("ruiz", "governor", "former", "freedoni"),
        ("li", "senator", "current", None),
        ("roe", "governor", "current", None),
    ]
    assert roles("He met former Vice President Al Roe.") == [("roe", "vice president", "former", None)]


def test_a_club_captain_or_chief_executive_is_an_office():
    """'Former captain Kofi Ashdale' against 'Captain Kofi Ashdale': a club has one captain at a time."""
    (former,) = find_roles("Former captain Kofi Ashdale said the players had to look in the mirror.")
    assert (former.office, former.tense, former.person) == ("captain", "former", "Kofi Ashdale")
    (ceo,) = find_roles("Halvorsen chief executive Teresa Quill said the company would appeal.")
    assert (ceo.office, ceo.tense) == ("chief executive", "current")


def test_an_office_after_the_name_and_a_party_deputy_leader():
    """'Rupert Ashgrove, the party's deputy leader' (current) against 'former deputy leader Rupert
    Ashgrove'; an apposition that names no office says nothing."""
    (current,) = find_roles("Her margin over Rupert Ashgrove, the party’s deputy leader, was 4,400.")
    assert (current.person, current.office, current.tense) == ("Rupert Ashgrove", "deputy leader", "current")
    (former,) = find_roles("She beat former deputy leader Rupert Ashgrove.")
    assert (former.office, former.tense) == ("deputy leader", "former")
    assert find_roles("Nadia Ferreol, the opposition’s health spokeswoman, said no.") == []


def test_a_teams_coach_or_manager_is_one_office_but_not_a_campaign_manager():
    """'Foxes coach Ivan Petrak' is the sitting coach, 'Former Foxes coach Ivan Petrak' a former one; 'former
    campaign manager X' and 'assistant coach X' hold other offices than the team's, so they are not read."""
    assert [(r.office, r.tense) for r in find_roles("Foxes coach Ivan Petrak said so.")] == [("coach", "current")]
    assert [(r.office, r.tense) for r in find_roles("Former Foxes coach Ivan Petrak was gracious.")] == [
        ("coach", "former")
    ]
    assert find_roles("Former campaign manager Corey Lane and assistant coach Bo Lind spoke.") == []
