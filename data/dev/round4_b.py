"""Round four of data/dev (session 19), one of two annotators (US politics, cup-final reaction, wire story on ceasefire talks); loaded by
annotations.py. Written blind to the system like rounds one to three; the system was
measured on round four once before any rule looked at it (data/dev/README.md).

Hand annotations for three invented dev articles (US politics, cup-final reaction, wire
story on ceasefire talks). Same format as data/samples/annotations.py: no offsets, every
statement by its exact text, mention and cue by text plus direction.

Decisions taken where the rules in data/samples/README.md leave a case open:

* US lawmakers with a party label, "Sen. X (R-Ohio)": affiliation is the party, written in
  full ("Republican Party"), aliases "Republican", "Republicans", "GOP", "R"; role is the
  title spelled out ("Senator" for "Sen."). When the document also gives an appositive naming
  a body ("chairman of the House Budget Committee"), that body is the affiliation, as in the
  samples (Brandt, chair of ... committee), and the party becomes an alias.
* Two people speaking together (a joint statement by two senators): one statement, speaker
  the first-named person, the second as speaker alias; the mention is the whole coordinated
  phrase; affiliation the first speaker's party, the second's as alias. The follow-on quote
  introduced by "the statement said" has the same speaker, mention "the statement" (as the
  samples do with "the judgment said").
* A speaker introduced in a relative clause ("Nadia Brookes, ..., who tweeted ... that",
  "Owen Ridley, ..., who argued that"): the mention is the antecedent as written (title and
  name), not the relative pronoun "who".
* Anonymous speakers: speaker null; affiliation from the noun phrase when it names an
  organisation ("A senior aide to Senate Republican leaders", "analysts at the Harrowfield
  Institute ..."), else null ("A Western diplomat"); role the head noun ("aide", "analyst",
  "diplomat"), following the samples' "A senior coalition officer" -> role "officer".
  Mention is the anonymous noun phrase up to the first comma.
* A campaign committee and a news agency speak under their own names ("Brookes for Ohio",
  "Dravpress"), like the samples' organisation speakers.
* A military officer with both a rank and an appositive ("Colonel Arben Tosk, a spokesman for
  the Kereshian armed forces"): role is the appositive function he speaks in ("spokesman").
* A fan or refugee with no organisation: affiliation null, role from the appositive
  ("season-ticket holder", "seamstress"); a refugee named only by first name has that first
  name as speaker.
* A TV pundit speaking on a broadcaster's programme: affiliation the broadcaster ("NSN").
* Multi-word cues keep a short addressee when it is part of the verb phrase ("told
  reporters", "told viewers"), as in the samples; "told NSN Sport" / "told a news conference"
  are annotated as "told", as the samples do for "told the broadcaster NRV".
* Stance: facts and procedural remarks are neutral; a hedging preamble that takes no position
  on the target ("I support rural hospitals. My state has lost six ...") is neutral.
* Not statements: scare quotes ("Lifeline caucus", "green line"), the programme title
  "Cup Final Live", reactions without content ("Ashby supporters booed", "drew fire",
  "Neighbouring Halvia welcomed the resumption of the talks", "rejected the accusation" and
  "blamed Republican leaders" where the content comes only in the following "saying" clause),
  and "She gave only her first name" (no cue).
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)

SOURCE = "attribution dev"

DEM = ["Democratic Party", "Democrats", "Democratic", "Democrat", "D"]
GOP = ["Republican Party", "Republicans", "Republican", "GOP", "R"]

# --------------------------------------------------------------------------- #
# 1. US politics, Washington outlet style. Curly quotes, ’ apostrophes; party labels;
#    relative-clause speakers; joint statement by two senators; anonymous aide with an
#    organisation; campaign as an organisation speaker; "testified", "tweeted",
#    "insisted", "argued", "conceded"; scare quote “Lifeline caucus”.
CASTELLANO = _who("Ray Castellano", "Democratic Party", "Senate Majority Leader",
                  affiliation_aliases=DEM[1:] + ["Senate Democrats", "Senate"])
WHITCOMB = _who("Dana Whitcomb", "Republican Party", "Senator",
                affiliation_aliases=GOP[1:])
BROOKES = _who("Nadia Brookes", "Democratic Party", "state Treasurer",
               affiliation_aliases=DEM[1:])
BROOKES_CAMPAIGN = _who("Brookes for Ohio", "Brookes for Ohio")
REYES = _who("Tamsin Reyes", "White House", "spokesperson")
# Joint statement: first-named senator as speaker, the co-signer as alias.
SPONSORS = _who("Maria Okonkwo", "Democratic Party", "Senator",
                speaker_aliases=["Paul Stroud"],
                affiliation_aliases=DEM[1:] + GOP)
GOP_AIDE = _who(None, "Senate Republican leaders", "aide",
                affiliation_aliases=["Senate Republicans", "Senate Republican leadership",
                                     "Republican leaders"] + GOP)
RIDLEY = _who("Owen Ridley", "House Budget Committee", "chairman",
              affiliation_aliases=["Budget Committee"] + GOP)
PRUITT = _who("Janelle Pruitt", "Tri-County Memorial Hospital", "chief executive")

RURAL_HOSPITALS = {
    "id": "rural-hospital-lifeline-act",
    "title": "Rural hospital bill stalls in Senate as two Republicans defect",
    "published": "2025-04-10",
    "target": "the Rural Hospital Lifeline Act",
    "quotes": [
        Q("patients in small towns are going to pay for this with longer ambulance rides and "
          "shuttered emergency rooms.", "direct", **CASTELLANO, stance="support",
          mention=("Senate Majority Leader Ray Castellano", "before"), cue=("saying", "before")),
        Q("We had a deal. We had the votes in committee. And then the phone calls started,",
          "direct", **CASTELLANO, stance="support",
          mention=("Castellano", "after"), cue=("told reporters", "after")),
        Q("I’ll let you guess who was making them.", "direct", **CASTELLANO, stance="support"),
        Q("her objection was about cost, not politics", "indirect", **WHITCOMB, stance="oppose",
          mention=("Sen. Dana Whitcomb", "before"), cue=("insisted", "before")),
        # Hedging preamble: no position on the bill itself (see module docstring).
        Q("I support rural hospitals. My state has lost six of them in a decade,", "direct",
          **WHITCOMB, stance="neutral", mention=("Whitcomb", "after"), cue=("said", "after")),
        Q("But this bill spends first and asks questions later, and it has no way to claw back "
          "a dime from a hospital that closes anyway.", "direct", **WHITCOMB, stance="oppose"),
        # Relative-clause speaker: mention is the antecedent with its title.
        Q("the senator had “just voted to close the hospital where my kids were born” to keep "
          "party leaders happy", "mixed", **BROOKES, stance="support",
          mention=("state Treasurer Nadia Brookes", "before"), cue=("tweeted", "before")),
        Q("it had raised $310,000 in the six hours after the vote", "indirect",
          **BROOKES_CAMPAIGN, stance="neutral",
          mention=("Brookes for Ohio", "before"), cue=("said", "before")),
        Q("the president was “disappointed but not discouraged” by the outcome and would keep "
          "pressing the Senate to act before the August recess", "mixed", **REYES,
          stance="support", mention=("White House spokesperson Tamsin Reyes", "before"),
          cue=("told reporters", "before")),
        Q("they would force a second vote in the first week of May", "indirect", **SPONSORS,
          stance="support",
          mention=("Sen. Maria Okonkwo (D-Mich.) and Sen. Paul Stroud (R-Ind.)", "before"),
          cue=("said", "before")),
        Q("Rural hospitals don’t carry a party card, and neither should this bill,", "direct",
          **SPONSORS, stance="support",
          mention=("the statement", "after"), cue=("said", "after")),
        Q("no senator had been pressured and that both defectors had raised concerns about the "
          "bill’s cost for weeks", "indirect", **GOP_AIDE, stance="neutral",
          mention=("A senior aide to Senate Republican leaders", "before"),
          cue=("said", "before")),
        Q("any new grants must be paid for with cuts elsewhere", "indirect", **RIDLEY,
          stance="oppose", mention=("Rep. Owen Ridley", "before"), cue=("argued", "before")),
        Q("the money would “keep the lights on” at dozens of hospitals now on the brink of "
          "closure", "mixed", **RIDLEY, stance="support",
          mention=("Ridley", "before"), cue=("conceded", "before")),
        Q("her hospital had about 90 days of cash left", "indirect", **PRUITT, stance="neutral",
          mention=("Janelle Pruitt", "before"), cue=("testified", "before")),
        Q("Washington keeps telling us help is on the way, but help needs to get here before we "
          "lock the doors,", "direct", **PRUITT, stance="support",
          mention=("Pruitt", "after"), cue=("said", "after")),
    ],
}

# --------------------------------------------------------------------------- #
# 2. Cup final reaction, British sports style. Straight quotes and apostrophes, full stop
#    outside a closing quote ("come back stronger".); multi-paragraph quote after
#    "Redfern said:"; title alone as mention ("the Porthmoor manager", "the defender");
#    club statement re-mentioned as "the club"; possessive "the club's chairman, Peter Haig,";
#    "wrote ... and promised that" (two statements, one mention); "posted on Instagram:";
#    programme title "Cup Final Live" between cue and statement (not gold).
REDFERN = _who("Tom Redfern", "Ashby Vale", "manager", affiliation_aliases=["Ashby"])
KILBRIDE = _who("Sean Kilbride", "Porthmoor Athletic", "manager",
                affiliation_aliases=["Porthmoor"])
OKORO = _who("Danny Okoro", "Porthmoor Athletic", "striker", affiliation_aliases=["Porthmoor"])
MARR = _who("Lewis Marr", "Ashby Vale", "captain", affiliation_aliases=["Ashby"])
ASHBY = _who("Ashby Vale", "Ashby Vale", affiliation_aliases=["Ashby"])
HAIG = _who("Peter Haig", "Ashby Vale", "chairman", affiliation_aliases=["Ashby"])
LEAGUE_SPOX = _who(None, "Isles Football League", "spokesperson")
GREAVES = _who("Martin Greaves", "NSN", "pundit", affiliation_aliases=["NSN Sport"])
PRYOR = _who("Kath Pryor", None, "season-ticket holder")

CORRIN_CUP = {
    "id": "corrin-cup-final-penalty",
    "title": "Porthmoor win Corrin Cup with late penalty as Ashby rage at referee",
    "published": "2025-05-17",
    "target": "the late penalty decision",
    "quotes": [
        Q("I've been in this game 25 years and that is the worst decision I've seen in a final,",
          "direct", **REDFERN, stance="oppose", mention=("he", "after"), cue=("told", "after")),
        Q("Lewis gets the ball. Everybody in the stadium saw him get the ball.", "direct",
          **REDFERN, stance="oppose"),
        Q("I don't know what the screen is for if nobody looks at it. They had three minutes to "
          "check it and they checked nothing.\n\n\"My players gave everything today. They "
          "deserved extra time at the very least, and I'll be telling the league exactly that.",
          "direct", **REDFERN, stance="oppose",
          mention=("Redfern", "before"), cue=("said", "before")),
        Q("the referee had got it right", "indirect", **KILBRIDE, stance="support",
          mention=("Sean Kilbride", "before"), cue=("insisted", "before")),
        Q("He's caught Danny's standing leg, simple as that,", "direct", **KILBRIDE,
          stance="support", mention=("the Porthmoor manager", "after"), cue=("said", "after")),
        Q("If that happens anywhere else on the pitch, it's a free-kick and nobody says a word.",
          "direct", **KILBRIDE, stance="support"),
        Q("he had felt \"a clear touch\" on his ankle before he went down", "mixed", **OKORO,
          stance="support", mention=("Okoro", "before"), cue=("said", "before")),
        Q("Dreamt about this since I was six. Porthmoor forever.", "direct", **OKORO,
          stance="neutral", mention=("he", "before"), cue=("posted", "before")),
        Q("I got a toe on it. I felt it, he felt it, the ref just didn't see it,", "direct",
          **MARR, stance="oppose", mention=("the defender", "after"), cue=("said", "after")),
        Q("it would write to the Isles Football League asking why the incident had not been "
          "reviewed", "indirect", **ASHBY, stance="oppose",
          mention=("Ashby Vale", "before"), cue=("said", "before")),
        Q("it would make no further comment until it had received a reply", "indirect", **ASHBY,
          stance="neutral", mention=("The club", "before"), cue=("added", "before")),
        Q("the final had been \"decided by one man's mistake\"", "mixed", **HAIG,
          stance="oppose", mention=("Peter Haig", "before"), cue=("wrote", "before")),
        Q("the squad would \"come back stronger\"", "mixed", **HAIG, stance="neutral",
          mention=("Peter Haig", "before"), cue=("promised", "before")),
        Q("all decisions in cup finals were examined by the referees' panel as a matter of "
          "course, and that the league \"does not comment on individual incidents\" while that "
          "process is under way", "mixed", **LEAGUE_SPOX, stance="neutral",
          mention=("A spokesperson for the Isles Football League", "before"),
          cue=("said", "before")),
        Q("Marr's challenge was \"a penalty all day long\"", "mixed", **GREAVES,
          stance="support", mention=("Former Ashby defender Martin Greaves", "before"),
          cue=("told viewers", "before")),
        Q("It was never a penalty. We'll be talking about this one for the next 30 years,",
          "direct", **PRYOR, stance="oppose", mention=("she", "after"), cue=("said", "after")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. Wire story on ceasefire talks. Curly quotes, dateline; foreign ministry re-mentioned as
#    "the ministry"; state news agency as speaker ("reported"); UN envoy re-mentioned by title
#    alone ("the envoy"); military spokesman with "noted"; anonymous think-tank analysts with
#    "According to"; anonymous diplomat without an organisation; refugee by first name;
#    scare quote “green line”; reactions without content.
KERESHIA_MFA = _who("Kereshia’s foreign ministry", "Kereshia’s foreign ministry",
                    speaker_aliases=["Kereshia's foreign ministry", "Kereshian foreign ministry"],
                    affiliation_aliases=["Kereshia's foreign ministry",
                                         "Kereshian foreign ministry"])
MAREK = _who("Ilona Marek", "Dravenian Foreign Ministry", "spokeswoman",
             affiliation_aliases=["Dravenia’s foreign ministry", "Dravenia's foreign ministry",
                                  "Dravenian foreign ministry"])
DRAVPRESS = _who("Dravpress", "Dravpress",
                 speaker_aliases=["Dravenia’s state news agency",
                                  "Dravenia's state news agency"],
                 affiliation_aliases=["Dravenia’s state news agency",
                                      "Dravenia's state news agency"])
REZENDE = _who("Joaquim Rezende", "United Nations", "special envoy",
               affiliation_aliases=["UN", "U.N."])
TOSK = _who("Arben Tosk", "Kereshian armed forces", "spokesman",
            affiliation_aliases=["Kereshian army"])
HARROWFIELD = _who(None, "Harrowfield Institute for Security Studies", "analyst",
                   affiliation_aliases=["Harrowfield Institute"])
VASKO = _who("Petra Vasko", "Harrowfield Institute for Security Studies", "senior analyst",
             affiliation_aliases=["Harrowfield Institute"])
DIPLOMAT = _who(None, None, "diplomat")
LEYLA = _who("Leyla", None, "seamstress")

SARVEN = {
    "id": "sarven-valley-ceasefire-talks",
    "title": "Kereshia, Dravenia trade shelling claims on eve of UN ceasefire talks",
    "published": "2024-05-14",
    "target": "the ceasefire proposal",
    "quotes": [
        Q("Dravenian artillery had struck the outskirts of Belgora overnight, killing two "
          "civilians", "indirect", **KERESHIA_MFA, stance="neutral",
          mention=("Kereshia’s foreign ministry", "before"), cue=("said", "before")),
        Q("the shelling was “a deliberate attempt to wreck the talks” by hardliners in the "
          "Dravenian military", "mixed", **KERESHIA_MFA, stance="neutral",
          mention=("the ministry", "before"), cue=("said", "before")),
        Q("Dravenian units had “only returned fire” after coming under attack from Kereshian "
          "positions near the Tarn bridge", "mixed", **MAREK, stance="neutral",
          mention=("Dravenian Foreign Ministry spokeswoman Ilona Marek", "before"),
          cue=("saying", "before")),
        Q("three Dravenian soldiers had been wounded in the exchange", "indirect", **DRAVPRESS,
          stance="neutral", mention=("Dravpress", "before"), cue=("reported", "before")),
        Q("the proposal on the table would freeze both armies along the current line of contact "
          "and deploy 400 unarmed monitors on either side of it", "indirect", **REZENDE,
          stance="neutral", mention=("Joaquim Rezende", "before"), cue=("said", "before")),
        Q("This is the best chance the valley has had in a decade. I would ask both capitals "
          "not to waste it,", "direct", **REZENDE, stance="support",
          mention=("the envoy", "after"), cue=("told reporters", "after")),
        Q("Dravenian troops had moved armoured vehicles to within two kilometres of Belgora",
          "indirect", **TOSK, stance="neutral",
          mention=("Colonel Arben Tosk", "before"), cue=("said", "before")),
        Q("the army had “serious reservations” about foreign monitors operating close to its "
          "positions", "mixed", **TOSK, stance="oppose",
          mention=("Tosk", "before"), cue=("noted", "before")),
        Q("neither government can afford a long war, but both face strong pressure at home not "
          "to be seen making concessions", "indirect", **HARROWFIELD, stance="neutral",
          mention=("analysts at the Harrowfield Institute for Security Studies", "before"),
          cue=("According to", "before")),
        Q("The shelling is a negotiating tactic as much as a military one,", "direct", **VASKO,
          stance="neutral", mention=("Petra Vasko", "after"), cue=("said", "after")),
        Q("Both sides want to walk into that room looking strong.", "direct", **VASKO,
          stance="neutral"),
        Q("the Dravenian side had indicated it could accept a monitoring mission if it were "
          "capped at 250 people", "indirect", **DIPLOMAT, stance="neutral",
          mention=("A Western diplomat", "before"), cue=("said", "before")),
        Q("her government’s delegation would arrive “ready to sign” if Kereshia first pulled "
          "its heavy weapons back from the valley", "mixed", **MAREK, stance="support",
          mention=("Marek", "before"), cue=("told", "before")),
        Q("she had heard promises of a ceasefire three times since 2019", "indirect", **LEYLA,
          stance="neutral", mention=("Leyla", "before"), cue=("said", "before")),
        Q("If the monitors come, I will go back the next day. If they don’t, I will not risk my "
          "children again,", "direct", **LEYLA, stance="support",
          mention=("she", "after"), cue=("said", "after")),
    ],
}

DOCUMENTS = [RURAL_HOSPITALS, CORRIN_CUP, SARVEN]
