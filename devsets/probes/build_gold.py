#!/usr/bin/env python3
"""Write gold.jsonl, nonclaims.jsonl and tolls.jsonl of devsets/probes from the rows below
(session 10; written by hand, before claimex was run on these pages)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
gold, nonclaims, tolls = [], [], []


def g(doc, quote, anchor, category, low, high, *, vague=False, modality="asserted", speaker=None,
      subject="", core=True, scope="reported"):
    gold.append({"doc_id": doc, "quote": quote, "anchor": anchor, "category": category, "low": low,
                 "high": high, "vague": vague, "modality": modality, "speaker": speaker,
                 "section": "article", "comment_author": None, "subject": subject, "core": core,
                 "scope": scope})


def n(doc, quote, anchor, kind):
    nonclaims.append({"doc_id": doc, "quote": quote, "anchor": anchor, "kind": kind})


def t(doc, category, low, high, basis):
    tolls.append({"doc_id": doc, "category": category, "low": low, "high": high, "basis": basis})


# pr001 thelocal.se: husband stabs wife to death (rule 1; shootings README)
g("pr001", "stabs wife to death", "wife", "killed", 1, 1, subject="wife (headline)", core=False)
g("pr001", "stabbed his 84 year old wife to death", "his 84 year old wife", "killed", 1, 1, subject="wife")
g("pr001", "“The man was arrested in the apartment", "The man", "captured", 1, 1,
  speaker="Christer Johansson", subject="husband arrested")
g("pr001", "the woman was lying dead in bed", "the woman", "killed", 1, 1, subject="wife (restated)", core=False)
g("pr001", "The man who was still in the apartment was arrested", "The man", "captured", 1, 1,
  speaker="Christer Johansson", subject="husband arrested (restated)", core=False)
n("pr001", "An 81 year old man stabbed", "81 year old", "age")
n("pr001", "The 81 year old did not", "81 year old", "age")
n("pr001", "married for many years", "many years", "duration")
t("pr001", "killed", 1, 1, "enumerated")
t("pr001", "captured", 1, 1, "enumerated")

# pr002 newsbreak: sentencing for a wife stabbed to death (rule 1; shootings README)
g("pr002", "who stabbed his 60-year-old wife to death", "his 60-year-old wife", "killed", 1, 1,
  speaker="Prosecutors", subject="wife")
g("pr002", "stabbed and cut the victim multiple times", "the victim", "killed", 1, 1,
  speaker="prosecutors", subject="wife (restated)", core=False)
n("pr002", "the 79-year-old man who", "79-year-old", "age")
n("pr002", "1 DAY AGO", "1 DAY AGO", "other")
t("pr002", "killed", 1, 1, "enumerated")

# pr003 northernecho: wife bludgeoned to death (rule 1; shootings README)
g("pr003", "bludgeoned his wife to death with a paving hammer", "his wife", "killed", 1, 1, subject="Johanna Luke")
g("pr003", "to find Johanna slumped on the sofa and bleeding heavily", "Johanna", "killed", 1, 1,
  subject="Johanna Luke (restated)", core=False)
g("pr003", "his wife's death, but denies murder", "his wife", "killed", 1, 1,
  subject="Johanna Luke (restated)", core=False)
n("pr003", "Michael Luke, 45,", "45", "age")
n("pr003", "their ten-year-old son cowered", "ten-year-old", "age")
n("pr003", "Luke called 999", "999", "phone")
n("pr003", "a call five minutes earlier", "five minutes", "duration")
n("pr003", "met in 1987", "1987", "date")
n("pr003", "Johanna was aged 19", "aged 19", "age")
n("pr003", "born in March 1988", "March 1988", "date")
n("pr003", "their son in 1995", "1995", "date")
t("pr003", "killed", 1, 1, "enumerated")

# pr004 wreg: two men taken to hospital fighting for their lives, they died later (rule 2; shootings README)
g("pr004", "Two men dead after being shot in Orange Mound", "Two men", "killed", 2, 2, subject="two men (headline)", core=False)
g("pr004", "Two men were taken to the hospital fighting for their lives", "Two men", "killed", 2, 2,
  subject="two men shot, died later")
g("pr004", "they found two men who had been shot", "two men", "killed", 2, 2, subject="two men (restated)", core=False)
g("pr004", "both victims were taken to Regional One Hospital", "both victims", "killed", 2, 2,
  speaker="Police", subject="two men (restated)", core=False)
g("pr004", "Both men later died from their injuries", "Both men", "killed", 2, 2, subject="two men (restated)", core=False)
n("pr004", "apartment complex at 2335 Pendleton", "2335 Pendleton", "address")
n("pr004", "around 9 p.m.", "9 p.m.", "time")
n("pr004", "call CrimeStoppers at 901-528-CASH", "901-528-CASH", "phone")
t("pr004", "killed", 2, 2, "stated")

# pr005 dailymail: Walmart murder-suicide, "They were rushed ... but were pronounced dead" (rule 2; shootings README)
g("pr005", "Two 'young' people have died", "Two 'young' people", "killed", 2, 2, subject="man and woman (murder-suicide)")
g("pr005", "A man and a woman died inside the store", "A man", "killed", 1, 1, subject="shooter (self-inflicted)", core=False)
g("pr005", "A man and a woman died inside the store", "a woman", "killed", 1, 1, subject="woman shot", core=False)
g("pr005", "the man opened fire on the woman", "the woman", "killed", 1, 1, speaker="Investigators",
  subject="woman shot (restated)", core=False)
g("pr005", "discovered the pair who had suffered", "the pair", "killed", 2, 2, subject="the pair (restated)", core=False)
g("pr005", "A man and a woman died - one of them", "A man", "killed", 1, 1, subject="shooter (caption)", core=False)
g("pr005", "A man and a woman died - one of them", "a woman", "killed", 1, 1, subject="woman (caption)", core=False)
g("pr005", "Nobody else was hurt in the shooting", "Nobody else", "injured", 0, 0, modality="negated",
  subject="no one else hurt", core=False)
n("pr005", " date 2023-09-21 Two", "2023-09-21", "date")
n("pr005", "shooting at 7:30pm on Wednesday", "7:30pm", "time")
n("pr005", "at least one gunshot wound each", "at least one", "count")
n("pr005", "heard the second shot", "second", "count")
n("pr005", "This was one person knew another person", "one person", "count")
t("pr005", "killed", 2, 2, "stated")
t("pr005", "injured", 0, 0, "zero")

# pr006 fox13memphis: two shot, crashed; "where they were pronounced deceased" (rule 2; shootings README)
g("pr006", "0 2 dead after being shot", "2", "killed", 2, 2, subject="two people (headline)", core=False)
g("pr006", "Two people died after being shot and crashing", "Two people", "killed", 2, 2, speaker="police",
  subject="two people shot")
g("pr006", "later said both victims were shot prior to the crash", "both victims", "killed", 2, 2, speaker="Police",
  subject="two people (restated)", core=False)
g("pr006", "Two individuals have been transported to ROH", "Two individuals", "killed", 2, 2, speaker="Siobhan Riley",
  subject="two people (tweet)", core=False)
n("pr006", " date 2018-11-29 0", "2018-11-29", "date")
n("pr006", "around 11 a.m. on Thursday", "11 a.m.", "time")
n("pr006", "a witness who heard at least 10 gunshots", "at least 10", "count")
n("pr006", "FOX13 News at 5 p.m.", "5 p.m.", "time")
n("pr006", "2 crime scenes in North Memphis", "2", "count")
n("pr006", "told FOX13 he heard at least 10 gunshots", "at least 10", "count")
n("pr006", "he heard at least 10 gun shots", "at least 10", "count")
n("pr006", "maybe 10 or 15 gunshots", "10 or 15", "count")
t("pr006", "killed", 2, 2, "stated")

# pr007 wcnc: a 14-year-old boy clinging to life, two others shot (rule 3; shootings README)
g("pr007", "A 14-year-old boy was clinging to life", "A 14-year-old boy", "injured", 1, 1, subject="teen shot five times")
g("pr007", "Two other people who were shot", "Two other people", "injured", 2, 2, subject="two others shot")
g("pr007", "one in the leg", "one", "injured", 1, 1, subject="one of the two others", core=False)
g("pr007", "one in the hand", "one", "injured", 1, 1, subject="one of the two others", core=False)
g("pr007", "The teen was seriously hurt", "The teen", "injured", 1, 1, subject="teen (restated)", core=False)
g("pr007", "her grandson tried to run", "her grandson", "injured", 1, 1, speaker="Witnesses",
  subject="teen (restated)", core=False)
g("pr007", "the suspect, who is still on the run", "the suspect", "captured", 0, 0, modality="negated",
  subject="suspect at large", core=False)
g("pr007", "she's seen three murders in a half-dozen years", "three murders", "killed", 3, 3, speaker="One neighbor",
  subject="earlier murders in the area", scope="background")
n("pr007", "\"Five times in the chest", "Five times", "count")
n("pr007", "nursing for 43 years", "43 years", "duration")
n("pr007", "in a half-dozen years", "a half-dozen years", "duration")
t("pr007", "injured", 3, 3, "sum")

# pr008 nydailynews: a 42-year-old Bronx man clinging to life after stabbing (rule 3; shootings README)
g("pr008", "A 42-year-old Bronx man was clinging to life", "A 42-year-old Bronx man", "injured", 1, 1,
  speaker="officials", subject="man stabbed")
g("pr008", "The victim was standing outside", "The victim", "injured", 1, 1, speaker="cops",
  subject="man stabbed (restated)", core=False)
g("pr008", "Medics rushed the victim to Bellevue", "the victim", "injured", 1, 1, subject="man stabbed (restated)", core=False)
g("pr008", "No arrests have been made.", "No arrests", "captured", 0, 0, modality="negated", subject="no arrest")
n("pr008", " date 2021-05-28 A", "2021-05-28", "date")
n("pr008", "near W. 37th St.", "W. 37th St.", "address")
n("pr008", "about 10 p.m. Thursday", "10 p.m.", "time")
n("pr008", "what the two men were fighting", "the two men", "count")
t("pr008", "injured", 1, 1, "enumerated")
t("pr008", "captured", 0, 0, "zero")

# pr009 rawstory: Kalamazoo girl 'clinging to life' (rule 3; shootings README)
g("pr009", "girl in Kalamazoo shooting squeezes", "girl", "injured", 1, 1, subject="girl (headline)", core=False)
g("pr009", "The 14-year-old Kalamazoo girl who was shot", "The 14-year-old Kalamazoo girl", "injured", 1, 1,
  speaker="MLive", subject="girl shot")
g("pr009", "Dalton opened fire and killed four others", "four others", "killed", 4, 4, subject="four killed at Cracker Barrel")
g("pr009", "the teen was rushed to Bronson", "the teen", "injured", 1, 1, speaker="Dale Hinz",
  subject="girl (restated)", core=False)
n("pr009", "the last of three separate shootings", "three", "count")
t("pr009", "injured", 1, 1, "enumerated")
t("pr009", "killed", 4, 4, "stated")

# pr010 hngn: Kinabalu earthquake, 11 bodies, toll raised to 13 (rule 4; wire README)
g("pr010", "Death Toll Rises to 13,", "13", "killed", 13, 13, subject="quake dead (headline)", core=False)
g("pr010", "13, 6 Still Missing", "6", "missing", 6, 6, subject="climbers missing (headline)", core=False)
g("pr010", "At least 11 bodies were recovered", "At least 11 bodies", "killed", 11, None, subject="bodies recovered")
g("pr010", "increasing the death toll to 13", "13", "killed", 13, 13, subject="quake toll raised")
g("pr010", "six climbers who are still missing", "six climbers", "missing", 6, 6, subject="climbers missing")
g("pr010", "the recovered 11 bodies", "11 bodies", "killed", 11, 11, subject="bodies (restated)", core=False)
g("pr010", "nine of the bodies were flown out", "nine of the bodies", "killed", 9, 9, speaker="Farhan Lee Abdullah",
  subject="bodies flown out", core=False)
g("pr010", "the other two were carried down", "the other two", "killed", 2, 2, speaker="Farhan Lee Abdullah",
  subject="bodies carried down", core=False)
g("pr010", "Two dead bodies were retrieved on Friday", "Two dead bodies", "killed", 2, 2, speaker="Farhan",
  subject="bodies retrieved Friday", core=False)
g("pr010", "a 30-year-old local guide", "a 30-year-old local guide", "killed", 1, 1, speaker="Farhan",
  subject="guide identified", core=False)
g("pr010", "a 12-year-old Singaporean student", "a 12-year-old Singaporean student", "killed", 1, 1, speaker="Farhan",
  subject="student identified", core=False)
g("pr010", "one has broken limbs", "one", "injured", 1, 1, subject="climber with broken limbs")
g("pr010", "another one had a coma", "another one", "injured", 1, 1, subject="climber in a coma")
n("pr010", "a 6.0-magnitude earthquake", "6.0-magnitude", "magnitude")
n("pr010", "the 4,095-meter", "4,095-meter", "distance")
n("pr010", "(13,435-foot)", "13,435-foot", "distance")
n("pr010", "Sixty rescuers and four helicopters", "Sixty rescuers", "count")
n("pr010", "a total of 17 people", "17 people", "count")
n("pr010", "maintenance in three weeks", "three weeks", "duration")
n("pr010", "a group of 10 foreigners", "10 foreigners", "count")
t("pr010", "killed", 13, 13, "stated")
t("pr010", "missing", 6, 6, "stated")
t("pr010", "injured", 2, 2, "sum")

# pr011 malaymail: Taiwan quake toll rose to 13 (rule 4; wire README)
g("pr011", "in Taiwan rose to 13 today", "13", "killed", 13, 13, speaker="German Press Agency (dpa)", subject="quake toll")
g("pr011", "after another body was discovered", "another body", "killed", 1, 1, speaker="German Press Agency (dpa)",
  subject="body found (increment)", core=False)
g("pr011", "rescue teams found one body", "one body", "killed", 1, 1, subject="body found (increment)", core=False)
g("pr011", "brought the death toll to 13", "13", "killed", 13, 13, speaker="the National Fire Agency",
  subject="quake toll (restated)", core=False)
g("pr011", "with six people still unaccounted for", "six people", "missing", 6, 6, speaker="the National Fire Agency",
  subject="unaccounted for")
g("pr011", "caused at least 1,145 injuries", "at least 1,145", "injured", 1145, None, subject="quake injuries")
n("pr011", "TAIPEI, April 6", "April 6", "date")
n("pr011", "Wednesday’s 7.2-magnitude earthquake", "7.2-magnitude", "magnitude")
n("pr011", "more than 440 people, including tourists", "more than 440 people", "count")
t("pr011", "killed", 13, 13, "stated")
t("pr011", "missing", 6, 6, "stated")
t("pr011", "injured", 1145, None, "stated")

# pr012 cloudfront (Puri firecracker blast): toll mounted to eight (rule 4; wire README)
g("pr012", "Puri mounted to eight", "eight", "killed", 8, 8, speaker="a senior official", subject="blast toll")
g("pr012", "two more persons undergoing treatment succumbed", "two more persons", "killed", 2, 2,
  speaker="a senior official", subject="died of injuries (increment)", core=False)
g("pr012", "At least 30 people were injured", "At least 30 people", "injured", 30, None, subject="injured in blast")
g("pr012", "eight persons have died so far", "eight persons", "killed", 8, 8,
  speaker="the official of Special Relief Commissioner (SRC) office", subject="blast toll (restated)", core=False)
g("pr012", "22 others are undergoing treatment", "22 others", "injured", 22, 22,
  speaker="the official of Special Relief Commissioner (SRC) office", subject="injured still in hospital")
t("pr012", "killed", 8, 8, "stated")
t("pr012", "injured", 22, 22, "stated")

# pr013 foxnews: Colombia mine toll rises to 13 (rule 4; wire README)
g("pr013", "explosion rises to 13", "13", "killed", 13, 13, subject="mine toll (headline)", core=False)
g("pr013", "Officials now say 13 people died", "13 people", "killed", 13, 13, speaker="Officials", subject="mine toll")
g("pr013", "the final two bodies", "two bodies", "killed", 2, 2, speaker="Authorities",
  subject="bodies recovered (increment)", core=False)
g("pr013", "caused eight deaths in 2008", "eight deaths", "killed", 8, 8, subject="2008 mine explosion",
  scope="background")
n("pr013", "eight deaths in 2008", "2008", "date")
t("pr013", "killed", 13, 13, "stated")

# pr014 aljazeera: Baghdad round-up, "Hundreds die every month" (rule 6; wire README)
g("pr014", "Five killed in Baghdad blast", "Five", "killed", 5, 5, subject="market bomb (headline)", core=False)
g("pr014", "killed at least five people", "at least five people", "killed", 5, None, subject="roadside bomb dead")
g("pr014", "wounded 17 in central Baghdad", "17", "injured", 17, 17, subject="roadside bomb wounded")
g("pr014", "Hundreds die every month", "Hundreds", "killed", 200, 999, vague=True,
  subject="monthly toll of the violence (caption)", core=False, scope="aggregate")
g("pr014", "killing a police officer", "a police officer", "killed", 1, 1, speaker="Mohammed Abbas Salman",
  subject="car bomb al-Alwiya")
g("pr014", "wounding five police commandos", "five police commandos", "injured", 5, 5,
  speaker="Mohammed Abbas Salman", subject="car bomb al-Alwiya")
g("pr014", "and two civilians, police official", "two civilians", "injured", 2, 2,
  speaker="Mohammed Abbas Salman", subject="car bomb al-Alwiya")
g("pr014", "the remains of 14 more victims", "14 more victims", "killed", 14, 14, subject="bodies found Sunday")
g("pr014", "some of them with severed heads", "some of them", "killed", 2, None, vague=True,
  subject="bodies beheaded (subset)", core=False)
g("pr014", "Seven mutilated bodies were fished out", "Seven mutilated bodies", "killed", 7, 7,
  subject="bodies Suwayrah")
g("pr014", "corpses of three men were found", "three men", "killed", 3, 3, subject="bodies under bridge")
g("pr014", "came upon three bodies", "three bodies", "killed", 3, 3, subject="bodies in warehouse")
g("pr014", "another corpse was recovered", "another corpse", "killed", 1, 1, subject="body in Amara")
g("pr014", "a petrol station manager was kidnapped", "a petrol station manager", "captured", 1, 1, speaker="police",
  subject="manager kidnapped in Tikrit")
g("pr014", "Manager kidnapped", "Manager", "captured", 1, 1, subject="manager kidnapped (subheading)", core=False)
g("pr014", "left four fighters dead", "four fighters", "killed", 4, 4, subject="gunmen killed by bodyguard")
g("pr014", "the four were killed", "the four", "killed", 4, 4, speaker="a police officer",
  subject="gunmen killed (restated)", core=False)
g("pr014", "wounded two policemen", "two policemen", "injured", 2, 2, subject="roadside bomb Jadida")
n("pr014", "at 11.20am", "11.20am", "time")
n("pr014", "(0720 GMT)", "0720 GMT", "time")
t("pr014", "killed", 24, None, "sum")
t("pr014", "injured", 26, 26, "sum")
t("pr014", "captured", 1, 1, "stated")

# pr015 trtworld: Boko Haram attack kills scores in Mafa (rule 7; wire README)
g("pr015", "attack kills scores", "scores", "killed", 40, 99, vague=True, subject="Mafa attack (headline)", core=False)
g("pr015", "the killing of two Boko Haram militants by local vigilantes, according", "two Boko Haram militants",
  "killed", 2, 2, speaker="the local police", subject="militants killed earlier by vigilantes", scope="background")
g("pr015", "killing at least 127 people", "at least 127 people", "killed", 127, None,
  speaker="Amnesty International and police", subject="Mafa attack toll")
g("pr015", "Thousands of Nigerians have been killed", "Thousands of Nigerians", "killed", 2000, 9999, vague=True,
  subject="insurgency toll", scope="aggregate")
g("pr015", "more than two million displaced", "more than two million", "displaced", 2000001, None,
  subject="insurgency displaced", scope="aggregate")
g("pr015", "the killing of two suspected Boko Haram militants", "two suspected Boko Haram militants", "killed", 2, 2,
  speaker="Dungus Abdulkarim", subject="militants killed earlier (restated)", core=False, scope="background")
g("pr015", "The terrorists killed many people", "many people", "killed", 2, None, vague=True,
  speaker="Abdulkarim", subject="Mafa attack (restated)", core=False)
g("pr015", "We recovered 37 corpses", "37 corpses", "killed", 37, 37, speaker="A military official",
  subject="corpses recovered")
g("pr015", "several more residents were missing", "several more residents", "missing", 3, 9, vague=True,
  speaker="Modu Mohammed", subject="residents missing")
g("pr015", "the death toll at over 100", "over 100", "killed", 101, None, speaker="Modu Mohammed",
  subject="resident's estimate")
g("pr015", "some corpses were still in the bush", "some corpses", "killed", 2, None, vague=True,
  speaker="Modu Mohammed", subject="corpses in the bush", core=False)
n("pr015", "one of three states", "three states", "count")
n("pr015", "lasted 15 years", "15 years", "duration")
t("pr015", "killed", 127, None, "stated")
t("pr015", "missing", 3, 9, "stated")

# pr016 channelstv: scores killed in Kaduna, police say two (rule 7; wire README)
g("pr016", "Scores of people have been killed", "Scores of people", "killed", 40, 99, vague=True,
  subject="Dakin-Kogi attack")
g("pr016", "many others injured", "many others", "injured", 2, None, vague=True, subject="Dakin-Kogi attack")
g("pr016", "only two people lost their lives", "two people", "killed", 2, 2, speaker="Aliyu Usman",
  subject="police figure")
n("pr016", " date 2017-02-20 Scores", "2017-02-20", "date")
n("pr016", "barely two weeks after", "two weeks", "duration")
t("pr016", "killed", 40, 99, "stated")
t("pr016", "injured", 2, None, "stated")

# Second batch (session 10, later): rule 8 "had her throat cut" (shootings README)
# pr017 theage: an elderly woman who had her throat cut by an intruder (court hearing)
g("pr017", "An elderly woman who had her throat cut", "An elderly woman", "injured", 1, 1,
  subject="woman attacked at home (2013)")
n("pr017", " date 2019-01-09 An", "2019-01-09", "date")
n("pr017", "in her late 70s", "late 70s", "age")
n("pr017", "south-east in May 2013", "May 2013", "date")
n("pr017", "appointment about 3pm", "3pm", "time")
n("pr017", "about 1.5 centimetres wide", "1.5 centimetres", "distance")
n("pr017", "40 centimetres long", "40 centimetres", "distance")
n("pr017", "trial on six charges", "six charges", "count")
t("pr017", "injured", 1, 1, "enumerated")

# pr018 perthnow: a 54-year-old woman had her throat cut, partner arrested
g("pr018", "2023-01-02 A man's been charged, after a 54-year-old woman", "a 54-year-old woman", "injured", 1, 1,
  subject="woman (caption)", core=False)
g("pr018", "IconA man's been charged, after a 54-year-old woman", "a 54-year-old woman", "injured", 1, 1,
  subject="woman (caption repeat)", core=False)
g("pr018", "Woman's throat cut in", "Woman", "injured", 1, 1, subject="woman (headline)", core=False)
g("pr018", "A middle-aged Sydney man is behind bars", "A middle-aged Sydney man", "captured", 1, 1,
  subject="partner in custody")
g("pr018", "cutting the throat of his partner, a 54-year-old woman", "his partner, a 54-year-old woman", "injured", 1, 1,
  modality="hedged", subject="woman whose throat was cut")
g("pr018", "The man, 57, was arrested", "The man", "captured", 1, 1, subject="partner arrested (restated)", core=False)
n("pr018", " date 2023-01-02 A", "2023-01-02", "date")
n("pr018", "The man, 57, was", "57", "age")
t("pr018", "injured", 1, 1, "enumerated")
t("pr018", "captured", 1, 1, "enumerated")

for name, rows in (("gold", gold), ("nonclaims", nonclaims), ("tolls", tolls)):
    with (HERE / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(gold), "gold,", len(nonclaims), "nonclaims,", len(tolls), "tolls")
