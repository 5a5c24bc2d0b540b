"""Number conflicts between reports of one story whose sentences are not linked as one claim."""

from claims.nlp.claim_contradictions import ArticleFacts
from claims.nlp.claims import extract_claims
from claims.nlp.story_numbers import story_number_findings

# Two sentences every report of the invented trial shares, so the reports are one story.
SHARED = (
    "Judge Amal Voss said the harm done to the port authority had been grave and lasting. "
    "Defence lawyer Rui Kamara said his client had shown genuine remorse for the fraud. "
)


def facts(aid, text, published="2031-05-04"):
    return ArticleFacts(aid, text, published, extract_claims(text, [], []), [])


def shared_groups(*articles):
    """The shared sentences linked as one claim each across the articles."""
    groups = {}
    for g, marker in enumerate(("Judge Amal Voss", "Rui Kamara")):
        groups[g] = [(a.article_id, i) for a in articles for i, c in enumerate(a.claims) if marker in c.sentence]
    return groups


def findings(*articles, groups=None):
    return story_number_findings(list(articles), shared_groups(*articles) if groups is None else groups)


def test_unlinked_sentences_of_one_story_conflict_on_the_prison_term():
    a = facts(1, "Port clerk Orla Penn was jailed for six years at Tarrow Crown Court. " + SHARED)
    b = facts(2, SHARED + "Penn, 52, has been sentenced to five years in prison for taking bribes.")
    c = facts(3, "A port clerk was jailed for six years on Friday. " + SHARED)
    [f] = findings(a, b, c)
    assert f.kind == "number"
    assert {(i.article_id, i.text, i.side) for i in f.items} == {
        (1, "six years", "A"), (3, "six years", "A"), (2, "five years", "B")
    }
    for item in f.items:
        assert [a, b, c][item.article_id - 1].text[item.start : item.end] == item.text


def test_crowd_counted_by_different_nouns_conflicts():
    a = facts(1, "Dunmore beat Carrick Athletic on Saturday in front of a crowd of 21,400. " + SHARED)
    b = facts(2, SHARED + "Around 9,000 supporters watched Dunmore win.")
    [f] = findings(a, b)
    assert {i.text for i in f.items} == {"21,400", "Around 9,000 supporters"}


def test_figures_that_agree_within_their_hedges_do_not_conflict():
    a = facts(1, "Dunmore beat Carrick Athletic on Saturday in front of a crowd of 21,400. " + SHARED)
    b = facts(2, SHARED + "Around 20,000 supporters watched Dunmore win.")
    assert findings(a, b) == []


def test_one_shared_claim_is_not_one_story():
    """Unless the two reports name mostly the same people, places and bodies (below)."""
    a = facts(1, "Port clerk Orla Penn was jailed for six years at Tarrow Crown Court. " + SHARED)
    b = facts(
        2,
        SHARED + "In Vellport, harbour master Tomas Reyl, Mayor Ines Quist and Senator Ada Morrow met the "
        "Coastguard Agency and Vellport Ferries. Penn has been sentenced to five years in prison for taking bribes.",
    )
    assert findings(a, b, groups=dict(list(shared_groups(a, b).items())[:1])) == []


def test_reports_naming_mostly_the_same_people_and_places_are_one_story_without_links():
    """Nothing linked, yet the two name the clerk, the court, the judge and the lawyer: one story."""
    a = facts(1, "Port clerk Orla Penn was jailed for six years at Tarrow Crown Court. " + SHARED)
    b = facts(2, "At Tarrow Crown Court, Judge Amal Voss sentenced Orla Penn to five years in prison. "
                 "Rui Kamara, defending, said she was sorry.")
    [f] = findings(a, b, groups={})
    assert {(i.article_id, i.text) for i in f.items} == {(1, "six years"), (2, "five years")}
    later = facts(2, b.text, published="2031-06-30")
    assert findings(a, later, groups={}) == []


def test_reports_quoting_one_remark_are_one_story():
    """Sentences built unlike each other link few claims ('a 4-3 ruling' / 'by five votes to two'); two
    reports that also quote the same remarks (quote groups) cover one occasion all the same."""
    a = facts(1, "The Supreme Court of Varn struck down the tax on Tuesday, ruling by five votes to two. " + SHARED)
    b = facts(
        2,
        "Justice Ann Roe, writing for the court in the 4-3 ruling, held the tax unlawful. " + SHARED.split(". ")[0]
        + ". Finance Minister Ilse Brandt and Mayor Otto Fenn welcomed it.",
    )
    one_claim = dict(list(shared_groups(a, b).items())[:1])
    assert story_number_findings([a, b], one_claim) == []
    [f] = story_number_findings([a, b], one_claim, utterances=[{1, 2}])
    assert {(i.article_id, i.text) for i in f.items} == {(1, "by five votes to two"), (2, "4-3")}


def test_reports_days_apart_are_different_stories():
    a = facts(1, "Port clerk Orla Penn was jailed for six years. " + SHARED, published="2031-05-04")
    b = facts(2, SHARED + "Penn has been sentenced to five years in prison.", published="2031-05-20")
    assert findings(a, b) == []


def test_an_article_giving_two_terms_pairs_with_nothing():
    """Two prison terms in one report are two defendants: which one another report gives is unknown."""
    a = facts(1, "Orla Penn was jailed for six years. Her partner was jailed for two years. " + SHARED)
    b = facts(2, SHARED + "Penn has been sentenced to five years in prison.")
    assert findings(a, b) == []


def test_different_measures_never_pair():
    """A prison term and how long the bribes went on are both years, but not one measure."""
    a = facts(1, "Orla Penn was jailed for six years. " + SHARED)
    b = facts(2, SHARED + "Penn took £80,000 in bribes over three years.")
    assert findings(a, b) == []


def test_background_events_named_apart_never_pair():
    """Reports of one story recalling two other attacks: different places, different tolls, no conflict."""
    a = facts(1, SHARED + "The judge recalled the attack that killed 14 people in Larkspur last spring.")
    b = facts(2, SHARED + "The judge recalled the bombing that killed 130 people in Vessenby last spring.")
    assert findings(a, b) == []


def test_a_count_of_one_group_is_not_the_whole_toll():
    """'killed 12 soldiers' and 'killed 30 people' count different things."""
    a = facts(1, SHARED + "Officials said the blast at the Tarrow depot killed 12 soldiers on Sunday.")
    b = facts(2, SHARED + "Officials said the blast at the Tarrow depot killed 30 people on Sunday.")
    assert findings(a, b) == []


def test_a_count_of_things_by_one_verb_conflicts():
    """'made 14 recommendations' / 'makes 16 recommendations': the plural noun and the verb that governs
    the figure say what is counted. A figure of a phrase ('signed by 175 countries') counts nothing a
    verb says, and 'until 55 countries' pairs with nothing."""
    a = facts(1, "The Greyholm inquiry report made 14 recommendations on stewarding. " + SHARED)
    b = facts(2, SHARED + "The Greyholm inquiry report makes 16 recommendations on stewarding.")
    [f] = findings(a, b)
    assert {(i.text, i.side) for i in f.items} == {("14 recommendations", "A"), ("16 recommendations", "B")}
    c = facts(3, "The accord was signed by 175 countries in New York. " + SHARED)
    d = facts(4, SHARED + "The accord takes effect only when it is ratified by 55 countries.")
    assert findings(c, d) == []


def test_a_round_ups_other_case_is_not_the_storys_figure():
    """A court round-up's other case ('At the same court, Kieran Dollan, 24, was jailed for 18 months')
    is not the story's sentence; a judge named only in one report is no sign of another case."""
    a = facts(1, "Port clerk Orla Penn was jailed for six years at Tarrow Crown Court. " + SHARED)
    b = facts(2, SHARED + "At the same court, Kieran Dollan, 24, was jailed for 18 months for arson.")
    c = facts(3, SHARED + "Penn, sentenced by Justice Ann Roe, was jailed for five years.")
    assert findings(a, b) == []
    assert len(findings(a, c)) == 1


def test_a_transposed_figure_another_rule_found_is_reported_once():
    """The award rule reads "£85,000" and the transposed-digits rule "85,000": one finding."""
    from claims.nlp.number_rules import number_findings

    a = facts(1, "The jury awarded Farrow £85,000 in damages. " + SHARED)
    b = facts(2, SHARED + "Farrow was awarded £58,000 in damages by the jury.")
    found = [f for f in number_findings([a, b], shared_groups(a, b)) if f.kind == "number"]
    assert [sorted(i.text for i in f.items) for f in found] == [["£58,000", "£85,000"]]


def test_two_ages_for_the_one_person_a_story_describes_conflict():
    """'a 19-year-old apprentice' / 'a 21-year-old apprentice'; ages of people described otherwise, or
    named otherwise, are not compared."""
    a = facts(1, "A 19-year-old apprentice died at the Tarrow grain store, the inquest heard. " + SHARED)
    b = facts(2, SHARED + "The inquest heard that a 21-year-old apprentice died at the Tarrow grain store.")
    c = facts(3, SHARED + "The inquest heard that a 45-year-old driver saw the Tarrow grain store alarm.")
    [f] = findings(a, b, c)
    assert sorted(i.text for i in f.items) == ["19-year-old", "21-year-old"]


def test_a_winners_share_of_the_vote_rounds_to_its_last_digit():
    """'took 55.8% of the vote' / 'almost 56 per cent of the vote' agree; '58 percent of the vote' does
    not, though it lies within 2% of 55.8."""
    a = facts(1, "Ines Caldbeck took 55.8% of the vote in the Tarrow ballot. " + SHARED)
    b = facts(2, SHARED + "Ines Caldbeck won the Tarrow ballot, winning almost 56 per cent of the vote.")
    c = facts(3, SHARED + "Ines Caldbeck won the Tarrow ballot with 58 percent of the vote.")
    [f] = findings(a, b, c)
    assert sorted((i.article_id, i.text, i.side) for i in f.items) == [
        (1, "55.8%", "A"), (2, "almost 56 per cent", "A"), (3, "58 percent", "B")
    ]
    assert findings(a, b) == []


def test_a_split_vote_and_a_lost_match_are_results_and_results_on_other_scales_never_pair():
    """'split 8-5' against 'voted 9-4'; 'went down 4-3' against 'won 4-2' in games, but not against
    '13-11', the points of one game."""
    a = facts(1, "The committee voted 9-4 to impeach the governor. " + SHARED)
    b = facts(2, SHARED + "Committee members split 8-5, sending the case to the assembly.")
    [f] = findings(a, b)
    assert {(i.article_id, i.text) for i in f.items} == {(1, "9-4"), (2, "8-5")}
    c = facts(3, "Varga won the final 4-2 in Port Averly. " + SHARED)
    d = facts(4, SHARED + "Dressler went down 4-3 after a disputed edge ball.")
    e = facts(5, SHARED + "Varga closed the fourth game out 13-11.")
    assert [{i.text for i in f.items} for f in findings(c, d)] == [{"4-2", "4-3"}]
    assert findings(d, e) == []
