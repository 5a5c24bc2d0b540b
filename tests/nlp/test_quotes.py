"""Quote extraction: quotation styles, kinds and attribution patterns on invented sentences."""

from __future__ import annotations

from claims.nlp.quotes import extract_quotes


def _one(text: str):
    quotes = extract_quotes(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_curly_double_quote_with_speaker_after():
    """“...,” Name said: the content between the marks, speaker after the quote."""
    q = _one("“We will build the bridge,” Maria Lopez said on Monday.")
    assert q.text == "We will build the bridge," and q.speaker_name == "Maria Lopez" and q.cue == "said"


def test_straight_double_quote_with_inverted_cue():
    """"...," said Title Name: inverted attribution."""
    q = _one('"Prices will fall," said Sen. Tom Baker.')
    assert q.speaker_mention == "Sen. Tom Baker" and q.speaker_name == "Tom Baker"


def test_archive_double_apostrophes():
    """The '' pairs some archives use for both marks."""
    q = _one("''The plan is dead,'' Mr. Okafor said.")
    assert q.text == "The plan is dead," and q.speaker_mention == "Mr. Okafor"


def test_backtick_pair():
    """`` opens and '' closes."""
    assert _one("He called it ``a disaster'' on Tuesday.").text == "a disaster"


def test_guillemets():
    """« » are quotation marks."""
    assert _one("Le ministre a dit: «Nous partons.»").text == "Nous partons."


def test_uk_single_marks_ignore_apostrophes():
    """Single marks as outer quotes; apostrophes in don’t, Kenya’s and ’90s are not marks."""
    text = "Kenya’s minister said: ‘We don’t want the ’90s back.’ Then he left."
    q = _one(text)
    assert q.text == "We don’t want the ’90s back."


def test_plural_possessive_inside_single_quote():
    """A ’ after an s closes the quote only when no later mark can."""
    q = _one("She said: ‘The voters’ choice is clear.’")
    assert q.text == "The voters’ choice is clear."


def test_nested_quote_stays_inside_outer():
    """A quote inside a quote is part of the outer item, not a second one."""
    q = _one("“He told me ‘never again’ last year,” Ana Silva said.")
    assert q.text == "He told me ‘never again’ last year,"


def test_split_quote_gives_two_items_with_same_speaker():
    """“A,” he said, “B.” is two items, both attributed."""
    a, b = extract_quotes("Tom Reed spoke. “First part,” he said, “second part.”")
    assert (a.text, b.text) == ("First part,", "second part.")
    assert a.speaker_mention == b.speaker_mention == "he"
    assert a.speaker_name == b.speaker_name == "Tom Reed"


def test_multi_paragraph_quote_is_one_item_per_paragraph():
    """A paragraph that opens with a mark continues an unclosed quote; the speaker carries over."""
    text = "Lena Ortiz said:\n\n“The first paragraph goes on.\n\n“And the second one ends here.”"
    a, b = extract_quotes(text)
    assert a.text == "The first paragraph goes on." and b.text == "And the second one ends here."
    assert a.speaker_name == b.speaker_name == "Lena Ortiz"


def test_unclosed_mark_never_crosses_a_paragraph():
    """An unclosed mark yields at most a span inside its own paragraph."""
    text = "He said “this never closes\n\nA new paragraph with no marks."
    for q in extract_quotes(text):
        assert "\n" not in q.text


def test_colon_introduction():
    """Name said: “...”."""
    q = _one("Hugo Brandt said: “The talks failed.”")
    assert q.speaker_name == "Hugo Brandt" and not q.partial


def test_appositive_subject():
    """Name, a doctor, said “...”: the name is the speaker, not the appositive."""
    q = _one("Hugh Hill, a doctor in Leeds, said, “The ward is full.”")
    assert q.speaker_name == "Hugh Hill"


def test_according_to():
    """according to Name, “...”."""
    q = _one("According to Priya Nair, “the numbers are wrong.”")
    assert q.speaker_name == "Priya Nair" and q.cue.lower() == "according to"


def test_quoted_as_saying():
    """Name was quoted by a paper as saying “...”."""
    q = _one("Jon Amis was quoted by The Herald as saying: “We need more time.”")
    assert q.speaker_name == "Jon Amis"


def test_pronoun_resolves_to_previous_subject():
    """he said resolves to the person the previous sentence is about."""
    q = _one("Carlos Mendes arrived late. “I was stuck in traffic,” he said.")
    assert q.speaker_mention == "he" and q.speaker_name == "Carlos Mendes"


def test_description_resolves_by_role():
    """“the Ukrainian leader” resolves to the person given that role earlier."""
    text = "Ukrainian President Ivan Koval met reporters. The Ukrainian leader said: “We are ready.”"
    q = _one(text)
    assert q.speaker_mention == "The Ukrainian leader" and q.speaker_name == "Ivan Koval"


def test_surname_resolves_to_fullest_name():
    """A surname alone resolves to the fullest form used in the article."""
    q = _one("Greta Lind won the vote. “It was close,” Lind said.")
    assert q.speaker_name == "Greta Lind"


def test_partial_quote_in_reported_speech():
    """A quoted fragment inside a reported-speech sentence is partial speech."""
    q = _one("Omar Haddad said the deal was “a very big step for the region and for us”.")
    assert q.kind == "speech" and q.partial and q.speaker_name == "Omar Haddad"


def test_scare_quote_is_a_term():
    """A one- or two-word quoted label is a term."""
    q = _one("Critics called the scheme a “backstop” for banks.")
    assert q.kind == "term"


def test_quote_paragraph_without_cue_continues_previous_speaker():
    """A quote paragraph with no cue takes the speaker of the adjacent previous quote."""
    text = "“We start now,” Ruth Kim said.\n\n“And we will not stop.”"
    a, b = extract_quotes(text)
    assert b.speaker_name == "Ruth Kim" and b.speaker_mention == a.speaker_mention


def test_headline_quote_is_left_out():
    """A short one-line title opening the text clips quotes; its quotes are not extracted."""
    text = "Minister: ‘We will not back down’\n\nThe minister spoke on Friday."
    assert extract_quotes(text) == []


def test_short_opening_paragraph_with_said_is_prose():
    """An opening paragraph quoting with “...,” X said is a lede, not a headline."""
    text = "“We will not back down,” the minister said.\n\nShe spoke on Friday."
    assert [q.text for q in extract_quotes(text)] == ["We will not back down,"]


def test_title_of_a_show_is_not_a_quote():
    """A Title Case name after a broadcaster's possessive is a title of a work, not speech."""
    text = "Later that day, the senator appeared on CBS’s “Face the Morning,” where he said “we will win this fight.”"
    assert [q.text for q in extract_quotes(text)] == ["we will win this fight."]


def test_no_marks_no_quotes():
    """Text without quotation marks gives no quotes."""
    assert extract_quotes("Nothing here is quoted, isn’t it.") == []


def test_adverb_between_subject_and_cue():
    """An adverb between subject and cue ("Ina Voss initially said") does not hide the subject."""
    q = _one("Ina Voss initially said in the spring, “We sent nothing classified.”")
    assert q.speaker_mention == "Ina Voss"


def test_complement_clause_belongs_to_the_outer_speaker():
    """In "A said B had referred to it as a “...”" the quote is attributed to A, who reports it."""
    q = _one("Ana Ruiz said the mayor had referred to the plan as a “total fantasy” on Monday.")
    assert q.speaker_mention == "Ana Ruiz"


def test_common_noun_subject_after_the_quote():
    """'“...,” federal prosecutors wrote': a plain noun phrase between quote and cue is the speaker."""
    q = _one("“The harm caused is incalculable,” federal prosecutors wrote in the filing.")
    assert q.speaker_mention == "federal prosecutors"


def test_relative_pronoun_is_the_mention_and_resolves_to_its_antecedent():
    """'Name, who called it “...”': the mention is "who", the name is the person before it."""
    q = _one("Tom Ashby, who called the plan “a slow-motion disaster for everyone,” left early.")
    assert q.speaker_mention == "who" and q.speaker_name == "Tom Ashby"


def test_transcript_line_names_its_speaker():
    """A quoted transcript line "LANE: ..." is attributed to the name in capitals."""
    text = "The exchange went on.\n\n\"LANE: Well, I think the question is the wrong one.\""
    q = _one(text)
    assert q.speaker_mention == "LANE"


def test_cue_in_the_next_sentence_is_not_used():
    """A quote that closes its sentence keeps the cue before it, not the next sentence's cue."""
    q = _one("Bo Lind said on Monday that it was “a fair deal for the town.” Kay Moss said little.")
    assert q.speaker_mention == "Bo Lind"


def test_capitalised_inverted_cue_opens_the_sentence():
    """"Stated Ann Cole: “...”": a cue verb may open the sentence before its subject."""
    q = _one("The hall was full.\n\nStated Ann Cole: “We are ready for whatever comes next.”")
    assert q.speaker_mention == "Ann Cole"
