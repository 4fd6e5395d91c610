"""Round four of data/dev (session 19), one of two annotators (US metro crime/courts, Canadian public broadcaster health decision, tech trade recall); loaded by
annotations.py. Written blind to the system like rounds one to three; the system was
measured on round four once before any rule looked at it (data/dev/README.md).

Hand annotations for three invented articles (attribution dev set, batch r4a).

Same format as data/samples/annotations.py: every statement written out by its
exact text, mention and cue located relative to it; build_gold.py computes the
offsets. Texts live beside this file as ``<id>.txt``. Every person,
organisation, town and company in them is invented.

Decisions taken where the written rules leave a case open are noted in
comments next to the statements concerned.
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)

SOURCE = "attribution dev"


# --------------------------------------------------------------------------- #
# 1. US metro crime/courts story. Straight quotes and apostrophes, fronted
#    indirect statements ("..., the X announced"; "..., police said"), title
#    alone as re-mention ("The chief"), org speaker re-mentioned as "the
#    prosecutor's office", a lawyer "for" the accused, "testified", a speaker in
#    a relative clause, two people speaking together, a follow-on paragraph
#    with no cue. Not statements: "drew swift criticism" (reaction without
#    content), the scare-quoted term "reverse waivers," and "declined to comment".
PROSECUTORS = _who("Oldrey County Prosecutor's Office", "Oldrey County Prosecutor's Office",
                   speaker_aliases=["Oldrey County Prosecutor’s Office"],
                   affiliation_aliases=["Oldrey County Prosecutor’s Office"])
# "police said": the only police force in the story is the Fenwick Bay Police
# Department, named later in the article; that is the fullest name given.
POLICE = _who("Fenwick Bay Police Department", "Fenwick Bay Police Department",
              speaker_aliases=["Fenwick Bay police"], affiliation_aliases=["Fenwick Bay police"])
# Kell's title names no body; she speaks for the department the article names
# ("the department" she commands is the Fenwick Bay Police Department).
KELL = _who("Ramona Kell", "Fenwick Bay Police Department", "Police Chief",
            affiliation_aliases=["Fenwick Bay police"])
BRIGHTWELL = _who("Alana Brightwell", "Oldrey County Prosecutor's Office",
                  "Chief Deputy Prosecutor",
                  affiliation_aliases=["Oldrey County Prosecutor’s Office"])
# "a lawyer for Almquist": by analogy with "A spokeswoman for Norvik Energy"
# (the "for" phrase names whom the speaker speaks for) the affiliation is the
# client, even though the client is a person rather than an organisation.
COLE = _who("Nathan Cole", "Devin Almquist", "lawyer", affiliation_aliases=["Almquist"])
FERRO = _who("Luis Ferro", "Fenwick Bay Police Department", "homicide detective",
             affiliation_aliases=["Fenwick Bay police"])
# "Oldrey County Circuit Judge Harriet Osei": like "Coalition Command Press
# Secretary" the body before the title is the affiliation; the court itself is
# never named, so "Oldrey County Circuit Court" is only an alias.
OSEI = _who("Harriet Osei", "Oldrey County", "Circuit Judge",
            affiliation_aliases=["Oldrey County Circuit Court"])
# Two people speaking together ("Patrice and Kiara Haines ... said in a
# statement"): the speaker is the first named, the second is an alias; the
# mention is the whole coordinated phrase; role is the first-named speaker's.
HAINES = _who("Patrice Haines", None, "widow", speaker_aliases=["Kiara Haines"])
PETTIS = _who("Gloria Pettis", None, "neighbor")

FENWICK = {
    "id": "fenwick-bay-clerk-shooting",
    "title": "Teen to be tried as adult in killing of Fenwick Bay store clerk",
    "published": "2025-02-18",
    "target": "trying Devin Almquist as an adult",
    "quotes": [
        Q("A 17-year-old will be tried as an adult in the fatal shooting of an overnight clerk "
          "at an East Side convenience store", "indirect", **PROSECUTORS, stance="support",
          mention=("the Oldrey County Prosecutor's Office", "after"), cue=("announced", "after")),
        Q("Devin Almquist, of the 1400 block of Carver Street, is charged with first-degree "
          "murder and armed robbery in the Feb. 9 death of Samuel Haines, 52", "indirect",
          **POLICE, stance="neutral", mention=("police", "after"), cue=("said", "after")),
        Q("This was a cold, calculated act against a man who was doing his job, and it should "
          "be treated as exactly that,", "direct", **KELL, stance="support",
          mention=("Police Chief Ramona Kell", "after"), cue=("said", "after")),
        Q("Mr. Haines opened that store every night for 11 years. He deserved to go home.",
          "direct", **KELL, stance="neutral"),
        # The relative clause ("who has pushed for tougher penalties ...") has no
        # speech cue and is background, not a statement.
        Q("the decision on how to charge Almquist belonged to prosecutors", "indirect", **KELL,
          stance="neutral", mention=("The chief", "before"), cue=("said", "before")),
        Q("the severity of the crime and Almquist's \"prior contacts with the juvenile system\" "
          "left it with \"no appropriate alternative\" to adult court", "mixed", **PROSECUTORS,
          stance="support", mention=("the prosecutor's office", "before"), cue=("said", "before")),
        Q("Mr. Haines's family deserves to see this case decided in a court that can impose a "
          "sentence that matches the harm done,", "direct", **BRIGHTWELL, stance="support",
          mention=("Chief Deputy Prosecutor Alana Brightwell", "after"), cue=("wrote", "after")),
        # "said X and that Y" under one cue is one statement (as in the samples);
        # "who has no adult record" is embedded and not annotated separately.
        Q("the move was \"a political decision dressed up as a legal one\" and that his client, "
          "who has no adult record, had been \"convicted on the 6 o'clock news\" before any "
          "evidence was tested", "mixed", **COLE, stance="oppose",
          mention=("Nathan Cole", "before"), cue=("said", "before")),
        Q("Devin is a kid. He was a kid on Feb. 9, and he's a kid today,", "direct", **COLE,
          stance="oppose", mention=("Cole", "after"), cue=("told reporters", "after")),
        Q("If the state wants to treat him like a grown man, it should have to prove he acted "
          "like one.", "direct", **COLE, stance="oppose"),
        Q("he would ask a judge to send the case back to juvenile court", "indirect", **COLE,
          stance="oppose", mention=("Cole", "before"), cue=("said", "before")),
        Q("Haines had already handed over the cash from the register when he was shot once in "
          "the chest", "indirect", **FERRO, stance="neutral",
          mention=("Luis Ferro", "before"), cue=("testified", "before")),
        # Statement inside a relative clause ("X, who said ..., ordered ..."): the
        # mention is the antecedent name with its title, not the relative pronoun
        # "who". The span keeps the comma that stands inside the closing mark.
        Q("the question of which court should hear the case was \"not before me today,\"",
          "mixed", **OSEI, stance="neutral",
          mention=("Oldrey County Circuit Judge Harriet Osei", "before"), cue=("said", "before")),
        Q("We don't care what courtroom this happens in. We care that somebody answers for what "
          "happened to Sam,", "direct", **HAINES, stance="neutral",
          mention=("Patrice and Kiara Haines", "after"), cue=("said", "after")),
        # Follow-on paragraph with no cue: same speakers, mention and cue null.
        Q("He knew every kid on this block by name. If that boy had asked him for help, Sam "
          "would have given it.", "direct", **HAINES, stance="neutral"),
        Q("That corner has been rough for a while, but nobody saw this coming. He took a life, "
          "and he's 17. I honestly don't know what the right answer is,", "direct", **PETTIS,
          stance="neutral", mention=("Gloria Pettis", "after"), cue=("said", "after")),
    ],
}

# --------------------------------------------------------------------------- #
# 2. Canadian public-broadcaster story on a provincial health decision. Curly
#    quotes and ’ apostrophes (hours’, Nurses’), a fronted indirect with
#    "announced" plus "saying" from the same mention, "conceded ... but
#    insisted" (two statements, one mention), a statement in a relative clause,
#    a multi-paragraph quote after "She told the legislature:", an org speaker
#    with a possessive re-mention ("The union’s president"), a think-tank
#    report as speaker ("According to a report", "The report says"), an
#    anonymous speaker without an organisation. Not statements: "defended it
#    during question period", "That proviso worries front-line staff", "A rural
#    physicians’ group welcomed the added ambulances" (reactions without content);
#    "The premier promised these towns ..." is embedded inside Ferrier's quote.
# Ministers: the article never names a fuller body than "the province" /
# "the government", so affiliation is "government" (the rules' default).
BHATT = _who("Arjun Bhatt", "government", "Health Minister", affiliation_aliases=["province"])
MARCHETTI = _who("Colleen Marchetti", "government", "Premier", affiliation_aliases=["province"])
FERRIER = _who("Dana Ferrier", "Common Ground", "health critic")
NURSES = _who("Provincial Nurses’ Union", "Provincial Nurses’ Union",
              speaker_aliases=["Provincial Nurses' Union"],
              affiliation_aliases=["Provincial Nurses' Union"])
TKACHUK = _who("Maureen Tkachuk", "Provincial Nurses’ Union", "president",
               affiliation_aliases=["Provincial Nurses' Union"])
# A report speaks for the body that published it, as a judgment speaks for
# the court; the mention is the phrase the cue attaches to ("a report").
LARCHMERE = _who("Larchmere Institute", "Larchmere Institute")

RURAL_ER = {
    "id": "rural-er-overnight-closures",
    "title": "Province to close three rural emergency departments overnight",
    "published": "2025-09-25",
    "target": "the overnight emergency department closures",
    "quotes": [
        Q("The province will close the emergency departments at three rural hospitals overnight "
          "starting Nov. 1", "indirect", **BHATT, stance="support",
          mention=("Health Minister Arjun Bhatt", "after"), cue=("announced", "after")),
        Q("the move will end the last-minute closures that have left patients driving up to "
          "locked doors", "indirect", **BHATT, stance="support",
          mention=("Health Minister Arjun Bhatt", "before"), cue=("saying", "before")),
        Q("We have been closing these departments anyway, one night at a time, with a few hours’ "
          "notice on a website,", "direct", **BHATT, stance="support",
          mention=("Bhatt", "after"), cue=("told reporters", "after")),
        Q("That is the worst of all worlds. People deserve to know where to go before they get "
          "in the car.", "direct", **BHATT, stance="support"),
        # A conceded drawback stated as a fact (longer rides), not a judgment on
        # the closures: neutral.
        Q("some patients would face longer ambulance rides", "indirect", **BHATT,
          stance="neutral", mention=("The minister", "before"), cue=("conceded", "before")),
        Q("the province would have four additional overnight paramedic crews on the road in the "
          "region by December", "indirect", **BHATT, stance="support",
          mention=("The minister", "before"), cue=("insisted", "before")),
        # Relative-clause statement; mention is the antecedent with its title.
        Q("she had approved the plan “with a heavy heart,”", "mixed", **MARCHETTI,
          stance="support", mention=("Premier Colleen Marchetti", "before"),
          cue=("said", "before")),
        Q("Not one of these hospitals is closing. What is closing is the guessing game,",
          "direct", **MARCHETTI, stance="support", mention=("she", "after"),
          cue=("said", "after")),
        Q("the government was “rationing emergency care by postal code” and had broken a promise "
          "to rural voters", "mixed", **FERRIER, stance="oppose",
          mention=("Common Ground health critic Dana Ferrier", "before"), cue=("said", "before")),
        Q("Ask anyone in Tolland Mills what 70 kilometres means in January. It means black ice, "
          "it means whiteouts, it means a man having a heart attack in the back seat of his "
          "brother’s pickup.\n\n“The premier promised these towns she would fix rural health "
          "care. Instead, she has put it on a timer.", "direct", **FERRIER, stance="oppose",
          mention=("She", "before"), cue=("told the legislature", "before")),
        # Not being consulted is a procedural complaint: neutral.
        Q("it had not been consulted", "indirect", **NURSES, stance="neutral",
          mention=("The Provincial Nurses’ Union", "before"), cue=("said", "before")),
        Q("the overnight closures were the result of a staffing crisis the province created by "
          "holding nurses’ wage increases to one per cent a year from 2019 to 2023", "indirect",
          **TKACHUK, stance="oppose", mention=("Maureen Tkachuk", "before"),
          cue=("argued", "before")),
        Q("You can’t fix a nursing shortage by locking the door at night,", "direct", **TKACHUK,
          stance="oppose", mention=("she", "after"), cue=("said", "after")),
        Q("rural emergency departments in the province were closed for a combined 4,100 hours "
          "last year because no doctor or nurse was available", "indirect", **LARCHMERE,
          stance="neutral", mention=("a report", "before"), cue=("According to", "before")),
        # Conditional endorsement of planned closures: support.
        Q("planned overnight closures can be safer for patients than unplanned ones, provided "
          "ambulance response times do not slip", "indirect", **LARCHMERE, stance="support",
          mention=("The report", "before"), cue=("says", "before")),
        # Anonymous speaker with no organisation named ("who works in the region").
        Q("Four more trucks sounds good in a news release. Ask them who is going to drive those "
          "trucks,", "direct", None, role="paramedic", stance="oppose",
          mention=("a paramedic", "after"), cue=("said", "after")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. Technology-business trade story: product recall and quarterly results.
#    Curly quotes, nested ‘Standby mode’, ’ apostrophes (company’s, Corvane’s),
#    org speaker re-mentioned as "the company", a statement in a relative
#    clause ("work the company said could ..."), a regulator re-mentioned as
#    "The agency" with "noted", lower-case title before the name ("chief
#    executive Mira Talbot") with "said ... and conceded that" (two statements,
#    one mention), "told analysts" + follow-on, possessive appositive
#    ("Corvane’s chief financial officer, Owen Petrakis,"), an analyst's note
#    ("wrote in a note to clients"), an anonymous analyst with no organisation,
#    a social-media post ("tweeted"), a customer quoted by first name, an
#    anonymous spokesperson with an organisation.
#    Not statements: "Owners were less forgiving online" (reaction), "She posted
#    a photo ... on Reddit" (an action, no reported content), "the company
#    posted a net loss" and "cut his price target" (actions), and the sourcing
#    conditions "who asked not to be named ..." / "who asked that her last name
#    not be used" (requests about attribution, not statements on the story).
CORVANE = _who("Corvane Labs", "Corvane Labs", speaker_aliases=["Corvane"],
               affiliation_aliases=["Corvane"])
CPSC = _who("U.S. Consumer Product Safety Commission", "U.S. Consumer Product Safety Commission",
            speaker_aliases=["Consumer Product Safety Commission"],
            affiliation_aliases=["Consumer Product Safety Commission"])
TALBOT = _who("Mira Talbot", "Corvane Labs", "chief executive", affiliation_aliases=["Corvane"])
PETRAKIS = _who("Owen Petrakis", "Corvane Labs", "chief financial officer",
                affiliation_aliases=["Corvane"])
WEXLEY = _who("Jordan Wexley", "Pellham Securities", "analyst")
# A social-media handle is the only name the article gives that account, so
# it is the speaker (not null); the bare handle is an alias.
GRIDHOUSEDAD = _who("@gridhousedad", speaker_aliases=["gridhousedad"])
# A customer identified by first name only: that is the fullest name given.
RENATA = _who("Renata", None, "customer")

CORVANE_RECALL = {
    "id": "corvane-battery-recall",
    "title": "Corvane recalls 212,000 Cell 2 batteries as recall costs push it to a loss",
    "published": "2025-04-29",
    "target": "Corvane’s handling of the Cell 2 recall",
    "quotes": [
        Q("Corvane Labs is recalling about 212,000 of its Cell 2 home battery units because of "
          "an overheating risk", "indirect", **CORVANE, stance="neutral",
          mention=("the company", "after"), cue=("said", "after")),
        # Statement inside a reduced relative clause ("work [that] the company
        # said could stretch into September"): the reported content is the
        # clause after the cue, up to the comma that closes the relative clause.
        Q("could stretch into September", "indirect", **CORVANE, stance="neutral",
          mention=("the company", "before"), cue=("said", "before")),
        Q("it had received 41 reports of Cell 2 units overheating, six of which led to fires and "
          "two to minor burns", "indirect", **CPSC, stance="neutral",
          mention=("The U.S. Consumer Product Safety Commission", "before"),
          cue=("said", "before")),
        Q("Corvane learned of the first incidents in November but did not notify regulators "
          "until late February", "indirect", **CPSC, stance="oppose",
          mention=("The agency", "before"), cue=("noted", "before")),
        Q("the recall was “the right thing to do, whatever it costs us”", "mixed", **TALBOT,
          stance="support", mention=("chief executive Mira Talbot", "before"),
          cue=("said", "before")),
        # Stance follows the content, not the speaker: the chief executive's
        # concession that the company was too slow is critical of its handling.
        Q("Corvane should have gone to regulators sooner", "indirect", **TALBOT, stance="oppose",
          mention=("chief executive Mira Talbot", "before"), cue=("conceded", "before")),
        Q("Every single customer is going to get a repaired unit or their money back, and nobody "
          "is going to pay a cent for it,", "direct", **TALBOT, stance="support",
          mention=("Talbot", "after"), cue=("told analysts", "after")),
        Q("That’s the promise, and we’ll be judged on whether we keep it.", "direct", **TALBOT,
          stance="support"),
        Q("the recall would cost between $140 million and $165 million, most of it already "
          "booked in the quarter", "indirect", **PETRAKIS, stance="neutral",
          mention=("Owen Petrakis", "before"), cue=("said", "before")),
        # "wrote ... that A but that B" under one cue: one statement. "and cut his
        # price target" is an action, outside the span.
        Q("the recall itself was manageable but that the three-month gap before Corvane told "
          "regulators was “the part investors won’t forget,”", "mixed", **WEXLEY,
          stance="oppose", mention=("Jordan Wexley", "before"), cue=("wrote", "before")),
        # Anonymous analyst: "his firm" is unnamed, so no affiliation.
        Q("the company had handled the recall “about as well as anyone could” once it acted",
          "mixed", None, role="analyst", stance="support",
          mention=("Another analyst", "before"), cue=("said", "before")),
        Q("Got the recall email three months after my Cell 2 started smelling like burnt "
          "plastic. ‘Standby mode’ isn’t a fix, it’s a shrug,", "direct", **GRIDHOUSEDAD,
          stance="oppose", mention=("@gridhousedad", "after"), cue=("tweeted", "after")),
        Q("her unit had been clicking and running hot for weeks before Corvane contacted her",
          "indirect", **RENATA, stance="oppose", mention=("Renata", "before"),
          cue=("said", "before")),
        Q("They knew about this in November, and I have a toddler sleeping on the other side of "
          "that wall,", "direct", **RENATA, stance="oppose", mention=("she", "after"),
          cue=("said", "after")),
        Q("I shut it off myself. Nobody at Corvane told me to.", "direct", **RENATA,
          stance="oppose"),
        Q("the company had tripled staffing on its recall hotline and would begin replacing "
          "boards in the hardest-hit states next week", "indirect", None,
          affiliation="Corvane Labs", role="spokesperson", affiliation_aliases=("Corvane",),
          stance="support", mention=("A Corvane spokesperson", "before"), cue=("said", "before")),
    ],
}

DOCUMENTS = [FENWICK, RURAL_ER, CORVANE_RECALL]
