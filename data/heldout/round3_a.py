"""Held-out round three (session 20), one of two annotators; loaded by annotations.py. Written blind to the system,
to data/dev and to data/heldout; measured once when it arrived and never used to develop rules
(data/heldout/README.md).

Hand annotations for three invented news articles (round r11a): a Canadian provincial
emergency-room story, a UK sentencing story and a copper-strike wire story.

Every person, organisation and place is invented. Nothing holds an offset; ``build_gold.py``
finds every span from the exact texts below (``python data/samples/build_gold.py --dir <this folder>``).

Decisions taken where the rules in data/samples/README.md leave a case open:

Statement or not
* "The court heard that ..." (no speaker, the court is the audience) is NOT annotated: it has no
  speaker or mention the rules could fill.
* Slogans, banners and campaign names in quotation marks ("Keep the Lights On.",
  "Slow Down on Saltry") are titles, not statements.
* Actions and expectations without a speech cue are not statements: "She raised her second-quarter
  price forecast", "Maddox was also banned from driving", "Kowalchuk is expected to release ...",
  "Not everyone expects the rally to last", "staff have been told not to talk to the media"
  (passive instruction, no reported content).
* An uncued sentence of plain reported fact right after an indirect statement ("Kinross Mills has
  had no permanent emergency physician since February.") is narration, not a follow-on; follow-on
  statements without mention/cue are only quoted text (same paragraph or a whole quoted paragraph).
* Embedded reports are not split out: "what she accepted was genuine remorse" (judge),
  "the modest surplus the bank had forecast" (Menon).
* "Analysts said ..." (an unnamed group) is a statement with speaker null, role "analysts".

Spans and kinds
* One cue with clauses joined by "and that" is one statement; "said ..., but acknowledged that ..."
  is two statements sharing one mention (as "said ... but warned that" in the samples).
* A statement followed by its attribution ("..., Health Minister Dana Kowalchuk confirmed
  Tuesday, ...", "..., the union said.") runs from the sentence start to the comma before it.
* A mixed statement ending in a quoted fragment with the full stop outside the marks
  ("... death “was no accident”.") keeps the closing mark inside the span.
* A multi-paragraph quote after "said:" is one direct statement whether it starts in the same
  paragraph (Daniel Whitcombe) or a new one (Quispe).

Mention and cue
* "said in a statement / in an interview / in a note to clients": cue is "said" alone; "told
  reporters", "told the court", "told the judge" are the cue phrases; "the judge told Maddox":
  cue "told". "In a letter to employees ..., X wrote that": cue "wrote". "confirmed",
  "acknowledged", "warned" are cues.
* Title and name followed by an appositive ("Detective Inspector Owen Trevithick, of Wessendale
  Police’s ...") keep the title in the mention; lower-case descriptive titles before a name count
  as titles ("prosecution barrister Nadia Osei-Bonsu", "union president Hernán Quispe").
* "Martin Greaves KC": mention as written with KC, speaker without it (KC is an honour, like a
  title), "Martin Greaves KC" listed as an alias. "Mr Greaves" is a valid surname mention.
* "the statement said" after the family's statement speaks for the Whitcombe family, as
  "the judgment said" speaks for the court in the samples.

Speaker, affiliation, role
* The sentencing judge speaks in her own name (a person is named), affiliation the court,
  role "Judge"; the court is not the speaker of sentencing remarks.
* The bereaved family ("the Whitcombe family said in a statement") speaks as a collective named
  by its surname: speaker "Whitcombe family", affiliation null.
* A victim personal statement speaks for its author (Daniel Whitcombe, role "husband"), not for
  whoever read it aloud. Barristers get no affiliation (the article names no chambers or
  prosecuting body); role from the descriptor ("prosecution barrister", "barrister").
* The health minister's affiliation is "government" (the article names no fuller body), with
  "provincial government" / "Tamarack government" as aliases.
* "the health authority's president" resolves to the authority's full name given earlier; the
  anonymous emergency physician gets the hospital as affiliation and the anonymous ministry official
  the ministry named earlier, both with speaker null.
* A patient with an appositive occupation ("a 74-year-old retired logger") gets that occupation
  as role and no affiliation.
* Organisations speak under their fullest name ("Corvanta Mining" for "Corvanta",
  "Valdoria's Ministry of Mines and Energy" including the possessive, like "Sarnia’s foreign
  ministry" in the samples).

Stance
* Arguments for or against the target carry that stance, including facts offered as an argument
  (the shift shortages justifying the closures: support; the patient's account: oppose). Plain
  information (schedules, procedures, market figures, what the prosecution told the court) is
  neutral.
* A minister confirming the closures she is responsible for, without arguing for them, is
  neutral; her defence of them ("I am not going to ask one nurse to run an ER by herself") is
  support.
* Sentencing story (target: the sentence): the judge's reasons support; prosecution facts neutral;
  defence mitigation about the defendant's remorse and character neutral, the explicit argument
  against a long prison term oppose; the victim personal statement (grief, no view on the
  sentence) neutral; the family's gratitude that the court saw it was "no accident" support; the
  detective's endorsement and his account of the victim's blamelessness support.
* Copper story (target: the strike): union and its leader support, company and chief executive
  oppose, analysts and the ministry (which says it will not take sides) neutral.
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)

SOURCE = "attribution held-out"


# --------------------------------------------------------------------------- #
# 1. Canadian provincial health story. Straight quotes and apostrophes,
#    a follow-on paragraph, anonymous physician, "according to" an authority.
KOWALCHUK = _who("Dana Kowalchuk", "government", "Health Minister",
                 affiliation_aliases=["provincial government", "Tamarack government"])
NTHA = _who("Northern Tamarack Health Authority", "Northern Tamarack Health Authority")
OLSEN = _who("Marguerite Olsen-Baptiste", "Northern Tamarack Health Authority",
             "president and chief executive", affiliation_aliases=["health authority"])
TNF = _who("Tamarack Nurses' Federation", "Tamarack Nurses' Federation",
           speaker_aliases=["Tamarack Nurses’ Federation", "Tamarack Nurses Federation"],
           affiliation_aliases=["Tamarack Nurses’ Federation", "Tamarack Nurses Federation"])
VARGA = _who("Colleen Varga", "Tamarack Nurses' Federation", "president",
             affiliation_aliases=["Tamarack Nurses’ Federation", "Tamarack Nurses Federation"])
MAHONEY = _who("Ernest Mahoney", None, "retired logger")
DHILLON = _who("Raj Dhillon", "Tamarack Democratic Alliance", "health critic")
PHYSICIAN = _who(None, "Sable Lake District Hospital", "emergency physician")

TAMARACK = {
    "id": "tamarack-er-closures",
    "title": "Three rural Tamarack ERs to close overnight this summer as staff shortage deepens",
    "published": "2025-06-17",
    "target": "the emergency room closures",
    "quotes": [
        Q("Emergency departments at three rural hospitals in northern Tamarack will close "
          "overnight for at least six weeks this summer", "indirect", **KOWALCHUK,
          stance="neutral",
          mention=("Health Minister Dana Kowalchuk", "after"), cue=("confirmed", "after")),
        Q("The emergency rooms in Sable Lake, Kinross Mills and Ostrander will shut from 7 p.m. "
          "to 7 a.m. starting July 2", "indirect", **NTHA, stance="neutral",
          mention=("the Northern Tamarack Health Authority", "after"),
          cue=("according to", "after")),
        Q("Nobody wants to see an emergency department lock its doors, even for one night,",
          "direct", **KOWALCHUK, stance="support",
          mention=("Kowalchuk", "after"), cue=("told reporters", "after")),
        Q("But I am not going to ask one nurse to run an ER by herself at three in the morning. "
          "That isn't safe for her and it isn't safe for the patient.", "direct", **KOWALCHUK,
          stance="support"),
        Q("the province had hired 212 nurses since January and was offering signing bonuses of "
          "up to $15,000 to staff willing to move to rural hospitals", "indirect", **KOWALCHUK,
          stance="neutral", mention=("She", "before"), cue=("said", "before")),
        Q("recruitment in smaller communities \"takes time we don't always have\" and that more "
          "closures were possible in August", "mixed", **KOWALCHUK, stance="neutral",
          mention=("She", "before"), cue=("acknowledged", "before")),
        Q("the overnight closures were a \"last resort\" after weeks of trying to fill shifts "
          "with agency nurses and visiting doctors", "mixed", **OLSEN, stance="support",
          mention=("Marguerite Olsen-Baptiste", "before"), cue=("said", "before")),
        Q("In the past month alone, Sable Lake's emergency department was short at least one "
          "nurse on 19 of 30 overnight shifts", "indirect", **OLSEN, stance="support",
          mention=("she", "after"), cue=("said", "after")),
        Q("anyone with a life-threatening emergency should still call 911, and that paramedics "
          "had been given new protocols for the longer transfers", "indirect", **NTHA,
          stance="neutral", mention=("The authority", "before"), cue=("said", "before")),
        Q("the closures were \"entirely predictable\" after a decade of wage restraint that had "
          "pushed nurses toward private agencies and other provinces", "mixed", **TNF,
          stance="oppose",
          mention=("The Tamarack Nurses' Federation", "before"), cue=("said", "before")),
        Q("We have been warning this government for three years that rural emergency rooms "
          "were running on fumes,", "direct", **VARGA, stance="oppose",
          mention=("Colleen Varga", "after"), cue=("said", "after")),
        Q("Now the tank is empty, and the minister wants credit for taping a sign to the door.",
          "direct", **VARGA, stance="oppose"),
        Q("nurses in Kinross Mills had routinely worked 16-hour shifts this spring to keep the "
          "emergency room open, and that several had since gone on stress leave", "indirect",
          **VARGA, stance="oppose", mention=("Varga", "before"), cue=("said", "before")),
        Q("he was turned away from Ostrander's hospital during a closure in April and had to be "
          "driven to Harlow Bend by his daughter", "indirect", **MAHONEY, stance="oppose",
          mention=("Mahoney", "before"), cue=("said", "before")),
        Q("I sat in the back seat holding my chest for an hour and forty minutes,", "direct",
          **MAHONEY, stance="oppose", mention=("he", "after"), cue=("said", "after")),
        Q("If it had been the real thing, I don't think I'd be here talking to you.", "direct",
          **MAHONEY, stance="oppose"),
        Q("Everybody up here knows somebody with a story like mine. We pay the same taxes as "
          "people in the city.", "direct", **MAHONEY, stance="oppose"),
        Q("the government was \"managing decline\" rather than fixing rural health care", "mixed",
          **DHILLON, stance="oppose",
          mention=("Opposition health critic Raj Dhillon", "before"), cue=("said", "before")),
        Q("he would ask the legislature's health committee to hold emergency hearings next week",
          "indirect", **DHILLON, stance="neutral", mention=("He", "before"), cue=("said", "before")),
        Q("Six weeks is what they're telling us today. That's what they told us last summer too, "
          "and Ostrander was closed for four months,", "direct", **DHILLON, stance="oppose",
          mention=("Dhillon", "after"), cue=("said", "after")),
        Q("the closures would push already exhausted staff at Harlow Bend \"past the breaking "
          "point\" within weeks", "mixed", **PHYSICIAN, stance="oppose",
          mention=("An emergency physician at Sable Lake District Hospital", "before"),
          cue=("said", "before")),
        Q("she would visit all three communities before the closures take effect", "indirect",
          **KOWALCHUK, stance="neutral", mention=("Kowalchuk", "before"), cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 2. UK sentencing story. Curly quotes and ’ apostrophes, judge as speaker,
#    multi-paragraph victim statement, family statement, "The court heard" (not gold),
#    slogan in quotes (not gold).
FERRABY = _who("Rosalind Ferraby", "Castlemoor Crown Court", "Judge")
OSEI = _who("Nadia Osei-Bonsu", None, "prosecution barrister")
D_WHITCOMBE = _who("Daniel Whitcombe", None, "husband")
GREAVES = _who("Martin Greaves", None, "barrister", speaker_aliases=["Martin Greaves KC"])
FAMILY = _who("Whitcombe family", None, None)
TREVITHICK = _who("Owen Trevithick", "Wessendale Police", "Detective Inspector",
                  affiliation_aliases=["Wessendale Police’s serious collision investigation unit",
                                       "Wessendale Police's serious collision investigation unit",
                                       "serious collision investigation unit"])

CASTLEMOOR = {
    "id": "castlemoor-cyclist-death-sentencing",
    "title": "Van driver who was texting when he killed cyclist jailed for eight and a half years",
    "published": "2025-03-21",
    "target": "the sentence handed to Reece Maddox",
    "quotes": [
        Q("he had made “a deliberate and sustained choice” to put his phone before the safety of "
          "other road users", "mixed", **FERRABY, stance="support",
          mention=("Judge Rosalind Ferraby", "before"), cue=("said", "before")),
        Q("You were not distracted for a split second. You were holding a conversation, and you "
          "kept holding it for mile after mile,", "direct", **FERRABY, stance="support",
          mention=("the judge", "after"), cue=("told", "after")),
        Q("Mrs Whitcombe had every right to expect that the driver behind her was looking at the "
          "road.", "direct", **FERRABY, stance="support"),
        Q("the sentence would have been longer but for his guilty plea and what she accepted was "
          "genuine remorse", "indirect", **FERRABY, stance="support",
          mention=("She", "before"), cue=("said", "before")),
        Q("Maddox had been driving his van at about 52mph on a stretch of road with a 40mph limit "
          "when it hit the back of Mrs Whitcombe’s bicycle", "indirect", **OSEI, stance="neutral",
          mention=("prosecution barrister Nadia Osei-Bonsu", "before"),
          cue=("told the court", "before")),
        Q("Data recovered from his phone showed he had sent or read 23 messages in the 11 minutes "
          "before the collision, the last of them seconds before impact", "indirect", **OSEI,
          stance="neutral", mention=("she", "after"), cue=("said", "after")),
        Q("Ellie and I had been married for six years. We were talking about starting a family. "
          "Now I set the table for one and I still catch myself listening for her key in the "
          "door.\n\n“People tell me it gets easier. It hasn’t. I don’t think it is supposed to."
          "\n\n“She spent her life teaching children to look both ways before they crossed the "
          "road.", "direct", **D_WHITCOMBE, stance="neutral",
          mention=("Daniel Whitcombe", "before"), cue=("said", "before")),
        Q("his client had been “utterly broken” by what he had done and had written to the "
          "Whitcombe family to apologise", "mixed", **GREAVES, stance="neutral",
          mention=("Martin Greaves KC", "before"), cue=("said", "before")),
        Q("He will carry this for the rest of his life, and he knows it,", "direct", **GREAVES,
          stance="neutral", mention=("Mr Greaves", "after"), cue=("said", "after")),
        Q("A long prison sentence will not bring Mrs Whitcombe back, and it will not make a "
          "single road in this county any safer.", "direct", **GREAVES, stance="oppose"),
        Q("Maddox had coached an under-11s football team as a volunteer for six years",
          "indirect", **GREAVES, stance="neutral",
          mention=("He", "before"), cue=("told the judge", "before")),
        Q("they were grateful to the judge for recognising that Ellie’s death “was no accident”",
          "mixed", **FAMILY, stance="support",
          mention=("the Whitcombe family", "before"), cue=("said", "before")),
        Q("Nothing that happened in that courtroom today brings her back. But we hope every "
          "driver who reads about Ellie thinks twice before they reach for their phone,",
          "direct", **FAMILY, stance="neutral",
          mention=("the statement", "after"), cue=("said", "after")),
        Q("the sentence reflected “the seriousness of what was a completely avoidable death”",
          "mixed", **TREVITHICK, stance="support",
          mention=("Detective Inspector Owen Trevithick", "before"), cue=("said", "before")),
        Q("Eleanor was doing everything right that morning. She was visible, she was in the "
          "correct position on the road, and she was hit from behind by someone who was reading "
          "his messages,", "direct", **TREVITHICK, stance="support",
          mention=("he", "after"), cue=("said", "after")),
        Q("officers caught 46 drivers using handheld phones on Saltry Lane during a fortnight-long "
          "enforcement operation after the crash", "indirect", **TREVITHICK, stance="neutral",
          mention=("the detective", "before"), cue=("According to", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. Commodities wire story. Straight quotes, org speakers (union, company,
#    ministry), unnamed analysts, anonymous official, "wrote" in a letter,
#    multi-paragraph quote starting in a new paragraph after "Quispe said:".
UNION = _who("Cerro Azulejo Mine Workers' Union", "Cerro Azulejo Mine Workers' Union",
             speaker_aliases=["Cerro Azulejo Mine Workers’ Union",
                              "Cerro Azulejo Mine Workers Union"],
             affiliation_aliases=["Cerro Azulejo Mine Workers’ Union",
                                  "Cerro Azulejo Mine Workers Union"])
QUISPE = _who("Hernán Quispe", "Cerro Azulejo Mine Workers' Union", "president",
              speaker_aliases=["Hernan Quispe"],
              affiliation_aliases=["Cerro Azulejo Mine Workers’ Union",
                                   "Cerro Azulejo Mine Workers Union", "union"])
CORVANTA = _who("Corvanta Mining", "Corvanta Mining",
                speaker_aliases=["Corvanta"], affiliation_aliases=["Corvanta"])
IBARROLA = _who("Mateo Ibarrola", "Corvanta Mining", "chief executive",
                affiliation_aliases=["Corvanta"])
ANALYSTS = _who(None, None, "analysts")
MENON = _who("Priyanka Menon", "Harwood Sterne Bank", "head of metals research")
RENDALL = _who("Tobias Rendall", "Kestrel Bay Insight", "principal")
MINISTRY = _who("Valdoria's Ministry of Mines and Energy", "Valdoria's Ministry of Mines and Energy",
                speaker_aliases=["Ministry of Mines and Energy",
                                 "Valdorian Ministry of Mines and Energy"],
                affiliation_aliases=["Ministry of Mines and Energy",
                                     "Valdorian Ministry of Mines and Energy"])
OFFICIAL = _who(None, "Valdoria's Ministry of Mines and Energy", "official",
                affiliation_aliases=["Ministry of Mines and Energy",
                                     "Valdorian Ministry of Mines and Energy"])

CERRO_AZULEJO = {
    "id": "cerro-azulejo-copper-strike",
    "title": "Copper jumps to seven-month high as strike halts Valdoria's Cerro Azulejo mine",
    "published": "2025-03-12",
    "target": "the strike at the Cerro Azulejo mine",
    "quotes": [
        Q("About 3,100 members of the Cerro Azulejo Mine Workers' Union downed tools at the start "
          "of the morning shift after talks on a new three-year wage agreement collapsed late on "
          "Tuesday", "indirect", **UNION, stance="neutral",
          mention=("the union", "after"), cue=("said", "after")),
        Q("Our members produce more copper per shift than any mine in this country, and the "
          "company wants them to accept a pay rise that doesn't even cover inflation,", "direct",
          **QUISPE, stance="support",
          mention=("union president Hernán Quispe", "after"), cue=("told reporters", "after")),
        Q("We are not going back underground for that.", "direct", **QUISPE, stance="support"),
        Q("the union was seeking a 9% raise and a one-off bonus worth about $5,200 per worker, "
          "against a company offer of 4.5%", "indirect", **QUISPE, stance="neutral",
          mention=("Quispe", "before"), cue=("said", "before")),
        Q("the stoppage could last \"weeks, not days\" if Corvanta did not return to the table "
          "with a better offer", "mixed", **QUISPE, stance="support",
          mention=("He", "before"), cue=("warned", "before")),
        Q("it had presented \"a fair and competitive offer\" and that it regretted the union's "
          "decision to strike", "mixed", **CORVANTA, stance="oppose",
          mention=("Corvanta", "before"), cue=("said", "before")),
        Q("the mine's concentrator plant and port facilities were operating normally and that it "
          "was drawing on inventories to meet shipments", "indirect", **CORVANTA,
          stance="neutral", mention=("The company", "before"), cue=("said", "before")),
        Q("the strike put \"the mine's planned $2.3 billion expansion\" at risk", "mixed",
          **IBARROLA, stance="oppose",
          mention=("Mateo Ibarrola", "before"), cue=("wrote", "before")),
        Q("Every day this mine stands idle is a day our competitors use to win over our "
          "customers,", "direct", **IBARROLA, stance="oppose",
          mention=("he", "after"), cue=("wrote", "after")),
        Q("the walkout came at a sensitive moment for a market already short of supply",
          "indirect", **ANALYSTS, stance="neutral",
          mention=("Analysts", "before"), cue=("said", "before")),
        Q("Cerro Azulejo is not a mine the market can simply ignore. At full tilt it accounts for "
          "something like 2% of global mined supply, and there is very little spare capacity "
          "elsewhere to fill that gap,", "direct", **MENON, stance="neutral",
          mention=("Priyanka Menon", "after"), cue=("said", "after")),
        Q("a strike lasting more than two weeks could wipe out the modest surplus the bank had "
          "forecast for this year", "indirect", **MENON, stance="neutral",
          mention=("Menon", "before"), cue=("said", "before")),
        Q("previous stoppages at Cerro Azulejo had typically ended within ten days, and that the "
          "company was sitting on enough concentrate to cover most contracted shipments for a "
          "month", "indirect", **RENDALL, stance="neutral",
          mention=("Tobias Rendall", "before"), cue=("said", "before")),
        Q("I'd be careful about reading too much into one day's price action,", "direct",
          **RENDALL, stance="neutral", mention=("Rendall", "after"), cue=("said", "after")),
        Q("A lot of this is funds covering short positions, not physical buyers panicking.",
          "direct", **RENDALL, stance="neutral"),
        Q("the last strike at the mine, in 2021, lasted nine days and cost about 28,000 tons of "
          "output", "indirect", **RENDALL, stance="neutral",
          mention=("Rendall", "before"), cue=("According to", "before")),
        Q("it had called both sides to a meeting in Santa Orsola on Thursday", "indirect",
          **MINISTRY, stance="neutral",
          mention=("Valdoria's Ministry of Mines and Energy", "before"), cue=("said", "before")),
        Q("The government will not take sides, but it will not stand by while the country's "
          "largest export is paralysed,", "direct", **MINISTRY, stance="neutral",
          mention=("the ministry", "after"), cue=("said", "after")),
        Q("the government was prepared to appoint a labour mediator if Thursday's meeting failed",
          "indirect", **OFFICIAL, stance="neutral",
          mention=("A senior ministry official", "before"), cue=("said", "before")),
        Q("They tell us the price of copper is too volatile to promise us more. Today the price "
          "went up 4% because we stopped working. That tells you who really produces the value "
          "here.\n\n\"We have food, we have a strike fund and we have time. The company has none "
          "of those things.", "direct", **QUISPE, stance="support",
          mention=("Quispe", "before"), cue=("said", "before")),
    ],
}

DOCUMENTS = [TAMARACK, CASTLEMOOR, CERRO_AZULEJO]
