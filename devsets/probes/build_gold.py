#!/usr/bin/env python3
"""Write gold.jsonl, nonclaims.jsonl and tolls.jsonl of devsets/probes from the rows below
(session 10; written by hand, before claimex was run on these pages)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
gold, nonclaims, tolls = [], [], []


def g(doc, quote, anchor, category, low, high, *, vague=False, modality="asserted", speaker=None,
      subject="", core=True, scope="reported", section="article", author=None, location=False):
    row = {"doc_id": doc, "quote": quote, "anchor": anchor, "category": category, "low": low,
           "high": high, "vague": vague, "modality": modality, "speaker": speaker,
           "section": section, "comment_author": author, "subject": subject, "core": core,
           "scope": scope}
    if location is not False:  # session 17 (pr245-pr250): the place, a name or None
        row["location"] = location
    gold.append(row)


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

# Third batch (session 11): pr019-pr040, six waiting rules (see the README). Gold written before any
# claimex run on these pages.
# pr019 wsiltv: heading below the title restates the body (rule 1; shootings README)
g("pr019", "1 killed, 1 wounded in Cape Girardeau shooting, police say - WSIL", "1", "killed", 1, 1, speaker="police", subject="one dead (title)", core=False)
g("pr019", "1 wounded in Cape Girardeau shooting, police say - WSIL-TV", "1", "injured", 1, 1, speaker="police",
  subject="one wounded (title)", core=False)
g("pr019", "Illinois\n\n1 killed", "1", "killed", 1, 1, speaker="police", subject="one dead (heading)", core=False)
g("pr019", "1 wounded in Cape Girardeau shooting, police say\n\nCAPE", "1", "injured", 1, 1, speaker="police",
  subject="one wounded (heading)", core=False)
g("pr019", "left one person dead and another wounded", "one person", "killed", 1, 1, subject="victim who died")
g("pr019", "left one person dead and another wounded", "another", "injured", 1, 1, subject="surviving victim")
g("pr019", "both victims were rushed to hospital", "both victims", "killed_or_injured", 2, 2, speaker="Police",
  subject="both victims (restated)", core=False)
g("pr019", "where one of them died", "one of them", "killed", 1, 1, speaker="Police",
  subject="victim who died (restated)", core=False)
g("pr019", "the injuries of the surviving victim", "the surviving victim", "injured", 1, 1, speaker="Police",
  subject="surviving victim (restated)", core=False)
n("pr019", " date 2019-08-26", "2019-08-26", "date")
n("pr019", "around 10:15 p.m.", "10:15 p.m.", "time")
n("pr019", "WSIL-TV 3 Southern", "3", "other")
t("pr019", "killed", 1, 1, "stated")
t("pr019", "injured", 1, 1, "stated")

# pr020 680news: heading below the title restates the body (rule 1; shootings README)
g("pr020", "2 killed, 1 wounded in shooting", "2", "killed", 2, 2, subject="store victims (heading)", core=False)
g("pr020", "1 wounded in shooting at convenience store", "1", "injured", 1, 1, subject="store victim (heading)",
  core=False)
g("pr020", "Two people were killed and a third person was injured", "Two people", "killed", 2, 2, speaker="police",
  subject="store shooting dead")
g("pr020", "Two people were killed and a third person was injured", "a third person", "injured", 1, 1,
  speaker="police", subject="store shooting wounded")
g("pr020", "the person shot at the complex", "the person shot at the complex", "killed", 1, 1, speaker="Police",
  subject="fatal shooting at the apartment complex")
g("pr020", "a body was covered with a tarp", "a body", "killed", 1, 1, speaker="The newspaper",
  subject="complex victim (restated)", core=False)
n("pr020", "Mar 28, 2021 at", "Mar 28, 2021", "date")
n("pr020", "at 5:14 pm EDT", "5:14 pm", "time")
n("pr020", "15 minutes later", "15 minutes", "duration")
n("pr020", "Today at 05:06 PM", "05:06 PM", "time")
n("pr020", "12 minutes ago", "12 minutes", "duration")
n("pr020", "680 NEWS TRAFFIC", "680", "other")
t("pr020", "killed", 3, 3, "sum")
t("pr020", "injured", 1, 1, "stated")

# pr021 newsbreak: a heading restating the body, and teasers of other stories (rule 1; wire README)
g("pr021", "Coroner: At least 5 dead", "At least 5", "killed", 5, None, speaker="Coroner",
  subject="interstate crashes (heading)", core=False)
g("pr021", "caused at least five deaths and multiple injuries", "at least five", "killed", 5, None,
  speaker="officials", subject="interstate crashes")
g("pr021", "caused at least five deaths and multiple injuries", "multiple", "injured", 2, None, vague=True,
  speaker="officials", subject="interstate crashes")
g("pr021", "confirmed the five deaths", "the five deaths", "killed", 5, 5, speaker="Terry Parker",
  subject="interstate crashes (restated)", core=False)
g("pr021", "Police investigating quadruple shooting in Milwaukee", "quadruple shooting", "injured", 4, 4,
  subject="Milwaukee shooting (teaser heading)", core=False, scope="background")
g("pr021", "investigating a quadruple shooting in Milwaukee that", "quadruple shooting", "injured", 4, 4,
  subject="Milwaukee shooting (teaser)", core=False, scope="background")
g("pr021", "Rounds struck a 28-year-old woman", "a 28-year-old woman", "injured", 1, 1,
  subject="Milwaukee victim (teaser)", core=False, scope="background")
g("pr021", "a 28-year-old man and a 23-year-old man", "a 28-year-old man", "injured", 1, 1,
  subject="Milwaukee victim (teaser)", core=False, scope="background")
g("pr021", "a 28-year-old man and a 23-year-old man", "a 23-year-old man", "injured", 1, 1,
  subject="Milwaukee victim (teaser)", core=False, scope="background")
g("pr021", "All three suffered non-life-threatening wounds", "All three", "injured", 3, 3,
  subject="Milwaukee victims (teaser)", core=False, scope="background")
g("pr021", "Kalamazoo officer kills man who shot at officers", "man", "killed", 1, 1, speaker="police",
  subject="Kalamazoo (teaser heading)", core=False, scope="background")
n("pr021", " date 2022-03-17", "2022-03-17", "date")
n("pr021", " 3 days ago", "3 days", "duration")
n("pr021", "involving dozens of vehicles", "dozens of vehicles", "count")
n("pr021", "about 8 a.m.", "8 a.m.", "time")
n("pr021", "Interstate 57", "57", "other")
n("pr021", "about 150 miles (240 kilometers)", "150 miles", "distance")
n("pr021", "about 50 vehicles", "50 vehicles", "count")
n("pr021", "about 4 p.m.", "4 p.m.", "time")
n("pr021", "about 25 miles (40 kilometers)", "25 miles", "distance")
n("pr021", "about 4:31 a.m.", "4:31 a.m.", "time")
t("pr021", "killed", 5, None, "stated")
t("pr021", "injured", 2, None, "stated")

# pr022 onenewspage: the title printed three times above the body (rule 1; shootings README)
g("pr022", "Leave 1 Dead, 3 Injured\n\nFriday Morning Stabbings In Downtown Austin Leave 1 Dead, 3 Injured\n\nFriday",
  "1", "killed", 1, 1, subject="one dead (title)", core=False)
g("pr022", "Leave 1 Dead, 3 Injured\n\nFriday Morning Stabbings In Downtown Austin Leave 1 Dead, 3 Injured\n\nFriday",
  "3", "injured", 3, 3, subject="three hurt (title)", core=False)
g("pr022", "Injured\n\nFriday Morning Stabbings In Downtown Austin Leave 1 Dead, 3 Injured\n\nFriday",
  "1", "killed", 1, 1, subject="one dead (title copy)", core=False)
g("pr022", "Injured\n\nFriday Morning Stabbings In Downtown Austin Leave 1 Dead, 3 Injured\n\nFriday",
  "3", "injured", 3, 3, subject="three hurt (title copy)", core=False)
g("pr022", "Leave 1 Dead, 3 Injured\n\nOne person", "1", "killed", 1, 1, subject="one dead (title copy)", core=False)
g("pr022", "Leave 1 Dead, 3 Injured\n\nOne person", "3", "injured", 3, 3, subject="three hurt (title copy)",
  core=False)
g("pr022", "One person is dead and three others injured", "One person", "killed", 1, 1, subject="stabbing victim")
g("pr022", "One person is dead and three others injured", "three others", "injured", 3, 3,
  subject="stabbing victims")
t("pr022", "killed", 1, 1, "stated")
t("pr022", "injured", 3, 3, "stated")

# pr023 kwtx: a girl struck in the head by a stray bullet (rule 2; shootings README)
g("pr023", "Critically Injures Texas Girl", "Texas Girl", "injured", 1, 1, subject="girl (headline)", core=False)
g("pr023", "A 9-year-old Dallas girl was in critical condition", "A 9-year-old Dallas girl", "injured", 1, 1,
  subject="girl hit by stray bullet")
g("pr023", "struck the unidentified girl in the head", "the unidentified girl", "injured", 1, 1, speaker="Police",
  subject="girl (restated)", core=False)
n("pr023", "DALLAS (March 2, 2014)", "March 2, 2014", "date")
n("pr023", "Cristian Manzano, 20,", "20", "age")
n("pr023", "$31,500 bond", "$31,500", "money")
t("pr023", "injured", 1, 1, "enumerated")
t("pr023", "captured", 1, 1, "enumerated")

# pr024 kidshootings: a man killed, a bystander shot in the foot, a girl struck in the arm (rule 2;
# shootings README)
g("pr024", "nearly 3000 children and teens die from gunfire", "nearly 3000 children and teens", "killed", 3000, 3000,
  vague=True, subject="yearly national figure (blog banner)", core=False, scope="aggregate")
g("pr024", "nearly 14,000 are injured", "nearly 14,000", "injured", 14000, 14000, vague=True,
  subject="yearly national figure (blog banner)", core=False, scope="aggregate")
g("pr024", "8-year old California girl hit by stray bullet", "8-year old California girl", "injured", 1, 1,
  subject="girl (post title)", core=False)
g("pr024", "firing at the other, killing him", "the other", "killed", 1, 1, subject="man shot in the argument")
g("pr024", "hit an 8-year old girl who was walking", "an 8-year old girl", "injured", 1, 1,
  subject="girl hit by stray bullet")
g("pr024", "rounds at the victim, hitting him", "the victim", "killed", 1, 1, subject="man (restated)", core=False)
g("pr024", "The victim was taken to a nearby hospital", "The victim", "killed", 1, 1, subject="man (restated)",
  core=False)
g("pr024", "A man who was standing near the victim was shot in the foot", "A man", "injured", 1, 1,
  subject="bystander shot in the foot")
g("pr024", "was an eight-year-old girl walking with her uncle", "an eight-year-old girl", "injured", 1, 1,
  speaker="Steve Frasier", subject="girl (restated)", core=False)
n("pr024", "Friday, November 30, 2012", "November 30, 2012", "date")
n("pr024", "at around 7 p.m.", "7 p.m.", "time")
n("pr024", "a good 40-yards", "40-yards", "distance")
n("pr024", "UPDATE (12/2/12)", "12/2/12", "date")
n("pr024", "both 18 years old", "18 years old", "age")
t("pr024", "killed", 1, 1, "enumerated")
t("pr024", "injured", 2, 2, "enumerated")

# pr025 kidshootings: two men and a girl hurt, "The 7-year old was hit in the back" (rule 2; shootings README)
g("pr025", "nearly 3000 children and teens die from gunfire", "nearly 3000 children and teens", "killed", 3000, 3000,
  vague=True, subject="yearly national figure (blog banner)", core=False, scope="aggregate")
g("pr025", "nearly 14,000 are injured", "nearly 14,000", "injured", 14000, 14000, vague=True,
  subject="yearly national figure (blog banner)", core=False, scope="aggregate")
g("pr025", "7-year old girl shot in back by stray bullet", "7-year old girl", "injured", 1, 1,
  subject="girl (post title)", core=False)
g("pr025", "Two men and a 7-year old girl were injured", "Two men", "injured", 2, 2, subject="two men hurt")
g("pr025", "Two men and a 7-year old girl were injured", "a 7-year old girl", "injured", 1, 1, subject="girl hurt")
g("pr025", "The 7-year old was hit in the back", "The 7-year old", "injured", 1, 1, subject="girl (restated)",
  core=False)
g("pr025", "One of the men was treated and released", "One of the men", "injured", 1, 1, speaker="Shakowski",
  subject="one man (restated)", core=False)
g("pr025", "the girl spent one night in the hospital", "the girl", "injured", 1, 1, speaker="Shakowski",
  subject="girl (restated)", core=False)
g("pr025", "Shakowski said the girl was an unintended victim", "the girl", "injured", 1, 1, speaker="Shakowski",
  subject="girl (restated)", core=False)
n("pr025", "Monday, March 12, 2012", "March 12, 2012", "date")
n("pr025", "spent one night in", "one night", "duration")
n("pr025", "She was 100 to 150 yards away", "100 to 150 yards", "distance")
n("pr025", "as many as eight shots", "as many as eight shots", "count")
n("pr025", "description of one man involved", "one man", "count")
t("pr025", "injured", 3, 3, "sum")

# pr026 starcom: a man struck in the thigh (rule 2; shootings README)
g("pr026", "A man was taken to hospital today", "A man", "injured", 1, 1, subject="man shot in the leg")
g("pr026", "The injured man is said to have", "The injured man", "injured", 1, 1, subject="man (restated)",
  core=False)
n("pr026", "The 29-year-old man from Gall Hill", "29-year-old", "age")
n("pr026", "when two men ran towards him", "two men", "count")
n("pr026", "as one man shot at another", "one man", "count")
t("pr026", "injured", 1, 1, "enumerated")

# pr027 kuna: "Meanwhile, a roadside bomb killed three Afghan policemen" (rule 3; wire README)
g("pr027", "Three soldiers of the International Security Assistance Force", "Three soldiers", "killed", 3, 3,
  speaker="the military", subject="ISAF soldiers, roadside bomb")
g("pr027", "four British marines were killed", "four British marines", "killed", 4, 4,
  subject="marines killed the day before in Helmand", scope="background")
g("pr027", "killed three Afghan policemen and injured four more", "three Afghan policemen", "killed", 3, 3,
  subject="Kandahar city bomb")
g("pr027", "killed three Afghan policemen and injured four more", "four more", "injured", 4, 4,
  subject="Kandahar city bomb")
g("pr027", "Seven civilians also sustained injuries", "Seven civilians", "injured", 7, 7, speaker="police officials",
  subject="Kandahar city bomb")
n("pr027", "KABUL, Dec 14", "Dec 14", "date")
n("pr027", "KUNA 141014 Dec", "141014", "other")
t("pr027", "killed", 6, 6, "sum")
t("pr027", "injured", 11, 11, "sum")

# pr028 bbc: "Meanwhile, in Lahore 14 people were injured" (rule 3; wire README)
g("pr028", "has wounded two policemen and killed himself", "two policemen", "injured", 2, 2,
  subject="Peshawar suicide attack")
g("pr028", "has wounded two policemen and killed himself", "himself", "killed", 1, 1,
  subject="the bomber", core=False)
g("pr028", "one left six people dead", "six people", "killed", 6, 6, subject="earlier Peshawar bomb",
  scope="background")
g("pr028", "Forty-two soldiers were killed", "Forty-two soldiers", "killed", 42, 42, subject="Dargai attack last week",
  scope="background")
g("pr028", "in Lahore 14 people were injured", "14 people", "injured", 14, 14, speaker="police",
  subject="Lahore litter-bin bomb")
g("pr028", "the man who carried out Friday's suicide attack on a police patrol died", "the man", "killed", 1, 1,
  speaker="Peshawar police", subject="the bomber (restated)", core=False)
g("pr028", "on 20 October killed six people", "six people", "killed", 6, 6, subject="earlier Peshawar bomb (restated)",
  core=False, scope="background")
g("pr028", "killing 42 soldiers in the process", "42 soldiers", "killed", 42, 42,
  subject="Dargai attack (restated)", core=False, scope="background")
g("pr028", "it had killed 80 militants", "80 militants", "killed", 80, 80, speaker="the army",
  subject="Bajaur air strike", scope="background")
n("pr028", "17 November 2006, 12:18 GMT", "17 November 2006", "date")
n("pr028", "20-year-old Nadeem Khan", "20-year-old", "age")
t("pr028", "injured", 16, 16, "sum")

# pr029 theabujatimes: "Meanwhile, the commissioner ... said" opens no other incident (rule 3; wire README)
g("pr029", "Two people have been killed while a few others", "Two people", "killed", 2, 2, subject="Agalawa attack")
g("pr029", "a few others were said to have been injured", "a few others", "injured", 2, 9, vague=True,
  modality="hedged", subject="Agalawa attack")
g("pr029", "He added that four people were injured", "four people", "injured", 4, 4, speaker="CP Habu Sani",
  subject="Agalawa attack (police commissioner)")
t("pr029", "killed", 2, 2, "stated")
t("pr029", "injured", 2, 9, "stated")

# pr030 standard: a day of attacks in Iraq, "Meanwhile in the outskirts of ... Mosul" (rule 3; wire README)
g("pr030", "have killed at least 40 people outside a textile factory", "at least 40 people", "killed", 40, None,
  subject="Hillah factory bombings")
g("pr030", "left at least 75 people dead and dozens more injured", "at least 75 people", "killed", 75, None,
  subject="day of violence in Iraq")
g("pr030", "left at least 75 people dead and dozens more injured", "dozens more", "injured", 24, 99, vague=True,
  subject="day of violence in Iraq")
g("pr030", "at least 135 people were wounded in the three blasts", "at least 135 people", "injured", 135, None,
  speaker="Major Muthana Khalid", subject="Hillah factory bombings")
g("pr030", "at least eight killed by a pair of bombs", "at least eight", "killed", 8, None,
  subject="Suwayrah bombs")
g("pr030", "killing at least 10 people", "at least 10 people", "killed", 10, None, speaker="officials",
  subject="Baghdad checkpoint and patrol attacks")
g("pr030", "killing one soldier and injuring another", "one soldier", "killed", 1, 1, speaker="Iraqi officials",
  subject="western Baghdad patrol (part of the 10)", core=False)
g("pr030", "killing one soldier and injuring another", "another", "injured", 1, 1, speaker="Iraqi officials",
  subject="western Baghdad patrol")
g("pr030", "a police patrol killed three civilians", "three civilians", "killed", 3, 3,
  subject="western Baghdad roadside bomb (part of the 10)", core=False)
g("pr030", "at least two people were killed when a suicide bomber", "at least two people", "killed", 2, None,
  speaker="Rebwar Younis", subject="Mosul checkpoint car bomb")
n("pr030", "Two car explosions and a suicide bomber", "Two car explosions", "count")
n("pr030", "two earlier car bombs", "two earlier car bombs", "count")
n("pr030", "60 miles south of Baghdad", "60 miles", "distance")
n("pr030", "more than two months after", "more than two months", "duration")
n("pr030", "at least six other attacks", "at least six other attacks", "count")
t("pr030", "killed", 75, None, "stated")
t("pr030", "injured", 24, 99, "stated")

# pr031 irishtimes: "..., including 22 in the capital Baghdad" (rule 4; wire README; the deck is rule 1 too)
g("pr031", "Dozens killed in wave of car bombs", "Dozens", "killed", 24, 99, vague=True, subject="Iraq (headline)",
  core=False)
g("pr031", "Attack in north-western Baghdad killed eight and wounded 15\n", "eight", "killed", 8, 8,
  subject="north-western Baghdad car bomb (deck)", core=False)
g("pr031", "Attack in north-western Baghdad killed eight and wounded 15\n", "15", "injured", 15, 15,
  subject="north-western Baghdad car bomb (deck)", core=False)
g("pr031", "Dozens of people have been killed in a wave", "Dozens of people", "killed", 24, 99, vague=True,
  subject="day's attacks across Iraq")
g("pr031", "including 22 in the capital Baghdad", "22", "killed", 22, 22, subject="Baghdad share", core=False)
g("pr031", "killed eight people and wounded 15", "eight people", "killed", 8, 8,
  subject="north-western Baghdad car bomb")
g("pr031", "killed eight people and wounded 15", "15", "injured", 15, 15, subject="north-western Baghdad car bomb")
g("pr031", "killed seven and wounded 21", "seven", "killed", 7, 7, speaker="police", subject="second Baghdad car bomb")
g("pr031", "killed seven and wounded 21", "21", "injured", 21, 21, speaker="police", subject="second Baghdad car bomb")
g("pr031", "killed seven and wounded 13", "seven", "killed", 7, 7, speaker="police", subject="Baghdad mortar attack")
g("pr031", "killed seven and wounded 13", "13", "injured", 13, 13, speaker="police", subject="Baghdad mortar attack")
g("pr031", "killed four civilians and two policemen", "four civilians", "killed", 4, 4, subject="Karbala car bomb")
g("pr031", "killed four civilians and two policemen", "two policemen", "killed", 2, 2, subject="Karbala car bomb")
g("pr031", "Another 16 people were wounded", "Another 16 people", "injured", 16, 16, subject="Karbala car bomb")
g("pr031", "killing five civilians and wounding 13 others", "five civilians", "killed", 5, 5,
  subject="Iskandariyah car bomb")
g("pr031", "killing five civilians and wounding 13 others", "13 others", "injured", 13, 13,
  subject="Iskandariyah car bomb")
g("pr031", "Eight other civilians were killed in separate attacks", "Eight other civilians", "killed", 8, 8,
  subject="Baghdad and Najaf shootings")
n("pr031", "All three attacks targeted", "All three attacks", "count")
n("pr031", "about 55 miles south", "55 miles", "distance")
n("pr031", "about 30 miles south", "30 miles", "distance")
t("pr031", "killed", 24, 99, "stated")
t("pr031", "injured", 78, 78, "sum")

# pr032 business-standard: "seven car bomb explosions across Baghdad, including one near a playground"
# (rule 4; wire README; the excerpt starts after the lead)
g("pr032", "one near a playground that killed two children", "two children", "killed", 2, 2,
  subject="playground car bomb")
g("pr032", "killing three and wounding 28", "three", "killed", 3, 3, speaker="Col Hussein Ali Rasheed",
  subject="Tuz Khormato cafe bomber")
g("pr032", "killing three and wounding 28", "28", "injured", 28, 28, speaker="Col Hussein Ali Rasheed",
  subject="Tuz Khormato cafe bomber")
g("pr032", "killing a total of 11 and wounding 22", "a total of 11", "killed", 11, 11, speaker="authorities",
  subject="Husseiniyah car bombs")
g("pr032", "killing a total of 11 and wounding 22", "22", "injured", 22, 22, speaker="authorities",
  subject="Husseiniyah car bombs")
g("pr032", "killing five people, including three police officers", "five people", "killed", 5, 5, speaker="Police",
  subject="Dora checkpoint bomber")
g("pr032", "including three police officers, and wounding nine", "three police officers", "killed", 3, 3,
  speaker="Police", subject="Dora police officers (subset)", core=False)
g("pr032", "including three police officers, and wounding nine", "nine", "injured", 9, 9, speaker="Police",
  subject="Dora checkpoint bomber")
g("pr032", "killing eight and wounding 15", "eight", "killed", 8, 8, speaker="officials",
  subject="Garage al-Amana car bombs")
g("pr032", "killing eight and wounding 15", "15", "injured", 15, 15, speaker="officials",
  subject="Garage al-Amana car bombs")
n("pr032", "reported seven car bomb explosions", "seven car bomb explosions", "count")
n("pr032", "violence since 2008", "2008", "date")
n("pr032", "after the 2003 US-led invasion", "2003", "date")
n("pr032", "about two blocks away", "two blocks", "distance")
t("pr032", "killed", 29, 29, "sum")
t("pr032", "injured", 74, 74, "sum")

# pr033 antiwar: "Several other smaller attacks ..., including another in Kabul" (rule 4; wire README; the
# deck is rule 1 too)
g("pr033", "Taliban Bombings Kill 25", "25", "killed", 25, 25, subject="day's bombings (headline)", core=False)
g("pr033", "14 Embassy Security Guards Slain", "14 Embassy Security Guards", "killed", 14, 14,
  subject="minibus near Kabul (deck)", core=False)
g("pr033", "killing at least 25 people across the country", "at least 25 people", "killed", 25, None,
  subject="day's bombings across Afghanistan")
g("pr033", "killing 14 Nepali security guards", "14 Nepali security guards", "killed", 14, 14,
  subject="minibus near Kabul")
g("pr033", "killing eight and wounding 18", "eight", "killed", 8, 8, subject="Badakhshan market motorcycle bomb")
g("pr033", "killing eight and wounding 18", "18", "injured", 18, 18, subject="Badakhshan market motorcycle bomb")
g("pr033", "which killed a single civilian", "a single civilian", "killed", 1, 1,
  subject="another Kabul attack (named after including)", core=False)
t("pr033", "killed", 25, None, "stated")
t("pr033", "injured", 18, 18, "stated")

# pr034 hindustantimes: "more than a third of the hostages ... are believed to be dead" (rule 5; wire README)
g("pr034", "more than a third of the hostages who were abducted", "more than a third of the hostages", "killed",
  41, 120, vague=True, modality="hedged", speaker="Israeli officials", subject="hostages believed dead",
  scope="aggregate")
g("pr034", "As many as 120 people are being held", "As many as 120 people", "captured", 120, 120, vague=True,
  subject="hostages still held", scope="aggregate")
g("pr034", "at least 43 of them are dead", "at least 43 of them", "killed", 43, None, modality="hedged",
  subject="hostages believed dead", scope="aggregate")
g("pr034", "many of the hostages may have been executed", "many of the hostages", "killed", 2, None, vague=True,
  modality="hedged", speaker="The Israeli government", subject="hostages believed dead (restated)", core=False,
  scope="aggregate")
g("pr034", "more than a third of Hamas hostages are believed to have been killed", "more than a third of Hamas hostages",
  "killed", 41, 120, vague=True, modality="hedged", speaker="Israeli officials", subject="hostages (caption)",
  core=False, scope="aggregate")
g("pr034", "Hamas snatched about 250 hostages", "about 250 hostages", "captured", 250, 250, vague=True,
  subject="hostages taken on October 7", scope="background")
g("pr034", "including Shani Louk’s partner", "Shani Louk’s partner", "killed", 1, 1,
  subject="hostage found dead (heading)", core=False, scope="background")
g("pr034", "Four more hostages were reported dead", "Four more hostages", "killed", 4, 4, modality="hedged",
  subject="four hostages announced dead on June 3")
g("pr034", "including 84-year-old Amiram Cooper", "84-year-old Amiram Cooper", "killed", 1, 1, modality="hedged",
  subject="named hostage", core=False)
g("pr034", "Yoram Metzger and Haim Perry", "Yoram Metzger", "killed", 1, 1, modality="hedged",
  subject="named hostage", core=False)
g("pr034", "Yoram Metzger and Haim Perry", "Haim Perry", "killed", 1, 1, modality="hedged",
  subject="named hostage", core=False)
g("pr034", "and 51-year-old Nadav Popplewell", "51-year-old Nadav Popplewell", "killed", 1, 1, modality="hedged",
  subject="named hostage", core=False)
g("pr034", "recovered the bodies of three more hostages", "three more hostages", "killed", 3, 3,
  subject="bodies recovered in May", scope="background")
g("pr034", "identified as Hanan Yablonka", "Hanan Yablonka", "killed", 1, 1, subject="named hostage",
  core=False, scope="background")
g("pr034", "Michel Nisenbaum, and", "Michel Nisenbaum", "killed", 1, 1, subject="named hostage",
  core=False, scope="background")
g("pr034", "and Orion Hernandez Radoux. Radoux", "Orion Hernandez Radoux", "killed", 1, 1, subject="named hostage",
  core=False, scope="background")
g("pr034", "partner of Shani Louk, whose body was also found", "Shani Louk", "killed", 1, 1,
  subject="hostage whose body was found in May", scope="background")
n("pr034", " date 2024-06-05", "2024-06-05", "date")
n("pr034", "on Tuesday, June 4,", "June 4", "date")
n("pr034", "during the October 7 attack", "October 7", "date")
n("pr034", "Haim Perry, both 80", "80", "age")
n("pr034", "on Monday, June 3,", "June 3", "date")
t("pr034", "killed", 4, 4, "stated")

# pr035 stratnewsglobal: "the other seven were presumed to be inside the wreckage" (rule 5; wire README)
g("pr035", "killed all 10 people aboard", "all 10 people", "killed", 10, 10, subject="Alaska plane crash")
g("pr035", "could see three bodies inside", "three bodies", "killed", 3, 3, speaker="Mike Salerno",
  subject="bodies seen in the wreckage", core=False)
g("pr035", "press conference that 10 were dead", "10", "killed", 10, 10, speaker="Clint Johnson",
  subject="plane crash (restated)", core=False)
g("pr035", "found and 10 fatalities", "10 fatalities", "killed", 10, 10, speaker="Johnson",
  subject="plane crash (restated)", core=False)
n("pr035", "34 miles (55 km) southeast", "34 miles", "distance")
n("pr035", "a pilot and nine adult passengers", "nine adult passengers", "count")
n("pr035", "about 4 p.m. local time", "4 p.m.", "time")
n("pr035", "more than 500 miles (805 km)", "500 miles", "distance")
n("pr035", "about 12 miles (19 km)", "12 miles", "distance")
n("pr035", "the two members of the recovery team", "two members", "count")
t("pr035", "killed", 10, 10, "stated")

# pr036 mining.com: "believing that five men ... were dead" (rule 5; wire README)
g("pr036", "Five coal miners die in Bosnia", "Five coal miners", "killed", 5, 5, subject="Zenica miners (headline)",
  core=False)
g("pr036", "believing that five men who remained deep below ground were dead", "five men", "killed", 5, 5,
  modality="hedged", speaker="Officials", subject="Zenica miners")
g("pr036", "when 39 miners were killed in a gas explosion in 1982", "39 miners", "killed", 39, 39,
  subject="Zenica 1982 explosion", scope="background")
n("pr036", "freed Friday 29 of the 34 miners", "29", "count")
n("pr036", "a 3.5 magnitude earthquake", "3.5", "other")
n("pr036", "not all 34 men had survived", "34 men", "count")
n("pr036", "Twenty-two other miners managed", "Twenty-two other miners", "count")
t("pr036", "killed", 5, 5, "stated")

# pr037 thespamco blog timeline, one note: two incidents in one sentence (rule 6; notes README)
g("pr037", "leaving at least 28 people dead", "at least 28 people", "killed", 28, None, subject="Lahore attacks")
g("pr037", "including the nine militants", "the nine militants", "killed", 9, 9, subject="attackers (subset)",
  core=False)
g("pr037", "car bombs kill 11 people", "11 people", "killed", 11, 11, subject="Kohat car bomb")
g("pr037", "and a 6-year-old boy in Peshawar", "a 6-year-old boy", "killed", 1, 1, subject="Peshawar car bomb")
n("pr037", "_ Oct. 15:", "Oct. 15", "date")
n("pr037", "attack three security facilities", "three security facilities", "count")
t("pr037", "killed", 40, None, "sum")

# pr038 bestgrowthstock timeline, one note: one incident told over three sentences (rule 6; notes README)
g("pr038", "rescue 39 hostages", "39 hostages", "captured", 39, 39, subject="hostages in army headquarters")
g("pr038", "Nine militants, three hostages and 11 soldiers are killed", "Nine militants", "killed", 9, 9,
  subject="attackers killed")
g("pr038", "Nine militants, three hostages and 11 soldiers are killed", "three hostages", "killed", 3, 3,
  subject="hostages killed")
g("pr038", "Nine militants, three hostages and 11 soldiers are killed", "11 soldiers", "killed", 11, 11,
  subject="soldiers killed")
n("pr038", "October 10 – Gunmen", "October 10", "date")
t("pr038", "killed", 23, 23, "sum")
t("pr038", "captured", 39, 39, "stated")

# pr039 bestgrowthstock timeline, one note: a second incident in the same sentence (rule 6; notes README)
g("pr039", "killing 34 people and wounding 109", "34 people", "killed", 34, 34, subject="Lahore market bombs")
g("pr039", "killing 34 people and wounding 109", "109", "injured", 109, 109, subject="Lahore market bombs")
g("pr039", "kills nine people outside a court", "nine people", "killed", 9, 9, subject="Peshawar court bomber")
n("pr039", "December 7 – Two bombs", "December 7", "date")
n("pr039", "Two bombs go off", "Two bombs", "count")
t("pr039", "killed", 43, 43, "sum")
t("pr039", "injured", 109, 109, "stated")

# pr040 kvia: a one-paragraph dispatch whose later sentences retell its lead's two incidents (rule 6; wire README)
g("pr040", "A roadside bomb kills 2 soldiers and troops kill 1 militant", "2 soldiers", "killed", 2, 2,
  subject="South Waziristan bomb (headline)", core=False)
g("pr040", "A roadside bomb kills 2 soldiers and troops kill 1 militant", "1 militant", "killed", 1, 1,
  subject="Tirah shootout (headline)", core=False)
g("pr040", "two soldiers and one militant have been killed", "two soldiers", "killed", 2, 2,
  speaker="The Pakistani military", subject="South Waziristan bomb")
g("pr040", "two soldiers and one militant have been killed", "one militant", "killed", 1, 1,
  speaker="The Pakistani military", subject="Tirah shootout")
g("pr040", "Two militants were arrested", "Two militants", "captured", 2, 2, subject="Tirah operation arrests")
g("pr040", "left one militant dead", "one militant", "killed", 1, 1, speaker="A statement",
  subject="Tirah shootout (restated)", core=False)
g("pr040", "The military said two soldiers were killed", "two soldiers", "killed", 2, 2, speaker="The military",
  subject="South Waziristan bomb (restated)", core=False)
n("pr040", " date 2023-10-28", "2023-10-28", "date")
n("pr040", "Published 3:35 AM", "3:35 AM", "time")
t("pr040", "killed", 3, 3, "sum")
t("pr040", "captured", 2, 2, "stated")

# Fourth batch (session 11, later): pr041-pr055, five waiting rules (see the README). Gold written before
# any claimex run on these pages.
# pr041 theadvocate: "An arrest has been made" (rule 1 light verb + cue noun; shootings README)
g("pr041", "An arrest has been made in connection with a Thursday fatal shooting", "An arrest", "captured", 1, 1,
  speaker="KATC", subject="shooter arrested")
g("pr041", "A 17-year-old has been arrested", "A 17-year-old", "captured", 1, 1,
  speaker="the Opelousas Police Department", subject="17-year-old arrested (restated)", core=False)
g("pr041", "with two people suffering gunshot wounds", "two people", "killed_or_injured", 2, 2, speaker="Police",
  subject="driver and passenger")
g("pr041", "The driver was pronounced dead at the scene", "The driver", "killed", 1, 1, subject="driver")
g("pr041", "the passenger was transported to a local hospital with life-threatening injuries", "the passenger",
  "injured", 1, 1, subject="passenger")
n("pr041", " date 2021-10-05", "2021-10-05", "date")
n("pr041", "at 12:48 a.m. Thursday", "12:48 a.m.", "time")
n("pr041", "believes the 17-year-old is the shooter", "17-year-old", "age")
t("pr041", "killed", 1, 1, "enumerated")
t("pr041", "injured", 1, 1, "enumerated")
t("pr041", "captured", 1, 1, "enumerated")

# pr042 fox29: "Police say an arrest was made" (rule 1; shootings README)
g("pr042", "Arrest made after man found fatally shot", "Arrest", "captured", 1, 1, speaker="police",
  subject="arrest (headline)", core=False)
g("pr042", "Arrest made after man found fatally shot", "man", "killed", 1, 1, speaker="police",
  subject="man shot in car (headline)", core=False)
g("pr042", "A person is in police custody", "A person", "captured", 1, 1, subject="suspect in custody")
g("pr042", "officials say a man was fatally shot inside of a car", "a man", "killed", 1, 1, speaker="officials",
  subject="man shot in car")
g("pr042", "Police say the victim, a man in his mid-20s, was found", "the victim", "killed", 1, 1, speaker="Police",
  subject="man shot in car (restated)", core=False)
g("pr042", "3-year-old dies after being found bruised", "3-year-old", "killed", 1, 1,
  subject="other story (link headline)", core=False, scope="background")
g("pr042", "23-year-old man fatally stabbed inside Trenton arena", "23-year-old man", "killed", 1, 1,
  speaker="Officials", subject="other story (link headline)", core=False, scope="background")
g("pr042", "Paramedics rushed the victim to a nearby hospital where he was pronounced dead", "the victim", "killed",
  1, 1, subject="man shot in car (restated)", core=False)
g("pr042", "Police say an arrest was made", "an arrest", "captured", 1, 1, speaker="Police",
  subject="suspect in custody (restated)", core=False)
n("pr042", "54th and Locust streets", "54th", "address")
n("pr042", "shortly before 9 a.m.", "9 a.m.", "time")
n("pr042", "a man in his mid-20s", "mid-20s", "age")
t("pr042", "killed", 1, 1, "enumerated")
t("pr042", "captured", 1, 1, "enumerated")

# pr043 azfamily: "An arrest has been made" (rule 1; shootings README)
g("pr043", "An arrest has been made following a shooting", "An arrest", "captured", 1, 1, subject="Orona arrested")
g("pr043", "a shooting that killed a driver in Phoenix", "a driver", "killed", 1, 1, subject="Larry Milligan")
g("pr043", "Phoenix police arrested 35-year-old Steven Orona", "35-year-old Steven Orona", "captured", 1, 1,
  subject="Orona arrested (restated)", core=False)
g("pr043", "Police say he shot 39-year-old Larry Milligan", "39-year-old Larry Milligan", "killed", 1, 1,
  speaker="Police", subject="Larry Milligan (restated)", core=False)
g("pr043", "officers found 39-year-old Larry Milligan dead", "39-year-old Larry Milligan", "killed", 1, 1,
  speaker="Police", subject="Larry Milligan (restated)", core=False)
g("pr043", "Investigators say Milligan had been shot", "Milligan", "killed", 1, 1, speaker="Investigators",
  subject="Larry Milligan (restated)", core=False)
g("pr043", "Orona admitted he shot Milligan", "Milligan", "killed", 1, 1, subject="Larry Milligan (restated)",
  core=False)
g("pr043", "Orona was arrested and booked", "Orona", "captured", 1, 1, subject="Orona arrested (restated)",
  core=False)
n("pr043", "on September 24", "September 24", "date")
n("pr043", "near the I-17 Freeway and 7th Avenue", "7th Avenue", "address")
n("pr043", "one count of first-degree murder", "one count", "count")
n("pr043", "and one count of a drive-by shooting", "one count", "count")
n("pr043", "PHOENIX (3TV/CBS 5)", "3TV/CBS 5", "other")
t("pr043", "killed", 1, 1, "enumerated")
t("pr043", "captured", 1, 1, "enumerated")

# pr044 wgrz: "The victims, ages 17 and 18," (rule 2 ages between commas; shootings README)
g("pr044", "Two teens were shot Wednesday evening", "Two teens", "injured", 2, 2,
  speaker="the Buffalo Police Department", subject="two teens shot")
g("pr044", "both teens are listed in critical condition", "both teens", "injured", 2, 2, speaker="Police",
  subject="two teens (restated)", core=False)
n("pr044", "The victims, ages 17 and 18,", "ages 17 and 18", "age")
n("pr044", "just after 5:30 p.m.", "5:30 p.m.", "time")
n("pr044", "(716) 847-2255", "(716) 847-2255", "phone")
t("pr044", "injured", 2, 2, "stated")

# pr045 wgntv: "The victims, ages 14 and 17," (rule 2; shootings README)
g("pr045", "× 2 teens shot in Rogers Park", "2 teens", "injured", 2, 2, speaker="police",
  subject="two teens (headline)", core=False)
g("pr045", "Two teenagers were shot in Rogers Park", "Two teenagers", "injured", 2, 2, speaker="police",
  subject="two teens shot")
g("pr045", "The 14-year-old boy was shot in his right knee", "The 14-year-old boy", "injured", 1, 1,
  subject="14-year-old (detail)", core=False)
g("pr045", "the 17-year-old boy was shot in both legs", "the 17-year-old boy", "injured", 1, 1,
  subject="17-year-old (detail)", core=False)
g("pr045", "No one was in custody.", "No one", "captured", 0, 0, modality="negated", subject="no arrest")
n("pr045", " date 2018-11-26", "2018-11-26", "date")
n("pr045", "The victims, ages 14 and 17,", "ages 14 and 17", "age")
n("pr045", "in the 2000 block of West Estes Avenue", "2000 block", "address")
n("pr045", "about 7:15 p.m.", "7:15 p.m.", "time")
t("pr045", "injured", 2, 2, "stated")
t("pr045", "captured", 0, 0, "zero")

# pr046 suntimes: "The men, ages 18 and 19," (rule 2; shootings README)
g("pr046", "2 men shot in East Garfield Park", "2 men", "injured", 2, 2, subject="two men (headline)", core=False)
g("pr046", "Two men were wounded in a shooting", "Two men", "injured", 2, 2, subject="two men wounded")
g("pr046", "The younger man was struck in his left wrist", "The younger man", "injured", 1, 1,
  speaker="Chicago Police", subject="younger man (detail)", core=False)
g("pr046", "the older man suffered a gunshot wound", "the older man", "injured", 1, 1, speaker="Chicago Police",
  subject="older man (detail)", core=False)
n("pr046", "The men, ages 18 and 19,", "ages 18 and 19", "age")
n("pr046", "walking at 6:34 p.m.", "6:34 p.m.", "time")
n("pr046", "in the 300 block of South California", "300 block", "address")
t("pr046", "injured", 2, 2, "stated")

# pr047 ksfy: "left one man dead and another seriously injured" (rule 3; shootings README)
g("pr047", "left one man dead and another seriously injured", "one man", "killed", 1, 1, speaker="Authorities",
  subject="S-10 driver")
g("pr047", "left one man dead and another seriously injured", "another", "injured", 1, 1, speaker="Authorities",
  subject="Silverado driver")
g("pr047", "The 26-year-old man driving the Silverado received life-threatening injuries", "The 26-year-old man",
  "injured", 1, 1, subject="Silverado driver (restated)", core=False)
n("pr047", " date 2020-01-27", "2020-01-27", "date")
n("pr047", "a two-vehicle crash", "two-vehicle", "count")
n("pr047", "U.S. Highway 14", "14", "other")
n("pr047", "three miles west of Wessington", "three miles", "other")
n("pr047", "a 1993 Chevrolet S-10 pickup", "1993", "other")
n("pr047", "an eastbound 2019 Chevrolet Silverado", "2019", "other")
n("pr047", "the 24-year-old man driving the S-10", "24-year-old", "age")
t("pr047", "killed", 1, 1, "stated")
t("pr047", "injured", 1, 1, "stated")

# pr048 washingtontimes (AP): "has left one person dead and another injured" (rule 3; shootings README)
g("pr048", "has left one person dead and another injured", "one person", "killed", 1, 1, speaker="police",
  subject="person who died")
g("pr048", "has left one person dead and another injured", "another", "injured", 1, 1, speaker="police",
  subject="surviving victim")
g("pr048", "two people were found injured", "two people", "killed_or_injured", 2, 2,
  speaker="Scottsdale fire officials", subject="both victims (restated)", core=False)
g("pr048", "one person was pronounced dead at the scene", "one person", "killed", 1, 1,
  speaker="Scottsdale fire officials", subject="person who died (restated)", core=False)
g("pr048", "the other person was taken to a hospital", "the other person", "injured", 1, 1,
  speaker="Scottsdale fire officials", subject="surviving victim (restated)", core=False)
n("pr048", " date 2020-04-28", "2020-04-28", "date")
n("pr048", "around 2 p.m.", "2 p.m.", "time")
t("pr048", "killed", 1, 1, "stated")
t("pr048", "injured", 1, 1, "stated")

# pr049 fox26houston: "A shooting left one man dead and another injured" (rule 3; shootings README)
g("pr049", "resulted in one man dead and another injured", "one man", "killed", 1, 1,
  subject="man who died (The Brief)", core=False)
g("pr049", "resulted in one man dead and another injured", "another", "injured", 1, 1,
  subject="wounded man (The Brief)", core=False)
g("pr049", "one suspect is in custody as the investigation continues", "one suspect", "captured", 1, 1,
  subject="suspect (The Brief)", core=False)
g("pr049", "A shooting left one man dead and another injured", "one man", "killed", 1, 1, subject="man who died")
g("pr049", "A shooting left one man dead and another injured", "another", "injured", 1, 1, subject="wounded man")
g("pr049", "a man arrived at a local clinic and was pronounced dead", "a man", "killed", 1, 1, speaker="Police",
  subject="man who died (restated)", core=False)
g("pr049", "Another man with gunshot injuries later showed up", "Another man", "injured", 1, 1, speaker="Police",
  subject="wounded man (restated)", core=False)
g("pr049", "One suspect is in custody", "One suspect", "captured", 1, 1, subject="suspect in custody")
g("pr049", "Both victims are believed to be between 18 and 22 years old", "Both victims", "killed_or_injured", 2, 2,
  subject="both victims (restated)", core=False)
n("pr049", " date 2024-10-06", "2024-10-06", "date")
n("pr049", "two groups exchanged gunfire in a parking lot on Saturday", "two groups", "count")
n("pr049", "around 8:00 p.m.", "8:00 p.m.", "time")
n("pr049", "at 1701 Johanna", "1701 Johanna", "address")
n("pr049", "they found several shell casings", "several shell casings", "count")
n("pr049", "between 18 and 22 years old", "18 and 22", "age")
t("pr049", "killed", 1, 1, "stated")
t("pr049", "injured", 1, 1, "stated")
t("pr049", "captured", 1, 1, "stated")

# pr050 stltoday: "A pedestrian struck by a car Friday night ... has died" (rule 4; shootings README)
g("pr050", "A pedestrian struck by a car Friday night in the city's Grand Center neighborhood has died",
  "A pedestrian", "killed", 1, 1, speaker="police", subject="Eddie Belk")
g("pr050", "The victim is identified as Eddie Belk", "The victim", "killed", 1, 1, subject="Eddie Belk (restated)",
  core=False)
g("pr050", "Police said Belk was struck", "Belk", "killed", 1, 1, speaker="Police", subject="Eddie Belk (restated)",
  core=False)
n("pr050", "Eddie Belk, 61,", "61", "age")
n("pr050", "in the 3600 block of East Cook Avenue", "3600 block", "address")
n("pr050", "about 7 p.m. Friday", "7 p.m.", "time")
n("pr050", "in the 1300 block of North Grand", "1300 block", "address")
n("pr050", "a northbound 2007 Toyota Sienna", "2007", "other")
n("pr050", "A 26-year-old woman was driving", "26-year-old", "age")
t("pr050", "killed", 1, 1, "enumerated")

# pr051 thestar: "A 36-year-old cyclist struck by a vehicle has died" (rule 4; shootings README)
g("pr051", "A 36-year-old cyclist struck by a vehicle has died", "A 36-year-old cyclist", "killed", 1, 1,
  speaker="police", subject="Lake Shore cyclist")
g("pr051", "another cyclist was struck and killed at Bloor St. W.", "another cyclist", "killed", 1, 1,
  subject="Bloor St. cyclist, same day", scope="background")
g("pr051", "The 36-year-old was in hospital with life-threatening injuries", "The 36-year-old", "killed", 1, 1,
  subject="Lake Shore cyclist (caption)", core=False)
g("pr051", "the cyclist sustained life-threatening injuries", "the cyclist", "killed", 1, 1,
  subject="Lake Shore cyclist (restated)", core=False)
g("pr051", "The cyclist was taken to hospital", "The cyclist", "killed", 1, 1,
  subject="Lake Shore cyclist (restated)", core=False)
n("pr051", "died almost a month after", "almost a month", "duration")
n("pr051", "On May 15", "May 15", "date")
n("pr051", "a 27-year-old man was driving", "27-year-old", "age")
n("pr051", "a 2017 Honda Civic", "2017", "other")
n("pr051", "just before 4 p.m.", "4 p.m.", "time")
n("pr051", "He died on June 7", "June 7", "date")
t("pr051", "killed", 1, 1, "enumerated")

# pr052 globalnews: "a 43-year-old woman injured in a townhouse fire over the weekend has died" (rule 4; shootings README)
g("pr052", "a 43-year-old woman injured in a townhouse fire over the weekend has died", "a 43-year-old woman",
  "killed", 1, 1, speaker="London police", subject="woman who died")
g("pr052", "The two children, a seven-year-old girl and five-year-old boy, both remain in hospital in critical condition",
  "The two children", "injured", 2, 2, speaker="police", subject="two children")
g("pr052", "Mother of child killed in fire west of Edmonton", "child", "killed", 1, 1,
  subject="other story (link)", core=False, scope="background")
g("pr052", "of the woman’s death", "the woman", "killed", 1, 1, speaker="Police",
  subject="woman who died (restated)", core=False)
g("pr052", "firefighters pulled three people from the home", "three people", "killed_or_injured", 3, 3,
  speaker="Platoon Chief Colin Shewell", subject="woman and two children (restated)", core=False)
g("pr052", "1:05 Police investigate death of woman, baby", "woman, baby", "killed", 2, 2,
  subject="other story (video title)", core=False, scope="background")
g("pr052", "Winnipeg home Police investigate death of woman, baby", "woman, baby", "killed", 2, 2,
  subject="other story (video title, again)", core=False, scope="background")
n("pr052", "just after 11 a.m. Saturday", "11 a.m.", "time")
n("pr052", "1:05 Police", "1:05", "other")
t("pr052", "killed", 1, 1, "enumerated")
t("pr052", "injured", 2, 2, "stated")

# pr053 aawsat (AP): "In another clash, ..." after the lead (rule 5 neighbour, singular 'another'; wire README)
g("pr053", "ambushed two convoys carrying members of the same family in southern Afghanistan, killing 30 people",
  "30 people", "killed", 30, 30, speaker="relatives and officials", subject="Helmand convoy ambushes")
g("pr053", "Afghan and coalition soldiers killed seven militants in the southern province of Uruzgan",
  "seven militants", "killed", 7, 7, speaker="an Afghan official", subject="Uruzgan clash")
g("pr053", "leaving the ex-official and four of his bodyguards dead", "the ex-official", "killed", 1, 1,
  speaker="Ghulam Mohiudin", subject="first convoy (part)", core=False)
g("pr053", "leaving the ex-official and four of his bodyguards dead", "four of his bodyguards", "killed", 4, 4,
  speaker="Ghulam Mohiudin", subject="first convoy (part)", core=False)
g("pr053", "30 of the slain official’s relatives", "the slain official", "killed", 1, 1,
  subject="ex-official (restated)", core=False)
g("pr053", "Khan said 25 people were killed", "25 people", "killed", 25, 25, speaker="Khan",
  subject="second convoy (part)", core=False)
g("pr053", "the brother and nephew of the dead official", "the dead official", "killed", 1, 1, speaker="Khan",
  subject="ex-official (restated)", core=False)
g("pr053", "Four others were wounded.", "Four others", "injured", 4, 4, subject="second convoy wounded")
g("pr053", "and killed seven militants, said local Afghan army commander", "seven militants", "killed", 7, 7,
  speaker="Gen. Rahmatullah Roufi", subject="Uruzgan clash (restated)", core=False)
g("pr053", "four wounded militants were arrested", "four wounded militants", "captured", 4, 4,
  speaker="Roufi", subject="Tirin Kot raid arrests")
g("pr053", "four wounded militants were arrested", "four wounded militants", "injured", 4, 4,
  speaker="Roufi", subject="Tirin Kot raid wounded")
n("pr053", "ambushed two convoys", "two convoys", "count")
n("pr053", "30 of the slain official’s relatives went", "30", "count")
n("pr053", "several hours later", "several hours", "duration")
n("pr053", "After three hours of fighting", "three hours", "duration")
n("pr053", "Troops confiscated 11 AK-47 rifles", "11 AK-47 rifles", "count")
n("pr053", "six rocket-propelled grenades", "six rocket-propelled grenades", "count")
n("pr053", "four machine guns", "four machine guns", "count")
n("pr053", "in four southern Afghan provinces", "four southern Afghan provinces", "count")
t("pr053", "killed", 37, 37, "sum")
t("pr053", "injured", 8, 8, "sum")
t("pr053", "captured", 4, 4, "stated")

# pr054 dunyanews (AFP): "Another attack took place on Sunday" (rule 5 neighbour; wire README)
g("pr054", "14 killed in Boko Haram attacks in NE Nigeria", "14", "killed", 14, 14, subject="two attacks (headline)",
  core=False)
g("pr054", "in northeast Nigeria have left up to 14 people dead.\nABUJA", "up to 14 people", "killed", 14, 14,
  vague=True, subject="two attacks (deck)", core=False)
g("pr054", "have left up to 14 people dead and three soldiers wounded, the army", "up to 14 people", "killed", 14, 14,
  vague=True, speaker="the army and local residents", subject="two attacks")
g("pr054", "have left up to 14 people dead and three soldiers wounded, the army", "three soldiers", "injured", 3, 3,
  speaker="the army and local residents", subject="convoy escort wounded")
g("pr054", "six people were killed in an ambush", "six people", "killed", 6, 6, subject="convoy ambush (part)",
  core=False)
g("pr054", "five civilians lost their lives at the incident", "five civilians", "killed", 5, 5, speaker="Sani Usman",
  subject="convoy ambush (part)", core=False)
g("pr054", "and another died on the way to the hospital", "another", "killed", 1, 1, speaker="Sani Usman",
  subject="convoy ambush (part)", core=False)
g("pr054", "Three soldiers also sustained injuries.", "Three soldiers", "injured", 3, 3, speaker="Sani Usman",
  subject="convoy escort wounded (restated)", core=False)
g("pr054", "eight people were killed outside a church", "eight people", "killed", 8, 8,
  subject="Kwamjilari church attack (part)", core=False)
g("pr054", "the gunmen opened fire and eight men died", "eight men", "killed", 8, 8, speaker="Luka Damina",
  subject="Kwamjilari church attack (restated)", core=False)
g("pr054", "who also said eight people were killed", "eight people", "killed", 8, 8,
  speaker="a local chief in Kautikeri", subject="Kwamjilari church attack (restated)", core=False)
g("pr054", "saying only two people were killed", "two people", "killed", 2, 2, speaker="The army spokesman",
  subject="Kwamjilari church attack (army's figure)")
g("pr054", "more than 200 schoolgirls were seized", "more than 200 schoolgirls", "captured", 201, None,
  subject="Chibok kidnapping 2014", scope="background")
g("pr054", "left 10 people dead and saw 13 others kidnapped", "10 people", "killed", 10, 10,
  subject="last month's attack", scope="background")
g("pr054", "left 10 people dead and saw 13 others kidnapped", "13 others", "captured", 13, 13,
  subject="last month's attack", scope="background")
n("pr054", "ABUJA (AFP) - Two suspected", "Two", "count")
n("pr054", "about 30 kilometres (19 miles)", "30 kilometres", "other")
n("pr054", "kidnapping in 2014", "2014", "date")
n("pr054", "since 2009", "2009", "date")
t("pr054", "killed", 14, 14, "stated")
t("pr054", "injured", 3, 3, "stated")

# pr055 theindianawaaz: "In another incident on Saturday, ..." (rule 5 neighbour; wire README)
g("pr055", "Gunmen killed five policemen", "five policemen", "killed", 5, 5, subject="El Arish policemen")
g("pr055", "shot all five of them dead", "all five of them", "killed", 5, 5,
  speaker="The Egyptian Interior Ministry", subject="El Arish policemen (restated)", core=False)
g("pr055", "nine policemen were injured when an explosive device", "nine policemen", "injured", 9, 9,
  subject="Rafah roadside bomb")
g("pr055", "one conscript later died of his wounds", "one conscript", "killed", 1, 1, speaker="Security sources",
  subject="Rafah conscript who died")
t("pr055", "killed", 6, 6, "sum")
t("pr055", "injured", 8, 8, "sum")

# Fifth batch (session 11, later): pr056-pr059, the "drown" cue row (commit 2536cb3, reverted by 1659d01).
# Gold written before claimex was run on these pages (wire README).

# pr056 boisechronicle: "41 people ... had drowned" (drown cue; wire README)
g("pr056", "Dozens of Migrants Die After Boat Sinks", "Dozens of Migrants", "killed", 24, 99, vague=True,
  subject="Strait of Sicily shipwreck (headline)", core=False)
g("pr056", "Survivors said that 41 people", "41 people", "killed", 41, 41, speaker="Survivors",
  subject="Strait of Sicily shipwreck")
t("pr056", "killed", 41, 41, "stated")

# pr057 pravda: "Twenty-four people were drowned" (drown cue; wire README)
g("pr057", "Twenty-four people were drowned", "Twenty-four people", "killed", 24, 24,
  speaker="a government official", subject="Azamgarh flash floods")
g("pr057", "more than 1,000 people have died in floods", "more than 1,000 people", "killed", 1001, None,
  speaker="Reuters", subject="western India floods this year", scope="aggregate")
n("pr057", "inundated hundreds of villages", "hundreds", "count")
n("pr057", "catchment areas of two rivers", "two", "count")
n("pr057", "As many as 750 villages", "750", "count")
n("pr057", "over 50 villages were marooned", "50", "count")
n("pr057", "nearly 800,000 people in the area", "800,000", "count")
t("pr057", "killed", 24, 24, "stated")

# pr058 taiwannews (AP): "At least 21 people drowned" (drown cue; wire README)
n("pr058", " date 2017-01-15 PATNA", "2017-01-15", "date")
g("pr058", "At least 21 people drowned", "At least 21 people", "killed", 21, None, speaker="police",
  subject="Patna boat capsize")
g("pr058", "a dozen others were missing", "a dozen others", "missing", 12, 12, speaker="police",
  subject="Patna boat capsize")
n("pr058", "Nearly 50 people were returning", "Nearly 50", "count")
g("pr058", "He said 13 people have been rescued and hospitalized", "13 people", "injured", 13, 13,
  speaker="Chandan Kushwaha", subject="Patna boat capsize survivors in hospital")
g("pr058", "So far, 21 bodies have been recovered", "21 bodies", "killed", 21, 21, speaker="Kushwaha",
  subject="Patna boat capsize (restated)", core=False)
n("pr058", "could carry up to 25 passengers", "25", "count")
t("pr058", "killed", 21, None, "stated")
t("pr058", "missing", 12, 12, "stated")
t("pr058", "injured", 13, 13, "stated")

# pr059 coastaldigest: "At least 22 people drowned", "22 persons drowned" (drown cue; wire README)
n("pr059", "Baghpat, Sept 14:", "Sept 14", "date")
g("pr059", "At least 22 people drowned", "At least 22 people", "killed", 22, None,
  subject="Yamuna boat capsize")
g("pr059", "many others were missing", "many others", "missing", 2, None, vague=True,
  subject="Yamuna boat capsize")
n("pr059", "The boat carrying 60 people", "60", "count")
g("pr059", "and 22 persons drowned", "22 persons", "killed", 22, 22, speaker="Bhawani Singh",
  subject="Yamuna boat capsize (restated)", core=False)
g("pr059", "fished out 22 bodies", "22 bodies", "killed", 22, 22, subject="Yamuna boat capsize (restated)",
  core=False)
n("pr059", "while 10 others have been rescued", "10", "count")
t("pr059", "killed", 22, None, "stated")
t("pr059", "missing", 2, None, "stated")

# Sixth batch (session 12): pr060-pr069, the waiting rules of session 12 (see the README): a new attack
# later in a lead paragraph (rule 2: pr060-pr066) and a gapped conjunct of counted people (rule 3:
# pr067-pr069). No page with incidents joined by a semicolon (rule 1) was found. Gold written before
# claimex was run on these pages (wire README).

# pr060 irishtimes (AP): "... in Mosul this morning. Elsewhere, a US soldier was killed in a bomb attack" (rule 2)
g("pr060", "A car bomb killed two people and wounded 14", "two people", "killed", 2, 2,
  subject="Mosul car bomb")
g("pr060", "A car bomb killed two people and wounded 14", "14", "injured", 14, 14, subject="Mosul car bomb")
g("pr060", "Elsewhere, a US soldier was killed in a bomb attack", "a US soldier", "killed", 1, 1,
  subject="bomb attack north of Baghdad (Tuz)")
g("pr060", "The US military said two people were killed and 14 wounded", "two people", "killed", 2, 2,
  speaker="The US military", subject="Mosul car bomb (restated)", core=False)
g("pr060", "The US military said two people were killed and 14 wounded", "14", "injured", 14, 14,
  speaker="The US military", subject="Mosul car bomb (restated)", core=False)
g("pr060", "US soldiers shot dead a civilian in a pickup truck", "a civilian", "killed", 1, 1,
  speaker="Ahmed Rashid", subject="civilian shot at a US convoy in Mosul")
g("pr060", "a soldier from the US Task Force Liberty was killed today", "a soldier", "killed", 1, 1,
  subject="bomb near Tuz (restated)", core=False)
g("pr060", "a US Marine was killed in a non-hostile vehicle accident", "a US Marine", "killed", 1, 1,
  speaker="the military", subject="vehicle accident in Anbar")
n("pr060", "Tuz, 105 miles north of Baghdad", "105 miles", "distance")
t("pr060", "killed", 5, 5, "sum")
t("pr060", "injured", 14, 14, "stated")

# pr061 jpost: one paragraph; "In the same province about 30 minutes later, two roadside bombs exploded" (rule 2)
g("pr061", "At least 7 police killed in Iraq suicide bombing", "At least 7 police", "killed", 7, None,
  subject="Muqdadiyah police station bombing (headline)", core=False)
g("pr061", "killed at least seven policemen and wounded 30 others", "at least seven policemen", "killed", 7, None,
  speaker="police", subject="Muqdadiyah police station bombing")
g("pr061", "killed at least seven policemen and wounded 30 others", "30 others", "injured", 30, 30,
  speaker="police", subject="Muqdadiyah police station bombing")
g("pr061", "The coordinated attacks wounded 18 civilians", "18 civilians", "injured", 18, 18, speaker="police",
  subject="Khanaqin roadside bombs")
n("pr061", "Muqdadiyah, 90 kilometers (55 miles)", "90 kilometers", "distance")
n("pr061", "about 30 minutes later", "30 minutes", "duration")
n("pr061", "two roadside bombs exploded", "two", "count")
n("pr061", "about 140 kilometers (87 miles)", "140 kilometers", "distance")
t("pr061", "killed", 7, None, "stated")
t("pr061", "injured", 48, 48, "sum")

# pr062 wpsdlocal6 (AP): "... after sunset. Earlier in the day, attacks ... claimed another five lives." (rule 2)
g("pr062", "rock Iraqi capital, killing 30", "30", "killed", 30, 30, subject="Baghdad explosions (headline)",
  core=False)
g("pr062", "At least 30 people are dead", "At least 30 people", "killed", 30, None,
  subject="Baghdad explosions after sunset")
g("pr062", "claimed another five lives", "another five lives", "killed", 5, 5,
  subject="attacks on anti-al-Qaida fighters earlier in the day")
g("pr062", "killing six people and wounding 13 others", "six people", "killed", 6, 6,
  subject="market and parking lot bombs (the deadliest)")
g("pr062", "killing six people and wounding 13 others", "13 others", "injured", 13, 13,
  subject="market and parking lot bombs (the deadliest)")
n("pr062", "(Copyright 2013", "2013", "date")
t("pr062", "killed", 35, None, "sum")
t("pr062", "injured", 13, 13, "stated")

# pr063 israelpress: one paragraph, a stated total and its parts (rule 2, the other side)
g("pr063", "Bombings kill 15 in and around", "15", "killed", 15, 15, subject="Baghdad bombings (headline)",
  core=False)
g("pr063", "killed 15 people and wounded more than 40", "15 people", "killed", 15, 15, speaker="Iraqi officials",
  subject="Baghdad bombings")
g("pr063", "killed 15 people and wounded more than 40", "more than 40", "injured", 41, None,
  speaker="Iraqi officials", subject="Baghdad bombings")
g("pr063", "which killed eight people and wounded 15 others", "eight people", "killed", 8, 8,
  subject="Tarmiyah checkpoint suicide bombing")
g("pr063", "which killed eight people and wounded 15 others", "15 others", "injured", 15, 15,
  subject="Tarmiyah checkpoint suicide bombing")
g("pr063", "Three of the dead were soldiers", "Three of the dead", "killed", 3, 3,
  subject="Tarmiyah soldiers (subset)", core=False)
g("pr063", "on markets in Baghdad killed five people", "five people", "killed", 5, 5,
  subject="market attacks in Baghdad")
g("pr063", "the bomb targeting the restaurant killed two people", "two people", "killed", 2, 2,
  subject="restaurant bomb")
n("pr063", "a restaurant and two markets", "two", "count")
n("pr063", "about 30 miles (50 kilometers)", "30 miles", "distance")
n("pr063", "The two separate attacks", "two", "count")
t("pr063", "killed", 15, 15, "stated")
t("pr063", "injured", 41, None, "stated")

# pr064 bbc: "Separately, two militant attacks in the east have killed at least another four policemen" (rule 2)
g("pr064", "Five Afghan police killed in Kandahar", "Five Afghan police", "killed", 5, 5,
  subject="Arghistan suicide attack (headline)", core=False)
g("pr064", "has killed at least five policemen, officials say", "at least five policemen", "killed", 5, None,
  speaker="officials", subject="Arghistan suicide attack")
g("pr064", "have killed at least another four policemen", "at least another four policemen", "killed", 4, None,
  speaker="officials", subject="two militant attacks in the east")
g("pr064", "killed the head of anti-terrorism police", "the head of anti-terrorism police", "killed", 1, 1,
  subject="Kunduz roadside bomb")
g("pr064", "At least one colleague travelling with him", "At least one colleague", "killed", 1, None,
  subject="Kunduz roadside bomb")
g("pr064", "Jalalabad killed two policemen, police say", "two policemen", "killed", 2, 2, speaker="police",
  subject="Jalalabad grenade attack")
g("pr064", "at least five policemen were shot dead at a checkpoint", "at least five policemen", "killed", 5, None,
  subject="February checkpoint shooting in Kandahar", scope="background")
g("pr064", "As well as the five deaths in the latest attack", "the five deaths", "killed", 5, 5,
  subject="Arghistan suicide attack (restated)", core=False)
g("pr064", "at least six policemen were wounded, officials say", "at least six policemen", "injured", 6, None,
  speaker="officials", subject="Arghistan suicide attack")
t("pr064", "killed", 9, None, "sum")
t("pr064", "injured", 6, None, "stated")

# pr065 bbc: "Meanwhile, four Nato service members died in attacks around the country" (rule 2)
g("pr065", "Kandahar blasts kill four policemen", "four policemen", "killed", 4, 4,
  subject="Kandahar blasts (headline)", core=False)
g("pr065", "Four policemen have been killed in three explosions", "Four policemen", "killed", 4, 4,
  speaker="officials", subject="Kandahar blasts")
g("pr065", "Ten people were injured.", "Ten people", "injured", 10, 10, subject="Kandahar blasts")
g("pr065", "four Nato service members died in attacks", "four Nato service members", "killed", 4, 4,
  subject="attacks around the country")
n("pr065", "in three explosions", "three", "count")
n("pr065", "since the 2001 US-led invasion", "2001", "date")
t("pr065", "killed", 8, 8, "sum")
t("pr065", "injured", 10, 10, "stated")

# pr066 yahoo (AP): a stated 15 and its parts, "Another bomb blast ... killed two shoppers" (rule 2, the other side)
g("pr066", "Bombings kill 15 people across Iraq\n", "15 people", "killed", 15, 15,
  subject="bombings across Iraq (headline)", core=False)
g("pr066", "across Iraq killed 15 people Saturday", "15 people", "killed", 15, 15, speaker="authorities",
  subject="bombings across Iraq")
g("pr066", "including a soldier and his entire family", "a soldier", "killed", 1, 1,
  subject="Muqdadiyah soldier (subset)", core=False)
g("pr066", "killed him, his wife, his two daughters and two sons", "him, his wife, his two daughters and two sons",
  "killed", 6, 6, speaker="Police", subject="Muqdadiyah home bombing")
g("pr066", "killing four people and wounding 12, police said", "four people", "killed", 4, 4, speaker="police",
  subject="Amariyah car bomb")
g("pr066", "killing four people and wounding 12, police said", "12", "injured", 12, 12, speaker="police",
  subject="Amariyah car bomb")
g("pr066", "killed two shoppers and wounded six", "two shoppers", "killed", 2, 2, speaker="officials",
  subject="Sadiyah market bomb")
g("pr066", "killed two shoppers and wounded six", "six", "injured", 6, 6, speaker="officials",
  subject="Sadiyah market bomb")
g("pr066", "killing three people and wounding five", "three people", "killed", 3, 3, speaker="Shalal Abdoul",
  subject="Tuz Khormato car bomb")
g("pr066", "killing three people and wounding five", "five", "injured", 5, 5, speaker="Shalal Abdoul",
  subject="Tuz Khormato car bomb")
n("pr066", "two explosions targeting the home", "two", "count")
n("pr066", "about 90 kilometers (60 miles)", "90 kilometers", "distance")
n("pr066", "is 210 kilometers (130 miles)", "210 kilometers", "distance")
t("pr066", "killed", 15, 15, "stated")
t("pr066", "injured", 23, 23, "sum")

# pr067 upi: "Four people were killed Friday in Baghdad and four in the northern city of Mosul" (rule 3)
g("pr067", "Eight people killed in Iraq", "Eight people", "killed", 8, 8, subject="Baghdad and Mosul (headline)",
  core=False)
g("pr067", "Four people were killed Friday in Baghdad", "Four people", "killed", 4, 4, speaker="Iraqi officials",
  subject="Sadr City mosque mortar fire")
g("pr067", "and four in the northern city of Mosul", "four", "killed", 4, 4, speaker="Iraqi officials",
  subject="Mosul attacks")
g("pr067", "including three soldiers, Iraqi officials said", "three soldiers", "killed", 3, 3,
  speaker="Iraqi officials", subject="Mosul soldiers (subset)", core=False)
g("pr067", "four men were found shot to death in Mosul", "four men", "killed", 4, 4, speaker="Press TV",
  subject="four men found shot in Mosul")
g("pr067", "the four appeared to have been killed Thursday", "the four", "killed", 4, 4,
  speaker="Middle East Online", subject="four men found shot in Mosul (restated)", core=False)
g("pr067", "Four people died and at least 11 were injured", "Four people", "killed", 4, 4, speaker="Press TV",
  subject="Sadr City mosque mortar fire (restated)", core=False)
g("pr067", "Four people died and at least 11 were injured", "at least 11", "injured", 11, None, speaker="Press TV",
  subject="Sadr City mosque mortar fire")
g("pr067", "including Nasser al-Saadi", "Nasser al-Saadi", "injured", 1, 1, speaker="Press TV",
  subject="Sadr City official (subset)", core=False)
g("pr067", "three soldiers were killed by a bomb", "three soldiers", "killed", 3, 3,
  subject="Mosul bomb (told after the count)", core=False)
g("pr067", "A fourth man was gunned down.", "A fourth man", "killed", 1, 1,
  subject="Mosul shooting (told after the count)", core=False)
n("pr067", "BAGHDAD, Aug. 24 (UPI)", "Aug. 24", "date")
t("pr067", "killed", 12, 12, "sum")
t("pr067", "injured", 11, None, "stated")

# pr068 1010wcsi (AP): "one person in ... Walthall County, two in Lawrence County and three in ..." (rule 3)
n("pr068", " date 2020-04-13 Powerful", "2020-04-13", "date")
g("pr068", "killing at least six people in Mississippi", "at least six people", "killed", 6, None,
  subject="Easter storms in Mississippi")
g("pr068", "The storms killed one person in Mississippi", "one person", "killed", 1, 1, speaker="Greg Michel",
  subject="Walthall County")
g("pr068", "two in Lawrence County", "two", "killed", 2, 2, speaker="Greg Michel", subject="Lawrence County")
g("pr068", "three in Jefferson Davis County", "three", "killed", 3, 3, speaker="Greg Michel",
  subject="Jefferson Davis County")
g("pr068", "There were no immediate reports of serious injuries.", "no immediate reports of serious injuries",
  "injured", 0, 0, modality="negated", subject="Louisiana storms (absence of information)", core=False)
g("pr068", "No injuries were reported.", "No injuries", "injured", 0, 0, modality="negated",
  subject="lightning strikes in Alabama (absence of information)", core=False)
n("pr068", "damaged some 300 homes", "300", "count")
n("pr068", "up to $30 million in damage", "$30 million", "money")
n("pr068", "At least two tornadoes were confirmed", "two", "count")
n("pr068", "around 12:45 p.m.", "12:45 p.m.", "time")
t("pr068", "killed", 6, None, "stated")

# pr069 banglamirrornews (bdnews24): "four residents of ..., three from Palashbari, two from Fulchhari and one
# other from Sundarganh were reported dead" (rule 3)
n("pr069", " date 2021-04-05 An hour-long", "2021-04-05", "date")
g("pr069", "leaving at least 10 people dead", "at least 10 people", "killed", 10, None,
  subject="Gaibandha Nor'wester")
g("pr069", "four residents of Gaibandha Sadar Upazila", "four residents", "killed", 4, 4, modality="hedged",
  speaker="bdnews24.com", subject="Gaibandha Sadar Upazila")
g("pr069", "three from Palashbari", "three", "killed", 3, 3, modality="hedged", speaker="bdnews24.com",
  subject="Palashbari")
g("pr069", "two from Fulchhari", "two", "killed", 2, 2, modality="hedged", speaker="bdnews24.com",
  subject="Fulchhari")
g("pr069", "one other from Sundarganh", "one other", "killed", 1, 1, modality="hedged", speaker="bdnews24.com",
  subject="Sundarganh")
g("pr069", "The victims identified earlier were", "The victims identified earlier", "killed", 5, 5,
  subject="named victims (told after the count)", core=False)
g("pr069", "The latest victims were identified as", "The latest victims", "killed", 5, 5,
  subject="named victims (told after the count)", core=False)
g("pr069", "two deaths were recorded in the area", "two deaths", "killed", 2, 2, speaker="Masudur Rahman",
  subject="Palashbari (police figure)")
g("pr069", "reports of over a hundred injuries", "over a hundred injuries", "injured", 101, None,
  modality="hedged", speaker="Idris Ali", subject="Gaibandha Nor'wester")
n("pr069", "brought down scores of trees", "scores", "count")
n("pr069", "Jahanara Begum, 50,", "50", "age")
n("pr069", "Abdul Gaffar, 42,", "42", "age")
n("pr069", "Sahara Begum, 41,", "41", "age")
n("pr069", "Moyna Begum, 47,", "47", "age")
n("pr069", "Shimuli Begum, 26,", "26", "age")
n("pr069", "‘Munir’, 5,", "5", "age")
n("pr069", "Arjina Begum, 28,", "28", "age")
n("pr069", "Jotsna Rani, 55,", "55", "age")
n("pr069", "Mamata Begum, 64,", "64", "age")
n("pr069", "Hafiz Uddin, 65,", "65", "age")
t("pr069", "killed", 10, None, "stated")
t("pr069", "injured", 101, None, "stated")
# Sixth batch (session 12): pr070-pr078, the three waiting rules of session 12 (issue 14):
# rule 1 the age of one person of a group (44b26fb, reverted by 313a98b), rule 2 a victim told as
# "another <noun>" and retold with a definite noun (7bba205, reverted by 41fe19f), rule 3 a result
# participle on the last of a resultative verb's coordinated objects (d681df6 + fddca22, reverted by
# 92ec9ec). Gold written before claimex was run on these pages (shootings README).

# pr070 cbslocal: "One victim, 25, ..." / "The other, 24, was taken" (rule 1; shootings README)
g("pr070", "Two men were left in critical condition", "Two men", "injured", 2, 2,
  subject="two men shot in West Garfield Park")
n("pr070", "at 3:40 a.m. in the", "3:40 a.m.", "time")
n("pr070", "in the 4700 block of West Lake Street", "4700 block", "address")
g("pr070", "One victim, 25, was taken", "One victim", "injured", 1, 1, speaker="police",
  subject="25-year-old (detail)", core=False)
n("pr070", "One victim, 25, was taken", "25", "age")
g("pr070", "The other, 24, was taken", "The other", "injured", 1, 1, speaker="police",
  subject="24-year-old (detail)", core=False)
n("pr070", "The other, 24, was taken", "24", "age")
g("pr070", "no one was in custody", "no one", "captured", 0, 0, modality="negated", subject="no arrest")
t("pr070", "injured", 2, 2, "stated")
t("pr070", "captured", 0, 0, "zero")

# pr071 nydailynews: "a second man, 25, suffered a graze wound" (rule 1, neighbour; shootings README)
n("pr071", " date 2018-08-25", "2018-08-25", "date")
g("pr071", "A teenager was killed and two other men", "A teenager", "killed", 1, 1, speaker="officials",
  subject="19-year-old who died")
g("pr071", "two other men were wounded", "two other men", "injured", 2, 2, speaker="officials",
  subject="two men wounded")
n("pr071", "about 12:10 a.m. when", "12:10 a.m.", "time")
n("pr071", "At least one other person pulled a weapon", "At least one other person", "count")
g("pr071", "The 19-year-old victim was shot in the chest", "The 19-year-old victim", "killed", 1, 1,
  speaker="cops", subject="19-year-old (detail)", core=False)
g("pr071", "A 21-year-old man was shot in the foot", "A 21-year-old man", "injured", 1, 1, speaker="cops",
  subject="21-year-old (detail)", core=False)
g("pr071", "a second man, 25, suffered a graze wound", "a second man", "injured", 1, 1, speaker="cops",
  subject="25-year-old (detail)", core=False)
n("pr071", "a second man, 25, suffered", "25", "age")
g("pr071", "Medics took all three victims", "all three victims", "killed_or_injured", 3, 3,
  subject="the three victims (restated)", core=False)
g("pr071", "where the teen died", "the teen", "killed", 1, 1, subject="19-year-old (restated)", core=False)
g("pr071", "No arrests were made.", "No arrests", "captured", 0, 0, modality="negated", subject="no arrest")
t("pr071", "killed", 1, 1, "enumerated")
t("pr071", "injured", 2, 2, "stated")
t("pr071", "captured", 0, 0, "zero")

# pr072 abc7chicago: "Another woman, 48, was shot in the arm" (rule 1, neighbour; shootings README)
n("pr072", " date 2024-01-01", "2024-01-01", "date")
g("pr072", "Chicago shooting: Man killed", "Man", "killed", 1, 1, subject="man killed (headline)", core=False)
g("pr072", "Man killed, 2 women wounded", "2 women", "injured", 2, 2, subject="two women (headline)",
  core=False)
g("pr072", "A shooting left a man dead", "a man", "killed", 1, 1, speaker="Chicago police",
  subject="53-year-old man")
g("pr072", "and two women injured inside a home", "two women", "injured", 2, 2, speaker="Chicago police",
  subject="two women wounded")
n("pr072", "neighborhood's 7000 block of South Wabash Avenue", "7000 block", "address")
n("pr072", "at about 12:45 a.m. and", "12:45 a.m.", "time")
g("pr072", "found three victims inside a residence", "three victims", "killed_or_injured", 3, 3,
  subject="the three victims (restated)", core=False)
g("pr072", "A 53-year-old man was shot multiple times and pronounced dead", "A 53-year-old man", "killed", 1, 1,
  speaker="police", subject="53-year-old man (detail)", core=False)
g("pr072", "A 49-year-old woman, shot in her head,", "A 49-year-old woman", "injured", 1, 1, speaker="police",
  subject="49-year-old woman (detail)", core=False)
g("pr072", "Another woman, 48, was shot in the arm", "Another woman", "injured", 1, 1,
  subject="48-year-old woman (detail)", core=False)
n("pr072", "Another woman, 48, was shot", "48", "age")
g("pr072", "no one is in custody", "no one", "captured", 0, 0, modality="negated", subject="no arrest")
t("pr072", "killed", 1, 1, "enumerated")
t("pr072", "injured", 2, 2, "stated")
t("pr072", "captured", 0, 0, "zero")

# pr073 ctvnews: "allegedly shot another man in the leg ... the victim drove himself" (rule 2; shootings README)
n("pr073", " date 2020-06-22", "2020-06-22", "date")
g("pr073", "attempted murder after man shot in the leg", "man", "injured", 1, 1,
  subject="man shot in the leg (headline)", core=False)
g("pr073", "he allegedly shot another man in the leg", "another man", "injured", 1, 1, modality="hedged",
  subject="man shot in the leg")
g("pr073", "that a man had showed up at a store", "a man", "injured", 1, 1, speaker="The RCMP",
  subject="man shot in the leg (restated)", core=False)
n("pr073", "just after 4 p.m. Sunday", "4 p.m.", "time")
g("pr073", "the victim drove himself to the store", "the victim", "injured", 1, 1,
  subject="man shot in the leg (restated)", core=False)
n("pr073", "around 6 p.m. Sunday", "6 p.m.", "time")
g("pr073", "The suspect walked out of the woods", "The suspect", "captured", 1, 1, subject="suspect arrested")
g("pr073", "The 61-year-old man from Cape North was held in custody", "The 61-year-old man", "captured", 1, 1,
  subject="suspect arrested (restated)", core=False)
t("pr073", "injured", 1, 1, "enumerated")
t("pr073", "captured", 1, 1, "enumerated")

# pr074 metronews: "the man suspected of stabbing another ... stabbed the victim" (rule 2; shootings README)
n("pr074", " date 2017-11-22", "2017-11-22", "date")
g("pr074", "Man stabbed during late afternoon fight", "Man", "injured", 1, 1, subject="man stabbed (headline)",
  core=False)
g("pr074", "suspected of stabbing another on Barrington Street", "another", "injured", 1, 1, modality="hedged",
  speaker="Halifax police", subject="man stabbed (standfirst)", core=False)
g("pr074", "A 38-year-old man is in hospital after he was stabbed", "A 38-year-old man", "injured", 1, 1,
  subject="38-year-old man stabbed")
n("pr074", "called to the 2100 block of Barrington Street", "2100 block", "address")
n("pr074", "Barrington Street at 4:30 p.m.", "4:30 p.m.", "time")
g("pr074", "the victim was involved in a fight", "the victim", "injured", 1, 1,
  speaker="Halifax Regional Police", subject="38-year-old man (restated)", core=False)
n("pr074", "a fight with another male", "another male", "count")
g("pr074", "pulled a knife and stabbed the victim", "the victim", "injured", 1, 1,
  speaker="Halifax Regional Police", subject="38-year-old man (restated)", core=False)
n("pr074", "they believe the two men know each other", "the two men", "count")
t("pr074", "injured", 1, 1, "enumerated")

# pr075 firstcoastnews: "a man was shot and another man was injured" (rule 2, the other side: two people;
# shootings README)
n("pr075", " date 2021-06-27", "2021-06-27", "date")
n("pr075", "Police said the shooting happened in the 1700 block", "1700 block", "address")
g("pr075", "a man was shot and another man was injured", "a man", "injured", 1, 1, subject="man shot")
g("pr075", "another man was injured during an altercation", "another man", "injured", 1, 1,
  subject="second man injured")
n("pr075", "Art Museum Drive around 12:43 p.m.", "12:43 p.m.", "time")
g("pr075", "they found a man with a gunshot wound", "a man", "injured", 1, 1, subject="man shot (restated)",
  core=False)
g("pr075", "The man was then transported to a local hospital", "The man", "injured", 1, 1,
  subject="man shot (restated)", core=False)
t("pr075", "injured", 2, 2, "enumerated")

# pr076 ktvz (AP): "a shootout that left two officers and a suspect wounded" (rule 3; shootings README)
n("pr076", " date 2023-12-10", "2023-12-10", "date")
g("pr076", "left two officers and a suspect wounded", "two officers", "injured", 2, 2,
  speaker="Philadelphia police", subject="two officers wounded")
g("pr076", "two officers and a suspect wounded", "a suspect", "injured", 1, 1, speaker="Philadelphia police",
  subject="suspect shot by police")
n("pr076", "Four officers returned fire", "Four officers", "count")
g("pr076", "striking the man at least once", "the man", "injured", 1, 1, subject="suspect (restated)",
  core=False)
g("pr076", "The two officers were hospitalized", "The two officers", "injured", 2, 2,
  subject="two officers (restated)", core=False)
t("pr076", "injured", 3, 3, "sum")

# pr077 dcnewsnow: "left not only the deputy but the person accused of shooting him injured" (rule 3;
# shootings README)
g("pr077", "A sheriff’s deputy was critically hurt", "A sheriff’s deputy", "injured", 1, 1,
  subject="deputy shot")
n("pr077", "two other deputies were on administrative leave", "two other deputies", "count")
g("pr077", "left not only the deputy but", "the deputy", "injured", 1, 1, subject="deputy (restated)",
  core=False)
g("pr077", "the person accused of shooting him injured", "the person accused of shooting him", "injured", 1, 1,
  subject="driver shot by deputies")
n("pr077", "around 9:30 p.m. on Saturday", "9:30 p.m.", "time")
g("pr077", "fired more rounds and hit a deputy", "a deputy", "injured", 1, 1, speaker="Investigators",
  subject="deputy (restated)", core=False)
g("pr077", "Deputies took the passenger who was in the car into custody", "the passenger who was in the car",
  "captured", 1, 1, subject="passenger arrested")
g("pr077", "They arrested the driver", "the driver", "captured", 1, 1, speaker="Deputies",
  subject="driver arrested")
g("pr077", "the driver, who had been shot,", "the driver", "injured", 1, 1, speaker="Deputies",
  subject="driver shot by deputies (restated)", core=False)
g("pr077", "the deputy who was shot to trauma centers", "the deputy who was shot", "injured", 1, 1,
  subject="deputy (restated)", core=False)
t("pr077", "injured", 2, 2, "enumerated")
t("pr077", "captured", 2, 2, "enumerated")

# pr078 kshb: "left the driver with life-threatening injuries and a passenger with critical injuries"
# (rule 3, neighbour: no shared participle; shootings README)
n("pr078", " date 2023-07-22", "2023-07-22", "date")
g("pr078", "left the driver with life-threatening injuries", "the driver", "injured", 1, 1,
  speaker="a spokesperson with the KCMO Police Department", subject="driver")
g("pr078", "and a passenger with critical injuries, according", "a passenger", "injured", 1, 1,
  speaker="a spokesperson with the KCMO Police Department", subject="passenger")
g("pr078", "The driver was transported to a local hospital", "The driver", "injured", 1, 1,
  subject="driver (restated)", core=False)
g("pr078", "the passenger was transported with critical injuries", "the passenger", "injured", 1, 1,
  subject="passenger (restated)", core=False)
t("pr078", "injured", 2, 2, "enumerated")

# Seventh batch (session 13): pr079-pr082, round-ups with a contrasting "while" clause or
# separate incidents of one day (issue 14, the wire round-up tolls); wire README rules.

# pr079 newsdrum (PTI): "drowned ..., while another man was electrocuted to death"
g("pr079", "Four persons, including two minors, drowned", "Four persons", "killed", 4, 4,
  speaker="a government official", subject="people drowned in Marathwada")
g("pr079", "Four persons, including two minors, drowned", "two minors", "killed", 2, 2,
  speaker="a government official", subject="minors among the drowned", core=False)
g("pr079", "while another man was electrocuted to death", "another man", "killed", 1, 1,
  speaker="a government official", subject="man electrocuted")
g("pr079", "Three people going home from their farm drowned", "Three people", "killed", 3, 3,
  speaker="the official", subject="people drowned at Varvat")
g("pr079", "The bodies of the trio", "The bodies of the trio", "killed", 3, 3, speaker="the official",
  subject="people drowned at Varvat (restated)", core=False)
g("pr079", "a person named Dnyaneshwar Parade (37) drowned", "a person named Dnyaneshwar Parade", "killed",
  1, 1, subject="man drowned in Takalgavhan")
g("pr079", "a 40-year-old man, Arun Rathod, died", "a 40-year-old man, Arun Rathod", "killed", 1, 1,
  speaker="the official", subject="man electrocuted (restated)", core=False)
n("pr079", "Chhatrapati Sambhajinagar, May 27 (PTI)", "May 27", "date")
n("pr079", "Durga Balwant Shirke (10)", "10", "age")
n("pr079", "Aruna Balwant Shirke (37)", "37", "age")
n("pr079", "Samiksha Vijay Shirke (7)", "7", "age")
n("pr079", "a two-hour spell of torrential rain", "two-hour", "duration")
n("pr079", "Between 2:15 pm and 4:15 pm", "2:15 pm", "time")
t("pr079", "killed", 5, 5, "sum")

# pr080 business-standard (PTI): a stated total, then "While two children drowned ..., bodies of
# two women were found ..."
g("pr080", "snuffing out four lives", "four lives", "killed", 4, 4, speaker="officials",
  subject="people in Palamau and Chatra")
g("pr080", "While two children drowned in Chatra district", "two children", "killed", 2, 2,
  subject="children in Chatra")
g("pr080", "bodies of two women were found in Palamau district", "bodies of two women", "killed", 2, 2,
  subject="women in Palamau")
g("pr080", "two children identified as Vyas Kumar", "two children", "killed", 2, 2, speaker="Sandeep Singh",
  subject="children in Chatra (restated)", core=False)
g("pr080", "Meanwhile, bodies of two women were recovered", "bodies of two women", "killed", 2, 2,
  speaker="Arun Kumar Ekka", subject="women in Palamau (restated)", core=False)
n("pr080", "damaging six bridges", "six bridges", "buildings")
n("pr080", "Portions of two bridges", "two bridges", "buildings")
n("pr080", "for the next two days", "two days", "duration")
n("pr080", "on NH 75", "75", "other")
t("pr080", "killed", 4, 4, "stated")

# pr081 indianexpress: a police party attacked, the attackers' dead inside the lead; "while one
# militant was killed, another was injured"; an earlier attack this week
g("pr081", "2017-05-07 Three civilians were injured", "Three civilians", "injured", 3, 3,
  subject="civilians (caption)", core=False)
g("pr081", "Masoodi) Three civilians were injured", "Three civilians", "injured", 3, 3,
  subject="civilians (caption repeat)", core=False)
g("pr081", "TWO civilians, a policeman and a militant were killed", "TWO civilians", "killed", 2, 2,
  subject="civilians in Anantnag")
g("pr081", "TWO civilians, a policeman and a militant were killed", "a policeman", "killed", 1, 1,
  subject="policeman in Anantnag")
g("pr081", "TWO civilians, a policeman and a militant were killed", "a militant", "killed", 1, 1,
  subject="militant in Anantnag")
g("pr081", "Three civilians were injured in the shootout. An operation", "Three civilians", "injured", 3, 3,
  subject="civilians in Anantnag")
g("pr081", "while one militant was killed, another was injured", "one militant", "killed", 1, 1,
  speaker="A senior police officer", subject="militant (restated)", core=False)
g("pr081", "while one militant was killed, another was injured", "another", "injured", 1, 1,
  speaker="A senior police officer", subject="militant injured")
g("pr081", "five policemen and two J&K Bank guards were killed", "five policemen", "killed", 5, 5,
  subject="policemen in the cash van attack (Monday)", scope="background")
g("pr081", "five policemen and two J&K Bank guards were killed", "two J&K Bank guards", "killed", 2, 2,
  subject="bank guards in the cash van attack (Monday)", scope="background")
n("pr081", " date 2017-05-07", "2017-05-07", "date")
n("pr081", "Around 9.30 pm", "9.30 pm", "time")
n("pr081", "at 40 branches", "40 branches", "count")
t("pr081", "killed", 4, 4, "sum")
t("pr081", "injured", 4, 4, "sum")

# pr082 federalnewsradio (AP): two attacks on police in one day, the headline's total
g("pr082", "Gunmen kill 6 policemen in attacks", "6 policemen", "killed", 6, 6,
  subject="policemen in two attacks (headline)", core=False)
g("pr082", "Gunmen shot and killed four policemen in one attack", "four policemen", "killed", 4, 4,
  speaker="police", subject="policemen in Kohat")
g("pr082", "two policemen were killed and two others wounded", "two policemen", "killed", 2, 2,
  speaker="police", subject="policemen in Karachi")
g("pr082", "two policemen were killed and two others wounded", "two others", "injured", 2, 2,
  speaker="police", subject="policemen in Karachi")
g("pr082", "the area police chief, his second-in-command and two constables were killed",
  "the area police chief", "killed", 1, 1, speaker="Khan", subject="police chief (told one by one)",
  core=False)
g("pr082", "the area police chief, his second-in-command and two constables were killed",
  "his second-in-command", "killed", 1, 1, speaker="Khan", subject="second-in-command (told one by one)",
  core=False)
g("pr082", "the area police chief, his second-in-command and two constables were killed",
  "two constables", "killed", 2, 2, speaker="Khan", subject="constables (told one by one)", core=False)
g("pr082", "killing two policemen and wounding two others", "two policemen", "killed", 2, 2,
  subject="policemen in Karachi (restated)", core=False)
g("pr082", "killing two policemen and wounding two others", "two others", "injured", 2, 2,
  subject="policemen in Karachi (restated)", core=False)
g("pr082", "a wounded constable was in critical condition", "a wounded constable", "injured", 1, 1,
  speaker="Mohammad Ejaz", subject="constable in Karachi (restated)", core=False)
n("pr082", " date 2017-05-21", "2017-05-21", "date")
n("pr082", "about 90 kilometers (56 miles)", "90 kilometers", "distance")
n("pr082", "two gunmen riding a motorcycle", "two gunmen", "count")
t("pr082", "killed", 6, 6, "stated")
t("pr082", "injured", 2, 2, "stated")
# pr090-pr095 (session 13): a later result of a result verb told elliptically ("left one man dead and
# another man injured") and a victim told as "another" set against one of the other outcome ("One person
# was killed and another was injured"); shootings README
# pr090 yahoo (Tuscaloosa News): "left one man dead and another man injured"
n("pr090", " date 2024-05-16", "2024-05-16", "date")
g("pr090", "left one man dead", "one man", "killed", 1, 1, subject="man killed")
g("pr090", "another man injured Thursday", "another man", "injured", 1, 1, subject="man hurt")
n("pr090", "Brookhaven Apartments, 1310 James I. Harrison Jr. Parkway", "1310 James I. Harrison Jr. Parkway",
  "address")
g("pr090", "Sellers said two men were shot", "two men", "killed_or_injured", 2, 2, speaker="Sellers",
  subject="both men", core=False)
g("pr090", "one of them died", "one of them", "killed", 1, 1, speaker="Sellers", subject="man killed (restated)",
  core=False)
t("pr090", "killed", 1, 1, "stated")
t("pr090", "injured", 1, 1, "enumerated")

# pr091 wreg: "left one person dead and another person critically injured", then "another victim was found"
n("pr091", "MEMPHIS, Tenn.—", "MEMPHIS", "dateline")
g("pr091", "left one person dead", "one person", "killed", 1, 1, subject="person killed")
g("pr091", "another person critically injured", "another person", "injured", 1, 1, subject="person hurt")
g("pr091", "One victim was pronounced dead on the scene.", "One victim", "killed", 1, 1,
  subject="person killed (restated)", core=False)
g("pr091", "another victim was found and transported", "another victim", "injured", 1, 1, speaker="Police",
  subject="person hurt (restated)", core=False)
n("pr091", "a 2007 gray Chevrolet Impala", "2007", "other")
t("pr091", "killed", 1, 1, "stated")
t("pr091", "injured", 1, 1, "enumerated")

# pr092 klfy: "left one person dead and another injured"
n("pr092", " date 2021-09-30", "2021-09-30", "date")
n("pr092", "OPELOUSAS, La. (KLFY)", "OPELOUSAS", "dateline")
g("pr092", "left one person dead", "one person", "killed", 1, 1, subject="driver killed")
g("pr092", "and another injured.", "another", "injured", 1, 1, subject="passenger hurt")
g("pr092", "officers found the two victims with gunshot wounds", "the two victims", "killed_or_injured", 2, 2,
  speaker="Chief Martin Mclendon", subject="both victims", core=False)
g("pr092", "the driver was found dead", "the driver", "killed", 1, 1, speaker="The police chief",
  subject="driver killed (restated)", core=False)
g("pr092", "the passenger was taken to a local hospital", "the passenger", "injured", 1, 1,
  speaker="The police chief", subject="passenger hurt (restated)", core=False)
n("pr092", "about five blocks away", "five blocks", "distance")
t("pr092", "killed", 1, 1, "stated")
t("pr092", "injured", 1, 1, "enumerated")

# pr093 abc11: headline "1 dead, 1 injured", lead "one person was fatally shot and another was injured"
n("pr093", " date 2018-07-16", "2018-07-16", "date")
g("pr093", "1 dead, 1 injured", "1", "killed", 1, 1, subject="person killed (headline)", core=False)
g("pr093", "1 injured in shooting in Halifax", "1", "injured", 1, 1, subject="person hurt (headline)",
  core=False)
g("pr093", "one person was fatally shot", "one person", "killed", 1, 1, subject="person killed")
g("pr093", "another was injured early Monday morning", "another", "injured", 1, 1, subject="person hurt")
n("pr093", "ROANOKE RAPIDS, N.C. (WTVD)", "ROANOKE RAPIDS", "dateline")
n("pr093", "Around 4 a.m.", "4 a.m.", "time")
g("pr093", "they found one man dead from a gunshot wound", "one man", "killed", 1, 1,
  subject="person killed (restated)", core=False)
g("pr093", "another victim who had been shot multiple times", "another victim", "injured", 1, 1,
  subject="person hurt (restated)", core=False)
g("pr093", "The living victim was taken", "The living victim", "injured", 1, 1,
  subject="person hurt (restated)", core=False)
t("pr093", "killed", 1, 1, "stated")
t("pr093", "injured", 1, 1, "enumerated")

# pr094 KDKA: "One person was killed and another was injured", then "The second person"
n("pr094", " date 2017-10-14", "2017-10-14", "date")
n("pr094", "MCKEESPORT (KDKA)", "MCKEESPORT", "dateline")
g("pr094", "One person was killed and another", "One person", "killed", 1, 1, subject="person killed")
g("pr094", "another was injured in a shooting in McKeesport", "another", "injured", 1, 1, subject="person hurt")
n("pr094", "just before 1:30 p.m.", "1:30 p.m.", "time")
n("pr094", "in the 1600 block of Jenny Lind Street", "1600 block", "address")
g("pr094", "they found two people suffering from gunshot wounds", "two people", "killed_or_injured", 2, 2,
  subject="both victims", core=False)
g("pr094", "One person was pronounced dead at the scene.", "One person", "killed", 1, 1,
  subject="person killed (restated)", core=False)
g("pr094", "The second person was transported", "The second person", "injured", 1, 1,
  subject="person hurt (restated)", core=False)
g("pr094", "the two victims exchanged gunfire", "the two victims", "killed_or_injured", 2, 2, speaker="Police",
  subject="both victims", core=False)
t("pr094", "killed", 1, 1, "stated")
t("pr094", "injured", 1, 1, "enumerated")

# pr095 fox10phoenix: "one person was pronounced dead at the scene, while another person was taken to the
# hospital with serious injuries"
n("pr095", " date 2024-02-29", "2024-02-29", "date")
g("pr095", "One person is dead, according to Phoenix Fire officials", "One person", "killed", 1, 1,
  speaker="Phoenix Fire officials", subject="person killed")
n("pr095", "in the area of 67th Avenue and Fillmore", "67th Avenue", "address")
n("pr095", "One of the vehicles, according to fire officials", "One of the vehicles", "count")
n("pr095", "more than one vehicle that was charred", "more than one vehicle", "count")
n("pr095", "with several parked cars", "several parked cars", "count")
g("pr095", "Officers located a victim with a gunshot wound", "a victim", "killed_or_injured", 1, 1,
  speaker="Phoenix Police", subject="victim with a gunshot wound", core=False)
g("pr095", "detained a passenger who at this time is uncooperative", "a passenger", "captured", 1, 1,
  speaker="Phoenix Police", subject="passenger detained")
g("pr095", "one person was pronounced dead at the scene", "one person", "killed", 1, 1,
  speaker="fire officials", subject="person killed (restated)", core=False)
g("pr095", "another person was taken to the hospital with serious injuries", "another person", "injured", 1, 1,
  speaker="fire officials", subject="person hurt")
t("pr095", "killed", 1, 1, "stated")
t("pr095", "injured", 1, 1, "enumerated")
t("pr095", "captured", 1, 1, "enumerated")

# pr120-pr122 (session 13, issue 14): a victim first told hurt who later died counts once, as killed;
# the death told as a partitive of the hurt group ("One of the injured passengers died", "One of them was
# declared dead"), in a later sentence (pr120, pr121) or in the group's own (pr122)
# pr120 KMOV: "At least four people were injured ... One of the injured passengers died"
n("pr120", "FERGUSON (KMOV)", "FERGUSON", "dateline")
g("pr120", "Injured passengers were taken to the hospital with serious injuries", "Injured passengers", "injured",
  2, None, vague=True, speaker="police", subject="passengers hurt (subset)", core=False)
n("pr120", "just before 10 p.m.", "10 p.m.", "time")
g("pr120", "At least four people were injured in the accident.", "At least four people", "killed_or_injured", 4,
  None, subject="people hurt, one of whom died")
n("pr120", "one of the vehicles involved", "one of the vehicles", "count")
n("pr120", "with two vehicles going eastbound", "two vehicles", "count")
g("pr120", "One of the injured passengers died as a result of her injuries.", "One of the injured passengers",
  "killed", 1, 1, subject="passenger who died")
t("pr120", "killed", 1, 1, "stated")
t("pr120", "injured", 3, None, "sum")

# pr121 indiatvnews (Xinhua): the lead splits 1 + 2; "police found three victims ... One of them was declared
# dead"; an earlier night of shootings as background
g("pr121", "One person was killed and two others", "One person", "killed", 1, 1, speaker="police",
  subject="person killed")
g("pr121", "two others suffered life-threatening injuries", "two others", "injured", 2, 2, speaker="police",
  subject="two hurt")
n("pr121", "about 10:08 p.m. local time", "10:08 p.m.", "time")
n("pr121", "in the 1600 block of Hiawatha Drive", "1600 block", "address")
g("pr121", "police found three victims suffering from gunshot wounds", "three victims", "killed_or_injured", 3, 3,
  speaker="the Xinhua news agency", subject="all three victims", core=False)
g("pr121", "One of them was declared dead at the scene", "One of them", "killed", 1, 1, speaker="police",
  subject="person killed (restated)", core=False)
g("pr121", "the other two sustained life-threatening injuries", "the other two", "injured", 2, 2,
  speaker="police", subject="two hurt (restated)", core=False)
n("pr121", "just over one week after", "one week", "duration")
n("pr121", "in Virginia Beach on March 26", "March 26", "date")
g("pr121", "multiple shootings left two people dead and eight others injured", "two people", "killed", 2, 2,
  subject="earlier night's dead", scope="background")
g("pr121", "two people dead and eight others injured", "eight others", "injured", 8, 8,
  subject="earlier night's hurt", scope="background")
g("pr121", "One of the deceased was 25-year-old Donovon Lynch", "One of the deceased", "killed", 1, 1,
  subject="earlier night's dead (part)", core=False, scope="background")
g("pr121", "Police: 2 dead, 3 arrested", "2", "killed", 2, 2, speaker="Police",
  subject="earlier night's dead (link headline)", core=False, scope="background")
g("pr121", "Police: 2 dead, 3 arrested", "3", "captured", 3, 3, speaker="Police",
  subject="earlier night's arrests (link headline)", core=False, scope="background")
t("pr121", "killed", 1, 1, "stated")
t("pr121", "injured", 2, 2, "stated")

# pr122 News4Jax: the lead splits 1 + 2; "three of them had been shot. All three were taken to UF Health
# Hospital, where one of them died"
g("pr122", "A person died and two others", "A person", "killed", 1, 1, speaker="police", subject="person killed")
g("pr122", "two others were wounded in a triple shooting", "two others", "injured", 2, 2, speaker="police",
  subject="two hurt")
n("pr122", "just after 2 a.m.", "2 a.m.", "time")
n("pr122", "They found four people inside", "four people", "count")
g("pr122", "three of them had been shot", "three of them", "killed_or_injured", 3, 3,
  subject="all three victims", core=False)
g("pr122", "All three were taken to UF Health Hospital", "All three", "killed_or_injured", 3, 3,
  subject="all three victims", core=False)
g("pr122", "where one of them died", "one of them", "killed", 1, 1, subject="person killed (restated)", core=False)
g("pr122", "The other two were treated and released", "The other two", "injured", 2, 2, speaker="police",
  subject="two hurt (restated)", core=False)
g("pr122", "All three victims were male", "All three victims", "killed_or_injured", 3, 3,
  subject="all three victims", core=False)
n("pr122", "the fourth person in the vehicle", "the fourth person", "count")
n("pr122", "call JSO at 904-630-0500", "904-630-0500", "phone")
n("pr122", "Crime Stoppers at 1-866-845-TIPS", "1-866-845-TIPS", "phone")
t("pr122", "killed", 1, 1, "stated")
t("pr122", "injured", 2, 2, "stated")

# Session 14 (task s14isdead): the copular-death lead "X is dead" / "X are dead" (with or without another
# victim hurt) retold later; shootings README; gold written blind, before any run.

# pr127 fox2now Dutchtown: "One man is dead and another wounded", then each victim told by age
g("pr127", "One man is dead and another wounded", "One man", "killed", 1, 1, subject="man in his 20s")
g("pr127", "and another wounded following a double shooting", "another", "injured", 1, 1,
  subject="man in his 30s")
n("pr127", "just after 4:10 p.m.", "4:10 p.m.", "time")
n("pr127", "in the 2600 block of Osage Street", "2600 block", "address")
g("pr127", "A man in his 20s was found at the scene with a gunshot wound to his head", "A man in his 20s",
  "killed", 1, 1, subject="man in his 20s (restated)", core=False)
g("pr127", "The second victim, a man in his 30s, arrived at a local hospital with an unspecified gunshot wound",
  "The second victim", "injured", 1, 1, subject="man in his 30s (restated)", core=False)
t("pr127", "killed", 1, 1, "stated")
t("pr127", "injured", 1, 1, "enumerated")

# pr128 detroitnews west side: "One man is dead and another wounded", the hurt 23-year-old told first
g("pr128", "One man is dead and another wounded", "One man", "killed", 1, 1, speaker="officials",
  subject="second victim (dead)")
g("pr128", "and another wounded after a Thursday morning shooting", "another", "injured", 1, 1,
  speaker="officials", subject="23-year-old man")
n("pr128", "at about 10:35 a.m.", "10:35 a.m.", "time")
g("pr128", "The 23-year-old drove away but felt pain and realized he had been shot", "The 23-year-old",
  "injured", 1, 1, subject="23-year-old man (restated)", core=False)
g("pr128", "Medics transported the 23-year-old to a hospital where he is listed in temporary serious condition",
  "the 23-year-old", "injured", 1, 1, speaker="police", subject="23-year-old man (restated)", core=False)
g("pr128", "Medics pronounced the second victim dead at the scene", "the second victim", "killed", 1, 1,
  subject="second victim (restated)", core=False)
n("pr128", "12th Precinct Investigative Unit", "12th", "other")
n("pr128", "at (313) 596-1240", "(313) 596-1240", "phone")
n("pr128", "Crime Stoppers of Michigan at 1 (800) SPEAK-UP", "1 (800) SPEAK-UP", "phone")
t("pr128", "killed", 1, 1, "stated")
t("pr128", "injured", 1, 1, "enumerated")

# pr129 fox6now Town of Madison: headline, "one man is dead and another wounded", the hurt man told first
g("pr129", "1 man dead, 1 wounded in Town of Madison", "1 man", "killed", 1, 1, subject="headline dead",
  core=False)
g("pr129", "1 man dead, 1 wounded in Town of Madison", "1", "injured", 1, 1, subject="headline hurt",
  core=False)
g("pr129", "Police say one man is dead and another wounded", "one man", "killed", 1, 1, speaker="Police",
  subject="man found by the building")
g("pr129", "Police say one man is dead and another wounded", "another", "injured", 1, 1, speaker="Police",
  subject="man shot in the head")
n("pr129", "saw two men running through the lot", "two men", "count")
g("pr129", "says one man was shot in the head and was treated for his injuries", "one man", "injured", 1, 1,
  speaker="Scott Gregory", subject="man shot in the head (restated)", core=False)
g("pr129", "The man with him was a relative and was not hurt", "The man with him", "injured", 0, 0,
  modality="negated", subject="relative not hurt")
g("pr129", "another man was found on the side of the building with a gunshot wound and died from his injuries",
  "another man", "killed", 1, 1, speaker="Gregory", subject="man found by the building (restated)", core=False)
g("pr129", "the name of the man who was killed", "the man who was killed", "killed", 1, 1,
  speaker="The Wisconsin State Journal", subject="man found by the building (restated)", core=False)
t("pr129", "killed", 1, 1, "stated")
t("pr129", "injured", 1, 1, "enumerated")

# pr130 news5cleveland Shaker Heights: "Two men are dead", retold as "two men deceased"; detentions
g("pr130", "Two men are dead after a shooting in Shaker Heights", "Two men", "killed", 2, 2,
  speaker="the Shaker Heights Police Department", subject="two men")
n("pr130", "Around 3:30 a.m.", "3:30 a.m.", "time")
n("pr130", "the 17000 block of Shaker Boulevard", "17000 block", "address")
g("pr130", "they located two men deceased with gunshot wounds", "two men", "killed", 2, 2, speaker="police",
  subject="two men (restated)", core=False)
g("pr130", "Officers detained several individuals attempting to leave the scene", "several individuals",
  "captured", 3, 9, vague=True, subject="people detained")
n("pr130", "police at 216-491-1277", "216-491-1277", "phone")
n("pr130", "or 216-491-1220", "216-491-1220", "phone")
t("pr130", "killed", 2, 2, "stated")
t("pr130", "captured", 3, 9, "stated")

# pr131 news5cleveland I-71: "Two people are dead", the caller's woman, then both victims by age
g("pr131", "Two people are dead after a shooting on Saturday morning", "Two people", "killed", 2, 2,
  speaker="Cleveland Police", subject="woman and man")
g("pr131", "a caller said a woman had been shot", "a woman", "killed", 1, 1, speaker="a caller",
  subject="woman (restated)", core=False)
g("pr131", "along with a 35-year-old and a 31-year-old man, both suffering from gunshot wounds", "a 35-year-old",
  "killed", 1, 1, speaker="police", subject="woman (restated)", core=False)
g("pr131", "and a 31-year-old man, both suffering from gunshot wounds", "a 31-year-old man", "killed", 1, 1,
  speaker="police", subject="man (restated)", core=False)
g("pr131", "Cleveland EMS pronounced the woman dead at the scene", "the woman", "killed", 1, 1,
  subject="woman (restated)", core=False)
g("pr131", "transported the man to a nearby hospital, where he was later pronounced dead", "the man", "killed",
  1, 1, subject="man (restated)", core=False)
n("pr131", "Homicide Unit at 216-623-5464", "216-623-5464", "phone")
t("pr131", "killed", 2, 2, "stated")

# pr132 wbbjtv Trenton: "a woman is dead and a man injured", each retold twice
n("pr132", " date 2022-06-30 TRENTON", "2022-06-30", "date")
g("pr132", "says a woman is dead and a man injured following a shooting", "a woman", "killed", 1, 1,
  speaker="Bill Cusson", subject="woman")
g("pr132", "a woman is dead and a man injured following a shooting", "a man", "injured", 1, 1,
  speaker="Bill Cusson", subject="man")
n("pr132", "to WBBJ 7 Eyewitness News", "7", "other")
g("pr132", "found a woman on her back with heavy bleeding from her head", "a woman", "killed", 1, 1,
  speaker="Cusson", subject="woman (restated)", core=False)
g("pr132", "as well as a man nearby with a gunshot wound to the chest", "a man nearby", "injured", 1, 1,
  speaker="Cusson", subject="man (restated)", core=False)
g("pr132", "the man was taken to the Med in Memphis", "the man", "injured", 1, 1, speaker="The chief",
  subject="man (restated)", core=False)
g("pr132", "while the woman was pronounced dead at the scene", "the woman", "killed", 1, 1,
  speaker="The chief", subject="woman (restated)", core=False)
t("pr132", "killed", 1, 1, "enumerated")
t("pr132", "injured", 1, 1, "enumerated")
# ---- ninth batch (pr139-pr143, session 14): pages of readers' letters whose heading ("Letters to the Editor",
# "Letter to the editor", "To the Editor:") stands in the page's first lines. Annotated by devsets/comments
# decision 14: a letter is a reader's comment (section comment, author its signature), so the page has no
# article toll. Gold written before any run.
C = {"section": "comment"}
# pr139 Fresno Bee letter "A limit on deaths" (Iraq, 2007), signed Philip Traynor
a = {"author": "Philip Traynor", **C}
g("pr139", "estimate that 655,000 more Iraqis died", "655,000 more Iraqis", "killed", 655000, 655000,
  modality="hedged", speaker="Johns Hopkins Bloomberg School of Public Health and Baghdad's al-Mustansiriya University",
  subject="excess Iraqi deaths since 2003", scope="aggregate", **a)
g("pr139", "the 3,260 U.S. troops that have died", "the 3,260 U.S. troops", "killed", 3260, 3260,
  subject="US troops dead in Iraq so far", scope="aggregate", **a)
g("pr139", "along with the 24,314 that have been wounded", "the 24,314", "injured", 24314, 24314,
  subject="US troops wounded in Iraq so far", scope="aggregate", **a)
g("pr139", "the death of more than 3,260 U.S. troops", "more than 3,260", "killed", 3261, None,
  modality="hypothetical", subject="US troops (restated in a question)", core=False, scope="aggregate", **a)
g("pr139", "more than 24,314 wounded American solders", "more than 24,314", "injured", 24315, None,
  modality="hypothetical", subject="US wounded (restated in a question)", core=False, scope="aggregate", **a)
g("pr139", "the death of more than 655,000 Iraqis", "more than 655,000", "killed", 655001, None,
  modality="hypothetical", subject="Iraqi deaths (restated in a question)", core=False, scope="aggregate", **a)
g("pr139", "limit the surge to so many more deaths", "so many more deaths", "killed", 2, None, vague=True,
  modality="hypothetical", subject="deaths to come (rhetorical)", core=False, scope="aggregate", **a)
n("pr139", "since the U.S. invasion in March 2003", "March 2003", "date")
n("pr139", "If we were told back in 2003", "2003", "date")

# pr140 Juneau Empire "Letter to the editor" on the anniversary of Nagasaki, signed David Williams
a = {"author": "David Williams", **C}
g("pr140", "Twenty-four thousand people died instantly", "Twenty-four thousand people", "killed", 24000, 24000,
  subject="Nagasaki, 9 August 1945, instant deaths", scope="background", **a)
g("pr140", "an additional 46,000 died within the next four months", "an additional 46,000", "killed", 46000, 46000,
  subject="Nagasaki, later deaths from radiation", scope="background", **a)
n("pr140", "Posted: Wednesday, August 11, 2004", "August 11, 2004", "date")
n("pr140", "the 59th anniversary", "59th", "other")
n("pr140", "the city of 270,000 inhabitants", "270,000 inhabitants", "count")
n("pr140", "within the next four months", "four months", "duration")

# pr141 Iowa City Press-Citizen "Letter to the editor" under its headline on the December 2014 killings of two NYPD
# officers and a Florida officer (the excerpt ends before the signature: author null)
g("pr141", "The heinous killings of two New York City police officers", "two New York City police officers",
  "killed", 2, 2, subject="two NYPD officers shot in Brooklyn", **C)
g("pr141", "and of another officer in Florida", "another officer", "killed", 1, 1,
  subject="a police officer killed in Florida", **C)
g("pr141", "the unprovoked execution of two NYPD officers", "two NYPD officers", "killed", 2, 2,
  subject="two NYPD officers (restated)", core=False, **C)
g("pr141", "assassination of officers W. Liu and R. Ramos", "officers W. Liu and R. Ramos", "killed", 2, 2,
  subject="two NYPD officers (named)", core=False, **C)
g("pr141", "The killer who traveled from Baltimore", "The killer", "killed", 1, 1,
  subject="the gunman, suicide", core=False, **C)
g("pr141", "veteran police officer Charles Kondek", "veteran police officer Charles Kondek", "killed", 1, 1,
  subject="the Florida officer (named)", core=False, **C)
g("pr141", "the assault of two NYPD lieutenants", "two NYPD lieutenants", "injured", 2, 2,
  subject="lieutenants assaulted on December 14", core=False, scope="background", **C)
g("pr141", "with many losing their lives in the line of duty", "many", "killed", 2, None, vague=True,
  subject="officers killed on duty (generic)", core=False, scope="aggregate", **C)
g("pr141", "114 police officers died in the line of duty", "114 police officers", "killed", 114, 114,
  subject="police officers killed on duty in 2014", scope="aggregate", **C)
g("pr141", "including 46 by gunfire. In 2013", "46", "killed", 46, 46,
  subject="police officers shot dead in 2014 (part)", core=False, scope="aggregate", **C)
g("pr141", "In 2013, 105 were killed", "105", "killed", 105, 105,
  subject="police officers killed on duty in 2013", scope="aggregate", **C)
g("pr141", "including 30 by gunfire, an", "30", "killed", 30, 30,
  subject="police officers shot dead in 2013 (part)", core=False, scope="aggregate", **C)
n("pr141", "On Dec. 18, I wrote", "Dec. 18", "date")
n("pr141", "preceded on December 14, by", "December 14", "date")
n("pr141", "With 300 million guns", "300 million guns", "count")
n("pr141", "father of six who worked", "six", "count")

# pr142 syracuse.com "(Your letters)" / "To the Editor:", signed Donna Muhs-McCarten
a = {"author": "Donna Muhs-McCarten", **C}
g("pr142", "a generous, working mother was killed", "a generous, working mother", "killed", 1, 1,
  subject="a mother killed in a murder-suicide", **a)
n("pr142", "seven children a day in the U.S. are killed", "seven children a day", "rate")

# pr143 Reno Gazette-Journal "Letter:" / "Letter to the Editor" after the Roseburg shooting (October 2015), signed
# Christiane Brown, Reno (the form letter's blanks hold no figure)
a = {"author": "Christiane Brown", **C}
g("pr143", "Gun violence deaths: 119,000", "119,000", "killed", 119000, 119000,
  subject="gun deaths in the US over a decade", scope="aggregate", **a)
g("pr143", "Terrorism deaths: 280", "280", "killed", 280, 280,
  subject="terrorism deaths in the US over a decade", scope="aggregate", **a)
g("pr143", "The nine victims in Roseburg Oregon", "The nine victims", "killed", 9, 9,
  subject="Umpqua college shooting, Roseburg", **a)
n("pr143", "there have been 986 mass shootings", "986 mass shootings", "count")
n("pr143", "killed 428 times more Americans", "428 times", "rate")
n("pr143", "Sandy Hook massacre in 2012", "2012", "date")
n("pr143", "over the past decade", "the past decade", "duration")

# ---- tenth batch (pr144-pr146, pr159-pr161; session 14, task s14tweets): pages that quote or embed social-media
# posts carrying casualty figures (a Telegram post quoted in a story, a tweet reported in a story, tweets
# embedded with their "— Name (@handle) date" line, a page of Twitter threads). Convention (README, "Tenth
# batch"): a post a story cites as news is its author's claim (speaker = the author as the page names him,
# section article: wire wr041/wr212, shootings sh212); posts gathered as reactions, or a page made only of
# posts, are comments with the author's name (or handle) as comment_author (devsets/comments decisions 14, 55).
# Gold written before any run.

# pr144 ostro.info: Kharkiv centre shelled, 30 August 2022; the governor's Telegram post quoted (wire rules)
S = {"speaker": "Oleh Synyehubov"}
g("pr144", "Russians shell center of Kharkiv - four dead", "four dead", "killed", 4, 4,
  subject="people in central Kharkiv (headline)", core=False)
g("pr144", "It is known about 4 dead and 4 wounded people", "4 dead", "killed", 4, 4,
  subject="people in central Kharkiv", **S)
g("pr144", "It is known about 4 dead and 4 wounded people", "4 wounded people", "injured", 4, 4,
  subject="people in central Kharkiv", **S)
g("pr144", "at least 4 people were killed, 4 more were injured", "at least 4 people", "killed", 4, None,
  subject="people in central Kharkiv (the post)", core=False, **S)
g("pr144", "at least 4 people were killed, 4 more were injured", "4 more", "injured", 4, 4,
  subject="people in central Kharkiv (the post)", core=False, **S)
g("pr144", "the number of wounded was already 9 people", "9 people", "injured", 9, 9,
  subject="people in central Kharkiv (update)", core=False)
n("pr144", "July, 21", "July, 21", "date")
n("pr144", "08/30/2022 03:47:23 pm", "08/30/2022", "date")
n("pr144", "Total views 423.", "423", "count")
n("pr144", "in the Telegram on August 30.", "August 30", "date")
t("pr144", "killed", 4, 4, "stated")
t("pr144", "injured", 9, 9, "stated")

# pr145 carnageandculture.blogspot: Nice truck attack, 14 July 2016; the mayor's tweet reported (wire rules)
g("pr145", "At Least 80 Killed When Truck Plows Into Bastille Day Crowd", "At Least 80", "killed", 80, None,
  subject="people in Nice (headline)", core=False)
g("pr145", "killing scores of people out to enjoy the national holiday", "scores of people", "killed", 40, 99,
  vague=True, subject="people in Nice")
g("pr145", "tweeted that a truck driver killed \"dozens.\"", "dozens", "killed", 24, 99, vague=True,
  speaker="Christian Estrosi", subject="people in Nice (the mayor's tweet)", core=False)
g("pr145", "the death toll was estimated to be around 60", "around 60", "killed", 60, 60, vague=True,
  speaker="The Nice prosecutor's office", subject="people in Nice (estimate)", core=False)
g("pr145", "That was updated to 73 dead and more than 100 injured", "73 dead", "killed", 73, 73,
  subject="people in Nice (update)", core=False)
g("pr145", "That was updated to 73 dead and more than 100 injured", "more than 100", "injured", 101, None,
  subject="people in Nice")
n("pr145", "Friday, July 15, 2016", "July 15, 2016", "date")
n("pr145", "\n\nJuly 14, 2016\n\n", "July 14, 2016", "date")
n("pr145", "at about 7 p.m. EST", "7 p.m.", "time")
n("pr145", "about a mile driving up to 30 mph", "30 mph", "other")
t("pr145", "killed", 73, 73, "stated")
t("pr145", "injured", 101, None, "stated")

# pr146 pravda.com.ua: Zaporizhzhia strike, 18 August 2025; "Source: NAME ... on Telegram" and "Quote from NAME:"
# (wire rules; the source line credits the lead above it)
S = {"speaker": "Ivan Fedorov"}
g("pr146", "Russian attack on Zaporizhzhia: three killed, 23 injured", "three killed", "killed", 3, 3,
  subject="people in Zaporizhzhia (headline)", core=False)
g("pr146", "Russian attack on Zaporizhzhia: three killed, 23 injured", "23 injured", "injured", 23, 23,
  subject="people in Zaporizhzhia (headline)", core=False)
g("pr146", "Three people were killed and 23 injured in a Russian strike", "Three people", "killed", 3, 3,
  subject="people in Zaporizhzhia", **S)
g("pr146", "Three people were killed and 23 injured in a Russian strike", "23", "injured", 23, 23,
  subject="people in Zaporizhzhia", **S)
g("pr146", "\"Three people have been killed and many of those injured", "Three people", "killed", 3, 3,
  subject="people in Zaporizhzhia (the post)", core=False, **S)
g("pr146", "many of those injured are in a serious condition", "many of those injured", "injured", 2, None,
  vague=True, subject="people in Zaporizhzhia (the post, seriously hurt)", core=False, **S)
g("pr146", "Fedorov noted that 23 people were injured.", "23 people", "injured", 23, 23,
  subject="people in Zaporizhzhia (restated)", core=False, **S)
g("pr146", "Eighteen people with blast injuries and shrapnel wounds", "Eighteen people", "injured", 18, 18,
  subject="people in Zaporizhzhia under medical supervision", core=False, **S)
g("pr146", "One of them is a 17-year-old boy.", "One of them", "injured", 1, 1,
  subject="a boy among the injured", core=False, **S)
g("pr146", "Initially, it was reported that 17 people had been injured.", "17 people", "injured", 17, 17,
  subject="people in Zaporizhzhia (first report)", core=False)
n("pr146", "city of Zaporizhzhia on the morning of 18 August", "18 August", "date")
n("pr146", "On the morning of 18 August, Russian", "18 August", "date")
n("pr146", "One of them is a 17-year-old boy.", "17-year-old", "age")
t("pr146", "killed", 3, 3, "stated")
t("pr146", "injured", 23, 23, "stated")

# pr159 pacificpundit: Boston Marathon bombing, 15 April 2013; a blogger's updates with tweets embedded above their
# "— Name (@handle) date" line (the tweets are news the blogger cites: article, the account as speaker)
g("pr159", "Fox News reporting three people dead from Boston Marathon Explosion", "three people", "killed", 3, 3,
  speaker="Fox News", subject="people at the Boston Marathon")
g("pr159", "3 dead, 20 injured at #BostonMarathon", "3 dead", "killed", 3, 3, speaker="American Spectator",
  subject="people at the Boston Marathon (tweet)", core=False)
g("pr159", "3 dead, 20 injured at #BostonMarathon", "20 injured", "injured", 20, 20, speaker="American Spectator",
  subject="people at the Boston Marathon (tweet)")
n("pr159", "(@BostonGlobe) April 15, 2013", "April 15, 2013", "date")
n("pr159", "(@AmSpec) April 15, 2013", "April 15, 2013", "date")
n("pr159", "(@DRUDGE_REPORT) April 15, 2013", "April 15, 2013", "date")
n("pr159", "Two powerful explosions detonated", "Two powerful explosions", "count")
t("pr159", "killed", 3, 3, "stated")
t("pr159", "injured", 20, 20, "stated")

# pr160 news965: Manchester Arena bombing, 22 May 2017; the story, then Central Florida residents' tweets gathered as
# reactions, each run into its "— Name (@handle) date" line (comments, decision 14/55 of devsets/comments)
g("pr160", "Greater Manchester Police say 19 people have been confirmed dead", "19 people", "killed", 19, 19,
  speaker="Greater Manchester Police", subject="people at Manchester Arena")
g("pr160", "Police said roughly 50 people were injured.", "roughly 50 people", "injured", 50, 50, vague=True,
  speaker="Police", subject="people at Manchester Arena")
g("pr160", "where multiple fatalities have been reported in explosion", "multiple fatalities", "killed", 2, None,
  vague=True, subject="people at Manchester Arena (video title)", core=False)
a = {"section": "comment", "author": "#Strategicculture"}
g("pr160", "#Manchester confirmed 20 dead (mostly teenagers)", "20 dead", "killed", 20, 20,
  subject="people at Manchester Arena (a reader's tweet)", **a)
g("pr160", "and 50 injured. #ManchesterArena", "50 injured", "injured", 50, 50,
  subject="people at Manchester Arena (a reader's tweet, restated)", core=False, **a)
n("pr160", "started at 10:35 Monday night", "10:35", "time")
n("pr160", "(@OrlandoPolice) May 22, 2017", "May 22, 2017", "date")
n("pr160", "(@devigoes4alpha) May 23, 2017", "May 23, 2017", "date")
n("pr160", "Orlando strong 4U", "4U", "other")
t("pr160", "killed", 19, 19, "stated")
t("pr160", "injured", 50, 50, "stated")

# pr161 threadreaderapp: the #Srilankablast hashtag page (Easter bombings, 21 April 2019), thread openings each under
# "By @handle" and a date; a page made only of posts: comments, the handle as author, no article toll
a = {"section": "comment", "author": "PressTV"}
g("pr161", "Report: At least 80 injured in Sri Lanka church blasts", "At least 80", "injured", 80, None,
  subject="people at Sri Lanka churches (a thread's post)", **a)
n("pr161", "Most recents (6)", "(6)", "count")
n("pr161", "Read 79 tweets", "79 tweets", "count")
n("pr161", "a warning on April 11 that", "April 11", "date")
n("pr161", "Reminds me of 26/11 #Mumbai attacks.", "26/11", "date")
# ---- session 14 (task s14scopeprobe): period totals beside a reported event's own figure (wire README,
# pr137 shootings README); gold written blind, before any run

# pr133 asianage: funeral suicide bombing toll risen to 40; a country's total "since 2007"
g("pr133", "Death toll in Pakistan suicide bombing rises to 40", "40", "killed", 40, 40,
  subject="funeral bombing dead (headline)", core=False)
g("pr133", "has risen to 40, police said Friday", "40", "killed", 40, 40, speaker="police",
  subject="funeral bombing dead")
g("pr133", "The bomber blew himself up Thursday", "The bomber", "killed", 1, 1, subject="bomber", core=False)
n("pr133", "100 kilometres (60 miles) from", "100 kilometres", "distance")
g("pr133", "The death toll in the attack has now risen to 40", "40", "killed", 40, 40,
  speaker="Salim Khan Marwat", subject="funeral bombing dead (restated)", core=False)
g("pr133", "67 people were still in hospitals for treatment of injuries", "67 people", "injured", 67, 67,
  speaker="Salim Khan Marwat", subject="funeral bombing hurt")
g("pr133", "four boys connected to another northwestern anti-militant group were killed", "four boys", "killed",
  4, 4, subject="earlier explosion's dead", scope="background")
g("pr133", "have killed more than 4,630 people in Pakistan since 2007", "more than 4,630 people", "killed",
  4631, None, subject="bombings since 2007", scope="aggregate")
n("pr133", "In 2009, 30,000 Pakistani troops", "30,000 Pakistani troops", "count")
n("pr133", "for two years had terrorised", "two years", "duration")
t("pr133", "killed", 40, 40, "stated")
t("pr133", "injured", 67, 67, "stated")

# pr134 wng.org: three Boko Haram attacks, 18 dead told as 8 + 1 + 1 + 2 + 6; the insurgency's totals
g("pr134", "Churchgoers among 18 killed", "18", "killed", 18, 18, subject="three attacks' dead (headline)",
  core=False)
n("pr134", "Three incidents target villagers", "Three incidents", "count")
g("pr134", "killing 18 people", "18 people", "killed", 18, 18, subject="three attacks' dead")
n("pr134", "during the last two days", "two days", "duration")
n("pr134", "19 miles east of Chibok", "19 miles", "distance")
g("pr134", "Survivors said eight people died in the attack", "eight people", "killed", 8, 8,
  speaker="Survivors", subject="Kwamjilari dead (part)")
g("pr134", "“Many people ran into the bush with gunshot wounds.”", "Many people", "injured", 2, None,
  vague=True, speaker="Luka Damina", subject="Kwamjilari hurt")
g("pr134", "beheaded the village chief, Ba’ Lawan, and his son", "the village chief", "killed", 1, 1,
  subject="Tallari chief (part)")
g("pr134", "beheaded the village chief, Ba’ Lawan, and his son", "his son", "killed", 1, 1,
  subject="Tallari chief's son (part)")
g("pr134", "Two people died in the shootout", "Two people", "killed", 2, 2, speaker="Gavi",
  subject="Tallari shootout dead (part)")
g("pr134", "several others sustained injuries", "several others", "injured", 3, 9, vague=True, speaker="Gavi",
  subject="Tallari hurt")
g("pr134", "killing six civilians and injuring three soldiers", "six civilians", "killed", 6, 6,
  speaker="Sani Usman", subject="convoy dead (part)")
g("pr134", "killing six civilians and injuring three soldiers", "three soldiers", "injured", 3, 3,
  speaker="Sani Usman", subject="convoy hurt")
n("pr134", "about 28 miles south of Maiduguri", "28 miles", "distance")
n("pr134", "Boko Haram’s seven-year insurgency", "seven-year", "duration")
g("pr134", "has killed more than 20,000 people and displaced some 2.6 million others", "more than 20,000 people",
  "killed", 20001, None, subject="insurgency's dead", scope="aggregate")
g("pr134", "displaced some 2.6 million others", "some 2.6 million others", "displaced", 2600000, 2600000,
  vague=True, subject="insurgency's displaced", scope="aggregate")
n("pr134", "after several months of reduced strikes", "several months", "duration")
t("pr134", "killed", 18, 18, "stated")
t("pr134", "injured", 8, None, "sum")

# pr135 syriahr: Monday's Eastern Ghouta dead beside a week's wounded, the dead since Sunday and the war's total
g("pr135", "Syrian civil war: Scores of civilians killed by Assad's airstrikes", "Scores of civilians", "killed",
  40, 99, vague=True, subject="Monday's dead (page title)", core=False)
g("pr135", "Syrian civil war: Scores of civilians killed by Assad’s airstrikes", "Scores of civilians",
  "killed", 40, 99, vague=True, subject="Monday's dead (headline)", core=False)
g("pr135", "forces killed at least 98 people, including 20 children", "at least 98 people", "killed", 98, None,
  speaker="an activist group", subject="Monday's dead")
g("pr135", "at least 98 people, including 20 children", "20 children", "killed", 20, 20,
  speaker="an activist group", subject="Monday's dead children (subset)", core=False)
n("pr135", "in three years, an activist group", "three years", "duration")
g("pr135", "It said hundreds have been wounded in a week-long bombardment", "hundreds", "injured", 200, 999,
  vague=True, speaker="Syrian Civil Defense", subject="week's wounded", scope="aggregate")
g("pr135", "Since Sunday, 194 people — 52 children and 29 women — have been killed", "194 people", "killed",
  194, 194, speaker="Syrian Observatory for Human Rights", subject="dead since Sunday", scope="aggregate")
g("pr135", "194 people — 52 children and 29 women — have been killed", "52 children", "killed", 52, 52,
  speaker="Syrian Observatory for Human Rights", subject="children dead since Sunday (subset)", core=False,
  scope="aggregate")
g("pr135", "194 people — 52 children and 29 women — have been killed", "29 women", "killed", 29, 29,
  speaker="Syrian Observatory for Human Rights", subject="women dead since Sunday (subset)", core=False,
  scope="aggregate")
n("pr135", "multi-sided, 7-year-old civil war", "7-year-old", "duration")
n("pr135", "hundreds of children are in need of urgent medical evacuation", "hundreds of children", "count")
g("pr135", "nearly 60 children were killed across Syria", "nearly 60 children", "killed", 60, 60, vague=True,
  speaker="the United Nations", subject="January's dead children", scope="aggregate")
g("pr135", "About half a million people have been killed in Syria", "About half a million people", "killed",
  500000, 500000, vague=True, subject="war's dead", scope="aggregate")
t("pr135", "killed", 98, None, "stated")

# pr136 scmp: five soldiers killed and dozens kidnapped beside a decade's totals (a deck)
g("pr136", "Nigeria jihadists kill five soldiers", "five soldiers", "killed", 5, 5, subject="soldiers killed")
g("pr136", "kidnap dozens of civilians", "dozens of civilians", "captured", 24, 99, vague=True,
  subject="civilians kidnapped")
g("pr136", "have killed 36,000 people and displaced around two million", "36,000 people", "killed", 36000,
  36000, subject="conflict's dead", scope="aggregate")
g("pr136", "displaced around two million as part of a decade-long conflict", "around two million", "displaced",
  2000000, 2000000, vague=True, subject="conflict's displaced", scope="aggregate")
n("pr136", "a decade-long conflict", "decade-long", "duration")
t("pr136", "killed", 5, 5, "stated")
t("pr136", "captured", 24, 99, "stated")

# pr137 nbcphiladelphia: two men shot dead beside the city's year-to-date totals (shootings README)
n("pr137", "NBC10 is one of dozens of news organizations", "dozens of news organizations", "count")
g("pr137", "Philadelphia surpassed 550 killings in 2021", "550 killings", "killed", 551, None,
  subject="city's killings this year", scope="aggregate")
g("pr137", "when two men were shot dead Tuesday morning", "two men", "killed", 2, 2, subject="two men killed")
n("pr137", "at least 17 shots fired", "at least 17 shots", "count")
n("pr137", "just before 2:30 a.m.", "2:30 a.m.", "time")
g("pr137", "A 32-year-old victim was struck in the head and leg", "A 32-year-old victim", "killed", 1, 1,
  speaker="police", subject="two men killed (restated, one)", core=False)
g("pr137", "the second victim, a man in his 40s or 40s, was shot in the chest", "the second victim", "killed", 1,
  1, speaker="police", subject="two men killed (restated, one)", core=False)
n("pr137", "a man in his 40s or 40s", "40s", "age")
g("pr137", "Both men were rushed to a local hospital but did not survive", "Both men", "killed", 2, 2,
  subject="two men killed (restated)", core=False)
g("pr137", "The two slayings took Philadelphia’s homicides to at least 551 this year", "The two slayings",
  "killed", 2, 2, subject="two men killed (restated)", core=False)
g("pr137", "took Philadelphia’s homicides to at least 551 this year", "at least 551", "killed", 551, None,
  speaker="Philadelphia Police Department", subject="city's killings this year (restated)", core=False,
  scope="aggregate")
g("pr137", "Gunfire has been responsible for at least 474 of the killings", "at least 474 of the killings",
  "killed", 474, None, speaker="the city controller’s office", subject="gun killings this year (subset)",
  core=False, scope="aggregate")
g("pr137", "more than 1,800 people have been victims of nondeadly gunfire", "more than 1,800 people", "injured",
  1801, None, speaker="the city controller’s office", subject="non-fatal shooting victims this year",
  scope="aggregate")
n("pr137", "which was last updated Dec. 23", "Dec. 23", "date")
t("pr137", "killed", 2, 2, "stated")

# pr138 time.com: around 50 massacred over the weekend; "Recent attacks ... have killed 50 civilians and
# driven out 15,000 people" (Reuters) restates the dead and adds the displaced; Chibok kidnapping background
g("pr138", "massacred around 50 civilians in nearby villages over the weekend", "around 50 civilians", "killed",
  50, 50, vague=True, subject="weekend's dead")
g("pr138", "Recent attacks on villages in the region have killed 50 civilians", "50 civilians", "killed", 50, 50,
  speaker="Reuters", subject="weekend's dead (restated)", core=False)
g("pr138", "have killed 50 civilians and driven out 15,000 people", "15,000 people", "displaced", 15000, 15000,
  speaker="Reuters", subject="villagers driven out")
g("pr138", "its kidnapping of 200 girls earlier this year", "200 girls", "captured", 200, 200,
  subject="Chibok girls", scope="background")
n("pr138", "The five-year old insurgent group", "five-year old", "duration")
g("pr138", "its fighters kidnapped more than 200 girls from a school", "more than 200 girls", "captured", 201,
  None, subject="Chibok girls (restated)", core=False, scope="background")
n("pr138", "The 100 Must-Read Books of 2024", "100", "other")
n("pr138", "The 20 Best Christmas TV Episodes", "20", "other")
t("pr138", "killed", 50, 50, "stated")
t("pr138", "displaced", 15000, 15000, "stated")
# Batch of session 14 (s14wire): pr096-pr099, pr123-pr126, several separate incidents told in one dispatch in
# successive paragraphs without an opener that announces them, some with a stated total covering them (wire
# README). Gold written by hand before any claimex run on these pages.
# pr096 zeenews (AFP): a stated total of eight, its five incidents told one by one
g("pr096", "Iraq violence kills eight\n", "eight", "killed", 8, 8, subject="people killed across Iraq (headline)",
  core=False)
g("pr096", "Violence in central and northern Iraq killed eight people", "eight people", "killed", 8, 8,
  subject="people killed across Iraq (standfirst)")
g("pr096", "four of them troops.", "four of them", "killed", 4, 4, subject="troops among the dead", core=False)
g("pr096", "northern Iraq killed eight people, four of them troops, on Sunday", "eight people", "killed", 8, 8,
  speaker="security officials", subject="people killed across Iraq (repeat)", core=False)
g("pr096", "four of them troops, on Sunday", "four of them", "killed", 4, 4, speaker="security officials",
  subject="troops among the dead (repeat)", core=False)
g("pr096", "a roadside bomb killed three\nsoldiers", "three\nsoldiers", "killed", 3, 3,
  speaker="Police Colonel Ahmed al-Barazanchi", subject="soldiers in Rashad")
g("pr096", "\"Three\nsoldiers were killed.\"", "Three\nsoldiers", "killed", 3, 3,
  speaker="Police Colonel Ahmed al-Barazanchi", subject="soldiers in Rashad (quoted)", core=False)
g("pr096", "shooting killed a civilian", "a civilian", "killed", 1, 1, speaker="Police Colonel Ahmed al-Barazanchi",
  subject="civilian in Leylan")
n("pr096", "Kirkuk, 240 kilometres", "240 kilometres", "distance")
n("pr096", "(150 miles)", "150 miles", "distance")
g("pr096", "checkpoint killing a\nsoldier", "a\nsoldier", "killed", 1, 1, speaker="police", subject="soldier in Mosul")
g("pr096", "wounding four other people", "four other people", "injured", 4, 4, speaker="police",
  subject="people hurt in Mosul")
g("pr096", "including a soldier\nand a policeman", "a soldier\nand a policeman", "injured", 2, 2, speaker="police",
  subject="soldier and policeman among the Mosul wounded", core=False)
n("pr096", "peak\nin 2006", "2006", "date")
n("pr096", "and 2007, Mosul", "2007", "date")
g("pr096", "Diyala killed two\ncivilians", "two\ncivilians", "killed", 2, 2, speaker="police Major Firaz al-Dulaimi",
  subject="civilians in Diyala")
g("pr096", "attached to a car killed one person", "one person", "killed", 1, 1,
  speaker="an interior ministry official", subject="person in Baghdad")
g("pr096", "wounded four in Wathaq", "four", "injured", 4, 4, speaker="an interior ministry official",
  subject="people hurt in Baghdad")
t("pr096", "killed", 8, 8, "stated")
t("pr096", "injured", 8, 8, "sum")

# pr097 irishtimes (AP): a Kirkuk car bomb, then a Tal Afar blast, a US soldier and a police colonel, no total
g("pr097", "At least three people were killed", "At least three people", "killed", 3, None,
  subject="people killed by the Kirkuk car bomb")
g("pr097", "15 people were wounded", "15 people", "injured", 15, 15, subject="people hurt by the Kirkuk car bomb")
n("pr097", "Kirkuk, 180 miles north", "180 miles", "distance")
g("pr097", "An Iraqi civilian was killed", "An Iraqi civilian", "killed", 1, 1, subject="civilian in Tal Afar")
g("pr097", "nine were wounded in a blast", "nine", "injured", 9, 9, subject="people hurt in Tal Afar")
g("pr097", "nearly 20 insurgents have been killed since Sunday", "nearly 20 insurgents", "killed", 20, 20,
  vague=True, speaker="The US military", subject="insurgents in Tal Afar since Sunday", scope="aggregate")
n("pr097", "about three metric tons", "about three metric tons", "other")
n("pr097", "including 1,282 mines", "1,282 mines", "other")
n("pr097", "628 mortar rounds", "628 mortar rounds", "other")
n("pr097", "825 artillery shells", "825 artillery shells", "other")
g("pr097", "An American soldier died of injuries", "An American soldier", "killed", 1, 1, speaker="the US command",
  subject="US soldier, land mine")
g("pr097", "gunmen assassinated a police colonel", "a police colonel", "killed", 1, 1, speaker="police",
  subject="police colonel in Baghdad")
t("pr097", "killed", 6, None, "sum")
t("pr097", "injured", 24, 24, "sum")

# pr098 twocircles (Xinhua): a stated total, its incidents told one by one (one opener among them)
g("pr098", "Three killed in Iraq violence", "Three", "killed", 3, 3, subject="people killed (headline)", core=False)
g("pr098", "Three people have been killed", "Three people", "killed", 3, 3, speaker="the police",
  subject="people killed in Iraq")
g("pr098", "and 13 injured in separate", "13", "injured", 13, 13, speaker="the police", subject="people hurt in Iraq")
n("pr098", "some 65 km from Baghdad", "65 km", "distance")
g("pr098", "killing one civilian", "one civilian", "killed", 1, 1, speaker="a police source", subject="civilian in Baquba")
g("pr098", "wounding two others, Xinhua", "two others", "injured", 2, 2, speaker="a police source",
  subject="people hurt in Baquba")
g("pr098", "four civilians were wounded", "four civilians", "injured", 4, 4, speaker="the source",
  subject="civilians hurt near Muqdadiyah")
n("pr098", "some 100 km from Baghdad", "100 km", "distance")
n("pr098", "two sticky bombs attached", "two sticky bombs", "other")
n("pr098", "two civilian cars", "two civilian cars", "vehicles")
n("pr098", "in two areas outside", "two areas", "other")
g("pr098", "wounding five people", "five people", "injured", 5, 5, speaker="the source",
  subject="people hurt outside Baquba")
g("pr098", "killing his driver", "his driver", "killed", 1, 1, speaker="an Interior Ministry source",
  subject="army officer's driver in Baghdad")
g("pr098", "a civilian was killed and two wounded", "a civilian", "killed", 1, 1, speaker="a local police source",
  subject="civilian in Mosul")
g("pr098", "and two wounded when", "two", "injured", 2, 2, speaker="a local police source", subject="people hurt in Mosul")
n("pr098", "some 400 km from Baghdad", "400 km", "distance")
t("pr098", "killed", 3, 3, "stated")
t("pr098", "injured", 13, 13, "stated")

# pr099 amwalalghad (CNN): "one of two deadly incidents ... Sunday"; the second told "In one such attack"
g("pr099", "Roadside bomb kills 2 soldiers", "2 soldiers", "killed", 2, 2, subject="soldiers in Dera Bugti (headline)",
  core=False)
g("pr099", "A roadside bomb killed two soldiers", "two soldiers", "killed", 2, 2, subject="soldiers in Dera Bugti")
g("pr099", "injured nine others", "nine others", "injured", 9, 9, subject="people hurt in Dera Bugti")
n("pr099", "one of two deadly incidents", "two deadly incidents", "count")
n("pr099", "home to four major gas fields", "four major gas fields", "other")
g("pr099", "Nawab Akbar Bugti, who was killed in a military raid in 2006", "Nawab Akbar Bugti", "killed", 1, 1,
  subject="rebel leader killed in 2006", scope="background")
n("pr099", "military raid in 2006", "2006", "date")
g("pr099", "six members of a pro-government militia were killed", "six members of a pro-government militia",
  "killed", 6, 6, subject="militia members in Khyber Agency")
n("pr099", "one of seven semiautonomous tribal agencies", "seven semiautonomous tribal agencies", "other")
g("pr099", "killed the militia members", "the militia members", "killed", 6, 6, speaker="Khalid Mumtaz Kundi",
  subject="militia members in Khyber Agency (restated)", core=False)
t("pr099", "killed", 8, 8, "sum")
t("pr099", "injured", 9, 9, "stated")

# pr123 ctvnews (AP): Bajur, then "Also on Saturday" Quetta, "And in" Baluchistan, and "another soldier"
g("pr123", "roadside bomb killed two policemen on Saturday", "two policemen", "killed", 2, 2, speaker="authorities",
  subject="policemen in Bajur")
g("pr123", "the two officers were on security duty", "the two officers", "killed", 2, 2, speaker="Abdus Samad Khan",
  subject="policemen in Bajur (restated)", core=False)
g("pr123", "set off the bomb, killing both", "both", "killed", 2, 2, speaker="Abdus Samad Khan",
  subject="policemen in Bajur (restated)", core=False)
g("pr123", "wounding five people", "five people", "injured", 5, 5, subject="people hurt in Quetta")
g("pr123", "a girl, her mother and a policeman were among the wounded", "a girl, her mother and a policeman",
  "injured", 3, 3, speaker="Asmat Ullah", subject="among the Quetta wounded", core=False)
g("pr123", "two soldiers were killed Saturday", "two soldiers", "killed", 2, 2, subject="soldiers near Turbat")
g("pr123", "the militants suffered heavy losses", "heavy losses", "killed_or_injured", 2, None, vague=True,
  speaker="The military", subject="militants near Turbat")
g("pr123", "another soldier died from a roadside bomb", "another soldier", "killed", 1, 1, speaker="The military",
  subject="soldier in Lakki Marwat")
t("pr123", "killed", 5, 5, "sum")
t("pr123", "injured", 5, 5, "stated")
t("pr123", "killed_or_injured", 2, None, "stated")

# pr124 hamel-goof (an AP copy on a blog): a stated total holding its two bombings; Friday's bombing apart
n("pr124", "Saturday, January 26, 2013", "January 26, 2013", "date")
g("pr124", "At least 12 people were killed in bombings", "At least 12 people", "killed", 12, None, speaker="officials",
  subject="people killed in bombings across Afghanistan")
g("pr124", "including 10 policemen who died", "10 policemen", "killed", 10, 10, speaker="officials",
  subject="policemen in Kunduz", core=False)
g("pr124", "a suicide bomber driving a motorcycle blew himself", "a suicide bomber", "killed", 1, 1,
  speaker="officials", subject="the Kunduz bomber", core=False)
g("pr124", "the head of the provincial counterterrorism department and the traffic police chief",
  "the head of the provincial counterterrorism department and the traffic police chief", "killed", 2, 2,
  speaker="Sayed Sarwar Husseini", subject="named among the Kunduz dead", core=False)
g("pr124", "14 other policemen", "14 other policemen", "injured", 14, 14, speaker="Sayed Sarwar Husseini",
  subject="policemen hurt in Kunduz")
g("pr124", "five civilians were wounded in the explosion", "five civilians", "injured", 5, 5,
  speaker="Sayed Sarwar Husseini", subject="civilians hurt in Kunduz")
g("pr124", "killing one police officer", "one police officer", "killed", 1, 1, subject="police officer in Ghazni")
g("pr124", "and one civilian in the eastern city", "one civilian", "killed", 1, 1, subject="civilian in Ghazni")
g("pr124", "another five people were wounded", "another five people", "injured", 5, 5, speaker="Gen. Zirawer Zahid",
  subject="people hurt in Ghazni")
g("pr124", "killed five civilians", "five civilians", "killed", 5, 5, subject="civilians in Kapisa on Friday",
  scope="background")
g("pr124", "wounded another 25", "another 25", "injured", 25, 25, subject="people hurt in Kapisa on Friday",
  scope="background")
t("pr124", "killed", 12, None, "stated")
t("pr124", "injured", 24, 24, "sum")

# pr125 business-standard (PTI): "killed seven people today", parts that do not reach it, yesterday's mosque apart
g("pr125", "A spate of attacks across Iraq killed seven people today", "seven people", "killed", 7, 7,
  speaker="officials", subject="people killed across Iraq")
g("pr125", "including three who died", "three", "killed", 3, 3, speaker="officials",
  subject="people killed at the Kirkuk base", core=False)
n("pr125", "bloodshed since 2008", "2008", "date")
g("pr125", "more than 4,000 people killed already this year", "more than 4,000 people", "killed", 4001, None,
  subject="people killed in Iraq this year", scope="aggregate")
g("pr125", "At least one soldier was among", "At least one soldier", "killed", 1, None,
  speaker="the medical and security officials", subject="soldier among the Kirkuk dead", core=False)
g("pr125", "among three people killed by the car bombing", "three people", "killed", 3, 3,
  speaker="the medical and security officials", subject="people killed at the Kirkuk base")
g("pr125", "two civilians were killed in separate attacks", "two civilians", "killed", 2, 2, speaker="officials",
  subject="civilians in Mosul")
g("pr125", "killing 30 people", "30 people", "killed", 30, 30, subject="worshippers at a Baghdad mosque yesterday",
  scope="background")
g("pr125", "wounding 55", "55", "injured", 55, 55, subject="worshippers at a Baghdad mosque yesterday",
  scope="background")
g("pr125", "A second suspected suicide bomber", "A second suspected suicide bomber", "killed", 1, 1,
  speaker="witnesses", subject="bomber shot dead by locals yesterday", scope="background")
n("pr125", "in 2006 and 2007, leaving", "2006", "date")
g("pr125", "leaving tens of thousands dead", "tens of thousands", "killed", 20000, 99999, vague=True,
  subject="people killed in the sectarian war of 2006-07", scope="aggregate")
t("pr125", "killed", 7, 7, "stated")

# pr126 vindyarchives (AP): a lead over the attacks on coalition forces, then "A third episode" elsewhere
g("pr126", "2 coalition soldiers killed by bombs", "2 coalition soldiers", "killed", 2, 2,
  subject="coalition soldiers (headline)", core=False)
g("pr126", "killed two coalition soldiers and wounded four", "two coalition soldiers", "killed", 2, 2,
  subject="coalition soldiers in Nangarhar")
g("pr126", "and wounded four in eastern Afghanistan", "four", "injured", 4, 4,
  subject="coalition soldiers hurt in Nangarhar and Khost")
g("pr126", "An Afghan interpreter was also injured", "An Afghan interpreter", "injured", 1, 1,
  subject="interpreter hurt in Nangarhar")
n("pr126", "in the past 10 months", "10 months", "duration")
g("pr126", "More than 400 people, mostly militants, died", "More than 400 people", "killed", 401, None,
  subject="people killed in fighting last month", scope="aggregate")
g("pr126", "400 people, mostly militants", "mostly militants", "killed", 201, None, vague=True,
  subject="militants among last month's dead", core=False, scope="aggregate")
g("pr126", "killing two coalition soldiers, said", "two coalition soldiers", "killed", 2, 2,
  speaker="Lt. Khrysten Darm", subject="coalition soldiers in Nangarhar (restated)", core=False)
g("pr126", "She said one soldier and", "one soldier", "injured", 1, 1, speaker="Lt. Khrysten Darm",
  subject="coalition soldier hurt in Nangarhar")
g("pr126", "one Afghan interpreter were wounded", "one Afghan interpreter", "injured", 1, 1,
  speaker="Lt. Khrysten Darm", subject="interpreter hurt in Nangarhar (restated)", core=False)
g("pr126", "wounding three U.S. soldiers", "three U.S. soldiers", "injured", 3, 3, speaker="a military statement",
  subject="US soldiers hurt in Khost")
g("pr126", "Two soldiers were taken to a medical facility", "Two soldiers", "injured", 2, 2,
  subject="US soldiers hurt in Khost (subset)", core=False)
g("pr126", "The third had minor injuries", "The third", "injured", 1, 1, subject="US soldier hurt in Khost (subset)",
  core=False)
n("pr126", "including dozens of mortar rounds", "dozens of mortar rounds", "other")
g("pr126", "killed three people and wounded at least seven", "three people", "killed", 3, 3, speaker="officials",
  subject="people at a religious school")
g("pr126", "wounded at least seven Tuesday", "at least seven", "injured", 7, None, speaker="officials",
  subject="people hurt at a religious school")
t("pr126", "killed", 5, 5, "sum")
t("pr126", "injured", 12, None, "sum")
# ---- ninth batch (pr147-pr158, session 14, task s14isaf): military and police press releases (wire README) ----
# pr147 centcom.mil: three raids, "the detention of six ISIS operatives, including al-Zubaydi"; a zero for civilians
g("pr147", "resulting in the detention of six ISIS operatives", "six ISIS operatives", "captured", 6, 6,
  subject="ISIS operatives detained in three raids")
g("pr147", "including al-Zubaydi, an Islamic State", "al-Zubaydi", "captured", 1, 1,
  subject="senior official detained (subset)", core=False)
g("pr147", "no civilians were killed or injured", "no civilians", "killed_or_injured", 0, 0, modality="negated",
  subject="civilians (zero)")
n("pr147", "Release Number 20221220-1", "20221220-1", "other")
n("pr147", "Over the past 48 hours", "48 hours", "duration")
n("pr147", "conducted three helicopter raids", "three helicopter raids", "count")
t("pr147", "captured", 6, 6, "stated")
t("pr147", "killed_or_injured", 0, 0, "zero")

# pr148 humenglish (Reuters): one facilitator captured; last week's capture is background; a zero for both raids
g("pr148", "US Central Command captures Islamic State official in Syria raid", "Islamic State official", "captured",
  1, 1, subject="facilitator captured (headline)", core=False)
g("pr148", "capturing Mamduh Ibrahim al-Haji Shaykh", "Mamduh Ibrahim al-Haji Shaykh", "captured", 1, 1,
  speaker="Central Command", subject="facilitator captured")
g("pr148", "it had captured Abu Halil al-Fad’ani", "Abu Halil al-Fad’ani", "captured", 1, 1,
  speaker="the Central Command forces", subject="official captured a week before", scope="background")
g("pr148", "No civilians were injured or killed during both operations", "No civilians", "killed_or_injured", 0, 0,
  modality="negated", speaker="both Central Command statements", subject="civilians (zero)")
n("pr148", "in northern Syria on Sept. 28", "Sept. 28", "date")
n("pr148", "during a raid on September 25", "September 25", "date")
t("pr148", "captured", 1, 1, "enumerated")
t("pr148", "killed_or_injured", 0, 0, "zero")

# pr149 izzso (Trinidad and Tobago police): the night's stated 19, then the arrests division by division
g("pr149", "19 arrested, 4 firearms, ammo and drug seized in overnight in operation\n\nHome", "19 arrested", "captured",
  19, 19, subject="arrests of the night (headline)", core=False)
g("pr149", "19 arrested, 4 firearms, ammo and drug seized in overnight in operation\n\nOperation", "19 arrested",
  "captured", 19, 19, subject="arrests of the night (headline copy)", core=False)
g("pr149", "officers successfully arresting 19 suspects", "19 suspects", "captured", 19, 19,
  subject="arrests of the night")
g("pr149", "Task Force officers arrested three men", "three men", "captured", 3, 3, subject="North Central arrests")
g("pr149", "arrested two men for possession", "two men", "captured", 2, 2, subject="Arima arrests")
g("pr149", "held two suspects, ages 25 and 29", "two suspects", "captured", 2, 2, subject="Maloney arrests")
g("pr149", "they arrested two suspects, ages 52 and 48", "two suspects", "captured", 2, 2, subject="Cumuto arrests")
g("pr149", "a 38-year-old Sangre Grande man was arrested", "a 38-year-old Sangre Grande man", "captured", 1, 1,
  subject="Tunapuna larceny arrest")
n("pr149", "seizing four firearms", "four firearms", "equipment")
n("pr149", "across all ten policing Divisions", "ten", "count")
n("pr149", "around 3:20 pm", "3:20 pm", "time")
n("pr149", "for three other male suspects", "three other male suspects", "count")
n("pr149", "32 rounds of ammunition", "32 rounds", "equipment")
n("pr149", "suspects, ages 25 and 29", "ages 25 and 29", "age")
n("pr149", "suspects, ages 52 and 48", "ages 52 and 48", "age")
n("pr149", "1.5 kilogrammes of marijuana", "1.5 kilogrammes", "other")
t("pr149", "captured", 19, 19, "stated")

# pr150 pgsheriff (sheriff's press office): 85 arrests in a warrant sweep plus one additional arrest
g("pr150", "The operation resulted in 85 arrests to close", "85 arrests", "captured", 85, 85,
  subject="warrant sweep arrests")
g("pr150", "Among the charges of the 85 arrests", "85 arrests", "captured", 85, 85,
  subject="warrant sweep arrests (restated)", core=False)
g("pr150", "made an additional arrest for Possession", "an additional arrest", "captured", 1, 1,
  subject="drug possession arrest")
g("pr150", "this operation with 85 arrests", "85 arrests", "captured", 85, 85, speaker="Captain William Mints",
  subject="warrant sweep arrests (restated)", core=False)
n("pr150", "The twelve teams went to 250 residences", "250 residences", "count")
n("pr150", "closing over 200 violent crime warrants", "over 200", "count")
n("pr150", "to close 104 warrants", "104 warrants", "count")
n("pr150", "were 44 first and second degree assaults", "44", "count")
n("pr150", "recovered two handguns", "two handguns", "equipment")
n("pr150", "at 301-780-2773", "301-780-2773", "phone")
t("pr150", "captured", 86, 86, "sum")

# pr151 geeskaafrika (Xinhua): AMISOM ambush, three militants killed, no losses of the forces
g("pr151", "killed at least three Al-Shabaab militants", "at least three Al-Shabaab militants", "killed", 3, None,
  subject="militants killed")
g("pr151", "killed the three militants in Abdala Birole", "the three militants", "killed", 3, 3,
  speaker="Joe Kibet", subject="militants killed (restated)", core=False)
g("pr151", "without sustaining any casualties", "without sustaining any casualties", "killed_or_injured", 0, 0,
  modality="negated", speaker="Kibet", subject="AMISOM and Somali forces (zero)")
n("pr151", "some 60 km southwest", "60 km", "distance")
t("pr151", "killed", 3, None, "stated")

# pr152 allafrica (Defence Headquarters weekly briefing): three neutralized; arrests told place by place
g("pr152", "No fewer than three terrorists were neutralized", "No fewer than three terrorists", "killed", 3, None,
  subject="terrorists neutralized near the convoy")
g("pr152", "a cattle rustler/kidnapper was arrested", "a cattle rustler/kidnapper", "captured", 1, 1,
  speaker="Maj. Gen. John Enenche", subject="Takum arrest")
g("pr152", "two kidnappers, Yahaya Mohammed and Juli Ardo were arrested", "two kidnappers", "captured", 2, 2,
  speaker="Enenche", subject="Bauchi arrests")
g("pr152", "all the suspects were handed over", "all the suspects", "captured", 2, None, vague=True,
  speaker="Enenche", subject="the suspects (restated)", core=False)
g("pr152", "arrested 13 suspected bandits' collaborators", "13 suspected bandits' collaborators", "captured", 13, 13,
  speaker="Enenche", subject="Tangaza arrests")
n("pr152", "scores of devastating hits", "scores of devastating hits", "count")
t("pr152", "killed", 3, None, "stated")
t("pr152", "captured", 16, 16, "sum")

# pr153 dailypost (Nigerian Army statement): killed 5 + 2; 11 surrendered, 4 arrested, one named member apprehended;
# the retired general's kidnap is background
g("pr153", "arrested suspected kidnappers of retired military officer", "retired military officer", "captured", 1, 1,
  subject="general kidnapped earlier (lead)", core=False, scope="background")
g("pr153", "the troops neutralised five terrorists", "five terrorists", "killed", 5, 5, speaker="the Nigerian Army",
  subject="Logomani ambush")
g("pr153", "11 Boko Haram fighters, along with their family members, voluntarily surrendered", "11 Boko Haram fighters",
  "captured", 11, 11, subject="Gwoza surrenders")
g("pr153", "Two terrorists were neutralised while", "Two terrorists", "killed", 2, 2, subject="Wulle ambush")
g("pr153", "arrested four suspects connected to the kidnap", "four suspects", "captured", 4, 4,
  speaker="the Nigerian Army", subject="Imo arrests")
g("pr153", "the kidnap of retired Major General Richard Duru", "retired Major General Richard Duru", "captured", 1, 1,
  speaker="the Nigerian Army", subject="general kidnapped earlier", scope="background")
g("pr153", "troops apprehended a notorious member", "a notorious member", "captured", 1, 1,
  subject="Anambra arrest")
g("pr153", "The suspect, who had been on", "The suspect", "captured", 1, 1, subject="Anambra arrest (restated)",
  core=False)
n("pr153", "\u201cOn 27 August 2024", "27 August 2024", "date")
n("pr153", "one AK-47 rifle, a magazine, and two bicycles", "two bicycles", "equipment")
n("pr153", "the sum of five million naira", "five million naira", "money")
n("pr153", "totalling N5,048,105", "N5,048,105", "money")
n("pr153", "three vehicles, six laptops", "six laptops", "equipment")
n("pr153", "Six cartridges, five machetes", "five machetes", "equipment")
t("pr153", "killed", 7, 7, "sum")
t("pr153", "captured", 16, 16, "sum")

# pr154 enterprisetvnews (NAN): 15 killed; 42 arrested = 15 + 25 + 2 (partitions by place); the rescued are no rows
g("pr154", "Neutralises 15 Terrorists, Arrests", "15 Terrorists", "killed", 15, 15, subject="terrorists killed (headline)",
  core=False)
g("pr154", "Arrests 42 Suspects, and Rescues", "42 Suspects", "captured", 42, 42, subject="arrests (headline)",
  core=False)
g("pr154", "it has killed 15 terrorists, arrested 42 criminal suspects", "15 terrorists", "killed", 15, 15,
  speaker="The Nigerian Army", subject="terrorists killed")
g("pr154", "it has killed 15 terrorists, arrested 42 criminal suspects", "42 criminal suspects", "captured", 42, 42,
  speaker="The Nigerian Army", subject="arrests")
g("pr154", "Fifteen terrorists were killed in the encounters", "Fifteen terrorists", "killed", 15, 15,
  subject="terrorists killed (restated)", core=False)
g("pr154", "led to the arrest of 15 suspects", "15 suspects", "captured", 15, 15, subject="Kaduna arrests")
g("pr154", "troops apprehended 25 suspects in Bayelsa", "25 suspects", "captured", 25, 25, subject="Bayelsa arrests")
g("pr154", "and two in Delta in connection", "two", "captured", 2, 2, subject="Delta arrests")
n("pr154", "Rescues 30 Kidnap Victims", "30 Kidnap Victims", "count")
n("pr154", "rescued 30 kidnapped victims", "30 kidnapped victims", "count")
n("pr154", "freed 27 kidnapped passengers", "27 kidnapped passengers", "count")
n("pr154", "Three additional victims were rescued", "Three additional victims", "count")
t("pr154", "killed", 15, 15, "stated")
t("pr154", "captured", 42, 42, "stated")

# pr155 dawn (ISPR): three killed and two injured in two IBOs; "several apprehended" in the lead is the body's seven
g("pr155", "3 terrorists killed during intelligence-based operations", "3 terrorists", "killed", 3, 3,
  subject="terrorists killed (headline)", core=False)
g("pr155", "Three terrorists were killed and several apprehended", "Three terrorists", "killed", 3, 3,
  speaker="the military’s media affairs wing", subject="terrorists killed")
g("pr155", "Three terrorists were killed and several apprehended", "several", "captured", 3, 9, vague=True,
  speaker="the military’s media affairs wing", subject="terrorists apprehended")
g("pr155", "The ISPR said three terrorists, including", "three terrorists", "killed", 3, 3, speaker="The ISPR",
  subject="terrorists killed (restated)", core=False)
g("pr155", "militant commander Jabbar Shah alias Shah Alam", "militant commander Jabbar Shah", "killed", 1, 1,
  speaker="The ISPR", subject="commander killed (subset)", core=False)
g("pr155", "while two others were injured", "two others", "injured", 2, 2, speaker="The ISPR",
  subject="terrorists injured")
g("pr155", "seven terrorists were apprehended during an IBO", "seven terrorists", "captured", 7, 7, speaker="the ISPR",
  subject="Miran Shah arrests")
g("pr155", "commander Mehtab alias Lala was also among those arrested", "commander Mehtab alias Lala", "captured", 1, 1,
  speaker="the ISPR", subject="commander arrested (subset)", core=False)
g("pr155", "a \u201chardcore militant\u201d and founder", "a \u201chardcore militant\u201d", "captured", 1, 1,
  speaker="the ISPR", subject="BNA founder captured earlier", scope="background")
n("pr155", "Published 02 May, 2023 12:12am", "02 May, 2023", "date")
n("pr155", "in three separate intelligence-based operations", "three separate intelligence-based operations", "count")
n("pr155", "conducted two separate IBOs", "two separate IBOs", "count")
t("pr155", "killed", 3, 3, "stated")
t("pr155", "injured", 2, 2, "stated")
t("pr155", "captured", 7, 7, "stated")

# pr156 fingerlakes (Rudaw copy): "multiple" killed and wounded, "more than a dozen fighters" captured
g("pr156", "announces killing, capture of \u2018multiple\u2019 militants", "\u2018multiple\u2019 militants", "killed", 2, None,
  vague=True, subject="militants killed (headline)", core=False)
g("pr156", "announces killing, capture of \u2018multiple\u2019 militants", "\u2018multiple\u2019 militants", "captured", 2, None,
  vague=True, subject="militants captured (headline)", core=False)
g("pr156", "\"multiple\" ISIS militants were killed and wounded", "\"multiple\" ISIS militants", "killed_or_injured", 2, None,
  vague=True, speaker="The international counter-Islamic State (ISIS) coalition", subject="militants killed and wounded")
g("pr156", "\u201cmore than a dozen fighters\u201d were captured", "more than a dozen fighters", "captured", 13, None,
  subject="fighters captured")
t("pr156", "killed_or_injured", 2, None, "stated")
t("pr156", "captured", 13, None, "stated")

# pr157 syriacpress: three captured, then told one by one; no civilians harmed; an earlier killing is background
g("pr157", "Coalition captures 3 ISIS members", "3 ISIS members", "captured", 3, 3, subject="ISIS members (headline)",
  core=False)
g("pr157", "resulted in the capture of three members of the Islamic State", "three members of the Islamic State",
  "captured", 3, 3, subject="ISIS members captured")
g("pr157", "the capture of Hudaydah al Yemeni", "Hudaydah al Yemeni", "captured", 1, 1, speaker="CENTCOM",
  subject="facilitator captured (told one by one)", core=False)
g("pr157", "and two of his associates, will", "two of his associates", "captured", 2, 2, speaker="CENTCOM",
  subject="associates captured (told one by one)", core=False)
g("pr157", "No civilians were harmed during the operation", "No civilians", "killed_or_injured", 0, 0,
  modality="negated", subject="civilians (zero)")
g("pr157", "it had killed a senior ISIS leader in Syria", "a senior ISIS leader", "killed", 1, 1,
  speaker="the US military", subject="al-Jubouri killed earlier", scope="background")
t("pr157", "captured", 3, 3, "stated")
t("pr157", "killed_or_injured", 0, 0, "zero")

# pr158 centcom.mil (NSOCC-A release, Resolute Support era): a strike kills 30
g("pr158", "Kinetic Strikes Kill Dozens of Taliban Fighters", "Dozens of Taliban Fighters", "killed", 24, 99, vague=True,
  subject="Taliban killed (headline)", core=False)
g("pr158", "resulted in 30 Taliban killed", "30 Taliban", "killed", 30, 30, subject="Taliban killed in the strike")
n("pr158", "conducted two kinetic strikes", "two kinetic strikes", "count")
n("pr158", "Established in 2015", "2015", "date")
t("pr158", "killed", 30, 30, "stated")

# Tenth batch (session 14, task s14nouns): people named by what they did (bandits, poachers, rustlers, pirates,
# burglars); gold written by hand before any run.

# pr164 stabroeknews: three alleged bandits shot dead by police (shootings README)
g("pr164", "Three alleged bandits were earlier today shot and killed by police", "Three alleged bandits", "killed",
  3, 3, subject="alleged bandits shot by police")
n("pr164", "came under fire around 1 pm", "1 pm", "time")
t("pr164", "killed", 3, 3, "stated")

# pr165 newindianexpress: a poacher shot dead by forest staff; the gang of eight to 10 is no casualty figure
g("pr165", "'Poacher' shot dead by foresters", "'Poacher'", "killed", 1, 1, subject="poacher (headline)", core=False)
g("pr165", "A 26-year-old poacher was shot dead by forest staff", "A 26-year-old poacher", "killed", 1, 1,
  subject="poacher shot by forest staff")
g("pr165", "Manu, a resident of Bhimanabeedu in Gundlupet taluk, was killed", "Manu", "killed", 1, 1,
  speaker="Foresters", subject="poacher (named)", core=False)
g("pr165", "poacher Manu was hit by a bullet fired by the guards", "poacher Manu", "killed", 1, 1,
  subject="poacher (restated)", core=False)
n("pr165", "a gang of around eight to 10 poachers entered", "around eight to 10", "count")
n("pr165", "between 3.30 a.m. and 4 a.m.", "3.30 a.m.", "time")
n("pr165", "The foresters recovered 120 kg of meat", "120 kg", "other")
t("pr165", "killed", 1, 1, "stated")

# pr166 punchng: two suspected cattle rustlers arrested, then named (shootings README rule 8)
g("pr166", "have arrested two suspected cattle rustlers", "two suspected cattle rustlers", "captured", 2, 2,
  subject="cattle rustlers arrested")
g("pr166", "The police said the two suspects were arrested", "the two suspects", "captured", 2, 2,
  speaker="The police", subject="rustlers arrested (restated)", core=False)
g("pr166", "one Mohammed Mohammed (22years old) and Yahu Bello (42years old) were arrested",
  "one Mohammed Mohammed (22years old) and Yahu Bello (42years old)", "captured", 2, 2, speaker="Abutu",
  subject="rustlers arrested (named)", core=False)
n("pr166", "a N500, 000 cow", "N500, 000", "money")
n("pr166", "On April 30, 2022 at about", "April 30, 2022", "date")
n("pr166", "at about 2.30 pm", "2.30 pm", "time")
n("pr166", "a cow valued at N500,000", "N500,000", "money")
t("pr166", "captured", 2, 2, "stated")

# pr167 latimes photo caption: three pirates killed, one taken into custody, the captain held hostage (wire README;
# hostages are captured, rule 10)
g("pr167", "U.S. Navy snipers killed three pirates", "three pirates", "killed", 3, 3, subject="pirates killed")
g("pr167", "One of the pirates was taken into custody", "One of the pirates", "captured", 1, 1,
  subject="pirate taken into custody")
g("pr167", "holding an American cargo-ship captain hostage", "an American cargo-ship captain", "captured", 1, 1,
  subject="captain held hostage")
n("pr167", "hostage for five days", "five days", "duration")
n("pr167", "about 350 miles off the Somalia coast", "350 miles", "distance")
n("pr167", "APRIL 13: Pirates killed", "APRIL 13", "date")
t("pr167", "killed", 3, 3, "stated")
t("pr167", "captured", 2, 2, "sum")

# pr168 fox2detroit: two burglars arrested (shootings README rule 8)
g("pr168", "Two burglars who hit numerous homes in the tri-county area were arrested", "Two burglars", "captured",
  2, 2, subject="burglars arrested")
n("pr168", "linked to at least six break-ins", "at least six", "count")
n("pr168", "An investigation started July 7", "July 7", "date")
n("pr168", "as a 42-year-old resident of Clinton Township", "42-year-old", "age")
n("pr168", "a 29-year-old resident of Detroit", "29-year-old", "age")
t("pr168", "captured", 2, 2, "stated")

# ---- batch of session 15, s15dead2 (pr189-pr194): the lead "X is dead" with a/an (the told_as_state frame);
# pr189 tells the death only there, the other five retell it (contrast). Shootings README rules; gold blind.
# pr189 wsmv Madison: "a male is dead", told nowhere else
n("pr189", " date 2023-01-05 MADISON", "2023-01-05", "date")
g("pr189", "Metro Police confirmed that a male is dead after a shooting near Madison Park", "a male", "killed", 1,
  1, speaker="Metro Police", subject="male shot")
n("pr189", "the 500 block of North Dupont Avenue", "500", "address")
n("pr189", "in Madison around 7 p.m.", "7 p.m.", "time")
n("pr189", "there were more than 50 shell casings", "more than 50", "count")
t("pr189", "killed", 1, 1, "enumerated")

# pr190 abc15 west Phoenix: "A man is dead", retold by "located a man" and "the victim ... died"
n("pr190", " date 2024-05-15 PHOENIX", "2024-05-15", "date")
g("pr190", "A man is dead after a shooting near 27th Avenue and Indian School Road", "A man", "killed", 1, 1,
  subject="man shot")
n("pr190", "near 27th Avenue and Indian School Road", "27th", "address")
n("pr190", "to the scene around 10 p.m.", "10 p.m.", "time")
g("pr190", "they located a man with at least one gunshot wound", "a man", "killed", 1, 1,
  subject="man shot (restated)", core=False)
n("pr190", "with at least one gunshot wound", "at least one", "count")
g("pr190", "the victim, who has not been publicly identified, died from his injuries at a hospital", "the victim",
  "killed", 1, 1, speaker="Police", subject="man shot (restated)", core=False)
n("pr190", "ABC15 will continue", "ABC15", "other")
t("pr190", "killed", 1, 1, "enumerated")

# pr191 river105 Meeker County: "A woman is dead and her husband is in custody", retold ("found a woman dead")
n("pr191", " date 2023-12-29 A woman", "2023-12-29", "date")
g("pr191", "A woman is dead and her husband is in custody", "A woman", "killed", 1, 1, subject="wife")
g("pr191", "A woman is dead and her husband is in custody", "her husband", "captured", 1, 1,
  subject="husband in custody")
n("pr191", "Just after 10 a.m. Thursday", "10 a.m.", "time")
n("pr191", "a man called 911", "911", "phone")
g("pr191", "a man called 911 to report he had shot his wife", "his wife", "killed", 1, 1,
  speaker="Sheriff Brian Cruze", subject="wife (restated)", core=False)
g("pr191", "where they found a woman dead", "a woman", "killed", 1, 1, subject="wife (restated)", core=False)
g("pr191", "Two children in the home at the time of the incident were not hurt", "Two children", "injured", 0, 0,
  modality="negated", subject="children not hurt")
t("pr191", "killed", 1, 1, "enumerated")
t("pr191", "captured", 1, 1, "enumerated")
t("pr191", "injured", 0, 0, "zero")

# pr192 wkrg Gonzalez: "A man is dead and a suspect is in custody", both retold; cumulative ordinals (rule 6)
g("pr192", "A man is dead and a suspect is in custody after a shooting on Packwood Drive", "A man", "killed", 1, 1,
  speaker="the Escambia County Sheriff\u2019s Office", subject="man shot")
g("pr192", "A man is dead and a suspect is in custody after a shooting on Packwood Drive", "a suspect",
  "captured", 1, 1, speaker="the Escambia County Sheriff\u2019s Office", subject="suspect in custody")
n("pr192", "at about 1:10 p.m. Friday", "1:10 p.m.", "time")
g("pr192", "A man was found dead from a gunshot wound", "A man", "killed", 1, 1, subject="man shot (restated)",
  core=False)
g("pr192", "Another man is in custody", "Another man", "captured", 1, 1, subject="suspect in custody (restated)",
  core=False)
g("pr192", "This is the third homicide in Escambia County this week", "the third homicide", "killed", 3, 3,
  subject="county homicides this week", scope="aggregate")
g("pr192", "and the 20th homicide of the year", "the 20th homicide", "killed", 20, 20,
  subject="county homicides this year", scope="aggregate")
n("pr192", "WKRG News 5 is working", "5", "other")
t("pr192", "killed", 1, 1, "enumerated")
t("pr192", "captured", 1, 1, "enumerated")

# pr193 myfox8 Halifax: "A woman is dead and a man is in critical condition", each retold; an arrest
n("pr193", " date 2020-10-03 HALIFAX", "2020-10-03", "date")
g("pr193", "A woman is dead and a man is in critical condition following a double shooting", "A woman", "killed",
  1, 1, subject="woman")
g("pr193", "A woman is dead and a man is in critical condition following a double shooting", "a man", "injured",
  1, 1, subject="man")
n("pr193", "the 5000 block of Highway 301", "5000", "address")
n("pr193", "shortly after 11 p.m.", "11 p.m.", "time")
g("pr193", "located two shooting victims", "two shooting victims", "killed_or_injured", 2, 2,
  subject="both victims (restated)", core=False)
g("pr193", "27-year-old Latrice Avent of Halifax was pronounced deceased at the scene",
  "27-year-old Latrice Avent of Halifax", "killed", 1, 1, speaker="Authorities", subject="woman (restated)",
  core=False)
g("pr193", "The man sustained multiple gunshot wounds and was transported to the hospital", "The man", "injured",
  1, 1, subject="man (restated)", core=False)
n("pr193", "sustained multiple gunshot wounds", "multiple", "count")
g("pr193", "30-year-old Shermanda Louise Taylor of Halifax was taken into custody at her home",
  "30-year-old Shermanda Louise Taylor of Halifax", "captured", 1, 1, speaker="Authorities",
  subject="suspect arrested")
n("pr193", "charged with one count of Murder", "one count", "count")
n("pr193", "and one count of Attempted Murder", "one count", "count")
g("pr193", "She is being held without bond", "She", "captured", 1, 1, subject="suspect arrested (restated)",
  core=False)
t("pr193", "killed", 1, 1, "enumerated")
t("pr193", "injured", 1, 1, "enumerated")
t("pr193", "captured", 1, 1, "enumerated")

# pr194 katc Lafayette: "A woman is dead and a man is recovering", retold ("the woman later died")
g("pr194", "A woman is dead and a man is recovering after an early morning shooting", "A woman", "killed", 1, 1,
  subject="woman")
g("pr194", "A woman is dead and a man is recovering after an early morning shooting", "a man", "injured", 1, 1,
  subject="man")
n("pr194", "happened around 6:30 a.m.", "6:30 a.m.", "time")
n("pr194", "in the 1300 block of NE Evangeline Thruway", "1300", "address")
g("pr194", "they found a man and woman with gunshot wounds", "a man and woman", "killed_or_injured", 2, 2,
  subject="both victims (restated)", core=False)
g("pr194", "Both were taken to a hospital, where the woman later died", "Both", "killed_or_injured", 2, 2,
  subject="both victims (restated)", core=False)
g("pr194", "where the woman later died", "the woman", "killed", 1, 1, subject="woman (restated)", core=False)
g("pr194", "The man remains hospitalized and is listed in stable condition", "The man", "injured", 1, 1,
  subject="man (restated)", core=False)
n("pr194", "Crime Stoppers at 232-TIPS", "232-TIPS", "phone")
t("pr194", "killed", 1, 1, "enumerated")
t("pr194", "injured", 1, 1, "enumerated")
# ---- batch of session 15, task s15isaf (pr183-pr188): press releases with arrest lists and recaptures (wire README;
# recaptured escapees are captured, decision 1 of the batch) ----
# pr183 leadership.ng (Nigerian Army statement): three kidnappers arrested; a terrorist neutralised; in a separate
# operation three cattle-rustling suspects arrested
g("pr183", "the kidnappers rigorously tortured their victim", "their victim", "injured", 1, 1,
  speaker="The Nigerian Army", subject="kidnap victim tortured")
g("pr183", "The troops arrested the three kidnappers on Thursday", "the three kidnappers", "captured", 3, 3,
  subject="Lankaviri kidnappers arrested")
g("pr183", "neutralised a notorious terrorist identified as Gambo Kachallah", "a notorious terrorist", "killed", 1, 1,
  subject="terrorist neutralised")
g("pr183", "He was killed during a patrol", "He", "killed", 1, 1, subject="terrorist (restated)", core=False)
g("pr183", "troops arrested three suspects, identified as Peter Sale", "three suspects", "captured", 3, 3,
  subject="Mangu cattle-rustling suspects arrested")
n("pr183", "by three armed kidnappers in Lankaviri", "three armed kidnappers", "count")
n("pr183", "three locally fabricated guns recovered", "three locally fabricated guns", "equipment")
n("pr183", "7 rounds of 7.62mm Special ammunition", "7 rounds", "equipment")
n("pr183", "a motorbike and 2 phones", "2 phones", "equipment")
t("pr183", "captured", 6, 6, "sum")
t("pr183", "killed", 1, 1, "enumerated")
t("pr183", "injured", 1, 1, "enumerated")

# pr184 afghanistantimes (Afghan National Army press statement): three detained and one surrendered in Badakhshan;
# in a separate incident in Faryab five killed, three arrested and another surrendered
g("pr184", "Three would-be suicide bombers have been detained", "Three would-be suicide bombers", "captured", 3, 3,
  speaker="the army", subject="would-be bombers detained")
g("pr184", "one Taliban militant, identified as Nawaz, surrendered", "one Taliban militant", "captured", 1, 1,
  speaker="It", subject="Jurm surrender")
g("pr184", "five Taliban insurgents were killed in a clash", "five Taliban insurgents", "killed", 5, 5,
  speaker="the statement", subject="Faryab clash dead")
g("pr184", "Three more were arrested while another surrendered", "Three more", "captured", 3, 3,
  subject="Faryab arrests")
g("pr184", "Three more were arrested while another surrendered", "another", "captured", 1, 1,
  subject="Faryab surrender")
n("pr184", "detained with three suicide vests", "three suicide vests", "equipment")
n("pr184", "Amy\u2019s 209th Cops Shaheen", "209th", "other")
t("pr184", "captured", 8, 8, "sum")
t("pr184", "killed", 5, 5, "stated")

# pr185 polandsun: the sheriff's department's five escaped prisoners recaptured (one arrested in Missouri, four found
# in Ohio); the site's teasers for other stories are background
g("pr185", "all five prisoners who escaped last week", "all five prisoners", "captured", 5, 5,
  speaker="Missouri police", subject="escapees recaptured")
g("pr185", "one of the prisoners was arrested without incident", "one of the prisoners", "captured", 1, 1,
  speaker="the St. Francois County Sheriff's Department", subject="escapee arrested in Missouri")
g("pr185", "the other four were located hours later in Ohio", "the other four", "captured", 4, 4,
  speaker="the St. Francois County Sheriff's Department", subject="escapees found in Ohio")
g("pr185", "all escaped inmates have been located and taken into custody", "all escaped inmates", "captured", 2, None,
  vague=True, speaker="the department", subject="escapees (restated)", core=False)
g("pr185", "has cost tens of thousands of lives", "tens of thousands of lives", "killed", 20000, 99999, vague=True,
  subject="war in Ukraine (teaser)", core=False, scope="background")
g("pr185", "could be hosting 180,000 refugees", "180,000 refugees", "displaced", 180000, 180000,
  modality="hypothetical", speaker="senior civil servants", subject="refugees in Ireland (teaser)", core=False,
  scope="background")
n("pr185", "26 Jan 2023, 01:47 GMT+10", "26 Jan 2023", "date")
n("pr185", "the five fugitives broke out", "the five fugitives", "count")
n("pr185", "Detention Center on January 17 by", "January 17", "date")
n("pr185", "walked for about 15 minutes", "about 15 minutes", "duration")
n("pr185", "Three of the prisoners are known sex offenders", "Three of the prisoners", "count")
n("pr185", "while two others held on felony warrants", "two others", "count")
n("pr185", "Ending a three-year run of profits", "three-year", "duration")
t("pr185", "captured", 5, 5, "stated")

# pr186 247ureports (Kaduna State internal security statement): two kidnappers arrested by police, two bandits by
# troops; bandits "neutralised" with no figure (no row)
g("pr186", "have arrested two suspected kidnappers along", "two suspected kidnappers", "captured", 2, 2,
  subject="Soba kidnappers arrested")
g("pr186", "troops had apprehended two suspected bandits", "two suspected bandits", "captured", 2, 2,
  speaker="Aruwan", subject="Kauru bandits apprehended")
n("pr186", " date 2021-01-19 Advertisement", "2021-01-19", "date")
n("pr186", "in possession of a rifle and a machete", "a rifle", "equipment")
t("pr186", "captured", 4, 4, "sum")

# pr187 upi (Georgia Bureau of Investigation): two of five escaped inmates recaptured, three still at large
g("pr187", "Two of five inmates who escaped from a prison in Georgia have been recaptured", "Two of five inmates",
  "captured", 2, 2, speaker="authorities", subject="escapees recaptured")
g("pr187", "police had Evans and Jackson back in custody", "Evans and Jackson", "captured", 2, 2,
  subject="escapees recaptured (named)", core=False)
n("pr187", "Officials say 3 of 5 escaped inmates still on the loose", "3 of 5 escaped inmates", "count")
n("pr187", "Nov. 15, 2021 / 12:45 PM", "Nov. 15, 2021", "date")
n("pr187", "Two are murder suspects", "Two", "count")
n("pr187", "All five have violent criminal histories", "All five", "count")
n("pr187", "Williams, 33, is charged", "33", "age")
n("pr187", "Penix, 28, is charged", "28", "age")
n("pr187", "Pooler, 24, is jailed", "24", "age")
n("pr187", "the three remaining inmates may be armed", "the three remaining inmates", "count")
n("pr187", "offered a $5,000 reward", "$5,000", "money")
t("pr187", "captured", 2, 2, "stated")

# pr188 dallasexpress (Louisiana State Police): three more New Orleans escapees recaptured (one in Baton Rouge, two in
# Texas); a separate escape in Arkansas; the escapee's 2017 murder is background
g("pr188", "they have recaptured three more inmates who escaped", "three more inmates", "captured", 3, 3,
  speaker="Louisiana authorities", subject="New Orleans escapees recaptured")
g("pr188", "Lenton Vanburen, Leo Tate, and Jermaine Donald were apprehended",
  "Lenton Vanburen, Leo Tate, and Jermaine Donald", "captured", 3, 3, speaker="Louisiana State Police",
  subject="escapees recaptured (named)", core=False)
g("pr188", "One inmate was arrested in Baton Rouge", "One inmate", "captured", 1, 1,
  speaker="Louisiana State Police", subject="Baton Rouge arrest")
g("pr188", "two others were captured in the Huntsville area", "two others", "captured", 2, 2,
  speaker="Louisiana State Police", subject="Walker County arrests")
g("pr188", "for the 2017 murder of a Gateway City water employee", "a Gateway City water employee", "killed", 1, 1,
  subject="Hardin's murder victim", core=False, scope="background")
n("pr188", "This leaves two inmates still at large", "two inmates", "count")
n("pr188", "from the audacious jailbreak to two", "two", "count")
n("pr188", "A total of 10 escapees", "10 escapees", "count")
n("pr188", "the remaining two inmates continues", "the remaining two inmates", "count")
n("pr188", "with over 200 local, state, and federal", "over 200", "count")
n("pr188", "Grant Hardin, a 56-year-old former police chief", "56-year-old", "age")
n("pr188", "serving a 30-year sentence", "30-year", "duration")
n("pr188", "a 50-year sentence", "50-year", "duration")
n("pr188", "the 1997 rape of a teacher", "1997", "date")
n("pr188", "around 3:40 p.m.", "3:40 p.m.", "time")
n("pr188", "jail on May 16. This", "May 16", "date")
t("pr188", "captured", 3, 3, "stated")

# Batch of session 15 (s15incid): pr175-pr180, separate incidents told in later paragraphs with no opener sentence
# (a new source, new victims, usually a new place); wire README. Gold written by hand before any claimex run.
# pr175 zeenews (AP): a Zabul bomb, "Also today" a Kandahar official, a NATO service member, yesterday's detentions
g("pr175", "Bomb attack in southern Afghanistan kills 3 policemen", "3 policemen", "killed", 3, 3,
  subject="police officers in Zabul (headline)", core=False)
g("pr175", "killed three police officers today in southern", "three police officers", "killed", 3, 3,
  subject="police officers in Zabul (standfirst)")
g("pr175", "killed three police officers today\nin southern", "three police officers", "killed", 3, 3,
  subject="police officers in Zabul (repeat)", core=False)
g("pr175", "militants shot and killed a government\nofficial", "a government\nofficial", "killed", 1, 1,
  speaker="district chief Ahmadullah Nazak", subject="water official in Dand, Kandahar")
g("pr175", "A NATO service member also died today", "A NATO service member", "killed", 1, 1, speaker="the coalition",
  subject="NATO service member, bomb attack")
g("pr175", "59 international service\nmembers have been killed", "59 international service\nmembers", "killed", 59, 59,
  speaker="The Associated Press", subject="international service members this month", scope="aggregate")
g("pr175", "detained more than 10\nsuspected insurgents", "more than 10\nsuspected insurgents", "captured", 11, None,
  subject="insurgents detained in Spin Boldak")
n("pr175", "some 500 pounds of marijuana", "some 500 pounds", "other")
t("pr175", "killed", 5, 5, "sum")
t("pr175", "captured", 11, None, "stated")

# pr176 brecorder (AFP): five policemen at a Kandahar checkpoint, then "Another four policemen" in Helmand
g("pr176", "killing five policemen, a witness and doctor said", "five policemen", "killed", 5, 5,
  speaker="a witness and doctor", subject="policemen at a Kandahar checkpoint")
n("pr176", "Four attackers drove up", "Four attackers", "count")
g("pr176", "Four of the policemen were shot dead", "Four of the policemen", "killed", 4, 4, speaker="a doctor",
  subject="policemen shot dead at the checkpoint (one by one)", core=False)
g("pr176", "one died on the way to hospital", "one", "killed", 1, 1, speaker="a doctor",
  subject="policeman who died on the way (one by one)", core=False)
g("pr176", "Three other officers were wounded", "Three other officers", "injured", 3, 3, speaker="a doctor",
  subject="officers hurt at the Kandahar checkpoint")
g("pr176", "one of them critically", "one of them", "injured", 1, 1, speaker="a doctor",
  subject="officer critically hurt", core=False)
n("pr176", "government in late 2001", "late 2001", "date")
n("pr176", "four of our mujahedin", "four of our mujahedin", "count")
g("pr176", "Another four policemen were shot dead", "Another four policemen", "killed", 4, 4,
  subject="policemen at a Helmand checkpoint")
n("pr176", "spent several hours", "several hours", "duration")
n("pr176", "several trucks supplying", "several trucks", "vehicles")
n("pr176", "operation in late 2001", "late 2001", "date")
n("pr176", "September 11, 2001 attacks", "September 11, 2001", "date")
g("pr176", "More than 2,000 people have died", "More than 2,000 people", "killed", 2001, None,
  subject="people killed in the insurgency since 2005", scope="aggregate")
n("pr176", "the beginning of 2005", "2005", "date")
t("pr176", "killed", 9, 9, "sum")
t("pr176", "injured", 3, 3, "stated")

# pr177 foxnews (AP): the pet market bombs, then Jadida, Mansour and two Kirkuk attacks, each a paragraph, no total
g("pr177", "Two Bombs Kill 5 in Iraqi Pet Market", "5", "killed", 5, 5, subject="people at the pet market (headline)",
  core=False)
n("pr177", "Two Bombs Kill 5", "Two Bombs", "count")
n("pr177", "Two bombs struck", "Two bombs", "count")
g("pr177", "killing at least five people and wounding 57", "at least five people", "killed", 5, None,
  speaker="police", subject="people at the pet market")
g("pr177", "and wounding 57, police said", "57", "injured", 57, 57, speaker="police",
  subject="people hurt at the pet market")
g("pr177", "Five people were killed and 57 wounded", "Five people", "killed", 5, 5, speaker="Lt. Ahmed Muhammad Ali",
  subject="people at the pet market (restated)", core=False)
g("pr177", "57 wounded, some seriously", "57", "injured", 57, 57, speaker="Lt. Ahmed Muhammad Ali",
  subject="people hurt at the pet market (restated)", core=False)
g("pr177", "57 wounded, some seriously", "some", "injured", 2, None, vague=True, speaker="Lt. Ahmed Muhammad Ali",
  subject="seriously hurt at the pet market", core=False)
n("pr177", "About 10 minutes later", "About 10 minutes", "duration")
g("pr177", "killed two civilians and injured five", "two civilians", "killed", 2, 2, speaker="Lt. Ali Abbas",
  subject="civilians near the Jadida mosque")
g("pr177", "killed two civilians and injured five", "five", "injured", 5, 5, speaker="Lt. Ali Abbas",
  subject="people hurt near the Jadida mosque")
g("pr177", "wounding two policemen and damaging", "two policemen", "injured", 2, 2, speaker="Lt. Maitham Abdul Razzaq",
  subject="policemen hurt in Mansour")
g("pr177", "killing him and a bodyguard", "him and a bodyguard", "killed", 2, 2, speaker="police Brig. Sarhat Qadir",
  subject="Col. Ziyad Tariq and a bodyguard in Kirkuk")
g("pr177", "wounding another bodyguard", "another bodyguard", "injured", 1, 1, speaker="police Brig. Sarhat Qadir",
  subject="bodyguard hurt in Kirkuk")
g("pr177", "two members were wounded", "two members", "injured", 2, 2, speaker="police Brig. Sarhat Qadir",
  subject="oil protection force members hurt southwest of Kirkuk")
t("pr177", "killed", 9, 9, "sum")
t("pr177", "injured", 67, 67, "sum")

# pr178 orissapost (Xinhua): a stated total of two blasts, then each blast in a paragraph of its own
n("pr178", " date 2021-03-29 Kabul", "2021-03-29", "date")
g("pr178", "Three police officers were killed", "Three police officers", "killed", 3, 3, speaker="authorities",
  subject="police officers in Laghman")
g("pr178", "two civilians injured in two separate", "two civilians", "injured", 2, 2, speaker="authorities",
  subject="civilians hurt in Kunduz")
n("pr178", "in two separate roadside bomb blasts", "two separate roadside bomb blasts", "count")
g("pr178", "three officers of Afghan National Police (ANP) were killed", "three officers of Afghan National Police",
  "killed", 3, 3, speaker="a provincial source", subject="police officers in Laghman (part of the lead)")
g("pr178", "two civilians were seriously wounded", "two civilians", "injured", 2, 2, speaker="Esmatullah Muradi",
  subject="civilians hurt in Kunduz (part of the lead)")
t("pr178", "killed", 3, 3, "stated")
t("pr178", "injured", 2, 2, "stated")

# pr179 cnn: "A series of attacks" killed five; the Baghdad car bombs and the Baquba market bomb told after it
g("pr179", "5 civilians killed, 32 injured", "5 civilians", "killed", 5, 5, subject="civilians killed (headline)",
  core=False)
g("pr179", "5 civilians killed, 32 injured", "32", "injured", 32, 32, subject="people hurt (headline)", core=False)
n("pr179", "Three attacks involve bombs", "Three attacks", "count")
g("pr179", "Four die and 29 are injured", "Four", "killed", 4, 4, subject="people at the Baquba market (subheadline)",
  core=False)
g("pr179", "Four die and 29 are injured", "29", "injured", 29, 29,
  subject="people hurt at the Baquba market (subheadline)", core=False)
n("pr179", "in less than a day", "less than a day", "duration")
g("pr179", "has killed five civilians and injured dozens more", "five civilians", "killed", 5, 5, speaker="police",
  subject="civilians killed in the series of attacks")
g("pr179", "has killed five civilians and injured dozens more", "dozens more", "injured", 24, 99, vague=True,
  speaker="police", subject="people hurt in the series of attacks")
g("pr179", "exploded and killed the driver", "the driver", "killed", 1, 1, speaker="Baghdad police",
  subject="driver in al-Qadisiya")
g("pr179", "wounded three civilians", "three civilians", "injured", 3, 3, speaker="Baghdad police",
  subject="civilians hurt in al-Liqa Square")
g("pr179", "four civilians were killed and 29 were wounded", "four civilians", "killed", 4, 4,
  speaker="police in Baquba", subject="civilians at the Baquba market")
g("pr179", "four civilians were killed and 29 were wounded", "29", "injured", 29, 29, speaker="police in Baquba",
  subject="people hurt at the Baquba market")
n("pr179", "about 35 miles", "about 35 miles", "distance")
n("pr179", "roughly 60 kilometers", "roughly 60 kilometers", "distance")
t("pr179", "killed", 5, 5, "stated")
t("pr179", "injured", 32, 32, "stated")

# pr180 jpost (AP): a day of car bombs in and around Baghdad, one incident after another, no total
n("pr180", "Five car bombs, other", "Five car bombs", "count")
n("pr180", "five mortar rounds", "five mortar rounds", "count")
g("pr180", "killing two policemen and wounding three", "two policemen", "killed", 2, 2,
  speaker="police Capt. Ahmed Qassim", subject="policemen near al-Mustansiriyah University")
g("pr180", "killing two policemen and wounding three", "three", "injured", 3, 3, speaker="police Capt. Ahmed Qassim",
  subject="people hurt near al-Mustansiriyah University")
g("pr180", "killed at least one person and injured three", "at least one person", "killed", 1, None, speaker="police",
  subject="person killed in Mahmoudiya")
g("pr180", "killed at least one person and injured three", "three", "injured", 3, 3, speaker="police",
  subject="people hurt in Mahmoudiya")
n("pr180", "about 30 kilometers", "about 30 kilometers", "distance")
n("pr180", "(20 miles)", "20 miles", "distance")
g("pr180", "A woman bystander was killed", "A woman bystander", "killed", 1, 1, speaker="police Capt. Rashid al-Samaraie",
  subject="bystander killed in Mahmoudiya (restated)", core=False)
g("pr180", "two policemen were among the wounded", "two policemen", "injured", 2, 2,
  speaker="police Capt. Rashid al-Samaraie", subject="policemen among the Mahmoudiya wounded", core=False)
n("pr180", "three other car bombs exploded", "three other car bombs", "count")
n("pr180", "a city 36 miles", "36 miles", "distance")
n("pr180", "(60 km)", "60 km", "distance")
g("pr180", "killing five and injuring fifteen", "five", "killed", 5, 5, subject="people at the Baqouba market")
g("pr180", "killing five and injuring fifteen", "fifteen", "injured", 15, 15, subject="people hurt at the Baqouba market")
g("pr180", "killing two members of the security force", "two members of the security force", "killed", 2, 2,
  speaker="police", subject="Interior Ministry convoy in eastern Baghdad")
g("pr180", "the security force and injuring three", "three", "injured", 3, 3, speaker="police",
  subject="people hurt at the Interior Ministry convoy")
g("pr180", "injuring at least seven people", "at least seven people", "injured", 7, None, speaker="police",
  subject="people hurt downtown")
g("pr180", "The wounded included four policemen", "four policemen", "injured", 4, 4,
  subject="policemen among the downtown wounded", core=False)
g("pr180", "and three civilian bystanders", "three civilian bystanders", "injured", 3, 3,
  subject="bystanders among the downtown wounded", core=False)
n("pr180", "Two bombs went off", "Two bombs", "count")
g("pr180", "wounding one commando", "one commando", "injured", 1, 1, speaker="police", subject="commando hurt in Dora")
g("pr180", "injuring five policemen", "five policemen", "injured", 5, 5, speaker="al-Mohammedawi",
  subject="policemen hurt in Dora")
g("pr180", "a bank and two civilians", "two civilians", "injured", 2, 2, speaker="al-Mohammedawi",
  subject="civilians hurt in Dora")
g("pr180", "There were no immediate reports of US casualties", "no immediate reports of US casualties",
  "killed_or_injured", 0, 0, modality="negated", subject="US casualties (absence of information)", core=False)
g("pr180", "caused no casualties", "no casualties", "killed_or_injured", 0, 0, modality="negated", speaker="police",
  subject="explosion near the Buratha mosque")
t("pr180", "killed", 10, None, "sum")
t("pr180", "injured", 39, None, "sum")
# ---- pr195-pr200 (session 15, task s15notes2): pages for the notes rules C (vague figures: "scores", "many"),
# D (an inclusion between commas before the cue: "N people, including ..., were/where killed") and E (a
# present-tense active cue: "attack kills 20", "bomber ... kills 16"); wire README; gold written blind.

# pr195 abc.net.au: Tuz Khurmato truck bomb, "Scores dead" (C; wire README)
g("pr195", "Scores dead as truck bomb", "Scores", "killed", 40, 99, vague=True, subject="market bomb (headline)",
  core=False)
g("pr195", "A huge truck bomb killed more than 100 people", "more than 100 people", "killed", 101, None,
  subject="market bomb")
g("pr195", "and wounded 250 in a crowded market", "250", "injured", 250, 250, subject="market bomb")
g("pr195", "putting the death toll at more than 100", "more than 100", "killed", 101, None,
  speaker="Abbas Mohammed Amin", subject="market bomb (restated)", core=False)
g("pr195", "said 115 people had been killed", "115 people", "killed", 115, 115, speaker="Mohammed Rasheed",
  subject="market bomb (mayor)")
g("pr195", "She was wounded in the head and hand", "She", "injured", 1, 1, speaker="Jasim Ali",
  subject="witness's wife (one of the wounded)", core=False)
g("pr195", "eight soldiers had been killed in the past two days", "eight soldiers", "killed", 8, 8,
  speaker="the US military", subject="US soldiers over two days", scope="aggregate")
g("pr195", "A British soldier was also killed", "A British soldier", "killed", 1, 1, subject="Basra fighting")
n("pr195", "60 homes and shops levelled", "60 homes", "count")
n("pr195", "nearly 30,000 additional US troops", "nearly 30,000", "count")
n("pr195", "Jasim Ali, 30, said", "30", "age")
n("pr195", "in the past two days", "two days", "duration")
n("pr195", "raids involving 1,000 troops", "1,000 troops", "count")
t("pr195", "killed", 102, None, "sum")
t("pr195", "injured", 250, 250, "stated")

# pr196 peacefmonline: Peshawar market blast, "scores hurt" (C; wire README)
g("pr196", "Many Dead in Peshawar", "Many", "killed", 2, None, vague=True, subject="market blast (headline)",
  core=False)
g("pr196", "More than 50 people have been killed", "More than 50 people", "killed", 51, None,
  subject="market blast")
g("pr196", "and scores hurt by a large blast", "scores", "injured", 40, 99, vague=True, subject="market blast")
g("pr196", "Similar attacks have killed more than 200 people in recent weeks", "more than 200 people", "killed",
  201, None, subject="attacks of recent weeks", scope="aggregate")
g("pr196", "most of the dead were reported to be women", "most of the dead", "killed", 26, None, vague=True,
  modality="hedged", subject="women among the dead", core=False)
g("pr196", "more than 80 people had been wounded", "more than 80 people", "injured", 81, None,
  speaker="Hamid Afridi", subject="market blast (hospital)")
g("pr196", "when more than 50 people died in an explosion at an historic market", "more than 50 people", "killed",
  51, None, subject="earlier Peshawar market attack", scope="background")
t("pr196", "killed", 51, None, "stated")
t("pr196", "injured", 40, 99, "stated")

# pr197 topnews: Mardan suicide bombing and airstrikes, "At least 20 people, including ..., were killed" (D, E;
# wire README)
g("pr197", "military airstrikes kill 20 in Pakistan", "20", "killed", 20, 20, subject="day's toll (headline)",
  core=False)
g("pr197", "At least 20 people, including five policemen", "At least 20 people", "killed", 20, None,
  subject="suicide bombing and airstrikes")
g("pr197", "including five policemen and eight Taliban militants", "five policemen", "killed", 5, 5,
  subject="policemen among the 20", core=False)
g("pr197", "including five policemen and eight Taliban militants", "eight Taliban militants", "killed", 8, 8,
  subject="militants among the 20", core=False)
g("pr197", "A suicide bomber blew himself up", "A suicide bomber", "killed", 1, 1, subject="bomber", core=False)
g("pr197", "killing five policemen and four civilians in NWFP", "five policemen", "killed", 5, 5,
  subject="Mardan bombing (part of the 20)", core=False)
g("pr197", "killing five policemen and four civilians in NWFP", "four civilians", "killed", 4, 4,
  subject="Mardan bombing (part of the 20)", core=False)
g("pr197", "He was not hurt in the attack", "He", "injured", 0, 0, modality="negated", speaker="Akhtar Ali Shah",
  subject="the officer targeted", core=False)
g("pr197", "Four policemen and four civilians died on the spot", "Four policemen", "killed", 4, 4,
  speaker="Iqbal Khan", subject="Mardan bombing (restated)", core=False)
g("pr197", "Four policemen and four civilians died on the spot", "four civilians", "killed", 4, 4,
  speaker="Iqbal Khan", subject="Mardan bombing (restated)", core=False)
g("pr197", "another police officer succumbed to injuries", "another police officer", "killed", 1, 1,
  speaker="Iqbal Khan", subject="Mardan bombing (restated)", core=False)
g("pr197", "Twelve people were injured in the incident", "Twelve people", "injured", 12, 12,
  subject="Mardan bombing")
n("pr197", "some 50 kilometres north-east", "50 kilometres", "distance")
n("pr197", "dropped some 75 per cent", "75 per cent", "percent")
n("pr197", "over the last 12 months", "12 months", "duration")
n("pr197", "from 18 billion dollars", "18 billion dollars", "money")
n("pr197", "to around 4.3 billion", "4.3 billion", "money")
n("pr197", "by more than 27 per cent", "27 per cent", "percent")
t("pr197", "killed", 20, None, "stated")
t("pr197", "injured", 12, 12, "stated")

# pr198 almanar: Hazara town market bomb, "79 people, including women and children, where killed", the lede
# printed twice (D; wire README)
g("pr198", "79 people, including women and children, where killed, and 180 others wounded in a bomb attack in a "
  "busy market in Pakistan’s", "79 people", "killed", 79, 79, subject="Quetta market bomb")
g("pr198", "79 people, including women and children, where killed, and 180 others wounded in a bomb attack in a "
  "busy market in Pakistan’s", "180 others", "injured", 180, 180, subject="Quetta market bomb")
g("pr198", "Sunday.\n79 people, including women and children, where killed, and 180 others", "79 people", "killed",
  79, 79, subject="Quetta market bomb (lede repeated)", core=False)
g("pr198", "Sunday.\n79 people, including women and children, where killed, and 180 others", "180 others",
  "injured", 180, 180, subject="Quetta market bomb (lede repeated)", core=False)
g("pr198", "The death toll has now risen to 79", "79", "killed", 79, 79, speaker="Wazir Khan Nasir",
  subject="Quetta market bomb (restated)", core=False)
g("pr198", "We fear that several people have been trapped inside", "several people", "missing", 3, 9, vague=True,
  modality="hedged", speaker="Zubair Mehmood", subject="trapped in the collapsed building")
n("pr198", "at around 6:00 pm", "6:00 pm", "time")
n("pr198", "(1300 GMT)", "1300 GMT", "time")
n("pr198", "some 800 kilograms", "800 kilograms", "weight")
n("pr198", "(1,750 pounds)", "1,750 pounds", "weight")
t("pr198", "killed", 79, 79, "stated")
t("pr198", "injured", 180, 180, "stated")
t("pr198", "missing", 3, 9, "stated")

# pr199 newsheads: Mohmand mosque bombing, "Suicide bomber detonates himself at a mosque, kills 16" (E; wire README)
g("pr199", "at a mosque, kills 16", "16", "killed", 16, 16, subject="mosque bombing (headline)", core=False)
g("pr199", "has killed nothing less than 16 people", "nothing less than 16 people", "killed", 16, None,
  speaker="several reports", subject="mosque bombing")
g("pr199", "and wounded more than 20 at a mosque", "more than 20", "injured", 21, None, speaker="several reports",
  subject="mosque bombing")
g("pr199", "A suicide bomber screamed", "A suicide bomber", "killed", 1, 1, subject="bomber", core=False)
g("pr199", "has killed at least 16 people, wounded over 20", "at least 16 people", "killed", 16, None,
  subject="mosque bombing (summary bullet)", core=False)
g("pr199", "has killed at least 16 people, wounded over 20", "over 20", "injured", 21, None,
  subject="mosque bombing (summary bullet)", core=False)
t("pr199", "killed", 16, None, "stated")
t("pr199", "injured", 21, None, "stated")

# pr200 abc.net.au: Paktika roadside bomb, "Bomb kills 12 civilians in Afghanistan" (E; wire README)
g("pr200", "Bomb kills 12 civilians in Afghanistan", "12 civilians", "killed", 12, 12,
  subject="Paktika bomb (headline)", core=False)
g("pr200", "killing 12 civilians and wounding five others", "12 civilians", "killed", 12, 12, subject="Paktika bomb")
g("pr200", "killing 12 civilians and wounding five others", "five others", "injured", 5, 5, subject="Paktika bomb")
g("pr200", "The dead included five children, two women and five men", "five children", "killed", 5, 5,
  subject="Paktika bomb (the dead told by kind)", core=False)
g("pr200", "The dead included five children, two women and five men", "two women", "killed", 2, 2,
  subject="Paktika bomb (the dead told by kind)", core=False)
g("pr200", "The dead included five children, two women and five men", "five men", "killed", 5, 5,
  subject="Paktika bomb (the dead told by kind)", core=False)
g("pr200", "One such device killed nine civilians in Khost province", "nine civilians", "killed", 9, 9,
  subject="Khost bomb, February 26", scope="background")
g("pr200", "causing dozens of civilian deaths", "dozens", "killed", 24, 99, vague=True,
  subject="recent attacks and operations", scope="aggregate")
g("pr200", "Nine children were killed on Tuesday", "Nine children", "killed", 9, 9, subject="Kunar air raid",
  scope="background")
g("pr200", "about 40 people, including many civilians, were killed", "about 40 people", "killed", 40, 40, vague=True,
  subject="Jalalabad bank attack", scope="background")
g("pr200", "about 40 people, including many civilians, were killed", "many civilians", "killed", 2, None,
  vague=True, subject="civilians among the Jalalabad dead", core=False, scope="background")
n("pr200", "about 140,000 foreign military forces", "140,000", "count")
n("pr200", "on February 26", "February 26", "date")
n("pr200", "more than eight months", "eight months", "duration")
n("pr200", "on February 20", "February 20", "date")
t("pr200", "killed", 12, 12, "stated")
t("pr200", "injured", 5, 5, "stated")

# ---- batch of session 15, task s15isaf3 (pr201-pr206): escapees who fled or escaped a jail, prison or detention
# centre, and escapees recaptured one by one (wire README; recaptured escapees are captured, decision 1 of the
# s15isaf batch; the escape itself and those still on the run are counts) ----
# pr201 onenewspage (a Fox News item): one of two prisoners who escaped Mississippi's Parchman penitentiary back in
# custody, the other still at large (a count); the related headline repeats it
g("pr201", "Mississippi prison escapee back in custody, 2nd", "Mississippi prison escapee", "captured", 1, 1,
  subject="Parchman escapee back in custody (headline)", core=False)
g("pr201", "One of two prisoners believed to have escaped Saturday", "One of two prisoners", "captured", 1, 1,
  speaker="investigators", subject="Parchman escapee back in custody")
g("pr201", "still at large, one in custody after days of riots", "one", "captured", 1, 1,
  subject="Parchman escapee (related headline)", core=False)
n("pr201", "FOXNews.com Sunday, 5 January 2020", "5 January 2020", "date")
t("pr201", "captured", 1, 1, "stated")

# pr202 banthese: an escaped inmate recaptured hours after fleeing a Colorado jail (one person, no figure)
g("pr202", "Escaped attempted murder suspect recaptured hours after fleeing jail", "Escaped attempted murder suspect",
  "captured", 1, 1, subject="escapee recaptured (headline)", core=False)
g("pr202", "An escaped inmate was recaptured from prison", "An escaped inmate", "captured", 1, 1,
  subject="escapee recaptured")
g("pr202", "He was taken into custody without further incident", "He", "captured", 1, 1, speaker="authorities",
  subject="escapee recaptured (restated)", core=False)
n("pr202", "Kegan VanVliet, 45, escaped", "45", "age")
n("pr202", "Fremont County Jail on 7 June", "7 June", "date")
t("pr202", "captured", 1, 1, "enumerated")

# pr203 ctvnews: a convict who escaped from a Quebec prison recaptured in Montreal (one person)
g("pr203", "A convict who escaped from Archambault Institution", "A convict", "captured", 1, 1,
  subject="escaped convict recaptured")
g("pr203", "Sylvain Lauzon, 43, was arrested on Ste. Catherine St.", "Sylvain Lauzon", "captured", 1, 1,
  subject="escaped convict recaptured (named)", core=False)
n("pr203", "Sylvain Lauzon, 43, was arrested", "43", "age")
n("pr203", "missing from the prison March 1", "March 1", "date")
t("pr203", "captured", 1, 1, "enumerated")

# pr204 goupstate: three prisoners overpowered a jailer and fled; back in custody within three hours; the jailer
# injured
g("pr204", "Three prisoners who overpowered a detention officer", "Three prisoners", "captured", 3, 3,
  subject="Union County escapees back in custody")
g("pr204", "The interlude, which left a jailer injured", "a jailer", "injured", 1, 1, subject="jailer attacked")
g("pr204", "Bailey suffered a broken nose and a fracture", "Bailey", "injured", 1, 1, subject="jailer (restated)",
  core=False)
g("pr204", "Sheriff's deputies converged and found the three men inside", "the three men", "captured", 3, 3,
  subject="escapees found (restated)", core=False)
g("pr204", "They were taken into custody again without incident", "They", "captured", 3, 3, speaker="Wells",
  subject="escapees (restated)", core=False)
n("pr204", "In three hours, they were back", "three hours", "duration")
n("pr204", "Charles Aaron Stephens, 36,", "36", "age")
n("pr204", "Tommy Ray Knight, 45,", "45", "age")
n("pr204", "Robin Scott Gibson, 34,", "34", "age")
n("pr204", "John Mark Bailey, 26, about", "26", "age")
n("pr204", "about 12:10 p.m.", "12:10 p.m.", "time")
n("pr204", "employed at the jail for five years", "five years", "duration")
n("pr204", "came home and called 911", "911", "phone")
t("pr204", "captured", 3, 3, "stated")
t("pr204", "injured", 1, 1, "enumerated")

# pr205 gunbroker (an AP story pasted in a forum): two of five inmates who tunnelled out of a Texas jail captured;
# the other three fled with a woman hostage (hostages are captured, wire rule 10: 2 + 1)
g("pr205", "Two Texas inmates captured after prison break; 3 take hostage\nJosey1", "Two Texas inmates", "captured",
  2, 2, subject="Grayson County escapees captured (headline)", core=False)
g("pr205", "Two of five inmates who tunneled their way out", "Two of five inmates", "captured", 2, 2,
  subject="Grayson County escapees captured")
g("pr205", "The other three took a woman hostage", "a woman", "captured", 1, 1, speaker="authorities",
  subject="woman taken hostage")
n("pr205", "Member Posts: 9,598", "9,598", "count")
n("pr205", "(October 12, 2001 7:38 p.m. EDT)", "October 12, 2001", "date")
n("pr205", "about 45 miles south of Sherman", "about 45 miles", "distance")
n("pr205", "Three inmates fled with the woman", "Three inmates", "count")
n("pr205", "in two stolen pickup trucks", "two stolen pickup trucks", "count")
n("pr205", "About 50 law officers", "About 50 law officers", "count")
n("pr205", "about 1:45 a.m. Friday", "1:45 a.m.", "time")
n("pr205", "about 60 miles north of Dallas", "about 60 miles", "distance")
t("pr205", "captured", 3, 3, "sum")

# pr206 ndtv: three under-trials escaped a Tamil Nadu sub-jail and were arrested within two hours; three policemen
# slightly hurt by their stones; their first arrest for theft is background
g("pr206", "3 Under-Trials Escape Jail, Caught In 2 Hours", "3 Under-Trials", "captured", 3, 3,
  subject="Coonoor escapees caught (headline)", core=False)
g("pr206", "The three were arrested on charges of theft", "The three", "captured", 3, 3, speaker="police",
  subject="first arrest for theft", core=False, scope="background")
g("pr206", "Three under-trials escaped from a sub-jail in Coonoor today but were arrested", "Three under-trials",
  "captured", 3, 3, speaker="police", subject="Coonoor escapees caught")
g("pr206", "who were arrested in a theft case", "who", "captured", 3, 3, speaker="they",
  subject="first arrest for theft (restated)", core=False, scope="background")
g("pr206", "three of whom suffered minor injuries", "three of whom", "injured", 3, 3, speaker="police",
  subject="policemen hit by stones")
g("pr206", "overpowered the three and took them into custody", "the three", "captured", 3, 3,
  subject="Coonoor escapees caught (restated)", core=False)
n("pr206", "Caught In 2 Hours", "2 Hours", "duration")
n("pr206", "were arrested within two hours", "two hours", "duration")
t("pr206", "captured", 3, 3, "stated")
t("pr206", "injured", 3, 3, "stated")

# ---- batch of session 16, task s16shoot2 (pr233-pr238): a victim told hurt with "with" on a verb with no object
# ("walked into a hospital with a gunshot wound", "was dropped off with ...", "A man found with a stab wound") and a
# group's dead told elliptically ("Two men were wounded, one of them fatally"); shootings README rules ----
# pr233 pennsylvaniadailynews (KDKA): a person walked into a hospital with a gunshot wound and later died
g("pr233", "Police Investigating After Person Walks Into Hospital With Gunshot Wound, Later Dies", "Person",
  "killed", 1, 1, subject="walk-in victim (headline)", core=False)
g("pr233", "a person walked into a hospital with a gunshot wound and later died", "a person", "killed", 1, 1,
  subject="walk-in victim")
n("pr233", "for the 500 block of Norton Street", "500 block", "address")
n("pr233", "at around 7 p.m.", "7 p.m.", "time")
g("pr233", "a person walked into a nearby hospital with a gunshot wound", "a person", "killed", 1, 1,
  subject="walk-in victim (restated)", core=False)
g("pr233", "The victim died after arriving, police say.", "The victim", "killed", 1, 1, speaker="police",
  subject="walk-in victim (restated)", core=False)
t("pr233", "killed", 1, 1, "enumerated")

# pr234 wreg: a man brought someone with a gunshot wound to an emergency room and fled; the victim died; the city's
# season count
g("pr234", "Police: Man drops shooting victim off at hospital then flees", "shooting victim", "killed", 1, 1,
  speaker="Police", subject="victim dropped off (headline)", core=False)
g("pr234", "the city\u2019s 75th homicide of the year", "75th homicide", "killed", 75, 75,
  subject="city homicides this year", scope="aggregate")
n("pr234", "around 3:30 p.m. Saturday", "3:30 p.m.", "time")
g("pr234", "a man brought someone with a gunshot wound to the emergency room", "someone", "killed", 1, 1,
  subject="victim dropped off")
g("pr234", "The victim has died, police said.", "The victim", "killed", 1, 1, speaker="police",
  subject="victim dropped off (restated)", core=False)
n("pr234", "a 5-foot, 110-pound white", "5-foot", "distance")
n("pr234", "a 5-foot, 110-pound white", "110-pound", "weight")
t("pr234", "killed", 1, 1, "enumerated")

# pr235 azcentral: a man dropped off at a west Phoenix hospital with an apparent gunshot wound died shortly after
n("pr235", " date 2021-10-08 Man dies", "2021-10-08", "date")
g("pr235", "Man dies at west Phoenix hospital after being dropped off with gunshot wound", "Man", "killed", 1, 1,
  subject="man dropped off (headline)", core=False)
g("pr235", "a man was dropped off with an apparent gunshot wound at a hospital", "a man", "killed", 1, 1,
  subject="man dropped off")
g("pr235", "The man died shortly after.", "The man", "killed", 1, 1, subject="man dropped off (restated)",
  core=False)
n("pr235", "the area of 91st Avenue and Thomas Road", "91st Avenue", "address")
n("pr235", "at 11:15 p.m. after", "11:15 p.m.", "time")
n("pr235", "West Hubbell Street and 59th Avenue", "59th Avenue", "address")
g("pr235", "police did not release the victim\u2019s name", "the victim", "killed", 1, 1,
  subject="man dropped off (restated)", core=False)
t("pr235", "killed", 1, 1, "enumerated")

# pr236 yourcentralvalley (KSEE/KGPE): a man found with a stab wound in Fresno is in hospital
n("pr236", " date 2022-04 FRESNO", "2022-04", "date")
g("pr236", "A man found with a stab wound in central Fresno Tuesday morning is now in the hospital", "A man",
  "injured", 1, 1, speaker="police", subject="man stabbed")
g("pr236", "Officers say the stabbing victim was found", "the stabbing victim", "injured", 1, 1,
  speaker="Officers", subject="man stabbed (restated)", core=False)
n("pr236", "at around 8:30 a.m. near", "8:30 a.m.", "time")
g("pr236", "the man was stabbed at another location", "the man", "injured", 1, 1, speaker="Authorities",
  subject="man stabbed (restated)", core=False)
g("pr236", "The victim was taken to an area hospital", "The victim", "injured", 1, 1, speaker="deputies",
  subject="man stabbed (restated)", core=False)
t("pr236", "injured", 1, 1, "enumerated")

# pr237 abc15 Glendale: a man in his twenties found outside a home with one stab wound, taken to hospital
g("pr237", "Glendale resident finds stabbed man outside home", "stabbed man", "injured", 1, 1,
  subject="man stabbed (headline)", core=False)
n("pr237", "Posted at 5:27 AM, May 27, 2016", "5:27 AM", "time")
n("pr237", "Posted at 5:27 AM, May 27, 2016", "May 27, 2016", "date")
n("pr237", "last updated 2016-05-27 08:27:27-04", "2016-05-27", "date")
g("pr237", "a man found stabbed outside a Glendale home", "a man", "injured", 1, 1, subject="man stabbed")
n("pr237", "a homeowner near 55th and Glendale avenues", "55th", "address")
g("pr237", "found the man, who is in his twenties, with one stab wound", "the man", "injured", 1, 1,
  subject="man stabbed (restated)", core=False)
n("pr237", "who is in his twenties", "his twenties", "age")
n("pr237", "with one stab wound", "one stab wound", "count")
t("pr237", "injured", 1, 1, "enumerated")

# pr238 cbslocal (Gary, Indiana): two men wounded, one of them fatally, found in a crashed SUV; the survivor's
# condition not available (rule 89: the group and its dead are the lead; the survivor's first statement is core)
g("pr238", "Two men were wounded, one of them fatally", "Two men", "killed_or_injured", 2, 2, subject="both men")
g("pr238", "Two men were wounded, one of them fatally", "one of them", "killed", 1, 1, subject="man who died")
n("pr238", "around 7:20 p.m., officers", "7:20 p.m.", "time")
n("pr238", "on the 2200 block of Grant Street", "2200 block", "address")
g("pr238", "found two men had been shot in an SUV", "two men", "killed_or_injured", 2, 2, speaker="Police",
  subject="both men (restated)", core=False)
n("pr238", "several parked vehicles", "several parked vehicles", "vehicles")
g("pr238", "A 23-year-old man from South Holland was taken to the hospital, where he was pronounced dead",
  "A 23-year-old man from South Holland", "killed", 1, 1, subject="man who died (restated)", core=False)
g("pr238", "A 26-year-old man from Portage was taken to the hospital, but his condition was not available",
  "A 26-year-old man from Portage", "injured", 1, 1, subject="survivor")
n("pr238", "on the 2500 block of Grant Street", "2500 block", "address")
n("pr238", "Metro Homicide Unit at 219-755-3855", "219-755-3855", "phone")
n("pr238", "Crime Tip Line at 866-CRIME-GP", "866-CRIME-GP", "phone")
t("pr238", "killed", 1, 1, "stated")
t("pr238", "injured", 1, 1, "sum")
# Batch of session 16 (s16found): pr213-pr218, a stated figure told in the frames claimex does not find ("went
# missing", "remained missing", "others who went missing", ", another wounded", "injured one"); wire README.
# Gold written by hand before any claimex run on these pages.
# pr213 bangkokpost: an elderly couple went missing in a flash flood
g("pr213", "Elderly couple missing in flash flood", "Elderly couple", "missing", 2, 2,
  subject="elderly couple (headline)", core=False)
g("pr213", "An elderly couple went missing after their house", "An elderly couple", "missing", 2, 2,
  speaker="local media", subject="elderly couple swept away in Nadi")
n("pr213", "engulfed two villages in Nadi", "two villages", "count")
n("pr213", "the two villages were hit", "two villages", "count")
n("pr213", "at about 2.30am", "2.30am", "time")
n("pr213", "damage to 15 houses", "15 houses", "buildings")
n("pr213", "and 25 houses at Wang Mued", "25 houses", "buildings")
g("pr213", "A couple - Samniang Athompromrat, 65, and his wife, 63 - were missing", "A couple", "missing", 2, 2,
  speaker="Sakda Hongsa", subject="elderly couple (restated)", core=False)
n("pr213", "Athompromrat, 65, and", "65", "age")
n("pr213", "his wife, 63 -", "63", "age")
n("pr213", "Parts of Highway 304", "Highway 304", "other")
n("pr213", "between 50 centimetres and 1 metre", "50 centimetres", "distance")
n("pr213", "re-opened after 5am", "5am", "time")
t("pr213", "missing", 2, 2, "stated")

# pr214 sott (PNG): three bodies recovered, a search for "others who went missing"; excavators missing
g("pr214", "Three bodies have been recovered", "Three bodies", "killed", 3, 3, subject="flood victims in Marapana")
g("pr214", "the search continues for others who went missing", "others", "missing", 2, None, vague=True,
  subject="villagers swept away")
g("pr214", "One of the three bodies found was of Bum Piam", "Bum Piam", "killed", 1, 1,
  subject="Bum Piam (one by one)", core=False)
g("pr214", "The other two were of children", "The other two", "killed", 2, 2,
  subject="two children (one by one)", core=False)
n("pr214", "a Grade Eight girl", "Grade Eight", "other")
n("pr214", "a few minutes later", "a few minutes", "duration")
g("pr214", "I could be a dead person now", "a dead person", "killed", 1, 1, modality="hypothetical",
  speaker="Pulga", subject="Pulga himself", core=False)
n("pr214", "Two bridges used by children", "Two bridges", "buildings")
n("pr214", "living in Kwip 1,", "Kwip 1", "other")
n("pr214", "Kwip 2, Balk", "Kwip 2", "other")
n("pr214", "Balk 1 and Marapana", "Balk 1", "other")
n("pr214", "two excavators also went missing", "two excavators", "vehicles")
t("pr214", "killed", 3, 3, "stated")
t("pr214", "missing", 2, None, "stated")

# pr215 newsdrum (PTI): eight fishermen found dead in a capsized trawler, one "remained missing"; nine first missing
n("pr215", "Sep 22 (PTI)", "Sep 22", "date")
g("pr215", "The bodies of eight fishermen were on Sunday found", "eight fishermen", "killed", 8, 8,
  speaker="officials", subject="fishermen found dead in the trawler")
n("pr215", "two days after it capsized", "two days", "duration")
g("pr215", "One fisherman, however, remained missing.", "One fisherman", "missing", 1, 1,
  subject="fisherman still missing")
n("pr215", "60 km off the coast", "60 km", "distance")
n("pr215", "Eight fishermen were rescued", "Eight fishermen", "count")
g("pr215", "nine other occupants remained missing", "nine other occupants", "missing", 9, 9, speaker="officials",
  subject="occupants missing after the capsize (earlier figure)")
n("pr215", "South 24 Parganas of West Bengal", "24", "other")
g("pr215", "The bodies of the eight fishermen were found on the deck", "the eight fishermen", "killed", 8, 8,
  subject="fishermen found dead (restated)", core=False)
g("pr215", "a search was underway for the remaining missing fisherman", "the remaining missing fisherman", "missing",
  1, 1, subject="fisherman still missing (restated)", core=False)
n("pr215", "South 24 Parganas district", "24", "other")
t("pr215", "killed", 8, 8, "stated")
t("pr215", "missing", 1, 1, "stated")

# pr216 thehindu: bodies of two of the four fishermen "who went missing" found; the search goes on for two
n("pr216", "October 07, 2023 10:46 pm", "October 07, 2023", "date")
n("pr216", "Updated 10:47 pm", "10:47 pm", "time")
g("pr216", "Bodies of two of the four fishermen", "two of the four fishermen", "killed", 2, 2,
  subject="fishermen found dead off Munambam")
g("pr216", "the four fishermen who went missing", "the four fishermen", "missing", 4, 4,
  subject="fishermen missing after the capsize (earlier figure)")
n("pr216", "some 10 nautical miles", "10 nautical miles", "distance")
n("pr216", "Sharath aka Appu, 24,", "24", "age")
n("pr216", "Cheppalath Mohanan, 55,", "55", "age")
n("pr216", "around 8 a.m.", "8 a.m.", "time")
n("pr216", "by around 3 p.m.", "3 p.m.", "time")
g("pr216", "Search is continuing for the two remaining fishermen", "the two remaining fishermen", "missing", 2, 2,
  subject="fishermen still missing")
n("pr216", "Shaji aka Thaha, 52,", "52", "age")
n("pr216", "for more than four hours", "more than four hours", "duration")
t("pr216", "killed", 2, 2, "stated")
t("pr216", "missing", 2, 2, "stated")

# pr217 withinnigeria: a policeman killed and another injured at a Bayelsa checkpoint; "one officer was killed,
# another wounded" restates it; a child scratched by a bullet is one more hurt
g("pr217", "killed a policeman and injured another", "a policeman", "killed", 1, 1, modality="hedged",
  subject="policeman at the Famgbe checkpoint")
g("pr217", "injured another at a checkpoint", "another", "injured", 1, 1, modality="hedged",
  subject="policeman hurt at the checkpoint")
g("pr217", "the deceased officer fell to the bullets", "the deceased officer", "killed", 1, 1,
  speaker="the security source", subject="policeman (restated)", core=False)
g("pr217", "while another was wounded in the gunfire exchange", "another", "injured", 1, 1,
  speaker="the security source", subject="policeman hurt (restated)", core=False)
g("pr217", "saying one officer was killed", "one officer", "killed", 1, 1, speaker="A police source",
  subject="policeman (restated)", core=False)
g("pr217", "was killed, another wounded while", "another", "injured", 1, 1, speaker="A police source",
  subject="policeman hurt (restated)", core=False)
g("pr217", "a child, who was also scratched by a bullet", "a child", "injured", 1, 1, speaker="A police source",
  subject="child grazed by a bullet")
t("pr217", "killed", 1, 1, "stated")
t("pr217", "injured", 2, 2, "sum")

# pr218 today.ng: one of a three-man patrol killed, one injured; the minibus driver also died; two suspects arrested
n("pr218", "a three-man team of policemen", "three-man", "count")
g("pr218", "killed one of them, injured one", "one of them", "killed", 1, 1, subject="policeman on patrol in Aba")
g("pr218", "injured one, while the other escaped", "one", "injured", 1, 1, subject="policeman hurt on patrol")
g("pr218", "the driver of a minibus that was used for the patrol also died", "the driver of a minibus", "killed", 1, 1,
  subject="minibus driver")
n("pr218", "escaped with two rifles", "two rifles", "other")
g("pr218", "leaving him badly injured", "him", "injured", 1, 1, speaker="One of the sources",
  subject="policeman hurt (restated)", core=False)
g("pr218", "police have arrested two suspects", "two suspects", "captured", 2, 2, speaker="Ene Okon",
  subject="suspects arrested")
g("pr218", "killing one in the process", "one", "killed", 1, 1, speaker="Ene Okon",
  subject="policeman (restated)", core=False)
n("pr218", "Okon said two rifles", "two rifles", "other")
t("pr218", "killed", 2, 2, "sum")
t("pr218", "injured", 1, 1, "stated")
t("pr218", "captured", 2, 2, "stated")
# ---- Batch of session 16, s16bg (pr207-pr212): a running toll over a period or season beside the day's figure
# pr207 foxnews (AP) 2004: the season's South Asian monsoon toll passes 2,000; the day's news is 39 bodies and four
# children in India; last year's and four years ago's deaths background; an evacuation of nearly 1,000
g("pr207", "Monsoon Death Toll in Asia Crosses 2,000", "2,000", "killed", 2001, None,
  subject="season's monsoon toll (headline)", core=False, scope="aggregate")
g("pr207", "this season's monsoon rains across South Asia passed 2,000", "2,000", "killed", 2001, None,
  subject="season's monsoon toll", scope="aggregate")
g("pr207", "reported Monday that 39 bodies were found floating", "39 bodies", "killed", 39, 39,
  speaker="authorities in India", subject="bodies found in receding waters")
g("pr207", "four children were killed when a house collapsed", "four children", "killed", 4, 4,
  speaker="authorities in India", subject="house collapse")
g("pr207", "when 1,500 people were killed during a monsoon", "1,500 people", "killed", 1500, 1500,
  subject="last year's monsoon", scope="background")
g("pr207", "At least 1,195 people have died in India", "At least 1,195 people", "killed", 1195, None,
  speaker="authorities in each country", subject="season's toll, India", scope="aggregate")
g("pr207", "694 in Bangladesh", "694", "killed", 694, 694, speaker="authorities in each country",
  subject="season's toll, Bangladesh", scope="aggregate")
g("pr207", "124 in Nepal", "124", "killed", 124, 124, speaker="authorities in each country",
  subject="season's toll, Nepal", scope="aggregate")
g("pr207", "five in Pakistan", "five", "killed", 5, 5, speaker="authorities in each country",
  subject="season's toll, Pakistan", scope="aggregate")
g("pr207", "bringing the overall figure to 2,018", "2,018", "killed", 2018, 2018,
  speaker="authorities in each country", subject="season's monsoon toll (restated)", core=False, scope="aggregate")
g("pr207", "they evacuated nearly 1,000 people from 15 villages", "nearly 1,000 people", "displaced", 1000, 1000,
  vague=True, speaker="the state's authorities", subject="Kinnaur villages evacuated")
g("pr207", "killed more than 100 people died", "more than 100 people", "killed", 101, None,
  subject="lake burst four years ago", scope="background")
g("pr207", "Meanwhile, 39 bodies were recovered", "39 bodies", "killed", 39, 39,
  subject="bodies found (restated)", core=False)
n("pr207", "20 workers were rescued Monday", "20 workers", "count")
n("pr207", "trapped for a day in a tunnel", "a day", "duration")
n("pr207", "from 15 villages that are likely", "15 villages", "count")
n("pr207", "is 1.2 miles long", "1.2 miles", "distance")
n("pr207", "about 3,000 feet wide", "about 3,000 feet", "distance")
n("pr207", "Four years ago, a similar lake", "Four years ago", "date")
t("pr207", "killed", 43, 43, "sum")
t("pr207", "displaced", 1000, 1000, "stated")

# pr208 dw: at least 42 more monsoon deaths in India in the past 24 hours (35 in Uttar Pradesh + 7 in Bihar, the
# Bihar seven told again as 4 + 3); the season's "more than 350" aggregate; Maharashtra's flash floods earlier this
# week background; related-story headlines background core=false
g("pr208", "Dozens more die in India monsoon rains | News", "Dozens more", "killed", 24, 99, vague=True,
  subject="day's monsoon deaths (headline)", core=False)
g("pr208", "News\n\nDozens more die in India monsoon rains\n\nTorrential", "Dozens more", "killed", 24, 99, vague=True,
  subject="day's monsoon deaths (headline)", core=False)
g("pr208", "have killed at least 42 more people in India in the past 24 hours", "at least 42 more people", "killed",
  42, None, subject="day's monsoon deaths")
g("pr208", "More than 350 people have so far died", "More than 350 people", "killed", 351, None,
  subject="season's toll", scope="aggregate")
g("pr208", "At least 35 people have died in rain-related incidents in the northern", "At least 35 people", "killed",
  35, None, speaker="Indian authorities", subject="day's deaths, Uttar Pradesh")
g("pr208", "and seven in the eastern state of Bihar since Saturday", "seven", "killed", 7, 7,
  speaker="Indian authorities", subject="day's deaths, Bihar")
g("pr208", "Week of floods in India kills dozens", "dozens", "killed", 24, 99, vague=True,
  subject="related story (headline)", core=False, scope="background")
g("pr208", "17 people in the state were also injured", "17 people", "injured", 17, 17, speaker="Sandhaya Kureel",
  subject="injured in Uttar Pradesh")
g("pr208", "four people were killed in the state capital, Patna", "four people", "killed", 4, 4,
  speaker="Officials in eastern state of Bihar", subject="Bihar deaths, Patna (parts)", core=False)
g("pr208", "Three other people were killed in the state's Bhagalpur district", "Three other people", "killed", 3, 3,
  speaker="Officials in eastern state of Bihar", subject="Bihar deaths, Bhagalpur (parts)", core=False)
g("pr208", "nearly 3,000 people were moved to higher ground", "nearly 3,000 people", "displaced", 3000, 3000,
  vague=True, speaker="The Press Trust of India news agency", subject="Pune residents moved")
g("pr208", "killed at least 17 people in Maharashtra earlier this week", "at least 17 people", "killed", 17, None,
  subject="flash floods earlier this week", scope="background")
g("pr208", "More than 350 people have been killed in rain-related incidents", "More than 350 people", "killed", 351,
  None, subject="season's toll (restated)", core=False, scope="aggregate")
g("pr208", "Scores dead as monsoons hit India, Nepal, Bangladesh", "Scores", "killed", 40, 99, vague=True,
  subject="related story (headline)", core=False, scope="background")
n("pr208", "At least 29 houses collapsed", "At least 29 houses", "buildings")
n("pr208", "in the past 24 hours. More", "24 hours", "duration")
n("pr208", "date 2019-09-28", "2019-09-28", "date")
n("pr208", "DW | 29.09.2019", "29.09.2019", "date")
t("pr208", "killed", 42, None, "stated")
t("pr208", "injured", 17, 17, "stated")
t("pr208", "displaced", 3000, 3000, "stated")

# pr209 business-standard (PTI): 38 rain deaths across India on Sunday (its parts: 24 by lightning, Assam's five
# more, Bihar's five fresh, Kerala's two and a body found); the Assam floods' running toll (64) and Bihar's (100+,
# 102, Sitamarhi 27, Madhubani 23) are aggregate
g("pr209", "Thirty-eight people were killed in rain-related incidents", "Thirty-eight people", "killed", 38, 38,
  subject="day's rain deaths across India")
g("pr209", "accounted for 24 of the deaths", "24 of the deaths", "killed", 24, 24,
  subject="lightning deaths (subset)", core=False)
g("pr209", "Twenty-six MGNREGA labourers were injured", "Twenty-six MGNREGA labourers", "injured", 26, 26,
  subject="labourers struck by lightning")
g("pr209", "The toll in Assam floods rose to 64", "64", "killed", 64, 64, subject="Assam floods' running toll",
  scope="aggregate")
g("pr209", "with the deaths of five more people", "five more people", "killed", 5, 5, subject="day's deaths, Assam")
g("pr209", "Two deaths were reported from Morigaon district", "Two deaths", "killed", 2, 2,
  speaker="the Assam State Disaster Management Authority", subject="Assam deaths by district (parts)", core=False)
g("pr209", "one each from Dhemaji, Goalpara and Kamrup", "one each", "killed", 3, 3,
  speaker="the Assam State Disaster Management Authority", subject="Assam deaths by district (parts)", core=False)
g("pr209", "the death toll due to the flood crossed the 100-mark", "the 100-mark", "killed", 101, None,
  subject="Bihar floods' running toll", scope="aggregate")
g("pr209", "with five fresh deaths reported since Saturday", "five fresh deaths", "killed", 5, 5,
  subject="day's deaths, Madhubani")
g("pr209", "which accounted for 23 of the total 102 casualties", "23", "killed", 23, 23,
  subject="Bihar floods' toll, Madhubani", scope="aggregate")
g("pr209", "which accounted for 23 of the total 102 casualties", "102 casualties", "killed", 102, 102,
  subject="Bihar floods' running toll", scope="aggregate")
g("pr209", "Sitamarhi, with 27 deaths", "27 deaths", "killed", 27, 27,
  speaker="the state disaster management department", subject="Bihar floods' toll, Sitamarhi", scope="aggregate")
g("pr209", "Two fresh deaths were reported from Kerala", "Two fresh deaths", "killed", 2, 2,
  subject="day's deaths, Kerala")
g("pr209", "The body of Sahayaraju (55), one of the missing fishermen", "The body of Sahayaraju", "killed", 1, 1,
  subject="fisherman's body found")
g("pr209", "The body of Manesh Sebastian, who went missing", "The body of Manesh Sebastian", "killed", 1, 1,
  subject="body retrieved from the river")
n("pr209", "sounded in five districts", "five districts", "count")
n("pr209", "Eighteen of the state's 33 districts", "Eighteen", "count")
n("pr209", "affecting 38.37 lakh people", "38.37 lakh people", "count")
n("pr209", "but 2,669 villages", "2,669 villages", "count")
n("pr209", "1.35 lakh hectares", "1.35 lakh hectares", "other")
n("pr209", "stood at 141", "141", "other")
n("pr209", "affected over 72 lakh people in 12 districts", "over 72 lakh people", "count")
n("pr209", "Sahayaraju (55)", "55", "age")
n("pr209", "Two other fishermen had managed to swim to safety", "Two other fishermen", "count")
t("pr209", "killed", 38, 38, "stated")
t("pr209", "injured", 26, 26, "stated")

# pr210 yahoo (AP) Cairo: the toll from two days of clashes (11) is aggregate; the day's own deaths are "most" of
# them, killed in Tuesday's pre-dawn battles (6-10); the caption's overnight "many dead"
g("pr210", "Death toll from 2-day clashes in Egypt rises to 11", "11", "killed", 11, 11,
  subject="two days' clashes toll (headline)", core=False, scope="aggregate")
g("pr210", "left many dead, according to a senior medical official", "many", "killed", 2, None, vague=True,
  speaker="a senior medical official", subject="overnight clashes (caption)", core=False)
g("pr210", "rose to 11 on Tuesday, most killed", "11", "killed", 11, 11,
  subject="two days' clashes toll", scope="aggregate")
g("pr210", "most killed in pre-dawn street battles", "most", "killed", 6, 10, vague=True,
  subject="pre-dawn street battles")
n("pr210", "Tuesday, July 23, 2013", "July 23, 2013", "date")
n("pr210", "three weeks after the military", "three weeks", "duration")
n("pr210", "since the crisis began on July 3", "July 3", "date")
t("pr210", "killed", 6, 10, "stated")

# pr211 jpost (AP): officials' toll of the week's unrest (35, 10 police; 750 police and 1,500 protesters wounded)
# is aggregate; al-Jazeera's 23 bodies after Friday's Alexandria protests are the reported deaths; a related headline
# background core=false; the photo caption's "topless man injured" (311 is the photo's number)
g("pr211", "Death toll in Egypt rises to 35, including 10 police\n", "35", "killed", 35, 35,
  subject="week's unrest toll (headline)", core=False, scope="aggregate")
g("pr211", "Death toll in Egypt rises to 35, including 10 police\n", "10 police", "killed", 10, 10,
  subject="police among the dead (headline)", core=False, scope="aggregate")
g("pr211", "al-Jazeera reporter claims to see 23 bodies in Alexandia", "23 bodies", "killed", 23, 23,
  modality="hedged", subject="bodies in Alexandria (subheadline)", core=False)
g("pr211", "Egypt protests, topless man injured 311 (photo", "topless man", "injured", 1, 1,
  subject="protester injured (caption)", core=False)
g("pr211", "Egypt protests, topless man injured 311\n(photo", "topless man", "injured", 1, 1,
  subject="protester injured (caption)", core=False)
g("pr211", "the death toll in this week's unrest has risen to 35, including 10 policemen", "35", "killed", 35, 35,
  speaker="Egyptian officials", subject="week's unrest toll", scope="aggregate")
g("pr211", "the death toll in this week's unrest has risen to 35, including 10 policemen", "10 policemen",
  "killed", 10, 10, speaker="Egyptian officials", subject="police among the dead", core=False, scope="aggregate")
g("pr211", "at least 750 policemen and 1,500 protesters have been wounded", "at least 750 policemen", "injured",
  750, None, speaker="Egyptian officials", subject="police wounded in the week", scope="aggregate")
g("pr211", "at least 750 policemen and 1,500 protesters have been wounded", "1,500 protesters", "injured",
  1500, 1500, speaker="Egyptian officials", subject="protesters wounded in the week", scope="aggregate")
g("pr211", "Number of dead rises to 18, 13 in Suez", "18", "killed", 18, 18,
  subject="related story (headline)", core=False, scope="background")
g("pr211", "Number of dead rises to 18, 13 in Suez", "13", "killed", 13, 13,
  subject="related story (headline)", core=False, scope="background")
g("pr211", "saw 23 bodies at the morgue", "23 bodies", "killed", 23, 23, speaker="Al-Jazeera",
  subject="bodies in Alexandria")
n("pr211", "topless man injured 311 (photo", "311", "other")
n("pr211", "Hundreds of anti-government protesters returned", "Hundreds", "count")
n("pr211", "for a fifth day", "fifth day", "other")
n("pr211", "on a number of the protesters", "a number of the protesters", "count")
t("pr211", "killed", 23, 23, "stated")

# pr212 timesofoman: the toll "during the last few days" (61) is the sum of the incidents the dispatch tells
# (south China 14 since Thursday + Hubei 16 + Guizhou 23 + Wuhan 8), so it is reported and the killed toll
# (wire wr219); missing 8 + 6
g("pr212", "during the last few days rose to 61", "61", "killed", 61, 61, subject="rain and landslide toll")
g("pr212", "as 14 more death were reported", "14 more death", "killed", 14, 14, subject="south China deaths")
g("pr212", "At least 14 people were killed and eight other missing", "At least 14 people", "killed", 14, None,
  speaker="the State Flood Control and Drought Relief Headquarters", subject="south China deaths (restated)",
  core=False)
g("pr212", "At least 14 people were killed and eight other missing", "eight other", "missing", 8, 8,
  speaker="the State Flood Control and Drought Relief Headquarters", subject="south China missing")
g("pr212", "has left 16 people dead and six missing", "16 people", "killed", 16, 16, speaker="local officials",
  subject="Hubei downpour")
g("pr212", "has left 16 people dead and six missing", "six", "missing", 6, 6, speaker="local officials",
  subject="Hubei downpour missing")
g("pr212", "at least 23 people were killed and seven others injured", "at least 23 people", "killed", 23, None,
  subject="Guizhou landslide")
g("pr212", "at least 23 people were killed and seven others injured", "seven others", "injured", 7, 7,
  subject="Guizhou landslide")
g("pr212", "eight people were killed yesterday after a wall collapsed", "eight people", "killed", 8, 8,
  subject="Wuhan wall collapse")
n("pr212", "In all 30 people were caught", "30 people", "count")
n("pr212", "more than 15,800 housing units", "15,800 housing units", "buildings")
n("pr212", "losses worth $595 million", "$595 million", "money")
n("pr212", "More than 800 soldiers and rescuers", "More than 800 soldiers", "count")
n("pr212", "during the past two days", "two days", "duration")
n("pr212", "Some 9,000 houses collapsed", "Some 9,000 houses", "buildings")
n("pr212", "710,000 hectares of crops", "710,000 hectares", "other")
n("pr212", "around $1.37 billion", "$1.37 billion", "money")
n("pr212", "Two rounds of rainstorms", "Two rounds", "count")
n("pr212", "over the next ten days", "ten days", "duration")
t("pr212", "killed", 61, 61, "stated")
t("pr212", "injured", 7, 7, "stated")
t("pr212", "missing", 14, 14, "sum")

# ---- Batch of session 16, s16bg2 (pr227-pr232): "bringing/raising the (death) toll to N", a running total raised by
# the day's own figure (gold written by hand before any claimex run on these pages; wire README rules)
# pr227 asianage: Sunday's 12 across Syria raise the uprising's toll (since March last year) to more than 14,100:
# the running total and its partition are aggregate; Saturday's 111 (and Homs' 12 of Saturday) are background; the
# day's parts (6 + 3 + 1 + 2 = 12) are a partition of the stated 12, core
g("pr227", "Syria violence kills 12 as revolt toll tops 14,100", "12", "killed", 12, 12,
  subject="Sunday's violence (headline)", core=False)
g("pr227", "Syria violence kills 12 as revolt toll tops 14,100", "14,100", "killed", 14101, None,
  subject="uprising toll (headline)", core=False, scope="aggregate")
g("pr227", "killed at least 12 people on Sunday", "at least 12 people", "killed", 12, None,
  speaker="a monitoring group", subject="Sunday's violence")
g("pr227", "al-Assad's regime to more than 14,100, a monitoring group said", "more than 14,100", "killed", 14101, None,
  speaker="a monitoring group", subject="uprising toll", scope="aggregate")
g("pr227", "comprised 9,862 civilians", "9,862 civilians", "killed", 9862, 9862,
  speaker="the Syrian Observatory for Human Rights", subject="uprising toll, civilians", scope="aggregate")
g("pr227", "3,470 soldiers and 783 army deserters", "3,470 soldiers", "killed", 3470, 3470,
  speaker="the Syrian Observatory for Human Rights", subject="uprising toll, soldiers", scope="aggregate")
g("pr227", "3,470 soldiers and 783 army deserters", "783 army deserters", "killed", 783, 783,
  speaker="the Syrian Observatory for Human Rights", subject="uprising toll, deserters", scope="aggregate")
g("pr227", "On Saturday, at least 111 people", "at least 111 people", "killed", 111, None,
  speaker="the Observatory", subject="Saturday's violence", scope="background")
g("pr227", "-- 83 civilians and 28 soldiers --", "83 civilians", "killed", 83, 83,
  speaker="the Observatory", subject="Saturday's violence, civilians", scope="background")
g("pr227", "-- 83 civilians and 28 soldiers --", "28 soldiers", "killed", 28, 28,
  speaker="the Observatory", subject="Saturday's violence, soldiers", scope="background")
g("pr227", "killed an activist and five civilians", "an activist", "killed", 1, 1,
  speaker="the Observatory", subject="Qusayr shelling")
g("pr227", "killed an activist and five civilians", "five civilians", "killed", 5, 5,
  speaker="the Observatory", subject="Qusayr shelling")
g("pr227", "Three civilians were killed in a similar bombardment", "Three civilians", "killed", 3, 3,
  speaker="the Britain-based watchdog", subject="Talbisseh bombardment")
g("pr227", "which left one person dead in the Khalidiyeh", "one person", "killed", 1, 1,
  speaker="the watchdog", subject="Homs, Khalidiyeh")
g("pr227", "where 12 civilians were killed on Saturday", "12 civilians", "killed", 12, 12,
  subject="Homs city on Saturday", scope="background")
g("pr227", "at least two soldiers were killed in clashes", "at least two soldiers", "killed", 2, None,
  speaker="the watchdog", subject="Daraa clashes")
n("pr227", "presence of 300 United Nations observers", "300 United Nations observers", "count")
n("pr227", "take effect from April 12", "April 12", "date")
n("pr227", "10 kilometres (six miles)", "10 kilometres", "distance")
n("pr227", "Hundreds of rebel fighters", "Hundreds of rebel fighters", "count")
t("pr227", "killed", 12, None, "stated")

# pr228 eleconomista (Reuters): Monday's four dead in Gassrine raise the official toll of the unrest since the New
# Year to 18 (aggregate); the ministry's "four deaths among the attackers" restates the four; eight police hurt
g("pr228", "Four more dead in Tunisia clashes - government", "Four more", "killed", 4, 4,
  subject="Gassrine clashes (headline)", core=False)
g("pr228", "Four civilians were killed on Monday", "Four civilians", "killed", 4, 4,
  speaker="the Interior Ministry", subject="Gassrine clashes")
g("pr228", "public unrest since the New Year to 18", "18", "killed", 18, 18,
  speaker="the Interior Ministry", subject="unrest toll since the New Year", scope="aggregate")
g("pr228", "this caused four deaths among the attackers", "four deaths", "killed", 4, 4,
  speaker="the ministry", subject="Gassrine clashes (restated)", core=False)
g("pr228", "eight cases of injuries and burns among the police", "eight cases", "injured", 8, 8,
  speaker="the ministry", subject="police hurt in Gassrine")
t("pr228", "killed", 4, 4, "stated")
t("pr228", "injured", 8, 8, "stated")

# pr229 aaj.tv: the sixth day's eight deaths raise the six days' toll of the Kurram tribal clashes to 42 (aggregate,
# as the 170 injured over the whole violence); related-story headlines background core=false
g("pr229", "Kurram tribal clash death toll rises to 42", "42", "killed", 42, 42,
  subject="six days' clashes toll (headline)", core=False, scope="aggregate")
g("pr229", "resulting in the deaths of eight more people", "eight more people", "killed", 8, 8,
  subject="sixth day's clashes")
g("pr229", "bringing the total death toll to 42", "42", "killed", 42, 42,
  subject="six days' clashes toll", scope="aggregate")
g("pr229", "Over 170 people have been injured in the ongoing violence", "Over 170 people", "injured", 171, None,
  subject="six days' clashes injured", scope="aggregate")
g("pr229", "bring the total number of deaths to 42", "42", "killed", 42, 42,
  subject="six days' clashes toll (restated)", core=False, scope="aggregate")
g("pr229", "with 170 people injured in the clashes", "170 people", "injured", 170, 170,
  subject="six days' clashes injured (restated)", core=False, scope="aggregate")
g("pr229", "Ceasefire reached between tribes in Kurram after 27 fatalities", "27 fatalities", "killed", 27, 27,
  subject="related story (headline)", core=False, scope="background")
g("pr229", "Clashes over land dispute in Kurram leaves 10 dead", "10", "killed", 10, 10,
  subject="related story (headline)", core=False, scope="background")
n("pr229", "Published 29 Jul, 2024 11:36am", "29 Jul, 2024", "date")
n("pr229", "after five days of continuous firing", "five days", "duration")
n("pr229", "erupted in four locations", "four locations", "count")
t("pr229", "killed", 8, 8, "stated")

# pr230 islamicinvitationturkey: two US soldiers killed by a bomb bring the year's American toll in Afghanistan to
# at least 24 (aggregate); ISAF's statement quoted restates the two
g("pr230", "Two more US soldiers killed in Afghanistan", "Two more US soldiers", "killed", 2, 2,
  subject="bomb in southern Afghanistan (headline)", core=False)
g("pr230", "Two US soldiers are killed in an improvised bomb explosion", "Two US soldiers", "killed", 2, 2,
  subject="bomb in southern Afghanistan")
g("pr230", "in the country this year to at least 24", "at least 24", "killed", 24, None,
  subject="year's American toll", scope="aggregate")
g("pr230", "Two ISAF service members from the United States were killed today", "Two ISAF service members",
  "killed", 2, 2, speaker="the NATO\u2019s International Security Assistance Force",
  subject="bomb in southern Afghanistan (restated)", core=False)
n("pr230", "doubled in 2009", "2009", "date")
t("pr230", "killed", 2, 2, "stated")

# pr231 kalingatv (Xinhua): the past 24 hours' 107 dead and 145 hurt bring the war's totals since October 7, 2023 to
# 29,092 and 69,028 (aggregate); the attack of October 7 background
g("pr231", "Palestinian death toll in Gaza exceeds 29,000: Ministry", "29,000", "killed", 29001, None,
  subject="war's toll (headline)", core=False, scope="aggregate")
g("pr231", "the Gaza Strip has surpassed 29,000, the Gaza-based Health Ministry", "29,000", "killed", 29001, None,
  speaker="the Gaza-based Health Ministry", subject="war's toll", scope="aggregate")
g("pr231", "the Israeli army has killed 107 Palestinians", "107 Palestinians", "killed", 107, 107,
  speaker="the Ministry", subject="past 24 hours")
g("pr231", "and wounded 145 more within the past 24 hours", "145 more", "injured", 145, 145,
  speaker="the Ministry", subject="past 24 hours")
g("pr231", "to 29,092 deaths and 69,028 injuries", "29,092 deaths", "killed", 29092, 29092,
  speaker="the Ministry", subject="war's toll", scope="aggregate")
g("pr231", "to 29,092 deaths and 69,028 injuries", "69,028 injuries", "injured", 69028, 69028,
  speaker="the Ministry", subject="war's injured", scope="aggregate")
g("pr231", "about 1,400 people were killed", "about 1,400 people", "killed", 1400, 1400, vague=True,
  subject="Hamas attack of October 7", scope="background")
g("pr231", "more than 200 were taken hostage", "more than 200", "captured", 201, None,
  subject="Hamas attack of October 7", scope="background")
n("pr231", "broke out on October 7, 2023", "October 7, 2023", "date")
n("pr231", "border on October 7, 2023", "October 7, 2023", "date")
t("pr231", "killed", 107, 107, "stated")
t("pr231", "injured", 145, 145, "stated")

# pr232 naharnet (contrast): "raising the death toll to seven" is the sum of the deaths the dispatch tells (2 on
# Sunday in Aden + 2 in Aden + the Mukalla schoolboy + 2 in Sanaa on Saturday): the reported toll (as pr212); the
# one-by-one restatements core=false; four in critical condition and "several" wounded hurt
g("pr232", "Two anti-regime protesters died in Yemen on Sunday", "Two anti-regime protesters", "killed", 2, 2,
  speaker="a medic", subject="Aden, died on Sunday")
g("pr232", "raising the death toll to seven from demonstrations", "seven", "killed", 7, 7,
  speaker="a medic", subject="demonstrations toll")
g("pr232", "The two succumbed to wounds", "The two", "killed", 2, 2, speaker="the medic",
  subject="Aden, died on Sunday (restated)", core=False)
g("pr232", "adding four other demonstrators were in a critical condition", "four other demonstrators", "injured",
  4, 4, speaker="the medic", subject="Aden, critical condition")
g("pr232", "On Saturday, two other protesters were killed in Aden", "two other protesters", "killed", 2, 2,
  subject="Aden, Saturday")
g("pr232", "one by police when they opened fire", "one", "killed", 1, 1, subject="Aden, Saturday (one by one)",
  core=False)
g("pr232", "the other when demonstrators set fire", "the other", "killed", 1, 1,
  subject="Aden, Saturday (one by one)", core=False)
g("pr232", "the death of the protester earlier in the day", "the protester", "killed", 1, 1,
  speaker="A medical official", subject="Aden, Saturday (restated)", core=False)
g("pr232", "Several people were also wounded by gunfire", "Several people", "injured", 3, 9, vague=True,
  speaker="A medical official", subject="Aden police station")
g("pr232", "a 12-year-old schoolboy was shot dead", "a 12-year-old schoolboy", "killed", 1, 1,
  subject="Mukalla")
g("pr232", "two other people died in the capital Sanaa", "two other people", "killed", 2, 2,
  subject="Sanaa, Saturday")
g("pr232", "one as police attacked demonstrators", "one", "killed", 1, 1, subject="Sanaa (one by one)", core=False)
g("pr232", "The other was shot dead by a sniper", "The other", "killed", 1, 1, subject="Sanaa (one by one)",
  core=False)
n("pr232", "hundreds of angry people", "hundreds of angry people", "count")
n("pr232", "a sit-in since February 21", "February 21", "date")
n("pr232", "Two doctors at the scene", "Two doctors", "count")
n("pr232", "Copyright \u00a9 2012", "2012", "date")
t("pr232", "killed", 7, 7, "stated")
t("pr232", "injured", 7, 13, "sum")

# Batch of session 16 (s16place): pr219-pr224, two or more incidents in different places in one report, told
# without an opener like "In another attack" (a place or a time leads the later incident, or none); wire README.
# Gold written by hand before any claimex run on these pages.
# pr219 bbc: a roadside bomb near Khost kills three policemen, hurts two; "Hours earlier" a car bomb in Helmand
g("pr219", "At least three Afghan policemen have been killed", "At least three Afghan policemen", "killed", 3, None,
  speaker="officials", subject="policemen in the bombing near Khost")
g("pr219", "Two other officers were hurt", "Two other officers", "injured", 2, 2,
  subject="officers hurt near Khost")
g("pr219", "three British soldiers and an Afghan were hurt", "three British soldiers", "injured", 3, 3,
  subject="British soldiers hurt in Lashkar Gah")
g("pr219", "three British soldiers and an Afghan were hurt", "an Afghan", "injured", 1, 1,
  subject="Afghan hurt in Lashkar Gah")
g("pr219", "One soldier was treated at the scene", "One soldier", "injured", 1, 1,
  speaker="A spokesman for British forces in southern Afghanistan", subject="British soldier (one by one)",
  core=False)
g("pr219", "two others taken to a military hospital", "two others", "injured", 2, 2,
  speaker="A spokesman for British forces in southern Afghanistan", subject="British soldiers (one by one)",
  core=False)
n("pr219", "about 40km (25 miles) west", "about 40km", "distance")
n("pr219", "at least 15 metres away", "at least 15 metres", "distance")
n("pr219", "Several thousand British soldiers are deploying", "Several thousand British soldiers", "count")
t("pr219", "killed", 3, None, "stated")
t("pr219", "injured", 6, 6, "sum")

# pr220 spokesman (Los Angeles Times copy): a Mosul car bomb and a shooting there, then "In Baghdad," a cafe bomb;
# the headline's five are the bombs' dead only
g("pr220", "Hidden bombs kill five in Iraq", "five", "killed", 5, 5, subject="bombs' dead (headline)", core=False)
g("pr220", "killing a policeman and wounding three civilians", "a policeman", "killed", 1, 1,
  speaker="police officials", subject="policeman, Mosul car bomb")
g("pr220", "killing a policeman and wounding three civilians", "three civilians", "injured", 3, 3,
  speaker="police officials", subject="civilians, Mosul car bomb")
g("pr220", "shot dead an off-duty prison officer", "an off-duty prison officer", "killed", 1, 1,
  speaker="police officials", subject="prison officer shot in central Mosul")
g("pr220", "a policeman was killed in the blast", "a policeman", "killed", 1, 1, speaker="The officials",
  subject="policeman, Mosul car bomb (restated)", core=False)
g("pr220", "three civilians were wounded", "three civilians", "injured", 3, 3, speaker="The officials",
  subject="civilians, Mosul car bomb (restated)", core=False)
g("pr220", "killing four people and wounding 12", "four people", "killed", 4, 4, speaker="a police officer",
  subject="people at a Dora cafe, Baghdad")
g("pr220", "killing four people and wounding 12", "12", "injured", 12, 12, speaker="a police officer",
  subject="people hurt at a Dora cafe, Baghdad")
n("pr220", "about 100 yards away", "about 100 yards", "distance")
t("pr220", "killed", 6, 6, "sum")
t("pr220", "injured", 15, 15, "sum")

# pr221 dawn: mortar shells in North Waziristan, a checkpost attack in Miramshah, then "In Peshawar," four militants
# killed by the police on Friday night (attackers killed by police: a group of their own, wire rule 14)
g("pr221", "A woman and a girl were killed", "A woman", "killed", 1, 1, subject="woman, mortar shell")
g("pr221", "A woman and a girl were killed", "a girl", "killed", 1, 1, subject="girl, mortar shell")
g("pr221", "seven other persons sustained injuries", "seven other persons", "injured", 7, 7,
  subject="people hurt by the shells")
g("pr221", "Two security personnel were also injured", "Two security personnel", "injured", 2, 2,
  subject="security men at the Miramshah checkpost")
g("pr221", "resulting in injuries to two security men", "two security men", "injured", 2, 2, speaker="Officials",
  subject="security men (restated)", core=False)
g("pr221", "killing a girl and woman of the same family", "a girl", "killed", 1, 1,
  subject="girl, Machees camp (restated)", core=False)
g("pr221", "killing a girl and woman of the same family", "woman", "killed", 1, 1,
  subject="woman, Machees camp (restated)", core=False)
g("pr221", "injuring three other persons", "three other persons", "injured", 3, 3,
  subject="people hurt in the house (part of the seven)")
g("pr221", "Four persons in the hotel sustained injuries", "Four persons", "injured", 4, 4,
  subject="people hurt in the hotel (part of the seven)")
g("pr221", "at least four militants, who attacked", "at least four militants", "killed", 4, None, speaker="police",
  subject="militants who attacked the Sarband checkpost, Peshawar")
g("pr221", "killed at least four militants, but", "at least four militants", "killed", 4, None,
  speaker="An official", subject="militants at Sarband (restated)", core=False)
n("pr221", "fired three rockets", "three rockets", "count")
n("pr221", "for more than an hour", "more than an hour", "duration")
t("pr221", "killed", 6, None, "sum")
t("pr221", "injured", 9, 9, "sum")

# pr222 dhakatribune: lightning in Kishoreganj and Jhenaidah; the lead's two groups are the toll, the later
# paragraphs tell the same dead place by place and name by name
g("pr222", "Three schoolgirls and three farmers were killed", "Three schoolgirls", "killed", 3, 3,
  subject="schoolgirls struck by lightning")
g("pr222", "Three schoolgirls and three farmers were killed", "three farmers", "killed", 3, 3,
  subject="farmers struck by lightning")
g("pr222", "two farmers were killed this morning", "two farmers", "killed", 2, 2,
  subject="farmers in Jhenaidah (part of the three)", core=False)
g("pr222", "declared Irina and Priya dead", "Irina and Priya", "killed", 2, 2, speaker="Md Sakhawat Hossain",
  subject="two schoolgirls (one by one)", core=False)
g("pr222", "Barsha also died", "Barsha", "killed", 1, 1, speaker="Md Sakhawat Hossain",
  subject="schoolgirl (one by one)", core=False)
g("pr222", "farmer Kadu Mia was injured", "farmer Kadu Mia", "injured", 1, 1,
  subject="farmer hurt, later died", core=False)
g("pr222", "declared him dead, said Md Shafiul Alam", "him", "killed", 1, 1, speaker="Md Shafiul Alam",
  subject="farmer in Mithamoin (one by one)", core=False)
g("pr222", "Two other farmers were killed in separate", "Two other farmers", "killed", 2, 2,
  speaker="Abdullah Al Mamun", subject="farmers in Jhenaidah (restated)", core=False)
n("pr222", "stormy weather at 12pm", "12pm", "time")
t("pr222", "killed", 6, 6, "sum")

# pr223 nation.com.pk (AFP): six civilians in Aleppo province, then "In neighbouring Idlib province" 22 jihadists
# over the past 24 hours (the day's news: wire rule 1), made up of 16 + 3 + 3
g("pr223", "killed at least six civilians, including four children", "at least six civilians", "killed", 6, None,
  speaker="a monitor", subject="civilians in Aleppo province")
g("pr223", "including four children, in Aleppo", "four children", "killed", 4, 4, speaker="a monitor",
  subject="children among them", core=False)
g("pr223", "at least 22 jihadists were killed", "at least 22 jihadists", "killed", 22, None,
  speaker="the Syrian Observatory for Human Rights", subject="jihadists in Idlib province")
g("pr223", "a number of the wounded were in serious condition", "a number of the wounded", "injured", 2, None,
  vague=True, speaker="It", subject="seriously wounded in Babka", core=False)
g("pr223", "Two of the group\u2019s commanders were among 16", "Two of the group\u2019s commanders", "killed", 2, 2,
  speaker="the Observatory", subject="commanders among them", core=False)
g("pr223", "among 16 fighters killed in a coalition strike", "16 fighters", "killed", 16, 16,
  speaker="the Observatory", subject="fighters in a convoy strike (part of the 22)")
g("pr223", "three allied jihadists were killed", "three allied jihadists", "killed", 3, 3,
  subject="jihadists in a government raid (part of the 22)")
g("pr223", "three Fateh al-Sham fighters were killed", "three Fateh al-Sham fighters", "killed", 3, 3,
  subject="fighters in drone strikes (part of the 22)")
g("pr223", "More than 310,000 people have been killed", "More than 310,000 people", "killed", 310001, None,
  subject="people killed in Syria since 2011", scope="aggregate")
n("pr223", "a fragile two-week-old truce", "two-week-old", "duration")
n("pr223", "since December 30", "December 30", "date")
n("pr223", "protests in March 2011", "March 2011", "date")
t("pr223", "killed", 28, None, "sum")

# pr224 diplomaticinfo (AFP): a projectile in Jizan and an air raid in Ajama, each told in the first lines and then
# by its own source
g("pr224", "Two were killed in the Saudi city of Jizan", "Two", "killed", 2, 2, subject="people in Jizan (title)",
  core=False)
g("pr224", "while three died in a coalition air raid in Ajama", "three", "killed", 3, 3,
  subject="people in Ajama (title)", core=False)
g("pr224", "Three people have been killed in Yemen", "Three people", "killed", 3, 3, subject="people in Ajama")
g("pr224", "while two were killed in Saudi Arabia", "two", "killed", 2, 2, subject="people in Jizan")
g("pr224", "two people, a Saudi and a Yemeni, were killed", "two people", "killed", 2, 2,
  speaker="Saudi Arabia\u2019s civil defence", subject="people in Jazan (restated)", core=False)
g("pr224", "were killed and seven others wounded in a projectile", "seven others", "injured", 7, 7,
  speaker="Saudi Arabia\u2019s civil defence", subject="people hurt in Jazan")
g("pr224", "resulting in two deaths", "two deaths", "killed", 2, 2, speaker="it",
  subject="people in Jazan (quoted)", core=False)
g("pr224", "adding that seven others were wounded", "seven others", "injured", 7, 7, speaker="it",
  subject="people hurt in Jazan (restated)", core=False)
g("pr224", "medics said three people were killed", "three people", "killed", 3, 3, speaker="medics",
  subject="people in Ajama (restated)", core=False)
g("pr224", "six others were injured in the coalition", "six others", "injured", 6, 6, speaker="medics",
  subject="people hurt in Ajama")
g("pr224", "Three civilians including a child and a woman were killed", "Three civilians", "killed", 3, 3,
  speaker="medics", subject="civilians in Ajama (quoted)", core=False)
g("pr224", "and six others were wounded,\u201d medics", "six others", "injured", 6, 6, speaker="medics",
  subject="people hurt in Ajama (quoted)", core=False)
t("pr224", "killed", 5, 5, "sum")
t("pr224", "injured", 13, 13, "sum")


# ---- Batch of session 17 (s17wire): pr239-pr244, a total over a period or a war told with its parts (by group, by
# province, by district) beside the day's own figure; the parts of an aggregate total are aggregate too
# pr239 alarabiya: the war's toll since October 7 with its children; the day's two airstrikes in the south
g("pr239", "Ministry: At least 10,328, including 4,237 children, killed", "At least 10,328", "killed", 10328, None,
  subject="war's toll (headline)", core=False, scope="aggregate")
g("pr239", "including 4,237 children, killed in Israel strikes", "4,237 children", "killed", 4237, 4237,
  subject="children among the war's dead (headline)", core=False, scope="aggregate")
g("pr239", "At least 10,328 Palestinians, including 4,237 children, have been killed", "At least 10,328 Palestinians",
  "killed", 10328, None, speaker="the health ministry in Hamas-controlled Gaza", subject="war's toll since October 7",
  scope="aggregate")
g("pr239", "including 4,237 children, have been killed", "4,237 children", "killed", 4237, 4237,
  speaker="the health ministry in Hamas-controlled Gaza", subject="children among the war's dead", core=False,
  scope="aggregate")
g("pr239", "killed 1,400 Israelis, mostly civilians", "1,400 Israelis", "killed", 1400, 1400,
  speaker="Israeli tallies", subject="Hamas attack of October 7", scope="background")
g("pr239", "and abducted more than 200, according to Israeli tallies", "more than 200", "captured", 201, None,
  speaker="Israeli tallies", subject="Hamas attack of October 7", scope="background")
g("pr239", "at least 23 people were killed in two separate Israeli airstrikes", "at least 23 people", "killed", 23,
  None, speaker="Palestinian health officials", subject="two airstrikes on Tuesday in Khan Younis and Rafah")
n("pr239", "date 2023-11-07", "2023-11-07", "date")
n("pr239", "on Gaza since October 7, the health", "October 7", "date")
n("pr239", "War began on October 7 when", "October 7", "date")
t("pr239", "killed", 23, None, "stated")

# pr240 famagusta-gazette: the war's toll since Oct. 7 with its children and women, its injured and missing; the
# day's news is 252 dead in the past hours; 192 health workers over the war; the Israeli side's 1,400 over the war
g("pr240", "Palestinian deaths in Gaza reached 10,022", "10,022", "killed", 10022, 10022,
  speaker="Gaza\u2019s health ministry", subject="war's toll since Oct. 7", scope="aggregate")
g("pr240", "the deaths included 4,104 children", "4,104 children", "killed", 4104, 4104,
  speaker="Ministry spokesman Ashraf Al-Qudra", subject="children among the war's dead", core=False,
  scope="aggregate")
g("pr240", "4,104 children and 2,641 women", "2,641 women", "killed", 2641, 2641,
  speaker="Ministry spokesman Ashraf Al-Qudra", subject="women among the war's dead", core=False, scope="aggregate")
g("pr240", "while the injuries rose to 25,408", "25,408", "injured", 25408, 25408,
  speaker="Ministry spokesman Ashraf Al-Qudra", subject="war's injured", scope="aggregate")
g("pr240", "there were 2,350 reports of people missing", "2,350 reports of people", "missing", 2350, 2350,
  speaker="Ashraf Al-Qudra", subject="missing under the rubble over the war", scope="aggregate")
g("pr240", "including around 1,300 children, he noted", "around 1,300 children", "missing", 1300, 1300, vague=True,
  speaker="Ashraf Al-Qudra", subject="children among the missing", core=False, scope="aggregate")
g("pr240", "that claimed the lives of 252 people", "252 people", "killed", 252, 252, speaker="Al-Qudra",
  subject="past hours")
g("pr240", "killing a total of 192 healthcare workers", "192 healthcare workers", "killed", 192, 192,
  speaker="the spokesman", subject="health workers killed since Oct. 7", scope="aggregate")
g("pr240", "more than 1,400 people lost their lives", "more than 1,400 people", "killed", 1401, None,
  subject="Israeli side over the conflict", scope="aggregate")
n("pr240", "date 2023-11-07", "2023-11-07", "date")
n("pr240", "committed 19 major killings", "19 major killings", "count")
n("pr240", "has targeted 113 healthcare facilities", "113 healthcare facilities", "count")
n("pr240", "Some 16 hospitals", "Some 16 hospitals", "count")
n("pr240", "32 primary care centers", "32 primary care centers", "count")
t("pr240", "killed", 252, 252, "stated")

# pr241 abc.net.pk: the last 24 hours' six dead and nine hurt beside the season's 86 (and 151 hurt) since June 25,
# told by group (37 + 16 + 33) and by province (52 + 20 + 6 + 5 + 3): the parts of the season's total are aggregate
g("pr241", "At least six more persons lost their live", "At least six more persons", "killed", 6, None,
  speaker="Dunya News", subject="last 24 hours in Punjab and Sindh")
g("pr241", "and nine sustained injuries in the rain-related", "nine", "injured", 9, 9, speaker="Dunya News",
  subject="last 24 hours in Punjab and Sindh")
g("pr241", "has risen to around 86, along with 151 injured", "around 86", "killed", 86, 86, vague=True,
  speaker="the National Disaster Management Authority (NDMA)", subject="season's toll since June 25",
  scope="aggregate")
g("pr241", "along with 151 injured, the National", "151", "injured", 151, 151,
  speaker="the National Disaster Management Authority (NDMA)", subject="season's injured since June 25",
  scope="aggregate")
g("pr241", "37 children, 16 women and 33 men lost their lives", "37 children", "killed", 37, 37,
  speaker="a report released by the NDMA", subject="season's dead by group", scope="aggregate")
g("pr241", "37 children, 16 women and 33 men lost their lives", "16 women", "killed", 16, 16,
  speaker="a report released by the NDMA", subject="season's dead by group", scope="aggregate")
g("pr241", "37 children, 16 women and 33 men lost their lives", "33 men", "killed", 33, 33,
  speaker="a report released by the NDMA", subject="season's dead by group", scope="aggregate")
g("pr241", "the worst-hit region where 52 people were killed", "52 people", "killed", 52, 52,
  subject="season's dead in Punjab", scope="aggregate")
g("pr241", "which reported 20 and six deaths, respectively", "20", "killed", 20, 20,
  speaker="Khyber Pakhtunkhwa and Balochistan provinces", subject="season's dead in Khyber Pakhtunkhwa",
  scope="aggregate")
g("pr241", "which reported 20 and six deaths, respectively", "six deaths", "killed", 6, 6,
  speaker="Khyber Pakhtunkhwa and Balochistan provinces", subject="season's dead in Balochistan",
  scope="aggregate")
g("pr241", "Five people died in Sindh", "Five people", "killed", 5, 5, subject="season's dead in Sindh",
  scope="aggregate")
g("pr241", "and three in Azad Kashmir", "three", "killed", 3, 3, subject="season's dead in Azad Kashmir",
  scope="aggregate")
n("pr241", "LAHORE, July 11, 2023", "July 11, 2023", "date")
n("pr241", "in the last 24 hours, Dunya", "24 hours", "duration")
n("pr241", "since June 25 has risen", "June 25", "date")
n("pr241", "97 houses were destroyed", "97 houses", "buildings")
n("pr241", "46 livestock perished", "46 livestock", "other")
t("pr241", "killed", 6, None, "stated")
t("pr241", "injured", 9, 9, "stated")

# pr242 thenews (AFP): an air strike on a family in Wardak (12 dead, told by group in the headline and again below)
# beside the 21 civilians killed in air strikes in recent days (aggregate), with its 14 children
g("pr242", "10 Afghan children, 2 women dead in air strike", "10 Afghan children", "killed", 10, 10,
  subject="children in the Wardak strike (headline)", core=False)
g("pr242", "2 women dead in air strike", "2 women", "killed", 2, 2, subject="women in the Wardak strike (headline)",
  core=False)
g("pr242", "appears to have killed 12 members of an Afghan family", "12 members of an Afghan family", "killed", 12,
  12, modality="hedged", speaker="the United Nations", subject="family in the Wardak strike")
g("pr242", "most of them children, the United Nations", "most of them", "killed", 7, 12, vague=True,
  modality="hedged", speaker="the United Nations", subject="children among them", core=False)
g("pr242", "brings to at least 21 -- including", "at least 21", "killed", 21, None,
  speaker="the UN Assistance Mission in Afghanistan (UNAMA)", subject="civilians killed in air strikes in recent days",
  scope="aggregate")
g("pr242", "including 14 children -- the number", "14 children", "killed", 14, 14,
  speaker="the UN Assistance Mission in Afghanistan (UNAMA)", subject="children among them", core=False,
  scope="aggregate")
g("pr242", "near Kabul, killing 12 members of a family, UNAMA said", "12 members of a family", "killed", 12, 12,
  speaker="UNAMA", subject="family in the Wardak strike (restated)", core=False)
g("pr242", "The victims included 10 children", "10 children", "killed", 10, 10,
  subject="children among the family", core=False)
g("pr242", "and two women.", "two women", "killed", 2, 2, subject="women among the family", core=False)
g("pr242", "that 12 members of a family had been killed", "12 members of a family", "killed", 12, 12,
  speaker="provincial council member Ahmad Jahfari", subject="family in the Wardak strike (earlier comment)",
  core=False)
n("pr242", "date 2018-09-26", "2018-09-26", "date")
n("pr242", "aged six to 15", "six to 15", "age")
t("pr242", "killed", 12, 12, "stated")

# pr243 scroll.in (PTI): the day's deaths in Bihar (17) and Assam (6) beside the season's tolls (197; 123 and 74) and
# Bihar's by district (Sitamarhi 37, Madhubani 30, Muzaffarpur two to four); Assam's six told by district
g("pr243", "The toll in floods in Bihar and Assam rose to 197", "197", "killed", 197, 197,
  speaker="the state governments\u2019 daily bulletins", subject="season's flood toll in both states",
  scope="aggregate")
g("pr243", "In Bihar, 17 people were killed on Wednesday", "17 people", "killed", 17, 17,
  speaker="the state disaster management authority", subject="Bihar on Wednesday")
g("pr243", "taking the number of deaths to 123", "123", "killed", 123, 123,
  speaker="the state disaster management authority", subject="season's flood toll in Bihar", scope="aggregate")
g("pr243", "Six more people died in Assam", "Six more people", "killed", 6, 6, subject="Assam on Wednesday")
g("pr243", "pushing up the toll to 74.", "74", "killed", 74, 74, subject="season's flood toll in Assam",
  scope="aggregate")
g("pr243", "Sitamarhi, where 37 people have died", "37 people", "killed", 37, 37,
  speaker="the state disaster management department", subject="season's dead in Sitamarhi", scope="aggregate")
g("pr243", "Thirty people have died in Madhubani district", "Thirty people", "killed", 30, 30,
  subject="season's dead in Madhubani", scope="aggregate")
g("pr243", "the figure has risen from two to four", "two", "killed", 2, 2,
  subject="season's dead in Muzaffarpur (earlier figure)", scope="aggregate")
g("pr243", "the figure has risen from two to four", "four", "killed", 4, 4,
  subject="season's dead in Muzaffarpur", scope="aggregate")
g("pr243", "said three people died in Nalbari", "three people", "killed", 3, 3,
  speaker="The Assam State Disaster Management Authority", subject="Assam on Wednesday (part of the six)")
g("pr243", "and three were killed in Morigaon district", "three", "killed", 3, 3,
  speaker="The Assam State Disaster Management Authority", subject="Assam on Wednesday (part of the six)")
g("pr243", "Morigaon district, taking the toll to 74", "74", "killed", 74, 74,
  speaker="The Assam State Disaster Management Authority", subject="season's flood toll in Assam (restated)",
  core=False, scope="aggregate")
g("pr243", "Around two lakh people have been shifted to these shelters", "Around two lakh people", "displaced",
  200000, 200000, vague=True, subject="people in Assam's relief camps", scope="aggregate")
n("pr243", "stands at 81.57 lakh", "81.57 lakh", "other")
n("pr243", "in 105 blocks of the 12 districts", "105 blocks", "count")
n("pr243", "vast swathes of 20 of all 33 districts", "20 of all 33 districts", "count")
n("pr243", "and affected 34 lakh people", "34 lakh people", "other")
n("pr243", "Around 3,000 villages", "Around 3,000 villages", "count")
n("pr243", "826 relief camps", "826 relief camps", "count")
t("pr243", "killed", 23, 23, "sum")

# pr244 scroll.in (PTI): Friday's four in Bihar and Assam's six on Friday and Saturday (told by district: one on
# Saturday, 2 + 1 + 1 + 1 on Friday) beside the season's tolls (208; 127 and 81) and Bihar's worst districts
g("pr244", "The toll in floods in Bihar and Assam rose to 208", "208", "killed", 208, 208,
  speaker="the state governments\u2019 bulletin", subject="season's flood toll in both states", scope="aggregate")
g("pr244", "Four people were killed in Bihar on Friday", "Four people", "killed", 4, 4, subject="Bihar on Friday")
g("pr244", "taking the number of deaths to 127", "127", "killed", 127, 127, subject="season's flood toll in Bihar",
  scope="aggregate")
g("pr244", "In Assam, six people died on Friday and Saturday", "six people", "killed", 6, 6,
  subject="Assam on Friday and Saturday")
g("pr244", "Saturday, pushing up the toll to 81.\n\nBihar", "81", "killed", 81, 81,
  subject="season's flood toll in Assam", scope="aggregate")
g("pr244", "with 37 and 30 deaths reported respectively", "37", "killed", 37, 37, modality="hedged",
  subject="season's dead in Sitamarhi", scope="aggregate")
g("pr244", "with 37 and 30 deaths reported respectively", "30 deaths", "killed", 30, 30, modality="hedged",
  subject="season's dead in Madhubani", scope="aggregate")
g("pr244", "6,300 people have taken shelter in eight relief camps", "6,300 people", "displaced", 6300, 6300,
  subject="people in Bihar's relief camps", scope="aggregate")
g("pr244", "In Assam, one person was killed on Saturday", "one person", "killed", 1, 1,
  subject="Assam on Saturday (part of the six)")
g("pr244", "Barpeta district, pushing up the toll to 81", "81", "killed", 81, 81,
  subject="season's flood toll in Assam (restated)", core=False, scope="aggregate")
g("pr244", "On Friday, two deaths were reported from Baksa district", "two deaths", "killed", 2, 2,
  modality="hedged", speaker="the Assam State Disaster Management Authority",
  subject="Assam on Friday (part of the six)")
g("pr244", "while one each was reported from Barpeta, Cachar and Biswanath", "one each", "killed", 3, 3,
  modality="hedged", speaker="the Assam State Disaster Management Authority",
  subject="Assam on Friday, one in each of three districts (part of the six)")
n("pr244", "85.6 lakh people", "85.6 lakh people", "other")
n("pr244", "in 1,253 panchayats", "1,253 panchayats", "count")
n("pr244", "As many as 111 blocks", "As many as 111 blocks", "count")
n("pr244", "running 885 community kitchens", "885 community kitchens", "count")
n("pr244", "Around 21.68 lakh people", "Around 21.68 lakh people", "other")
n("pr244", "from 1,716 villages in 56 revenue circles", "1,716 villages", "count")
n("pr244", "615 relief camps and 49 relief distribution centres", "615 relief camps", "count")
t("pr244", "killed", 10, 10, "sum")
# ---- batch of session 17, task s17isaf (pr253-pr258, 6 pages): detentions in army and police statements and the
# day of the operation (wire README); gold written blind, before any run ----
# pr253 dailynewsegypt (Egyptian military spokesperson): three arrested on Saturday; an earlier killing is background
g("pr253", "Army forces arrested three alleged militants in a cave", "three alleged militants", "captured", 3, 3,
  speaker="Tamer Al-Refaie", subject="militants arrested in central Sinai")
g("pr253", "the killing of six alleged militants in a military operation last Monday", "six alleged militants",
  "killed", 6, 6, subject="militants killed the Monday before", scope="background")
n("pr253", "four motorbikes suspected", "four motorbikes", "count")
n("pr253", "headed by the second army", "second army", "other")
n("pr253", "battling several armed groups", "several armed groups", "count")
n("pr253", "Mohamed Morsi in July 2013", "July 2013", "date")
n("pr253", "In 2014, the group", "2014", "date")
n("pr253", "Since 2013, state security", "2013", "date")
t("pr253", "captured", 3, 3, "stated")

# pr254 dreadpundit (a CENTCOM release quoted): the leader and three suspects detained the morning of June 19
g("pr254", "Another Senior al Qaeda Leader Captured", "Another Senior al Qaeda Leader", "captured", 1, 1,
  subject="senior AQI member (headline)", core=False)
g("pr254", "detained a senior al-Qaida in Iraq network member", "a senior al-Qaida in Iraq network member", "captured",
  1, 1, subject="senior network member detained")
g("pr254", "network member and three suspected terrorists during", "three suspected terrorists", "captured", 3, 3,
  subject="suspects detained with him")
g("pr254", "detained the known terrorist plus", "the known terrorist", "captured", 1, 1,
  subject="senior network member (restated)", core=False)
g("pr254", "plus the three suspected terrorists without incident", "the three suspected terrorists", "captured", 3, 3,
  subject="suspects (restated)", core=False)
n("pr254", "Saturday, June 24, 2006", "June 24, 2006", "date")
n("pr254", "the morning of June 19", "June 19", "date")
n("pr254", "secured multiple buildings", "multiple buildings", "count")
n("pr254", "found an AK-47 with several magazines", "several magazines", "count")
t("pr254", "captured", 4, 4, "sum")

# pr255 terrorism-online (American Forces Press Service): 19 detained in recent operations; seven nabbed yesterday,
# the leader and two others at a meeting place; the leader's past abduction of two soldiers is background
g("pr255", "Troops Detain 19 Suspects, Seize Weapons in Iraq", "19 Suspects", "captured", 19, 19,
  subject="suspects detained (headline)", core=False)
g("pr255", "forces detained 19 suspects and captured weapons caches", "19 suspects", "captured", 19, 19,
  subject="suspects detained in recent operations")
g("pr255", "helped coalition forces nab seven suspects yesterday", "seven suspects", "captured", 7, 7,
  speaker="military officials", subject="suspects nabbed near Dhour (part of the 19)")
g("pr255", "including an al Qaeda network leader", "an al Qaeda network leader", "captured", 1, 1,
  speaker="military officials", subject="network leader (subset)", core=False)
g("pr255", "to hand the detainee over to", "the detainee", "captured", 1, 1,
  subject="high-value target (restated)", core=False)
g("pr255", "took custody of the high-value detainee and", "the high-value detainee", "captured", 1, 1,
  subject="high-value target taken at the meeting place")
g("pr255", "high-value detainee and two other suspects", "two other suspects", "captured", 2, 2,
  subject="suspects taken at the meeting place")
g("pr255", "abducting two soldiers two months later", "two soldiers", "captured", 2, 2,
  speaker="military officials", subject="soldiers abducted in 2006", scope="background")
n("pr255", "Tuesday, July 10, 2007", "July 10, 2007", "date")
n("pr255", "Tips from two Iraqi residents", "two Iraqi residents", "count")
n("pr255", "the 10th Mountain Division's 89th Cavalry Regiment", "89th Cavalry Regiment", "other")
n("pr255", "the cache for five minutes", "five minutes", "duration")
n("pr255", "the 2nd Brigade Combat Team's", "2nd Brigade", "other")
n("pr255", "As four men began to load", "four men", "count")
n("pr255", "with an M-240 machine gun", "M-240", "other")
n("pr255", "an AH-64 helicopter in April 2006", "April 2006", "date")
t("pr255", "captured", 19, 19, "stated")

# pr256 hathalyoum (Shafaq News; Iraqi Ministry of Interior intelligence agency): seven arrested earlier today
g("pr256", "that seven \"terrorists\" were arrested earlier today", "seven \"terrorists\"", "captured", 7, 7,
  speaker="The Intelligence Agency of the Iraqi Ministry of Interior", subject="ISIS suspects arrested in Tuz")
g("pr256", "arrested 7 terrorists in separate areas of Tuz district", "7 terrorists", "captured", 7, 7,
  speaker="The agency", subject="ISIS suspects (restated in the statement)", core=False)
n("pr256", " date 2020-07-15 2020/07/15 | 12:04", "2020/07/15", "date")
n("pr256", "provisions of Article 4-terrorism", "Article 4", "other")
t("pr256", "captured", 7, 7, "stated")

# pr257 mindanaoexaminer (6th Infantry Division spokesman): two rebels captured in the weekend fighting, named
g("pr257", "Army captures 2 commies in Sultan Kudarat", "2 commies", "captured", 2, 2,
  subject="rebels captured (headline)", core=False)
g("pr257", "Government troops captured 2 communist rebels following a clash", "2 communist rebels", "captured", 2, 2,
  speaker="officials", subject="NPA rebels captured in Laguilayan")
g("pr257", "resulted in the capture of Bago Otig Bantali and Ben Apa", "Bago Otig Bantali and Ben Apa", "captured",
  2, 2, speaker="Officials", subject="NPA rebels (named)", core=False)
g("pr257", "there was no report of military casualties", "no report of military casualties", "killed_or_injured",
  0, 0, modality="negated", speaker="He", subject="soldiers (no report)", core=False)
n("pr257", " date 2017-08-21 Army", "2017-08-21", "date")
n("pr257", "from the 33rd Infantry Battalion", "33rd Infantry Battalion", "other")
n("pr257", "a spokesman for the 6th Infantry Division", "6th Infantry Division", "other")
n("pr257", "an M16 automatic rifle", "M16", "other")
n("pr257", "a secessionist war for decades now", "decades", "duration")
t("pr257", "captured", 2, 2, "stated")

# pr258 emiratesnewsupdates (Baghdad Operations Command via INA): two arrested, told one by one place by place
g("pr258", "Two terrorist suspects arrested in Baghdad", "Two terrorist suspects", "captured", 2, 2,
  subject="suspects arrested (headline)", core=False)
g("pr258", "Security forces arrested two terrorist suspects on the Karkh side", "two terrorist suspects", "captured",
  2, 2, subject="suspects arrested in Baghdad")
g("pr258", "A suspect wanted in accordance with Article 4/1 of terrorism was arrested", "A suspect", "captured", 1, 1,
  speaker="The Baghdad Operations Command", subject="suspect arrested in Al-Ghuwaithat")
g("pr258", "arrested another accused of terrorism in a controlled ambush", "another", "captured", 1, 1,
  speaker="It", subject="suspect arrested in Doura")
n("pr258", "with Article 4/1 of terrorism", "4/1", "other")
n("pr258", "from the 22nd Brigade, 17th Infantry Division", "17th Infantry Division", "other")
t("pr258", "captured", 2, 2, "stated")
# Batch of session 17 (s17place): pr245-pr250, local news (shootings, a stabbing, crashes, fires) telling two or
# more incidents, the later one with a time, source or place of its own; shootings README rules; every row gives
# its `location`: the place the counted people were harmed, as the text names it (the most specific proper name
# the text gives for that incident: a town, township, neighbourhood, street or highway, without house numbers;
# for a lead figure over several incidents, the name that holds them all); None where the text names none.

# pr245 mlive: a lead over two shootings in Saginaw County; the first in Buena Vista Township (the man died), the
# second "about two hours later" on Saginaw's East Side (hurt); both told one by one after the lead's total
g("pr245", "left one man dead and another wounded", "one man", "killed", 1, 1,
  subject="man shot in Buena Vista Township", location="Saginaw County")
g("pr245", "left one man dead and another wounded", "another", "injured", 1, 1,
  subject="man shot on Saginaw's East Side", location="Saginaw County")
g("pr245", "found a man in the complex\u2019s parking lot", "a man", "killed", 1, 1, speaker="David Kaiser",
  subject="man shot in Buena Vista Township (one by one)", core=False, location="Buena Vista Township")
g("pr245", "The man later died of his wound(s)", "The man", "killed", 1, 1,
  subject="man shot in Buena Vista Township (restated)", core=False, location="Buena Vista Township")
g("pr245", "found a 23-year-old man had been shot multiple times", "a 23-year-old man", "injured", 1, 1,
  speaker="Kaiser", subject="man shot on Saginaw's East Side (one by one)", core=False,
  location="Saginaw\u2019s East Side")
g("pr245", "The man was taken to an area hospital", "The man", "injured", 1, 1,
  subject="man shot on Saginaw's East Side (restated)", core=False, location="Saginaw\u2019s East Side")
n("pr245", "suffering from at least one gunshot wound", "at least one gunshot wound", "count")
n("pr245", "occurred about two hours later", "about two hours", "duration")
n("pr245", "around 12:30 a.m. on Saturday", "12:30 a.m.", "time")
n("pr245", "CrimeStoppers at 1-800-422-5245", "1-800-422-5245", "phone")
t("pr245", "killed", 1, 1, "stated")
t("pr245", "injured", 1, 1, "stated")

# pr246 washingtonpost (AP): a lead over two fatal shootings; Friday's four dead are background (shootings rule 5);
# each incident's victims are core (a round-up told incident by incident); the vague "several others" wounded
# are told per incident: 1 + 2 + 2 = 5 (shootings rule 21's precedent)
g("pr246", "Two people were killed and several others wounded", "Two people", "killed", 2, 2,
  subject="people shot dead on Saturday night and Sunday", location="Baltimore")
g("pr246", "Two people were killed and several others wounded", "several others", "injured", 3, 9, vague=True,
  subject="people wounded on Saturday night and Sunday", location="Baltimore")
g("pr246", "left four men dead and another injured", "four men", "killed", 4, 4, speaker="The Baltimore Sun",
  subject="Friday's shootings", scope="background", location="Baltimore")
g("pr246", "left four men dead and another injured", "another", "injured", 1, 1, speaker="The Baltimore Sun",
  subject="Friday's shootings", scope="background", location="Baltimore")
g("pr246", "They included two victims found in a vehicle", "two victims", "killed", 2, 2,
  subject="Friday's dead found in a vehicle", core=False, scope="background", location="Baltimore")
g("pr246", "One man died and a woman was seriously wounded", "One man", "killed", 1, 1, speaker="city police",
  subject="man shot in northeast Baltimore", location="Baltimore")
g("pr246", "One man died and a woman was seriously wounded", "a woman", "injured", 1, 1, speaker="city police",
  subject="woman shot in northeast Baltimore", location="Baltimore")
g("pr246", "The unidentified man was pronounced dead at the scene", "The unidentified man", "killed", 1, 1,
  speaker="police", subject="man shot in northeast Baltimore (restated)", core=False, location="Baltimore")
g("pr246", "while the woman, with life-threatening injuries", "the woman", "injured", 1, 1, speaker="police",
  subject="woman shot in northeast Baltimore (restated)", core=False, location="Baltimore")
g("pr246", "Two other adults who were shot at the scene", "Two other adults", "injured", 2, 2, speaker="police",
  subject="adults shot in northeast Baltimore", location="Baltimore")
g("pr246", "found a man with gunshot wounds", "a man", "killed", 1, 1,
  subject="man shot in Hollins Market", location="Hollins Market")
g("pr246", "two men in their 30s who apparently suffered gunshot wounds", "two men in their 30s", "injured", 2, 2,
  modality="hedged", speaker="The police department", subject="men shot in west Baltimore", location="Baltimore")
g("pr246", "Officers found one of the wounded men", "one of the wounded men", "injured", 1, 1,
  subject="men shot in west Baltimore (one of them)", core=False, location="Baltimore")
g("pr246", "At least 225 people have lost their lives to violence", "At least 225 people", "killed", 225, None,
  speaker="the newspaper", subject="people killed in Baltimore this year", scope="aggregate",
  location="Baltimore")
n("pr246", "about 1:45 a.m. Sunday", "1:45 a.m.", "time")
n("pr246", "about 11:30 p.m. Saturday", "11:30 p.m.", "time")
n("pr246", "about 1 a.m. Sunday", "1 a.m.", "time")
t("pr246", "killed", 2, 2, "stated")
t("pr246", "injured", 5, 5, "sum")

# pr247 yahoo (Dayton Daily News): a man stabbed in Harrison Twp., then "approximately one hour" later a woman
# found shot a few blocks away, who died; no lead total
g("pr247", "A man is in stable condition after he was stabbed", "A man", "injured", 1, 1,
  subject="man stabbed", location="Harrison Twp.")
g("pr247", "Deputies found a man with a stab wound to his back", "a man", "injured", 1, 1,
  speaker="the sheriff\'s office", subject="man stabbed (restated)", core=False, location="Meadowdale Drive")
g("pr247", "transported the man to the hospital", "the man", "injured", 1, 1,
  subject="man stabbed (restated)", core=False, location="Meadowdale Drive")
g("pr247", "deputies found the woman with an apparent gunshot wound", "the woman", "killed", 1, 1,
  subject="woman shot on Saylor Street", location="Saylor Street")
n("pr247", "took place approximately one hour before", "approximately one hour", "duration")
n("pr247", "the reported stabbing around 1:35 a.m.", "1:35 a.m.", "time")
n("pr247", "Around 2:29 a.m., deputies", "2:29 a.m.", "time")
t("pr247", "killed", 1, 1, "enumerated")
t("pr247", "injured", 1, 1, "enumerated")

# pr248 ctvnews: a lead over two fatal crashes on Highway 3 in Saskatchewan; Friday's near Paradise Hill (its truck
# driver hurt), Sunday's south of Tisdale (the SUV's driver and four passengers hurt): injured 1 + 5 = 6
g("pr248", "Two killed in separate crashes on Sask. highway", "Two", "killed", 2, 2,
  subject="drivers killed (headline)", core=False, location="Sask.")
g("pr248", "Two people are dead following two separate crashes", "Two people", "killed", 2, 2,
  subject="drivers killed in two crashes", location="Saskatchewan")
g("pr248", "the driver of the car was declared dead at the scene by paramedics", "the driver of the car", "killed",
  1, 1, speaker="RCMP", subject="car driver near Paradise Hill (one by one)", core=False, location="Paradise Hill")
g("pr248", "identify the person killed", "the person", "killed", 1, 1,
  subject="car driver near Paradise Hill (restated)", core=False, location="Paradise Hill")
g("pr248", "the driver of the truck was taken to hospital with serious injuries", "the driver of the truck",
  "injured", 1, 1, speaker="Police", subject="truck driver near Paradise Hill", location="Paradise Hill")
g("pr248", "The driver of the car \u2014 a 57-year-old Prince Albert man \u2014 was declared dead",
  "The driver of the car \u2014 a 57-year-old Prince Albert man", "killed", 1, 1,
  subject="car driver south of Tisdale (one by one)", core=False, location="Tisdale")
g("pr248", "The driver and four passengers in the SUV were taken to hospital", "The driver", "injured", 1, 1,
  subject="SUV driver south of Tisdale", location="Tisdale")
g("pr248", "The driver and four passengers in the SUV were taken to hospital", "four passengers", "injured", 4, 4,
  subject="SUV passengers south of Tisdale", location="Tisdale")
n("pr248", "about 274 kilometres northwest", "about 274 kilometres", "distance")
n("pr248", "the 36-year-old driver faces charges", "36-year-old", "age")
t("pr248", "killed", 2, 2, "stated")
t("pr248", "injured", 6, 6, "sum")

# pr249 argusleader: three dead in a crash southeast of Wolsey, then "In a separate crash" one near Murdo: 3 + 1
g("pr249", "Three people died Saturday afternoon", "Three people", "killed", 3, 3,
  speaker="the South Dakota Highway Patrol", subject="people killed near Wolsey", location="Wolsey")
g("pr249", "One person in the Chevy", "One person in the Chevy", "killed", 1, 1, speaker="the Highway Patrol",
  subject="man in the Chevy (one by one)", core=False, location="Wolsey")
g("pr249", "two people in the Toyota", "two people in the Toyota", "killed", 2, 2, speaker="the Highway Patrol",
  subject="women in the Toyota (one by one)", core=False, location="Wolsey")
g("pr249", "one person died Saturday afternoon near Murdo", "one person", "killed", 1, 1,
  subject="driver killed near Murdo", location="Murdo")
n("pr249", "for about four hours", "about four hours", "duration")
n("pr249", "A 2002 Chevy Tahoe", "2002", "date")
n("pr249", "an eastbound 2016 Toyota Rav4", "2016", "date")
n("pr249", "A 2003 Chevrolet Avalanche", "2003", "date")
n("pr249", "on Interstate 90 when", "Interstate 90", "other")
t("pr249", "killed", 4, 4, "sum")

# pr250 newschannel5: a lead over overnight fires in Middle Tennessee ("One person was killed"); the first in
# West Meade hurt nobody named; "Less than two hours later" the Lebanon fire: the woman who died (the lead's one)
# and Larry Murray hurt
g("pr250", "One person was killed and three homes were destroyed", "One person", "killed", 1, 1,
  subject="woman in the Lebanon fire", location="Middle Tennessee")
g("pr250", "help two of the victims", "two of the victims", "killed_or_injured", 2, 2,
  subject="people helped out of the Lebanon fire", core=False, location="Lebanon")
g("pr250", "One woman was pulled by a rescue squad", "One woman", "killed", 1, 1,
  subject="woman in the Lebanon fire (restated)", core=False, location="Lebanon")
g("pr250", "1 man taken to @VUMChealth", "1 man", "injured", 1, 1, speaker="Alexandra Koehn",
  subject="man hurt in Lebanon (embedded tweet)", core=False, location="Lebanon")
g("pr250", "Larry Murray,67, was injured", "Larry Murray", "injured", 1, 1,
  subject="man hurt in the Lebanon fire", location="Lebanon")
n("pr250", "three homes were destroyed", "three homes", "buildings")
n("pr250", "Three people were inside at the time", "Three people", "count")
n("pr250", "the 6200 block of Vosswood Drive", "6200 block", "address")
n("pr250", "as dozens of firefighters", "dozens of firefighters", "count")
t("pr250", "killed", 1, 1, "stated")
t("pr250", "injured", 1, 1, "enumerated")

# ---- Batch of session 18, task s18wire (pr259-pr264, 6 pages): a headline's toll told again in the body (the same
# figure, rounded or hedged: "kills 12" above "At least 12 people were killed"; spelled out: "mounts to 9" above "nine
# police officers"; or as its parts: "mayor and 11 others" above "Twelve people"); wire README rules; every row gives
# its `location` as pr245-pr250 do (the most specific proper name the text gives for the incident)
# pr259 breakingnews.ie: a Kirkuk car bombing; last week's two attacks in Kirkuk are background
g("pr259", "Iraq: Suicide bomber kills 12", "12", "killed", 12, 12, subject="Kirkuk bombing (headline)", core=False,
  location="Kirkuk")
g("pr259", "At least 12 people were killed, police said", "At least 12 people", "killed", 12, None, speaker="police",
  subject="Kirkuk bombing", location="Kirkuk")
g("pr259", "opened fire on a police patrol in Kirkuk, killing three officers", "three officers", "killed", 3, 3,
  subject="last week's attack on a patrol in Kirkuk", scope="background", location="Kirkuk")
g("pr259", "killed two more police officers", "two more police officers", "killed", 2, 2,
  subject="last week's roadside bomb near Kirkuk", scope="background", location="Kirkuk")
n("pr259", "Kirkuk, 180 miles north of Baghdad", "180 miles", "distance")
n("pr259", "a roadside bomb a few miles away", "a few miles", "distance")
t("pr259", "killed", 12, None, "stated")

# pr260 dainikdisha (Xinhua): a suicide bombing of a police station in Mingora; "TV reports said" is hedged (rule 5)
g("pr260", "Suicide bomb attack kills 12 policemen in Pakistan", "12 policemen", "killed", 12, 12,
  subject="Mingora police station bombing (headline)", core=False, location="Mingora")
g("pr260", "At least 12 policemen were killed and 30 others wounded", "At least 12 policemen", "killed", 12, None,
  modality="hedged", speaker="TV reports", subject="Mingora police station bombing", location="Mingora")
g("pr260", "At least 12 policemen were killed and 30 others wounded", "30 others", "injured", 30, 30,
  modality="hedged", speaker="TV reports", subject="Mingora police station bombing", location="Mingora")
n("pr260", "Islamabad, Aug 30 (Xinhua)", "Aug 30", "date")
n("pr260", "There were around 60 policemen at the station", "around 60 policemen", "count")
n("pr260", "this was the third suicide attack", "third", "other")
t("pr260", "killed", 12, None, "stated")
t("pr260", "injured", 30, 30, "stated")

# pr261 dailymail: the Adazai market bombing; the headline tells the 12 as the mayor and 11 others
g("pr261", "Anti-Taliban mayor and 11 others killed", "Anti-Taliban mayor", "killed", 1, 1,
  subject="the mayor (headline)", core=False, location="Adazai")
g("pr261", "Anti-Taliban mayor and 11 others killed", "11 others", "killed", 11, 11,
  subject="others killed with the mayor (headline)", core=False, location="Adazai")
g("pr261", "Twelve people, including an anti-Taliban mayor, were killed", "Twelve people", "killed", 12, 12,
  subject="Adazai market bombing", location="Adazai")
g("pr261", "Twelve people, including an anti-Taliban mayor, were killed", "an anti-Taliban mayor", "killed", 1, 1,
  subject="the mayor among the dead", core=False, location="Adazai")
g("pr261", "More than 30 others were injured", "More than 30 others", "injured", 31, None,
  subject="Adazai market bombing", location="Adazai")
g("pr261", "killed the town's mayor, Abdul Malik, and 11 other people", "the town's mayor, Abdul Malik", "killed", 1,
  1, subject="the mayor (restated)", core=False, location="Adazai")
g("pr261", "killed the town's mayor, Abdul Malik, and 11 other people", "11 other people", "killed", 11, 11,
  subject="others killed with the mayor (restated)", core=False, location="Adazai")
g("pr261", "including a young girl", "a young girl", "killed", 1, 1, subject="a girl among the dead", core=False,
  location="Adazai")
n("pr261", "about 10 miles south of Peshawar", "about 10 miles", "distance")
t("pr261", "killed", 12, 12, "stated")
t("pr261", "injured", 31, None, "stated")

# pr262 UPI: the Data Darbar shrine bombing in Lahore, the toll raised to 11 by a police officer's death
g("pr262", "Death toll rises to 11 in Lahore shrine blast", "11", "killed", 11, 11,
  subject="Data Darbar bombing (headline)", core=False, location="Data Darbar shrine")
g("pr262", "The death toll rose to 11 Thursday", "11", "killed", 11, 11, subject="Data Darbar bombing",
  location="Data Darbar shrine")
g("pr262", "as another police officer died of injuries", "another police officer", "killed", 1, 1,
  subject="officer who died of his wounds (increment)", core=False, location="Data Darbar shrine")
g("pr262", "At least five police officers were among the dead", "At least five police officers", "killed", 5, None,
  speaker="Pakistan's The Express Tribune", subject="officers among the dead", core=False,
  location="Data Darbar shrine")
g("pr262", "Another 26 people were injured", "Another 26 people", "injured", 26, 26, subject="Data Darbar bombing",
  location="Data Darbar shrine")
n("pr262", "May 9 (UPI)", "May 9", "date")
n("pr262", "at around 8:44 a.m. Wednesday", "8:44 a.m.", "time")
n("pr262", "was a 15-year-old boy", "15-year-old", "age")
n("pr262", "at least 15 pounds of explosives", "at least 15 pounds", "other")
t("pr262", "killed", 11, 11, "stated")
t("pr262", "injured", 26, 26, "stated")

# pr263 thenews: the attack on the DIG office in Loralai; nine police dead, two attackers killed by the security
# forces (a separate group, wire rule 14: 9 + 2 = 11); "another 21 people succumbing to injuries" beside a toll of 9
# read as 21 hurt (the only reading the toll leaves); the suicide bomber's own death is not counted (rule 8)
g("pr263", "Loralai attack death toll mounts to 9", "9", "killed", 9, 9, subject="Loralai attack (headline)",
  core=False, location="Loralai")
g("pr263", "in Loralai rose to 9 with another", "9", "killed", 9, 9, speaker="a provincial minister",
  subject="Loralai attack", location="Loralai")
g("pr263", "another 21 people succumbing to injuries", "another 21 people", "injured", 21, 21,
  speaker="a provincial minister", subject="Loralai attack", location="Loralai")
g("pr263", "confirmed the death of nine police officers", "nine police officers", "killed", 9, 9,
  speaker="Mir Zia Lango", subject="Loralai attack (restated)", core=False, location="Loralai")
g("pr263", "Two attackers, he said, were killed", "Two attackers", "killed", 2, 2, speaker="Mir Zia Lango",
  subject="attackers killed by the security forces", location="Loralai")
g("pr263", "One suicide bomber blew himself up", "One suicide bomber", "killed", 1, 1, speaker="Lango",
  subject="suicide bomber's own death", core=False, location="Loralai")
g("pr263", "all nine people who were martyred", "all nine people", "killed", 9, 9, speaker="Dr Fahim Kakar",
  subject="Loralai attack (restated)", core=False, location="Loralai")
n("pr263", "Three to four men carrying arms", "Three to four men", "count")
n("pr263", "DIG and 15 other police officers were safely rescued", "15 other police officers", "count")
t("pr263", "killed", 11, 11, "sum")
t("pr263", "injured", 21, 21, "stated")

# pr264 eastcoastdaily: a checkpoint shooting and a hospital suicide bombing in Dera Ismail Khan; the lead's total
# holds both (the two policemen are told one by one after it, core=false)
g("pr264", "9 killed in terror attack and suicide bomb blast in Pakistan", "9", "killed", 9, 9,
  subject="Dera Ismail Khan attacks (headline)", core=False, location="Dera Ismail Khan")
g("pr264", "Atleast 9 people including six policemen were killed", "Atleast 9 people", "killed", 9, None,
  subject="Dera Ismail Khan attacks", location="Dera Ismail Khan")
g("pr264", "including six policemen were killed", "six policemen", "killed", 6, 6,
  subject="policemen among the dead", core=False, location="Dera Ismail Khan")
g("pr264", "40 others were injured", "40 others", "injured", 40, 40, subject="Dera Ismail Khan attacks",
  location="Dera Ismail Khan")
g("pr264", "fired at two policemen in a checkpoint and killed them", "two policemen", "killed", 2, 2,
  speaker="police", subject="policemen shot at the checkpoint (part of the 9)", core=False,
  location="Dera Ismail Khan")
n("pr264", "date 2019-07-21", "2019-07-21", "date")
n("pr264", "Jul 21, 2019, 08:57 pm IST", "Jul 21, 2019", "date")
n("pr264", "four unidentified gunmen", "four unidentified gunmen", "count")
n("pr264", "riding two motorbikes", "two motorbikes", "vehicles")
t("pr264", "killed", 9, None, "stated")
t("pr264", "injured", 40, 40, "stated")
# ---- batch of session 18, task s18isaf (pr265-pr270, 6 pages): detentions told as "X and N others", "along with
# his two sons", a day list ("Feb. 18 and 19", "On Friday and Saturday"), a leader in the headline and again in the
# body (wire README); gold written blind, before any run ----
# pr265 commandosof2bct (2nd BCT PAO, 10th Mountain Division): detentions on Feb. 18 and 19 told incident by incident
g("pr265", "resulting in several detainees and caches found", "several detainees", "captured", 3, 9, vague=True,
  subject="detainees of the two days (lead)")
g("pr265", "spotted two local men hiding in a canal", "two local men", "captured", 2, 2,
  subject="the two men of the canal (part of the five)", core=False)
g("pr265", "All five of the men, suspected of being involved", "All five of the men", "captured", 5, 5,
  subject="men detained after the IED on Route Tampa")
g("pr265", "stopped two trucks at the scene, detaining two men", "two men", "captured", 2, 2,
  subject="men detained by Task Force Iron Claw")
g("pr265", "The two men inside were detained", "The two men inside", "captured", 2, 2,
  subject="men of the white truck detained")
g("pr265", "in addition to the two detained earlier", "the two detained earlier", "captured", 2, 2,
  subject="men detained by Task Force Iron Claw (restated)", core=False)
n("pr265", "Sunday, February 25, 2007", "February 25, 2007", "date")
n("pr265", "2nd BCT PAO, 10th Mtn. Div.", "10th Mtn. Div.", "other")
n("pr265", "in Iraq Feb. 18 and 19, with", "Feb. 18 and 19", "date")
n("pr265", "the 1st Squadron, 89th Cavalry Regiment", "89th Cavalry Regiment", "other")
n("pr265", "at about 5:45 p.m.", "5:45 p.m.", "time")
n("pr265", "At about 6:30 p.m.", "6:30 p.m.", "time")
n("pr265", "along with another three men in the area", "another three men", "count")
n("pr265", "Three of the men claimed", "Three of the men", "count")
n("pr265", "Feb. 19 at about 7:20 a.m. local time", "7:20 a.m.", "time")
n("pr265", "they found two males carrying a white bag", "two males", "count")
n("pr265", "About three hours later", "About three hours", "duration")
n("pr265", "finding two men inside as well as a shotgun", "two men", "count")
t("pr265", "captured", 9, 9, "sum")

# pr266 stripes (Multi-National Force-Iraq figures): about 50 detained in the past week (a period total), then the
# operations of Thursday, Friday and Saturday one by one; "a cell leader, a suspected weapons supplier and two other
# insurgents", "a suspected leader ... and eight other suspects"
g("pr266", "About 50 people have been detained in the past week", "About 50 people", "captured", 50, 50, vague=True,
  speaker="U.S. officials", subject="detainees of the past week", scope="aggregate")
g("pr266", "Eighteen people were held Saturday", "Eighteen people", "captured", 18, 18,
  speaker="Multi-National Force\u2013Iraq", subject="held Saturday in central Iraq")
g("pr266", "Ten of them were detained north of Habbaniyah", "Ten of them", "captured", 10, 10,
  subject="held north of Habbaniyah (subset of the 18)", core=False)
g("pr266", "On Friday, two insurgents were killed and 12 detained", "two insurgents", "killed", 2, 2,
  subject="insurgents killed north of Muqdadiyah")
g("pr266", "On Friday, two insurgents were killed and 12 detained", "12", "captured", 12, 12,
  subject="detained north of Muqdadiyah")
g("pr266", "an al-Qaida in Iraq cell leader, a suspected weapons supplier", "an al-Qaida in Iraq cell leader", "captured",
  1, 1, subject="cell leader held in Diwaniyah / Keshkul Kabir")
g("pr266", "a suspected weapons supplier and two other insurgents", "a suspected weapons supplier", "captured", 1, 1,
  subject="weapons supplier held")
g("pr266", "and two other insurgents were held", "two other insurgents", "captured", 2, 2,
  subject="insurgents held with them")
g("pr266", "Iraq Special Operations Forces detained two suspects", "two suspects", "captured", 2, 2,
  subject="suspects detained in Mahmudiyah")
g("pr266", "detained two alleged cell leaders", "two alleged cell leaders", "captured", 2, 2,
  subject="cell leaders detained in western Mosul")
g("pr266", "captured a suspected leader of the Iranian-backed Special Groups", "a suspected leader of the Iranian-backed "
  "Special Groups", "captured", 1, 1, subject="Special Groups leader captured in Huwaysh")
g("pr266", "Special Groups and eight other suspects", "eight other suspects", "captured", 8, 8,
  subject="suspects captured with him")
g("pr266", "detained four insurgents in an operation in Barrah", "four insurgents", "captured", 4, 4,
  subject="insurgents detained in Barrah")
n("pr266", "during two operations north of Muqdadiyah", "two operations", "count")
n("pr266", "including two recent ones", "two recent ones", "count")
n("pr266", "held in two separate operations", "two separate operations", "count")
n("pr266", "Stripes in 7", "7", "other")
t("pr266", "killed", 2, 2, "stated")
t("pr266", "captured", 51, 51, "sum")

# pr267 realnewsmagazine (Nigerian Army spokesman's statement): a kidnap kingpin in the headline and the lead, arrested
# "along with his two sons"
g("pr267", "Army arrest kidnap kingpin in Kaduna State", "kidnap kingpin", "captured", 1, 1,
  subject="kingpin (headline)", core=False)
g("pr267", "it had arrested a kidnap kingpin, Filani Auta", "a kidnap kingpin", "captured", 1, 1,
  speaker="THE Nigerian Army", subject="Filani Auta arrested")
g("pr267", "the kingpin was arrested along with his two sons", "the kingpin", "captured", 1, 1,
  speaker="Texas Chukwu", subject="Filani Auta (restated)", core=False)
g("pr267", "the kingpin was arrested along with his two sons", "his two sons", "captured", 2, 2,
  speaker="Texas Chukwu", subject="his sons arrested with him")
n("pr267", "Fri, Apr 6, 2018 | By publisher", "Apr 6, 2018", "date")
n("pr267", "are two Dane guns and four mobile phones", "two Dane guns", "count")
n("pr267", "Dane guns and four mobile phones", "four mobile phones", "count")
n("pr267", "Apr. 6, 2018 @ 18:35 GMT", "18:35 GMT", "time")
t("pr267", "captured", 3, 3, "sum")

# pr268 thisdaylive (Director of Army Public Relations' statement): a kingpin "and three other suspects", then in a
# related development three militants (a separate arrest; the headline's "six others" is not in the excerpt)
g("pr268", "arrested a suspected high ranking militant kingpin Mr. Victory Benjamin",
  "a suspected high ranking militant kingpin Mr. Victory Benjamin", "captured", 1, 1,
  subject="Victory Benjamin arrested in Akpabuyo")
g("pr268", "(aka Abuja Daddy and G3) and three other suspects", "three other suspects", "captured", 3, 3,
  subject="suspects arrested with him")
g("pr268", "said the kingpin was arrested at Saint Joseph Hospital", "the kingpin", "captured", 1, 1,
  speaker="Sani Usman", subject="Victory Benjamin (restated)", core=False)
g("pr268", "have also arrested three militants with locally-made pistol", "three militants", "captured", 3, 3,
  speaker="he", subject="militants arrested at Efut Isigi")
g("pr268", "the arrested militants known as \u2018G2\u2019 and \u2018G3\u2019",
  "the arrested militants known as \u2018G2\u2019 and \u2018G3\u2019", "captured", 2, 2,
  speaker="He", subject="two of the arrested (restated)", core=False)
n("pr268", " date 2016-09-18 Senator", "2016-09-18", "date")
n("pr268", "The troops of 13 Brigade, 82 Division", "82 Division", "other")
n("pr268", "from one of their kidnap victim\u2019s relations", "one", "other")
t("pr268", "captured", 7, 7, "sum")

# pr269 mindanaoexaminer: "NPA leader, bishop and 2 others" in the headline, "arrested four people" in the lead;
# the leader named again and again
g("pr269", "Philippine military arrests NPA leader, bishop and 2 others", "NPA leader", "captured", 1, 1,
  subject="rebel leader (headline)", core=False)
g("pr269", "Philippine military arrests NPA leader, bishop and 2 others", "bishop", "captured", 1, 1,
  subject="bishop (headline)", core=False)
g("pr269", "Philippine military arrests NPA leader, bishop and 2 others", "2 others", "captured", 2, 2,
  subject="the bishop's wife and driver (headline)", core=False)
g("pr269", "Security forces arrested four people, including", "four people", "captured", 4, 4,
  speaker="officials", subject="four arrested at the Ozamiz checkpoint")
g("pr269", "including a communist rebel leader and a bishop", "a communist rebel leader", "captured", 1, 1,
  speaker="officials", subject="Rommel Salinas (subset)", core=False)
g("pr269", "a communist rebel leader and a bishop at a military checkpoint", "a bishop", "captured", 1, 1,
  speaker="officials", subject="Carlo Morales (subset)", core=False)
g("pr269", "All four did not resist arrest", "All four", "captured", 4, 4,
  subject="four arrested (restated)", core=False)
g("pr269", "said the arrest of Salinas was the result", "Salinas", "captured", 1, 1,
  speaker="Rolando Joselito Bautista", subject="Rommel Salinas (restated)", core=False)
g("pr269", "led to the capture of one of the highest ranking CPP-NPA", "one of the highest ranking CPP-NPA", "captured",
  1, 1, speaker="he", subject="Rommel Salinas (restated)", core=False)
g("pr269", "in a statement following the capture of Salinas", "Salinas", "captured", 1, 1,
  speaker="he", subject="Rommel Salinas (restated)", core=False)
n("pr269", " date 2017-05-12 Philippine", "2017-05-12", "date")
n("pr269", "wanted by authorities for a string of murder cases", "a string of murder cases", "count")
n("pr269", "the country\u2019s second largest Christian denomination", "second", "other")
n("pr269", "commander of the 1st Infantry Division", "1st Infantry Division", "other")
n("pr269", "fighting for many decades now", "many decades", "duration")
t("pr269", "captured", 4, 4, "stated")

# pr270 philstar (Xinhua; the 701st Infantry Brigade's commander): a rebel commander in the headline and the lead;
# the attack he led the day before (four soldiers and an insurgent dead, seven wounded)
g("pr270", "Leftist rebel commander captured in Davao Oriental", "Leftist rebel commander", "captured", 1, 1,
  subject="rebel commander (headline)", core=False)
g("pr270", "One leftist rebel commander has been captured", "One leftist rebel commander", "captured", 1, 1,
  speaker="military", subject="Wendel Olofernes captured")
g("pr270", "Wendel Olofernes, the rebel leader was captured", "Wendel Olofernes, the rebel leader", "captured", 1, 1,
  speaker="Bienvinido Datuin", subject="Wendel Olofernes (restated)", core=False)
g("pr270", "left four soldiers and an insurgent dead", "four soldiers", "killed", 4, 4,
  speaker="police and military officials", subject="soldiers killed in the Mati City attack")
g("pr270", "four soldiers and an insurgent dead", "an insurgent", "killed", 1, 1,
  speaker="police and military officials", subject="insurgent killed in the Mati City attack")
g("pr270", "as well as seven others wounded", "seven others", "injured", 7, 7,
  speaker="police and military officials", subject="wounded in the Mati City attack")
g("pr270", "The suspect was now under government custody", "The suspect", "captured", 1, 1,
  speaker="the military official", subject="Wendel Olofernes (restated)", core=False)
n("pr270", "led some 50 New People's Army (NPA) rebels", "some 50 New People's Army (NPA) rebels", "count")
n("pr270", "the army's 701st Infantry Brigade", "701st Infantry Brigade", "other")
n("pr270", "Sentro de Gravidad- Front 18 unit", "Front 18", "other")
t("pr270", "captured", 1, 1, "stated")
t("pr270", "killed", 5, 5, "sum")
t("pr270", "injured", 7, 7, "stated")

# ---- batch of session 19, task s19isaf (pr279-pr286, 8 pages): people taken into custody ("had taken into custody
# three ...", "taken custody of the bodies"), separate arrests of one statement ("In another incident", "separate search
# operations", "today" and "yesterday"), "detained N suspects" (wire README); gold written blind, before any run ----
# pr279 punchng (Nigerian Army, 223 Light Tank Battalion): three suspects handed over by an emirate council, taken into
# the army's custody
g("pr279", "it had taken into custody three suspected Boko Haram terrorists", "three suspected Boko Haram terrorists",
  "captured", 3, 3, speaker="The Nigerian Army", subject="suspects taken into the army's custody")
n("pr279", " date 2017-01-26 The", "2017-01-26", "date")
n("pr279", "223 Light Tank Batallion", "223 Light Tank Batallion", "other")
n("pr279", "the three suspects had been moved to the 1 Division", "the three suspects", "count")
n("pr279", "moved to the 1 Division, Nigerian Army", "1 Division", "other")
n("pr279", "were AK 47 riffles", "AK 47", "other")
n("pr279", "over 600 ammunitions", "over 600 ammunitions", "count")
t("pr279", "captured", 3, 3, "stated")

# pr280 firstpost (PTI; Punjab CTD): eight arrested in separate raids, told raid by raid (2 + 3 + 3)
g("pr280", "Trending:\n\nEight militants, including those from Al-Qaeda, arrested", "Eight militants", "captured", 8, 8,
  subject="militants arrested (headline)", core=False)
g("pr280", "Eight suspected terrorists including those from Al-Qaeda and Islamic", "Eight suspected terrorists",
  "captured", 8, 8, subject="militants arrested (standfirst)", core=False)
g("pr280", "Advertisement\nEight militants, including those", "Eight militants", "captured", 8, 8,
  subject="militants arrested (headline repeated)", core=False)
g("pr280", "Lahore: Eight suspected terrorists belonging to", "Eight suspected terrorists", "captured", 8, 8,
  subject="militants arrested in separate raids in Punjab")
g("pr280", "on Thursday, and arrested two suspects", "two suspects", "captured", 2, 2,
  speaker="the counter terrorism department (CTD) of Punjab police", subject="suspects arrested in Gulshan-e-Ravi")
g("pr280", "arrested three suspected terrorists of banned outfits", "three suspected terrorists", "captured", 3, 3,
  subject="suspects arrested in Bahawalnagar")
g("pr280", "a house near a shrine and arrested three terrorists", "three terrorists", "captured", 3, 3,
  speaker="The CTD", subject="suspects arrested in Bahawalnagar (restated)", core=False)
g("pr280", "three alleged terrorists of Al-Qaeda and Sipah-e-Sahaba Pakistan were arrested", "three alleged terrorists",
  "captured", 3, 3, subject="suspects arrested in Faisalabad and Ali Pur Chatha")
n("pr280", "May 27, 2016, 18:50:29 IST", "May 27, 2016", "date")
n("pr280", "width=\u201c380\u201d", "380", "other")
n("pr280", "Some 800 gm explosive material", "Some 800 gm", "quantity")
n("pr280", "four-foot prima card", "four-foot", "distance")
n("pr280", "two electric circuit detonators", "two electric circuit detonators", "count")
n("pr280", "some 400 kilometers from Lahore", "some 400 kilometers", "distance")
n("pr280", "some 200 kilometers from lahore", "some 200 kilometers", "distance")
n("pr280", "Some 575 gms e", "Some 575 gms", "quantity")
t("pr280", "captured", 8, 8, "stated")

# pr281 pakistantoday: eight arrested by the police and Rangers in separate search operations (5 + 3)
g("pr281", "8 criminals arrested in city", "8 criminals", "captured", 8, 8, subject="criminals arrested (headline)",
  core=False)
g("pr281", "arrested eight criminals including three members", "eight criminals", "captured", 8, 8,
  subject="criminals arrested in separate search operations")
g("pr281", "including three members of defunct religious organizations", "three members of defunct religious "
  "organizations", "captured", 3, 3, subject="members of banned outfits among them (subset)", core=False)
g("pr281", "During operation five criminals were nabbed", "five criminals", "captured", 5, 5,
  subject="criminals nabbed by the Rangers in Malir and Orangi Town")
g("pr281", "arrested three saboteurs hailing from a banned outfit", "three saboteurs", "captured", 3, 3,
  subject="saboteurs arrested by the CID")
n("pr281", "seized\n\n0\n129\n\nThe", "129", "other")
t("pr281", "captured", 8, 8, "stated")

# pr282 adaderana: two suspects arrested today (24) and three yesterday (23) over the July 20 attack at Manipay, in
# which the police shot one attacker dead
g("pr282", "Two other suspects linked to the attempted attack", "Two other suspects", "captured", 2, 2,
  subject="suspects arrested at Inuvil on the 24th")
g("pr282", "One person was killed after the police opened fire", "One person", "killed", 1, 1,
  subject="attacker shot dead by the police on July 20")
g("pr282", "an \u2018Awa\u2019 group member was killed when", "an \u2018Awa\u2019 group member", "killed", 1, 1,
  speaker="Police Spokesman SP Ruwan Gunasekara", subject="attacker shot dead (restated)", core=False)
g("pr282", "Three suspects aged 18-20 years, who were involved in the incident, were arrested", "Three suspects",
  "captured", 3, 3, subject="suspects arrested on the 23rd")
n("pr282", " date 2019-07-24 -", "2019-07-24", "date")
n("pr282", "On July 20th, a group", "July 20th", "date")
n("pr282", "on three motorcycles", "three motorcycles", "count")
n("pr282", "identified as a 22-year-old named", "22-year-old", "age")
n("pr282", "five other members of the criminal gang", "five other members of the criminal gang", "count")
n("pr282", "Three swords and a motorcycle", "Three swords", "count")
n("pr282", "aged 18-20 years", "18-20 years", "age")
t("pr282", "captured", 5, 5, "sum")
t("pr282", "killed", 1, 1, "stated")

# pr283 timesofindia (Sambalpur police): five arrested, two in the raid and three in follow-up raids
g("pr283", "Police on Tuesday arrested five persons", "five persons", "captured", 5, 5,
  subject="five arrested with brown sugar")
g("pr283", "During the raid, Sohel and Numan were apprehended", "Sohel and Numan", "captured", 2, 2,
  speaker="Police", subject="two apprehended in the raid (part of the five)")
g("pr283", "leading to the arrest of the three other accused", "the three other accused", "captured", 3, 3,
  speaker="Police", subject="three arrested in follow-up raids (part of the five)")
n("pr283", "seized 120 grams of brown sugar", "120 grams", "quantity")
n("pr283", "Md Sohel, 23,", "23", "age")
n("pr283", "Md Numan, 25,", "25", "age")
n("pr283", "Reshma Khatoon, 33,", "33", "age")
n("pr283", "Rubi Khatoon, 30,", "30", "age")
n("pr283", "Lakhmi Oram, 30,", "30", "age")
n("pr283", "around 10:45 am on Tuesday", "10:45 am", "time")
n("pr283", "recovered five mobile phones", "five mobile phones", "count")
n("pr283", "Rs 600 in cash", "Rs 600", "money")
n("pr283", "around Rs 10 lakh", "Rs 10 lakh", "money")
n("pr283", "local dealers, including the three other accused", "the three other accused", "count")
t("pr283", "captured", 5, 5, "stated")

# pr284 scroll.in: three men lynched by villagers; the police "have taken custody of the bodies" (no capture)
g("pr284", "lynched three men for allegedly attempting", "three men", "killed", 3, 3, speaker="The Indian Express",
  subject="men lynched in Begusarai")
g("pr284", "While one of the accused died on the spot", "one of the accused", "killed", 1, 1, speaker="the police",
  subject="died on the spot (part of the three)")
g("pr284", "two died while being taken to hospital", "two", "killed", 2, 2, speaker="the police",
  subject="died on the way to hospital (part of the three)")
n("pr284", " date 2018-09-07 Villagers", "2018-09-07", "date")
n("pr284", "some villagers will be interrogated later", "some villagers", "count")
n("pr284", "We have taken custody of the bodies", "the bodies", "other")
n("pr284", "said four armed men arrived", "four armed men", "count")
n("pr284", "around 2 pm, and asked", "2 pm", "time")
n("pr284", "Some 20 villagers then chased", "Some 20 villagers", "count")
n("pr284", "overpowered three of them", "three of them", "count")
t("pr284", "killed", 3, 3, "stated")

# pr285 newsdrum (PTI; Jharkhand police): eight suspects detained in joint raids
g("pr285", "Eight persons allegedly linked to Al-Qaida", "Eight persons", "captured", 8, 8, speaker="an official",
  subject="AQIS suspects detained in Jharkhand")
g("pr285", "\"Eight suspects have so far been detained", "Eight suspects", "captured", 8, 8,
  speaker="Amol V Homkar", subject="AQIS suspects detained (restated)", core=False)
n("pr285", " date 2024-08-22 Ranchi, Aug 22", "Aug 22", "date")
n("pr285", "across 16 locations in Ranchi", "16 locations", "count")
n("pr285", "several mobile phones and suspicious", "several mobile phones", "count")
t("pr285", "captured", 8, 8, "stated")

# pr286 theshillongtimes (West Garo Hills police): two carpenters kidnapped and released unharmed; one suspect caught
# in a raid, a second arrested at his home in another village
g("pr286", "the family of two victims who had been abducted", "two victims", "captured", 2, 2,
  subject="carpenters kidnapped by the gang")
g("pr286", "Two carpenters from Koylaghat village", "Two carpenters", "captured", 2, 2,
  subject="carpenters kidnapped (restated)", core=False)
g("pr286", "released their two captives on Saturday", "their two captives", "captured", 2, 2,
  subject="carpenters kidnapped (restated)", core=False)
g("pr286", "used in the abduction of the two carpenters", "the two carpenters", "captured", 2, 2,
  subject="carpenters kidnapped (restated)", core=False)
g("pr286", "their captives released without any harm", "their captives", "injured", 0, 0, modality="negated",
  subject="captives unharmed")
g("pr286", "caught one of the suspects identified as Sengchang Sangma", "one of the suspects", "captured", 1, 1,
  subject="Sengchang Sangma caught in the raid")
g("pr286", "A second suspect in the case, Mirinda Marak", "A second suspect", "captured", 1, 1,
  subject="Mirinda Marak arrested at Bandanggre Asim")
n("pr286", "Rongmachadgre is 10 kms from", "10 kms", "distance")
n("pr286", "to get the two carpenters rescued", "the two carpenters", "count")
n("pr286", "identified three other members of the criminal gang", "three other members of the criminal gang", "count")
t("pr286", "captured", 4, 4, "sum")
t("pr286", "injured", 0, 0, "zero")

# ---- batch of session 19, task s19isaf2 (pr287-pr294, 8 pages): a counted noun with a participle of association
# ("three men linked to a string of robberies", "two linked to Catholic Mass bombing", "two men believed to be linked
# to") and figures that add to an earlier one ("Two more suspects have been arrested", "four more people have been
# arrested", "arrested four more suspects"); wire README; gold written blind, before any run ----
# pr287 huffingtonpost (AP, Scotland Yard statement): two more arrested over the Woolwich murder; four now under arrest
g("pr287", "London Attack Arrests: 2 More Suspects Detained", "2 More Suspects", "captured", 2, 2,
  subject="two more suspects (headline)", core=False)
g("pr287", "Two more suspects have been arrested in relation to", "Two more suspects", "captured", 2, 2,
  speaker="the Associated Press", subject="two more suspects arrested")
g("pr287", "murder of Drummer Lee Rigby", "Drummer Lee Rigby", "killed", 1, 1, speaker="the Associated Press",
  subject="soldier murdered in Woolwich")
g("pr287", "describing the now four suspects under arrest", "the now four suspects", "captured", 4, 4,
  speaker="Scotland Yard", subject="suspects under arrest (the case's total)")
g("pr287", "A 29-year-old man [C] was arrested", "A 29-year-old man [C]", "captured", 1, 1, speaker="Scotland Yard",
  subject="man C arrested (part of the four)")
g("pr287", "A 29-year-old woman [D] was arrested", "A 29-year-old woman [D]", "captured", 1, 1,
  speaker="Scotland Yard", subject="woman D arrested (part of the four)")
g("pr287", "A 22-year-old man [A] and a 28-year-old man [B] shot by police", "A 22-year-old man [A] and a 28-year-old "
  "man [B]", "captured", 2, 2, speaker="Scotland Yard", subject="men A and B arrested (part of the four)")
g("pr287", "A 22-year-old man [A] and a 28-year-old man [B] shot by police", "A 22-year-old man [A] and a 28-year-old "
  "man [B]", "injured", 2, 2, speaker="Scotland Yard", subject="men A and B shot by police at the scene")
g("pr287", "Woolwich attack: Lee Rigby Murder", "Lee Rigby", "killed", 1, 1, subject="related link", core=False)
n("pr287", "05/23/2013 01:42 pm ET", "05/23/2013", "date")
t("pr287", "captured", 4, 4, "stated")
t("pr287", "injured", 2, 2, "stated")
t("pr287", "killed", 1, 1, "stated")

# pr288 christiantimes (Egyptian Interior Ministry): four more arrested over the St Mark's Cathedral bombing; the toll
# revised from at least 25 to 28
g("pr288", "Four more suspects arrested in connection with Cairo", "Four more suspects", "captured", 4, 4,
  subject="four more suspects (headline)", core=False)
g("pr288", "four more people have been arrested in connection", "four more people", "captured", 4, 4,
  speaker="The Egyptian Interior Ministry", subject="four more suspects arrested")
g("pr288", "The bombing initially killed at least 25 people", "at least 25 people", "killed", 25, None,
  speaker="Reuters", subject="cathedral bombing (first toll)")
g("pr288", "the death toll had risen to 28", "28", "killed", 28, 28, speaker="The Health Ministry",
  subject="cathedral bombing (revised toll)")
g("pr288", "One of the two main suspects were arrested", "One of the two main suspects", "captured", 1, 1,
  subject="main suspect arrested (part of the four)")
g("pr288", "along with three other men who were part", "three other men", "captured", 3, 3,
  subject="three cell members arrested (part of the four)")
n("pr288", "Cairo, Egypt December 11, 2016", "December 11, 2016", "date")
n("pr288", "according to France 24", "France 24", "other")
n("pr288", "took power in 2013", "2013", "date")
n("pr288", "before Jan. 7, but", "Jan. 7", "date")
n("pr288", "finished a week ahead", "a week", "duration")
t("pr288", "captured", 4, 4, "stated")
t("pr288", "killed", 28, 28, "stated")

# pr289 bdnews24 (Reuters; Armed Forces of the Philippines): nine Daulah Islamiyah members killed, two of them linked to
# the Marawi Mass bombing (a subset); four soldiers wounded; the December 3 bombing background
g("pr289", "Philippine troops kill nine Islamist militants", "nine Islamist militants", "killed", 9, 9,
  subject="militants killed (headline)", core=False)
g("pr289", "including two linked to Catholic Mass bombing", "two", "killed", 2, 2,
  subject="bombing suspects among them (headline, subset)", core=False)
g("pr289", "The victims include two suspects in a deadly blast", "two suspects", "killed", 2, 2,
  speaker="the military", subject="bombing suspects among them (standfirst, subset)", core=False)
g("pr289", "Government troops killed nine members of a pro-Islamic State group", "nine members", "killed", 9, 9,
  speaker="the military", subject="Daulah Islamiyah members killed in Lanao del Sur")
g("pr289", "on Saturday, including two suspects in a deadly blast", "two suspects", "killed", 2, 2,
  speaker="the military", subject="bombing suspects among them (subset)", core=False)
g("pr289", "Four soldiers were wounded during Thursday", "Four soldiers", "injured", 4, 4,
  speaker="the Armed Forces of the Philippines (AFP)", subject="soldiers wounded in the operation")
g("pr289", "Among those killed were the two named suspects", "the two named suspects", "killed", 2, 2,
  subject="bombing suspects among them (restated)", core=False)
g("pr289", "that killed at least four people and injured 50 others", "at least four people", "killed", 4, None,
  subject="December 3 Marawi bombing", scope="background")
g("pr289", "that killed at least four people and injured 50 others", "50 others", "injured", 50, 50,
  subject="December 3 Marawi bombing", scope="background")
n("pr289", " date 2024-01-27 ", "2024-01-27", "date")
n("pr289", "Published : 27 Jan 2024, 10:25 AM", "27 Jan 2024", "date")
n("pr289", "Marawi city in 2017", "2017", "date")
n("pr289", "through five months of ground offensives", "five months", "duration")
n("pr289", "in the Dec 3 bombing", "Dec 3", "date")
t("pr289", "killed", 9, 9, "stated")
t("pr289", "injured", 4, 4, "stated")

# pr290 power102fm (Trinidad and Tobago Police Service): three men linked to a string of robberies held
g("pr290", "says three men linked to a string of robberies", "three men", "captured", 3, 3,
  speaker="The Trinidad and Tobago Police Service", subject="robbery suspects held in an anti-crime exercise")
g("pr290", "Three male suspects; a 26-year-old", "Three male suspects", "captured", 3, 3,
  subject="robbery suspects arrested at their homes (restated)", core=False)
n("pr290", "between the hours of 3:00pm on Monday", "3:00pm", "time")
n("pr290", "and 6:00am today", "6:00am", "time")
n("pr290", "a 26-year-old of Tunapuna", "26-year-old", "age")
n("pr290", "a 28-year-old and 37-year-old", "28-year-old", "age")
n("pr290", "and 37-year-old of Caroni", "37-year-old", "age")
n("pr290", "four rounds of .38mm ammunition", "four rounds", "count")
t("pr290", "captured", 3, 3, "stated")

# pr291 monitor.co.ug (Busia police): two men believed to be linked to a beheading arrested; in a separate case two men
# rearrested over a 2023 murder (separate arrests of one dispatch add)
g("pr291", "have arrested two men believed to be linked", "two men", "captured", 2, 2,
  subject="suspects arrested over the Busia beheading")
g("pr291", "the brutal killing of John Bosco Lobyoko", "John Bosco Lobyoko", "killed", 1, 1,
  subject="man beheaded in Masinya")
g("pr291", "police in the Kiira Region rearrested two men", "two men", "captured", 2, 2,
  subject="suspects rearrested over the Jinja murder")
g("pr291", "murder of Rogers Kifubangabo", "Rogers Kifubangabo", "killed", 1, 1, subject="2023 Jinja murder",
  scope="background")
n("pr291", "said the two men had taken her husband out", "the two men", "count")
n("pr291", "Chris Kiguli, 26,", "26", "age")
n("pr291", "Samuel Muwanguzi, 25,", "25", "age")
n("pr291", "the 2023 murder", "2023", "date")
t("pr291", "captured", 4, 4, "sum")
t("pr291", "killed", 1, 1, "stated")

# pr292 sundayworld (Eastern Cape police): four more suspects arrested over the KwaZakhele party massacre, joining one
# arrested in March ("the five men"); eight killed (seven on the scene, one later)
g("pr292", "have arrested four more suspects believed", "four more suspects", "captured", 4, 4,
  subject="four more suspects arrested in Peelton")
g("pr292", "Eight people were killed when gunmen stormed", "Eight people", "killed", 8, 8,
  subject="KwaZakhele birthday party shooting")
g("pr292", "The four suspects, aged between 30 and 34", "The four suspects", "captured", 4, 4,
  subject="four more suspects (restated)", core=False)
g("pr292", "will join Mzwandile Mahambehlala who was arrested", "Mzwandile Mahambehlala", "captured", 1, 1,
  subject="suspect arrested in March")
g("pr292", "by no means convicting the five men", "the five men", "captured", 5, 5, speaker="Xolile Nqatha",
  subject="suspects arrested (the case's total)")
g("pr292", "eight people were killed in cold blood", "eight people", "killed", 8, 8, speaker="Xolile Nqatha",
  subject="KwaZakhele shooting (restated)", core=False)
g("pr292", "a total of seven people died on the scene", "seven people", "killed", 7, 7, speaker="Xolile Nqatha",
  subject="died on the scene (part of the eight)")
g("pr292", "while another later succumbed to injuries", "another", "killed", 1, 1, speaker="Xolile Nqatha",
  subject="died later in hospital (part of the eight)")
n("pr292", "aged between 30 and 34", "between 30 and 34", "age")
t("pr292", "captured", 5, 5, "stated")
t("pr292", "killed", 8, 8, "stated")

# pr293 sunstar (PNP): two more suspects in the MSU Marawi bombing arrested on December 9, after Sultan on December 6;
# the bombing killed four
g("pr293", "AUTHORITIES arrested two more individuals allegedly involved", "two more individuals", "captured", 2, 2,
  speaker="Colonel Jean Fajardo", subject="two more suspects arrested in Lumbayanague")
g("pr293", "which claimed the lives of four people", "four people", "killed", 4, 4, speaker="Fajardo",
  subject="MSU Marawi bombing")
g("pr293", "Jafar Gamo Sultan, alias Jaf or Kurot, who was arrested", "Jafar Gamo Sultan", "captured", 1, 1,
  subject="suspect arrested on December 6")
n("pr293", " date 2023-12-14 ", "2023-12-14", "date")
n("pr293", "said Thursday, December 14, 2023", "December 14, 2023", "date")
n("pr293", "were arrested on December 9 in", "December 9", "date")
n("pr293", "they have identified two more individuals with possible", "two more individuals", "count")
n("pr293", "She said these two individuals who", "these two individuals", "count")
n("pr293", "who was arrested on December 6", "December 6", "date")
t("pr293", "captured", 3, 3, "sum")
t("pr293", "killed", 4, 4, "stated")

# pr294 jerusalemonline (Greater Manchester Police): two more suspects arrested over the Manchester Arena bombing; 13
# arrested in all, two released; 22 murdered
g("pr294", "British police arrested two more suspects in connection", "two more suspects", "captured", 2, 2,
  subject="two more suspects arrested")
g("pr294", "a total of 13 arrests have been made", "13 arrests", "captured", 13, 13,
  subject="suspects arrested (the case's total)")
g("pr294", "they have arrested two more suspects believed", "two more suspects", "captured", 2, 2,
  speaker="British police", subject="two more suspects arrested (restated)", core=False)
g("pr294", "in which 22 people were murdered", "22 people", "killed", 22, 22, subject="Manchester Arena bombing")
g("pr294", "are two brothers aged 20 and 22", "two brothers", "captured", 2, 2,
  subject="two more suspects arrested (restated)", core=False)
g("pr294", "have so far arrested 13 suspects", "13 suspects", "captured", 13, 13, speaker="British police",
  subject="suspects arrested (the case's total, restated)", core=False)
n("pr294", "while two of the suspects have been released.\n\nPhoto", "two of the suspects", "count")
n("pr294", "aged 20 and 22", "20 and 22", "age")
n("pr294", "However, two of the suspects have been released", "two of the suspects", "count")
t("pr294", "captured", 13, 13, "stated")
t("pr294", "killed", 22, 22, "stated")

# ---- Batch of session 19, task s19speak (pr271-pr278): headings, stamps, bylines, datelines and captions near the
# figures (issue 14, who said it); gold written blind, before any claimex run on these pages.

# pr271 headtopics: a "BREAKING:" stamp line over a sheriff's office's figures (shootings README)
g("pr271", "A father fatally shot his three children", "his three children", "killed", 3, 3,
  speaker="the Sacramento County Sheriff's Office", subject="children shot at the church")
g("pr271", "his three children and one other person at", "one other person", "killed", 1, 1,
  speaker="the Sacramento County Sheriff's Office", subject="fourth person shot at the church")
g("pr271", "before taking his own life", "his own life", "killed", 1, 1,
  speaker="the Sacramento County Sheriff's Office", subject="the father's suicide (the attacker)", core=False)
g("pr271", "All three children killed are under", "All three children", "killed", 3, 3,
  speaker="Grassman", subject="children (restated)", core=False)
n("pr271", "around 5:07 p.m. PST Monday", "5:07 p.m.", "time")
n("pr271", "under the age of 15", "15", "age")
n("pr271", "the fifth victim's relationship", "fifth", "other")
t("pr271", "killed", 5, 5, "sum")

# pr272 devdiscourse (PTI copy): "Updated:" / "Created:" stamps and an "Image Credit:" line over the lead (wire README)
g("pr272", "3 homeguards, ASI of Jharkhand police killed", "3 homeguards", "killed", 3, 3,
  subject="homeguards (headline)", core=False)
g("pr272", "3 homeguards, ASI of Jharkhand police killed", "ASI", "killed", 1, 1,
  subject="assistant sub-inspector (headline)", core=False)
g("pr272", "Three homeguards and an assistant sub-inspector", "Three homeguards", "killed", 3, 3,
  speaker="officials", subject="homeguards killed in the Latehar attack")
g("pr272", "and an assistant sub-inspector of Jharkhand Police were killed", "an assistant sub-inspector", "killed",
  1, 1, speaker="officials", subject="sub-inspector killed in the Latehar attack")
g("pr272", "identified as Assistant Sub-Inspector Sukra Oraon", "Assistant Sub-Inspector Sukra Oraon", "killed", 1, 1,
  speaker="the police", subject="sub-inspector named (restated)", core=False)
g("pr272", "and three homeguards Sikander Singh, Jamuna Prasad and Sambhu Prasad", "three homeguards",
  "killed", 3, 3, speaker="the police", subject="homeguards named (restated)", core=False)
n("pr272", " date 2019-11-23 International", "2019-11-23", "date")
n("pr272", "Updated: 23-11-2019 00:38 IST", "23-11-2019 00:38", "date")
n("pr272", "Created: 23-11-2019 00:38 IST", "23-11-2019 00:38", "date")
n("pr272", "about 8:30 pm when", "8:30 pm", "time")
n("pr272", "on-board a four-wheeler", "four-wheeler", "other")
t("pr272", "killed", 4, 4, "sum")

# pr273 dawn: a byline/stamp line, a photo caption ending "— White Star" and "PESHAWAR:" datelines (wire README)
g("pr273", "Police officer shot dead in Peshawar\n", "Police officer", "killed", 1, 1,
  subject="police officer (headline)", core=False)
g("pr273", "claimed the life of a policeman", "a policeman", "killed", 1, 1,
  subject="police officer (caption)", core=False)
g("pr273", "PESHAWAR: A police officer was killed", "A police officer", "killed", 1, 1,
  speaker="police", subject="police officer killed near the Central Jail")
g("pr273", "two other persons were injured", "two other persons", "injured", 2, 2,
  speaker="police", subject="two persons injured near the Central Jail")
g("pr273", "identified the martyred policeman as", "the martyred policeman", "killed", 1, 1,
  speaker="A police spokesperson", subject="Khushdil Khan (restated)", core=False)
n("pr273", " date 2021-01-31 Dawn", "2021-01-31", "date")
n("pr273", "There were two attackers", "two attackers", "count")
n("pr273", "with an AK47 and", "AK47", "other")
t("pr273", "killed", 1, 1, "stated")
t("pr273", "injured", 2, 2, "stated")

# pr274 nbc12: the headline "Neighbors: ..." printed twice, a "Source: NBC12" credit line, neighbours quoted (shootings
# README: "shot" with no outcome told is killed_or_injured)
g("pr274", "open fire on five in Petersb -", "five", "killed_or_injured", 5, 5,
  subject="five shot (page title)", core=False)
g("pr274", "open fire on five in Petersburg\n", "five", "killed_or_injured", 5, 5,
  subject="five shot (headline)", core=False)
g("pr274", "who shot five people continues", "five people", "killed_or_injured", 5, 5,
  subject="five shot at the row houses")
g("pr274", "someone opened fire on five people at row houses", "five people", "killed_or_injured", 5, 5,
  subject="five shot (restated)", core=False)
g("pr274", "it was five of them shot", "five of them", "killed_or_injured", 5, 5,
  speaker="Harper", subject="five shot (restated)", core=False)
g("pr274", "Somebody got shot inside the house", "Somebody", "killed_or_injured", 1, 1,
  speaker="a witness", subject="one of the five (restated)", core=False)
g("pr274", "the scene of the quadruple murder", "quadruple murder", "killed", 4, 4,
  subject="the earlier quadruple murder", scope="background")
n("pr274", "Malcolm Harper, 60, has", "60", "age")
n("pr274", "two people opened fire outside of their car", "two people", "count")
n("pr274", "pulled out a Glock 4 with", "Glock 4", "other")
n("pr274", "a few years back", "a few years", "duration")
t("pr274", "killed_or_injured", 5, 5, "stated")

# pr275 pulse.ng: a subheading "Police confirms attack on village" over the police spokesman's figures (wire README)
g("pr275", "have killed four persons and stolen", "four persons", "killed", 4, 4,
  subject="villagers killed at Ngutswen")
g("pr275", "They shot four people dead and", "four people", "killed", 4, 4,
  speaker="the police spokesman (David Misal)", subject="villagers killed (restated)", core=False)
g("pr275", "No arrest has been made so far", "No arrest", "captured", 0, 0, modality="negated",
  speaker="the police spokesman (David Misal)", subject="no arrest")
n("pr275", " date 2018-02-03 news", "2018-02-03", "date")
n("pr275", "around 10pm on Thursday", "10pm", "time")
n("pr275", "We caught 12 of their cows", "12 of their cows", "count")
n("pr275", "a compensation of N40,000", "N40,000", "money")
n("pr275", "among the over 20 of herdsmen", "over 20 of herdsmen", "count")
n("pr275", "around 3am but", "3am", "time")
t("pr275", "killed", 4, 4, "stated")
t("pr275", "captured", 0, 0, "zero")

# pr276 ibtimes.sg: the headline "Pakistan: ..." and a photo caption ending "Reuters" over an uncredited lead; an
# eye witness introduced with a colon (wire README)
g("pr276", "Pakistan: 6 dead, 20 wounded", "6 dead", "killed", 6, 6, subject="killed (headline)", core=False)
g("pr276", "Pakistan: 6 dead, 20 wounded", "20 wounded", "injured", 20, 20, subject="injured (headline)", core=False)
g("pr276", "At least six people, including four soldiers", "At least six people", "killed", 6, None,
  subject="killed in the Bedian Road bombing")
g("pr276", "including four soldiers and two civilians", "four soldiers", "killed", 4, 4,
  subject="soldiers killed (subset)", core=False)
g("pr276", "four soldiers and two civilians, were killed", "two civilians", "killed", 2, 2,
  subject="civilians killed (subset)", core=False)
g("pr276", "almost 20 people were injured", "almost 20 people", "injured", 20, 20, vague=True,
  subject="injured in the Bedian Road bombing")
g("pr276", "the two civilians who died in the blast", "the two civilians", "killed", 2, 2,
  speaker="He", subject="civilians killed (restated)", core=False)
g("pr276", "three of the injured are believed to be critical", "three of the injured", "injured", 3, 3,
  speaker="Local media reports", subject="critically injured (subset)", core=False)
n("pr276", "April 5, 2017. Reuters", "April 5, 2017", "date")
n("pr276", "around 7:15 am, targeted", "7:15 am", "time")
n("pr276", "a hundred steps away", "a hundred steps", "distance")
n("pr276", "I called 112", "112", "other")
n("pr276", "20 minutes later", "20 minutes", "duration")
t("pr276", "killed", 6, None, "stated")
t("pr276", "injured", 20, 20, "stated")

# pr277 urdupoint: a dateline "PESHAWAR, (UrduPoint / Pakistan Point News - 22nd Feb, 2024)" before the lead (wire README)
g("pr277", "Two Killed, Two Injured As Blast", "Two Killed", "killed", 2, 2, subject="killed (headline)", core=False)
g("pr277", "Two Killed, Two Injured As Blast", "Two Injured", "injured", 2, 2, subject="injured (headline)", core=False)
g("pr277", "At least two people were killed", "At least two people", "killed", 2, None,
  speaker="police", subject="killed in the Shinkyari house blast")
g("pr277", "two others seriously injured", "two others", "injured", 2, 2,
  speaker="police", subject="injured in the Shinkyari house blast")
g("pr277", "that killed two people and injured as many others", "two people", "killed", 2, 2,
  speaker="DSP, Yaseen Janjua", subject="killed (restated)", core=False)
g("pr277", "injured as many others", "as many others", "injured", 2, 2,
  speaker="DSP, Yaseen Janjua", subject="injured (restated)", core=False)
g("pr277", "The dead were identified as Saiful islam", "Saiful islam", "killed", 1, 1,
  subject="Saiful islam named (restated)", core=False)
g("pr277", "and Ashfaq, son of Muhammad Saen", "Ashfaq", "killed", 1, 1,
  subject="Ashfaq named (restated)", core=False)
n("pr277", " date 2024-02-22 Two", "2024-02-22", "date")
n("pr277", "Pakistan Point News - 22nd Feb, 2024)", "22nd Feb, 2024", "date")
t("pr277", "killed", 2, None, "stated")
t("pr277", "injured", 2, 2, "stated")

# pr278 report.az: a dateline "Baku. 10 March. REPORT.AZ/" run into the lead; an AP story told again (shootings README)
g("pr278", "Five people were killed and three others wounded", "Five people", "killed", 5, 5,
  speaker="authorities", subject="killed at the Wilkinsburg backyard party")
g("pr278", "were killed and three others wounded", "three others", "injured", 3, 3,
  speaker="authorities", subject="wounded at the Wilkinsburg backyard party")
g("pr278", "Four people were dead on the scene", "Four people", "killed", 4, 4,
  subject="dead at the scene (part of the five)", core=False)
g("pr278", "and a fifth, a woman, was pronounced dead", "a fifth, a woman", "killed", 1, 1,
  subject="died at the hospital (part of the five)", core=False)
g("pr278", "three other victims were shot", "three other victims", "injured", 3, 3,
  speaker="Allegheny County police Lt. Andrew Schurman", subject="wounded (restated)", core=False)
g("pr278", "two men were described as being in critical condition", "two men", "injured", 2, 2,
  speaker="Allegheny County police Lt. Andrew Schurman", subject="two critical (subset)", core=False)
g("pr278", "and a woman was stable", "a woman", "injured", 1, 1,
  speaker="Allegheny County police Lt. Andrew Schurman", subject="one stable (subset)", core=False)
g("pr278", "No suspects were in custody early Thursday", "No suspects", "captured", 0, 0, modality="negated",
  subject="no arrest")
g("pr278", "All four of the victims pronounced dead", "All four of the victims", "killed", 4, 4,
  speaker="Schurman", subject="dead at the scene (restated)", core=False)
n("pr278", " date 2016-03-10 Baku", "2016-03-10", "date")
n("pr278", "when at least two gunmen opened fire on a backyard", "at least two gunmen", "count")
n("pr278", "at about 10:54 p.m.", "10:54 p.m.", "time")
n("pr278", "Investigators believe two gunmen", "two gunmen", "count")
n("pr278", "around 20 shots", "around 20 shots", "count")
n("pr278", "followed by 6 more shots", "6 more shots", "count")
n("pr278", "a borough of around 15,000", "around 15,000", "count")
t("pr278", "killed", 5, 5, "stated")
t("pr278", "injured", 3, 3, "stated")
t("pr278", "captured", 0, 0, "zero")

# ---- batch of session 19, task s19roundup (pr301-pr306, 6 pages): a round-up whose lead counts one kind of
# people (soldiers, policemen) and whose separate incident counts another (civilians, people, attackers); wire README

# pr301 jpost: three US soldiers, then a truck bomb's 26 people, an oil manager and 10 militants (wire README rule 14)
g("pr301", "Three US soldiers killed in Iraq", "Three US soldiers", "killed", 3, 3, subject="soldiers (headline)",
  core=False)
g("pr301", "Insurgents killed three US soldiers and wounded four", "three US soldiers", "killed", 3, 3,
  speaker="police", subject="US soldiers killed")
g("pr301", "three US soldiers and wounded four in Iraq", "four", "injured", 4, 4,
  speaker="police", subject="US soldiers wounded")
g("pr301", "killing 26 people and wounding 34", "26 people", "killed", 26, 26,
  speaker="police", subject="killed by the truck bomb")
g("pr301", "killing 26 people and wounding 34", "34", "injured", 34, 34,
  speaker="police", subject="wounded by the truck bomb")
g("pr301", "A drive-by shooting also killed a manager of oil wells", "a manager of oil wells", "killed", 1, 1,
  speaker="the military", subject="oil manager killed in Kirkuk")
g("pr301", "killing at least 10 militants", "at least 10 militants", "killed", 10, None,
  speaker="the military", subject="militants killed near the Syrian border")
n("pr301", "attacked two towns near the Syrian border", "two towns", "count")
t("pr301", "killed", 40, None, "sum")
t("pr301", "injured", 38, 38, "sum")

# pr302 jpost: three civilians by one bomb; separately a US soldier and two policemen by another (wire README)
g("pr302", "5 Iraqis, US soldier killed", "5 Iraqis", "killed", 5, 5, subject="Iraqis (headline)", core=False)
g("pr302", "5 Iraqis, US soldier killed", "US soldier", "killed", 1, 1, subject="soldier (headline)", core=False)
g("pr302", "killed three Iraqi civilians and wounded four more", "three Iraqi civilians", "killed", 3, 3,
  speaker="police", subject="civilians killed in Ghadir")
g("pr302", "killed three Iraqi civilians and wounded four more", "four more", "injured", 4, 4,
  speaker="police", subject="wounded in Ghadir")
g("pr302", "killing an American soldier from the Multi-National", "an American soldier", "killed", 1, 1,
  speaker="Lt. Bilal Ali Majid", subject="US soldier killed by the second bomb")
g("pr302", "as well as two Iraqi policemen guarding an oil tanker", "two Iraqi policemen", "killed", 2, 2,
  speaker="Lt. Bilal Ali Majid", subject="policemen killed by the second bomb")
g("pr302", "guarding an oil tanker and wounding three others", "three others", "injured", 3, 3,
  speaker="Lt. Bilal Ali Majid", subject="wounded by the second bomb")
g("pr302", "US personnel killed in Iraq to at least 2,273", "at least 2,273", "killed", 2273, None,
  speaker="an Associated Press count", subject="US personnel killed since 2003", core=False, scope="aggregate")
n("pr302", "were in two cars that were struck", "two cars", "count")
n("pr302", "by the blast at 8:45 a.m.", "8:45 a.m.", "time")
n("pr302", "exploded at 8 a.m. on a highway", "8 a.m.", "time")
n("pr302", "began in March 2003", "March 2003", "date")
t("pr302", "killed", 6, 6, "sum")
t("pr302", "injured", 7, 7, "sum")

# pr303 aljazeera: two policemen (and two civilians) at a checkpoint; separately two suicide bombers killed by
# police (wire README rule 14: attackers killed by police add)
g("pr303", "Suicide attack leaves four killed and two injured", "four", "killed", 4, 4,
  subject="killed (standfirst)", core=False)
g("pr303", "Suicide attack leaves four killed and two injured", "two", "injured", 2, 2,
  subject="injured (standfirst)", core=False)
g("pr303", "At least two policemen have been killed", "At least two policemen", "killed", 2, None,
  subject="policemen killed at the checkpoint")
g("pr303", "have been killed and two others injured", "two others", "injured", 2, 2,
  subject="injured at the checkpoint")
g("pr303", "said two policemen and two civilians died", "two policemen", "killed", 2, 2,
  speaker="Abdul Rahman", subject="policemen killed (restated)", core=False)
g("pr303", "two policemen and two civilians died in the attack", "two civilians", "killed", 2, 2,
  speaker="Abdul Rahman", subject="civilians killed at the checkpoint")
g("pr303", "no other casualties were reported", "no other casualties", "killed_or_injured", 0, 0,
  modality="negated", subject="no further casualties reported", core=False)
g("pr303", "two suicide bombers were killed by Afghan police", "two suicide bombers", "killed", 2, 2,
  speaker="the Interior Ministry", subject="bombers killed by police in Qalat")
n("pr303", "from two or three directions", "two or three directions", "count")
n("pr303", "ended after 15 minutes", "15 minutes", "duration")
t("pr303", "killed", 6, None, "sum")
t("pr303", "injured", 2, 2, "stated")

# pr304 ljworld (AP): two US soldiers near Kirkuk; a civilian killed and four wounded in Fallujah; three Iraqis
# killed by troops near Hawija (wire README rule 14)
g("pr304", "Two U.S. soldiers killed fighting Iraqis", "Two U.S. soldiers", "killed", 2, 2,
  subject="soldiers (headline)", core=False)
g("pr304", "Attackers killed two U.S. soldiers in a clash", "two U.S. soldiers", "killed", 2, 2,
  subject="US soldiers killed near Kirkuk")
g("pr304", "One Iraqi civilian was killed by the blast", "One Iraqi civilian", "killed", 1, 1,
  speaker="hospital officials", subject="civilian killed in Fallujah")
g("pr304", "at least four were wounded in Fallujah", "at least four", "injured", 4, None,
  speaker="hospital officials", subject="wounded in Fallujah")
g("pr304", "In addition to the two killed, a third American", "the two killed", "killed", 2, 2,
  speaker="Aberle", subject="US soldiers killed (restated)", core=False)
g("pr304", "a third American was wounded", "a third American", "injured", 1, 1,
  speaker="Aberle", subject="US soldier wounded near Kirkuk")
g("pr304", "and killed three Iraqis when they returned fire", "three Iraqis", "killed", 3, 3,
  speaker="the 4th Infantry Division", subject="attackers killed near Hawija")
n("pr304", "Kirkuk, 160 miles north of Baghdad", "160 miles", "distance")
n("pr304", "small arms fire at 10:45 p.m. Saturday", "10:45 p.m.", "time")
n("pr304", "about 30 miles west of that attack", "about 30 miles", "distance")
n("pr304", "Fallujah, 35 miles west of Baghdad", "35 miles", "distance")
n("pr304", "possibly two other vehicles", "two other vehicles", "count")
n("pr304", "Khalil al-Qubaisi, 45, said", "45", "age")
t("pr304", "killed", 6, 6, "sum")
t("pr304", "injured", 5, None, "sum")

# pr305 smh: four police dead in two attacks; separately two civilians by a rocket, a civilian wounded near Khalis,
# three Salvadoran troops wounded in Najaf (wire README: separate incidents add)
g("pr305", "Insurgents kill four Iraqi police, two civilians\n\nWe", "four Iraqi police", "killed", 4, 4,
  subject="police (headline)", core=False)
g("pr305", "Insurgents kill four Iraqi police, two civilians\n\nWe", "two civilians", "killed", 2, 2,
  subject="civilians (headline)", core=False)
g("pr305", "Insurgents kill four Iraqi police, two civilians\n\nBaghdad", "four Iraqi police", "killed", 4, 4,
  subject="police (headline repeated)", core=False)
g("pr305", "Insurgents kill four Iraqi police, two civilians\n\nBaghdad", "two civilians", "killed", 2, 2,
  subject="civilians (headline repeated)", core=False)
g("pr305", "south of Baghdad yesterday left four people dead", "four people", "killed", 4, 4,
  subject="killed in the two attacks on police")
g("pr305", "a house, killing two civilians and wounding four", "two civilians", "killed", 2, 2,
  subject="civilians killed by the rocket")
g("pr305", "a house, killing two civilians and wounding four", "four", "injured", 4, 4,
  subject="wounded by the rocket")
g("pr305", "wounded a civilian and damaged a Humvee", "a civilian", "injured", 1, 1,
  speaker="Iraqi officials", subject="civilian wounded near Khalis")
g("pr305", "on Friday, wounding three troops", "three troops", "injured", 3, 3,
  subject="Salvadoran troops wounded in Najaf")
g("pr305", "killing two people and wounding four, said a doctor", "two people", "killed", 2, 2,
  speaker="a doctor at Yarmouk hospital", subject="killed by the rocket (restated)", core=False)
g("pr305", "killing two people and wounding four, said a doctor", "four", "injured", 4, 4,
  speaker="a doctor at Yarmouk hospital", subject="wounded by the rocket (restated)", core=False)
g("pr305", "killing him and his driver", "him and his driver", "killed", 2, 2,
  speaker="Lieutenant Ala'a Hussein", subject="police chief and driver (part of the four)", core=False)
g("pr305", "killing one policeman and wounding three others", "one policeman", "killed", 1, 1,
  speaker="police officer Khaldoon al-Gurairi", subject="policeman (part of the four)", core=False)
g("pr305", "killing one policeman and wounding three others", "three others", "injured", 3, 3,
  speaker="police officer Khaldoon al-Gurairi", subject="wounded in the patrol attack")
g("pr305", "A 60-year-old bystander was also killed", "A 60-year-old bystander", "killed", 1, 1,
  subject="bystander (part of the four)", core=False)
g("pr305", "a police commander in the southern city of Kufa", "a police commander", "killed", 1, 1,
  subject="police commander killed in Kufa the day before", scope="background")
n("pr305", "This was published 20 years ago", "20 years", "duration")
n("pr305", "Khalis town, 70 km north-east of Baghdad", "70 km", "distance")
n("pr305", "About 380 troops from El Salvador", "About 380 troops", "count")
n("pr305", "six assailants attacked a police patrol", "six assailants", "count")
n("pr305", "About 5,000 members of radical", "About 5,000 members", "count")
t("pr305", "killed", 6, 6, "sum")
t("pr305", "injured", 11, 11, "sum")

# pr306 tnnenglish: four killed in Peshawar (three policemen); another firing left two dead in Mansehra; the
# lead's figures are the toll where the story's later details differ (wire README rule 11)
g("pr306", "have killed four people including three policemen", "four people", "killed", 4, 4,
  subject="killed in Peshawar")
g("pr306", "four people including three policemen", "three policemen", "killed", 3, 3,
  subject="policemen killed (subset)", core=False)
g("pr306", "injured two other policemen and a passer-by", "two other policemen", "injured", 2, 2,
  subject="policemen injured in Peshawar")
g("pr306", "injured two other policemen and a passer-by", "a passer-by", "injured", 1, 1,
  subject="passer-by injured in Peshawar")
g("pr306", "left two people dead and three injured", "two people", "killed", 2, 2,
  subject="killed in Mansehra")
g("pr306", "left two people dead and three injured", "three", "injured", 3, 3,
  subject="injured in Mansehra")
g("pr306", "two policemen Mr Javed and Mr Multan died", "two policemen Mr Javed and Mr Multan", "killed", 2, 2,
  speaker="The police", subject="policemen killed (restated)", core=False)
g("pr306", "Mr Mushtaq and Mr Noor Khan and a waiter of a hotel were injured",
  "Mr Mushtaq and Mr Noor Khan and a waiter of a hotel", "injured", 3, 3,
  speaker="The police", subject="injured in Peshawar (restated)", core=False)
g("pr306", "another policeman and the waiter succumbed", "another policeman and the waiter", "killed", 2, 2,
  subject="died of injuries (part of the four)", core=False)
g("pr306", "killing Maulana Zubair and Mr Jehangir dead", "Maulana Zubair and Mr Jehangir", "killed", 2, 2,
  subject="killed in Mansehra (restated)", core=False)
g("pr306", "a hand grenade, injuring three people", "three people", "injured", 3, 3,
  subject="injured in Mansehra (restated)", core=False)
n("pr306", "PESHAWAR/MANSEHRA, July 19:", "July 19", "date")
n("pr306", "along with five other policemen", "five other policemen", "count")
n("pr306", "announced 3 million rupees each", "3 million rupees", "money")
n("pr306", "and 500,000 rupees each", "500,000 rupees", "money")
n("pr306", "in Mansehra on 18 July", "18 July", "date")
n("pr306", "Hits: 6", "6", "other")
t("pr306", "killed", 6, 6, "sum")
t("pr306", "injured", 6, 6, "sum")
# pr295 dtnpf (AP, Tank and Khyber): a second attack told with "also" on its attack verb ("Hours later, Pakistani Taliban
# also attacked a military post ..., killing two soldiers") under a lead that already names both military posts and gives
# the day's total: the two soldiers are a part of the lead's four officers, not an addition (wire README rules 2, 3, 21)
g("pr295", "4 Officers and 3 Militants Die", "4 Officers", "killed", 4, 4, subject="officers killed (headline)", core=False)
g("pr295", "4 Officers and 3 Militants Die", "3 Militants", "killed", 3, 3, subject="militants killed (headline)", core=False)
g("pr295", "triggering firefights that killed four officers and three insurgents", "four officers", "killed", 4, 4,
  speaker="security officials", subject="officers killed in the Tank and Khyber attacks")
g("pr295", "killed four officers and three insurgents", "three insurgents", "killed", 3, 3,
  speaker="security officials", subject="attackers killed in the firefights")
g("pr295", "killing 23 officers in this year's worst attack", "23 officers", "killed", 23, 23,
  subject="the police station car bombing three days earlier", scope="background")
g("pr295", "two police officers were \"martyred\"", "two police officers", "killed", 2, 2,
  speaker="Iftikhar Shah", subject="police killed at the Tank headquarters (part of the four)")
g("pr295", "and three others were wounded in an attack on the police headquarters", "three others", "injured", 3, 3,
  speaker="Iftikhar Shah", subject="police wounded at the Tank headquarters")
g("pr295", "while two of the attackers died", "two of the attackers", "killed", 2, 2,
  speaker="Iftikhar Shah", subject="attackers killed at the Tank headquarters (part of the three)")
g("pr295", "a third militant was killed by soldiers", "a third militant", "killed", 1, 1,
  speaker="Iftikhar Shah", subject="attacker killed at the army post (part of the three)")
g("pr295", "killing two soldiers and wounding five others", "two soldiers", "killed", 2, 2,
  speaker="Salim Khan", subject="soldiers killed at the Khyber post (part of the four)")
g("pr295", "killing two soldiers and wounding five others", "five others", "injured", 5, 5,
  speaker="Salim Khan", subject="wounded at the Khyber post")
g("pr295", "killing 101 people, mostly police officers", "101 people", "killed", 101, 101,
  subject="the January Peshawar mosque bombing", scope="background")
n("pr295", "and 2 Army Posts in Northwest", "2 Army Posts", "count")
n("pr295", "and two military posts in northwest", "two military posts", "count")
n("pr295", "five others opened fire", "five others", "count")
n("pr295", "three days after a suicide bomber", "three days", "duration")
n("pr295", "in August 2021 as United States", "August 2021", "date")
n("pr295", "after 20 years of war", "20 years", "duration")
n("pr295", "surge in attacks since 2022", "2022", "date")
t("pr295", "killed", 7, 7, "sum")
t("pr295", "injured", 8, 8, "sum")

# s20speak (pr307-pr314, session 20): a report, statement, tally, count, estimate or statistics that states a toll
# without a reporting verb ("put the toll at", "showed N deaths", "figures ... showing N"), with quoted or credited
# sources elsewhere on the page; gold by devsets/wire/README.md, written blind, before any claimex run

# pr307 mcac (AFP/France 24, Bamako): "An authenticated confidential official document put the toll at around 100"
g("pr307", "Mali’s capital killed more than 70, security source says", "more than 70", "killed", 71, None,
  speaker="security source", subject="killed in Bamako (headline)", core=False)
g("pr307", "left more than 70 people dead and 200 wounded", "more than 70 people", "killed", 71, None,
  subject="killed in the Bamako attacks")
g("pr307", "left more than 70 people dead and 200 wounded", "200", "injured", 200, 200,
  subject="wounded in the Bamako attacks")
g("pr307", "told AFP that 77 people had been killed and 255 wounded", "77 people", "killed", 77, 77,
  speaker="A security source", subject="killed in the Bamako attacks (another source)")
g("pr307", "told AFP that 77 people had been killed and 255 wounded", "255", "injured", 255, 255,
  speaker="A security source", subject="wounded in the Bamako attacks (another source)")
g("pr307", "official document put the toll at around 100", "around 100", "killed", 100, 100, vague=True,
  speaker="An authenticated confidential official document", subject="killed in the Bamako attacks (the document)")
g("pr307", "naming 81 victims", "81 victims", "killed", 81, 81,
  speaker="An authenticated confidential official document", subject="victims named (part of the 100)", core=False)
g("pr307", "the funerals of around 50 military police students", "around 50 military police students", "killed", 50, 50,
  vague=True, speaker="Thursday’s edition of Le Soir daily", subject="students buried (part of the dead)", core=False)
n("pr307", "in Tuesday’s attacks in Bamako", "Tuesday", "date")
n("pr307", "Thursday’s edition of Le Soir", "Thursday", "date")
n("pr307", "Read more: France 24", "24", "other")
t("pr307", "killed", 71, None, "stated")
t("pr307", "injured", 200, 200, "stated")

# pr308 abcnewsradioonline (a tag page: two entries): "a report issued by the Syrian Observatory for Human Rights
# earlier this week that put the death toll from 22 months of fighting at 45,000"; every figure is a war's total
# (aggregate, wire README rule 1), so the page has no toll
g("pr308", "UN Puts Death Toll from Syrian Conflict at 60,000", "60,000", "killed", 60000, 60000,
  speaker="UN", subject="Syria war dead (headline)", core=False, scope="aggregate")
g("pr308", "now exceeds 60,000 victims", "60,000 victims", "killed", 60001, None,
  speaker="The United Nations high commissioner for human rights", subject="Syria war dead", scope="aggregate")
g("pr308", "that put the death toll from 22 months of fighting at 45,000", "45,000", "killed", 45000, 45000,
  speaker="a report issued by the Syrian Observatory for Human Rights", subject="Syria war dead (SOHR report)",
  scope="aggregate")
g("pr308", "putting the number of dead at around 59,650", "around 59,650", "killed", 59650, 59650, vague=True,
  speaker="Pillay", subject="Syria war dead to November 2012", scope="aggregate")
g("pr308", "pushed the death toll well past 60,000", "well past 60,000", "killed", 60001, None,
  speaker="Pillay", subject="Syria war dead (restated)", core=False, scope="aggregate")
g("pr308", "accounted for about half of those killed", "about half of those killed", "killed", 2, None, vague=True,
  subject="dead in Homs, Damascus and Idlib (part)", core=False, scope="aggregate")
g("pr308", "US Death Toll in Afghanistan Reaches 2,000", "2,000", "killed", 2000, 2000,
  subject="US dead in Afghanistan (headline)", core=False, scope="aggregate")
g("pr308", "the death toll of American forces reached 2,000", "2,000", "killed", 2000, 2000,
  speaker="The New York Times", subject="US dead in Afghanistan", scope="aggregate")
n("pr308", "Entries in Death Toll (14)", "14", "other")
n("pr308", "began in March 2011 now", "March 2011", "date")
n("pr308", "based on seven data sets", "seven data sets", "count")
n("pr308", "end of November 2012", "November 2012", "date")
n("pr308", "Copyright 2013 ABC", "2013", "date")
n("pr308", "the 2,000th U.S. service member", "2,000th", "other")

# pr309 startribune (AP, Pont-Sondé): "Initial estimates put the number of those killed at 20 people"
g("pr309", "has risen to at least 70, the U.N. human rights office said", "at least 70", "killed", 70, None,
  speaker="the U.N. human rights office", subject="killed in the Pont-Sondé attack")
g("pr309", "many of them killed by a shot to the head", "many of them", "killed", 2, None, vague=True,
  speaker="Bertide Harace", subject="shot in the head (part)", core=False)
g("pr309", "Initial estimates put the number of those killed at 20 people", "20 people", "killed", 20, 20,
  speaker="Initial estimates", subject="killed in the Pont-Sondé attack (first estimate)")
g("pr309", "a young mother, her newborn baby and a midwife", "a young mother, her newborn baby and a midwife", "killed",
  3, 3, speaker="Herace", subject="victims named (part)", core=False)
g("pr309", "It said 10 women and three infants were among those killed", "10 women", "killed", 10, 10,
  speaker="the U.N. Human Rights Office of the Commissioner", subject="women among the dead", core=False)
g("pr309", "It said 10 women and three infants were among those killed", "three infants", "killed", 3, 3,
  speaker="the U.N. Human Rights Office of the Commissioner", subject="infants among the dead", core=False)
g("pr309", "at least 16 others seriously injured", "at least 16 others", "injured", 16, None,
  speaker="the U.N. Human Rights Office of the Commissioner", subject="injured in the Pont-Sondé attack")
g("pr309", "including two gang members hit during an exchange", "two gang members", "injured", 2, 2,
  speaker="the U.N. Human Rights Office of the Commissioner", subject="gang members injured (part)", core=False)
n("pr309", "at least 45 homes", "at least 45 homes", "buildings")
n("pr309", "and 34 cars", "34 cars", "vehicles")
n("pr309", "for about two months", "about two months", "duration")
n("pr309", "told Magik 9 radio", "9", "other")
t("pr309", "killed", 70, None, "stated")
t("pr309", "injured", 16, None, "stated")

# pr310 newsjizz (PTI, India's Covid-19 bulletin): "a PTI count of the figures reported by the states directly showed
# at least 106 deaths"; the national totals are aggregate and the day's 11 new deaths the reported figure (wire README
# rule 1, as wr065's "three more fatalities ... in the past 24 hours"); cases, cures and recoveries are no casualties
g("pr310", "deaths in India increases to 79", "79", "killed", 79, 79, speaker="Ministry of Health",
  subject="national Covid-19 deaths (headline)", core=False, scope="aggregate")
g("pr310", "11 more deaths have been reported", "11 more deaths", "killed", 11, 11, speaker="the health ministry",
  subject="new deaths of the day")
g("pr310", "the number of deaths to 79, the health ministry said", "79", "killed", 79, 79,
  speaker="the health ministry", subject="national Covid-19 deaths", scope="aggregate")
g("pr310", "directly showed at least 106 deaths", "at least 106 deaths", "killed", 106, None,
  speaker="a PTI count", subject="national Covid-19 deaths (PTI count)", scope="aggregate")
g("pr310", "11 deaths have been reported since Saturday", "11 deaths", "killed", 11, 11, speaker="Lav Agarwal",
  subject="new deaths of the day (restated)", core=False)
g("pr310", "the death toll is now 79", "79", "killed", 79, 79, subject="national Covid-19 deaths (restated)",
  core=False, scope="aggregate")
g("pr310", "had reported 77 deaths in total", "77 deaths", "killed", 77, 77, speaker="the health ministry",
  subject="national Covid-19 deaths (morning update)", scope="aggregate")
g("pr310", "the number of deaths had risen to 79", "79", "killed", 79, 79, speaker="Agarwal",
  subject="national Covid-19 deaths (restated)", core=False, scope="aggregate")
g("pr310", "in which state the two deaths had taken place", "the two deaths", "killed", 2, 2,
  subject="deaths since the morning update (increment)", core=False)
g("pr310", "coronavirus deaths at age 24", "24", "killed", 24, 24, speaker="the ministry",
  subject="Covid-19 deaths, Maharashtra", scope="aggregate")
g("pr310", "followed by Gujarat 10", "10", "killed", 10, 10, speaker="the ministry",
  subject="Covid-19 deaths, Gujarat", scope="aggregate")
g("pr310", "Telangana 7, Madhya", "7", "killed", 7, 7, speaker="the ministry",
  subject="Covid-19 deaths, Telangana", scope="aggregate")
g("pr310", "Madhya Pradesh and Delhi 6 each", "6 each", "killed", 6, 6, speaker="the ministry",
  subject="Covid-19 deaths, Madhya Pradesh and Delhi (each)", scope="aggregate")
g("pr310", "6 each and 5.", "5", "killed", 5, 5, speaker="the ministry",
  subject="Covid-19 deaths, a state not named", scope="aggregate")
g("pr310", "It has reported 4 deaths", "4 deaths", "killed", 4, 4, speaker="It",
  subject="Covid-19 deaths, a state", scope="aggregate")
g("pr310", "Tamil Nadu has recorded 3 deaths each", "3 deaths each", "killed", 3, 3, speaker="Tamil Nadu",
  subject="Covid-19 deaths, Tamil Nadu", scope="aggregate")
g("pr310", "Two deaths each have been reported from", "Two deaths each", "killed", 2, 2,
  subject="Covid-19 deaths, Jammu and Kashmir, Uttar Pradesh, Kerala (each)", scope="aggregate")
g("pr310", "have reported 1 fatality, according to the data", "1 fatality", "killed", 1, 1, speaker="the data",
  subject="Covid-19 deaths, Andhra Pradesh, Bihar, Himachal Pradesh (each)", scope="aggregate")
n("pr310", "cases to 3,374: Ministry", "3,374", "count")
n("pr310", "Up to 472 new cases", "Up to 472 new cases", "count")
n("pr310", "cases in the country to 3,374 and", "3,374", "count")
n("pr310", "confirmed cases reached 3,624", "3,624", "count")
n("pr310", "Of these, 284 have been cured", "284", "count")
n("pr310", "said 472 new cases of Covid-19 and", "472 new cases", "count")
n("pr310", "coronavirus cases is 3,374", "3,374", "count")
n("pr310", "He said 267 people have recovered", "267 people", "count")
n("pr310", "at the 4 p.m. briefing", "4 p.m.", "time")
n("pr310", "Maharashtra in 490", "490", "count")
n("pr310", "Kerala has 306 positive cases", "306 positive cases", "count")
n("pr310", "There are 200 cases in Rajasthan", "200 cases", "count")
t("pr310", "killed", 11, 11, "stated")

# pr311 ahram (AFP, Rio floods): "Last count showed official death toll ... higher than 750" (the standfirst) and
# "official figures released Friday showing 400 people still missing"; "could top 1,000" is a projection (hedged,
# core=false); the lead's 400 missing is the missing toll (wire README rule 11), the body's 759 the killed toll
g("pr311", "Brazil flood death toll could top 1,000", "1,000", "killed", 1001, None, modality="hedged",
  subject="projected dead (headline)", core=False)
g("pr311", "Last count showed official death toll in flash flooding higher than 750", "higher than 750", "killed",
  751, None, speaker="Last count", subject="killed in the floods (standfirst)", core=False)
g("pr311", "with hundreds more still missing and believed to be dead", "hundreds more", "missing", 200, 999,
  vague=True, subject="missing (standfirst)", core=False)
g("pr311", "last week could top 1,000", "1,000", "killed", 1001, None, modality="hedged",
  speaker="official figures released Friday", subject="projected dead", core=False)
g("pr311", "showing 400 people still missing", "400 people", "missing", 400, 400,
  speaker="official figures released Friday", subject="missing in the floods")
g("pr311", "near Rio January 12 stood at 759", "759", "killed", 759, 759, subject="killed in the floods")
g("pr311", "Nova Friburgo, with 365 dead", "365", "killed", 365, 365, subject="dead in Nova Friburgo")
g("pr311", "Teresopolis, with 308 dead", "308", "killed", 308, 308, subject="dead in Teresopolis")
g("pr311", "Most of the 401 people listed as missing", "401 people", "missing", 401, 401,
  speaker="Rio's state government", subject="missing in the floods (the state's list)")
g("pr311", "Most of the 401 people listed as missing by Rio's state government are presumed dead",
  "Most of the 401 people", "killed", 201, 401, modality="hedged", subject="missing presumed dead", core=False)
g("pr311", "A total 13,830 people were forced to abandon their homes", "A total 13,830 people", "displaced",
  13830, 13830, speaker="Rio's health services", subject="people who left their homes")
n("pr311", "AFP , Friday 21 Jan 2011", "21 Jan 2011", "date")
n("pr311", "near Rio January 12", "January 12", "date")
t("pr311", "killed", 759, 759, "stated")
t("pr311", "missing", 400, 400, "stated")
t("pr311", "displaced", 13830, 13830, "stated")

# pr312 reuters (Hurricane Matthew, Haiti): "A Reuters tally of deaths reported by civil protection officials at a
# local level confirmed 478 had died"; the tally is a toll claimed by another party (Reuters' own count), core
g("pr312", "At least 478 died in Haiti from Hurricane Matthew - officials\nOctober", "At least 478", "killed", 478, None,
  speaker="officials", subject="killed by Hurricane Matthew (headline)", core=False)
g("pr312", "At least 478 died in Haiti from Hurricane Matthew - officials\n\nReuters", "At least 478", "killed", 478,
  None, speaker="officials", subject="killed by Hurricane Matthew (headline)", core=False)
g("pr312", "rose to at least 478 people on Friday", "at least 478 people", "killed", 478, None, speaker="officials",
  subject="killed by Hurricane Matthew")
g("pr312", "at a local level confirmed 478 had died", "478", "killed", 478, 478, speaker="A Reuters tally",
  subject="killed by Hurricane Matthew (Reuters tally)")
g("pr312", "said 271 people died because of the storm", "271 people", "killed", 271, 271,
  speaker="Haiti's central civil protection agency", subject="killed by Hurricane Matthew (national agency)")
g("pr312", "Some 61,500 remain in shelters", "Some 61,500", "displaced", 61500, 61500, vague=True,
  speaker="the agency", subject="in shelters")
n("pr312", "October 7, 2016 / 12:05 PM", "October 7, 2016", "date")
n("pr312", "1 Min Read", "1 Min", "duration")
n("pr312", "PORT-AU-PRINCE, Oct 7 (Reuters)", "Oct 7", "date")
t("pr312", "killed", 478, None, "stated")
t("pr312", "displaced", 61500, 61500, "stated")

# pr313 humanevents (Boston Marathon bombing, the morning after): "other reports put the total as over 144"; the
# injured toll is the latest figure where sources disagree and no lead gives one (wire README rule 11)
g("pr313", "Three people are confirmed dead", "Three people", "killed", 3, 3, subject="killed in the bombing")
g("pr313", "an 8-year-old boy named Martin Richard", "an 8-year-old boy named Martin Richard", "killed", 1, 1,
  subject="Martin Richard (part)", core=False)
g("pr313", "Martin’s mother and sister were also severely injured", "Martin’s mother and sister", "injured", 2, 2,
  subject="the boy's mother and sister (part)", core=False)
g("pr313", "his 6-year-old sister Jane lost her leg", "his 6-year-old sister Jane", "injured", 1, 1,
  speaker="the UK Daily Mail", subject="the boy's sister (part)", core=False)
g("pr313", "account of the little boy’s death", "the little boy", "killed", 1, 1,
  subject="Martin Richard (restated)", core=False)
g("pr313", "says over 130 people have been injured", "over 130 people", "injured", 131, None,
  speaker="The Boston Globe", subject="injured in the bombing (the Globe)")
g("pr313", "other reports put the total as over 144", "over 144", "injured", 145, None, speaker="other reports",
  subject="injured in the bombing (other reports)")
g("pr313", "including at least 10 with amputated limbs", "at least 10", "injured", 10, None, speaker="other reports",
  subject="amputees (part)", core=False)
g("pr313", "reports seeing “at least 25 to 30 people”", "at least 25 to 30 people", "injured", 25, 30,
  speaker="A state trooper", subject="people with a leg or ankle missing (part)", core=False)
g("pr313", "“About 30 people were transferred to hospitals under a Code Red", "About 30 people", "injured", 30, 30,
  vague=True, speaker="a law-enforcement official", subject="life-threatening injuries (part)", core=False)
g("pr313", "???26 Miles for 26 Victims,???", "26 Victims", "killed", 26, 26, speaker="the Globe",
  subject="Newtown victims", core=False, scope="background")
n("pr313", "???26 Miles for", "26 Miles", "distance")
t("pr313", "killed", 3, 3, "stated")
t("pr313", "injured", 145, None, "stated")

# pr314 daniel-world-news (Xinhua, Operation Khanjar): "the statistics given of Afghan Defense Ministry put the number of
# Taliban casualties over 80"; every figure is a total since the operation began (aggregate, wire README rule 1): no toll
g("pr314", "so far at least 56 international soldiers have been killed", "at least 56 international soldiers", "killed",
  56, None, subject="international soldiers killed since the operation began", scope="aggregate")
g("pr314", "56 service members of the NATO-led troops", "56 service members", "killed", 56, 56, modality="hedged",
  speaker="media reports", subject="international soldiers killed (restated)", core=False, scope="aggregate")
g("pr314", "with some 30 of them U.S. service men", "some 30 of them", "killed", 30, 30, vague=True,
  modality="hedged", speaker="media reports", subject="US soldiers killed (part)", core=False, scope="aggregate")
g("pr314", "put the number of Taliban casualties over 80", "over 80", "killed_or_injured", 81, None,
  speaker="the statistics given of Afghan Defense Ministry", subject="Taliban casualties", scope="aggregate")
g("pr314", "\"More than 80 militants have been killed", "More than 80 militants", "killed", 81, None,
  speaker="Zahir Azimi", subject="militants killed since the operation began", scope="aggregate")
g("pr314", "and another 26, including their group commanders, have either been arrested or injured", "another 26",
  "captured", 26, 26, speaker="Zahir Azimi", subject="militants arrested or injured (either)", core=False,
  scope="aggregate")
g("pr314", "caused a large number of casualties", "a large number of casualties", "killed_or_injured", 2, None,
  vague=True, speaker="Ahmadi", subject="troop casualties claimed by the Taliban", scope="aggregate")
n("pr314", "KABUL, July 23 (Xinhua)", "July 23", "date")
n("pr314", "launched in July 2 to", "July 2", "date")
n("pr314", "some 10,000 Afghan and international personnel", "some 10,000", "count")
n("pr314", "Five out of Helmand's 14 districts", "Five out of Helmand's 14 districts", "count")
n("pr314", "70 percent of Nawa districts", "70 percent", "percent")
# Batch of session 20, task s20part (pr323-pr330): a partitive count "N of (the) M <people>" near the victims
# (wire README rules; written blind, before any claimex run on these pages). M, the group, is no claim unless
# the group itself is the dead (pr325's "Seven of the 37 confirmed dead").
# pr323 sggpnews (CNN, Sago mine): "Twelve of 13 miners ... are alive", "one of the miners died"
n("pr323", "'Believe in miracles': 12 miners found alive", "12 miners", "count")
n("pr323", "Twelve of 13 miners who had been trapped", "Twelve", "count")
n("pr323", "of 13 miners who had been trapped", "13 miners", "count")
n("pr323", "they were told 12 were found alive", "12", "count")
n("pr323", "for more than 36 hours", "36 hours", "duration")
n("pr323", "word of the 12 miners' rescue", "12 miners", "count")
n("pr323", "\"Twelve miners alive,\"", "Twelve miners", "count")
n("pr323", "know where the 12 were found", "12", "count")
g("pr323", "one of the miners died in the accident", "one of the miners", "killed", 1, 1, subject="miner killed")
n("pr323", "'We got 12 alive!'\nJeff", "12", "count")
n("pr323", "worked in the mines for 33 years", "33 years", "duration")
n("pr323", "said, \"We got 12 alive!\"", "12", "count")
n("pr323", "Initially, 13 miners were trapped underground", "13 miners", "count")
n("pr323", "about 6:30 a.m. Monday", "6:30 a.m.", "time")
t("pr323", "killed", 1, 1, "stated")
# pr324 theworld (Hindustan Times, Jomsom): "13 of those killed were Indians", "an aircraft with 21 people on board"
g("pr324", "accident which killed 18 people, officials said", "18 people", "killed", 18, 18, speaker="officials",
  subject="Lukla crash of 2008 (caption)", core=False, scope="background")
g("pr324", "was released. Fifteen people including 13 Indian tourists were killed", "Fifteen people", "killed", 15, 15,
  subject="Jomsom crash dead (caption copy)", core=False)
g("pr324", "was released. Fifteen people including 13 Indian tourists were killed", "13 Indian tourists", "killed", 13, 13,
  subject="Indian tourists among the dead (caption copy)", core=False)
n("pr324", "with 21 people on board crashed at Jomsom airport in north-central Nepal on Monday morning.\n", "21 people",
  "count")
g("pr324", "on Monday morning.\nFifteen people including 13 Indian tourists were killed", "Fifteen people", "killed", 15, 15,
  speaker="the Hindustan Times", subject="Jomsom crash dead")
g("pr324", "on Monday morning.\nFifteen people including 13 Indian tourists were killed", "13 Indian tourists", "killed",
  13, 13, speaker="the Hindustan Times", subject="Indian tourists among the dead", core=False)
n("pr324", "with 21 people on board crashed at Jomsom airport in north-central Nepal on Monday morning, the Hindustan",
  "21 people", "count")
n("pr324", "carrying 16 Indian and two Danish passengers", "16 Indian", "count")
n("pr324", "16 Indian and two Danish passengers", "two Danish passengers", "count")
g("pr324", "confirmed that 13 of those killed were Indians", "13 of those killed", "killed", 13, 13,
  speaker="Indian Embassy officials", subject="Indians among the dead (restated)", core=False)
g("pr324", "The pilot and co-pilot were also reported to have died", "The pilot and co-pilot", "killed", 2, 2,
  modality="hedged", subject="pilot and co-pilot among the dead", core=False)
g("pr324", "The six survivors, who included two children", "The six survivors", "injured", 6, 6,
  speaker="the paper", subject="survivors airlifted to hospital")
g("pr324", "who included two children, both Danish", "two children", "injured", 2, 2, speaker="the paper",
  subject="children among the survivors", core=False)
n("pr324", "in less than eight months", "eight months", "duration")
g("pr324", "19 persons including 10 Indians were killed", "19 persons", "killed", 19, 19,
  subject="Kathmandu crash of the year before", scope="background")
g("pr324", "19 persons including 10 Indians were killed", "10 Indians", "killed", 10, 10,
  subject="Indians among the Kathmandu dead", core=False, scope="background")
t("pr324", "killed", 15, 15, "stated")
t("pr324", "injured", 6, 6, "stated")
# pr325 jobsjusticedreams (CNN copy, In Amenas): "Seven of the 37 confirmed dead" (the group is the dead)
g("pr325", "least 37 hostages dead in Algeria standoff", "37 hostages", "killed", 37, None,
  subject="hostages dead (headline)", core=False)
g("pr325", "At least 37 hostages died in the terrorist seizure", "At least 37 hostages", "killed", 37, None,
  speaker="the country’s prime minister", subject="hostages dead")
g("pr325", "Five other hostages are missing", "Five other hostages", "missing", 5, 5, speaker="Abdul Malek Sallal",
  subject="hostages missing")
g("pr325", "had confirmed 29 hostage deaths", "29 hostage deaths", "killed", 29, 29,
  speaker="officials from other countries and companies", subject="hostages dead (earlier count)")
g("pr325", "Seven of the 37 confirmed dead", "Seven", "killed", 7, 7, speaker="the prime minister",
  subject="dead not yet identified", core=False)
g("pr325", "Seven of the 37 confirmed dead", "37 confirmed dead", "killed", 37, 37, speaker="the prime minister",
  subject="hostages dead (restated)", core=False)
g("pr325", "include seven Japanese", "seven Japanese", "killed", 7, 7, speaker="officials from those countries",
  subject="identified dead by nationality", core=False)
g("pr325", "six Filipinos", "six Filipinos", "killed", 6, 6, speaker="officials from those countries",
  subject="identified dead by nationality", core=False)
g("pr325", "three Americans", "three Americans", "killed", 3, 3, speaker="officials from those countries",
  subject="identified dead by nationality", core=False)
g("pr325", "three Britons", "three Britons", "killed", 3, 3, speaker="officials from those countries",
  subject="identified dead by nationality", core=False)
g("pr325", "one Algerian", "one Algerian", "killed", 1, 1, speaker="officials from those countries",
  subject="identified dead by nationality", core=False)
g("pr325", "Some 29 militants also died", "Some 29 militants", "killed", 29, 29, vague=True, speaker="Sallal",
  subject="militants killed")
g("pr325", "while three were captured", "three", "captured", 3, 3, speaker="Sallal", subject="militants captured")
t("pr325", "killed", 66, None, "sum")
t("pr325", "missing", 5, 5, "stated")
t("pr325", "captured", 3, 3, "stated")
# pr326 bigworldtale (TransAsia GE222): "ten of the plane's passengers survived", "58 people on board"
g("pr326", "resulted in 48 people being killed", "48 people", "killed", 48, 48, subject="crash dead")
n("pr326", "Eight years ago today on July 23, 2014", "July 23, 2014", "date")
g("pr326", "killing most of its passengers and all of its crew", "most of its passengers", "killed", 2, None,
  vague=True, subject="passengers killed (restated)", core=False)
g("pr326", "killing most of its passengers and all of its crew", "all of its crew", "killed", 2, None, vague=True,
  subject="crew killed (restated)", core=False)
n("pr326", "ten of the plane's passengers survived", "ten", "count")
g("pr326", "but five villagers were injured in the incident", "five villagers", "injured", 5, 5,
  subject="villagers injured")
n("pr326", "TransAsia Airways flight 222", "222", "other")
n("pr326", "flight with 58 people on board", "58 people", "count")
n("pr326", "made up of 54 passengers", "54 passengers", "count")
n("pr326", "54 passengers and four crew members.", "four crew members", "count")
g("pr326", "killing 48 people on the plane", "48 people", "killed", 48, 48, subject="crash dead (restated)",
  core=False)
g("pr326", "– 44 passengers and all four crew members", "44 passengers", "killed", 44, 44,
  subject="passengers killed (part)")
g("pr326", "– 44 passengers and all four crew members", "all four crew members", "killed", 4, 4,
  subject="crew killed (part)")
n("pr326", "sheared trees for several hundred feet", "several hundred feet", "distance")
n("pr326", "and ten managed to crawl out", "ten", "count")
g("pr326", "Five further people on the ground were injured", "Five further people", "injured", 5, 5,
  subject="villagers injured (restated)", core=False)
t("pr326", "killed", 48, 48, "stated")
t("pr326", "injured", 5, 5, "stated")
# pr327 businesstimes (Bloomberg, TransAsia GE235): "Each of the 14 passengers who lived", "31 of those on board"
n("pr327", "Each of the 14 passengers who lived", "14 passengers", "count")
n("pr327", "behind Row 11 of the single-aisle", "Row 11", "other")
n("pr327", "72-seat ATR72-600 aircraft", "72-seat", "equipment")
n("pr327", "The 15th survivor", "15th", "count")
n("pr327", "was one of two flight attendants", "two flight attendants", "count")
g("pr327", "At least 31 people have been confirmed dead", "At least 31 people", "killed", 31, None,
  subject="crash dead")
g("pr327", "another 12 are missing", "another 12", "missing", 12, 12, subject="missing")
n("pr327", "Mayday call two minutes after taking off", "two minutes", "duration")
g("pr327", "The two pilots of the nine-month old aircraft", "The two pilots", "killed", 2, 2,
  subject="pilots among the dead", core=False)
n("pr327", "of the nine-month old aircraft", "nine-month", "age")
g("pr327", "and an observer in the cockpit are among those killed", "an observer", "killed", 1, 1,
  subject="observer among the dead", core=False)
g("pr327", "are a two year old boy", "a two year old boy", "injured", 1, 1, speaker="a flight manifest",
  subject="injured boy (part of the listed injured)", core=False)
g("pr327", "and a 71 year old man, according", "a 71 year old man", "injured", 1, 1, speaker="a flight manifest",
  subject="injured man (part of the listed injured)", core=False)
n("pr327", "accounted for 31 of those on board", "31", "count")
g("pr327", "with three of those people listed as injured", "three of those people", "injured", 3, 3,
  subject="passengers listed as injured")
g("pr327", "The three patients at Taipei's Tri-Service General Hospital", "The three patients", "injured", 3, 3,
  speaker="Superintendent Yu Jyh-Cherng", subject="patients in hospital (restated)", core=False)
g("pr327", "One of the patients has facial lacerations", "One of the patients", "injured", 1, 1,
  speaker="Superintendent Yu Jyh-Cherng", subject="one patient (part)", core=False)
n("pr327", "carrying 53 passengers and five crew", "53 passengers", "count")
n("pr327", "53 passengers and five crew", "five crew", "count")
n("pr327", "within four minutes", "four minutes", "duration")
g("pr327", "Two people in the taxi sustained injuries", "Two people", "injured", 2, 2, speaker="the city government",
  subject="taxi occupants injured")
t("pr327", "killed", 31, None, "stated")
t("pr327", "missing", 12, 12, "stated")
t("pr327", "injured", 5, 5, "sum")
# pr328 103.16.72.116 (AFP, Shimla bus): "the number of passengers at 45", "a truck jammed with 70 passengers"
g("pr328", "At least 20 passengers died when the bus", "At least 20 passengers", "killed", 20, None,
  subject="bus passengers dead")
g("pr328", "a day after 37 people were killed in a similar accident", "37 people", "killed", 37, 37,
  subject="truck accident of the day before", scope="background")
g("pr328", "Twelve others were injured when the bus fell", "Twelve others", "injured", 12, 12,
  speaker="Baldev Thakur", subject="bus passengers injured")
n("pr328", "40 kilometres (25 miles)", "40 kilometres", "distance")
g("pr328", "\"At least 20 bodies have been retrieved", "At least 20 bodies", "killed", 20, None, speaker="Thakur",
  subject="bus passengers dead (restated)", core=False)
n("pr328", "put the number of passengers at 45", "45", "count")
n("pr328", "fell 150 feet (46 metres)", "150 feet", "distance")
g("pr328", "On Wednesday, 37 people died when a truck", "37 people", "killed", 37, 37,
  subject="truck accident of the day before (restated)", core=False, scope="background")
n("pr328", "a truck jammed with 70 passengers", "70 passengers", "count")
n("pr328", "BDST: 1930 HRS, August 19, 2010", "August 19, 2010", "date")
t("pr328", "killed", 20, None, "stated")
t("pr328", "injured", 12, 12, "stated")
# pr329 celebcafe (Memphis house fire): "Two of those children died, and one remains in extremely critical condition"
g("pr329", "9 dead in early morning Memphis house fire", "9 dead", "killed", 9, 9, subject="fire dead (headline)",
  core=False)
g("pr329", "56-year-old Carol Collier, 27-year-old LaKisha Ward and 61-year-old Eloise Futrell",
  "Carol Collier, 27-year-old LaKisha Ward and 61-year-old Eloise Futrell", "killed", 3, 3,
  speaker="The Commercial Appeal", subject="adults dead, named", core=False)
n("pr329", "identified as 56-year-old Carol", "56-year-old", "age")
n("pr329", "around 1:30 a.m. after", "1:30 a.m.", "time")
n("pr329", "inside the home called 911", "911", "phone")
g("pr329", "Three adults and four children died at the scene", "Three adults", "killed", 3, 3,
  subject="adults dead at the scene (part)")
g("pr329", "Three adults and four children died at the scene", "four children", "killed", 4, 4,
  subject="children dead at the scene (part)")
n("pr329", "in the city since the 1920s", "1920s", "date")
g("pr329", "Two of those children died, and one remains", "Two of those children", "killed", 2, 2,
  subject="children who died in hospital (part)")
g("pr329", "and one remains in extremely critical condition", "one", "injured", 1, 1,
  subject="child in critical condition")
n("pr329", "under control in about 20 minutes", "20 minutes", "duration")
t("pr329", "killed", 9, 9, "sum")
t("pr329", "injured", 1, 1, "stated")
# pr330 rapoportlaw (East River helicopter): "three of the four passengers onboard" escaped, one did not
n("pr330", "Oct 6, 2011 | Aviation", "Oct 6, 2011", "date")
n("pr330", "as well as three of the four", "three", "count")
n("pr330", "of the four passengers onboard", "four passengers", "count")
g("pr330", "One passenger, a woman celebrating her 40th birthday was not so lucky", "One passenger", "killed", 1, 1,
  subject="passenger who drowned")
n("pr330", "celebrating her 40th birthday", "40th", "age")
n("pr330", "pulled the Bell 206 chopper", "Bell 206", "equipment")
g("pr330", "the pain and heartbreak of losing a loved one", "a loved one", "killed", 1, 1,
  subject="passenger who drowned (restated)", core=False)
n("pr330", "Helicopter Crash,” 5 October 2011", "5 October 2011", "date")
t("pr330", "killed", 1, 1, "stated")
# Session 20, task s20round (pr315-pr322): attackers killed by troops or police in the reported attack, beside the
# attackers' victims; standfirst or summary lines that total the lead's figures; parts told after a lead's count.
# Gold written by hand from the texts and devsets/wire/README.md, before claimex was run on these pages.

# pr315 nbcnews (AP, Karachi police station): five police, one attacker believed killed in return fire
g("pr315", "opened fire, killing five police in a dawn attack", "five police", "killed", 5, 5, subject="police killed")
g("pr315", "Authorities believe one attacker was killed in return fire", "one attacker", "killed", 1, 1,
  modality="hedged", speaker="Tariq Jamil", subject="attacker killed by police (believed)")
g("pr315", "killing two police officers and three constables", "two police officers", "killed", 2, 2,
  speaker="Abdul Khaliq Shaikh", subject="police officers (part of the five, told after)", core=False)
g("pr315", "killing two police officers and three constables", "three constables", "killed", 3, 3,
  speaker="Abdul Khaliq Shaikh", subject="constables (part of the five, told after)", core=False)
g("pr315", "while taking a bullet in the arm himself", "himself", "injured", 1, 1,
  speaker="Mohammed Hussain", subject="policeman shot in the arm")
g("pr315", "in June 2002, killing 14 Pakistanis", "14 Pakistanis", "killed", 14, 14,
  subject="consulate truck bomb 2002", core=False, scope="background")
n("pr315", "Ten gunmen entered the station", "Ten gunmen", "count")
n("pr315", "Attackers fired dozens of rounds", "dozens of rounds", "count")
n("pr315", "Attackers left in two vehicles", "two vehicles", "vehicles")
n("pr315", "A port city of 14 million", "14 million", "count")
t("pr315", "killed", 6, 6, "sum")
t("pr315", "injured", 1, 1, "enumerated")

# pr316 punchng (Umutu police station, Delta): three policemen, two attackers gunned down by the police
g("pr316", "as gunmen killed three policemen in an attempt", "three policemen", "killed", 3, 3, subject="policemen killed")
g("pr316", "the gunmen killed two police constables and one Assistant Superintendent", "two police constables",
  "killed", 2, 2, subject="constables (part of the three, told after)", core=False)
g("pr316", "the gunmen killed two police constables and one Assistant Superintendent", "one Assistant Superintendent",
  "killed", 1, 1, subject="ASP (part of the three, told after)", core=False)
g("pr316", "two of the armed bandit were gun down", "two of the armed bandit", "killed", 2, 2,
  speaker="Bright Edafe", subject="attackers killed by the police")
g("pr316", "the command lost two policemen", "two policemen", "killed", 2, 2,
  speaker="Bright Edafe", subject="policemen (restated part)", core=False)
g("pr316", "while one ASP died out of High Blood pressure", "one ASP", "killed", 1, 1,
  speaker="Bright Edafe", subject="ASP (restated part)", core=False)
t("pr316", "killed", 5, 5, "sum")

# pr317 myrepublica (AP, Ghalani Camp mosque): four insurgents killed by troops, two soldiers, 14 troops wounded
g("pr317", "a shootout in which four insurgents and two soldiers were killed", "four insurgents", "killed", 4, 4,
  speaker="the military and officials", subject="attackers killed by troops")
g("pr317", "a shootout in which four insurgents and two soldiers were killed", "two soldiers", "killed", 2, 2,
  speaker="the military and officials", subject="soldiers killed")
g("pr317", "The army said 14 troops were also wounded", "14 troops", "injured", 14, 14,
  speaker="The army", subject="troops wounded")
g("pr317", "and killed all four militants", "all four militants", "killed", 4, 4,
  speaker="The army", subject="attackers (restated)", core=False)
g("pr317", "Pakistan says 4 militants behind 2009 cricket attack killed", "4 militants", "killed", 4, 4,
  subject="related headline (another story)", core=False, scope="background")
n("pr317", "completing his three-year tenure", "three-year", "duration")
t("pr317", "killed", 6, 6, "sum")
t("pr317", "injured", 14, 14, "stated")

# pr318 freepressjournal (PTI, Rajgal Valley): five terrorists killed and four injured by troops, one soldier
g("pr318", "Five terrorists were killed and four others injured today", "Five terrorists", "killed", 5, 5,
  speaker="officials", subject="attackers killed by troops")
g("pr318", "Five terrorists were killed and four others injured today", "four others", "injured", 4, 4,
  speaker="officials", subject="attackers injured by troops")
g("pr318", "army post in Rajgal Valley of Khyber Agency and killed one soldier", "one soldier", "killed", 1, 1,
  speaker="The army", subject="soldier killed")
g("pr318", "The troops retaliated and killed five terrorists and injured four others", "five terrorists", "killed", 5, 5,
  speaker="Inter-Services Public Relations", subject="attackers (restated)", core=False)
g("pr318", "killed five terrorists and injured four others", "four others", "injured", 4, 4,
  speaker="Inter-Services Public Relations", subject="attackers injured (restated)", core=False)
t("pr318", "killed", 6, 6, "sum")
t("pr318", "injured", 4, 4, "stated")

# pr319 rferl (Khwaja Omari, Ghazni): at least 15 killed (parts named after it), 25 Taliban killed, the Taliban's claim
g("pr319", "Afghan District Governor Among Those Killed In Taliban Attack", "Afghan District Governor", "killed", 1, 1,
  subject="district governor (headline)", core=False)
g("pr319", "at least 15 people have been killed, including a district governor", "at least 15 people", "killed", 15, None,
  speaker="Afghan officials", subject="killed in the raid")
g("pr319", "have been killed, including a district governor", "a district governor", "killed", 1, 1,
  speaker="Afghan officials", subject="district governor (included)", core=False)
g("pr319", "among those killed were Ali Dost Shams, the district governor", "Ali Dost Shams", "killed", 1, 1,
  speaker="Ramazan Ali Mohsini", subject="district governor (part, told after)", core=False)
g("pr319", "the district governor, seven police officers, and five members", "seven police officers", "killed", 7, 7,
  speaker="Ramazan Ali Mohsini", subject="police officers (part, told after)", core=False)
g("pr319", "seven police officers, and five members of the National Directorate", "five members", "killed", 5, 5,
  speaker="Ramazan Ali Mohsini", subject="NDS members (part, told after)", core=False)
g("pr319", "Mohsini also said 25 Taliban fighters were killed in the gunbattle", "25 Taliban fighters", "killed", 25, 25,
  speaker="Ramazan Ali Mohsini", subject="attackers killed by the security forces")
g("pr319", "saying more than 20 members of Afghan security forces were killed", "more than 20 members", "killed", 21, None,
  modality="hedged", speaker="The Taliban", subject="security forces killed (Taliban claim)")
g("pr319", "were killed and several others wounded", "several others", "injured", 3, 9, vague=True,
  modality="hedged", speaker="The Taliban", subject="security forces wounded (Taliban claim)")
g("pr319", "It said three militants also died", "three militants", "killed", 3, 3,
  modality="hedged", speaker="The Taliban", subject="militants killed (Taliban claim)")
g("pr319", "three militants also died and four others were wounded", "four others", "injured", 4, 4,
  modality="hedged", speaker="The Taliban", subject="militants wounded (Taliban claim)")
n("pr319", "on April 12 that police", "April 12", "date")
n("pr319", "started late on April 11", "April 11", "date")
n("pr319", "most NATO troops in 2014", "2014", "date")
t("pr319", "killed", 40, None, "sum")
t("pr319", "injured", 7, 13, "sum")

# pr320 urdupoint (APP/AFP, SYL hotel Mogadishu): a standfirst printed again as the lead; five attackers killed
g("pr320", "Five people including three civilians were killed when militants stormed a hotel in Somalia's capital, police said Wednesday, adding that all five attackers had also died after an hours-long siege\n",
  "Five people", "killed", 5, 5, speaker="police", subject="killed (standfirst copy)", core=False)
g("pr320", ":Five people including three civilians were killed", "Five people", "killed", 5, 5,
  speaker="police", subject="killed at the hotel")
g("pr320", ":Five people including three civilians were killed", "three civilians", "killed", 3, 3,
  speaker="police", subject="civilians (included)", core=False)
g("pr320", "adding that all five attackers had also died after an hours-long siege.", "all five attackers", "killed", 5, 5,
  speaker="police", subject="attackers killed in the siege")
g("pr320", "The number of the dead we have confirmed is five", "five", "killed", 5, 5,
  speaker="police", subject="killed (restated)", core=False)
g("pr320", "among them two members of the security forces", "two members", "killed", 2, 2,
  speaker="police", subject="security forces (among)", core=False)
g("pr320", "two members of the security forces and three civilians. Nine", "three civilians", "killed", 3, 3,
  speaker="police", subject="civilians (among)", core=False)
g("pr320", "Nine other civilians and two soldiers were also wounded slightly", "Nine other civilians", "injured", 9, 9,
  speaker="police", subject="civilians wounded")
g("pr320", "Nine other civilians and two soldiers were also wounded slightly", "two soldiers", "injured", 2, 2,
  speaker="police", subject="soldiers wounded")
g("pr320", "police killed the two last attackers holed up inside", "the two last attackers", "killed", 2, 2,
  subject="attackers (part of the five)", core=False)
n("pr320", "rescuing more than 80 people", "more than 80 people", "count")
n("pr320", "suffered three previous deadly attacks", "three previous deadly attacks", "count")
t("pr320", "killed", 10, 10, "sum")
t("pr320", "injured", 11, 11, "sum")

# pr321 greaterkashmir (PTI, Pakistan Stock Exchange): four gunmen shot dead by security forces, guards, police, civilians
g("pr321", "killing four security guards and a police officer before being shot dead", "four security guards", "killed", 4, 4,
  subject="security guards killed")
g("pr321", "killing four security guards and a police officer before being shot dead", "a police officer", "killed", 1, 1,
  subject="police officer killed")
g("pr321", "Four heavily armed gunmen, believed to be from a banned Baloch group", "Four heavily armed gunmen", "killed", 4, 4,
  subject="attackers shot dead by security forces")
g("pr321", "but one of them was killed immediately", "one of them", "killed", 1, 1,
  speaker="Jamil Ahmed", subject="attacker (part of the four)", core=False)
g("pr321", "officials killed all the four near the entrance gates", "all the four", "killed", 4, 4,
  speaker="Omer Ahmed Bokhari", subject="attackers (restated)", core=False)
g("pr321", "Four security guards, a police sub-inspector and two civilians were killed", "Four security guards", "killed", 4, 4,
  speaker="the police", subject="security guards (restated)", core=False)
g("pr321", "Four security guards, a police sub-inspector and two civilians were killed", "a police sub-inspector", "killed",
  1, 1, speaker="the police", subject="police officer (restated)", core=False)
g("pr321", "Four security guards, a police sub-inspector and two civilians were killed", "two civilians", "killed", 2, 2,
  speaker="the police", subject="civilians killed")
t("pr321", "killed", 11, 11, "sum")

# pr322 lasvegassun (AP, New Kabul Bank Gardez): three killed, four gunmen killed by security forces; Waghaz attack
g("pr322", "Afghan officials: 3 killed after gunmen storm bank", "3", "killed", 3, 3, subject="killed (headline)", core=False)
g("pr322", "Three people were killed and 30 others injured on Saturday", "Three people", "killed", 3, 3,
  speaker="provincial officials", subject="killed at the bank")
g("pr322", "Three people were killed and 30 others injured on Saturday", "30 others", "injured", 30, 30,
  speaker="provincial officials", subject="injured at the bank")
g("pr322", "then four gunmen started shooting and were later killed by security forces", "four gunmen", "killed", 4, 4,
  speaker="Toryalai Abdyani", subject="attackers killed by security forces")
g("pr322", "All four gunmen were shot and killed by security forces", "All four gunmen", "killed", 4, 4,
  speaker="Andyani", subject="attackers (restated)", core=False)
g("pr322", "Two of the bank's security guards were killed in the initial suicide attack", "Two of the bank's security guards",
  "killed", 2, 2, speaker="Abdullah Hsrat", subject="guards (part of the three)", core=False)
g("pr322", "said that three killed and at least 30 wounded were brought", "three", "killed", 3, 3,
  speaker="A doctor at the provincial hospital", subject="killed (restated)", core=False)
g("pr322", "said that three killed and at least 30 wounded were brought", "at least 30", "injured", 30, None,
  speaker="A doctor at the provincial hospital", subject="injured (restated)", core=False)
g("pr322", "Amarkhail confirmed that two police officers and around 20 Taliban fighters were killed", "two police officers",
  "killed", 2, 2, speaker="Aminullah Amarkhail", subject="police killed in Waghaz")
g("pr322", "two police officers and around 20 Taliban fighters were killed", "around 20 Taliban fighters", "killed", 20, 20,
  vague=True, speaker="Aminullah Amarkhail", subject="attackers killed in Waghaz")
n("pr322", "said five militants attacked the bank", "five militants", "count")
t("pr322", "killed", 29, 29, "sum")
t("pr322", "injured", 30, 30, "stated")

# Batch of session 21, task s21isaf (pr331-pr338): a target counted with the others held with him ("X and N others",
# "N of his accomplices", "X and their N facilitators", "killed one ... and detained four others", "captured another")
# in police and army statements of other forces (wire README rules; written blind, before any claimex run on these
# pages).
# pr331 arynews (Peshawar CTD): "shot dead a terrorist ... and arrested five others"; "five of his accomplices"
n("pr331", " date 2023-02-22 Peshawar", "2023-02-22", "date")
g("pr331", "claimed to have shot dead a terrorist associated with the banned outfit", "a terrorist", "killed", 1, 1,
  modality="hedged", speaker="Peshawar Counter-Terrorism Department (CTD)", subject="terrorist shot dead")
g("pr331", "and arrested five others, ARY News reported", "five others", "captured", 5, 5, modality="hedged",
  speaker="Peshawar Counter-Terrorism Department (CTD)", subject="accomplices arrested")
g("pr331", "where CTD team shot dead a terrorist and arrested", "a terrorist", "killed", 1, 1,
  subject="terrorist shot dead (restated)", core=False)
g("pr331", "arrested five of his accomplices after a shootout", "five of his accomplices", "captured", 5, 5,
  subject="accomplices arrested (restated)", core=False)
n("pr331", "Meanwhile, three others managed to flee the scene", "three others", "count")
n("pr331", "Two Kalanshinkovs, six grenades", "Two Kalanshinkovs", "equipment")
n("pr331", "Two Kalanshinkovs, six grenades", "six grenades", "equipment")
g("pr331", "security forces killed as many as 142 terrorists in the last three months", "as many as 142 terrorists",
  "killed", 142, 142, vague=True, subject="terrorists killed over three months", scope="aggregate")
n("pr331", "142 terrorists in the last three months", "the last three months", "duration")
n("pr331", "carried out 6,921 operations across the country", "6,921 operations", "count")
n("pr331", "a total of 1,960 operations including", "1,960 operations", "count")
n("pr331", "including 1,516 area domination operations", "1,516 area domination operations", "count")
n("pr331", "301 intelligence-based operations", "301 intelligence-based operations", "count")
n("pr331", "and 143 area sanitization operations", "143 area sanitization operations", "count")
n("pr331", "were carried out during the last three months", "the last three months", "duration")
t("pr331", "killed", 1, 1, "stated")
t("pr331", "captured", 5, 5, "stated")

# pr332 dailytimes (ISPR): "At least two terrorists and their three facilitators were arrested"
g("pr332", "At least two terrorists and their three facilitators were arrested", "At least two terrorists", "captured",
  2, None, speaker="the Inter-Services Public Relations (ISPR)", subject="terrorists arrested in Mansehra")
g("pr332", "At least two terrorists and their three facilitators were arrested", "their three facilitators",
  "captured", 3, 3, speaker="the Inter-Services Public Relations (ISPR)", subject="facilitators arrested with them")
n("pr332", "Published in Daily Times, March 13th 2019.", "March 13th 2019", "date")
t("pr332", "captured", 5, None, "sum")

# pr333 tv6tnt (Trinidad police): a gang leader arrested, "Two other men who accompanied" him "were also arrested"
n("pr333", "Tuesday, September 19, 2017", "September 19, 2017", "date")
g("pr333", "\"Gang leader\" held in Benz with three guns", "\"Gang leader\"", "captured", 1, 1,
  subject="gang leader (headline)", core=False)
n("pr333", "held in Benz with three guns, say cops", "three guns", "equipment")
g("pr333", "...two other suspects detained after chase", "two other suspects", "captured", 2, 2,
  subject="two other men (standfirst)", core=False)
g("pr333", "A THIRTY-year-old man who police described as a major Laventille gang-leader was arrested",
  "A THIRTY-year-old man", "captured", 1, 1, subject="gang leader arrested in Arouca")
n("pr333", "in his Mercedes Benz, with three guns.", "three guns", "equipment")
g("pr333", "Two other men who accompanied the alleged gang leader that afternoon were also arrested", "Two other men",
  "captured", 2, 2, subject="two men arrested with him")
n("pr333", "at around 6 p.m. officers", "6 p.m.", "time")
n("pr333", "within five minutes they had cornered him", "five minutes", "duration")
n("pr333", "He and the two other men were ordered out", "the two other men", "count")
n("pr333", "found two Glock semi-automatic pistols", "two Glock semi-automatic pistols", "equipment")
g("pr333", "The three men were taken to the Arouca Police Station.", "The three men", "captured", 3, 3,
  speaker="Police", subject="the three held (restated)", core=False)
t("pr333", "captured", 3, 3, "sum")

# pr334 latino.foxnews (EFE; Mexican Federal Police): "The leader ... and four other suspects have been arrested"
g("pr334", "The leader of the Los Zetas drug cartel in Sabinas Hidalgo", "The leader of the Los Zetas drug cartel in Sabinas Hidalgo",
  "captured", 1, 1, speaker="the Federal Police", subject="Zetas area boss arrested")
g("pr334", "and four other suspects have been arrested, the Federal Police said", "four other suspects", "captured", 4, 4,
  speaker="the Federal Police", subject="suspects arrested with him")
g("pr334", "Hilario Guadalupe Reyna Cuevas was arrested last Friday", "Hilario Guadalupe Reyna Cuevas", "captured", 1, 1,
  speaker="the Public Safety Secretariat", subject="Zetas area boss (restated)", core=False)
n("pr334", "The 36-year-old man was", "36-year-old", "age")
g("pr334", "the murders and kidnappings of at least six members of rival gangs", "at least six members of rival gangs",
  "killed", 6, None, modality="hedged", speaker="the secretariat", subject="his earlier crimes", core=False,
  scope="background")
g("pr334", "Reyna Cuevas was arrested at an abandoned farm", "Reyna Cuevas", "captured", 1, 1,
  speaker="the secretariat", subject="Zetas area boss (restated)", core=False)
g("pr334", "Leslie Anahi Godinez Gonzalez, 22, Rosa", "Leslie Anahi Godinez Gonzalez", "captured", 1, 1,
  subject="one of the four others (named)", core=False)
n("pr334", "Leslie Anahi Godinez Gonzalez, 22, Rosa", "22", "age")
g("pr334", "Rosa Maria Palacios Martinez, 35, Juan", "Rosa Maria Palacios Martinez", "captured", 1, 1,
  subject="one of the four others (named)", core=False)
n("pr334", "Rosa Maria Palacios Martinez, 35, Juan", "35", "age")
g("pr334", "Juan Daniel Flores Chapa, 30, and", "Juan Daniel Flores Chapa", "captured", 1, 1,
  subject="one of the four others (named)", core=False)
n("pr334", "Juan Daniel Flores Chapa, 30, and", "30", "age")
g("pr334", "Jose Juan Escobedo Rodriguez, 22, were also arrested in the operation", "Jose Juan Escobedo Rodriguez",
  "captured", 1, 1, subject="one of the four others (named)", core=False)
n("pr334", "Jose Juan Escobedo Rodriguez, 22, were also arrested", "22", "age")
n("pr334", "deserted from the Mexican army in 1999", "1999", "date")
n("pr334", "formed Los Zetas with three other soldiers", "three other soldiers", "count")
n("pr334", "After several years on the payroll", "several years", "duration")
n("pr334", "now control several lucrative territories", "several lucrative territories", "count")
t("pr334", "captured", 5, 5, "sum")

# pr335 valleycentral (Mexican Navy): a Zetas plaza boss and, named with him, two men "and two minors"; "All five"
g("pr335", "Zetas leader arrested near Nuevo Laredo", "Zetas leader", "captured", 1, 1,
  subject="plaza boss (headline)", core=False)
g("pr335", "A Zetas leaders is behind bars after being arrested", "A Zetas leaders", "captured", 1, 1,
  subject="plaza boss arrested")
g("pr335", "confirmed the arrest of 28-year-old Jose Manuel Diaz-Guardado on Sunday",
  "28-year-old Jose Manuel Diaz-Guardado", "captured", 1, 1, speaker="The Mexican Navy",
  subject="plaza boss (restated)", core=False)
n("pr335", "found a total of 10 assault rifles", "10 assault rifles", "equipment")
n("pr335", "uniforms and $11,280 pesos in cash", "$11,280 pesos", "money")
g("pr335", "Marines arrested Diaz-Guardado, Juan Jose", "Diaz-Guardado", "captured", 1, 1,
  subject="plaza boss (restated)", core=False)
g("pr335", "Diaz-Guardado, Juan Jose Guadalupe Banda-Lopez, Jose", "Juan Jose Guadalupe Banda-Lopez", "captured", 1, 1,
  subject="man arrested with him")
g("pr335", "Jose Martin Dias-Guajardo and two minors", "Jose Martin Dias-Guajardo", "captured", 1, 1,
  subject="man arrested with him")
g("pr335", "Jose Martin Dias-Guajardo and two minors", "two minors", "captured", 2, 2, subject="minors arrested with him")
g("pr335", "All five suspects and the evidence are expected to transported", "All five suspects", "captured", 5, 5,
  subject="the five held (restated)", core=False)
t("pr335", "captured", 5, 5, "sum")

# pr336 jpost (US military, Baghdad): "killed one suspected insurgent and detained four others"
g("pr336", "One suspected Shi'ite insurgent killed in US raid", "One suspected Shi'ite insurgent", "killed", 1, 1,
  subject="insurgent killed (headline)", core=False)
g("pr336", "killed in US raid, four detained", "four", "captured", 4, 4, subject="detained (headline)", core=False)
n("pr336", "September 24, 2007 10:23", "September 24, 2007", "date")
n("pr336", "September 24, 2007 10:23", "10:23", "time")
g("pr336", "US troops killed one suspected insurgent and detained", "one suspected insurgent", "killed", 1, 1,
  speaker="the military", subject="insurgent killed in the raid")
g("pr336", "and detained four others said to be involved in kidnapping", "four others", "captured", 4, 4,
  speaker="the military", subject="suspects detained")
n("pr336", "at least one armor-piercing explosively formed penetrator", "at least one", "equipment")
t("pr336", "killed", 1, 1, "stated")
t("pr336", "captured", 4, 4, "stated")

# pr337 kalingatv (Cuttack Commissionerate Police): a kingpin arrested in Bihar; "Police also arrested Golden's
# associate"; three arrested in the raids of March 10 and 17 before (background: the earlier arrests that led to him)
n("pr337", " date 2024-03-24 Cuttack", "2024-03-24", "date")
g("pr337", "Commissionerate Police arrested an arms syndicate kingpin from Bihar", "an arms syndicate kingpin",
  "captured", 1, 1, subject="kingpin arrested")
g("pr337", "The arrested arms syndicate kingpin has been identified as Golden Singh", "The arrested arms syndicate kingpin",
  "captured", 1, 1, subject="kingpin (restated)", core=False)
n("pr337", "had seized five guns and live bullets", "five guns", "equipment")
n("pr337", "while conducting raids on March 10 and 17", "March 10 and 17", "date")
g("pr337", "Prakash Behera aka Babua, Priyabrata Samal aka Pinku and Mihir Kumar Ray were arrested",
  "Prakash Behera aka Babua", "captured", 1, 1, subject="arms dealer arrested in the earlier raids",
  scope="background")
g("pr337", "Prakash Behera aka Babua, Priyabrata Samal aka Pinku and Mihir Kumar Ray were arrested",
  "Priyabrata Samal aka Pinku", "captured", 1, 1, subject="arms dealer arrested in the earlier raids",
  scope="background")
g("pr337", "Prakash Behera aka Babua, Priyabrata Samal aka Pinku and Mihir Kumar Ray were arrested",
  "Mihir Kumar Ray", "captured", 1, 1, subject="arms dealer arrested in the earlier raids", scope="background")
g("pr337", "arrested the arms syndicate kingpin Golden Singh with the help of Bihar police", "the arms syndicate kingpin Golden Singh",
  "captured", 1, 1, subject="kingpin (restated)", core=False)
g("pr337", "Police also arrested Golden\u2019s associate from Cuttack", "Golden\u2019s associate", "captured", 1, 1,
  subject="his associate arrested")
t("pr337", "captured", 2, 2, "sum")

# pr338 foxnews (AP, Indian army in Kashmir): "killed four insurgents and captured another"
g("pr338", "Indian army kills 4 rebels, arrests 1 in 12-hour clash", "4 rebels", "killed", 4, 4,
  subject="rebels killed (headline)", core=False)
g("pr338", "Indian army kills 4 rebels, arrests 1 in 12-hour clash", "1", "captured", 1, 1,
  subject="rebel captured (headline)", core=False)
n("pr338", "arrests 1 in 12-hour clash in Indian-controlled", "12-hour", "duration")
g("pr338", "it has killed four insurgents and captured another", "four insurgents", "killed", 4, 4,
  speaker="India's army", subject="insurgents killed in the clash")
g("pr338", "killed four insurgents and captured another during a 12-hour clash", "another", "captured", 1, 1,
  speaker="India's army", subject="insurgent captured alive")
n("pr338", "captured another during a 12-hour clash near", "12-hour", "duration")
g("pr338", "said the arrested rebel is a Pakistani citizen", "the arrested rebel", "captured", 1, 1,
  speaker="Lt. Gen. D.S. Hooda", subject="rebel captured (restated)", core=False)
n("pr338", "merger with Pakistan since 1989", "1989", "date")
g("pr338", "they have arrested two Pakistani citizens in the past month", "two Pakistani citizens", "captured", 2, 2,
  speaker="Indian forces", subject="Pakistanis arrested over the past month", scope="aggregate")
n("pr338", "two Pakistani citizens in the past month", "the past month", "duration")
t("pr338", "killed", 4, 4, "stated")
t("pr338", "captured", 1, 1, "stated")


# Batch of session 22, task s22isafcap (pr339-pr346): a target whose phrase carries a modifier (a place, a
# relative clause, an apposition, a group it belongs to) and the others held with him ("the leader of a ... gang,
# X and one Y", "one X 35, of <village> in <district> and Y, 35", "X, a local commander of <group>, and three
# ... insurgents", "X, who is an accused in ..., and Y were arrested"), in police and army statements of other
# forces (wire README rules; written blind, before any claimex run on these pages).
# pr339 thenation (FCT police statement): the gang leader and one more; one more in another division, then one
# and three others
n("pr339", " date 2021-11-20 THE anti-kidnapping", "2021-11-20", "date")
g("pr339", "arrested the leader of a notorious kidnapping gang, Mallam Bala and one Abdullahi Ruwa",
  "the leader of a notorious kidnapping gang", "captured", 1, 1, subject="gang leader arrested at Atako forest")
g("pr339", "Mallam Bala and one Abdullahi Ruwa (a.k.a Juli)", "one Abdullahi Ruwa", "captured", 1, 1,
  subject="man arrested with him")
g("pr339", "said the arrest of the suspect followed intelligence", "the suspect", "captured", 1, 1,
  speaker="the FCT Commissioner of Police, Babaji Sunday", subject="the leader (restated)", core=False)
n("pr339", "carried out several kidnapping operations for ransom", "several kidnapping operations", "count")
n("pr339", "Two mobile phones with special lines were recovered", "Two mobile phones", "equipment")
n("pr339", "Two Gionee mobile phones which the gang uses", "Two Gionee mobile phones", "equipment")
g("pr339", "Dawaki Division arrested one Awal Abdullahi, a suspected member", "one Awal Abdullahi", "captured", 1, 1,
  subject="syndicate member arrested in another development")
n("pr339", "participated in two kidnapping operations carried out", "two kidnapping operations", "count")
g("pr339", "led to the arrest of one Isah Yusuf and three other members of the syndicate", "one Isah Yusuf",
  "captured", 1, 1, subject="syndicate member arrested after him")
g("pr339", "led to the arrest of one Isah Yusuf and three other members of the syndicate",
  "three other members of the syndicate", "captured", 3, 3, subject="syndicate members arrested with him")
n("pr339", "other members of the gang in the two operations that are still at large", "the two operations", "count")
t("pr339", "captured", 7, 7, "sum")

# pr340 pmnewsnigeria (Nigeria Police Force statement): four kidnappers, three car snatchers, and "one John
# Jumare 35, of Buggai village in ... Kaduna State and Uche Maxcillenous, 35"
g("pr340", "it had arrested four suspected members of a vicious Kidnap for Ransom gang", "four suspected members",
  "captured", 4, 4, speaker="The Nigeria Police Force", subject="kidnap gang members arrested")
n("pr340", "in Abuja and Kano, respectively, on Feb. 12.", "Feb. 12", "date")
g("pr340", "The suspects are: Uche Obiora, Michael Ishaku", "Uche Obiora", "captured", 1, 1,
  subject="one of the four (named)", core=False)
g("pr340", "Uche Obiora, Michael Ishaku, Raphael Dauda", "Michael Ishaku", "captured", 1, 1,
  subject="one of the four (named)", core=False)
g("pr340", "Michael Ishaku, Raphael Dauda and Mohammed Haruna", "Raphael Dauda", "captured", 1, 1,
  subject="one of the four (named)", core=False)
g("pr340", "Raphael Dauda and Mohammed Haruna, whose room", "Mohammed Haruna", "captured", 1, 1,
  subject="one of the four (named)", core=False)
n("pr340", "keep the victims for nine days at Mpape", "nine days", "duration")
n("pr340", "one operational Abuja colour Mazda", "one operational Abuja colour Mazda", "vehicles")
n("pr340", "registration No. SNK 891 TM", "SNK 891 TM", "other")
n("pr340", "one AK 49 rifle and 59 7.65 mm live ammunition", "one AK 49 rifle", "equipment")
n("pr340", "one AK 49 rifle and 59 7.65 mm live ammunition", "59 7.65 mm live ammunition", "equipment")
n("pr340", "collected N1 million ransom money", "N1 million", "money")
g("pr340", "it had also arrested three suspects for conspiracy and car snatching", "three suspects", "captured", 3, 3,
  speaker="the Nigeria Police Force", subject="car snatchers arrested (related development)")
g("pr340", "The suspects are: Ibrahim Mohammad, Surajo Yakubu", "Ibrahim Mohammad", "captured", 1, 1,
  subject="one of the three (named)", core=False)
g("pr340", "Ibrahim Mohammad, Surajo Yakubu and Danlami Musa", "Surajo Yakubu", "captured", 1, 1,
  subject="one of the three (named)", core=False)
g("pr340", "Surajo Yakubu and Danlami Musa.", "Danlami Musa", "captured", 1, 1,
  subject="one of the three (named)", core=False)
n("pr340", "include, a Peugeot 406, Toyota Camry", "a Peugeot 406", "vehicles")
n("pr340", "car snatching syndicate were arrested on Jan. 28", "Jan. 28", "date")
g("pr340", "other suspects arrested by the police included one John Jumare 35, of Buggai village", "one John Jumare",
  "captured", 1, 1, speaker="the spokesman", subject="man arrested for unlawful firearms")
n("pr340", "one John Jumare 35, of Buggai village", "35", "age")
g("pr340", "of Kaduna State and Uche Maxcillenous, 35.", "Uche Maxcillenous", "captured", 1, 1,
  speaker="the spokesman", subject="second man arrested for unlawful firearms")
n("pr340", "and Uche Maxcillenous, 35.", "35", "age")
g("pr340", "The spokesman said Jumare and Maxcillenous were arrested", "Jumare", "captured", 1, 1,
  speaker="The spokesman", subject="the man (restated)", core=False)
g("pr340", "The spokesman said Jumare and Maxcillenous were arrested", "Maxcillenous", "captured", 1, 1,
  speaker="The spokesman", subject="the second man (restated)", core=False)
t("pr340", "captured", 9, 9, "sum")

# pr341 reuters (Lebanese army statement, a security source): six killed, 16 held; the source's "Abu Bakr
# al-Raqqawi, a local commander of the Islamic State group, and three high profile insurgents" among them
n("pr341", " date 2016-02-03 BEIRUT", "2016-02-03", "date")
g("pr341", "Lebanon's army killed six gunmen and arrested 16 suspected militants", "six gunmen", "killed", 6, 6,
  speaker="Lebanon's army", subject="gunmen killed in the Arsal raid")
g("pr341", "killed six gunmen and arrested 16 suspected militants, including a commander", "16 suspected militants",
  "captured", 16, 16, speaker="Lebanon's army", subject="militants held in the Arsal raid")
g("pr341", "including a commander from the Islamic State group, in a raid", "a commander from the Islamic State group",
  "captured", 1, 1, speaker="Lebanon's army", subject="IS commander among them", core=False)
g("pr341", "field hospital in the same area and detained 16 militants, it said", "16 militants", "captured", 16, 16,
  speaker="it", subject="the 16 (restated, the hospital raid)", core=False)
g("pr341", "including a man named Ahmad Noun who was described", "a man named Ahmad Noun", "captured", 1, 1,
  speaker="it", subject="one of them (named)", core=False)
g("pr341", "the army had arrested Abu Bakr al-Raqqawi, a local commander of the Islamic State group",
  "Abu Bakr al-Raqqawi", "captured", 1, 1, speaker="A security source", subject="IS commander (the source)",
  core=False)
g("pr341", "a local commander of the Islamic State group, and three high profile insurgents",
  "three high profile insurgents", "captured", 3, 3, speaker="A security source",
  subject="insurgents held with him (the source)", core=False)
g("pr341", "the army had originally detained 27 people but has released 11", "27 people", "captured", 27, 27,
  speaker="The source", subject="held before 11 were released", core=False)
n("pr341", "has released 11 who were not related to the cell", "11", "count")
n("pr341", "They overran the town briefly in 2014 before", "2014", "date")
g("pr341", "where thousands of Syrian refugees live in dire conditions", "thousands of Syrian refugees",
  "displaced", 2000, 9999, vague=True, subject="refugees living in Arsal", core=False, scope="background")
g("pr341", "Nusra Front freed 16 Lebanese soldiers and policemen in December", "16 Lebanese soldiers and policemen",
  "captured", 16, 16, subject="soldiers and police held since 2014, freed", scope="background")
n("pr341", "during the Arsal incursion in 2014.", "2014", "date")
g("pr341", "believed to still be holding nine soldiers it captured", "nine soldiers", "captured", 9, 9,
  modality="hedged", subject="soldiers still held by IS", scope="background")
t("pr341", "killed", 6, 6, "stated")
t("pr341", "captured", 16, 16, "stated")

# pr342 deccanherald (Karnataka and Tamil Nadu police): "Two key suspects ... were arrested"; "Shameem, who is an
# accused in the murder of a Hindu outfit leader in Chennai, and Thoufiq were arrested"; Pasha picked up the day
# before (background, as pr337's earlier arrests)
n("pr342", " date 2020-01-14 Two key suspects", "2020-01-14", "date")
g("pr342", "Two key suspects in the murder of Special sub-inspector Y Wilson", "Two key suspects", "captured", 2, 2,
  subject="the two suspects arrested in Udupi")
g("pr342", "in the murder of Special sub-inspector Y Wilson at a check post", "Special sub-inspector Y Wilson",
  "killed", 1, 1, subject="the sub-inspector murdered")
g("pr342", "Abdul Shameem (32) and Thoufiq (28), both native", "Abdul Shameem", "captured", 1, 1,
  subject="one of the two (named)", core=False)
n("pr342", "Abdul Shameem (32) and Thoufiq (28)", "32", "age")
g("pr342", "Abdul Shameem (32) and Thoufiq (28), both native", "Thoufiq", "captured", 1, 1,
  subject="one of the two (named)", core=False)
n("pr342", "Abdul Shameem (32) and Thoufiq (28)", "28", "age")
g("pr342", "They were taken into custody on Tuesday and the duo", "They", "captured", 2, 2,
  speaker="a senior police officer", subject="the two (restated)", core=False)
g("pr342", "Shameem, who is an accused in the murder of a Hindu outfit leader in Chennai, and Thoufiq were arrested",
  "Shameem", "captured", 1, 1, subject="one of the two (restated)", core=False)
g("pr342", "in the murder of a Hindu outfit leader in Chennai", "a Hindu outfit leader", "killed", 1, 1,
  subject="an earlier murder he is accused of", scope="background", core=False)
g("pr342", "Shameem, who is an accused in the murder of a Hindu outfit leader in Chennai, and Thoufiq were arrested",
  "Thoufiq", "captured", 1, 1, subject="one of the two (restated)", core=False)
n("pr342", "after committing the crime on January 8.", "January 8", "date")
g("pr342", "The murder of Wilson had sent shockwaves", "Wilson", "killed", 1, 1,
  subject="the sub-inspector (restated)", core=False)
n("pr342", "announced a solatium of Rs 1 crore to Wilson", "Rs 1 crore", "money")
g("pr342", "shot Wilson, killing him on the spot", "him", "killed", 1, 1, speaker="Police",
  subject="the sub-inspector (restated)", core=False)
n("pr342", "registration number of TN-57-AW-1559.", "TN-57-AW-1559", "other")
g("pr342", "the motive behind the duo shooting down Wilson", "Wilson", "killed", 1, 1,
  subject="the sub-inspector (restated)", core=False)
g("pr342", "The arrest comes a day after Azaz Pasha, a member of the same terror module, was picked up",
  "Azaz Pasha", "captured", 1, 1, subject="module member held the day before", scope="background")
g("pr342", "the weapon used to kill the police officer", "the police officer", "killed", 1, 1, speaker="Police",
  subject="the sub-inspector (restated)", core=False)
t("pr342", "killed", 1, 1, "stated")
t("pr342", "captured", 2, 2, "stated")

# pr343 orissapost (Kendrapara police): "arrested seven members"; the seven named, each with age and village
# ("Chanu alias Md. Hamid, 35, of Jadupur in Khurda district and Gudu alias ..., 38, of Gopapura")
g("pr343", "arrested seven members of an inter-district gang of dacoits Saturday", "seven members", "captured", 7, 7,
  subject="dacoits arrested")
n("pr343", "a US-made pistol, two live cartridges", "two live cartridges", "equipment")
n("pr343", "a toy pistol, three bikes, seven mobile phones", "three bikes", "vehicles")
n("pr343", "three bikes, seven mobile phones, two red", "seven mobile phones", "equipment")
n("pr343", "two red chilli powder packets", "two red chilli powder packets", "equipment")
n("pr343", "two liquor bottles, a sword", "two liquor bottles", "equipment")
n("pr343", "a sword and four iron rods from them", "four iron rods", "equipment")
g("pr343", "The police managed to arrest seven members of the gang, while three others escaped", "seven members",
  "captured", 7, 7, subject="dacoits arrested (restated)", core=False)
n("pr343", "while three others escaped.", "three others", "count")
for _name, _age, _quote in (
        ("Zakir Khan", "31", "The arrested were Zakir Khan, 31, of Haladia"),
        ("Papu alias Rakesh Behera", "20", "Papu alias Rakesh Behera, 20, of Tikhiri"),
        ("Suraj alias Sk. Sahir", "20", "Suraj alias Sk. Sahir, 20, of Ranapada"),
        ("Bubu alias Bimal Prasad Das", "24", "Bubu alias Bimal Prasad Das, 24, of Bada Kalabuda"),
        ("Yusuf Khan", "22", "Yusuf Khan, 22, of Mir Mohalla in Jagatsinghpur district"),
        ("Chanu alias Md. Hamid", "35", "Chanu alias Md. Hamid, 35, of Jadupur in Khurda district"),
        ("Gudu alias Ranjan Kumar Sethy", "38", "and Gudu alias Ranjan Kumar Sethy, 38, of Gopapura")):
    g("pr343", _quote, _name, "captured", 1, 1, subject="one of the seven (named)", core=False)
    n("pr343", _quote, _age, "age")
g("pr343", "involved in the killing a villager Sridhar Sahu December 30, 2016", "a villager Sridhar Sahu", "killed",
  1, 1, subject="a villager killed in 2016 (a crime of one of them)", scope="background", core=False)
n("pr343", "Sridhar Sahu December 30, 2016 with the help", "December 30, 2016", "date")
n("pr343", "firing at Sk. Abdullah August 15, 2016.", "August 15, 2016", "date")
n("pr343", "a case under Sections 399, 402 of IPC", "Sections 399, 402", "other")
t("pr343", "captured", 7, 7, "stated")

# pr344 foxnews (AP; Rapid Action Battalion, Bangladesh): "arrested the suspected military commander and the
# alleged accountant of a banned Islamic group"; 22 killed since November (a period total)
g("pr344", "arrested the suspected military commander and the alleged accountant", "the suspected military commander",
  "captured", 1, 1, subject="JMB military commander arrested")
g("pr344", "the suspected military commander and the alleged accountant of a banned Islamic group",
  "the alleged accountant of a banned Islamic group", "captured", 1, 1, subject="JMB accountant arrested")
g("pr344", "carried out attacks that have killed 22 people and wounded scores since November", "22 people", "killed",
  22, 22, speaker="officials", subject="killed in JMB bombings since November", scope="aggregate")
g("pr344", "have killed 22 people and wounded scores since November", "scores", "injured", 40, 99, vague=True,
  speaker="officials", subject="wounded in JMB bombings since November", scope="aggregate")
n("pr344", "the country of about 140 million people", "about 140 million people", "count")
n("pr344", "when it won independence in 1971 from Pakistan", "1971", "date")
g("pr344", "Elite forces caught Ataur Rahman, the group's reputed military commander", "Ataur Rahman", "captured",
  1, 1, speaker="Ahmed", subject="the commander (restated)", core=False)
g("pr344", "Agents also nabbed Fariduzzaman Swapan, who is believed to be an accountant", "Fariduzzaman Swapan",
  "captured", 1, 1, speaker="Ahmed", subject="the accountant (restated)", core=False)
n("pr344", "both of whom are in their late 30s", "their late 30s", "age")
n("pr344", "police uncovered two weapons caches", "two weapons caches", "count")
n("pr344", "Police found dozens of grenades", "dozens of grenades", "equipment")
t("pr344", "captured", 2, 2, "sum")

# pr345 theshillongtimes (East Khasi Hills police statement): "arrested two persons"; the first, "who was arrested
# from his residence", led them to "his accomplice ..., who was apprehended"
g("pr345", "Police on Tuesday arrested two persons in connection with an armed robbery", "two persons", "captured",
  2, 2, subject="bank robbery suspects arrested")
n("pr345", "in East Khasi Hills, on September 16.", "September 16", "date")
g("pr345", "Heavy Jones Kurkalang (25), who was arrested from his residence", "Heavy Jones Kurkalang", "captured",
  1, 1, subject="one of the two (restated)", core=False)
n("pr345", "Heavy Jones Kurkalang (25), who was arrested", "25", "age")
g("pr345", "to his accomplice Shiningstar Wahlang (23), who was apprehended", "his accomplice Shiningstar Wahlang",
  "captured", 1, 1, subject="his accomplice (restated)", core=False)
n("pr345", "his accomplice Shiningstar Wahlang (23), who was", "23", "age")
n("pr345", "two masked men had entered the branch", "two masked men", "count")
n("pr345", "between 5.15 and 5.30 pm on September 16", "5.15 and 5.30 pm", "time")
n("pr345", "5.30 pm on September 16 when only", "September 16", "date")
n("pr345", "The two miscreants locked the bank", "The two miscreants", "count")
n("pr345", "the duo only managed to rob Rs 10,000", "Rs 10,000", "money")
n("pr345", "with the Madanrting Police Station on September 17.", "September 17", "date")
t("pr345", "captured", 2, 2, "stated")

# pr346 wwrn (Nigeria JTF; Kano police commissioner): "arrested a high-profile Boko Haram operational commander,
# along with his wife and five children, during a raid at his residence on ... Street in ... Kano"
g("pr346", "Nigeria soldiers arrest Boko Haram commander", "Boko Haram commander", "captured", 1, 1,
  subject="commander (headline)", core=False)
g("pr346", "arrested a high-profile Boko Haram operational commander, along with his wife",
  "a high-profile Boko Haram operational commander", "captured", 1, 1, subject="Boko Haram commander arrested")
g("pr346", "along with his wife and five children, during a raid", "his wife", "captured", 1, 1,
  subject="his wife, arrested with him")
g("pr346", "along with his wife and five children, during a raid", "five children", "captured", 5, 5,
  subject="his children, arrested with him")
g("pr346", "The arrested operation commander was identified", "The arrested operation commander", "captured", 1, 1,
  subject="the commander (restated)", core=False)
n("pr346", "including a rifle, 10 improvised explosive devices (IEDs)", "10 improvised explosive devices", "equipment")
n("pr346", "three pistols, and 1,000 rounds of live ammunition", "three pistols", "equipment")
n("pr346", "three pistols, and 1,000 rounds of live ammunition", "1,000 rounds of live ammunition", "equipment")
g("pr346", "violence that has claimed thousands of lives since the Islamist group", "thousands of lives", "killed",
  2000, 9999, vague=True, subject="killed in the insurgency since 2009", scope="aggregate")
n("pr346", "began its rebellion in 2009.", "2009", "date")
n("pr346", "What is Nigeria's Boko Haram: 5 things to know", "5 things", "count")
g("pr346", "confirmed the arrest of the sect leader", "the sect leader", "captured", 1, 1,
  speaker="State police commissioner Ibrahim Idris", subject="the commander (restated)", core=False)
g("pr346", "security agencies successfully arrested the top sect leader in the state", "the top sect leader",
  "captured", 1, 1, speaker="State police commissioner Ibrahim Idris", subject="the commander (restated)",
  core=False)
t("pr346", "captured", 7, 7, "sum")


for name, rows in (("gold", gold), ("nonclaims", nonclaims), ("tolls", tolls)):
    with (HERE / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(gold), "gold,", len(nonclaims), "nonclaims,", len(tolls), "tolls")
