"""Hand annotations for the bundled sample articles (the source of gold.jsonl).

Nothing here holds an offset: each statement is written out as its exact
text, and its mention and cue as a text plus where to look for it relative to
the statement, so ``build_gold.py`` computes every offset and fails loudly on
a typo. Article texts live beside this file as ``<id>.txt``.

``Q`` and ``_who`` come from ``data/samples/gold_api.py``, which describes their fields.
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)


# --------------------------------------------------------------------------- #
# 1. Military strike. Curly quotes, ’ apostrophes, nested ‘...’, org speaker,
#    anonymous speaker, follow-on paragraph, scare quote "peace dividend".
KARLSSON = _who("Daniel Karlsson", "Coalition Command", "Press Secretary",
                affiliation_aliases=["coalition"])
FOREIGN_MIN = _who("Sarnia’s foreign ministry", "Sarnia’s foreign ministry",
                   speaker_aliases=["Sarnia's foreign ministry", "Sarnian foreign ministry"],
                   affiliation_aliases=["Sarnia's foreign ministry", "Sarnian foreign ministry"])
HALABI = _who("Idris Halabi", "Sarnia’s defence ministry", "spokesperson",
              affiliation_aliases=["Sarnia's defence ministry", "Sarnian defence ministry"])
BRANDT = _who("Helena Brandt", "Tarrow parliament’s defence committee", "chair",
              affiliation_aliases=["Tarrow parliament's defence committee", "defence committee",
                                   "Tarrow parliament"])

SARNIA = {
    "id": "sarnia-airstrikes",
    "title": "Sarnia condemns coalition airstrikes on border depots",
    "published": "2024-03-10",
    "target": "the airstrikes",
    "quotes": [
        Q("the coalition took necessary and proportionate action to protect its personnel.",
          "direct", **KARLSSON, stance="support",
          mention=("Coalition Command Press Secretary Daniel Karlsson", "before"),
          cue=("saying", "before")),
        Q("the depots had been used to store rockets and drones by the Eskel Brigades, an armed "
          "group that the coalition blames for the attacks",
          "indirect", **KARLSSON, stance="support", mention=("He", "before"), cue=("said", "before")),
        Q("We chose these targets carefully, and we struck them at night to limit the risk to "
          "civilians,", "direct", **KARLSSON, stance="support",
          mention=("Karlsson", "after"), cue=("told reporters", "after")),
        Q("We don’t take these decisions lightly.", "direct", **KARLSSON, stance="support"),
        Q("When people hear the words ‘precision strike’ they imagine something clean. It never "
          "is, and we know that,", "direct", **KARLSSON, stance="neutral",
          mention=("he", "after"), cue=("added", "after")),
        Q("the strikes violated Sarnian sovereignty", "indirect", **FOREIGN_MIN, stance="oppose",
          mention=("Sarnia’s foreign ministry", "before"), cue=("said", "before")),
        Q("the operation was “a blatant and unacceptable violation of international law”",
          "mixed", **FOREIGN_MIN, stance="oppose",
          mention=("the ministry", "before"), cue=("said", "before")),
        Q("two soldiers guarding one of the depots had been killed and four others wounded",
          "indirect", **HALABI, stance="oppose",
          mention=("Idris Halabi", "before"), cue=("said", "before")),
        Q("These were Sarnian soldiers on Sarnian soil,", "direct", **HALABI, stance="oppose",
          mention=("Halabi", "after"), cue=("said", "after")),
        Q("Nobody asked for our permission, and nobody warned us. If a Sarnian aircraft did this "
          "in somebody else’s country, the whole world would call it an act of war.",
          "direct", **HALABI, stance="oppose"),
        Q("the coalition had not shared any intelligence about the Eskel Brigades with the "
          "Sarnian army in the weeks before the strikes",
          "indirect", **HALABI, stance="oppose",
          mention=("Halabi", "before"), cue=("According to", "before")),
        Q("Sarnian liaison officers had been informed “about an hour” before the aircraft took off",
          "mixed", None, affiliation="coalition", role="officer",
          affiliation_aliases=("Coalition Command",), stance="support",
          mention=("A senior coalition officer", "before"), cue=("said", "before")),
        Q("Every strike like this makes our soldiers less safe, not more. We are being dragged "
          "deeper into a conflict that nobody in this country voted for.",
          "direct", **BRANDT, stance="oppose",
          mention=("Helena Brandt", "before"), cue=("said", "before")),
        Q("she would ask Karlsson’s superiors to appear before the committee next week",
          "indirect", **BRANDT, stance="neutral", mention=("She", "before"), cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 2. City budget. Straight quotes and apostrophes ('90s), a stray opening mark
#    in a heading, nested '...', "..., said X", '"...", according to X'.
RUIZ = _who("Ana Ruiz", "Port Calder", "Mayor")
ODUYA = _who("Terrence Oduya", "Port Calder's city council", "Councillor",
             affiliation_aliases=["Port Calder city council", "city council"])
WHITLOW = _who("Grace Whitlow", "Port Calder", "Finance director")
ENG = _who("Marisol Eng", None, "retired teacher")
PCBA = _who("Port Calder Business Association", "Port Calder Business Association")
MALHOTRA = _who("Dev Malhotra", "Port Calder Business Association", "president")

PORT_CALDER = {
    "id": "port-calder-budget",
    "title": "Port Calder council backs budget with library cuts and new parking fees",
    "published": "2024-11-20",
    "target": "the city budget",
    "quotes": [
        Q("the budget was \"the hardest one I've signed in eight years\"", "mixed", **RUIZ,
          stance="support", mention=("Mayor Ana Ruiz of Port Calder", "before"),
          cue=("said", "before")),
        Q("the city had no responsible alternative", "indirect", **RUIZ, stance="support",
          mention=("Mayor Ana Ruiz of Port Calder", "before"), cue=("argued", "before")),
        Q("We don't get to print money, and we don't get to pretend the bills aren't coming,",
          "direct", **RUIZ, stance="support",
          mention=("Ruiz", "after"), cue=("told reporters", "after")),
        Q("When residents ask me 'where did the money go?', I can show them every line.",
          "direct", **RUIZ, stance="support"),
        Q("the parking fees, which start at $2 an hour downtown, would raise about $6 million a "
          "year", "indirect", **RUIZ, stance="support",
          mention=("She", "before"), cue=("said", "before")),
        Q("the library cuts would fall hardest on families who can't afford internet at home",
          "indirect", **ODUYA, stance="oppose",
          mention=("Councillor Terrence Oduya", "before"), cue=("said", "before")),
        Q("We're balancing this budget on the backs of kids who need a quiet place to do their "
          "homework,", "direct", **ODUYA, stance="oppose",
          mention=("Oduya", "after"), cue=("said", "after")),
        Q("That's not a choice I'm willing to make.", "direct", **ODUYA, stance="oppose"),
        Q("In the '90s this city closed two libraries to save money, and it took twenty years to "
          "open one again,", "direct", **ODUYA, stance="oppose",
          mention=("he", "after"), cue=("added", "after")),
        Q("the city's reserves had fallen to their lowest level since 2009", "indirect",
          **WHITLOW, stance="neutral",
          mention=("Finance director Grace Whitlow", "before"), cue=("told the council", "before")),
        Q("pension costs will rise by $8 million next year regardless of what the council decides",
          "indirect", **WHITLOW, stance="neutral",
          mention=("Whitlow", "before"), cue=("According to", "before")),
        Q("The city's priorities are backwards,", "direct", **ENG, stance="oppose",
          mention=("Marisol Eng", "after"), cue=("said", "after")),
        Q("Parking meters will bring in money, sure. But what they take out of a neighbourhood "
          "doesn't show up in anyone's spreadsheet.", "direct", **ENG, stance="oppose"),
        Q("the parking fees would drive shoppers to suburban malls", "indirect", **PCBA,
          stance="oppose",
          mention=("The Port Calder Business Association", "before"), cue=("said", "before")),
        Q("It is a tax on the people who still bother to come downtown", "direct", **MALHOTRA,
          stance="oppose", mention=("Dev Malhotra", "after"), cue=("according to", "after")),
        Q("the council would revisit library hours in the spring if revenue came in above "
          "forecast", "indirect", **RUIZ, stance="neutral",
          mention=("Ruiz", "before"), cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. Court ruling. « ... » guillemets with inner spaces, a multi-paragraph
#    quote after "said ...:", a title in guillemets (not a statement).
COURT = _who("High Court of Lestria", "High Court of Lestria",
             speaker_aliases=["Amira Solberg"])
SOLBERG = _who("Amira Solberg", "High Court of Lestria", "Chief Justice")
VERHAGEN = _who("Paul Verhagen", "government", "Justice Minister")
CASTELLANOS = _who("Noor Castellanos", "Open Line Foundation", "director")
ILIC = _who("Marco Ilic", "Lestrian Police Union", "president")
LIND = _who("Hanna Lind", "University of Velsk", "constitutional lawyer")

LESTRIA = {
    "id": "lestria-data-ruling",
    "title": "Lestrian high court strikes down phone data law",
    "published": "2025-02-13",
    "target": "the court's ruling",
    "quotes": [
        Q("it gave the police far more power than the constitution allows", "indirect", **COURT,
          stance="support",
          mention=("The High Court of Lestria", "before"), cue=("ruling", "before")),
        Q("the law treated « every citizen as a suspect » and that its safeguards were « largely "
          "decorative »", "mixed", **SOLBERG, stance="support",
          mention=("Chief Justice Amira Solberg", "before"), cue=("wrote", "before")),
        Q("A state may protect its citizens from crime. It may not do so by watching all of them "
          "all of the time", "direct", **COURT, stance="support",
          mention=("the judgment", "after"), cue=("said", "after")),
        Q("the government respected the decision", "indirect", **VERHAGEN, stance="neutral",
          mention=("Justice Minister Paul Verhagen", "before"), cue=("said", "before")),
        Q("investigators would lose « one of the most useful tools we have »", "mixed", **VERHAGEN,
          stance="oppose",
          mention=("Justice Minister Paul Verhagen", "before"), cue=("warned", "before")),
        Q("We will study the ruling carefully and bring a new proposal to parliament before the "
          "summer", "direct", **VERHAGEN, stance="neutral",
          mention=("Verhagen", "after"), cue=("told reporters", "after")),
        Q("I want to be clear: nobody in this government wants to read people's private messages.",
          "direct", **VERHAGEN, stance="neutral"),
        Q("about 1,400 current investigations relied on the retained data", "indirect",
          **VERHAGEN, stance="oppose", mention=("He", "before"), cue=("added", "before")),
        Q("Today the court has said what we have been saying for six years. Privacy is not a "
          "loophole for criminals. It is a right that belongs to everyone, including people who "
          "have nothing to hide.\n\n« We hope the government will take this judgment as an "
          "invitation to do better, not as an obstacle to get around.\n\n« And we will be "
          "watching very closely what comes next.", "direct", **CASTELLANOS, stance="support",
          mention=("Noor Castellanos", "before"), cue=("said", "before")),
        Q("officers were already struggling to keep up with online fraud", "indirect", **ILIC,
          stance="neutral", mention=("Marco Ilic", "before"), cue=("said", "before")),
        Q("This ruling will make that job harder, and the criminals know it", "direct", **ILIC,
          stance="oppose", mention=("Ilic", "after"), cue=("said", "after")),
        Q("the government will find it difficult to write a new law that meets the court's "
          "conditions", "indirect", **LIND, stance="neutral",
          mention=("Hanna Lind", "before"), cue=("According to", "before")),
        Q("any new scheme would probably have to be limited to serious crimes and approved case "
          "by case by a judge", "indirect", **LIND, stance="neutral",
          mention=("She", "before"), cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 4. Health policy. Curly quotes, a multi-paragraph follow-on quote with no
#    cue, ’ in "Retailers’" and "Doctors’", scare quote "traffic light".
OKAFOR = _who("Claire Okafor", "provincial government of Westmarch", "Health Minister",
              affiliation_aliases=["Westmarch", "government of Westmarch"])
RETAILERS = _who("Westmarch Retailers’ Federation", "Westmarch Retailers’ Federation",
                 speaker_aliases=["Westmarch Retailers' Federation"],
                 affiliation_aliases=["Westmarch Retailers' Federation"])
ACHTERBERG = _who("Bernard Achterberg", "Westmarch Retailers’ Federation", "chief executive",
                  affiliation_aliases=["Westmarch Retailers' Federation"])
RAMAN = _who("Priya Raman", "Westmarch Paediatric Society", "chair")
GREVE = _who("Tomas Greve", "Liberal Alliance", "health spokesman")

WESTMARCH = {
    "id": "westmarch-junk-food-ads",
    "title": "Westmarch to ban junk-food adverts within 500 metres of schools",
    "published": "2025-05-12",
    "target": "the junk-food advertising ban",
    "quotes": [
        Q("The provincial government of Westmarch will ban advertising for sugary drinks and "
          "high-fat snacks within 500 metres of schools from next September", "indirect", **OKAFOR,
          stance="support",
          mention=("Health Minister Claire Okafor", "after"), cue=("announced", "after")),
        Q("childhood obesity rates in the province had nearly doubled since 2005 and that one in "
          "four eleven-year-olds was now overweight", "indirect", **OKAFOR, stance="support",
          mention=("Okafor", "before"), cue=("said", "before")),
        Q("Parents tell me the same thing everywhere I go,", "direct", **OKAFOR, stance="support",
          mention=("she", "after"), cue=("said", "after")),
        Q("They’re doing their best at home, and then their children walk past three adverts for "
          "energy drinks before they reach the school gate. That isn’t a fair fight.\n\n“We’ve "
          "tried voluntary agreements with the industry for ten years. They haven’t worked. When "
          "a company tells me its adverts are ‘just information’, I ask why it spends so much "
          "money putting them next to playgrounds.", "direct", **OKAFOR, stance="support"),
        Q("the ban would cost small shops about 3 million marks a year in lost advertising income",
          "indirect", **RETAILERS, stance="oppose",
          mention=("The Westmarch Retailers’ Federation", "before"), cue=("said", "before")),
        Q("the policy was “a blunt instrument” and that there was “no evidence” it would change "
          "what children ate", "mixed", **ACHTERBERG, stance="oppose",
          mention=("Bernard Achterberg", "before"), cue=("said", "before")),
        Q("Shopkeepers are being asked to solve a problem they didn’t create,", "direct",
          **ACHTERBERG, stance="oppose", mention=("Achterberg", "after"), cue=("said", "after")),
        Q("If the minister wants children to eat better, she should start with school meals.",
          "direct", **ACHTERBERG, stance="oppose"),
        Q("We see the consequences of this every day in our clinics, including type 2 diabetes in "
          "teenagers, which was almost unheard of when I trained.", "direct", **RAMAN,
          stance="support", mention=("Dr Priya Raman", "before"), cue=("said", "before")),
        Q("similar bans elsewhere had cut children’s exposure to junk-food adverts by about a "
          "third within two years", "indirect", **RAMAN, stance="support",
          mention=("Raman", "before"), cue=("According to", "before")),
        Q("the society would like the ban extended to television advertising before 9pm",
          "indirect", **RAMAN, stance="support", mention=("She", "before"), cue=("added", "before")),
        Q("his party supported the aim of the policy but not the method", "indirect", **GREVE,
          stance="oppose",
          mention=("Opposition health spokesman Tomas Greve", "before"), cue=("said", "before")),
        Q("Banning posters is the easy part,", "direct", **GREVE, stance="oppose",
          mention=("he", "after"), cue=("said", "after")),
        Q("The hard part is making healthy food cheaper, and this government hasn’t lifted a "
          "finger to do that.", "direct", **GREVE, stance="oppose"),
    ],
}

# --------------------------------------------------------------------------- #
# 5. Labour dispute. Straight quotes, "..., said X, the union's ...", a
#    follow-on paragraph, "a spokeswoman for Norvik Energy, Lise Dahl",
#    nested 'record profits', '90s, '"...", according to X'.
UNION = _who("United Process Workers union", "United Process Workers union",
             speaker_aliases=["United Process Workers"],
             affiliation_aliases=["United Process Workers"])
WIKSTROM = _who("Jonas Wikström", "United Process Workers union", "regional organiser",
                affiliation_aliases=["United Process Workers"])
DAHL = _who("Lise Dahl", "Norvik Energy", "spokeswoman")
AASEN = _who("Henrik Aasen", "Norvik Energy", "chief executive")
KARIMI = _who("Selma Karimi", "Brightwater Capital", "energy analyst")
SOLHEIM = _who("Ingrid Solheim", None, "regional labour mediator")

NORVIK = {
    "id": "norvik-refinery-strike",
    "title": "Norvik Energy refinery workers walk out over pay",
    "published": "2025-10-08",
    "target": "the refinery strike",
    "quotes": [
        Q("its members had rejected a 3 per cent pay offer as \"an insult\" at a time of record "
          "profits", "mixed", **UNION, stance="support",
          mention=("The United Process Workers union", "before"), cue=("said", "before")),
        Q("Our members kept this plant running through the pandemic, through two fires and "
          "through the winter shortages,", "direct", **WIKSTROM, stance="support",
          mention=("Jonas Wikström", "after"), cue=("said", "after")),
        Q("They're not asking for the moon. They're asking for a pay rise that keeps up with "
          "their rent.", "direct", **WIKSTROM, stance="support"),
        Q("Nobody wants to stand at a gate in the sleet. But they'll stand there as long as they "
          "have to.", "direct", **WIKSTROM, stance="support"),
        Q("the picket lines would stay up \"for as long as it takes\"", "mixed", **WIKSTROM,
          stance="support", mention=("Wikström", "before"), cue=("said", "before")),
        Q("managers had tried to bring in contractors to cover for striking staff", "indirect",
          **WIKSTROM, stance="support", mention=("Wikström", "before"), cue=("said", "before")),
        Q("the company had hired replacement workers", "indirect", **DAHL, stance="neutral",
          mention=("Lise Dahl", "before"), cue=("denied", "before")),
        Q("The offer on the table is fair, it's the best in the sector, and it's still there,",
          "direct", **DAHL, stance="oppose", mention=("Dahl", "after"), cue=("said", "after")),
        Q("We'd urge the union to come back to the table.", "direct", **DAHL, stance="oppose"),
        Q("When the union talks about 'record profits', it's talking about one exceptional year "
          "driven by gas prices,", "direct", **DAHL, stance="oppose",
          mention=("she", "after"), cue=("added", "after")),
        Q("the strike would put \"hundreds of jobs\" at risk if it dragged on into the winter",
          "mixed", **AASEN, stance="oppose",
          mention=("Henrik Aasen", "before"), cue=("wrote", "before")),
        Q("the company's margins in the '90s had been a fraction of what they are today, and that "
          "the plant needed new investment to stay competitive", "indirect", **AASEN,
          stance="oppose", mention=("He", "before"), cue=("said", "before")),
        Q("If the refinery stays shut for more than a fortnight, drivers will feel it at the pump",
          "direct", **KARIMI, stance="neutral",
          mention=("Selma Karimi", "after"), cue=("according to", "after")),
        Q("she would invite both sides to talks on Friday", "indirect", **SOLHEIM,
          stance="neutral", mention=("Ingrid Solheim", "before"), cue=("told", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 6. Election debate. Straight quotes, nested 'modest adjustment', a
#    multi-paragraph quote after "Lamm said:", scare quote "peace dividend".
HART = _who("Rosalind Hart", "Progress Party", "leader")
LAMM = _who("Viktor Lamm", "National Union")

OSTMARK = {
    "id": "ostmark-pension-debate",
    "title": "Pension age dominates first televised debate in Ostmark election",
    "published": "2025-04-24",
    "target": "raising the state pension age",
    "quotes": [
        Q("the current system \"simply won't be there for people who are thirty today\" unless it "
          "changes", "mixed", **HART, stance="support",
          mention=("Rosalind Hart", "before"), cue=("saying", "before")),
        Q("I'm not going to stand here and promise people something I know we can't pay for,",
          "direct", **HART, stance="support", mention=("Hart", "after"), cue=("said", "after")),
        Q("That's how we got into this mess in the first place.", "direct", **HART,
          stance="support"),
        Q("the plan would force people in physically demanding jobs to work until their bodies "
          "gave out", "indirect", **LAMM, stance="oppose",
          mention=("Viktor Lamm", "before"), cue=("said", "before")),
        Q("Ms Hart keeps calling this a 'modest adjustment',", "direct", **LAMM, stance="oppose",
          mention=("Lamm", "after"), cue=("said", "after")),
        Q("Tell that to a nurse who's been on her feet for forty years. Tell that to a "
          "bricklayer.", "direct", **LAMM, stance="oppose"),
        Q("the money could instead come from closing tax loopholes for property investors, which "
          "he said cost the treasury 2 billion marks a year", "indirect", **LAMM, stance="oppose",
          mention=("He", "before"), cue=("argued", "before")),
        Q("her government would put most of it into the pension fund", "indirect", **HART,
          stance="neutral", mention=("Hart", "before"), cue=("said", "before")),
        Q("he would use it to build 40,000 social homes", "indirect", **LAMM, stance="neutral",
          mention=("Lamm", "before"), cue=("said", "before")),
        Q("Mr Lamm's party ran the housing ministry for eight years and built fewer homes than it "
          "promised in any single one of them,", "direct", **HART, stance="neutral",
          mention=("Hart", "after"), cue=("said", "after")),
        Q("Ostmark doesn't need a government that tells working people to tighten their belts "
          "while it looks after its friends.\n\n\"We need a government that remembers who built "
          "this country. On May 14, you can vote for one.", "direct", **LAMM, stance="oppose",
          mention=("Lamm", "before"), cue=("said", "before")),
        Q("she was \"perfectly happy\" to be judged on the numbers, and that voters would see "
          "through what she called promises nobody could pay for", "mixed", **HART,
          stance="support", mention=("Hart", "before"), cue=("told reporters", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 7. Climate/energy decision. «...» guillemets without spaces, a
#    multi-paragraph quote after "told reporters ...:", org speakers, a title
#    in guillemets (not a statement).
LINDQVIST = _who("Jakob Lindqvist", "government", "Energy Minister")
BREKKE = _who("Ole Brekke", "Haldor Fishermen's Association", "chairman")
AGENCY = _who("National Energy Agency", "National Energy Agency")
HALVORSEN = _who("Mia Halvorsen", "Green Coast", "campaigner")
NORDWIND = _who("Nordwind Partners", "Nordwind Partners")

SKERRY = {
    "id": "skerry-bank-wind-farm",
    "title": "Government approves Skerry Bank offshore wind farm despite fishing fleet protests",
    "published": "2025-09-05",
    "target": "the Skerry Bank wind farm",
    "quotes": [
        Q("the project would supply electricity to roughly 900,000 homes and cut the country's "
          "carbon emissions by about 2 per cent", "indirect", **LINDQVIST, stance="support",
          mention=("Energy Minister Jakob Lindqvist", "before"), cue=("said", "before")),
        Q("This is the single biggest step we have taken towards our 2035 target", "direct",
          **LINDQVIST, stance="support", mention=("Lindqvist", "after"), cue=("said", "after")),
        Q("It shows that we can build clean energy at scale, and that we can do it quickly.",
          "direct", **LINDQVIST, stance="support"),
        Q("the government would set aside 40 million kroner for fishing communities affected by "
          "the project", "indirect", **LINDQVIST, stance="support",
          mention=("He", "before"), cue=("added", "before")),
        Q("the wind farm will also create about 1,100 jobs during construction", "indirect",
          **LINDQVIST, stance="support",
          mention=("Lindqvist", "before"), cue=("According to", "before")),
        Q("My grandfather fished on Skerry Bank, and my father fished there, and I have fished "
          "there for thirty-one years. Nobody from the ministry has ever been out on a boat with "
          "us to see what they are giving away.\n\n«They say the turbines and the fishing can "
          "live side by side. Maybe on paper. Not in February, in a force eight gale, with a "
          "trawl behind you.\n\n«We will take this to court.", "direct", **BREKKE,
          stance="oppose", mention=("Ole Brekke", "before"), cue=("told reporters", "before")),
        Q("the turbines would close about 12 per cent of the bank to bottom trawling", "indirect",
          **AGENCY, stance="neutral", mention=("The agency", "before"), cue=("said", "before")),
        Q("the process had taken «far too long»", "mixed", **HALVORSEN, stance="support",
          mention=("Mia Halvorsen", "before"), cue=("said", "before")),
        Q("Five years from application to approval is not good enough when the climate is "
          "changing this fast", "direct", **HALVORSEN, stance="support",
          mention=("she", "after"), cue=("said", "after")),
        Q("Every year of delay is another year of burning gas.", "direct", **HALVORSEN,
          stance="support"),
        Q("construction would begin in 2026 and that the first turbines would be turning by 2028",
          "indirect", **NORDWIND, stance="neutral",
          mention=("Nordwind Partners", "before"), cue=("said", "before")),
    ],
}

DOCUMENTS = [SARNIA, PORT_CALDER, LESTRIA, WESTMARCH, NORVIK, OSTMARK, SKERRY]
