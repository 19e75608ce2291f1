import json
SAME=object()
G=[];N=[];T=[];CT=[]
def g(doc,quote,anchor,cat,low,high=SAME,vague=False,mod='asserted',speaker=None,section='article',author=None,subject='',core=True,scope='reported'):
    G.append(dict(doc_id=doc,quote=quote,anchor=anchor,category=cat,low=low,high=low if high is SAME else high,vague=vague,modality=mod,speaker=speaker,section=section,comment_author=author,subject=subject,core=core,scope=scope))
def n(doc,quote,anchor,kind):
    N.append(dict(doc_id=doc,quote=quote,anchor=anchor,kind=kind))
def t(doc,cat,low,high=SAME,basis='stated'):
    T.append(dict(doc_id=doc,category=cat,low=low,high=low if high is SAME else high,basis=basis))
def ct(doc,author,quote,cat,low,high=SAME,basis='stated'):
    CT.append(dict(doc_id=doc,comment_author=author,quote=quote,category=cat,low=low,high=low if high is SAME else high,basis=basis))

# cm001 t-nation forum thread: no figure of people harmed
n('cm001','during WWII, trying','WWII','other')

# cm002 oefkia blog
d='cm002'
g(d,'8 NATO troops killed in action\n','8 NATO troops','killed',8,subject='NATO troops, bombings in southern Afghanistan (title)',core=False)
g(d,'Eight NATO troops have been killed in action','Eight NATO troops','killed',8,speaker='ISAF',subject='NATO troops, bombings in southern Afghanistan')
g(d,'an insurgent bomb killed three troops','three troops','killed',3,subject='first attack, Thursday')
g(d,'A fourth soldier died','A fourth soldier','killed',1,subject='separate attack, Friday')
g(d,'four more troops were killed in another bombing','four more troops','killed',4,subject='another bombing, Friday')
n(d,'Friday, January 6, 2012','Friday, January 6, 2012','date')
n(d,'on Thursday 5th January','Thursday 5th January','date')
t(d,'killed',8)

# cm003 brothersjudd blog
d='cm003'
g(d,'2 coalition troops, 45 militants killed in Afghanistan (ASSOCIATED','2 coalition troops','killed',2,subject='coalition soldiers, Panjwayi (title)',core=False)
g(d,'2 coalition troops, 45 militants killed in Afghanistan (ASSOCIATED','45 militants','killed',45,subject='militants, Panjwayi (title)',core=False)
g(d,'Fighting killed two coalition soldiers and 45 militants','two coalition soldiers','killed',2,speaker='military officials',subject='coalition soldiers, Panjwayi gunbattle')
g(d,'Fighting killed two coalition soldiers and 45 militants','45 militants','killed',45,speaker='military officials',subject='militants, Panjwayi gunbattle')
g(d,'killing an estimated 45 militants','an estimated 45','killed',45,vague=True,speaker='the coalition',subject='militants in the compound',core=False)
g(d,'more than 80 militants were reported killed','more than 80','killed',81,None,mod='hedged',subject='militants in gunfights the day before',scope='background')
g(d,'the 2 US troops dead','the 2 US troops','killed',2,section='comment',author='AWW',subject='coalition soldiers (commenter restates)',core=False)
n(d,'engaged eight to 10 enemy fighters','eight to 10','count')
n(d,'Too bad 95% of America','95%','percent')
n(d,'The four-hour gunbattle','four-hour','duration')
n(d,'June 25, 2006 9:44 AM','June 25, 2006 9:44 AM','date')
t(d,'killed',47,basis='sum')

# cm004 valorguardians blog
d='cm004'
g(d,'2 more “insider” victims','2 more “insider” victims','killed',2,subject='Americans killed in insider attack (title)',core=False)
g(d,'two more Americans have been killed','two more Americans','killed',2,speaker='The Stars & Stripes',subject='Americans killed by Afghan in ANP uniform')
g(d,'Or something. They killed five policemen','five policemen','killed',5,subject='policemen, Taliban storm on Afghan market')
g(d,'25 Taliban fighters in the process.\n\nCategory','25 Taliban fighters','killed',25,subject='Taliban fighters, market attack')
g(d,'“They killed five policemen','five policemen','killed',5,section='comment',author='2-17 Air Cav',subject='policemen (comment quotes the post)',core=False)
g(d,'25 Taliban fighters in the process.”','25 Taliban fighters','killed',25,section='comment',author='2-17 Air Cav',subject='Taliban fighters (comment quotes the post)',core=False)
g(d,'the five who were killed were probably recorded','the five who were killed','killed',5,section='comment',author='2-17 Air Cav',subject='the five killed (commenter)',core=False)
g(d,'40 Afghans dead, 50 wounded','40 Afghans','killed',40,section='comment',subject='suicide bomb attack on a mosque (new event in a comment)')
g(d,'40 Afghans dead, 50 wounded','50','injured',50,section='comment',subject='suicide bomb attack on a mosque (new event in a comment)')
n(d,'| October 25, 2012','October 25, 2012','date')
n(d,'shooting 14-year-old girls','14-year-old','age')
t(d,'killed',32,basis='sum')

# cm005 justplainpolitics forum
d='cm005'
g(d,'5 U.S. troops killed in suicide blast','5 U.S. troops','killed',5,subject='US soldiers, Baghdad suicide bombing (title)',core=False)
g(d,'At least five U.S. soldiers on foot patrol were killed','At least five','killed',5,None,speaker='U.S. military officials in Iraq',subject='US soldiers, Baghdad suicide bombing')
g(d,'three others wounded in a suicide bombing Monday','three others','injured',3,speaker='U.S. military officials in Iraq',subject='wounded, Baghdad suicide bombing')
g(d,"Four soldiers were killed in Monday's blast","Four soldiers",'killed',4,speaker='the military',subject='killed in the blast',core=False)
g(d,'one more died later of wounds','one more','killed',1,speaker='the military',subject='died later of wounds',core=False)
g(d,'An Iraqi interpreter also was wounded','An Iraqi interpreter','injured',1,speaker='the officials',subject='interpreter wounded')
g(d,'"Five soldiers paid the ultimate sacrifice','Five soldiers','killed',5,speaker='Col. Allen Batschelet',subject='US soldiers (quote)',core=False)
g(d,'five soldiers were killed January 28','five soldiers','killed',5,subject='Mosul roadside bombing, January 28',scope='background')
g(d,'Troops killed a Saudi insurgent','a Saudi insurgent','killed',1,subject='insurgent behind the Mosul attack',scope='background')
g(d,'one person was killed and eight people were wounded','one person','killed',1,speaker='an Iraqi Interior Ministry official',subject='convoy attack in western Baghdad (maybe the same incident)')
g(d,'one person was killed and eight people were wounded','eight people','injured',8,speaker='an Iraqi Interior Ministry official',subject='convoy attack in western Baghdad (maybe the same incident)')
n(d,'killed January 28 in','January 28','date')
t(d,'killed',5,None)
t(d,'injured',4,basis='sum')

# cm006 dvorak blog
d='cm006'
g(d,'A roadside bomb killed four U.S. soldiers','four U.S. soldiers','killed',4,speaker='the military',subject='US soldiers, Baghdad roadside bomb')
g(d,'death toll in the five-year war to at least 4,000','at least 4,000','killed',4000,None,subject='American death toll of the war',scope='aggregate')
g(d,'at least 61 people were killed across the country','at least 61','killed',61,None,subject='killed across Iraq that day',scope='aggregate')
g(d,'Another soldier was wounded in the attack','Another soldier','injured',1,subject='soldier wounded in the roadside bomb')
n(d,'at about 10 p.m.','10 p.m.','time')
n(d,'Speed: 518 mph','518 mph','other')
n(d,'Up to 3,958 lbs. (1,781 kg)','3,958 lbs.','other')
n(d,'blocked 11931 access attempts','11931','count')
n(d,'in the five-year war','five-year','duration')
t(d,'killed',4)
t(d,'injured',1,basis='enumerated')

# cm007 dailytimewaster blog
d='cm007'
g(d,'more than 50 Taliban commanders','more than 50','killed',51,None,speaker='U.S. Forces Afghanistan',subject='Taliban commanders, Musa Qala strike')
g(d,'including the deputy Taliban shadow governor of Helmand','the deputy Taliban shadow governor of Helmand','killed',1,speaker='U.S. Forces Afghanistan',subject='deputy shadow governor (subset)',core=False)
g(d,'Twenty other Taliban leaders were killed','Twenty other Taliban leaders','killed',20,subject='air strikes earlier this month',scope='background')
n(d,'from six other provinces','six other provinces','count')
n(d,'thousands of additional American troops','thousands of additional American troops','count')
n(d,'Thursday, May 31, 2018','Thursday, May 31, 2018','date')
t(d,'killed',51,None)

# cm008 rantburg
d='cm008'
g(d,'Hundreds of Syrians killed in alleged chemical attack','Hundreds','killed',200,999,vague=True,mod='hedged',subject='Ghouta chemical attack (title)',core=False)
g(d,'Sky News puts the number at 1300 now.','1300','killed',1300,speaker='Sky News',section='comment',subject='Ghouta chemical attack (interjection under the headline)')
g(d,'494 people had been killed in a gas attack','494 people','killed',494,speaker='A Damascus opposition monitoring group',subject='Ghouta chemical attack and shelling')
g(d,'150 bodies were counted in Hammouriya','150 bodies','killed',150,speaker='The Damascus Media Office',subject='bodies counted by place')
g(d,'100 in Kfar Batna','100','killed',100,speaker='The Damascus Media Office',subject='bodies counted by place')
g(d,'67 in Saqba','67','killed',67,speaker='The Damascus Media Office',subject='bodies counted by place')
g(d,'61 in Douma','61','killed',61,speaker='The Damascus Media Office',subject='bodies counted by place')
g(d,'76 in Mouadamiya','76','killed',76,speaker='The Damascus Media Office',subject='bodies counted by place')
g(d,'40 bodies were collected from Irbib','40 bodies','killed',40,speaker='The Damascus Media Office',subject='bodies counted by place')
n(d,'at around 3.00 am','3.00 am','time')
n(d,'g(r)omgoru 2013-08-21','2013-08-21','date')
n(d,'in the two-year-old civil war','two-year-old','duration')
t(d,'killed',494)
ct(d,None,'Sky News puts the number at 1300 now.','killed',1300)

# cm009 freerepublic
d='cm009'
g(d,'Coalition forces killed 11 terrorists','11 terrorists','killed',11,speaker='military officials',subject='militants, Sorubi operation')
g(d,'killed two of the militants','two of the militants','killed',2,subject='militants killed with small arms',core=False)
g(d,'killed the remaining nine','the remaining nine','killed',9,subject='militants killed by close-air munitions',core=False)
g(d,'Put a 1 in front of that 11','that 11','killed',11,section='comment',subject='the 11 killed (comment)',core=False)
g(d,'One dead terrorist, is one more','One dead terrorist','killed',1,mod='hypothetical',section='comment',subject='generic',core=False)
g(d,'Eleven is even better.','Eleven','killed',11,section='comment',subject='the 11 killed (comment)',core=False)
n(d,'Posted on 12/31/2008 2:40:03 PM PST','12/31/2008 2:40:03 PM PST','date')
n(d,'KABUL, Afghanistan, Dec. 31, 2008','Dec. 31, 2008','date')
n(d,'in the 1970s and 1980s','1970s and 1980s','date')
t(d,'killed',11)

# cm010 usenet reply quoting NYT
d='cm010'
g(d,'4 Americans Killed in Iraq; U.S. Attack Leaves 6 Dead','4 Americans','killed',4,subject='American soldiers (title)',core=False)
g(d,'4 Americans Killed in Iraq; U.S. Attack Leaves 6 Dead','6 Dead','killed',6,subject='militia fighters killed by helicopter (title)',core=False)
g(d,'Four American soldiers were killed near the capital','Four American soldiers','killed',4,speaker='the military',subject='American soldiers, past two days')
g(d,'helicopter killed six people','six people','killed',6,subject='pro-American Sunni militia fighters killed by helicopter')
g(d,'Three soldiers were killed when militants attacked','Three soldiers','killed',3,speaker='the military command in Baghdad',subject='roadside bomb northwest of the capital',core=False)
g(d,'Two Iraqi civilians also died.','Two Iraqi civilians','killed',2,subject='civilians, roadside bomb')
g(d,'The fourth American soldier was killed','The fourth American soldier','killed',1,subject='indirect fire, Friday',core=False)
g(d,'Four\n> >> other\n> >> soldiers were wounded','Four\n> >> other\n> >> soldiers','injured',4,speaker='a military statement',subject='soldiers wounded by indirect fire')
n(d,'killing an average of about one American service member per day','about one American service member per day','rate')
n(d,'More than 90,000\n> >> militiamen','More than 90,000','count')
n(d,'paid about $300 a month','$300','money')
n(d,'March 23, 2008','March 23, 2008','date')
t(d,'killed',12,basis='sum')
t(d,'injured',4)

# cm011 southfront
d='cm011'
g(d,'2 US Soldiers killed, 5 Others Injured In Iraq.','2 US Soldiers','killed',2,subject='US soldiers, northern Iraq (title)',core=False)
g(d,'2 US Soldiers killed, 5 Others Injured In Iraq.','5 Others','injured',5,subject='US soldiers, northern Iraq (title)',core=False)
g(d,'Two US soldiers were killed and five others were wounded','Two US soldiers','killed',2,speaker='the US military',subject='US soldiers, northern Iraq')
g(d,'Two US soldiers were killed and five others were wounded','five others','injured',5,speaker='the US military',subject='US soldiers, northern Iraq')
g(d,'4 US soldiers were killed and 6 others were injured','4 US soldiers','killed',4,speaker='Amaq',subject='ISIS claim, shelling near Tal Afar')
g(d,'4 US soldiers were killed and 6 others were injured','6 others','injured',6,speaker='Amaq',subject='ISIS claim, shelling near Tal Afar')
g(d,'Only 2 soldiers… Damn!','Only 2 soldiers','killed',2,section='comment',subject='US soldiers (commenter)',core=False)
g(d,'killing millions of Iraqis','millions','killed',2000000,9999999,vague=True,section='comment',subject='Iraqis killed by the US (commenter)',scope='aggregate')
t(d,'killed',2)
t(d,'injured',5)

# cm012 deployment diary blog
d='cm012'
g(d,"the booby-trapping of a murdered child's body",'a murdered child','killed',1,speaker='A U.S. Army commander',subject='child murdered in Tal Afar')
g(d,'in one case murdering a child','a child','killed',1,speaker='Col. H.R. McMaster',subject='child murdered in Tal Afar (quote)',core=False)
n(d,'Tuesday, September 13, 2005','Tuesday, September 13, 2005','date')
n(d,'the 3rd Armored Cavalry Regiment','3rd Armored Cavalry Regiment','other')
n(d,'on these 2:','2','count')
n(d,'at 9/30/2005 11:48 AM','9/30/2005 11:48 AM','date')
t(d,'killed',1,basis='enumerated')

# cm013 aei comments
d='cm013'
n(d,'Sura 2:216. 9:111,112. 47:4.','9:111,112','other')
n(d,'Ecclesoates 9:3.','9:3','other')
n(d,'find 100,000 troops','100,000 troops','count')

# cm014 forum repost of AP
d='cm014'
g(d,'Hezbollah fighters kill 9 Israeli soldiers','9 Israeli soldiers','killed',9,subject='Israeli soldiers, firefights (title)',core=False)
g(d,'killing nine soldiers in fierce firefights','nine soldiers','killed',9,subject='Israeli soldiers, firefights Wednesday')
g(d,'even while killing hundreds','hundreds','killed',200,999,vague=True,subject='Israeli bombardment of Lebanon',scope='aggregate')
g(d,'driving up to 750,000 people','up to 750,000 people','displaced',750000,vague=True,subject='driven from their homes',scope='aggregate')
g(d,'wounded at least 31 people','at least 31','injured',31,None,subject='rocket barrage on northern Israel, Wednesday')
n(d,'151 rockets that wounded','151 rockets','count')
n(d,'fired 1,436\nrockets','1,436','count')
n(d,'extend\n1.2 miles','1.2 miles','distance')
t(d,'killed',9)
t(d,'injured',31,None)

# cm015 covertoperations blog
d='cm015'
g(d,'killed 80 people or more','80 people or more','killed',80,None,speaker='Afghan officials',subject='NATO airstrike, Kunduz')
g(d,'or more, at least some of them civilians','some of them civilians','killed',2,None,vague=True,speaker='Afghan officials',subject='civilians among the dead',core=False)
g(d,'That maybe ALL of them could be civilians','ALL of them','killed',80,None,vague=True,mod='hypothetical',subject='blogger: all of them civilians?',core=False)
g(d,'At least 40 of the dead were civilians','At least 40','killed',40,None,speaker='officials',subject='civilians among the dead',core=False)
g(d,'Many more people are injured','Many more people','injured',2,None,vague=True,speaker='the BBC',subject='injured, Kunduz airstrike')
n(d,'Friday, September 04, 2009','Friday, September 04, 2009','date')
n(d,'1:09 PM','1:09 PM','time')
t(d,'killed',80,None)
t(d,'injured',2,None)

# cm016 beyondhighbrow blog
d='cm016'
g(d,'71 Israelis were wounded','71 Israelis','injured',71,subject='Ashkelon rocket hit')
g(d,'71 Israelis were wounded, 29 of them seriously','29 of them','injured',29,subject='seriously wounded (subset)',core=False)
g(d,'2 Israelis were killed and 7 more were wounded, 3 seriously','2 Israelis','killed',2,subject='kibbutz rocket hit')
g(d,'2 Israelis were killed and 7 more were wounded, 3 seriously','7 more','injured',7,subject='kibbutz rocket hit')
g(d,'7 more were wounded, 3 seriously','3','injured',3,subject='seriously wounded (subset)',core=False)
g(d,'In all 2 Israelis were killed and 78 more','2 Israelis','killed',2,subject='day total (restated)',core=False)
g(d,'In all 2 Israelis were killed and 78 more','78 more','injured',78,subject='day total')
g(d,'78 more were wounded, 31 seriously','31','injured',31,subject='seriously wounded (subset)',core=False)
g(d,'An American yeshiva student from New Jersey has been missing','An American yeshiva student from New Jersey','missing',1,subject='missing hiker',scope='background')
n(d,'Around 1 PM today','1 PM','time')
n(d,'At 6 PM','6 PM','time')
n(d,'a 345mm missile','345mm','other')
n(d,'two houses next to it','two houses','count')
n(d,'Dozens of buildings','Dozens of buildings','count')
t(d,'killed',2)
t(d,'injured',78)

# cm017 antiwar.com
d='cm017'
g(d,'killing 10 civilians instantly','10 civilians','killed',10,subject='wedding convoy drone strike, Qaifa')
g(d,'while wounding 12 others','12 others','injured',12,subject='wedding convoy drone strike')
g(d,'Five of the wounded have since died','Five of the wounded','killed',5,subject='wounded who died later',core=False)
g(d,'bringing the toll to 15','the toll to 15','killed',15,subject='revised toll')
t(d,'killed',15)
t(d,'injured',7,basis='sum')

# cm018 dinarupdates forum repost
d='cm018'
g(d,'20 dead and 100 wounded from the Libyan army','20 dead','killed',20,subject='government troops, Sirte (title)',core=False)
g(d,'20 dead and 100 wounded from the Libyan army','100 wounded','injured',100,subject='government troops, Sirte (title)',core=False)
g(d,'Killing 20 members of the national reconciliation government troops','20 members','killed',20,speaker='medical and military sources',subject='government troops, Sirte clashes')
g(d,'while more than 100 were wounded Friday','more than 100','injured',101,None,speaker='medical and military sources',subject='government troops, Sirte clashes')
g(d,'the 20 members of the troops killed in the fighting today','the 20 members','killed',20,speaker='the central hospital in the city of Misrata',subject='government troops (hospital)',core=False)
g(d,'today, while more than 100 were wounded','more than 100','injured',101,None,speaker='the central hospital in the city of Misrata',subject='government troops (hospital)',core=False)
g(d,'so far 0.20 martyr','0.20 martyr','killed',20,subject='martyrs received by Misrata hospital (garbled \'20 martyrs\')',core=False)
g(d,'«105 wounded in the process','105 wounded','injured',105,speaker='He',subject='wounded received by Misrata hospital',core=False)
g(d,'the deaths of seven members of the government troops','seven members','killed',7,subject='earlier toll')
g(d,'wounding 49 others injured','49 others','injured',49,subject='earlier toll')
g(d,'that the two elements, one Libyan and one Egyptian','the two elements','killed',2,speaker='the organization «Daash»',subject='suicide car bombers (attackers)',core=False)
n(d,'Sirte (450 km east of Tripoli)','450 km','distance')
n(d,'Misrata (200 km east of Tripoli)','200 km','distance')
n(d,'Friday July 14','July 14','date')
n(d,'carried out two suicide car bomb attacks','two suicide car bomb attacks','count')
t(d,'killed',20)
t(d,'injured',101,None)

# cm019 boingboing
d='cm019'
g(d,'Two soldiers who co-wrote NYT op-ed on war have died','Two soldiers','killed',2,subject='op-ed soldiers (title)',core=False)
g(d,'Two young US soldiers who contributed','Two young US soldiers','killed',2,subject='op-ed soldiers killed in Iraq')
n(d,'the five-ton cargo truck','five-ton','other')
t(d,'killed',2)

# cm020 skepticaleye blog
d='cm020'
g(d,'At least 14 civilians, including women and children','At least 14','killed',14,None,speaker='local authorities',subject='NATO air raid, Helmand')
g(d,'which killed 14 civilians and six others were wounded','14 civilians','killed',14,speaker='the provincial government',subject='NATO air raid, Helmand (statement)',core=False)
g(d,'which killed 14 civilians and six others were wounded','six others','injured',6,speaker='the provincial government',subject='NATO air raid, Helmand')
g(d,'the dead included five girls, seven boys and two women','five girls','killed',5,speaker='The statement',subject='subset of the dead',core=False)
g(d,'the dead included five girls, seven boys and two women','seven boys','killed',7,speaker='The statement',subject='subset of the dead',core=False)
g(d,'the dead included five girls, seven boys and two women','two women','killed',2,speaker='The statement',subject='subset of the dead',core=False)
g(d,'NATO had killed 52 people, mostly civilians','52 people','killed',52,speaker='Afghan authorities',subject='NATO air strikes, recent weeks',scope='aggregate')
g(d,'NATO had killed 52 people, mostly civilians','mostly civilians','killed',27,52,vague=True,speaker='Afghan authorities',subject='civilians among the 52',core=False,scope='aggregate')
g(d,'18 civilians and 20 police were killed','18 civilians','killed',18,speaker='the governor of Nuristan',subject='friendly fire, Nuristan',scope='background')
g(d,'18 civilians and 20 police were killed','20 police','killed',20,speaker='the governor of Nuristan',subject='friendly fire, Nuristan',scope='background')
g(d,'they killed 52 civilians my friend','52 civilians','killed',52,section='comment',subject='commenter disputes the 14')
g(d,'not just 14...','14','killed',14,mod='negated',section='comment',subject='commenter rejects the 14',core=False)
n(d,'Sunday, May 29, 2011','Sunday, May 29, 2011','date')
n(d,'more than 30 days old','30 days','duration')
t(d,'killed',14,None)
t(d,'injured',6)
ct(d,None,'they killed 52 civilians my friend','killed',52)

# cm021 slavorum forum repost
d='cm021'
g(d,'At least three Russian soldiers have been killed','At least three','killed',3,None,subject='Russian soldiers, Grozny blast')
g(d,'Differing reports said three or four soldiers were killed','three or four','killed',3,4,mod='hedged',speaker='Differing reports',subject='Russian soldiers, Grozny blast')
g(d,'either one or two suicide attackers','one or two','killed',1,2,mod='hedged',speaker='Differing reports',subject='suicide attackers',core=False)
n(d,'Russia fought two wars in Chechnya','two wars','count')
n(d,'the Soviet Union in 1991','1991','date')
n(d,'a 50 ft distant target','50 ft','distance')
n(d,'an accuracy of 0.00000017%','0.00000017%','percent')
n(d,'#343719','#343719','other')
t(d,'killed',3,None)

# cm022 catamounttavern blog
d='cm022'
g(d,'US attack kills 10 Afghan civilians','10 Afghan civilians','killed',10,subject='Nangarhar attack (title)',core=False)
g(d,'US troops also arrested a number of Afghans','a number of Afghans','captured',2,None,vague=True,speaker='Witnesses',subject='arrested during the Nangarhar attack')
g(d,'leaving 35 people dead','35 people','killed',35,subject='US warplanes, Ab Band district, Tuesday')
n(d,'Wednesday, September 28, 2011','Wednesday, September 28, 2011','date')
n(d,'a dozen of his or her relatives','a dozen','count')
t(d,'killed',45,basis='sum')
t(d,'captured',2,None)

# cm023 economist comments
d='cm023'
g(d,'another 60000 will die','another 60000','killed',60000,mod='hypothetical',section='comment',subject='if the war goes on (commenter)',core=False)
n(d,'30 yrs curse','30 yrs','duration')
n(d,'plagued the country for 30 years','30 years','duration')
n(d,'go for another 30 years','another 30 years','duration')

# cm024 economist comments
d='cm024'
g(d,'28 Tamil suspects were hacked to death','28 Tamil suspects','killed',28,section='comment',subject='Bindunuweewa detention camp massacre',scope='background')
g(d,'the 160,000 civilians in the detention camps','the 160,000 civilians','captured',160000,section='comment',subject='civilians held in detention camps',scope='aggregate')
n(d,'more than 15,000 Sinhalese & Muslim families','more than 15,000','count')
n(d,'making six attempts','six attempts','count')
n(d,'on July 20th 2006','July 20th 2006','date')
n(d,'8 days later','8 days','duration')
n(d,'for three and a half years','three and a half years','duration')

# cm025 murdoconline blog
d='cm025'
g(d,'shot and killed an insurgent','an insurgent','killed',1,subject='insurgent faking dead, Fallujah')
n(d,'approximately 3:45 p.m. on 21 November','3:45 p.m.','time')
n(d,'it happened on 21 November so','21 November','date')
n(d,'a few isolated incidents','a few isolated incidents','count')
t(d,'killed',1,basis='enumerated')

# cm026 ridingsun blog
d='cm026'
g(d,'killing 26 guerrillas','26 guerrillas','killed',26,speaker='the U.S. military',subject='insurgents, ambush near Triangle of Death')
n(d,'ambushed by dozens of Iraqi militants','dozens of Iraqi militants','count')
t(d,'killed',26)

# cm027 ramblingperson blog: no figure
n('cm027','Thursday, 23 March 2017','Thursday, 23 March 2017','date')

# cm028 canadiancontent forum post
d='cm028'
g(d,'70,000 people have died in two years of war','70,000 people','killed',70000,mod='hedged',section='comment',subject='Gaza war deaths (figure the poster disputes)',scope='aggregate')
g(d,'killed at least 23,600 terrorists','at least 23,600','killed',23600,None,speaker='IDF',section='comment',subject='terrorists killed since Oct. 7',scope='aggregate')
g(d,'the 62,000 Gazans that the Health Ministry claimed had died','the 62,000 Gazans','killed',62000,mod='hedged',speaker='the Health Ministry',section='comment',subject='Gaza deaths to last August',scope='aggregate')
g(d,'the 471 who were reported dead','the 471','killed',471,mod='hedged',section='comment',subject='Al-Ahli Arab Hospital blast',scope='background')
n(d,'or 38 per cent','38 per cent','percent')
n(d,'accounted for 62 per cent','62 per cent','percent')
n(d,'the Gulf War (87-88 per cent)','87-88 per cent','percent')
n(d,'the Iraq War (66-67 per cent)','66-67 per cent','percent')
n(d,'(74 per cent)','74 per cent','percent')
n(d,'51 per cent of the casualties','51 per cent','percent')
n(d,'written by two Australian academics','two Australian academics','count')

# cm029 usmessageboard forum post
d='cm029'
g(d,'add up to some 21,000 people','some 21,000','killed',21000,vague=True,section='comment',subject='deceased in two ministry tallies',scope='aggregate')
g(d,'hundreds of supposedly verified "martyrs"','hundreds','killed',200,999,vague=True,mod='negated',section='comment',subject='listed dead who came back to life',core=False,scope='aggregate')
g(d,'went from 21,720 on Thursday','21,720','killed',21720,section='comment',subject='verified deceased, April 4 report',scope='aggregate')
g(d,'to 21,317 on Sunday','21,317','killed',21317,section='comment',subject='verified deceased, April 7 report',scope='aggregate')
g(d,'403 people were no longer dead','403 people','killed',403,mod='negated',section='comment',subject='removed from the verified deceased',scope='aggregate')
g(d,'went down from 2,786 to 2,367','2,786','killed',2786,section='comment',subject='deaths counted from online forms, April 4',scope='aggregate')
g(d,'went down from 2,786 to 2,367','2,367','killed',2367,section='comment',subject='deaths counted from online forms, April 7',scope='aggregate')
g(d,'went up by only 16 in those three days','only 16','killed',16,section='comment',subject='increase of hospital count',core=False,scope='aggregate')
g(d,'from 18,934 to 18,950','18,934','killed',18934,section='comment',subject='deaths counted in hospitals, April 4',scope='aggregate')
g(d,'from 18,934 to 18,950','18,950','killed',18950,section='comment',subject='deaths counted in hospitals, April 7',scope='aggregate')
g(d,'they added 138 total dead','138 total dead','killed',138,section='comment',subject='increase in press releases',core=False,scope='aggregate')
g(d,'they added 541 new dead','541 new dead','killed',541,section='comment',subject='added from Hamas sources',core=False,scope='aggregate')
n(d,'a detailed, 40+ page document','40+ page','count')
n(d,'three tallies of the deceased','three tallies','count')
n(d,'over 90% women and children','over 90%','percent')
n(d,'claims that 72% of the dead','72%','percent')
n(d,'about 54% are women','about 54%','percent')
n(d,'between the April 4 and April 7 reports','April 4 and April 7','date')
n(d,'disqualified 419 of the forms','419 of the forms','count')
# cm029: no toll (a thread of comments)

# cm030 subrosa blog
d='cm030'
g(d,'the death of another British soldier','another British soldier','killed',1,subject='Royal Marine killed in an explosion')
g(d,'We have now lost 302 of our armed forces','302','killed',302,subject='British war dead in Afghanistan',scope='aggregate')
g(d,'lost large amounts of their troops','large amounts of their troops','killed',2,None,vague=True,speaker='One of my readers',subject="other countries' war dead",scope='aggregate')
g(d,'Two more from 40 Commando (RM) today','Two more','killed',2,mod='hedged',section='comment',author='gildas',subject='two more Royal Marines (new event in a comment)')
g(d,'I fear a lot more deaths to come','a lot more deaths','killed',2,None,vague=True,mod='hypothetical',section='comment',author='Mo',subject='feared future deaths',core=False)
g(d,'I only heard of one on the car radio','one','killed',1,section='comment',author='subrosa',subject='the one death the post reports',core=False)
n(d,'None are acceptable.','None','other')
n(d,'Not one Mo, not one.','Not one Mo, not one','other')
n(d,'from 40 Commando Royal Marines','40 Commando Royal Marines','other')
t(d,'killed',1,basis='enumerated')

# cm031 subrosa blog
d='cm031'
g(d,'Another British soldier has been killed in Afghanistan','Another British soldier','killed',1,subject='EOD soldier killed in small arms fire')
g(d,'now stands at 309','309','killed',309,subject='British war dead in Afghanistan',scope='aggregate')
g(d,'the loss of 91+ UN and western troops','91+','killed',91,None,speaker='It (RT)',section='comment',author='Clarinda',subject='UN and western troops lost in June',scope='aggregate')
g(d,'with a very large number wounded','a very large number','injured',2,None,vague=True,speaker='It (RT)',section='comment',author='Clarinda',subject='wounded in June',scope='aggregate')
n(d,'from 101 Engineer Regiment','101 Engineer Regiment','other')
t(d,'killed',1,basis='enumerated')

# cm032 subrosa blog
d='cm032'
g(d,'another British soldier has been killed in Afghanistan the Ministry','another British soldier','killed',1,speaker='the Ministry of Defence',subject='Coldstream Guards soldier, Babaji explosion')
g(d,"This soldier's death takes the toll",'This soldier','killed',1,subject='the same soldier',core=False)
g(d,'the toll from the Afghanistan war to 257','257','killed',257,subject='British war dead in Afghanistan',scope='aggregate')
n(d,'the 1st Battalion Cold Stream Guards','1st Battalion','other')
n(d,'Friday, 12 February 2010','Friday, 12 February 2010','date')
t(d,'killed',1,basis='enumerated')

# cm033 overclockers forum
d='cm033'
g(d,'disagree with 300k casualties','300k','killed_or_injured',300000,section='comment',subject='Russian casualties in Ukraine',scope='aggregate')
g(d,"that isn't 300k KIA",'300k KIA','killed',300000,mod='negated',section='comment',subject='not 300k killed',scope='aggregate')
g(d,'a lot of men will have been injured','a lot of men','injured',2,None,vague=True,mod='hedged',section='comment',subject='injured and returned to duty (expectation)',core=False,scope='aggregate')
n(d,'like 5,000+ tanks destroyed','5,000+ tanks','equipment')
n(d,'half that figure','half that figure','other')

# cm034 freerepublic replies
d='cm034'
g(d,"Russia's serious casualties taking Avdiivka totaled 16,000",'16,000','killed_or_injured',16000,mod='hedged',speaker='Some estimates',section='comment',subject='Russian casualties taking Avdiivka',scope='aggregate')
g(d,'estimates of over 400,000 Russian serious casualties','over 400,000','killed_or_injured',400001,None,speaker='Ukraine',section='comment',subject='Russian casualties in the war',scope='aggregate')
g(d,'with only 400,000 casualties','400,000','killed_or_injured',400000,section='comment',subject='Russian casualties in the war (restated)',core=False,scope='aggregate')
g(d,'(circa 80,000 casualties)','circa 80,000','killed_or_injured',80000,vague=True,section='comment',subject="Russia's invasion of Afghanistan",scope='background')
g(d,'the 3 million dead in three years','the 3 million','killed',3000000,section='comment',subject='First World War',scope='background')
g(d,'the 25 million dead in almost six years','the 25 million','killed',25000000,section='comment',subject='Second World War',scope='background')
n(d,'about three Russians for every one Ukrainian','three Russians for every one Ukrainian','rate')
n(d,'increase to 10 Russians for every Ukrainian','10 Russians for every Ukrainian','rate')
n(d,'roughly 1,000 Russian soldiers lost for every square mile','roughly 1,000 Russian soldiers lost for every square mile','rate')
n(d,'the range of 16 square miles','16 square miles','distance')
n(d,'around 200,000 square miles','200,000 square miles','distance')
n(d,'population of maybe 35 million','35 million','count')
n(d,'perhaps 25 million are military age','25 million','count')

# ---- cm035-cm055: added by branch comments7 (gold written before claimex was run on them) ----

# cm035 siccness.net forum: opening post re-posts an AP/MSNBC story (article); excerpt ends before replies
d='cm035'
g(d,'Suicide Bombing in Iraq kills 132, wounds 305','132','killed',132,subject='Baghdad market truck bomb (thread title)',core=False)
g(d,'Suicide Bombing in Iraq kills 132, wounds 305','305','injured',305,subject='Baghdad market truck bomb (thread title)',core=False)
g(d,'132+ Dead, 305 Wounded','132+','killed',132,None,subject='Baghdad market truck bomb (post title)',core=False)
g(d,'132+ Dead, 305 Wounded','305','injured',305,subject='Baghdad market truck bomb (post title)',core=False)
g(d,'Suicide bombing kills 132 at Baghdad market','132','killed',132,subject='Baghdad market truck bomb (headline)',core=False)
g(d,'at least 305 wounded in blast','at least 305','injured',305,None,subject='Baghdad market truck bomb (subheadline)',core=False)
g(d,'killing at least 132 people','at least 132','killed',132,None,subject='Baghdad food market truck bomb')
g(d,'killed at least 215 people in the Shiite district','at least 215','killed',215,None,subject='Sadr City car bombs and mortars, Nov. 23',scope='background')
g(d,'Hospital officials said 132 people were killed','132 people','killed',132,speaker='Hospital officials',subject='Baghdad market truck bomb (restated)',core=False)
g(d,'and 305 were wounded in the thunderous explosion','305','injured',305,speaker='Hospital officials',subject='Baghdad market truck bomb')
n(d,'Mar 12, 2005','Mar 12, 2005','date')
n(d,'8,118\n17','8,118','count')
n(d,'about 30 shops and 40 houses','about 30 shops','count')
n(d,'16 American intelligence agencies','16 American intelligence agencies','count')
n(d,'in the coming 12 to 18 months','12 to 18 months','duration')
t(d,'killed',132,None)
t(d,'injured',305)

# cm036 saidit comment thread: the whole page is one comment by Oneda quoting a video's text (comment only, no article toll)
d='cm036'
g(d,'killing at least 28 people','at least 28','killed',28,None,speaker='a security official',section='comment',author='Oneda',subject='twin suicide bombings, Baghdad market')
g(d,'injuring 73 others','73 others','injured',73,speaker='a security official',section='comment',author='Oneda',subject='twin suicide bombings, Baghdad market')
g(d,'pursued the two attackers before they blew themselves up','the two attackers','killed',2,speaker='Security forces',section='comment',author='Oneda',subject='the suicide bombers themselves',core=False)
n(d,'8 insightful - 2 fun8','8 insightful','other')
n(d,'(3 children)','3 children','count')
n(d,'in nearly two years','nearly two years','duration')
n(d,'between 2005 and 2007','between 2005 and 2007','date')

# cm037 naharnet article with its comments (no figure in the comments)
d='cm037'
g(d,'Four of Hezbollah fighters and two rescuers','Four of Hezbollah fighters','killed',4,subject='Israeli strikes on Naqoura and Tayr Harfa, Wednesday')
g(d,'Four of Hezbollah fighters and two rescuers','two rescuers','killed',2,subject='Israeli strikes on Naqoura and Tayr Harfa, Wednesday')
g(d,'and three members of the Amal movement','three members','killed',3,subject='Amal members, Israeli strikes Wednesday')
g(d,'killing seven of its members','seven of its members','killed',7,subject='airstrike on paramedic center, Hebariyeh')
g(d,'has killed nine civilians and 11 soldiers in Israel','nine civilians','killed',9,subject='border fighting since October, Israel side',scope='aggregate')
g(d,'has killed nine civilians and 11 soldiers in Israel','11 soldiers','killed',11,subject='border fighting since October, Israel side',scope='aggregate')
g(d,'Nearly 240 Hezbollah fighters','Nearly 240','killed',240,vague=True,subject='Hezbollah fighters killed since October',scope='aggregate')
g(d,'about 40 civilians have died in Lebanon','about 40','killed',40,vague=True,subject='civilians killed in Lebanon since October',scope='aggregate')
n(d,'more than five months of fighting','more than five months','duration')
n(d,'on Oct. 8','Oct. 8','date')
n(d,'Comments 1\n','Comments 1','count')
n(d,'gabriel01 7 hours ago','7 hours ago','time')
t(d,'killed',16,basis='sum')

# cm038 defence.pk forum: opening post re-posts DAWN/AP (article); replies are comments without figures
d='cm038'
g(d,"What's new\n\nSuicide car bomb blast kills five troops",'five troops','killed',5,subject='Frontier Corps troops, Quetta checkpoint (thread title)',core=False)
g(d,'kills five troops in Quetta.\nAP','five troops','killed',5,subject='Frontier Corps troops, Quetta checkpoint (post title)',core=False)
g(d,'kills five troops in Quetta | DAWN','five troops','killed',5,subject='Frontier Corps troops (source line)',core=False)
g(d,'A suicide car bomber has killed five security troops','five security troops','killed',5,speaker='a Pakistani official',subject='Frontier Corps troops, Quetta checkpoint')
g(d,'the attacker detonated his explosives','the attacker','killed',1,speaker='Frontier Corps spokesman Murtaza Baig',subject='the suicide bomber himself',core=False)
n(d,'Aug 17, 2012','Aug 17, 2012','date')
n(d,'Messages\n363','363','count')
t(d,'killed',5)

# cm039 libcom forum: a one-post thread (the opening post is the article)
d='cm039'
g(d,'claimed the lives of nine civilians','nine civilians','killed',9,subject='Saudi coalition strikes on a hospital and a flour mill, 22/01/2018')
g(d,'five of whom were children','five of whom','killed',5,subject='children among the nine',core=False)
g(d,'and one a woman in the seventh month','one a woman','killed',1,subject='pregnant woman among the nine',core=False)
n(d,'1 post / 0 new','1 post','count')
n(d,'Joined: 7-01-18','7-01-18','date')
n(d,'Jan 23 2018 23:38','Jan 23 2018 23:38','date')
n(d,'on 22/01/2018','22/01/2018','date')
n(d,'Two separate strikes','Two separate strikes','count')
t(d,'killed',9)

# cm040 Detroit Free Press readers' letters: letters are reader comments (comment only, no article toll)
d='cm040'
g(d,'Mandalay Bay massacre of 58 people','58 people','killed',58,section='comment',author='Gary J. Minter',subject='Las Vegas shooting, Oct. 1 2017',scope='background')
n(d,'58 people in 11 minutes','11 minutes','duration')
n(d,'on Oct. 29, 2018','Oct. 29, 2018','date')
n(d,'Muslims raise $126K','$126K','money')
n(d,'(1994-2004)','1994-2004','date')
n(d,'All in a matter of five minutes','five minutes','duration')

# cm041 oakcreekforum blog post with numbered comments (no figures in the comments)
d='cm041'
g(d,'a triple strike that killed 28 people and wounded 68','28 people','killed',28,subject='two car bombs and a suicide bomber, central Baghdad')
g(d,'a triple strike that killed 28 people and wounded 68','68','injured',68,subject='two car bombs and a suicide bomber, central Baghdad')
g(d,'a suicide bomber blew himself up','a suicide bomber','killed',1,subject='the suicide bomber himself',core=False)
g(d,'killed five U.S.-backed security patrolmen','five U.S.-backed security patrolmen','killed',5,subject='female suicide bomber, Baquba')
g(d,'and wounded 11 other people','11 other people','injured',11,subject='female suicide bomber, Baquba')
g(d,'One of ours was killed on Sunday','One of ours','killed',1,subject='American soldier killed Sunday',scope='background')
g(d,'making three this month','three this month','killed',3,subject='Americans killed this month',scope='aggregate')
g(d,'another 14 Americans killed last month','another 14 Americans','killed',14,subject='Americans killed last month',scope='aggregate')
n(d,'Two car bombs exploded','Two car bombs','count')
t(d,'killed',33,basis='sum')
t(d,'injured',79,basis='sum')

# cm042 alieaday blog with one comment (no figure)
d='cm042'
g(d,'Today five more died.','five more','killed',5,subject='American servicemen (blogger, before the quote)',core=False)
g(d,'Five American servicemen were killed in Iraq','Five American servicemen','killed',5,speaker='the U.S. military',subject='American servicemen, separate attacks')
g(d,'including three soldiers who died','three soldiers','killed',3,speaker='the U.S. military',subject='roadside bomb blast (part of the five)',core=False)
n(d,'Thursday, February 02, 2006','Thursday, February 02, 2006','date')
n(d,'add a couple of car bombs','a couple of car bombs','count')
n(d,'1 comment:','1 comment','count')
t(d,'killed',5)

# cm043 anthonysmirror blog with Blogger comments (no figures in the comments)
d='cm043'
g(d,'146 death 8 blast','146 death','killed',146,subject='Mumbai train blasts (title)',core=False)
g(d,'146 deaths, 240 injured as of now','146 deaths','killed',146,subject='Mumbai train blasts')
g(d,'146 deaths, 240 injured as of now','240','injured',240,subject='Mumbai train blasts')
g(d,'the 1993 blast that claimed 250 lives','250 lives','killed',250,subject='1993 Bombay blasts',scope='background')
g(d,'When I started typing this post, it was 137.','137','killed',137,subject='earlier count of the same blasts',core=False)
n(d,'8 high powered blasts','8 high powered blasts','count')
n(d,'between 6 pm and 6.30 pm','6 pm and 6.30 pm','time')
n(d,'Tuesday, July 11, 2006','Tuesday, July 11, 2006','date')
n(d,'11/7/06 11:28 PM','11/7/06 11:28 PM','date')
n(d,'12/7/06 12:49 AM','12/7/06 12:49 AM','date')
t(d,'killed',146)
t(d,'injured',240)

# cm044 mrbruns ning message board: the opening post is the article, the replies are comments
d='cm044'
g(d,'68 people died with 175 injuries and 30 prisoners','68 people','killed',68,subject='Westgate mall attack, Nairobi')
g(d,'68 people died with 175 injuries and 30 prisoners','175 injuries','injured',175,subject='Westgate mall attack, Nairobi')
g(d,'68 people died with 175 injuries and 30 prisoners','30 prisoners','captured',30,subject='hostages, Westgate mall attack')
g(d,'the U.S embassy there which killed 213','213','killed',213,subject='1998 US embassy bombing, Nairobi',scope='background')
g(d,'more people might have died','more people','killed',2,None,vague=True,mod='hedged',section='comment',subject='possible further deaths in the collapse (reply)',core=False)
n(d,'On Saturday 10-15 gunman','10-15 gunman','count')
n(d,'in 2011 the group','2011','date')
n(d,'I heard that 3 floors','3 floors','count')
n(d,'it took 3 days for authorities','3 days','duration')
t(d,'killed',68)
t(d,'injured',175)
t(d,'captured',30)

# cm045 nehamaami wordpress post with comments: no figure of people harmed
d='cm045'
n(d,'any 1 who did it','any 1','other')

# cm046 kashmiris-in-exile blog with one comment (no figure)
d='cm046'
g(d,'Two soldiers were killed and three wounded','Two soldiers','killed',2,speaker='the military',subject='suicide bomb attack, Pakistani-administered Kashmir')
g(d,'Two soldiers were killed and three wounded','three','injured',3,speaker='the military',subject='suicide bomb attack, Pakistani-administered Kashmir')
g(d,'The bomber blew himself up','The bomber','killed',1,speaker='a military spokesman',subject='the suicide bomber himself',core=False)
g(d,'Two of our soldiers embraced martyrdom','Two of our soldiers','killed',2,speaker='a military spokesman',subject='soldiers (quote)',core=False)
g(d,'which means ,Two Indian Soliers have been sent to hell','Two Indian Soliers','killed',2,subject='remembered militant slogan of the early 1990s',core=False,scope='background')
g(d,'The official said three soldiers also were wounded','three soldiers','injured',3,speaker='The official',subject='wounded (restated)',core=False)
g(d,'Benazir was proud of the very men who killed her','Benazir','killed',1,subject='assassination of Benazir Bhutto',scope='background')
n(d,'Friday, June 26, 2009','Friday, June 26, 2009','date')
n(d,'1 comment:','1 comment','count')
t(d,'killed',2)
t(d,'injured',3)

# cm047 legit.ng article with the readers' X replies ("Nigerians react"; the handle line above each reply)
d='cm047'
g(d,'Lt Col, two major, captain and 13 other soldiers were killed','two major','killed',2,subject='officers among the dead (summary)',core=False)
g(d,'Lt Col, two major, captain and 13 other soldiers were killed','13 other soldiers','killed',13,subject='soldiers among the dead (summary)',core=False)
g(d,'17 army officers were killed','17 army officers','killed',17,speaker='the post',subject='soldiers killed in Okuama, Delta state')
g(d,'including a Lt Col, two majors and a captain','two majors','killed',2,speaker='the post',subject='officers among the 17',core=False)
g(d,'What would 2 Major and 1 LT colonel be doing there?','2 Major','killed',2,section='comment',author='ontimesam',subject='officers killed (quoted back)',core=False)
g(d,'What would 2 Major and 1 LT colonel be doing there?','1 LT colonel','killed',1,section='comment',author='ontimesam',subject='officer killed (quoted back)',core=False)
g(d,'a Lt. Col and 3 Major Gens + other soldiers','3 Major Gens','killed',3,section='comment',subject='officers killed (commenter misquotes)',core=False)
n(d,' date 2024-03-18','2024-03-18','date')
n(d,'on Monday, March 18 via','Monday, March 18','date')
n(d,'on Monday, March 18.','Monday, March 18','date')
t(d,'killed',17)

# cm048 naijgossp: social media replies quoted as the page's comment thread (author line after each post)
d='cm048'
g(d,'How can so many soldiers die in just one day','so many soldiers','killed',2,None,vague=True,section='comment',author='Ben Murray-Bruce',subject='Metele base massacre (reply)',core=False)
g(d,'how so many soldiers can be massacred','so many soldiers','killed',2,None,vague=True,section='comment',author='Dele Momodu Ovation',subject='Metele base massacre (reply)',core=False)
g(d,'Boko Haram killed over a hundred of our soldiers','over a hundred','killed',101,None,section='comment',author='Reno Omokri',subject='Metele base massacre')
g(d,'No national awards for the 100 soldiers killed','the 100 soldiers','killed',100,section='comment',subject='Metele base massacre')
n(d,'(@atiku) November 23, 2018','November 23, 2018','date')
n(d,'In 2015, @MBuhari','2015','date')
ct(d,'Reno Omokri','Boko Haram killed over a hundred of our soldiers','killed',101,None)

# cm049 antiwar.com article with its comments
d='cm049'
g(d,'reported 69 people killed','69 people','killed',69,speaker='The Syrian Observatory for Human Rights',subject='two days of fighting around Maarat al-Numaan')
g(d,'with 36 pro-government fighters among the slain','36 pro-government fighters','killed',36,speaker='The Syrian Observatory for Human Rights',subject='pro-government fighters among the 69',core=False)
g(d,'beheading of an 8 year old child','an 8 year old child','killed',1,section='comment',subject='child beheaded by a rebel group',scope='background')
n(d,'about 5,000 schools and 10,000 hospitals','about 5,000 schools','count')
n(d,'5,000 schools and 10,000 hospitals','10,000 hospitals','count')
n(d,'Over the past two days','the past two days','duration')
t(d,'killed',69)

# cm050 wordpress comment page: one comment, no article (comment only)
d='cm050'
g(d,'did not have a single civilian casualty','a single civilian casualty','killed_or_injured',0,mod='negated',section='comment',subject='carpet bombing of Mosul and Raqqa (sarcasm)',core=False,scope='background')
n(d,'There are 3 million people now in Idlib','3 million people','count')
n(d,'Somewhere between 10,000 and 100,000','between 10,000 and 100,000','count')

# cm051 rabble.ca babble thread: first post (quote + poster) is the article; the later post quoting AFP is a comment
d='cm051'
g(d,'The crash Tuesday injured four other people','four other people','injured',4,subject='helicopter crash Tuesday')
g(d,'including two coalition service members, an Afghan soldier','two coalition service members','injured',2,subject='part of the four injured',core=False)
g(d,'an Afghan soldier and a U.S. civilian','an Afghan soldier','injured',1,subject='part of the four injured',core=False)
g(d,'an Afghan soldier and a U.S. civilian','a U.S. civilian','injured',1,subject='part of the four injured',core=False)
g(d,'killing at least four people and wounding','at least four','killed',4,None,speaker='the military',section='comment',subject='US Air Force helicopter crash, Sangin (another crash quoted in a reply)')
g(d,'wounding "numerous" others','"numerous" others','injured',2,None,vague=True,speaker='the military',section='comment',subject='US Air Force helicopter crash, Sangin')
g(d,'"Four ISAF service members were killed in the crash,"','Four ISAF service members','killed',4,speaker='a military spokesman',section='comment',subject='US Air Force helicopter crash (quote)',core=False)
n(d,'at around 10:00 am (0530 GMT)','10:00 am','time')
n(d,'reported this at midnight','midnight','time')
t(d,'injured',4)

# cm052 army.ca forum: opening post quotes the UK MoD and the Taliban (article); no replies in the excerpt
d='cm052'
g(d,'A British helicopter crew has escaped without injury','without injury','injured',0,mod='negated',speaker='UK MoD',subject='Chinook crew, emergency landing near Sangin')
g(d,'Military helicopter shot down, 41 invaders killed','41 invaders','killed',41,mod='hedged',speaker='the Taliban',subject='Taliban claim about the Chinook')
g(d,'Killed and forty-one occupation soldier','forty-one occupation soldier','killed',41,mod='hedged',speaker='the Taliban',subject='Taliban claim (machine translation)',core=False)
g(d,'killed and forty-one soldiers in the occupied','forty-one soldiers','killed',41,mod='hedged',speaker='The mujahideen of the Islamic Emirate of Helmand province',subject='Taliban claim (machine translation)',core=False)
n(d,'## The Bread Guy (20 Aug 2009)','20 Aug 2009','date')
n(d,'in Helmand 20/8/09','20/8/09','date')
n(d,'(2009-08-20)','2009-08-20','date')
n(d,'the four-strong crew','four-strong crew','count')
n(d,'about 1km away','about 1km','distance')
n(d,'after two helicopters dropped off','two helicopters','count')
n(d,'of two civilians in the village','two civilians','count')
t(d,'injured',0,basis='zero')

# cm053 defence.pk forum: opening post re-posts an AFP story (article); excerpt ends before replies
d='cm053'
g(d,'Six US soldiers killed in Afghan helicopter crash Read','Six US soldiers','killed',6,subject='Blackhawk crash, Zabul (thread title)',core=False)
g(d,'Read more: Six US soldiers killed in Afghan helic','Six US soldiers','killed',6,subject='Blackhawk crash, Zabul (thread title, repeated)',core=False)
g(d,'Six US troops in Afghanistan were killed and one wounded','Six US troops','killed',6,subject='Blackhawk crash, Zabul')
g(d,'Six US troops in Afghanistan were killed and one wounded','one','injured',1,subject='Blackhawk crash, Zabul')
g(d,'since seven Georgian soldiers died','seven Georgian soldiers','killed',7,subject='truck bomb in Helmand, June',scope='background')
g(d,'when a suicide bomber blew up a truck','a suicide bomber','killed',1,subject='the Helmand truck bomber',core=False,scope='background')
g(d,'"Six International Security Assistance Force (ISAF) service members died','Six International Security Assistance Force (ISAF) service members','killed',6,speaker='an ISAF statement',subject='Blackhawk crash (statement)',core=False)
g(d,'"I can confirm six Americans were killed,"','six Americans','killed',6,speaker='one official',subject='Blackhawk crash (quote)',core=False)
g(d,'killing all 8 invaders aboard','all 8 invaders','killed',8,speaker='The Taliban Twitter account',subject='Taliban claim about the crash')
n(d,'Apr 28, 2011','Apr 28, 2011','date')
t(d,'killed',6)
t(d,'injured',1)

# cm054 smileysmile board print page: the opening post is the article, the replies are comments (no figures)
d='cm054'
g(d,'2 confirmed dead, almost 2 dozen injured','2 confirmed dead','killed',2,subject='Boston Marathon bombing, first reports')
g(d,'2 confirmed dead, almost 2 dozen injured','almost 2 dozen','injured',24,vague=True,subject='Boston Marathon bombing, first reports')
n(d,'on April 15, 2013, 01:46:02 PM','April 15, 2013, 01:46:02 PM','date')
n(d,'for almost 4 years','almost 4 years','duration')
t(d,'killed',2)
t(d,'injured',24)

# cm055 notmytribe blog post with one comment: the Gaza war's totals (aggregate, no toll)
d='cm055'
g(d,'which left 1,100 Palestinians dead','1,100 Palestinians','killed',1100,subject='Gaza war 2008-09, Palestinians',scope='aggregate')
g(d,'at the cost of 13 IDF soldiers','13 IDF soldiers','killed',13,subject='Gaza war 2008-09, IDF soldiers',scope='aggregate')
g(d,'four of them by friendly fire','four of them','killed',4,subject='IDF soldiers killed by friendly fire',core=False,scope='aggregate')
n(d,'that you may be on Bus 19!','Bus 19','other')


# ---- cm056-cm071: added by branch comments9 (gold written before claimex was run on them) ----

# cm056 jessey.net blog post (article) with one reader comment signed "Posted by James Henry" (no figure in it)
d='cm056'
g(d,'more civilians have been killed by United States-led forces','more civilians','killed',2,None,vague=True,speaker='CNN',subject='civilians, US air strike in Iraq (lead)',core=False)
g(d,'11 civilians, including 5 children, were killed','11 civilians','killed',11,speaker='The Iraqi police',subject='civilians, US air strike in Iraq')
g(d,'11 civilians, including 5 children, were killed','5 children','killed',5,speaker='The Iraqi police',subject='children among the dead',core=False)
g(d,'the number was only four, including','only four','killed',4,speaker='The U.S. military',subject='the military\'s count of the dead')
g(d,'including two women, one child, and a suspected insurgent','two women','killed',2,speaker='The U.S. military',subject='women among the military\'s four',core=False)
g(d,'including two women, one child, and a suspected insurgent','one child','killed',1,speaker='The U.S. military',subject='child among the military\'s four',core=False)
g(d,'including two women, one child, and a suspected insurgent','a suspected insurgent','killed',1,speaker='The U.S. military',subject='suspected insurgent among the military\'s four',core=False)
g(d,'Only four innocents dead?','four innocents','killed',4,subject='blogger restates the military\'s count',core=False)
g(d,'destroyed three cars, and killed 11 people','11 people','killed',11,speaker='a reporter from the Associated Press',subject='AP reporter\'s count (same figure as the police)',core=False)
g(d,'Pictures show two dead men, five dead children','two dead men','killed',2,subject='bodies in the pictures',core=False)
g(d,'Pictures show two dead men, five dead children','five dead children','killed',5,subject='bodies in the pictures',core=False)
g(d,'four other unidentified covered bodies','four other unidentified covered bodies','killed',4,subject='bodies in the pictures',core=False)
g(d,'Just to catch or kill one suspected insurgent?','one suspected insurgent','killed',1,mod='hypothetical',subject='the strike\'s aim',core=False)
n(d,'destroyed three cars','three cars','count')
n(d,'Posted Mar 15, 2006 in','Mar 15, 2006','date')
n(d,'Posted by James Henry on Mar 15, 2006.','Mar 15, 2006','date')
n(d,'Area 51','Area 51','other')
t(d,'killed',11)

# cm057 fairlyconservative blog post (article) with numbered "NAME says:" comments
d='cm057'
g(d,'Dozens of civilians dead in Afghan air strikes by US\n\nSo','Dozens','killed',24,99,vague=True,subject='US air strike in western Afghanistan (title)',core=False)
g(d,'dozens of people were killed in a US air strike','dozens','killed',24,99,vague=True,speaker='The International Red Cross',subject='US air strike in western Afghanistan, Monday')
g(d,'Local officials claim up to 100 civilians were killed','up to 100','killed',100,vague=True,mod='hedged',speaker='Local officials',subject='US air strike in western Afghanistan')
g(d,'the airstrike has resulted in heavy civilian casualties','heavy civilian casualties','killed_or_injured',2,None,vague=True,section='comment',author='J. Strupp',subject='air strikes as a tactic over the years',core=False,scope='aggregate')
n(d,'roughly 1 1/2 times larger','1 1/2 times','other')
n(d,'attacked our country 8 years ago','8 years ago','duration')
t(d,'killed',24,99)

# cm058 reddit (redlib) thread: the post title is the article; the comments give no casualty figure
d='cm058'
g(d,'Russia has lost 1.2 million soldiers','1.2 million soldiers','killed_or_injured',1200000,speaker='CSIS',subject='Russian losses in the war (title)',scope='aggregate')
n(d,'twice as many as Ukraine','twice as many','other')
n(d,'8018210/1.1k','1.1k','other')
n(d,'More replies (12)250','250','other')
n(d,'a population of about 140 million','about 140 million','count')
n(d,'~1 out of every hundred people','~1 out of every hundred','rate')
n(d,'People generally know 100-150 people personally','100-150 people','count')
n(d,'On average it should be about 1 and','about 1','other')
n(d,'the losses.\n167\n','167','other')

# cm059 barnson.org tsunami thread: the repeated opening post (article, no figure), then posts signed "— NAME" below (comments)
d='cm059'
g(d,'Updated toll: more than 60,000 dead','more than 60,000','killed',60001,None,section='comment',author='Matthew P. Barnson',subject='Indian Ocean tsunami toll (poster)')
g(d,'the death toll is over 110,000','over 110,000','killed',110001,None,section='comment',author='Ben Schuman',subject='Indian Ocean tsunami toll (poster, later)')
g(d,'Picture walking along a beach with thousands of corpses','thousands of corpses','killed',2000,9999,vague=True,mod='hypothetical',section='comment',subject='imagined beach of corpses',core=False)
n(d,'Utah numbers 181,743','181,743','count')
n(d,'1 out of every 2 people in this entire','1 out of every 2','rate')
ct(d,'Matthew P. Barnson','Updated toll: more than 60,000 dead','killed',60001,None)
ct(d,'Ben Schuman','the death toll is over 110,000','killed',110001,None)

# cm060 lemmy thread: the opening post (article) on the rocket that hit a football field, then replies (comments, author above)
d='cm060'
g(d,'now that there are 10 kids dead','10 kids','killed',10,subject='rocket strike on football field')
g(d,'another several dozen kids injured','several dozen kids','injured',36,108,vague=True,subject='rocket strike on football field')
g(d,'UPDATE: 10 dead, 6 in critical','10','killed',10,subject='rocket strike (update, same figure)',core=False)
g(d,'UPDATE: 10 dead, 6 in critical','6','injured',6,subject='injured in critical condition (update)')
g(d,'3 moderate, 4 light','3','injured',3,subject='injured in moderate condition (update)')
g(d,'3 moderate, 4 light','4','injured',4,subject='injured lightly (update)')
g(d,'several dozen unadmitted injured people','several dozen','injured',36,108,vague=True,subject='injured not admitted to hospital (update)')
g(d,'killing another 50,000 innocent people to avenge them','another 50,000','killed',50000,mod='hypothetical',section='comment',author='Foni@lemm.ee',subject='feared retaliation in Gaza (commenter)',core=False,scope='background')
n(d,'arrow-up\n    41','41','other')
n(d,'arrow-up\n      30','30','other')
t(d,'killed',10)
t(d,'injured',49,121,basis='sum')

# cm061 lemmy (derp.foo) comment page: a reader's comment quoting Save the Children, replies, and the summary bot's comment
d='cm061'
g(d,'some 1,000 children the group estimates are still trapped','some 1,000','missing',1000,vague=True,speaker='Save the Children',section='comment',author='TinyPizza@kbin.social',subject='children trapped under the rubble in Gaza',scope='aggregate')
g(d,'its not very hard to kill a lot of kids','a lot of kids','killed',2,None,vague=True,mod='hypothetical',section='comment',subject='generic: bombing Gaza kills children',core=False,scope='aggregate')
g(d,'as long as you kill a few people','a few people','killed',2,9,vague=True,mod='hypothetical',section='comment',subject='generic: bombing Gaza',core=False,scope='aggregate')
g(d,"you've likely killed some kids",'some kids','killed',2,None,vague=True,mod='hypothetical',section='comment',subject='generic: bombing Gaza',core=False,scope='aggregate')
g(d,'More than 9,000 Gazans in total have died','More than 9,000','killed',9001,None,speaker='the Health Ministry',section='comment',subject='Gaza war dead so far (summary bot)',scope='aggregate')
g(d,'killing more than 1,400 people','more than 1,400','killed',1401,None,section='comment',subject='Hamas attack of Oct. 7 (summary bot)',scope='background')
g(d,'taking more than 230 others hostage','more than 230 others','captured',231,None,section='comment',subject='hostages taken on Oct. 7 (summary bot)',scope='background')
g(d,'including at least a dozen children','at least a dozen','captured',12,None,section='comment',subject='children among the hostages',core=False,scope='background')
n(d,'2 out of every 5 civilian deaths','2 out of every 5','rate')
n(d,'one child is killed every 10 minutes','one child','rate')
n(d,'like 50% of gazas population','50%','percent')
n(d,'24 points 5 months ago','24 points','other')
n(d,'with dozens of relatives','dozens of relatives','count')
n(d,'with thousands of others','thousands of others','count')
n(d,'On the fifth day','fifth day','other')

# cm062 Blogger post (article) on a missing cargo ship, two "NAME said..." comments
d='cm062'
g(d,'spare a thought for the 33 missing men','the 33 missing men','missing',33,subject='El Faro crew missing in the hurricane')
g(d,'We came out alive because','came out alive','killed',0,mod='negated',section='comment',author='Anonymous',subject='commenter\'s own ship in the 2008 storm',core=False,scope='background')
n(d,'about 50 miles farther away','about 50 miles','distance')
n(d,'September 11 2008 on the New River','September 11 2008','date')
n(d,'I have just relieved 9/11/2008.','9/11/2008','date')
t(d,'missing',33)

# cm063 houblog category page: blog post quoting a news story, a reader's comment and a TV station's report
d='cm063'
g(d,'Nearly 400 people are presumed missing','Nearly 400','missing',400,vague=True,subject='missing after Hurricane Ike')
g(d,'reported the recovery of at least 60 bodies','at least 60','killed',60,None,mod='hedged',speaker='Another viewer',subject='bodies recovered after Hurricane Ike (rumour)')
g(d,'another says 89 corpses are at UTMB','89 corpses','killed',89,mod='hedged',speaker='another',subject='bodies at UTMB after Hurricane Ike (rumour)')
n(d,'12 days after Hurricane Ike','12 days','duration')
n(d,'hundreds of people were trapped on the Bolivar','hundreds of people','count')
n(d,'despite the four FEMA trucks','four FEMA trucks','count')
n(d,'He stresses the 100 bodies he','the 100 bodies','count')
t(d,'missing',400)

# cm064 Rantburg page: the AFP story (article) with the editor's interjections between "|" marks (comments, no author line)
d='cm064'
g(d,'to mourn the 333 victims killed','the 333 victims','killed',333,subject='Beslan school siege, 2004 (anniversary story)')
g(d,'took more than 1,100 children, teachers and parents hostage','more than 1,100','captured',1101,None,subject='Beslan school siege hostages')
g(d,'the high number of hostages killed, including 186 children','186 children','killed',186,speaker='Many Beslan families',subject='children among the dead',core=False)
n(d,'Two years. Condolences','Two years','duration')
n(d,'Hundreds of people converged','Hundreds of people','count')
n(d,'on the 32 terrorists who took','the 32 terrorists','count')
t(d,'killed',333)
t(d,'captured',1101,None)

# cm065 mamamia anniversary article with its "Top Comments" (no figure in the comments)
d='cm065'
g(d,'There were 283 passengers and 15 crew','283 passengers','killed',283,subject='MH17 passengers (everyone on board died)',core=False)
g(d,'There were 283 passengers and 15 crew','15 crew','killed',15,subject='MH17 crew (everyone on board died)',core=False)
g(d,'totalling 298 people','298 people','killed',298,subject='MH17 shot down over eastern Ukraine')
g(d,'and 80 passengers under the age of 18','80 passengers','killed',80,subject='minors among the dead',core=False)
g(d,'As well as 38 Australian citizens','38 Australian citizens','killed',38,subject='Australians among the dead',core=False)
g(d,'there was one New Zealander','one New Zealander','killed',1,subject='New Zealander among the dead',core=False)
g(d,'193 Dutch, 43 Malaysians','193 Dutch','killed',193,subject='Dutch among the dead',core=False)
g(d,'193 Dutch, 43 Malaysians','43 Malaysians','killed',43,subject='Malaysians among the dead',core=False)
g(d,'and 12 Indonesians aboard MH17','12 Indonesians','killed',12,subject='Indonesians among the dead',core=False)
g(d,'plus 10 British passengers','10 British passengers','killed',10,subject='British among the dead',core=False)
n(d,'at least 20 family groups','at least 20 family groups','count')
n(d,'Eight years ago, Malaysia','Eight years ago','duration')
n(d,'about 50 kilometres from','about 50 kilometres','distance')
n(d,'40 kilometres from Russia','40 kilometres','distance')
n(d,'Boeing 777-200ER','777-200ER','other')
t(d,'killed',298)

# cm066 Blogger post (article) on the Iraq war milestone, "NAME said..." comments
d='cm066'
g(d,'May 1968: 2,316 lives','2,316 lives','killed',2316,subject='US deaths in Vietnam, May 1968',scope='background')
g(d,'February 1968: 2,293 lives','2,293 lives','killed',2293,subject='US deaths in Vietnam, February 1968',scope='background')
g(d,'since March 20, 2003 is 2,317 lives','2,317 lives','killed',2317,speaker='the website',subject='US military deaths in Iraq since 2003',scope='aggregate')
g(d,'In this count of 2,317 deaths','2,317 deaths','killed',2317,subject='US military deaths in Iraq (restated)',core=False,scope='aggregate')
g(d,'includes 5 reported U.S. deaths pending','5 reported U.S. deaths','killed',5,mod='hedged',subject='deaths pending DoD confirmation',core=False,scope='aggregate')
g(d,'left tens of thousands of men dead','tens of thousands of men','killed',20000,99999,vague=True,mod='hypothetical',section='comment',author='terrye',subject='an imagined long war',core=False)
n(d,'one more than the worst month','one more','other')
n(d,'approaches its third anniversary','third anniversary','other')
n(d,'compare three years in Iraq','three years','duration')
n(d,'Sunday, March 19, 2006','March 19, 2006','date')

# cm067 radgeek "elsewhere" page: the blogger's reply to a commenter (comment throughout, no author line); WWII bombings (background)
d='cm067'
g(d,'killed somewhere between 35,000 and 135,000 people','between 35,000 and 135,000','killed',35000,135000,section='comment',subject='firebombing of Dresden, 1945',scope='background')
g(d,'killed somewhere between 80,000 and 100,000 civilians','between 80,000 and 100,000','killed',80000,100000,section='comment',subject='firebombing of Tokyo, March 1945',scope='background')
g(d,'(about 74,000 dead)','about 74,000','killed',74000,vague=True,section='comment',subject='atomic bombing of Nagasaki',scope='background')
g(d,'which killed about 140,000 people','about 140,000','killed',140000,vague=True,section='comment',subject='atomic bombing of Hiroshima',scope='background')
n(d,'March 9-10, 1945','March 9-10, 1945','date')
n(d,'that range ([1])','[1]','other')

# cm068 gtcarz forum thread: the opening post re-posts a story (article); the excerpt ends before replies
d='cm068'
g(d,'Two More Canadians Killed In Afghanistan\n#1','Two More Canadians','killed',2,subject='Canadian soldiers, grenade attack near Kandahar (thread title)',core=False)
g(d,'Rep Power: 0\nTwo More Canadians Killed In Afghanistan','Two More Canadians','killed',2,subject='Canadian soldiers (post title)',core=False)
g(d,'Canada has lost two more of its bravest','two more','killed',2,subject='Canadian soldiers, grenade attack near Kandahar')
g(d,'A pair of Canadian soldiers lost their lives','A pair of Canadian soldiers','killed',2,subject='Canadian soldiers (restated)',core=False)
g(d,'Five others were wounded.','Five others','injured',5,subject='Canadian soldiers wounded in the attack')
g(d,'Two men, identified as Sergeant','Two men','killed',2,subject='the two named soldiers (restated)',core=False)
g(d,'had killed hundreds of the enemy','hundreds','killed',200,999,vague=True,mod='hedged',speaker='Canadian officials',subject='Operation Medusa, a month earlier',scope='background')
g(d,'automatic weapons in a morning offensive but no one was hurt','no one','injured',0,mod='negated',subject='morning attack on other Canadian companies, Tuesday')
n(d,'Joined: Mar 2005','Mar 2005','date')
n(d,'Posts: 3,516','3,516','other')
n(d,'a handful of renegades','a handful of renegades','count')
n(d,'won just two weeks ago','two weeks ago','duration')
t(d,'killed',2)
t(d,'injured',5)

# cm069 bouhammer blog post (article) and two comments (the second the blogger's reply; no author lines)
d='cm069'
g(d,'we have suffered so many casualties this year','so many casualties','killed_or_injured',2,None,vague=True,subject='coalition casualties in 2010',core=False,scope='aggregate')
g(d,'the helicopter crash that killed nine soldiers today','nine soldiers','killed',9,subject='helicopter crash, today')
g(d,'we have now lost 529 coalition force members','529 coalition force members','killed',529,subject='coalition dead in Afghanistan, 2010',scope='aggregate')
g(d,'for a young Ranger KIA in Astan','a young Ranger','killed',1,section='comment',subject='local Ranger killed in Afghanistan (new death in a comment)')
g(d,'Are those 3000 lives lost on American soil','3000 lives','killed',3000,section='comment',subject='September 11 attacks',scope='background')
g(d,'Are the thousands of lives lost and changed in Afghanistan','thousands of lives','killed_or_injured',2000,9999,vague=True,section='comment',subject='lives lost and changed in Afghanistan since 2001',core=False,scope='aggregate')
n(d,'forces to nearly 150,000 drawing','nearly 150,000','count')
n(d,'2 thoughts on','2 thoughts','other')
n(d,'He was 23.','23','age')
n(d,'on 9/11/01 up until','9/11/01','date')

# cm070 wordpress anniversary post (article) and three comments (no author lines in the excerpt)
d='cm070'
g(d,'eighteen Americans and nearly 800 Somali militia were dead','eighteen Americans','killed',18,subject='US soldiers, Battle of Mogadishu 1993 (anniversary post)')
g(d,'eighteen Americans and nearly 800 Somali militia were dead','nearly 800','killed',800,vague=True,subject='Somali militia, Battle of Mogadishu')
g(d,'in which in which 18 Americans were killed and 73 wounded','18 Americans','killed',18,subject='US soldiers (restated)',core=False)
g(d,'in which in which 18 Americans were killed and 73 wounded','73','injured',73,subject='US soldiers wounded, Battle of Mogadishu')
g(d,'helicopter pilot Michael Durant was seized','helicopter pilot Michael Durant','captured',1,subject='pilot seized by a mob')
g(d,'Hundreds of Somalis lost their lives as well.','Hundreds of Somalis','killed',200,999,vague=True,subject='Somalis killed (restated, vague)',core=False)
g(d,'18 good men gone','18 good men','killed',18,section='comment',subject='US soldiers (commenter restates)',core=False)
n(d,'a contingent of 160 U.S. Army Rangers','160 U.S. Army Rangers','count')
n(d,'Two U.S. helicopters were shot down','Two U.S. helicopters','count')
n(d,'battle-of-mogadishu-1993Twenty-three years ago','Twenty-three years ago','duration')
n(d,'3 thoughts on','3 thoughts','other')
t(d,'killed',818,basis='sum')
t(d,'injured',73)
t(d,'captured',1)

# cm071 Blogger post (article) quoting the news, one "NAME said..." comment
d='cm071'
g(d,'killing one woman and wounding 38','one woman','killed',1,subject='bomb at a Jerusalem bus stop')
g(d,'killing one woman and wounding 38','38','injured',38,subject='bomb at a Jerusalem bus stop')
g(d,'The woman killed was Mary Gardner','The woman killed','killed',1,section='comment',author='David All',subject='the woman killed, named (commenter)',core=False)
n(d,'in the city in several years','several years','duration')
n(d,'Wednesday, March 23, 2011','March 23, 2011','date')
t(d,'killed',1)
t(d,'injured',38)

# ---- cm072-cm081: added by branch grow10comments (gold written before claimex was run on them) ----

# cm072 Blogger post quoting Times Online (article), two "NAME said..." comments (Greg, Gib) with no figure
d='cm072'
g(d,'killing as many as 24 people, most of them children','as many as 24','killed',24,vague=True,subject='Baghdad suicide car bomb beside US soldiers handing out sweets')
g(d,'The US military said one soldier had died','one soldier','killed',1,speaker='The US military',subject='US soldier killed in the bombing')
g(d,'at least seven Iraqi childen had been killed','at least seven','killed',7,None,speaker='The US military',subject='Iraqi children killed in the bombing')
g(d,'Iraqi officials put the death toll at 24','24','killed',24,speaker='Iraqi officials',subject='the bombing (officials\' toll)')
g(d,'Three soldiers and 18 other passers-by were wounded','Three soldiers','injured',3,subject='US soldiers wounded in the bombing')
g(d,'Three soldiers and 18 other passers-by were wounded','18 other passers-by','injured',18,subject='passers-by wounded in the bombing')
n(d,'Wednesday, July 13, 2005','July 13, 2005','date')
n(d,'7/14/2005 09:33:00 AM','7/14/2005','date')
n(d,'7/14/2005 10:13:00 AM','10:13:00 AM','time')
t(d,'killed',24)
t(d,'injured',21,basis='sum')

# cm073 forum thread (roleplay site's news board) on the 2016 Brussels attacks: opening post (article) and one
# reply whose author line is not in the excerpt ([member=...] tags the addressee)
d='cm073'
g(d,'At least 28, by last EMS response count, are dead.','At least 28','killed',28,None,speaker='EMS',subject='Brussels attacks, airport and metro')
g(d,'The wounded and critically injured number into a hundred and more','a hundred and more','injured',100,None,vague=True,subject='Brussels attacks')
g(d,'ending his own life and 15 others','15 others','killed',15,subject='airport suicide bombing (part of the toll)')
g(d,'ending his own life and 15 others','his own life','killed',1,subject='the airport suicide bomber',core=False)
g(d,'34 Dead, 180 Wounded.','34 Dead','killed',34,section='comment',subject='Brussels attacks (replier, live ticker)')
g(d,'34 Dead, 180 Wounded.','180 Wounded','injured',180,section='comment',subject='Brussels attacks (replier, live ticker)')
n(d,'from one or more suitcase devices','one or more suitcase devices','count')
n(d,'live ticker for the last hour','the last hour','duration')
t(d,'killed',28,None)
t(d,'injured',100,None)
ct(d,None,'34 Dead, 180 Wounded.','killed',34)
ct(d,None,'34 Dead, 180 Wounded.','injured',180)

# cm074 forum opening post (article) reposting a Guardian story on the October 2017 Mogadishu truck bomb
d='cm074'
g(d,'At Least 300 Killed In Somalia Terror AttackPosted','At Least 300','killed',300,None,subject='Mogadishu truck bomb (thread title)',core=False)
g(d,'At least 300 people killed and hundreds seriously injured','At least 300 people','killed',300,None,subject='Mogadishu truck bomb')
g(d,'At least 300 people killed and hundreds seriously injured','hundreds','injured',200,999,vague=True,subject='Mogadishu truck bomb')
g(d,'with more than 300 people now believed to have been killed','more than 300 people','killed',301,None,mod='hedged',subject='Mogadishu truck bomb (rising toll)')
g(d,'and hundreds more seriously injured.','hundreds more','injured',200,999,vague=True,subject='Mogadishu truck bomb (restated)',core=False)
g(d,'announced that 276 people had died in the attack','276 people','killed',276,speaker="Somalia's information minister",subject='Mogadishu truck bomb (Monday morning figure)')
g(d,'with at least 300 people injured','at least 300 people','injured',300,None,speaker="Somalia's information minister",subject='Mogadishu truck bomb')
g(d,'his service had confirmed that 300 people died in the blast','300 people','killed',300,speaker='Abdikadir Abdirahman',subject='Mogadishu truck bomb (Amin ambulances)')
g(d,'because some people are still missing','some people','missing',2,None,vague=True,speaker='Abdirahman',subject='Mogadishu truck bomb',core=False)
n(d,'Posts: 3,696','3,696','other')
n(d,'Reputation Power: 259','259','other')
n(d,'several hundred kilograms of military-grade','several hundred kilograms','other')
n(d,'an area hundreds of metres wide','hundreds of metres','distance')
n(d,'anywhere in the world for many years','many years','duration')
t(d,'killed',300,None)
t(d,'injured',200,999)

# cm075 comment page on the April 2015 Garissa University attack: the excerpt holds the page title, two related
# links and one comment ("Global Information Network | April 7, 2015 | Reply") reposting a GIN story
d='cm075'
g(d,'#147NotJustANumber','147','killed',147,subject='Garissa University attack (hashtag of the related link)',core=False)
g(d,'left nearly 200 dead, both men and women','nearly 200','killed',200,vague=True,section='comment',author='Global Information Network',subject='Garissa University attack')
g(d,'Muli was shot in the thigh but survived the bloodletting','Muli','injured',1,section='comment',author='Global Information Network',subject='survivor Stanely Muli, shot in the thigh')
n(d,'delayed rescue nearly 15 hours','nearly 15 hours','duration')
n(d,'Global Information Network | April 7, 2015 | Reply','April 7, 2015','date')
n(d,'Journalists who drove the 225 miles','225 miles','distance')
n(d,'Eleven hours after the attack','Eleven hours','duration')
ct(d,'Global Information Network','left nearly 200 dead, both men and women','killed',200)

# cm076 Express Tribune story (article) and its "Reader Comments (12)" (name line above each comment)
d='cm076'
g(d,'Drone strike kills 4 in S Waziristan','4','killed',4,subject='US drone strike, Azam Warsak (headline)',core=False)
g(d,'killed at least four people.','at least four people','killed',4,None,subject='US drone strike near Azam Warsak')
g(d,'which killed at least four local Talibans','at least four local Talibans','killed',4,None,speaker='Iftikhar Firdous',subject='US drone strike (correspondent, restated)',core=False)
g(d,'the drones have never killed innocents','innocents','killed',0,mod='negated',section='comment',author='Basit Khan',subject='drone strikes in Waziristan (commenter)',core=False,scope='aggregate')
n(d,'Published: September 27, 2011','September 27, 2011','date')
n(d,'Express 24/7 correspondent','24/7','other')
n(d,'since early August','early August','date')
n(d,'Reader Comments (12)','12','other')
n(d,'Drones have a nearly hundred percent hit rate','nearly hundred percent','percent')
n(d,'no machine this world with a 100% strike rate','100%','percent')
n(d,'Sep 27, 2011 - 10:23PM','10:23PM','time')
t(d,'killed',4,None)

# cm077 Blogger post on the June 2007 Manara car bomb (article, two "Update:" lines) and three "NAME said..."
# comments without figures
d='cm077'
g(d,'Al-Moustaqbal Movement MP Walid Edo, his son Khaled','Al-Moustaqbal Movement MP Walid Edo','killed',1,subject='Manara car bomb, the MP')
g(d,'his son Khaled, two body guards and two civilians were killed','his son Khaled','killed',1,subject='Manara car bomb, the MP\'s son')
g(d,'two body guards and two civilians were killed','two body guards','killed',2,subject='Manara car bomb, bodyguards')
g(d,'two body guards and two civilians were killed','two civilians','killed',2,subject='Manara car bomb, civilians')
g(d,'Eleven injured civilians.','Eleven injured civilians','injured',11,subject='Manara car bomb')
g(d,'Death toll rose to ten.','ten','killed',10,subject='Manara car bomb (revised toll)')
n(d,'13 June 2007','13 June 2007','date')
n(d,'(50m) to the scene','50m','distance')
t(d,'killed',10)
t(d,'injured',11)

# cm078 Blogger post on the May 2007 east Beirut bomb (article with an update) and two "Blogger NAME said..."
# comments (Lois Koenig, xmasbabe) without casualty figures
d='cm078'
g(d,'more than forty people were killed in clashes','more than forty people','killed',41,None,subject='Lebanese army vs Fatah al-Islam clashes earlier that day',scope='background')
g(d,'they say at least one person has been killed','at least one person','killed',1,None,speaker='Reuters',subject='east Beirut bomb (subsequent Reuters report)')
g(d,"Israel Radio's 1:00 AM newscast reports at least two people killed",'at least two people','killed',2,None,speaker='Israel Radio',subject='east Beirut bomb (latest figure)')
n(d,'Monday, May 21, 2007','May 21, 2007','date')
n(d,'about fifteen minutes ago','fifteen minutes ago','duration')
n(d,'Update 12:23 AM','12:23 AM','time')
n(d,"We've got 600 or so days left",'600 or so days','duration')
n(d,'until January 20, 2009','January 20, 2009','date')
t(d,'killed',2,None)

# cm079 Blogger post on the February 2008 Dambulla bus bomb (article) and "NAME said..." comments
d='cm079'
g(d,'Bus Bomb Kill 13 at Dambulla','13','killed',13,subject='Dambulla bus bomb (title)',core=False)
g(d,'At least 13 Civilians killed','At least 13 Civilians','killed',13,None,subject='Dambulla bus bomb')
g(d,'over 30 others injured','over 30 others','injured',31,None,subject='Dambulla bus bomb')
g(d,'14 dead\nmore than 50','14 dead','killed',14,section='comment',author='LKDOOD',subject='Dambulla bus bomb (commenter, lankaenews)')
n(d,'around 7.15 this morning','7.15','time')
n(d,'Saturday, February 2, 2008','February 2, 2008','date')
n(d,'you touch, 10 more of your kind will turn to fertilizer.\n\nThis is','10 more of your kind','rate')
n(d,'//For every innocent Tamil civilian or otherwise you touch, 10 more','10 more','rate')
n(d,'more than 50 were traveling in the bus','more than 50','count')
n(d,'Bus no CPNA25024','CPNA25024','other')
t(d,'killed',13,None)
t(d,'injured',31,None)
ct(d,'LKDOOD','14 dead\nmore than 50','killed',14)

# cm080 WordPress post on the January 2008 Slave Island bus blast (no figure for it) and numbered comments (one
# signed "youidiot"); the blast's victims are never counted on the page: no toll
d='cm080'
g(d,'the pathetic killing of T. Mahesvaran','T. Mahesvaran','killed',1,subject='MP T. Maheswaran shot on New Year\'s day',scope='background')
g(d,'a bus carrying 13 already injured personnel','13 already injured personnel','injured',13,section='comment',subject='soldiers already wounded earlier, on the targeted bus (commenter)',core=False,scope='background')
n(d,'Blast in Slave-Island, Sri Lanka\n\nJanuary 2, 2008','January 2, 2008','date')
n(d,'5 Comments leave one','5 Comments','other')
n(d,'place an 8Kg bomb','8Kg','other')
n(d,'closed off from 10pm to 8am','10pm','time')
n(d,'January 3, 2008 10:00 am','January 3, 2008','date')

# cm081 forum opening post (article, by "Redheart") reposting the BBC on the 2015 Kukuwa raid in Yobe
d='cm081'
g(d,"Boko Haram crisis: 'Dozens drown' fleeing Nigeria attack | World Defense",'Dozens','killed',24,99,vague=True,subject='Kukuwa raid, drowned villagers (thread title)',core=False)
g(d,'as many as 60 people may have been killed','as many as 60 people','killed',60,vague=True,mod='hedged',speaker='Reports in Nigeria',subject='Kukuwa raid, Yobe')
g(d,'Some of the villagers are said to have drowned','Some of the villagers','killed',2,None,vague=True,mod='hedged',subject='villagers drowned fleeing the raid',core=False)
g(d,'discovered corpses of 60 children','60 children','killed',60,speaker='one man',subject='children drowned fleeing the raid (eyewitness)')
g(d,'Some accounts put the death toll higher than 60','higher than 60','killed',61,None,speaker='Some accounts',subject='Kukuwa raid (other accounts)')
g(d,'Last month, Boko Haram killed 10 people there','10 people','killed',10,subject='earlier Boko Haram attack on Kukuwa',scope='background')
g(d,'some of its own fighters had been killed by a vigilante force','some of its own fighters','killed',2,None,vague=True,subject='Boko Haram fighters killed by vigilantes, before',core=False,scope='background')
n(d,'Messages\n1,239','1,239','other')
n(d,'Reactions\n319 0 0','319','other')
n(d,'dozens of militants arrived','dozens of militants','count')
n(d,'took five days for any news','five days','duration')
n(d,'about 50km (30 miles)','50km','distance')
t(d,'killed',60)

# ---------------------------------------------------------------------------------------------------------------
# cm082-cm093 (branch comments10): gold written before claimex was run on these pages

# cm082 forum page deep in a thread (redcafe, page 15) on the May 2017 Manchester Arena bombing: replies only, no
# author lines: comment throughout, no article toll
d='cm082'
g(d,'the families of the 19 who have been taken away from them','the 19','killed',19,section='comment',subject='Manchester Arena bombing (replier)')
n(d,'Manchester Arena Bombing 22.05.17','22.05.17','date')
n(d,'thousands of people in a small area. In 99.9% of cases, everyone has a lovely time and gets home safely.\nI','thousands of people','count')
n(d,'In 99.9% of cases, everyone has a lovely time and gets home safely.\n\nThis','99.9%','percent')
ct(d,None,'the families of the 19 who have been taken away from them','killed',19)

# cm083 forumosa thread on the April 2019 Easter Sunday bombings in Sri Lanka: the opening post (article, rule 13)
# and replies without author lines; one reply is edited with a later figure
d='cm083'
g(d,'137 confirmed dead so far and counting','137','killed',137,subject='Easter Sunday bombings, Sri Lanka')
g(d,'with hundreds more injured in at least 6 locations','hundreds more','injured',200,999,vague=True,subject='Easter Sunday bombings, Sri Lanka')
g(d,'Latest report has death toll at 190','190','killed',190,speaker='Latest report',section='comment',subject='Easter Sunday bombings (replier, later report)')
g(d,'with still hundreds of injuries','hundreds of injuries','injured',200,999,vague=True,speaker='Latest report',section='comment',subject='Easter Sunday bombings (replier, later report)',core=False)
g(d,'there are at least 200+ dead','at least 200+','killed',200,None,mod='hedged',speaker='reports',section='comment',subject='Easter Sunday bombings (replier, edit)')
g(d,'500+ seriously injured','500+','injured',500,None,mod='hedged',speaker='reports',section='comment',subject='Easter Sunday bombings (replier, edit)')
n(d,'in at least 6 locations','at least 6 locations','count')
n(d,'at least 8 blast sites','at least 8 blast sites','count')
n(d,'1 Like','1 Like','other')
t(d,'killed',137)
t(d,'injured',200,999)
ct(d,None,'Latest report has death toll at 190','killed',190)
ct(d,None,'there are at least 200+ dead','killed',200,None)
ct(d,None,'500+ seriously injured','injured',500,None)

# cm084 websleuths thread, page 2, on the August 2020 Beirut port explosion: posts quoting a live blog (headline,
# Red Cross figure, scenes); no author lines, comment throughout, no article toll
d='cm084'
g(d,"'Hundreds' of casualties after massive explosion",'Hundreds','killed_or_injured',200,999,vague=True,section='comment',subject='Beirut port explosion (quoted headline)',core=False)
g(d,'there were hundreds of casualties although','hundreds of casualties','killed_or_injured',200,999,vague=True,speaker='The head of the Lebanese Red Cross',section='comment',subject='Beirut port explosion')
g(d,'One woman covered in blood from the waist up','One woman','injured',1,section='comment',subject='a bloodied woman in the street (scene)',core=False)
g(d,'a woman with a bloodied face looked distraught','a woman with a bloodied face','injured',1,section='comment',subject='a bloodied woman in the street (scene)',core=False)
n(d,'a 43-year-old school teacher','43-year-old','age')
n(d,'the first of the two explosions','the two explosions','count')
n(d,'with two friends at her side','two friends','count')
n(d,'1h ago18:52','18:52','time')
n(d,'port area in Beirut, Aug 2020','Aug 2020','date')
ct(d,None,'there were hundreds of casualties although','killed_or_injured',200,999)

# cm085 qntra post on the July 2016 Nice truck attack, its estimates struck through and replaced in the stored text
# ("30-50 at least 60 73 deaths"): the last is the toll; one reply without a figure
d='cm085'
g(d,'estimates suggesting 30-50 at least 60 73 deaths','30-50','killed',30,50,mod='hedged',speaker='estimates',subject='Nice truck attack (first estimate, struck through)',core=False)
g(d,'estimates suggesting 30-50 at least 60 73 deaths','at least 60','killed',60,None,mod='hedged',speaker='estimates',subject='Nice truck attack (second estimate, struck through)',core=False)
g(d,'estimates suggesting 30-50 at least 60 73 deaths','73 deaths','killed',73,mod='hedged',speaker='estimates',subject='Nice truck attack (latest estimate)')
n(d,'2 thoughts on','2 thoughts','other')
t(d,'killed',73)

# cm086 Falmouth Packet live page on the March 2017 Westminster attack (early version) and its comments (no figures)
d='cm086'
g(d,'terror attack: Two people dead, police officer stabbed','Two people','killed',2,subject='Westminster attack (headline)',core=False)
g(d,'Two people dead, police officer stabbed man shot','police officer','injured',1,subject='police officer stabbed at Parliament (headline)',core=False)
g(d,'police officer stabbed man shot after car hits','man','injured',1,subject='the attacker, shot by police (headline)',core=False)
g(d,'- Two people have been killed in a terror attack in Westminster','Two people','killed',2,subject='Westminster attack')
g(d,'there is a \"number of casualties, including police officers\"','number of casualties','killed_or_injured',2,None,vague=True,speaker='The Met',subject='Westminster attack')
n(d,'for about two hours while','about two hours','duration')
n(d,'Last edited: 4:34pm Wed 22 Mar 17','4:34pm','time')
n(d,'Last edited: 5:24pm Wed 22 Mar 17','Wed 22 Mar 17','date')
t(d,'killed',2)
t(d,'injured',1,basis='enumerated')

# cm087 WordPress post on the October 2015 Ankara peace-rally bombings (its only figure is the title) and its
# comment thread ("7 thoughts on ..." repeats the title; replies without figures)
d='cm087'
g(d,'Updated :At least 86 killed in twin bombings near train station in Turkey’s capital Ankara during “Peace Rally”\n\nThose','At least 86','killed',86,None,subject='Ankara peace-rally bombings (title)',core=False)
g(d,'7 thoughts on “Updated :At least 86 killed','At least 86','killed',86,None,subject='Ankara peace-rally bombings (title repeated over the comments)',core=False)
n(d,'7 thoughts on “Updated','7 thoughts','other')
n(d,'Liked by 1 person','1 person','other')
n(d,'especially last 2 days','last 2 days','duration')
n(d,'dozens of sleeper cells of ISIS','dozens of sleeper cells','count')
t(d,'killed',86,None)

# cm088 blazingcatfur post on the October 2015 Kunduz MSF hospital strike and its Disqus comments (name line above
# each comment)
d='cm088'
g(d,'Afghan hospital air strike: 9 dead','9','killed',9,subject='Kunduz hospital air strike (title)',core=False)
g(d,'the number of its staff killed has risen to nine, from three','nine','killed',9,speaker='MSF',subject='MSF staff killed in the Kunduz hospital strike')
g(d,'the number of its staff killed has risen to nine, from three','three','killed',3,speaker='MSF',subject='MSF staff killed (earlier figure)',core=False)
g(d,'a dead civilian is often someone whose gun','a dead civilian','killed',1,mod='hypothetical',section='comment',author='tom_billesley',subject='generic statement on irregular warfare',core=False)
n(d,'for more than 30 minutes after','more than 30 minutes','duration')
n(d,'earning $16020 this last four weeks','$16020','money')
n(d,'this last four weeks','four weeks','duration')
n(d,'I started this 4 months ago','4 months ago','duration')
n(d,'over $97 p/h','$97','money')
t(d,'killed',9)

# cm089 Blogger post (WNU) quoting the L.A. Times on the March 2017 west Mosul air strike, and two "Anonymous
# said..." comments without figures
d='cm089'
g(d,'Nearly 300 Died In Last Months Mosul Airstrike','Nearly 300','killed',300,vague=True,subject='west Mosul air strike (title)',core=False)
g(d,'L.A. Times: Nearly 300 died in Mosul airstrike','Nearly 300','killed',300,vague=True,speaker='L.A. Times',subject='west Mosul air strike (quoted headline)',core=False)
g(d,'they had removed nearly 300 bodies from the site','nearly 300 bodies','killed',300,vague=True,speaker='Iraqi officials',subject='west Mosul air strike')
n(d,'Friday, April 7, 2017','April 7, 2017','date')
n(d,'began more than two years ago','more than two years ago','duration')
n(d,'in this conflict. 7 years.','7 years','duration')
t(d,'killed',300)

# cm090 americaneveryman repost (Middle East Monitor) on overnight air strikes on west Mosul, March 2017, and
# "4 Responses" (one off-topic thread on the Westminster attack, without figures)
d='cm090'
g(d,'Dozens of Mosul civilians killed by overnight','Dozens','killed',24,99,vague=True,subject='overnight air strikes on west Mosul (title)',core=False)
g(d,'dozens of civilians have been killed with dozens more wounded','dozens of civilians','killed',24,99,vague=True,speaker='Iraqi local and security sources',subject='overnight air strikes on west Mosul')
g(d,'dozens of civilians have been killed with dozens more wounded','dozens more','injured',24,99,vague=True,speaker='Iraqi local and security sources',subject='overnight air strikes on west Mosul')
n(d,'4 Responses','4 Responses','other')
n(d,'at least two Reuters photographers','at least two Reuters photographers','count')
n(d,'about a quarter mile apart','a quarter mile','distance')
n(d,'it’s one guy','one guy','count')
t(d,'killed',24,99)
t(d,'injured',24,99)

# cm091 Blogger post on the January 2015 Charlie Hebdo attack ("injured another four eleven": four struck through,
# eleven the update) and one "NAME said..." comment without a figure
d='cm091'
g(d,'"Charlie Hebdo" Kills 12','12','killed',12,subject='Charlie Hebdo attack (title)',core=False)
g(d,'gunmen killed twelve people, injured another four eleven','twelve people','killed',12,subject='Charlie Hebdo attack')
g(d,'injured another four eleven','four','injured',4,subject='Charlie Hebdo attack (first figure, struck through)',core=False)
g(d,'injured another four eleven','eleven','injured',11,subject='Charlie Hebdo attack (updated figure)')
g(d,'Stephane Charbonnier, known as Charb, has reportedly been killed','Stephane Charbonnier','killed',1,mod='hedged',speaker='judicial sources',subject='the editor-in-chief among the dead',core=False)
n(d,'Wednesday, January 07, 2015','January 07, 2015','date')
n(d,'in the last 30 years','the last 30 years','duration')
n(d,'1 comment:','1 comment','other')
t(d,'killed',12)
t(d,'injured',11)

# cm092 MadonnaNation forum thread on the June 2016 Istanbul Atatürk airport attack: the opening post (article)
# reposts the Guardian's first report under two lines of the poster's own; no replies with figures in the excerpt
d='cm092'
g(d,'Turkey airport attack: 10 killed in explosions','10','killed',10,subject='Istanbul airport attack (reposted headline)',core=False)
g(d,'Police opened fire on two suspects who then blew themselves up','two suspects','killed',2,speaker='Turkish officials',subject='the suicide attackers (subheadline)',core=False)
g(d,'At least ten people have been killed, and 60 injured','At least ten people','killed',10,None,speaker='the country’s justice minister',subject='Istanbul airport attack')
g(d,'At least ten people have been killed, and 60 injured','60','injured',60,speaker='the country’s justice minister',subject='Istanbul airport attack')
g(d,'Two suspects blew themselves up outside','Two suspects','killed',2,speaker='another Turkish official',subject='the suicide attackers',core=False)
g(d,'there are many casualties','many casualties','killed_or_injured',2,None,vague=True,speaker='A spokesperson for the Istanbul police',subject='Istanbul airport attack')
g(d,'at least ten people were killed in the attack','at least ten people','killed',10,None,mod='hedged',speaker='Bekir Bozdağ',subject='Istanbul airport attack (restated)',core=False)
g(d,'60 people were wounded in the attack, six of them seriously','60 people','injured',60,speaker='The state-run Anadolu Agency',subject='Istanbul airport attack (restated)',core=False)
g(d,'60 people were wounded in the attack, six of them seriously','six of them','injured',6,speaker='The state-run Anadolu Agency',subject='seriously wounded (subset)',core=False)
n(d,'Tuesday 28 June 2016 20.34 BST','28 June 2016','date')
n(d,'one person, “maybe a terrorist”','one person','count')
t(d,'killed',10,None)
t(d,'injured',60)

# cm093 Blogger post on the October 2005 Bali bombings and one "NAME said..." comment (the 2002 bombings are
# background; the Australians are a subset; a father and daughter in critical condition are the page's injured)
d='cm093'
g(d,'22 people are thought to be dead from the three bombs','22 people','killed',22,mod='hedged',subject='Bali bombings, October 2005')
g(d,'plus the three suicide bombers','the three suicide bombers','killed',3,mod='hedged',subject='the suicide bombers',core=False)
g(d,'the 2002 Bali bombings which killed 202','202','killed',202,section='comment',author='LuNaMooN',subject='2002 Bali bombings',scope='background')
g(d,'88 of those Australian tourists','88 of those Australian tourists','killed',88,section='comment',author='LuNaMooN',subject='Australians killed in 2002 (subset)',core=False,scope='background')
g(d,'4 Australians have been confirmed dead','4 Australians','killed',4,speaker='the latest reports',section='comment',author='LuNaMooN',subject='Australians among the dead (subset)',core=False)
g(d,'One young man from a country town','One young man','killed',1,section='comment',author='LuNaMooN',subject='a 16-year-old Australian among the dead',core=False)
g(d,"His father's in critical condition","His father",'injured',1,section='comment',author='LuNaMooN',subject='the boy\'s father, critical, airlifted to Singapore')
g(d,'as is his younger daughter','his younger daughter','injured',1,section='comment',author='LuNaMooN',subject='the boy\'s sister, critical, airlifted to Singapore')
n(d,'Sunday, October 02, 2005','October 02, 2005','date')
n(d,'from the three bombs','the three bombs','count')
n(d,'he was only 16','16','age')
n(d,'a party of 60 from the town of Newcastle','a party of 60','count')
n(d,'returning home by the thousands','the thousands','count')
t(d,'killed',22)
ct(d,'LuNaMooN',"His father's in critical condition",'injured',2,basis='enumerated')


# ---------------------------------------------------------------------------------------------------------------
# cm094-cm103 (session 10): gold written before claimex was run on these pages

# cm094 Blogger post (friday-lunch-club) on the numbers of the February 1982 Hama massacre against the 2011-12 Syrian
# deaths, and one "parviziyi said..." comment quoting Patrick Seale's estimates (rule 19: the event the post is about,
# Hama 1982, is `reported`; the year's Syrian deaths are a running total, `aggregate`)
d='cm094'
g(d,'juggled the numbers of the 1982 Hamah bloodshed between 15,000 & 40,000 killed','15,000 & 40,000','killed',15000,40000,mod='hedged',speaker="'experts' (sigh) and 'Human rights activists'",subject='Hama massacre, 1982')
g(d,'brought them down to an all time low (7000 killed)','7000','killed',7000,speaker='David Kenner in Foreign Policy',subject='Hama massacre, 1982 (low estimate)')
g(d,"the reported numbers of 2011-12' Syrian deaths (7000+)",'7000+','killed',7000,None,subject='Syrian deaths in 2011-12',scope='aggregate')
g(d,'The low-end casualty estimates for Hama stand at around 7,000 people','around 7,000 people','killed',7000,vague=True,speaker='David Kenner in Foreign Policy',subject='Hama massacre, 1982 (quoted low estimate)',core=False)
g(d,'a total of 7,054 Syrians have been killed in the past year','7,054','killed',7054,speaker='the VDC',subject='Syrians killed in the past year',scope='aggregate')
g(d,'government sympathizers estimating a mere 3,000','3,000','killed',3000,mod='hedged',speaker='government sympathizers',section='comment',author='parviziyi',subject='Hama massacre, 1982 (Seale, low estimate)')
g(d,'critics as many as 20,000 and more','as many as 20,000 and more','killed',20000,None,mod='hedged',speaker='critics',section='comment',author='parviziyi',subject='Hama massacre, 1982 (Seale, high estimate)')
n(d,'Wednesday, February 1, 2012','February 1, 2012','date')
n(d,'For the last three decades','the last three decades','duration')
n(d,'marks the 30th anniversary','30th anniversary','other')
n(d,'was published in year 1988','1988','date')
n(d,'1 comment:','1 comment','other')
n(d,'many women and children fled the cordon','many women and children','count')
n(d,'Page 334','334','other')
t(d,'killed',15000,40000)
ct(d,'parviziyi','government sympathizers estimating a mere 3,000','killed',3000)
ct(d,'parviziyi','critics as many as 20,000 and more','killed',20000,None)

# cm095 highexistence forum topic on the July 2011 Utøya massacre: the opening post (article, rule 13) and replies
# under "NAME (posts) (@handle) 9 years ago" lines (rule 20: the name above the reply)
d='cm095'
g(d,'85 people killed in Utøya massacre\n\n Michael','85 people','killed',85,subject='Utøya massacre (title)',core=False)
g(d,'Total death toll is at least 85, and police','at least 85','killed',85,None,subject='Utøya massacre and Oslo bombing')
g(d,'death toll up to 92. so terrible.','92','killed',92,section='comment',author='James',subject='Utøya massacre and Oslo bombing (later figure)')
n(d,'-600-700 people were at the island','600-700 people','count')
n(d,'teenagers around 16 years old','16 years old','age')
n(d,'(21 years in prison','21 years','duration')
n(d,'July 23, 2011 at 2:25 pm','July 23, 2011','date')
n(d,'James (18) (@jameslarson13)','18','other')
n(d,'a 1500 page manifesto','1500 page','other')
t(d,'killed',85,None)
ct(d,'James','death toll up to 92. so terrible.','killed',92)

# cm096 redcafe thread, page 8, on the June 2017 Grenfell Tower fire: replies only (the first quotes a news story),
# no author lines: comment throughout, no article toll (rule 31)
d='cm096'
g(d,'dozens of missing residents are feared dead','dozens of missing residents','killed',24,99,vague=True,mod='hedged',section='comment',subject='Grenfell Tower fire (quoted report)')
g(d,'a missing list of \"possibly hundreds\" of residents','possibly hundreds','missing',200,999,vague=True,mod='hedged',speaker='A local community leader',section='comment',subject='Grenfell Tower fire, missing residents')
n(d,'no one on top three floors survived','top three floors','count')
n(d,'anyone past the 21st floor did not make it','21st floor','other')
n(d,'There is a family of three who live','a family of three','count')
n(d,'two little girls aged ten and 11','ten and 11','age')
n(d,'Charity No. 1138111','1138111','other')
ct(d,None,'dozens of missing residents are feared dead','killed',24,99)
ct(d,None,'a missing list of \"possibly hundreds\" of residents','missing',200,999)

# cm097 Blogger post (thepoormouth) on the tenth anniversary of the August 1998 Omagh bombing (rule 19: the event it
# remembers is reported), with the list of the dead and "NAME said..." comments; one commenter counts two more
d='cm097'
g(d,'a car bomb in Omagh which killed 29 and injured','29','killed',29,subject='Omagh bombing, 1998')
g(d,'injured a further 220 others','220','injured',220,subject='Omagh bombing, 1998')
g(d,'I always add two to the number of victims of Omagh','two','killed',2,section='comment',author='Anonymous',subject="Avril Monaghan's unborn twins, counted by the commenter")
n(d,'15 August 2008','15 August 2008','date')
n(d,'Ten years ago today','Ten years ago','duration')
n(d,'One family lost three generations','three generations','other')
n(d,'Olive Hawkes, 60, Omagh','60','age')
n(d,'Avril Monaghan, 30, Aughadarna','30','age')
n(d,'18 months, Aughadarna','18 months','age')
n(d,'Brenda Devine, 20 months','20 months','age')
n(d,'the 7-month old unborn twins','7-month old','age')
t(d,'killed',29)
t(d,'injured',220)
ct(d,'Anonymous','I always add two to the number of victims of Omagh','killed',31,basis='sum')

# cm098 satwcomic comment page: one reader comment (no author line; "@DarkMage7280" is the one answered) on the
# December 2012 Sandy Hook shooting, set beside a school stabbing in China the same day (another event: background)
d='cm098'
g(d,'KILLED 26 people (20 children, 6 adults)','26 people','killed',26,section='comment',subject='Sandy Hook school shooting')
g(d,'(20 children, 6 adults)','20 children','killed',20,section='comment',subject='children among the Sandy Hook dead (subset)',core=False)
g(d,'(20 children, 6 adults)','6 adults','killed',6,section='comment',subject='adults among the Sandy Hook dead (subset)',core=False)
g(d,'INJURING 24 people (23 children, 1 adult)','24 people','injured',24,section='comment',subject='Chenpeng Village Primary School stabbing',scope='background')
g(d,'(23 children, 1 adult)','23 children','injured',23,section='comment',subject='children among the Chenpeng injured (subset)',core=False,scope='background')
g(d,'(23 children, 1 adult)','1 adult','injured',1,section='comment',subject='adult among the Chenpeng injured (subset)',core=False,scope='background')
g(d,'26 people DIED in a shooting spree','26 people','killed',26,section='comment',subject='Sandy Hook school shooting (restated)',core=False)
g(d,'24 people were INJURED in a mass stabbing','24 people','injured',24,section='comment',subject='Chenpeng stabbing (restated)',core=False,scope='background')
n(d,'December 14, 2012, a man','December 14, 2012','date')
ct(d,None,'KILLED 26 people (20 children, 6 adults)','killed',26)

# cm099 Straight Dope thread, page 2, on the July 2013 Lac-Mégantic rail disaster: replies only, no author lines:
# comment throughout, no article toll (rule 31); an imagined reversal and a news adage are hypothetical
d='cm099'
g(d,'Body count now up to 13.','13','killed',13,section='comment',subject='Lac-Mégantic rail disaster')
g(d,'A Canadian crash landing that kills two','two','killed',2,mod='hypothetical',section='comment',subject='an imagined reversal of the two disasters',core=False)
g(d,'an American rail disaster obliterating a town and killing dozens','dozens','killed',24,99,vague=True,mod='hypothetical',section='comment',subject='an imagined reversal of the two disasters',core=False)
g(d,'So the likely death toll will be around 45.','around 45','killed',45,vague=True,mod='hedged',section='comment',subject='Lac-Mégantic rail disaster (replier\'s estimate)')
g(d,'My next door neighbour dies in a car wreck','My next door neighbour','killed',1,mod='hypothetical',section='comment',subject='news adage',core=False,scope='background')
g(d,'10,000 people die in a flood','10,000 people','killed',10000,mod='hypothetical',section='comment',subject='news adage',core=False,scope='background')
n(d,'third after the two air crashes','the two air crashes','count')
n(d,'it was 24 hour coverage','24 hour','duration')
n(d,'many little things, no one fatal','no one fatal','other')
n(d,'an inch of space on p. 20','p. 20','other')
ct(d,None,'Body count now up to 13.','killed',13)
ct(d,None,'So the likely death toll will be around 45.','killed',45)

# cm100 Blackburn Rovers forum topic (brfcs) on the September 2012 Hillsborough report: the opening post (article,
# rule 13) on the 96 dead of the 1989 disaster; a reply recalls the 1971 Ibrox disaster (background)
d='cm100'
g(d,'Today the families of the 96 received','the 96','killed',96,subject='Hillsborough disaster')
g(d,'tomorrow justice for the 96.','the 96','killed',96,subject='Hillsborough disaster (restated)',core=False)
g(d,'when 66 Rangers fans died during an Old Firm game','66 Rangers fans','killed',66,section='comment',subject='2nd Ibrox disaster',scope='background')
n(d,'SINCE 1996','1996','date')
n(d,'Replies 117','117','other')
n(d,'at least one other game','at least one other game','count')
t(d,'killed',96)

# cm101 bhopal.net page: Tim Edwards's letter in reply to the Houston Chronicle on the death toll of the December 1984
# Bhopal gas leak (rule 14: a reader's letter is a comment, its author the signature named above): comment
# throughout, no article toll; the Chronicle's figure he rejects as misleading is quoted back (rule 4, core=false)
d='cm101'
g(d,'to give such a\nprecise figure as 3,849 is extremely misleading','3,849','killed',3849,speaker='the Houston Chronicle',section='comment',author='Tim Edwards',subject='Bhopal gas leak (the paper\'s figure, quoted back)',core=False)
g(d,'Why we say at least 8,000 died in the immediate tragedy','at least 8,000','killed',8000,None,section='comment',author='Tim Edwards',subject='Bhopal gas leak, immediate deaths')
g(d,'The figure of 3,500-7,000 you may have','3,500-7,000','killed',3500,7000,section='comment',author='Tim Edwards',subject='Bhopal gas leak, first night and aftermath (earlier figure)')
g(d,'\"only 1,408\nhad died\"','1,408','killed',1408,mod='hedged',speaker='Carbide',section='comment',author='Tim Edwards',subject='Bhopal gas leak (Carbide\'s figure)')
g(d,'a minimum 8,000 for the immediate\ndeaths','a minimum 8,000','killed',8000,None,section='comment',author='Tim Edwards',subject='Bhopal gas leak, immediate deaths (restated)',core=False)
n(d,'he who in 1999 cycled','1999','date')
n(d,'a distance of 6,000 miles','6,000 miles','distance')
n(d,'some 7,000 shrouds were sold','some 7,000 shrouds','count')
n(d,'in the three days following the gas leak','the three days','duration')
ct(d,'Tim Edwards','Why we say at least 8,000 died in the immediate tragedy','killed',8000,None)

# cm102 MonkeyFilter link post on the February 2011 Christchurch earthquake (the post itself has no figure) and its
# comments without author lines; one comment gives the changing official counts
d='cm102'
g(d,'So far 65 confirmed dead, many more','65','killed',65,section='comment',subject='Christchurch earthquake, February 2011')
g(d,'many more still trapped in collapsed buildings','many more','missing',2,None,vague=True,section='comment',subject='Christchurch earthquake, people trapped')
g(d,'reported 17 confirmed deaths','17 confirmed deaths','killed',17,speaker='the Civil Defense head',section='comment',subject='Christchurch earthquake (earlier count)',core=False)
g(d,'said 65 had been killed','65','killed',65,speaker='the PM',section='comment',subject='Christchurch earthquake (restated)',core=False)
g(d,'the confirmed deaths were 35 identified plus 20 unidentified','35 identified','killed',35,section='comment',subject='Christchurch earthquake, identified dead')
g(d,'the confirmed deaths were 35 identified plus 20 unidentified','20 unidentified','killed',20,section='comment',subject='Christchurch earthquake, unidentified dead')
n(d,'February 22, 2011','February 22, 2011','date')
n(d,'the Sep 2010 one of 7.2','7.2','other')
n(d,'this one was 6.3','6.3','other')
n(d,'As of about two hours ago','about two hours ago','duration')
n(d,'probably a good five kilometres','five kilometres','distance')
ct(d,None,'So far 65 confirmed dead, many more','killed',65)
ct(d,None,'the confirmed deaths were 35 identified plus 20 unidentified','killed',55,basis='sum')

# cm103 military-quotes forum thread on the March 2004 Madrid train bombings: the opening post (article, rule 13) and
# replies without figures
d='cm103'
g(d,'About 200 Killed, and 1500 wounded in Spain.','About 200','killed',200,vague=True,subject='Madrid train bombings (title)',core=False)
g(d,'About 200 Killed, and 1500 wounded in Spain.','1500','injured',1500,vague=True,subject='Madrid train bombings (title)',core=False)
g(d,'Thursday about 200 were killed and 1500 injured','about 200','killed',200,vague=True,subject='Madrid train bombings')
g(d,'Thursday about 200 were killed and 1500 injured','1500','injured',1500,vague=True,subject='Madrid train bombings')
n(d,'About 10 bombs went off','About 10 bombs','count')
n(d,'in four different trains','four different trains','count')
n(d,'at three train stations','three train stations','count')
n(d,'exactly 2 and a half year after','2 and a half year','duration')
n(d,'this is 912 days after','912 days','duration')
n(d,'if we didn\'t have a 29 February','29 February','date')
t(d,'killed',200)
t(d,'injured',1500)


# cm104 informationng story on the October 2012 attacks on three villages of Riyom (Plateau State) and one reader
# comment without a figure: the lead's 14 is the toll, the three villages' figures (4 + 8 + 2) a partition by place
# (core), the police's "only six" a party's claim (core); the Tuesday killings in Barkin Ladi an earlier event
d='cm104'
g(d,'14 People Killed in Early Morning Attack in Jos','14 People','killed',14,subject='Riyom village attacks (headline)',core=False)
g(d,'14 people were brutally murdered by suspected herdsmen','14 people','killed',14,subject='Riyom village attacks')
g(d,'an incident on Tuesday in which three people were killed','three people','killed',3,mod='hedged',speaker='reports',subject='Barkin Ladi killings the day before',scope='background')
g(d,'four members of a family were shot at close range in Dallyam village','four members of a family','killed',4,speaker='Mr Simon Mwadkom',subject='Riyom village attacks, Dallyam')
g(d,'several others were injured','several others','injured',3,9,vague=True,speaker='Mr Simon Mwadkom',subject='Riyom village attacks, Dallyam')
g(d,'killed eight people in Ranghol','eight people','killed',8,subject='Riyom village attacks, Ranghol')
g(d,'another two were murdered in Lotton village','another two','killed',2,subject='Riyom village attacks, Lotton')
g(d,'He however said only six people were killed in the attack.','only six people','killed',6,speaker='DSP Emmanuel Abuh',subject='Riyom village attacks (police figure)')
n(d,'raided three villages in the early hours','three villages','count')
n(d,'in the three affected villages','the three affected villages','count')
t(d,'killed',14)
t(d,'injured',3,9)

# cm105 india-forum post (one post of a long thread, threaded view) on the February 2013 Kirani Road bombing in
# Quetta: a linked Dawn headline and two quoted paragraphs; a reply, no author line: comment throughout, no article
# toll; the headline is its only figure for the event (rule 30), the bombings of the month before are background
d='cm105'
g(d,'Large blast rips through Quetta; 63 killed','63','killed',63,section='comment',subject='Kirani Road bombing, Quetta (linked headline)',core=False)
g(d,'at least 93 people were killed in a series of bombing last month','at least 93 people','killed',93,None,section='comment',subject='the January 2013 Quetta bombings',scope='background')
n(d,'02-17-2013, 01:52 AM','02-17-2013','date')
n(d,'large-blast-hits-quetta-at-least-five-wounded','at-least-five-wounded','other')
n(d,'the Alamdar Road blasts on Jan 10','Jan 10','date')
ct(d,None,'Large blast rips through Quetta; 63 killed','killed',63)

# ---- cm106-cm117: added in session 11 (gold written before claimex was run on them) ----

# cm106 afghancentral blog post on the March 2012 Kandahar massacre, with numbered comments (no author lines): the
# post names the 16 dead ("All dead") and the 6 wounded; the second comment counts children and women
d='cm106'
g(d,'under the age of 12. All dead.','All dead','killed',16,subject='Kandahar massacre, the 16 dead named in the post (list of names)')
g(d,'Nine of them under the age of 12','Nine of them','killed',9,subject='Kandahar massacre, children among the dead (subset)',core=False)
g(d,'Wounded, but alive: Haji Mohamed Naim','Wounded, but alive','injured',6,subject='Kandahar massacre, the 6 wounded named in the post (list of names)')
g(d,'He murdered 9 children and 3 women','9 children','killed',9,section='comment',subject='Kandahar massacre, children (commenter)')
g(d,'He murdered 9 children and 3 women','3 women','killed',3,section='comment',subject='Kandahar massacre, women (commenter)')
n(d,'Friday, 23 March 2012','Friday, 23 March 2012','date')
n(d,'under the age of 12','the age of 12','age')
n(d,'He will be let out in 5 years or less','5 years','duration')
t(d,'killed',16,basis='enumerated')
t(d,'injured',6,basis='enumerated')

# cm107 vingle post on the November 2013 Tripoli protest shooting, with three short replies (no figures)
d='cm107'
g(d,'Dozens of people were killed in the Libyan capital','Dozens of people','killed',24,99,vague=True,subject='Tripoli, militiamen fire on protesters')
n(d,'4 years ago1,000+ Views','1,000+ Views','other')
n(d,'made up of thousands of men who fought','thousands of men','count')
n(d,'almost three years ago','three years','duration')
t(d,'killed',24,99)

# cm108 sikhphilosophy forum thread: the opening post reposts a Tribune story on the seventh anniversary of the March
# 2000 Chittisinghpura massacre (article, rule 13; anniversary page, rule 19); the excerpt ends before any reply
d='cm108'
g(d,'the massacre of 35 Sikhs by unidentified terrorists','35 Sikhs','killed',35,subject='Chittisinghpura massacre, March 2000')
g(d,'his 16-year-old son Gurmeet Singh','son Gurmeet Singh','killed',1,subject='Chittisinghpura massacre, the survivor\'s son (named)',core=False)
g(d,'brother Darbari Singh (30)','brother Darbari Singh','killed',1,subject='Chittisinghpura massacre, the survivor\'s brother (named)',core=False)
g(d,'and three first cousins lay dead','three first cousins','killed',3,subject='Chittisinghpura massacre, the survivor\'s cousins',core=False)
g(d,'Nanak Singh himself lay unconscious','Nanak Singh himself','injured',1,subject='Chittisinghpura massacre, the lone survivor shot in the pelvis')
g(d,'the killing of five persons belonging to the','five persons','killed',5,subject='Pathribal killings by army and police (another event)',scope='background')
n(d,'his 16-year-old son','16-year-old','age')
n(d,'Darbari Singh (30)','(30)','age')
n(d,'the 12 terrorists were laughing','the 12 terrorists','count')
n(d,'Seven years have passed since','Seven years','duration')
n(d,'Sep 16, 2004','Sep 16, 2004','date')
n(d,'Jammu, March 17','March 17','date')
n(d,'it was about 7.45 p.m.','7.45 p.m.','time')
n(d,'two groups of gunmen','two groups','count')
t(d,'killed',35)
t(d,'injured',1,basis='enumerated')

# cm109 wehuntedthemammoth open thread on the June 2015 Charleston church shooting: the post (article) and wpDiscuz
# comments without figures; the Asbury Park killing the post also mentions is another event
d='cm109'
g(d,'9 people have been shot and killed','9 people','killed',9,subject='Charleston church shooting')
g(d,'including state senator Clementa Pinckney','state senator Clementa Pinckney','killed',1,subject='Charleston church shooting, the pastor (subset)',core=False)
g(d,'shot and killed his former wife','his former wife','killed',1,speaker='authorities',subject='Asbury Park killing by a police officer (another event)',scope='background')
n(d,'about 21-years-old','21-years-old','age')
n(d,'\n7 years ago\n','7 years ago','duration')
t(d,'killed',9)

# cm110 digestiblepolitics post on the August 2014 strike on the UNRWA school in Rafah, with two numbered comments
# (no figures); the day's and the war's Gaza totals are aggregate
d='cm110'
g(d,'10 Die as UN school in Gaza is Hit\n\nAt least','10','killed',10,subject='Rafah UN school strike (title)',core=False)
g(d,'comments on “10 Die as UN school','10','killed',10,subject='Rafah UN school strike (title repeated over the comments)',core=False)
g(d,'At least 10 people are reported to have been killed','At least 10 people','killed',10,None,mod='hedged',subject='Rafah UN school strike')
g(d,'30 people have died today so far','30 people','killed',30,speaker='Gaza health officials',subject='killed in Gaza that day',scope='aggregate')
g(d,'A total of 66 Israelis','66 Israelis','killed',66,subject='Israelis killed since July 8 (war total)',scope='aggregate')
g(d,'including two civilians','two civilians','killed',2,subject='Israeli civilians killed since July 8 (subset)',core=False,scope='aggregate')
g(d,'more than 1,650 Palestinians','more than 1,650 Palestinians','killed',1651,None,subject='Palestinians killed since July 8 (war total)',scope='aggregate')
n(d,'since the offensive began on July 8','July 8','date')
t(d,'killed',10,None)

# cm111 blazingcatfur post on the December 2014 Gumskiri raid (Borno) with Disqus-style comments (names above,
# no figures); the Chibok abduction of April 2014 is an earlier event
d='cm111'
g(d,'Boko Haram Slaughter 30, kidnap','30','killed',30,subject='Gumskiri raid (title)',core=False)
g(d,'kidnap over 100 women, children in Nigeria','over 100 women, children','captured',101,None,subject='Gumskiri raid, abducted (title)',core=False)
g(d,'shot dead over 30 people','over 30 people','killed',31,None,speaker='Maina Chibok',subject='Gumskiri raid')
g(d,'took away more than 100 women and children','more than 100 women and children','captured',101,None,speaker='Maina Chibok',subject='Gumskiri raid, abducted women and children')
g(d,'abducted more than 200 women in April','more than 200 women','captured',201,None,subject='Chibok school abduction, April 2014',scope='background')
n(d,'in two open-top trucks','two open-top trucks','count')
t(d,'killed',31,None)
t(d,'captured',101,None)

# cm112 rantburg e-mail page of the October 2016 Goptari raid near Chibok: the AFP story (article) with the editor's
# interjections (comments, no figures); the Chibok abduction and the killings of the months before are earlier events
d='cm112'
g(d,'the group kidnapped over 200 schoolgirls two years ago','over 200 schoolgirls','captured',201,None,speaker='local residents',subject='Chibok school abduction, 2014',scope='background')
g(d,'said a soldier was maimed during the shootout','a soldier','injured',1,speaker='Witnesses',subject='Goptari raid, soldier maimed in the shootout')
g(d,'Last month eight people were killed outside a church','eight people','killed',8,subject='killings outside a church east of Chibok, the month before',scope='background')
g(d,'In August, 10 people were killed','10 people','killed',10,subject='Kubrivu village attack, August',scope='background')
n(d,'Goptari, 10 kilometers from Chibok','10 kilometers','distance')
n(d,'in a village 30 kilometers east of Chibok','30 kilometers','distance')
n(d,'around 8:00 pm (1900GMT)','8:00 pm','time')
n(d,'trailing wife 2016-10-20','2016-10-20','date')
n(d,'Wednesday.\n\nA group of Boko Haram','A group','other')
t(d,'injured',1,basis='enumerated')

# cm113 subrosa blog post of 1 January 2010 on a British soldier killed near Sangin, with Blogger comments (no figures);
# the UK war totals are aggregate
d='cm113'
g(d,'A British soldier, from 33 Engineer Regiment','A British soldier','killed',1,subject='British bomb disposal soldier killed near Sangin')
g(d,'The bomb disposal expert, who was part of','The bomb disposal expert','killed',1,subject='British bomb disposal soldier killed near Sangin (restated)',core=False)
g(d,'since 2001 is now 245','245','killed',245,subject='UK death toll in Afghanistan since 2001',scope='aggregate')
g(d,'with 108 killed in 2009 alone','108','killed',108,subject='UK deaths in Afghanistan in 2009',scope='aggregate')
n(d,'Friday, 1 January 2010','Friday, 1 January 2010','date')
n(d,'from 33 Engineer Regiment','33 Engineer Regiment','other')
t(d,'killed',1,basis='enumerated')

# cm114 defencetalk forum, page 120 of the Russian-Ukrainian war thread: one post by Capt. Ironpants on the Bucha
# bodies (comment throughout, no article toll; rule 31), quoting a CNN link preview
d='cm114'
g(d,'where apparently a dozen bodies were berried','a dozen bodies','killed',12,mod='hedged',speaker='the CNN reporter',section='comment',author='Capt. Ironpants',subject='Bucha, bodies in the mass grave behind the church')
g(d,'The lifeless bodies of at least 20 civilian men','at least 20 civilian men','killed',20,None,section='comment',author='Capt. Ironpants',subject='Bucha, bodies in one street (quoted CNN preview)')
n(d,'said on March 31 that','March 31','date')
n(d,'withdrew from Bucha on March 30','March 30','date')
n(d,'in over 2 minutes of him telling','2 minutes','duration')
n(d,'from 3 minute mark','3 minute','duration')
n(d,'only three days later','three days later','duration')
n(d,'Or four days later','four days later','duration')
n(d,'https://tass.com/defense/1431767','1431767','other')
ct(d,'Capt. Ironpants','The lifeless bodies of at least 20 civilian men','killed',20,None)

# cm115 military-quotes forum thread on the first Norwegian soldier killed in Afghanistan (2004): the opening post
# (article, rule 13) up to the vehicle description, then replies without author lines (comments)
d='cm115'
g(d,'One Norwegian ISAF soldier was killed','One Norwegian ISAF soldier','killed',1,subject='Norwegian ISAF vehicle hit by rockets near the camp')
g(d,'was killed and another one injured','another one','injured',1,subject='Norwegian ISAF vehicle hit by rockets near the camp')
g(d,'Two others in the vehicle was not physically harmed','Two others','injured',2,mod='negated',subject='Norwegian ISAF vehicle, unharmed occupants',core=False)
g(d,'This is the first Norwegian soldier killed in the war','the first Norwegian soldier','killed',1,subject='the Norwegian soldier killed (restated)',core=False)
g(d,'One soldier killed may not sound like much','One soldier','killed',1,section='comment',subject='the Norwegian soldier killed (restated in a reply)',core=False)
g(d,'This is also the first Norwegian soldier killed in action','the first Norwegian soldier','killed',1,section='comment',subject='the Norwegian soldier killed (restated in a reply)',core=False)
g(d,'the name of the killed soldier yet','the killed soldier','killed',1,section='comment',subject='the Norwegian soldier killed (restated in a reply)',core=False)
n(d,'attacked by (3) AT rockets','(3) AT rockets','equipment')
n(d,'with a 12,7mm on the roof','12,7mm','other')
n(d,'versions with 7,62mm MGs','7,62mm','other')
t(d,'killed',1)
t(d,'injured',1)

# cm116 military-quotes forum thread on the May 2007 Meymaneh bomb: the opening post reposts Aftenposten (article),
# two replies without author lines (comments); the second corrects the Norwegian injured to 3
d='cm116'
g(d,'One person was reported killed','One person','killed',1,mod='hedged',subject='Meymaneh bomb near the ISAF base')
g(d,'several ISAF (International Security Assistance Force) soldiers were wounded','several ISAF','injured',3,9,vague=True,subject='Meymaneh bomb, ISAF soldiers wounded')
g(d,'"A Finnish soldier has been killed.','A Finnish soldier','killed',1,speaker='Kjetil Eide',subject='Meymaneh bomb, the Finnish soldier killed (restated)',core=False)
g(d,'Two Norwegian officers were injured in the attack','Two Norwegian officers','injured',2,speaker='Kjetil Eide',subject='Meymaneh bomb, Norwegian officers (first report)',core=False)
g(d,'The two Norwegian soldiers did not receive life threatening injuries','The two Norwegian soldiers','injured',2,speaker='Eide',subject='Meymaneh bomb, Norwegian officers (restated)',core=False)
g(d,'There were a total of four Norwegian soldiers','four Norwegian soldiers','injured',4,subject='Meymaneh bomb, Norwegian soldiers injured (total)')
g(d,'two of them officers, injured in the blast','two of them','injured',2,subject='Meymaneh bomb, Norwegian officers among the injured (subset)',core=False)
g(d,'Two suffered minor fragment wounds','Two','injured',2,subject='Meymaneh bomb, Norwegians with fragment wounds (part)',core=False)
g(d,'the two others received superficial injuries','the two others','injured',2,subject='Meymaneh bomb, Norwegians with superficial injuries (part)',core=False)
g(d,'there was "only" 3 injured Norwegian officers','3 injured Norwegian officers','injured',3,section='comment',subject='Meymaneh bomb, Norwegian officers injured (reply corrects the report)')
n(d,'May 23rd, 2007','May 23rd, 2007','date')
n(d,'about 100 meters from the ISAF base','100 meters','distance')
n(d,'100 meters from the base!?','100 meters','distance')
n(d,'issued a comment at 10 a.m.','10 a.m.','time')
n(d,'just a few days ago','a few days ago','duration')
t(d,'killed',1)
t(d,'injured',3,9)
ct(d,None,'there was "only" 3 injured Norwegian officers','injured',3)

# cm117 news24 story of 18 August 2012 on the inquiry into the Marikana shooting, with its reader comments (name and
# time above each; no figures of people harmed)
d='cm117'
g(d,'which left 34 people dead','34 people','killed',34,speaker='Mac Maharaj',subject='Marikana shooting by police')
g(d,'said 78 others were injured and 259 arrested','78 others','injured',78,speaker='The police ministry',subject='Marikana shooting, injured')
g(d,'said 78 others were injured and 259 arrested','259','captured',259,speaker='The police ministry',subject='Marikana, strikers arrested')
n(d,'2012-08-18 22:31','2012-08-18 22:31','date')
n(d,'777productions - 2012-08-18 22:37','2012-08-18 22:37','date')
n(d,'claudia.meads - 2012-08-18 23:21','2012-08-18 23:21','date')
n(d,'a mob (of about 50)','about 50','count')
n(d,'after a week of violent protests','a week','duration')
t(d,'killed',34)
t(d,'injured',78)
t(d,'captured',259)


# ---- cm118-cm129: added in session 12 (gold written before claimex was run on them; chosen for figures in comments) ----

# cm118 Blogger post quoting the NY Times on the October 2006 Lancet estimate of Iraqi deaths, two "NAME said..." comments
d='cm118'
g(d,'600,000 civilians have died in violence across Iraq','600,000','killed',600000,mod='hedged',speaker='A team of American and Iraqi public health researchers',subject='Iraqi civilians dead since the 2003 invasion (survey estimate)',scope='aggregate')
n(d,'Oct 13, 2006','Oct 13, 2006','date')
n(d,'BAGHDAD, Oct. 10','Oct. 10','date')
n(d,'since the 2003 American invasion','2003','date')
n(d,'for 9-11, 200 times over','200 times over','rate')
n(d,'to do with 9/11.','9/11','date')

# cm119 Drudge Retort story on the British cable's Tiananmen toll (article), numbered "#N | Posted by NAME" comments
# (the author line is above each comment); the Iraq war toll in comment #4 is another war's total
d='cm119'
g(d,'10,000 Were Killed in Tiananmen Democracy Crackdown','10,000','killed',10000,subject='Tiananmen crackdown, June 1989 (title)',core=False)
g(d,'At least 10,000 people were killed','At least 10,000','killed',10000,None,speaker='a newly released British diplomatic cable',subject='Tiananmen crackdown, June 1989')
g(d,'"Minimum estimate of civilian dead 10,000,"','10,000','killed',10000,None,mod='hedged',speaker='Alan Donald',subject='Tiananmen crackdown, civilian dead (the cable, quoted)',core=False)
g(d,'several hundred to more than a thousand dead','several hundred to more than a thousand','killed',300,None,vague=True,subject='Tiananmen crackdown, the figure accepted at the time')
g(d,'Death toll in Iraq, at least 100,000','at least 100,000','killed',100000,None,section='comment',author='redlightrobot',subject='Iraq war dead (commenter)',scope='aggregate')
g(d,'but far more likely 1 million','1 million','killed',1000000,mod='hedged',section='comment',author='redlightrobot',subject='Iraq war dead (commenter, higher figure)',scope='aggregate')
n(d,'Sunday, December 24, 2017','Sunday, December 24, 2017','date')
n(d,'Square in June 1989,','June 1989','date')
n(d,'given on June 5, 1989','June 5, 1989','date')
n(d,'almost 10 times higher','10 times','rate')
n(d,'Posted by Corky at 2017-12-24 12:41 PM','2017-12-24 12:41 PM','date')
n(d,'Posted by redlightrobot at 2017-12-25 01:02 PM','2017-12-25 01:02 PM','date')
t(d,'killed',10000,None)

# cm120 lemmy (krabb.org) comment page: a reader's comment quoting an AP story on the war's losses, then two replies
# (handles above them); comment throughout, no article toll; both figures are the war's totals
d='cm120'
g(d,'31,000 Ukrainian soldiers have been killed in action','31,000','killed',31000,speaker='Ukrainian President Volodymyr Zelenskyy',section='comment',subject='Ukrainian soldiers killed in two years of war (comment quotes the news)',scope='aggregate')
g(d,'315,000 Russian troops had been killed or wounded','315,000','killed_or_injured',315000,mod='hedged',speaker='A U.S. intelligence report',section='comment',subject='Russian troops killed or wounded (comment quotes the news)',scope='aggregate')
n(d,'represent 87% of the roughly','87%','percent')
n(d,'the roughly 360,000 troops Russia had','360,000','count')
n(d,'declassified in mid-December 2023','mid-December 2023','date')
n(d,'in the two years since Russia','the two years','duration')

# cm121 drippingquills forum thread: the opening post (article, rule 13) on a Tigray massacre, replies without author lines
d='cm121'
g(d,'at least 600 civilians are killed in Tigray','at least 600','killed',600,None,subject='Tigray massacre, civilians')
g(d,'Four workers are killed two days ago','Four workers','killed',4,section='comment',subject='workers killed in Tigray two days before (new event in a reply)')
n(d,'are killed two days ago','two days ago','duration')
t(d,'killed',600,None)

# cm122 lemmy post (article: an AP excerpt on the strike on a Gaza City school and strikes in Shijaiyah the same day),
# one reply (handle above) quoting another outlet's lede, the day's total across Gaza
d='cm122'
g(d,'The bodies of 14 children and five women were recovered','14 children','killed',14,speaker='Health Ministry spokesman Zaher al-Wahidi',subject='strike on the Tuffah school, children')
g(d,'The bodies of 14 children and five women were recovered','five women','killed',5,speaker='Health Ministry spokesman Zaher al-Wahidi',subject='strike on the Tuffah school, women')
g(d,'some of the 70 wounded had critical injuries','70','injured',70,speaker='Health Ministry spokesman Zaher al-Wahidi',subject='strike on the Tuffah school, wounded')
g(d,'More than 30 other Gaza residents were killed','More than 30','killed',31,None,speaker='Health Ministry spokesman Zaher al-Wahidi',subject='strikes on homes in Shijaiyah the same day')
g(d,'killing at least 17 people','at least 17','killed',17,None,subject='strike on a UN building used as a shelter, a day earlier',scope='background')
g(d,'killed at least 100 Palestinians across the Gaza Strip','at least 100','killed',100,None,section='comment',author='KoboldCoterie@pawb.social',subject="Gaza, the day's total across the Strip (another outlet's lede, quoted)",scope='aggregate')
n(d,'arrow-up\n      1\n      arrow-down','1','count')
n(d,'1 day ago','1 day ago','duration')
t(d,'killed',50,None,basis='sum')
t(d,'injured',70)

# cm123 redlib reddit thread on the July 2024 Russian strikes (Okhmatdyt hospital): the post title (article), the top
# comment quoting the BBC story (comment, u/NAME above), replies without figures
d='cm123'
g(d,"Children's hospital hit as Russian strikes kill 24 in Ukraine",'24','killed',24,subject='Russian strikes across Ukraine (post title)',core=False)
g(d,'as 24 people were killed across the country','24 people','killed',24,section='comment',author='VagrantShadow',subject='Russian strikes across Ukraine (comment quotes the story)')
g(d,'At least 10 people were killed in Kyiv','At least 10','killed',10,None,section='comment',author='VagrantShadow',subject='Russian strikes, Kyiv')
g(d,'including two who died at the Okhmatdyt','two','killed',2,section='comment',author='VagrantShadow',subject='Okhmatdyt hospital (part of Kyiv)',core=False)
g(d,'at least 10 people had been killed there','at least 10','killed',10,None,speaker='The head of the military administration in the central Ukrainian city of Kryvyi Rih',section='comment',author='VagrantShadow',subject='Russian strikes, Kryvyi Rih')
g(d,'with three more killed in the eastern town of Pokrovsk','three more','killed',3,speaker='The head of the military administration in the central Ukrainian city of Kryvyi Rih',section='comment',author='VagrantShadow',subject='Russian strikes, Pokrovsk')
g(d,'and one in Dnipro','one','killed',1,speaker='The head of the military administration in the central Ukrainian city of Kryvyi Rih',section='comment',author='VagrantShadow',subject='Russian strikes, Dnipro')
n(d,'908 comments sorted by','908','count')
n(d,'More replies (35)','35','count')
n(d,'I only had two examples to cite','two examples','count')
t(d,'killed',24)

# cm124 blackwomenconnect blog post quoting AP on the April 2011 tornado outbreak (article), a reader's reply quoting a
# later AP story (comment, no author line; "Brother Clark" is the addressee)
d='cm124'
g(d,'At least 297 have been killed across six states','At least 297','killed',297,None,speaker='AP',subject='tornado outbreak, dead in six states')
g(d,'At least 210 died in Alabama alone','At least 210','killed',210,None,speaker='AP',subject='tornado outbreak, Alabama (part)',core=False)
g(d,'Tornado toll reaches 339','339','killed',339,speaker='AP',section='comment',subject='tornado outbreak, later toll (reply quotes AP)')
g(d,'747 people were killed in storms','747 people','killed',747,speaker='AP',section='comment',subject='storms of March 18, 1925',scope='background')
n(d,'IN 37 YEARS -- (921 hits)','(921 hits)','count')
n(d,'ASSAULT IN 37 YEARS','37 YEARS','duration')
n(d,'highest for U.S. in 86 years','86 years','duration')
n(d,'since March 18, 1925,','March 18, 1925','date')
t(d,'killed',297,None)
ct(d,None,'Tornado toll reaches 339','killed',339)

# cm125 blog post on the November 2004 battle of Fallujah citing Reuters, four "NAME said on DATE:" comments (no figures
# of people harmed in them)
d='cm125'
g(d,'38 US soldiers and 1000 insurgents have been killed in Fallujah','38 US soldiers','killed',38,speaker='Reuters',subject='battle of Fallujah, US soldiers')
g(d,'38 US soldiers and 1000 insurgents have been killed in Fallujah','1000 insurgents','killed',1000,speaker='Reuters',subject='battle of Fallujah, insurgents')
n(d,'November 16, 2004','November 16, 2004','date')
n(d,'the war over on May 1st, 2003','May 1st, 2003','date')
n(d,'vasili said on November 17, 2004 09:41 AM','November 17, 2004 09:41 AM','date')
n(d,'at least fifty percent of the Americans','at least fifty percent','percent')
n(d,'a couple of weekends of general training','a couple of weekends','duration')
t(d,'killed',1038,basis='sum')

# cm126 WordPress post on the July 2006 Qana strike (no figure), "24 responses" (names above or below, unclear: author
# null); a reply gives the only figure, the page's comment toll
d='cm126'
g(d,'massacring 40 children who are asleep','40 children','killed',40,section='comment',subject='Qana strike, children killed (commenter)')
n(d,'24 responses to','24 responses','count')
n(d,'hiding behind F-16s','F-16s','equipment')
ct(d,None,'massacring 40 children who are asleep','killed',40)

# cm127 theblackparade forum thread on the June 2010 Cumbria shootings: the opening post (article), replies without
# author lines; a reply's "now 12 confirmed dead" is a later figure (comment toll)
d='cm127'
g(d,'At least five people have been killed in Cumbria','At least five','killed',5,None,subject='Cumbria shootings, dead')
g(d,'possibly 25 injured','25','injured',25,mod='hedged',subject='Cumbria shootings, injured')
g(d,'there are now 12 confirmed dead','12','killed',12,section='comment',subject='Cumbria shootings, later toll (reply)')
g(d,'since so many were injured','so many','injured',2,None,vague=True,section='comment',subject='Cumbria shootings, injured (reply restates)',core=False)
t(d,'killed',5,None)
t(d,'injured',25)
ct(d,None,'there are now 12 confirmed dead','killed',12)

# cm128 dreamwidth post on the July 2012 Aurora cinema shooting (article) and its comments (no author lines)
d='cm128'
g(d,'At least 10 people were shot dead','At least 10','killed',10,None,subject='Aurora cinema shooting, dead')
g(d,'One of the injured was a three month old baby','a three month old baby','injured',1,section='comment',subject='Aurora cinema shooting, an injured baby (commenter)')
n(d,'only twenty miles away from Columbine','twenty miles','distance')
n(d,'a couple of weeks after I visited','a couple of weeks','duration')
t(d,'killed',10,None)

# cm129 Blogger post on an Iraqi helicopter strike (a daughter in hospital, a son killed, put as "what would you do if"),
# "Anonymous said..." and the blogger's own "Dr. C said..." reply on deaths under the 1990s sanctions (background)
d='cm129'
g(d,'put your daughter in the hospital','your daughter','injured',1,mod='hypothetical',subject='helicopter strike, a daughter hospitalised (put to the reader)',core=False)
g(d,'Or, worse yet, killed your son','your son','killed',1,mod='hypothetical',subject='helicopter strike, a son killed (put to the reader)',core=False)
g(d,'over a million Iraqis, disproportionately children, died','over a million','killed',1000001,None,speaker='Some researchers',section='comment',author='Dr. C',subject='Iraqis dead under the sanctions of the 1990s',scope='background')
g(d,'over a million children haved died','over a million','killed',1000001,None,mod='hedged',section='comment',author='Dr. C',subject='children dead under US influence since the Gulf War (commenter)',scope='background')
n(d,'Sunday, April 06, 2008','Sunday, April 06, 2008','date')
n(d,"casualties in the 90's","the 90's",'date')


# ---- cm130-cm142: added in session 13 (gold written before claimex was run on them; chosen for figures in comments) ----

# cm130 dailypaul community post quoting AP on the November 2008 Baghdad school-bus bombing (article), one comment
# whose first line ("I think the US") is its subject line, not an author
d='cm130'
g(d,'Iraqi officials said 31 people died','31 people','killed',31,speaker='Iraqi officials',subject='double bombing of a Baghdad school bus')
g(d,'the U.S. military put the death toll at five','five','killed',5,speaker='the U.S. military',subject="double bombing of a Baghdad school bus (the US military's figure)")
g(d,'There is NO WAY we lost only 4,000 soldiers in that war','4,000 soldiers','killed',4000,mod='negated',section='comment',subject='US soldiers killed in the Iraq war (commenter rejects the official total)',core=False,scope='aggregate')
n(d,'0 votes','0','count')
n(d,'ap/20081114/ap_on_re','20081114','date')
t(d,'killed',31)

# cm131 pkpolitics forum topic on the September 2010 Quetta Al-Quds rally bombing: the topic title (article, the page's
# only article figure) and replies without author lines (comments); one reply quotes an AP story signed "—AP"
d='cm131'
g(d,'Suicide bomber struck rally 73 dead','73','killed',73,subject='Quetta rally suicide bombing (topic title)',core=False)
g(d,'over 160 injured... Oh GOD','over 160','injured',161,None,subject='Quetta rally suicide bombing (topic title)',core=False)
g(d,'But fortunately only suicide bomber was killed','suicide bomber','killed',1,section='comment',subject='Mardan attack the same day, the bomber himself',core=False,scope='background')
g(d,'on Police claimed many lives','many lives','killed',2,None,vague=True,section='comment',subject='attack on police in Peshawar the same day',scope='background')
g(d,'you heard 73 people died in ME?','73 people','killed',73,mod='hypothetical',section='comment',subject='a rhetorical comparison with the Middle East',core=False)
g(d,'In Pakistan we just lost 73 people','73 people','killed',73,section='comment',subject='Quetta rally suicide bombing (commenter)')
g(d,'a suicide bombing that killed at least 50 Shia Muslims in Quetta','at least 50','killed',50,None,speaker='AP',section='comment',subject='Quetta rally suicide bombing (reply quotes AP)')
n(d,'There were also two other attacks today.','two other attacks','count')
t(d,'killed',73)
t(d,'injured',161,None)
ct(d,None,'a suicide bombing that killed at least 50 Shia Muslims in Quetta','killed',50,None)

# cm132 pekingduck post on four US Marines killed in Iraq, August 2004 (the title is its only figure) and five comments
# without author lines (dates below each)
d='cm132'
g(d,'Four US Marines killed today in Iraq','Four US Marines','killed',4,subject='US Marines killed in Iraq (title)',core=False)
g(d,'whether the 1000th US casualty will be shipped home','the 1000th US casualty','killed_or_injured',1000,mod='hypothetical',section='comment',subject='the war\'s 1000th US casualty (a bet on a milestone)',core=False,scope='aggregate')
g(d,'8 more marines were killed just today','8 more marines','killed',8,section='comment',subject='marines killed west of Baghdad, October 30 2004 (new event in a comment)')
n(d,'My husband and father of two','two','count')
n(d,'in over\ntwo weeks','two weeks','duration')
n(d,'August 22, 2004 @ 7:40 pm','August 22, 2004 @ 7:40 pm','date')
n(d,'September 7, 2004 @ 4:55 pm','September 7, 2004 @ 4:55 pm','date')
n(d,'October 30, 2004 @ 9:52 am','October 30, 2004 @ 9:52 am','date')
n(d,'October 30, 2004 @ 10:29 am','October 30, 2004 @ 10:29 am','date')
n(d,'August 3, 2005 @ 10:44 pm','August 3, 2005 @ 10:44 pm','date')
n(d,'The Discussion: 5 Comments','5 Comments','count')
t(d,'killed',4)

# cm133 wizbang post on the 7 July 2005 London bombings ("Early reports say"), "Comments (13)" without author lines above
# the first; a commenter's own estimate (hedged) and his part for one bus
d='cm133'
g(d,'Early reports say at least two killed','at least two','killed',2,None,mod='hedged',speaker='Early reports',subject='London transport bombings, dead')
g(d,'almost one hundred injured','almost one hundred','injured',100,vague=True,mod='hedged',speaker='Early reports',subject='London transport bombings, injured')
g(d,'you can bet on four or five hundred injured','four or five hundred','injured',400,500,mod='hedged',section='comment',subject='London transport bombings, injured (commenter\'s estimate)')
g(d,'20 to 50 dead, with a top number','20 to 50','killed',20,50,mod='hedged',section='comment',subject='London transport bombings, dead (commenter\'s estimate)')
g(d,'a top number of a thousand injured','a thousand','injured',1000,vague=True,mod='hedged',section='comment',subject='London transport bombings, injured (commenter\'s ceiling)',core=False)
g(d,'and a hundred dead.','a hundred','killed',100,vague=True,mod='hedged',section='comment',subject='London transport bombings, dead (commenter\'s ceiling)',core=False)
g(d,'There were probably a dozen killed on that one double-decker bus','a dozen','killed',12,mod='hedged',section='comment',subject='London bombings, the double-decker bus (commenter\'s part)')
n(d,'at least six four* bombs','six four*','count')
n(d,'British Officials now confirm 4.','4','count')
n(d,'Comments (13)','13','count')
n(d,'since about 5:00 this morning','5:00','time')
n(d,'got to work @ 5','@ 5','time')
t(d,'killed',2,None)
t(d,'injured',100)
ct(d,None,'20 to 50 dead, with a top number','killed',20,50)
ct(d,None,'you can bet on four or five hundred injured','injured',400,500)

# cm134 Washington Redskins fan forum (es.redskins.com) thread on the February 2009 Victoria bushfires (arson suspected):
# the opening post (article, rule 13) with its link titles, replies without author lines giving later figures
d='cm134'
g(d,'Currently, the death toll stands at 131','131','killed',131,subject='Victoria bushfires, dead')
g(d,'an estimated 5000 people homeless','an estimated 5000','displaced',5000,vague=True,subject='Victoria bushfires, left homeless')
g(d,'131 dead in worst bushfire disaster','131','killed',131,subject='Victoria bushfires (linked headline)',core=False)
g(d,'Arson hunt: 200 dead fear','200','killed',200,mod='hedged',subject='Victoria bushfires (linked headline)',core=False)
g(d,'The death toll is expected to reach 200+','200+','killed',200,None,mod='hedged',section='comment',subject='Victoria bushfires, expected dead (reply)')
g(d,'fires in 1993 which claimed 70+ lives','70+','killed',70,None,section='comment',subject='earlier serious fires (reply)',scope='background')
g(d,'The death toll has now reached 173','173','killed',173,section='comment',subject='Victoria bushfires, later toll (reply)')
g(d,'fears that it may go beyond 300','beyond 300','killed',301,None,mod='hedged',section='comment',subject='Victoria bushfires, feared dead (reply)',core=False)
n(d,'47.9 degrees Celsuis (118 F)','47.9 degrees','other')
n(d,'The 47.9 was the hottest','47.9','other')
n(d,'got to 46, which','46','other')
n(d,'have 30 seconds each','30 seconds','duration')
n(d,'checked the first three pages','three pages','count')
t(d,'killed',131)
t(d,'displaced',5000)
ct(d,None,'The death toll has now reached 173','killed',173)
ct(d,None,'The death toll is expected to reach 200+','killed',200,None)

# cm135 hitmanforum "General News Thread 2.0": the opening post has no figure; a reply quotes a story on the March 2017
# Grasse school shooting (new event in a comment; no author lines)
d='cm135'
g(d,'At least two people are believed to have been hurt','At least two','injured',2,None,mod='hedged',section='comment',subject='Grasse high school shooting (reply quotes the news)')
g(d,'one of those injured is reportedly the headmaster','the headmaster','injured',1,mod='hedged',section='comment',subject='Grasse high school shooting, the headmaster (part)',core=False)
n(d,'a 17-year-old student','17-year-old','age')
n(d,'a rifle, two handguns and two grenades','two handguns','equipment')
n(d,'three schoolgirls had taken refuge','three schoolgirls','count')
n(d,'82% voter turnout','82%','percent')
n(d,'I am also happy for the 82%','82%','percent')
n(d,'over the past two years','two years','duration')
ct(d,None,'At least two people are believed to have been hurt','injured',2,None)

# cm136 The Economist comment page on the August 2008 war in South Ossetia (comment only; name lines fused to the text,
# author null as on the other Economist pages); a commenter's figure for Beslan (another event)
d='cm136'
g(d,'where 500 shildren were killed','500 shildren','killed',500,section='comment',subject='Beslan school siege, 2004 (commenter)',scope='background')
n(d,'since at least late 17th century','17th century','date')
n(d,'learn anything from 20th century','20th century','date')

# cm137 scholarsandrogues post quoting the NYT on the November 2008 air strike on a wedding party in Kandahar province,
# three numbered comments (an adage as a ratio)
d='cm137'
g(d,'killed 40 civilians and wounded 28 others','40 civilians','killed',40,speaker='Afghan officials',subject='air strike on a wedding party, Shah Wali Kot')
g(d,'killed 40 civilians and wounded 28 others','28 others','injured',28,speaker='Afghan officials',subject='air strike on a wedding party, Shah Wali Kot')
n(d,'kill one innocent man for every','one innocent man','rate')
n(d,'for every hundred guilty ones','every hundred','rate')
t(d,'killed',40)
t(d,'injured',28)

# cm138 joannejacobs post quoting the Guardian on the April 2004 Basra bombings (a school minibus), four numbered comments
# (a commenter's numbered "three step plan")
d='cm138'
g(d,'‘All my friends have been killed’','All my friends','killed',2,None,vague=True,subject='Basra bombing, the schoolgirls (title)',core=False)
g(d,'Fifteen of the 18 passengers were killed','Fifteen','killed',15,speaker='Amin Dinar',subject='Basra bombing, minibus passengers')
g(d,'and three badly wounded','three','injured',3,speaker='Amin Dinar',subject='Basra bombing, minibus passengers')
g(d,'I looked around and saw my leg bleeding','my leg bleeding','injured',1,speaker='Amin Dinar',subject='Basra bombing, the witness himself',core=False)
g(d,'my neighbour lying dead on the floor','my neighbour','killed',1,speaker='Amin Dinar',subject='Basra bombing, a neighbour')
g(d,'I can’t believe all my friends have been killed','all my friends','killed',2,None,vague=True,speaker='Ala’ Muhamad',subject='Basra bombing, the schoolgirls (a survivor)',core=False)
n(d,'aged 14 and 15','14 and 15','age')
n(d,'At 7.13 am','7.13 am','time')
n(d,'Fifteen of the 18 passengers','the 18 passengers','count')
n(d,'Only one girl, Ala’ Muhamad, 15,','15,','age')
n(d,'3. Kill them.','3.','other')
n(d,'My three step plan','three step','other')
t(d,'killed',16,basis='sum')
t(d,'injured',3)

# cm139 xbradtc2 post on the May 2010 Kabul suicide car bomb, "2 thoughts" (dates and centuries in a comment)
d='cm139'
g(d,'has left 18 dead, including 5 American troops','18 dead','killed',18,subject='Kabul suicide car bomb, dead')
g(d,'has left 18 dead, including 5 American troops','5 American troops','killed',5,subject='Kabul suicide car bomb, American troops (subset)',core=False)
g(d,'12 civilians had been killed','12 civilians','killed',12,speaker='Afghan officials',subject='Kabul suicide car bomb, civilians')
g(d,'about four-dozen others injured','about four-dozen','injured',48,vague=True,speaker='Afghan officials',subject='Kabul suicide car bomb, injured')
g(d,'six service members, including five Americans, had been killed','six service members','killed',6,speaker='NATO',subject='Kabul suicide car bomb, NATO troops')
g(d,'six service members, including five Americans, had been killed','five Americans','killed',5,speaker='NATO',subject='Kabul suicide car bomb, Americans (subset)',core=False)
n(d,'weighed more than 1,200 pounds','1,200 pounds','other')
n(d,'about nine feet wide','nine feet','distance')
n(d,'three feet deep','three feet','distance')
n(d,'2 thoughts on','2 thoughts','count')
n(d,'around 900-930AD','900-930AD','date')
n(d,'for more than 1000 years','1000 years','duration')
n(d,'for nearly 1000 years','nearly 1000 years','duration')
t(d,'killed',18)
t(d,'injured',48)

# cm140 Catholic Answers forum thread on the December 2014 Peshawar school attack: the opening post quotes a story in
# italics (article, rule 13), replies without author lines
d='cm140'
g(d,'Taliban fighters kill 126 children as they raid','126 children','killed',126,subject='Peshawar school attack (thread title)',core=False)
g(d,'Over 100 people have been killed, including 126 children','Over 100','killed',101,None,subject='Peshawar school attack, dead')
g(d,'Over 100 people have been killed, including 126 children','126 children','killed',126,subject='Peshawar school attack, children (subset)',core=False)
g(d,'one suicide bomber blew himself up','one suicide bomber','killed',1,mod='hedged',subject='Peshawar school attack, a bomber himself',core=False)
g(d,'Around 300 children are still being held hostage','Around 300','captured',300,vague=True,subject='Peshawar school attack, children held hostage')
g(d,'I heard some of the children were even beheaded','some of the children','killed',2,None,vague=True,mod='hedged',section='comment',subject='Peshawar school attack, children beheaded (reply, a rumour)',core=False)
g(d,'The Taliban has killed dozens of children at a Peshawar school','dozens of children','killed',24,99,vague=True,section='comment',subject='Peshawar school attack (reply restates)',core=False)
n(d,'a room containing 60 children','60 children','count')
n(d,'the 500-pupil school','500-pupil','count')
n(d,'grades 1 to 10','grades 1 to 10','other')
n(d,'ages 5 to 14','ages 5 to 14','age')
n(d,'with four gunmen still inside','four gunmen','count')
n(d,'there were seven blasts','seven blasts','count')
n(d,'Two of them are said to be suicide blasts','Two of them','count')
n(d,'being awarded the 2014 No','2014','date')
t(d,'killed',101,None)
t(d,'captured',300)

# cm141 glenda0909 Blogger post quoting the BBC on Baghdad's mortuary figures for 2006 and nine severed heads near
# Baquba (June 2006), "Blogger Frederick said..." and "Anonymous earl bockenfeld said..." (pasting two other reports)
d='cm141'
g(d,'Violent Baghdad deaths top 6,000','top 6,000','killed',6001,None,subject='Baghdad mortuary, 2006 so far (title)',core=False,scope='aggregate')
g(d,'The bodies of 6,000 people, most of whom died violently','6,000 people','killed',6000,speaker='health ministry figures',subject='bodies received by the Baghdad mortuary in 2006',scope='aggregate')
g(d,'to 1,400 in May','1,400','killed',1400,subject='bodies received by the Baghdad mortuary in May',scope='aggregate')
g(d,'police said nine severed heads were found near Baquba','nine severed heads','killed',9,speaker='police',subject='severed heads found near Baquba')
g(d,'The nine severed heads had been wrapped','The nine severed heads','killed',9,speaker='police',subject='severed heads found near Baquba (restated)',core=False)
g(d,'killed at least 28 people and wounded 62, police said','at least 28','killed',28,None,speaker='police',section='comment',author='earl bockenfeld',subject='Basra market car bomb (commenter pastes a report)')
g(d,'killed at least 28 people and wounded 62, police said','62','injured',62,speaker='police',section='comment',author='earl bockenfeld',subject='Basra market car bomb (commenter pastes a report)')
g(d,'A Russian embassy employee was killed in Baghdad','A Russian embassy employee','killed',1,speaker="Russia's Foreign Ministry",section='comment',author='earl bockenfeld',subject='Russian embassy staff attacked in Baghdad (commenter pastes a report)')
g(d,'and four others kidnapped','four others','captured',4,speaker="Russia's Foreign Ministry",section='comment',author='earl bockenfeld',subject='Russian embassy staff kidnapped in Baghdad (commenter pastes a report)')
n(d,'Tuesday, June 06, 2006','Tuesday, June 06, 2006','date')
n(d,'60km (35 miles) north-east','60km','distance')
n(d,'At 1:20 PM, Blogger','1:20 PM','time')
n(d,'At 2:55 PM, Anonymous','2:55 PM','time')
t(d,'killed',9)

# cm142 imraneo post on the November 2008 Mumbai attacks citing the police and Reuters, "2 Responses" (the blogger's own
# comment pasting a later story on a Singaporean hostage killed)
d='cm142'
g(d,'there were at least 80 people killed and 250 injured','at least 80','killed',80,None,speaker='Police',subject='Mumbai attacks, dead')
g(d,'there were at least 80 people killed and 250 injured','250','injured',250,speaker='Police',subject='Mumbai attacks, injured')
g(d,'shooting down 4 gunmen','4 gunmen','killed',4,subject='Mumbai attacks, gunmen shot by the police',core=False)
g(d,'getting 11 of their men killed','11 of their men','killed',11,subject='Mumbai attacks, policemen')
g(d,'The way I see it, its 80 versus 4.','80','killed',80,subject='Mumbai attacks, dead (restated)',core=False)
g(d,'The way I see it, its 80 versus 4.','4','killed',4,subject='Mumbai attacks, gunmen (restated)',core=False)
g(d,'Singaporean held hostage at Mumbai’s Oberoi Hotel killed[/b]','Singaporean','killed',1,section='comment',author='Imraneo',subject='a Singaporean hostage killed (pasted headline)',core=False)
g(d,'28-year-old Lo Hwei Yen, a Singaporean held hostage in one of the Mumbai hotels, has been killed','Lo Hwei Yen','killed',1,speaker='Singapore’s Foreign Ministry',section='comment',author='Imraneo',subject='a Singaporean hostage killed (part)',core=False)
g(d,'28-year-old Lo Hwei Yen, a Singaporean held hostage in one of the Mumbai hotels, has been killed','a Singaporean held hostage','captured',1,speaker='Singapore’s Foreign Ministry',section='comment',author='Imraneo',subject='a Singaporean held hostage (part)',core=False)
n(d,'Posted on 27 November 2008 @ 2:56 am GMT+8','27 November 2008 @ 2:56 am','date')
n(d,'has said 28-year-old Lo','28-year-old','age')
n(d,'2 Responses to','2 Responses','count')
t(d,'killed',80,None)
t(d,'injured',250)


# ---- cm143-cm152 (session 14): threads and letters laid out in ways the set did not hold yet: tweets quoted in a blog
# post ("@handle (place): ..."), numbered replies opening with the addressee "@NAME", a forum topic whose posts are
# numbered "#2", "#3" under bullets, vBulletin quote blocks ("Quote:\nOriginally Posted by NAME ... |"), readers'
# letters (signed below, or unsigned under a "Letters to the Editor" heading), a blogger's own letter to a paper, a
# LiveJournal "NAME (handle) wrote," post, a vBulletin archive whose posts are told apart by time stamps only, and a
# news story quoting Facebook comments and a tweet. Gold written from the text and the rules above only, before any run.

# cm143 breakingtweets post on the February 2009 Khan el-Khalili bomb (Cairo): the blogger quotes Reuters and the BBC,
# then quotes tweets, each opening "@handle:" or "@handle (place):" (decision 14: quoted social-media posts are
# comments, author the handle)
d='cm143'
g(d,'Per Reuters, four people were killed and 17 injured','four people','killed',4,speaker='Reuters',subject='Khan el-Khalili bomb, Cairo')
g(d,'Per Reuters, four people were killed and 17 injured','17','injured',17,speaker='Reuters',subject='Khan el-Khalili bomb, Cairo')
g(d,'injuries to at least 14 foreigners','at least 14','injured',14,None,subject='Khan el-Khalili bomb, foreigners injured (subset)',core=False)
g(d,'two foreigners are believed to be among the dead','two foreigners','killed',2,mod='hedged',subject='Khan el-Khalili bomb, foreigners dead (subset)',core=False)
g(d,'A BBC report confirmed only one fatality','one fatality','killed',1,speaker='A BBC report',subject='Khan el-Khalili bomb (the BBC\'s count)')
g(d,'the local Egyptian TV says 4 killed and 12 wounded thus far','4','killed',4,speaker='the local Egyptian TV',section='comment',author='Ramblurr',subject='Khan el-Khalili bomb (a tweet relays TV)')
g(d,'the local Egyptian TV says 4 killed and 12 wounded thus far','12','injured',12,speaker='the local Egyptian TV',section='comment',author='Ramblurr',subject='Khan el-Khalili bomb (a tweet relays TV)')
g(d,'4 dead now, 18+ injured','4','killed',4,section='comment',author='andrewheiss',subject='Khan el-Khalili bomb (a later tweet)')
g(d,'4 dead now, 18+ injured','18+','injured',18,None,section='comment',author='andrewheiss',subject='Khan el-Khalili bomb (a later tweet)')
n(d,'February 22, 2009','February 22, 2009','date')
n(d,'I know 2 people who were at','2 people','count')
n(d,'Two bombs, one was','Two bombs','count')
n(d,'recalled a similar incident four years ago','four years ago','duration')
n(d,'This happened four years ago in almost','four years ago','duration')
n(d,'in Cairo 45 minutes ago','45 minutes ago','duration')
t(d,'killed',4)
t(d,'injured',17)
ct(d,'Ramblurr','the local Egyptian TV says 4 killed and 12 wounded thus far','injured',12)
ct(d,'andrewheiss','4 dead now, 18+ injured','injured',18,None)

# cm144 sakafete comment page under a story on the review of the police response to the May 2022 Uvalde school shooting:
# numbered comments and replies only (no article in the excerpt; no author lines: a reply's opening "@NAME" names the
# comment it answers, not its writer)
d='cm144'
g(d,'The blood of all 19 children and 2 adults are on the hands','all 19 children','killed',19,section='comment',subject='Uvalde school shooting, children (commenter)')
g(d,'The blood of all 19 children and 2 adults are on the hands','2 adults','killed',2,section='comment',subject='Uvalde school shooting, adults (commenter)')
n(d,'the 19 cops who stood in the hallway','the 19 cops','count')
n(d,'Section 1 of the 14th Amendment','14th Amendment','other')
ct(d,None,'The blood of all 19 children and 2 adults are on the hands','killed',21,basis='sum')

# cm145 ukmix forum topic on the June 2020 Forbury Gardens stabbings (Reading): the opening post is the article
# (decision 13); the replies "#2", "#3", "#4" are comments without author lines; #4 pastes a "BBC News Summary"
# (decision 53: the pasted report keeps its credit)
d='cm145'
g(d,'The BBC are reporting that at least two people have been killed','at least two','killed',2,None,speaker='The BBC',subject='Reading stabbings, dead')
g(d,'Latest is that three people have died and two are in critical condition','three people','killed',3,section='comment',subject='Reading stabbings, dead (a later figure in a reply)')
g(d,'Latest is that three people have died and two are in critical condition','two','injured',2,section='comment',subject='Reading stabbings, critically hurt (reply)')
g(d,'A number of people were stabbed by a man in Forbury Gardens','A number of people','killed_or_injured',2,None,vague=True,speaker='BBC News',section='comment',subject='Reading stabbings (pasted BBC summary)')
g(d,'Three people were also injured','Three people','injured',3,speaker='BBC News',section='comment',subject='Reading stabbings, injured (pasted BBC summary)')
g(d,'Two people taken to hospital have been released','Two people','injured',2,speaker='BBC News',section='comment',subject='Reading stabbings, injured released (part)',core=False)
g(d,'while a third remains at Royal Berkshire Hospital','a third','injured',1,speaker='BBC News',section='comment',subject='Reading stabbings, injured still in hospital (part)',core=False)
n(d,'peacefully two hours before this happened','two hours','duration')
n(d,'about 19:00 BST on Saturday','19:00 BST','time')
n(d,'a 25-year-old Libyan national','25-year-old','age')
t(d,'killed',2,None)
ct(d,None,'Latest is that three people have died and two are in critical condition','killed',3)
ct(d,None,'Latest is that three people have died and two are in critical condition','injured',2)
ct(d,None,'Three people were also injured','injured',3)

# cm146 procooling showpost: one reply deep in a thread (comment throughout, decision 31) answering three vBulletin quote
# blocks ("Quote:" / "Originally Posted by Kobuchi" / the quoted text / "|"); the poster is not named in the excerpt
d='cm146'
g(d,'There where three kids at the local hospital who had blown off their hands','three kids','injured',3,section='comment',subject='children hurt playing with mortar rounds, Falluja (reply)',scope='background')

# cm147 Daily Free Press: a reader's letter signed below ("Justin Kelly" / "ENG ’08"), comment throughout (decision 14)
d='cm147'
g(d,'Three thousand were killed in a matter of hours','Three thousand','killed',3000,section='comment',author='Justin Kelly',subject='September 11 attacks (letter)',scope='background')
n(d,'the Thursday, Oct. 19 edition','Oct. 19','date')
n(d,'in a matter of hours','hours','duration')
n(d,'ENG ’08','’08','date')

# cm148 Modesto Bee "Letters to the Editor": one unsigned letter under its headline (comment throughout, author null)
d='cm148'
g(d,'present-day Iraq, where 250 civilians were killed','250 civilians','killed',250,section='comment',subject='the attack on civilians in Iraq the editorial was about (letter)')
g(d,'he atomic-bombed a quarter million old men, women and children','a quarter million','killed',250000,section='comment',subject='Hiroshima and Nagasaki, August 1945 (letter)',scope='background')
g(d,'all the quarter million Japanese were in vain','the quarter million Japanese','killed',250000,section='comment',subject='Hiroshima and Nagasaki (restated)',core=False,scope='background')
n(d,'(Aug. 17, excerpt','Aug. 17','date')
n(d,'In August 1945 he','August 1945','date')
n(d,'In May 1945, the Japanese','May 1945','date')
n(d,'Three months later they surrendered','Three months','duration')
ct(d,None,'present-day Iraq, where 250 civilians were killed','killed',250)

# cm149 davidholiday blog post: the blogger's own letter to the New York Times (the post is the article, no comments)
d='cm149'
g(d,'the number of American military dead last week (60)','60','killed',60,speaker='John F. Burns',subject='American military dead in Iraq, the week before 13 April 2004',scope='aggregate')
n(d,'noting Iraqi casualties as 10 times higher','10 times','rate')
n(d,'cited for the 10x figure','10x','rate')
n(d,'Tuesday, April 13, 2004','April 13, 2004','date')
n(d,'end his April 13 story','April 13','date')

# cm150 LiveJournal post "Insomnia (insomnia) wrote," on the March 2003 ambush of US scouts in central Iraq (the post is the
# article; the excerpt ends in the empty comment form)
d='cm150'
g(d,'Four US soldiers reported killed in ambush','Four US soldiers','killed',4,mod='hedged',subject='US scouts ambushed, central Iraq (title)',core=False)
g(d,'Four US soldiers are reported to have been killed in central Iraq','Four US soldiers','killed',4,mod='hedged',subject='US scouts ambushed, central Iraq')
g(d,'raise US military deaths in Iraq to at least 11','at least 11','killed',11,None,mod='hedged',subject='US military deaths in Iraq so far',scope='aggregate')
g(d,'total coalition deaths in Iraq to 25','25','killed',25,mod='hedged',subject='coalition deaths in Iraq so far',scope='aggregate')
g(d,'and 80 US deaths in operation Enduring Freedom','80','killed',80,mod='hedged',subject='US deaths in Operation Enduring Freedom',scope='aggregate')
g(d,'at least three US marines are reported wounded','at least three','injured',3,None,mod='hedged',subject='US marines wounded around Basra')
n(d,'the US Third Infantry Division','Third','other')
n(d,'one at each Humvee','one','count')
t(d,'killed',4)
t(d,'injured',3,None)

# cm151 vBulletin archive ("View Full Version : Prayers for the soldiers"): posts told apart by their time stamps only,
# no author lines; the opening post (the poster's friend wounded by a mortar in Iraq) is the article (decision 13)
d='cm151'
g(d,'A friend of mine from high school has been in Iraq','A friend of mine from high school','injured',1,subject='mortar hit in Iraq, the poster\'s friend wounded')
g(d,'He lost one teammate','one teammate','killed',1,subject='mortar hit in Iraq, a teammate killed')
g(d,'the other six are in worst condition','the other six','injured',6,subject='mortar hit in Iraq, the other six wounded')
g(d,'just one injury or one death','one injury','injured',1,subject='the friend (restated)',core=False)
g(d,'just one injury or one death','one death','killed',1,subject='the teammate (restated)',core=False)
n(d,'September 5th, 2006, 06:14 AM','September 5th, 2006, 06:14 AM','date')
n(d,'September 5th, 2006, 06:49 AM','September 5th, 2006, 06:49 AM','date')
n(d,'in Iraq for several months','several months','duration')
t(d,'killed',1)
t(d,'injured',7,basis='sum')

# cm152 The Herald (Rock Hill) on the online reaction to four York County officers shot (January 2018): a news story that
# quotes Facebook comments ("wrote NAME") and a tweet; every line is article text
d='cm152'
g(d,'Online reaction to 4 York County officers shot','4 York County officers','injured',4,subject='York County officers shot (title)',core=False)
g(d,'Reactions to the shooting of four law enforcement officers','four law enforcement officers','injured',4,subject='York County officers shot')
g(d,'Four York County officers were shot after responding','Four York County officers','injured',4,subject='York County officers shot (restated)',core=False)
g(d,'the suspect, who was injured in the incident','the suspect','injured',1,subject='the suspect, injured',core=False)
g(d,'three York County Sheriff’s Office deputies and a York','three York County Sheriff’s Office deputies','injured',3,subject='injured deputies (part)',core=False)
g(d,'and a York Police Department officer','a York Police Department officer','injured',1,subject='injured police officer (part)',core=False)
n(d,'a more-than-eight-minute live video','eight-minute','duration')
n(d,'Within four hours, the video','four hours','duration')
n(d,'had 37,000 views and 462 comments','37,000 views','count')
n(d,'and 462 comments','462 comments','count')
t(d,'injured',4)


# ---- cm153-cm160 (session 15): pages made of posts or reactions (gold written blind, before any run) ----

# cm153 Herald Wire on social-media reactions to the Parkland school shooting (February 2018): the embedded tweets
# did not survive in the stored text; every remaining line is the writer's (article)
d='cm153'
g(d,'With 17 confirmed casualties','17 confirmed casualties','killed_or_injured',17,subject='Marjory Stoneman Douglas High School shooting')
g(d,'opened fire on innocent lives','innocent lives','killed',2,None,vague=True,subject='school shooting victims (restated)',core=False)
g(d,'AR-15 rifle, killing three people','three people','killed',3,subject='school shooting, killed outside the building')
g(d,'5 people are reported to be severely injured','5 people','injured',5,mod='hedged',subject='school shooting, severely injured')
n(d,'a 19-year old expelled','19-year old','age')
n(d,'at 2:40 pm local time','2:40 pm','time')
n(d,'semiautomatic AR-15 rifle','AR-15','equipment')
t(d,'killed',3,None)
t(d,'injured',5)

# cm154 taylormarsh.com post on the Kiev clashes (February 2014) with its numbered, threaded responses
# ("NAME DATE at TIME #"); the post and the responses give no figure of people harmed
d='cm154'
n(d,'Hundreds of thousands following the clashes online','Hundreds of thousands','count')
n(d,'hundreds of thousands of people followed the violence','hundreds of thousands','count')
n(d,'Last Updated, 6:50 p.m.','6:50 p.m.','time')
n(d,'6 Responses to Social Media','6 Responses','count')
n(d,'Joyce Arnold February 18, 2014 at 8:39 pm','February 18, 2014 at 8:39 pm','date')
n(d,'fangio February 18, 2014 at 10:57 pm','February 18, 2014 at 10:57 pm','date')
n(d,'Jane Austen February 19, 2014 at 2:45 pm','February 19, 2014 at 2:45 pm','date')

# cm155 The Jordan Times (via sahafi.jo) on social-media anger over Israeli strikes on Gaza: a news story that quotes
# posts inside its own sentences ("Twitter user NAME tweeted: ..."): article throughout (as cm152)
d='cm155'
g(d,'leaving 13 Palestinians killed','13 Palestinians','killed',13,speaker='the Palestinian Health Ministry',subject='Israeli air attacks on Gaza, two days')
g(d,'including a 5-year-old child','a 5-year-old child','killed',1,speaker='the Palestinian Health Ministry',subject='child killed (part)',core=False)
g(d,'and at least 114 people wounded','at least 114 people','injured',114,None,speaker='the Palestinian Health Ministry',subject='Israeli air attacks on Gaza, two days')
g(d,'the five-year-old who got killed by Israeli attacks','the five-year-old','killed',1,subject='Alaa Qadoum (restated)',core=False)
n(d,'Tuesday 4th of October 2022','4th of October 2022','date')
n(d,'for the second day','second day','other')
n(d,'trapping nearly 2 million Palestinians','nearly 2 million','count')
t(d,'killed',13)
t(d,'injured',114,None)

# cm156 niyitabiti.net post built on two women's tweets about the burning of Nko (Cross River, June 2022): the
# blogger's lines are the article, each tweet (its link below it) is a comment by the woman the line above names
d='cm156'
g(d,'after youths killed a soldier','a soldier','killed',1,speaker='Soyi Hadassah',subject='soldier killed by youths in Nko')
g(d,'My mother is displaced','My mother','displaced',1,section='comment',author='Soyi Hadassah',subject='the poster\'s mother, Nko')
g(d,'they burnt our house with my father in it','my father','killed',1,section='comment',author='Soyi Hadassah',subject='the poster\'s father burnt in his house, Nko')
g(d,'The youths killed a soldier, so you burn','a soldier','killed',1,section='comment',author='Cleokommy',subject='soldier killed by youths (restated)',core=False)
g(d,'the military burned down his house with him in it','him','killed',1,section='comment',author='Cleokommy',subject='the poster\'s father burnt in his house')
n(d,'My 70 year old father','70 year old','age')
n(d,' date 2022-06-29','2022-06-29','date')
t(d,'killed',1)
ct(d,'Soyi Hadassah','they burnt our house with my father in it','killed',1)
ct(d,'Cleokommy','the military burned down his house with him in it','killed',1)

# cm157 Express Tribune on social media after the Peshawar school attack (December 2014), with its reader comments
# (name and time above each comment)
d='cm157'
g(d,'which left at least 141 people dead','at least 141 people','killed',141,None,subject='Army Public School attack, Peshawar')
g(d,'including 132 children','132 children','killed',132,subject='children killed (part)',core=False)
g(d,'and nine staffers','nine staffers','killed',9,subject='staff killed (part)',core=False)
n(d,'with over 350,000 tweets','over 350,000 tweets','count')
n(d,'with over 21,000 tweets','over 21,000 tweets','count')
n(d,'Reader Comments (8)','8','count')
n(d,'Published: December 17, 2014','December 17, 2014','date')
n(d,'Dec 17, 2014 - 1:45AM','Dec 17, 2014 - 1:45AM','date')
t(d,'killed',141,None)

# cm158 LatestLY on television actors' tweets after the Pulwama attack (February 2019): the writer's lines are the
# article (no figure of the dead there), each tweet (name above, "— NAME (@handle) date" below) a comment
d='cm158'
g(d,'40 CRPF Jawans have been martyred','40 CRPF Jawans','killed',40,section='comment',author='Rannvijay Singha',subject='CRPF convoy attack, Pulwama')
n(d,'more than 350kgs of explosives','more than 350kgs','other')
n(d,'a convoy carrying more than 40 jawans','more than 40 jawans','count')
n(d,'the deadliest attack in the last two decades','two decades','duration')
n(d,'One life taken is one family uprooted','One life','other')
n(d,'(@lostboy54) February 14, 2019','February 14, 2019','date')
ct(d,'Rannvijay Singha','40 CRPF Jawans have been martyred','killed',40)

# cm159 The Nation's "Web Letters" under an article on drone strikes (March 2009): readers' letters signed below
# (name, town, date): comments throughout, no figure of people harmed (Lidice's "all the men over 16" gives no count)
d='cm159'
n(d,'all the men over 16 were murdered','over 16','age')
n(d,'assassination in 1942','1942','date')
n(d,'Mar 25 2009 - 9:47am','Mar 25 2009 - 9:47am','date')
n(d,'Mar 22 2009 - 1:59pm','Mar 22 2009 - 1:59pm','date')
n(d,'Mar 21 2009 - 1:37am','Mar 21 2009 - 1:37am','date')

# cm160 W Magazine on celebrities' tweets after the Christchurch mosque shootings (March 2019): the tweets are told
# in the writer's sentences (article throughout)
d='cm160'
g(d,'Forty-nine people were murdered','Forty-nine people','killed',49,subject='Christchurch mosque shootings')
g(d,'and 48 were injured','48','injured',48,subject='Christchurch mosque shootings')
n(d,'a 28-year-old madman terrorist','28-year-old','age')
n(d,'two improvised explosive devises','two improvised explosive devises','equipment')
t(d,'killed',49)
t(d,'injured',48)


# ---- cm161-cm168 (session 16): threads and posts signed "@handle" / under a "NAME @handle" line, and comment threads
# on attacks and disasters (gold written blind, before any run) ----

# cm161 Oneindia on tweets after the April 2013 Bangalore blast: the writer's lines are the article (no figure of people
# harmed), each post "NAME @handle: text" a comment by NAME (decisions 55, 61); the embedded blockquote keeps its sign-off
d='cm161'
g(d,'Rajiv n indira death helpd congs?','Rajiv n indira','killed',2,section='comment',author='Anup Kumar Sahoo',subject='assassinations of Rajiv and Indira Gandhi (a rhetorical question)',core=False,scope='background')
n(d,'Bangalore, April 17: The social','April 17','date')
n(d,'#bangaloreblast 1like=1prayer is','1like=1prayer','rate')
n(d,'you took less than 12 hours to condemn','less than 12 hours','duration')
n(d,'<a href=\"\">April 17, 2013</a>','April 17, 2013','date')

# cm162 happening-here (Blogger) on the October 2005 Kashmir earthquake, with "NAME said..." comments; the UPDATE's
# 18,000 is the latest figure and the toll (decision 24); the early "thousands" stays a core row
d='cm162'
g(d,'The early estimate of the death toll is \"thousands,\"','thousands','killed',2000,9999,vague=True,mod='hedged',subject='Kashmir earthquake, early estimate')
g(d,'\"hundreds\" of children died when a school collapsed','hundreds','killed',200,999,vague=True,subject='Kashmir earthquake, children in a collapsed school')
g(d,'a death toll in the thousands is more than','in the thousands','killed',2000,9999,vague=True,mod='hypothetical',subject='the quake\'s toll set against Katrina\'s (comparison)',core=False)
g(d,'Pakistani authorities now say some 18,000 died in the quake','some 18,000','killed',18000,vague=True,speaker='Pakistani authorities',subject='Kashmir earthquake, update')
g(d,'18000 muslim terrorists died','18000','killed',18000,section='comment',author='Anonymous',subject='Kashmir earthquake (restated by a commenter)',core=False)
n(d,'Saturday, October 08, 2005','October 08, 2005','date')
n(d,'struck Mexico City in 1985','1985','date')
n(d,'continued for nearly three minutes','nearly three minutes','duration')
n(d,'a mere 17 seconds of shaking','17 seconds','duration')
n(d,'Millions of panic-stricken people','Millions of panic-stricken people','count')
n(d,'UPDATE, OCTOBER 8, 2005, 9:00 PM PDT','9:00 PM','time')
t(d,'killed',18000)

# cm163 wangbo (blogtown) post on the May 2008 Sichuan earthquake, the morning after, with replies below it (no author
# lines): the first two paragraphs are the post (article), each later paragraph a reply (comment, author null)
d='cm163'
g(d,'Yesterday\u2019s reported toll of four or five','four or five','killed',4,5,subject='Sichuan earthquake, the first day\'s toll (superseded)',core=False)
g(d,'is now over 8,700 according to AP','over 8,700','killed',8701,None,speaker='AP',subject='Sichuan earthquake')
g(d,'nearly 10,000 according to Xinhua','nearly 10,000','killed',10000,vague=True,speaker='Xinhua',subject='Sichuan earthquake')
g(d,'one second after midnight claims 8533','8533','killed',8533,speaker='This article',subject='Sichuan earthquake, an earlier count',core=False)
g(d,'reports are thousands are still trapped','thousands','missing',2000,9999,vague=True,mod='hedged',subject='Sichuan earthquake, people trapped')
g(d,'8533 is the figure I saw last night','8533','killed',8533,speaker='The Guardian',section='comment',subject='Sichuan earthquake, the earlier count (reply)',core=False)
n(d,'half past seven in the morning','half past seven','time')
n(d,'a slight tremor at about 1.30am','1.30am','time')
n(d,'slightly longer, at 4.15am','4.15am','time')
n(d,'over the next few days','the next few days','duration')
t(d,'killed',8701,None)
t(d,'missing',2000,9999)

# cm164 DailyO on the reactions to the September 2016 Uri attack: the writer's lines are the article, each tweet
# ("— NAME (@handle) date" below it) a comment by NAME (decision 61); the tweets' 17 differs from the article's 18
d='cm164'
g(d,'killed 18 jawans','18 jawans','killed',18,subject='Uri army camp attack')
g(d,'The four terrorists','The four terrorists','killed',4,subject='the attackers killed in the encounter',core=False)
g(d,'17 Soldiers martyred in #UriAttack','17 Soldiers','killed',17,section='comment',author='Anupam Kher',subject='Uri army camp attack (a tweet)')
g(d,'17 lives.They had a family','17 lives','killed',17,section='comment',author='Virender Sehwag',subject='Uri army camp attack (a tweet)')
n(d,'in more than a decade','more than a decade','duration')
n(d,'on Sunday, September 18, stormed','Sunday, September 18','date')
n(d,'Arnia, Jammu, on September 19','September 19','date')
n(d,'Not 17 families, 1 family','17 families','count')
n(d,'(@AnupamPkher) September 18, 2016','September 18, 2016','date')
n(d,'(@ajaydevgn) September 19, 2016','September 19, 2016','date')
t(d,'killed',18)
ct(d,'Anupam Kher','17 Soldiers martyred in #UriAttack','killed',17)
ct(d,'Virender Sehwag','17 lives.They had a family','killed',17)

# cm165 Thread Reader page of a thread by "Airwars @airwars" on the civilian dead of Raqqa (2018): a page made only of one
# account's posts is comment throughout (author Airwars) with no article toll; the battle's and the coalition's totals are
# aggregate (decision 6), Aya's husband and four children the one strike the thread tells
d='cm165'
g(d,'190 unidentified bodies were recently retrieved','190 unidentified bodies','killed',190,section='comment',author='Airwars',subject='bodies recovered in Raqqa in one month',scope='aggregate')
g(d,'Aya knew where her husband and four children died','her husband','killed',1,section='comment',author='Airwars',subject='strike on Aya\'s home, Raqqa')
g(d,'her husband and four children died','four children','killed',4,section='comment',author='Airwars',subject='strike on Aya\'s home, Raqqa')
g(d,'among at least 2,000 civilians killed overall','at least 2,000 civilians','killed',2000,None,section='comment',author='Airwars',subject='civilians killed in the battle for Raqqa',scope='aggregate')
g(d,'at least 1,400 civilians likely died in Coalition strikes','at least 1,400 civilians','killed',1400,None,mod='hedged',speaker='Airwars',section='comment',author='Airwars',subject='civilians killed by Coalition strikes at Raqqa',scope='aggregate')
g(d,'hundreds more were killed by ISIS and SDF ground forces','hundreds more','killed',200,999,vague=True,section='comment',author='Airwars',subject='civilians killed by ISIS and SDF ground forces at Raqqa',scope='aggregate')
g(d,'so far they\'ve admitted only 21 deaths','21 deaths','killed',21,speaker='the US and its allies',section='comment',author='Airwars',subject='civilian deaths at Raqqa the Coalition admits',scope='aggregate')
n(d,', 17 tweets, 8 min read','17 tweets','count')
n(d,'Raqqa - 80% destroyed','80%','percent')
n(d,'in one month alone','one month','duration')
n(d,'It still took her six months','six months','duration')
n(d,'95% of airstrikes','95%','percent')
n(d,'at least 20,000 Coalition munitions','at least 20,000 Coalition munitions','equipment')
n(d,'on the city in five months','five months','duration')
n(d,'43% of Coalition-assessed events','43%','percent')
n(d,'Just 11% of cases','11%','percent')

# cm166 Thread Reader page of a numbered thread on AOAV's analysis of RAF strikes in Iraq and Syria (2016-2018), no author
# line: comment throughout (author null), every figure a period's total (aggregate), no toll
d='cm166'
g(d,'at least 29 civilians were killed in 9 RAF airstrikes','at least 29 civilians','killed',29,None,speaker='AOAV',section='comment',subject='civilians killed in RAF strikes in Iraq and Syria, 2016-2018',scope='aggregate')
g(d,'10 more civilian deaths than previously concluded','10 more civilian deaths','killed',10,speaker='AOAV',section='comment',subject='the increment over the earlier count',core=False,scope='aggregate')
g(d,'RAF only accept one civilian death during this period','one civilian death','killed',1,speaker='RAF',section='comment',subject='civilian deaths the RAF accepts, 2016-2018',scope='aggregate')
g(d,'responsibility for one civilian death in 2018','one civilian death','killed',1,speaker='The RAF',section='comment',subject='the death the RAF accepts (restated)',core=False,scope='aggregate')
g(d,'a potential 10-16 additional civilian deaths','10-16','killed',10,16,mod='hedged',speaker='AOAV',section='comment',subject='civilian deaths in five more RAF strikes, 2016-2017',scope='aggregate')
g(d,'where a total of 18 civilians were killed','a total of 18 civilians','killed',18,section='comment',subject='civilians killed in the incidents the RAF took part in',scope='aggregate')
n(d,'in 9 RAF airstrikes','9 RAF airstrikes','count')
n(d,'cross-referenced 950 strike reports','950 strike reports','count')
n(d,'between March 2016 & March 2018','March 2016','date')
n(d,'nine airstrike incidents','nine airstrike incidents','count')
n(d,'in 3 incidents (possibly 4)','3 incidents','count')
n(d,'Seven out of nine total strikes','Seven out of nine','count')

# cm167 Thread Reader page of a numbered thread (no author line; the writer's "we" is Amnesty's investigators) on the
# 18 March 2019 US strike near Mogadishu: comment throughout, no article toll; the thread's own 3 dead is a comment toll
d='cm167'
g(d,'3 dead farmers in Somalia','3 dead farmers','killed',3,section='comment',subject='US airstrike on a car near Mogadishu')
g(d,'@USAfricaCommand says they killed 3','3','killed',3,speaker='@USAfricaCommand',section='comment',subject='US airstrike on a car near Mogadishu (AFRICOM: terrorists)')
n(d,'on 18 March 2019, the US','18 March 2019','date')
n(d,'After 18 years of war','18 years','duration')
n(d,', 17 tweets, 7 min read','17 tweets','count')
ct(d,None,'3 dead farmers in Somalia','killed',3)

# cm168 The Stir (CafeMom) on the March 2014 Kunming railway station attack, with reader comments ("NAME" above each);
# the attackers shot dead are outside the toll (decision 15)
d='cm168'
g(d,'Dozens Dead After Terror Attack','Dozens','killed',24,99,vague=True,subject='Kunming railway station attack (title)',core=False)
g(d,'at least 27 were killed','at least 27','killed',27,None,speaker='CNN',subject='Kunming railway station attack')
g(d,'and 109 were injured','109','injured',109,speaker='CNN',subject='Kunming railway station attack')
g(d,'five members were reportedly shot and killed','five members','killed',5,mod='hedged',subject='attackers shot dead',core=False)
g(d,'My husband has been both shot and stabbed','My husband','injured',1,section='comment',author='Austinsmommy12',subject='the commenter\'s husband, shot and stabbed earlier',scope='background')
g(d,'Thousands would be dead!','Thousands','killed',2000,9999,vague=True,mod='hypothetical',section='comment',author='micheledo',subject='imagined attack with bombs',core=False)
n(d,'For hundreds of people, a typically','hundreds of people','count')
t(d,'killed',27,None)
t(d,'injured',109)


# ---- cm169-cm176 (session 17): threads and live blogs by one author, one person harmed told without a figure, tolls
# told with no verb ("65 dead"), reader comments and forum replies on attacks and disasters (gold written blind, before
# any run) ----

# cm169 Times of Israel live-blog entry (one reporter) on the March 2024 Gaza airdrop: article; the embedded post is cited
# as news (the probes' convention, session 14): its sentence credits "Documentation by my colleague [@Hakeam_ps]"
d='cm169'
g(d,'Gaza hospital medic confirms US aid airdrop killed five','five','killed',5,speaker='Gaza hospital medic',subject='Gaza aid airdrop (headline)',core=False)
g(d,'a humanitarian airdrop in the north of the Palestinian territory killed five people','five people','killed',5,speaker='A medic at Gaza’s largest hospital',subject='Gaza aid airdrop')
g(d,'killed five people and wounded 10','10','injured',10,speaker='A medic at Gaza’s largest hospital',subject='Gaza aid airdrop')
g(d,'A number of Palestinians (5) including 2 children were killed','A number of Palestinians (5)','killed',5,speaker='@Hakeam_ps',subject='Gaza aid airdrop (a post cited as news)',core=False)
g(d,'including 2 children were killed','2 children','killed',2,speaker='@Hakeam_ps',subject='children among the airdrop dead',core=False)
n(d,'Friday, March 8, 2024','Friday, March 8, 2024','date')
n(d,'(@ytirawi) March 8, 2024','March 8, 2024','date')
t(d,'killed',5)
t(d,'injured',10)

# cm170 Thread Reader page of one account's thread on the August 2008 Azizabad air strike (an anniversary thread, scope
# reported as cm070): comment throughout (decision 64), the author the name of the "Keep Current with NAME" line (the only
# author line the page prints); no article toll, the thread's 90 a comment toll
d='cm170'
A='American Values'
g(d,'the US massacred 90 Afghan civilians','90 Afghan civilians','killed',90,section='comment',author=A,subject='Azizabad air strikes, 2008 (anniversary thread)')
g(d,'killing 60 children as they slept in their homes','60 children','killed',60,section='comment',author=A,subject='children among the Azizabad dead',core=False)
g(d,'which killed 60 children aged 3 months','60 children','killed',60,section='comment',author=A,subject='children among the Azizabad dead (restated)',core=False)
g(d,'killing a Taliban leaders','a Taliban leaders','killed',1,speaker='The US',section='comment',author=A,subject='the US\'s first account of the strike',core=False)
n(d,'On this day in 2008','2008','date')
n(d,'for 3 full hours','3 full hours','duration')
n(d,'aged 3 months to 16 years old','3 months to 16 years old','age')
n(d,'caused seven or eight houses','seven or eight houses','count')
n(d,'nytimes.com/2008/08/27/wor','2008/08/27','date')
ct(d,A,'the US massacred 90 Afghan civilians','killed',90)

# cm171 crackas (Blogger) post by one author on the 7 July 2005 London bombings, updated through the day ("UPDATE by Cracka
# Jack"): article throughout (one writer; the news it quotes are credited where their own sentence names them, else null);
# each outlet's new figure is core, restatements not; the toll is the latest update's (decision 24: "closes in on 50",
# Sky; injured the last figure given, 700); "Sky News is not saying 37" is read for its sense (now saying, decision 10)
d='cm171'
g(d,'Fox News is reporting that at least two were killed','at least two','killed',2,None,speaker='Fox News',subject='London bombings, first report')
g(d,'At least two people were killed and nine injured','At least two people','killed',2,None,subject='London bombings (quoted report, restated)',core=False)
g(d,'At least two people were killed and nine injured','nine','injured',9,subject='London bombings, first report')
g(d,'the number of casualties was up to 150 people','up to 150 people','killed_or_injured',150,vague=True,speaker='Media reports',subject='London bombings, casualties')
g(d,'they believe there may be a \"number of\" fatalities','\"number of\" fatalities','killed',2,None,vague=True,mod='hedged',speaker='Police',subject='London bombings')
g(d,'Two people have been confirmed dead and at least 90 people injured','Two people','killed',2,subject='Aldgate Station blast',core=False)
g(d,'Two people have been confirmed dead and at least 90 people injured','at least 90 people','injured',90,None,subject='Aldgate Station blast')
g(d,'have killed at least two people and wounded dozens more','at least two people','killed',2,None,subject='London bombings (CNN, restated)',core=False)
g(d,'have killed at least two people and wounded dozens more','dozens more','injured',24,99,vague=True,subject='London bombings (CNN)')
g(d,'At least two are dead and 150 seriously injured','At least two','killed',2,None,subject='London bombings (ITN, restated)',core=False)
g(d,'At least two are dead and 150 seriously injured','150','injured',150,subject='London bombings (ITN)')
g(d,'a Government spokesman talking of 20 people dead','20 people','killed',20,speaker='a Government spokesman',subject='London bombings')
g(d,'Sky News is reporting 42 fatalities','42 fatalities','killed',42,speaker='Sky News',subject='London bombings')
g(d,'I thought 20 would be a low number','20','killed',20,subject='the spokesman\'s figure (restated)',core=False)
g(d,'Over 1000 injuries have been reported as well','Over 1000','injured',1001,None,mod='hedged',subject='London bombings')
g(d,'At least 45 people are reported to have been killed','At least 45 people','killed',45,None,mod='hedged',subject='London bombings')
g(d,'to have been killed and 1,000 injured','1,000','injured',1000,mod='hedged',subject='London bombings (restated)',core=False)
g(d,'Sky News is not saying 37 are dead','37','killed',37,speaker='Sky News',subject='London bombings, revised down')
g(d,'At least 37 people have been killed and 700 injured','At least 37 people','killed',37,None,subject='London bombings (restated)',core=False)
g(d,'At least 37 people have been killed and 700 injured','700','injured',700,subject='London bombings, revised')
g(d,'So, did 5 people who died, come back to life?','5 people','killed',5,mod='hypothetical',subject='the drop from 42 to 37 (rhetorical)',core=False)
g(d,'BBC confirms 37.','37','killed',37,speaker='BBC',subject='London bombings (confirmed, restated)',core=False)
g(d,'London bombings toll rises to 37','37','killed',37,subject='London bombings (a headline quoted)',core=False)
g(d,'Death toll now closes in on 50 according to Sky New','closes in on 50','killed',50,vague=True,speaker='Sky New',subject='London bombings, latest update')
n(d,'Thursday, July 07, 2005','July 07, 2005','date')
n(d,'at 12:36 pm est 8 July 05','12:36 pm','time')
n(d,'at about 8:10 am est on 7 July 05','8:10 am','time')
n(d,'UPDATE by Cracka Jack 10:21 am est','10:21 am','time')
n(d,'UPDATE by Cracka Jack 3:10 pm est','3:10 pm','time')
n(d,'UPDATE by Cracka Jack 8 July 21:41','21:41','time')
n(d,'Four explosions in London','Four explosions','count')
t(d,'killed',50)
t(d,'injured',700)

# cm172 Mastodon post of a thread copied from another account, on the Haditha killings (November 2005; an anniversary
# thread): comment throughout (decision 64), author null (the page prints no author line above the posts); the houses'
# dead and the father Safa Younis tells of are parts of the 24 (core=false); the thread's 24 a comment toll
d='cm172'
g(d,'US Marines massacred 24 unarmed Iraqi civilians','24 unarmed Iraqi civilians','killed',24,section='comment',subject='Haditha killings, 2005 (anniversary thread)')
g(d,'& a 76 yr-old man in a wheelchair','a 76 yr-old man','killed',1,section='comment',subject='an old man among the Haditha dead',core=False)
g(d,'They shot him dead from behind the door','him','killed',1,speaker='Safa Younis',section='comment',subject='Safa Younis\'s father',core=False)
g(d,'There were 8 bodies in the house','8 bodies','killed',8,section='comment',subject='dead in the first house',core=False)
g(d,'including Safa\'s 5 siblings','5 siblings','killed',5,section='comment',subject='Safa\'s siblings',core=False)
g(d,'In another house 7 people including a child','7 people','killed',7,section='comment',subject='dead in the second house',core=False)
g(d,'Four brothers aged 41 to 24 died','Four brothers','killed',4,section='comment',subject='dead in the third house',core=False)
n(d,'On this day in 2005, US','2005','date')
n(d,'children as young as 1 yr-old','1 yr-old','age')
n(d,'12-yr-old Safa Younis','12-yr-old','age')
n(d,'in one of three houses','three houses','count')
n(d,'aged between 2 & 14','between 2 & 14','age')
n(d,'his 70-year-old grandfather','70-year-old','age')
n(d,'2011 NYT article','2011','date')
ct(d,None,'US Marines massacred 24 unarmed Iraqi civilians','killed',24)

# cm173 Blogger post on a friend's husband killed in Afghanistan (July 2009), quoting the news line of "2 more U.S. troops",
# with "NAME said..." comments; the husband is one of the two (core=false); a commenter's friend's son killed in Iraq is
# background (as cm168's husband)
d='cm173'
g(d,'says 2 more U.S. troops have been killed in a blast','2 more U.S. troops','killed',2,speaker='A U.S. military spokesman',subject='US soldiers, blast in southern Afghanistan')
g(d,'one of those soldiers was a former neighbor','one of those soldiers','killed',1,subject='the writer\'s former neighbour, one of the two',core=False)
g(d,'an anonymous one of \"2 more US troops.\"','2 more US troops','killed',2,subject='US soldiers (restated)',core=False)
g(d,'they told her her husband had been killed','her husband','killed',1,subject='the neighbour (restated)',core=False)
g(d,'My friend lost her 22 year old son in Iraq','her 22 year old son','killed',1,section='comment',author='Soapchick',subject='a commenter\'s friend\'s son, killed in Iraq',scope='background')
n(d,'Monday, July 6, 2009','July 6, 2009','date')
n(d,'a 10,000 watt smile','10,000 watt','other')
n(d,'a week before my wedding','a week','duration')
t(d,'killed',2)

# cm174 mlukfc forum archive on the February 2011 Christchurch earthquake: the first post is the thread's article (decision
# 2), each later dated post a reply (comment, no author lines); the reply's verbless "65 dead" restates the first post
d='cm174'
g(d,'another one today with around 65 fatalities','around 65 fatalities','killed',65,vague=True,subject='Christchurch earthquake, 22 February 2011')
g(d,'and over 200 people trapped','over 200 people','missing',201,None,subject='Christchurch earthquake, people trapped')
g(d,'big quake last September, luckily with no fatalities','no fatalities','killed',0,mod='negated',subject='the September 2010 quake',core=False,scope='background')
g(d,'That is really bad, 65 dead and still','65','killed',65,section='comment',subject='Christchurch earthquake (a reply restates)',core=False)
g(d,'Hope they can find those 200 people quickly','those 200 people','missing',200,section='comment',subject='people trapped (a reply restates)',core=False)
n(d,'22 Feb 2011, 09:49','22 Feb 2011, 09:49','date')
n(d,'Luckily I\'m 5 hours drive south','5 hours','duration')
n(d,'more than 14,000 earthquakes a year','more than 14,000 earthquakes','rate')
n(d,'only around 20 have a magnitude','around 20','count')
n(d,'they were 22km away from the epicenter','22km','distance')
t(d,'killed',65)
t(d,'missing',201,None)

# cm175 Grand Old Team forum page on the April 2013 Sichuan (Lushan) earthquake, its opening post not in the excerpt (the
# first text, "Awful.", answers it): comment throughout, no author lines, no article toll; the figures are earlier quakes
d='cm175'
g(d,'which killed more than 90,000 people','more than 90,000 people','killed',90001,None,section='comment',subject='the 2008 Sichuan earthquake',scope='background')
g(d,'against the 230,000 killed in Haiti','230,000','killed',230000,section='comment',subject='the 2010 Haiti earthquake',scope='background')
g(d,'Only one person died and only a few flat blocks','Only one person','killed',1,section='comment',subject='a commenter\'s earthquake in Sofia',scope='background')
n(d,'we would now have 100% media coverage','100%','percent')
n(d,'over 700 miles east','over 700 miles','distance')
n(d,'there was a 6.0 earthquake','6.0','other')
n(d,'at around 3 am once','3 am','time')
n(d,'thousands of people on the streets','thousands of people','count')
n(d,'4 or 5 hours later','4 or 5 hours','duration')
n(d,'donated 230 millions HK dollars','230 millions HK dollars','money')
n(d,'built by our money in 2008/2009','2008/2009','date')

# cm176 ITV's live updates on the December 2016 Tultepec fireworks market explosion (one outlet's live page, an accident):
# article; the children, the five in hospital and the 46 are parts (core=false)
d='cm176'
g(d,'in Mexico has risen to 32','32','killed',32,subject='Tultepec fireworks market explosion')
g(d,'are two of seven children killed in the blast','seven children','killed',7,subject='children among the dead',core=False)
g(d,'Five people remain in hospital with life-threatening injures','Five people','injured',5,speaker='Health Secretary Cesar Gomez Monge',subject='critically injured',core=False)
g(d,'Among the injured are 10 children','10 children','injured',10,subject='children among the injured',core=False)
g(d,'including one girl with burns','one girl','injured',1,subject='a badly burnt girl',core=False)
g(d,'At least 70 people were injured in the blast','At least 70 people','injured',70,None,subject='Tultepec fireworks market explosion')
g(d,'and 46 remain in hospital','46','injured',46,subject='injured still in hospital',core=False)
n(d,'burns to over 90 per cent of her body','over 90 per cent','percent')
n(d,'a 12-year-old girl are two','12-year-old','age')
t(d,'killed',32)
t(d,'injured',70,None)


# ---- cm177-cm184 (session 18): pages that revise a toll on the same page (live pages and blog posts with stamped or
# numbered updates, newest first or oldest first; an article whose lead corrects an earlier outlet's figure), on
# attacks and disasters (gold written blind, before any run) ----

# cm177 rogersparkbench (Blogger) post on the July 2010 Kampala bombings, rewritten as "Update #3" at the top with the
# "Earlier Reports" below it (newest first): article throughout; the toll is the latest update's "at least 64"
# (decision 24), the earlier reports' site counts and estimate stay core claims; the related links' headlines are
# core=false (decision 28)
d='cm177'
g(d,'Update 3: Bombs Kill At Least 64 In Kapala','At Least 64','killed',64,None,subject='Kampala bombings (title)',core=False)
g(d,'in Uganda\'s capitol city Kampala have killed at least 64 people','at least 64 people','killed',64,None,subject='Kampala bombings, latest update')
g(d,'report that the rising death toll is at least 64','at least 64','killed',64,None,speaker='Houston Chronicle and AP',subject='Kampala bombings (restated)',core=False)
g(d,'Police confirmed that 13 people, more than half of them foreigners were killed','13 people','killed',13,speaker='Police',subject='dead at the Ethiopian Village Restaurant (earlier report)')
g(d,'counted about 40 bodies at Kyaddondo Rugby Grounds','about 40 bodies','killed',40,vague=True,speaker='Daily Monitor reporters',subject='dead at the rugby grounds (earlier report)')
g(d,'it may be around 20 people killed','around 20 people','killed',20,vague=True,mod='hedged',speaker='reports from the scene',subject='Kampala bombings (earlier estimate)')
g(d,'RELATED: Ugandan bombings toll rises to 64','64','killed',64,subject='Kampala bombings (a related link\'s headline)',core=False)
g(d,'WFMY News 50 die in Kampala bomb blasts','50','killed',50,subject='Kampala bombings (a related link\'s headline)',core=False)
g(d,'Report: At least 33 dead after two explosions','At least 33','killed',33,None,subject='Kampala bombings (a related link\'s headline)',core=False)
n(d,'Sunday, July 11, 2010','Sunday, July 11, 2010','date')
n(d,'Two or three bomb blasts','Two or three bomb blasts','count')
n(d,'blasts at 11:00 p.m. local time','11:00 p.m.','time')
n(d,'As of July 11, 10:00 p.m. EDT, Houston','10:00 p.m.','time')
n(d,'(on July 12, 2010 at 02:06 local time)','July 12, 2010','date')
n(d,'Most are reporting two explosions','two explosions','count')
t(d,'killed',64,None)

# cm178 Elder of Ziyon (Blogger) post on the March 2011 Jerusalem bus-stop bomb, updated at its foot ("UPDATE: One
# confirmed dead"; oldest first) and retitled "(updated)": article; the earlier reports (no deaths, a source's one, the
# Muqata's unconfirmed 3) stay core; the toll is the update's one dead and the updated title's 39 hurt (decision 24);
# the "possible murder" in Revava is another, unconfirmed event told aside (core=false, not in the toll)
d='cm178'
g(d,'Bomb in Jerusalem, 39 hurt, one confirmed killed','39','injured',39,subject='Jerusalem bus-stop bomb (title, updated)',core=False)
g(d,'Bomb in Jerusalem, 39 hurt, one confirmed killed','one','killed',1,subject='Jerusalem bus-stop bomb (title, updated)',core=False)
g(d,'Reports said that over 30 people were injured in the attack','over 30 people','injured',31,None,speaker='Reports',subject='Jerusalem bus-stop bomb (earlier report)')
g(d,'Magen David Adom said that no deaths were reported','no deaths','killed',0,mod='negated',speaker='Magen David Adom',subject='Jerusalem bus-stop bomb (earlier report)')
g(d,'A source tells me that one person was killed','one person','killed',1,mod='hedged',speaker='A source',subject='Jerusalem bus-stop bomb (unofficial)')
g(d,'The Muqata has unconfirmed reports of 3 fatalities','3 fatalities','killed',3,mod='hedged',speaker='The Muqata',subject='Jerusalem bus-stop bomb (unconfirmed)')
g(d,'a possible murder of an Israeli in Revava','an Israeli','killed',1,mod='hedged',subject='a possible murder in Revava (another event, unconfirmed)',core=False)
g(d,'UPDATE: One confirmed dead, an elderly lady.','One','killed',1,subject='Jerusalem bus-stop bomb, latest update')
n(d,'Wednesday, March 23, 2011','Wednesday, March 23, 2011','date')
n(d,'outside Egged bus number 74','74','other')
t(d,'killed',1)
t(d,'injured',39)

# cm179 xanthippas (WordPress) post on the April 2013 Boston Marathon bombing, numbered updates printed newest first
# ("UPDATE 8" at the top, the unnumbered first "UPDATE" and "UPDATE 2" at the foot): article; the toll is UPDATE 8's
# (3 dead, some 170 injured; decision 24), the New York Post's 12 and CNN's 2 / 28 stay core; the critical and the
# amputations are parts (core=false)
d='cm179'
g(d,'3 Dead in Boston Marathon Bombing','3','killed',3,subject='Boston Marathon bombing (title)',core=False)
g(d,'the death toll stands at 3','3','killed',3,subject='Boston Marathon bombing, latest update')
g(d,'the death toll stands at 3, 17 in critical condition','17','injured',17,subject='critically injured (part)',core=False)
g(d,'and some 170 injured','some 170','injured',170,vague=True,subject='Boston Marathon bombing, latest update')
g(d,'the dead include an 8-year-old boy','an 8-year-old boy','killed',1,speaker='Reuters',subject='a boy among the dead',core=False)
g(d,'UPDATE:   12 dead, at least 50 injured','12','killed',12,speaker='The New York Post',subject='Boston Marathon bombing (an earlier update)')
g(d,'12 dead, at least 50 injured','at least 50','injured',50,None,speaker='The New York Post',subject='Boston Marathon bombing (an earlier update)')
g(d,'injured with at least 10 amputations','at least 10 amputations','injured',10,None,speaker='The New York Post',subject='amputees (part)',core=False)
g(d,'CNN is reporting 2 people have died and 28 have been injured','2 people','killed',2,speaker='CNN',subject='Boston Marathon bombing (the first report)')
g(d,'2 people have died and 28 have been injured','28','injured',28,speaker='CNN',subject='Boston Marathon bombing (the first report)')
n(d,'UPDATE 8:  24 hours after the fact','24 hours','duration')
n(d,'There were 2 bombs','2 bombs','count')
n(d,'a 20-year-old Saudi national','20-year-old','age')
n(d,'(15. April 2013)','15. April 2013','date')
t(d,'killed',3)
t(d,'injured',170)

# cm180 kmmsam page on the April 2015 Nepal earthquake: an "UPDATE (11:30 a.m. MST)" paragraph above the earlier AP
# items (newest first): article; the toll is the update's "at least 1,130" (decision 24); the earlier "more than 700"
# stays core; Nepal's 688, Everest's eight, the two Chinese and India's figures are parts (core=false); the injured toll
# is Nepal's "Scores" (the only injured figure for the quake's main country; India's are a part)
d='cm180'
g(d,'at least 1,130 people have been confirmed dead','at least 1,130 people','killed',1130,None,speaker='A top Nepalese police official',subject='Nepal earthquake, latest update')
g(d,'has killed more than 700 people across a swath of four countries','more than 700 people','killed',701,None,speaker='Officials',subject='Nepal earthquake (earlier report)')
g(d,'where at least eight bodies have been recovered','at least eight bodies','killed',8,None,speaker='Authorities',subject='dead on Mount Everest (part)',core=False)
g(d,'at least 688 people are confirmed dead in Nepal','at least 688 people','killed',688,None,speaker='Authorities',subject='dead in Nepal (part)',core=False)
g(d,'Two Chinese citizens died at the Nepal-China border','Two Chinese citizens','killed',2,subject='dead at the Nepal-China border (part)',core=False)
g(d,'Scores of people have been injured','Scores of people','injured',40,None,vague=True,subject='Nepal earthquake, injured')
g(d,'the bodies of eight people have been recovered on Mount Everest','eight people','killed',8,speaker='An official with Nepal\'s mountaineering department',subject='dead on Mount Everest (restated)',core=False)
g(d,'at least 20 people have been killed and dozens more injured in India','at least 20 people','killed',20,None,speaker='Officials',subject='dead in India (part)',core=False)
g(d,'have been killed and dozens more injured in India','dozens more','injured',24,99,vague=True,speaker='Officials',subject='injured in India (part)',core=False)
g(d,'at least 14 deaths were reported in seven districts','at least 14 deaths','killed',14,None,speaker='A government official in the eastern state of Bihar',subject='dead in Bihar (part)',core=False)
g(d,'At least 35 other people were injured','At least 35 other people','injured',35,None,speaker='A government official in the eastern state of Bihar',subject='injured in Bihar (part)',core=False)
n(d,'UPDATE (11:30 a.m. MST)','11:30 a.m.','time')
n(d,'a magnitude 7.8 earthquake','magnitude 7.8','other')
n(d,'a swath of four countries','four countries','count')
n(d,'a magnitude 6.6 aftershock','magnitude 6.6','other')
n(d,'worst temblor in over 80 years','over 80 years','duration')
n(d,'in seven districts','seven districts','count')
t(d,'killed',1130,None)
t(d,'injured',40,None)

# cm181 news1.news page on the August 2019 Odessa-Midland shootings: a lead above time-stamped updates printed newest
# first ("0:55." at the top, "11:45 p.m.." at the foot): article; the toll is the latest update's (0:55: at least 5
# dead, more than 20 wounded; decision 24) over the first update's larger "At least 30 people were injured"; the lead
# gives the same figures (core), 0:55 restates them; the suspect shot dead is the attacker (core=false, outside the
# toll, decision 15); the three officers are a part
d='cm181'
g(d,'at least 5 dead and 20 wounded\n','at least 5','killed',5,None,subject='Odessa-Midland shootings (title)',core=False)
g(d,'at least 5 dead and 20 wounded\n','20','injured',20,None,subject='Odessa-Midland shootings (title)',core=False)
g(d,'police spokesman reports 5 dead and more than 20 injured','5','killed',5,speaker='a police spokesman',subject='Odessa-Midland shootings, latest report')
g(d,'reports 5 dead and more than 20 injured','more than 20','injured',21,None,speaker='a police spokesman',subject='Odessa-Midland shootings, latest report')
g(d,'New record of at least 5 dead and more than 20 wounded','at least 5','killed',5,None,speaker='a spokesman of the police',subject='Odessa-Midland shootings (0:55 update, restated)',core=False)
g(d,'at least 5 dead and more than 20 wounded according','more than 20','injured',21,None,speaker='a spokesman of the police',subject='Odessa-Midland shootings (0:55 update, restated)',core=False)
g(d,'A suspect was shot dead by police in Odessa','A suspect','killed',1,speaker='officials',subject='the gunman, shot by police',core=False)
g(d,'three police officers are among the wounded victims','three police officers','injured',3,subject='police officers among the wounded (part)',core=False)
g(d,'At least 2 victims have died says the mayor','At least 2 victims','killed',2,None,speaker='the mayor of Midland',subject='Odessa-Midland shootings (0:05 update)')
g(d,'At least 30 people were injured by gunfire','At least 30 people','injured',30,None,speaker='several US media',subject='Odessa-Midland shootings (11:45 p.m. update)')
n(d,'shortly after 4 pm (local time','4 pm','time')
n(d,'11 pm in Paris','11 pm','time')
n(d,'There could be two shooters','two shooters','count')
n(d,'0:55. New record','0:55','time')
n(d,'0:35. A suspect','0:35','time')
n(d,'At least one man opened fire on passersby in Odessa','At least one man','count')
n(d,'two fencers in two different vehicles','two different vehicles','count')
n(d,'5 \u00d7 1 =','5 \u00d7 1','other')
t(d,'killed',5,None)
t(d,'injured',21,None)

# cm182 emigreimagine (Blogger) post on the December 2004 Indian Ocean tsunami, its title and two link lines giving the
# rising toll: article; Reuters' 68,000 "1 hr ago" is the latest (decision 24); ABC's "over 60,000" and the "nearer
# 26,000" of 24 hours before stay core; the title restates 68,000 (core=false)
d='cm182'
g(d,'Toll climbs to 68,000\n\nTsunami','68,000','killed',68000,subject='Indian Ocean tsunami (title)',core=False)
g(d,'Tsunami Death Toll over 60,000 ABC','over 60,000','killed',60001,None,speaker='ABC',subject='Indian Ocean tsunami (a link\'s headline, earlier)')
g(d,'Toll hits 68,000 reuters 1 hr ago.','68,000','killed',68000,speaker='reuters',subject='Indian Ocean tsunami, latest')
g(d,'Twenty-four hours ago reports were nearer 26,000.','nearer 26,000','killed',26000,vague=True,speaker='reports',subject='Indian Ocean tsunami (a day before)')
n(d,'Wednesday, December 29, 2004','Wednesday, December 29, 2004','date')
n(d,'reuters 1 hr ago','1 hr','duration')
n(d,'Twenty-four hours ago','Twenty-four hours','duration')
n(d,'southern Sumatra in 1883','1883','date')
t(d,'killed',68000)

# cm183 worldwidehelp (Blogger) post on the May 2008 Sichuan earthquake, an "UPDATE:" line below the first outlets'
# figures (oldest first), the quoted Times story after it: article; the toll is the update's first figure (8,500 feared
# dead, rule 11 as cm163) over its "Others fear 13000"; the injured and trapped the first line's (no later figure);
# "Up to 5,000 ... in a single Chinese county" restates the Times' 5,000 (core=false)
d='cm183'
g(d,'Times Online reports 5000 feared dead and 10000 injured','5000','killed',5000,mod='hedged',speaker='Times Online',subject='Sichuan earthquake (first report)')
g(d,'Times Online reports 5000 feared dead and 10000 injured','10000','injured',10000,speaker='Times Online',subject='Sichuan earthquake')
g(d,'900 young students are buried under debris','900 young students','missing',900,subject='students buried at a school')
g(d,'CNN reports 7000 feared dead.','7000','killed',7000,mod='hedged',speaker='CNN',subject='Sichuan earthquake')
g(d,'UPDATE: some fear toll is 8500.','8500','killed',8500,mod='hedged',speaker='some',subject='Sichuan earthquake, latest update')
g(d,'Others fear 13000 already.','13000','killed',13000,mod='hedged',speaker='Others',subject='Sichuan earthquake, latest update (a higher fear)')
g(d,'Up to 5,000 people were reported to have been killed','Up to 5,000 people','killed',5000,vague=True,mod='hedged',subject='dead in one county (the Times story, restated)',core=False)
n(d,'12 May, 2008','12 May, 2008','date')
n(d,'a magnitude of 7.8 on the Richter scale','magnitude of 7.8','other')
n(d,'more than 1,200 miles from the epicentre','more than 1,200 miles','distance')
n(d,'13 May, 2008 00:41','13 May, 2008 00:41','date')
n(d,'1 Comments Post a Comment','1 Comments','count')
t(d,'killed',8500)
t(d,'injured',10000)
t(d,'missing',900)

# cm184 ktemoc (Blogger) post on the July 2005 London bombings, the day after (a second page of cm171's story), with one
# reader comment (no figure): article; the police's "at least 50" now is the toll over Sky News' 75 of the night before
# (the lead, rule 11; decision 24), the 75 stays core; the hospital, serious and Australian counts are parts (core=false);
# the Met head's ceiling of 100 is a forecast (hypothetical)
d='cm184'
g(d,'death toll is indeed at least 50','at least 50','killed',50,None,speaker='London Police',subject='London bombings, the day after')
g(d,'the final figure is unlikely to exceed 100','100','killed',100,mod='hypothetical',speaker='the Metropolitan Police Head',subject='a ceiling for the final toll',core=False)
g(d,'its figure of 75 killed last night','75','killed',75,speaker='Sky News',subject='London bombings (the night before)')
g(d,'700 have been injured, with 100 still in hospital','700','injured',700,subject='London bombings, injured')
g(d,'with 100 still in hospital','100','injured',100,subject='injured still in hospital (part)',core=False)
g(d,'Of these 22 are in serious or critical conditions','22','injured',22,subject='seriously injured (part)',core=False)
g(d,'Australian casualties numbered 9','9','killed_or_injured',9,subject='Australian casualties (subset)',core=False)
g(d,'(3 men and 6 women)','3 men','killed_or_injured',3,subject='Australian casualties (part)',core=False)
g(d,'(3 men and 6 women)','6 women','killed_or_injured',6,subject='Australian casualties (part)',core=False)
g(d,'with 2 in critical states','2','injured',2,subject='Australians in critical condition (part)',core=False)
n(d,'Friday, July 08, 2005','Friday, July 08, 2005','date')
n(d,'1 comment:\n','1 comment','count')
t(d,'killed',50,None)
t(d,'injured',700)


# ---- cm185-cm192 (session 19): pages that revise a toll on the same page under update stamps (numbered updates
# newest first, clock- and date-stamped live entries newest first, an "UPDATE:" line oldest first, a tweet's "UPDATE:",
# a title's "(UPDATED ...)"), and a war blog whose outlets' figures climb; attacks, quakes, a bombing in Iraq (gold
# written blind, before any run) ----

# cm185 gregmitchellwriter (Blogger) post on the August 2012 Oak Creek Sikh temple shooting, numbered updates printed
# newest first ("UPDATE #5" at the top, "UPDATE #1" at the foot): article throughout (decision 67); the toll is
# UPDATE #5's "7 deceased, three injured" (decision 72; the 7 counts the gunman, UPDATE #2's "shooter dead, six others":
# the latest update's stated figure is kept, decision 75); UPDATE #2's six stays core; the gunman's death and the
# officer are parts (core=false); the Milwaukee-area killing is another event (background)
d='cm185'
g(d,'Still holding at 7 deceased, three injured including officer.','7 deceased','killed',7,subject='Oak Creek temple shooting, latest update')
g(d,'Still holding at 7 deceased, three injured including officer.','three injured','injured',3,subject='Oak Creek temple shooting, latest update')
g(d,'Officer hit was not one who then killed suspect.','Officer hit','injured',1,subject='the officer shot (part)',core=False)
g(d,'Officer hit was not one who then killed suspect.','suspect','killed',1,subject='the gunman, shot by police',core=False)
g(d,'Employee shoots and kills boss, then himself.','boss','killed',1,subject='a workplace killing in the Milwaukee area (another event)',scope='background')
g(d,'Employee shoots and kills boss, then himself.','himself','killed',1,subject='the workplace killer (another event)',core=False,scope='background')
g(d,'confirms shooter dead, six others killed at temple','shooter','killed',1,speaker='Local police chief',subject='the gunman (UPDATE #2)',core=False)
g(d,'confirms shooter dead, six others killed at temple','six others','killed',6,speaker='Local police chief',subject='Oak Creek temple shooting (UPDATE #2)')
g(d,'including four inside','four','killed',4,speaker='Local police chief',subject='dead inside the temple (part)',core=False)
g(d,'Officer, a 20-year veteran, shot multiple times and in surgery.','Officer','injured',1,subject='the officer shot (UPDATE #2, part)',core=False)
n(d,'Sunday, August 5, 2012','Sunday, August 5, 2012','date')
n(d,'no new info until 10 am tomorrow','10 am tomorrow','time')
n(d,'now 57 in past 30 years','57','count')
n(d,'now 57 in past 30 years','past 30 years','duration')
n(d,'in tactical gear, one handgun','one handgun','equipment')
n(d,'Officer, a 20-year veteran','20-year','duration')
t(d,'killed',7)
t(d,'injured',3)

# cm186 inquisitr page on the April 2015 Garissa University College attack: the lead's 147 (CNN), a quoted tweet of
# Kenya's disaster centre headed "UPDATE: 147 fatalities confirmed" (a comment, decision 55), and "In an earlier
# report ... at least 15" at the foot: article; the toll is 147 (the lead and the latest update agree); the earlier 15
# and the morning's "over 500 students ... unaccounted for" stay core; the four gunmen killed are attackers
# (core=false); the hostages are "several" (3-9, vague); Westgate's 67 is another event (background)
d='cm186'
g(d,'Death Toll In Kenya College Attack Rises To 147','147','killed',147,subject='Garissa attack (title)',core=False)
g(d,'Kenya early Thursday has risen to 147, reports CNN','147','killed',147,speaker='CNN',subject='Garissa attack, latest')
g(d,'managed to kill four terrorists','four terrorists','killed',4,speaker='CNN',subject='the gunmen, killed by security forces',core=False)
g(d,'held several of them hostage','several of them','captured',3,9,vague=True,speaker='CNN',subject='students taken hostage')
g(d,'reports of over 500 students being unaccounted for','over 500 students','missing',501,None,mod='hedged',speaker='reports',subject='students unaccounted for (earlier in the day)')
g(d,'a total of 147 individuals','147 individuals','killed',147,speaker='Kenya\u2019s National Disaster Operation Center\u2019s Twitter account',subject='Garissa attack (the disaster centre, restated)',core=False)
g(d,'UPDATE: 147 fatalities confirmed in the Garissa Attack.','147 fatalities','killed',147,section='comment',author='Disaster Operations',subject='Garissa attack (a quoted tweet, update)',core=False)
g(d,'The death toll of 147 makes','147','killed',147,subject='Garissa attack (restated)',core=False)
g(d,'the Westgate Shopping center attack in Nairobi that killed 67 people','67 people','killed',67,subject='the Westgate attack (another event)',scope='background')
g(d,'the Inquisitr reported that at least 15 people were killed','at least 15 people','killed',15,None,speaker='the Inquisitr',subject='Garissa attack (an earlier report)')
n(d,'\u2014 Disaster Operations (@NDOCKenya) April 2, 2015','April 2, 2015','date')
n(d,'The Garissa University College had 815 students enrolled.','815 students','count')
n(d,'from 6:30 p.m to 6:30 a.m','6:30 p.m','time')
t(d,'killed',147)
t(d,'captured',3,9)
t(d,'missing',501,None)

# cm187 nsuspartanecho (WordPress) repost of AP's "The Latest" on the September 2017 Puebla earthquake, clock-stamped
# entries newest first ("6 p.m." above "3:20 p.m." and "2:10 p.m."): article; the toll is the 6 p.m. entry's 230 over
# the 3:20 entry's 223 (decision 72); the caption's "more than 100" and the 223 stay core; the states' counts and
# Mexico City's 100 are parts (core=false); the rescued are no casualties
d='cm187'
g(d,'The Latest: Big quake\u2019s death toll rises to 230 in Mexico','230','killed',230,subject='Mexico earthquake (title)',core=False)
g(d,'killing more than 100 people as buildings collapsed','more than 100 people','killed',101,None,subject='Mexico earthquake (the photo caption, earlier)')
g(d,'has been raised to 230','230','killed',230,speaker='Mexican federal authorities',subject='Mexico earthquake, latest entry (6 p.m.)')
g(d,'the number of confirmed dead in Mexico City rose to 100','100','killed',100,speaker='Mexican federal authorities',subject='dead in Mexico City (part)',core=False)
g(d,'officials now count 223 dead','223','killed',223,speaker='National Civil Defense Coordinator Luis Felipe Puente',subject='Mexico earthquake (3:20 p.m. entry)')
g(d,'He now says 93 people have died in Mexico City','93 people','killed',93,speaker='Luis Felipe Puente',subject='dead in Mexico City (part, 3:20 p.m.)',core=False)
g(d,'69 in neighboring Morelos state','69','killed',69,speaker='Luis Felipe Puente',subject='dead in Morelos (part)',core=False)
g(d,'43 in Puebla','43','killed',43,speaker='Luis Felipe Puente',subject='dead in Puebla (part)',core=False)
g(d,'13 in the State of Mexico','13','killed',13,speaker='Luis Felipe Puente',subject='dead in the State of Mexico (part)',core=False)
g(d,'four in Guerrero','four','killed',4,speaker='Luis Felipe Puente',subject='dead in Guerrero (part)',core=False)
g(d,'one in Oaxaca','one','killed',1,speaker='Luis Felipe Puente',subject='dead in Oaxaca (part)',core=False)
n(d,'Wednesday Sept. 20, 2017','Sept. 20, 2017','date')
n(d,'A magnitude 7.1 earthquake has stunned','magnitude 7.1','other')
n(d,'6 p.m.\n\nMexican','6 p.m.','time')
n(d,'3:20 p.m.\n\nMexico','3:20 p.m.','time')
n(d,'2:10 p.m.\n\nThe','2:10 p.m.','time')
n(d,'more than 24 hours in the rubble','more than 24 hours','duration')
n(d,'a reduction of two from the figure','two','other')
n(d,'says 52 people have been rescued','52 people','count')
t(d,'killed',230)

# cm188 bible-christian page reposting AP's "Latest" on the August 2016 Amatrice earthquake, clock-stamped entries
# newest first ("2:30 a.m." at the top, "11:45 p.m." lower): article; the latest entry with the page's toll is the
# 11:45 p.m. 159 (the 2:30 a.m. entry's five bodies and ten missing are the hotel's, parts: decision 72 takes a figure
# of the event, not a part; no missing toll: the ten are one hotel's); the girl is one of the dead (core=false); her mother pulled from the rubble is the page's
# only injured person (core, decision 70); L'Aquila 2009 is background
d='cm188'
g(d,'Latest: Death toll up to 159 in Italy quake','159','killed',159,subject='Italy earthquake (title)',core=False)
g(d,'estimated that about 10 guests were missing','about 10 guests','missing',10,vague=True,mod='hedged',speaker='Carlo Cardinali',subject='guests missing at the Hotel Roma (part)',core=False)
g(d,'Five bodies have been pulled from the rubble.','Five bodies','killed',5,subject='dead at the Hotel Roma (part)',core=False)
g(d,'Among the victims of an earthquake in Italy was an 18-month-old girl','an 18-month-old girl','killed',1,speaker='The news agency ANSA',subject='a toddler among the dead (part)',core=False)
g(d,'the earthquake that struck L\u2019Aquila, killing more than 300 people','more than 300 people','killed',301,None,subject='the 2009 L\'Aquila earthquake',scope='background')
g(d,'Now she is being treated in a hospital after being pulled from the rubble','she','injured',1,subject='the toddler\'s mother, injured')
g(d,'has risen to 159','159','killed',159,speaker='Italian authorities',subject='Italy earthquake (11:45 p.m. entry)')
n(d,'about 70 people had been staying','about 70 people','count')
n(d,'about 35 people had been staying','about 35 people','count')
n(d,'2:30 a.m.\nItalian','2:30 a.m.','time')
n(d,'__\n00:30\n','00:30','time')
n(d,'11:45 p.m.\nItalian','11:45 p.m.','time')
n(d,'11:40 p.m.\nSome','11:40 p.m.','time')
n(d,'the deadly earthquake of 2009','2009','date')
n(d,'some 20 hours after the earthquake','some 20 hours','duration')
n(d,'reduced three towns to rubble','three towns','count')
t(d,'killed',159)
t(d,'injured',1,basis='enumerated')

# cm189 The Atlantic's live page on the August 2016 Amatrice earthquake, date-stamped entries newest first ("August 27
# at 3:46 p.m." above "August 26 at 5:46 p.m."): article; the toll is the latest entry's 290 (the summary gives it too)
# over the earlier 281 (core); the summary's bullet restates 290 (core=false)
d='cm189'
g(d,'and the death toll has risen to 290.','290','killed',290,subject='Italy earthquake (the page\'s summary)')
g(d,'in central Italy has risen to 290.','290','killed',290,subject='Italy earthquake (summary bullet, restated)',core=False)
g(d,'Civile Protezione says the death toll has risen to 290 as of Saturday afternoon','290','killed',290,speaker='Italy\'s Civile Protezione',subject='Italy earthquake, latest entry (August 27)')
g(d,'The death toll rose to 281 as of Friday afternoon.','281','killed',281,subject='Italy earthquake (August 26 entry)')
n(d,'A 4.7-magnitude aftershock struck','4.7-magnitude','other')
n(d,'the magnitude-6 earthquake','magnitude-6','other')
n(d,'Eastern Daylight Time (GMT -4)','GMT -4','other')
n(d,'August 27 at 3:46 p.m.','August 27 at 3:46 p.m.','date')
n(d,'August 26 at 5:46 p.m.','August 26 at 5:46 p.m.','date')
n(d,'August 26 at 9:45 a.m.','August 26 at 9:45 a.m.','date')
n(d,'where a magnitude-4.7 aftershock hit','magnitude-4.7','other')
n(d,'two key access bridges were damaged','two key access bridges','count')
t(d,'killed',290)

# cm190 suitableformixedcompany (Blogger) post on the March 2005 Red Lake school shooting, an "UPDATE: March 26, 2005."
# below the first text (oldest first): article; the toll is the first text's ten (it counts the suspect: the latest
# update's stated figure is kept, decision 75) and "around a dozen" wounded; the update's "had stayed at ten" restates
# it (core=false); the parts (eight at the school, the two at home) and the named wounded student are core=false
d='cm190'
g(d,'Red Lake, Minnesota, is up to ten','ten','killed',10,subject='Red Lake shooting')
g(d,'eight of those at the high school','eight of those','killed',8,subject='dead at the high school (part)',core=False)
g(d,'the other two the grandparents of the suspect','the other two','killed',2,subject='dead at home (part)',core=False)
g(d,'Somewhere around a dozen others are said to be wounded','around a dozen others','injured',12,vague=True,mod='hedged',subject='Red Lake shooting, wounded')
g(d,'The suspect is among the dead.','The suspect','killed',1,subject='the gunman, dead',core=False)
g(d,'He killed his grandfather and his grandfather\'s girlfriend','his grandfather and his grandfather\'s girlfriend','killed',2,subject='dead at home (part, corrected in the update)',core=False)
g(d,'The death toll, last time I checked, had stayed at ten.','ten','killed',10,subject='Red Lake shooting, the update (restated)',core=False)
g(d,'May was shot in the cheek and neck','May','injured',1,subject='a wounded student (part)',core=False)
n(d,'UPDATE: March 26, 2005.','March 26, 2005','date')
n(d,'the rescue of two girls','two girls','count')
t(d,'killed',10)
t(d,'injured',12)

# cm191 thecommonills (Blogger) post on the June 2007 al-Khilani mosque truck bombing in Baghdad, whose outlets' figures
# climb on the page (the New York Times' 61, "most" at 78, AP, Reuters and CNN "now" at 87): article; no update stamps;
# the toll is the latest figure, 87 (the title's and the outlets' "now"), and CNN's 214 injured; each outlet's figure is
# core; the three US soldiers are other events (background; the three events' parts core=false)
d='cm191'
g(d,'Death toll from Tuesday\'s Baghdad bombing climbs to 87','87','killed',87,subject='Baghdad mosque bombing (title)',core=False)
g(d,'"Truck Bomb Hits Baghdad Mosque, and 61 Are Killed"','61','killed',61,speaker='New York Times',subject='Baghdad mosque bombing (the Times\' earlier figure)')
g(d,'most have stuck with 78','78','killed',78,speaker='most',subject='Baghdad mosque bombing (most outlets)')
g(d,'one AP report says 87 were killed','87','killed',87,speaker='one AP report',subject='Baghdad mosque bombing (AP)')
g(d,'Reuters is now reporting that the death toll has climbed to 87','87','killed',87,speaker='Reuters',subject='Baghdad mosque bombing (Reuters, latest)')
g(d,'CNN also reports the death toll has now climbed to 87','87','killed',87,speaker='CNN',subject='Baghdad mosque bombing (CNN, latest)')
g(d,'214 are injured','214','injured',214,speaker='CNN',subject='Baghdad mosque bombing, injured')
g(d,'the deaths of three more US soldiers','three more US soldiers','killed',3,speaker='the US military',subject='US soldiers killed in three attacks (other events)',scope='background')
g(d,'"A Task Force Marne Soldier was killed','A Task Force Marne Soldier','killed',1,speaker='the US military',subject='a US soldier, roadside bomb (part)',core=False,scope='background')
g(d,'three were wounded when their patrol','three','injured',3,speaker='the US military',subject='US soldiers wounded by a roadside bomb (another event)',scope='background')
g(d,'One Task Force Lightning Soldier died','One Task Force Lightning Soldier','killed',1,speaker='the US military',subject='a US soldier in Diyala (part)',core=False,scope='background')
g(d,'"A Multi-National Division-Baghdad Soldier was killed','A Multi-National Division-Baghdad Soldier','killed',1,speaker='the US military',subject='a US soldier in eastern Baghdad (part)',core=False,scope='background')
n(d,'Wednesday, June 20, 2007','Wednesday, June 20, 2007','date')
n(d,'said Abu Muhammad, 55,','55','age')
n(d,'two mosques have been blown up today','two mosques','count')
n(d,'since April 18th','April 18th','date')
n(d,'Diyala Province June 19','June 19','date')
t(d,'killed',87)
t(d,'injured',214)

# cm192 pundita (Blogger) post on the July 2016 Baton Rouge police shooting, titled "(UPDATED 3:25, 5:05 PM EDT)", the
# newest text at the top (CNN's 4:55 PM report, then The Advocate's 2:12 PM, then its 12:25 PM transcript): article;
# the toll is the title's three officers killed and three wounded (decision 30; no update gives another figure); the
# Advocate's three confirmed dead is core; the wounded's conditions are parts; the gunman is core=false; the two
# persons of interest detained are captured (as "arrested a number of Afghans"); Alton Sterling is another event
d='cm192'
g(d,'Three law officers killed, 3 critically wounded in Baton Rouge','Three law officers','killed',3,subject='Baton Rouge police shooting (title)',core=False)
g(d,'Three law officers killed, 3 critically wounded in Baton Rouge','3','injured',3,subject='Baton Rouge police shooting (title)',core=False)
g(d,'two of the wounded officers are now in stable condition','two of the wounded officers','injured',2,speaker='Baton Rouge police/other officials',subject='wounded officers stable (part)',core=False)
g(d,'a third has just received surgery','a third','injured',1,speaker='Baton Rouge police/other officials',subject='a wounded officer in surgery (part)',core=False)
g(d,'the dead shooter has been identified as Gavin Long','the dead shooter','killed',1,speaker='CNN',subject='the gunman',core=False)
g(d,'the shooting suspect who was killed was from Missouri','the shooting suspect','killed',1,speaker='The Advocate (Baton Rouge)',subject='the gunman (restated)',core=False)
g(d,'two "persons of interest" have been detained','two "persons of interest"','captured',2,speaker='The Advocate (Baton Rouge)',subject='persons of interest detained')
g(d,'Alton Sterling, a black man, was shot by a white policeman','Alton Sterling','killed_or_injured',1,subject='Alton Sterling, shot by police days before (another event)',scope='background')
g(d,'Three law enforcement officers [one a sheriff\'s deputy] are confirmed dead','Three law enforcement officers','killed',3,speaker='The Advocate newspaper in Baton Rouge',subject='Baton Rouge police shooting')
g(d,'as well as one suspect, in a shooting','one suspect','killed',1,speaker='The Advocate newspaper in Baton Rouge',subject='the gunman (transcript)',core=False)
n(d,'(UPDATED 3:25, 5:05 PM EDT)','3:25, 5:05 PM EDT','time')
n(d,'updated at 4:55 PM EDT','4:55 PM EDT','time')
n(d,'29 years old as of today','29 years old','age')
n(d,'filed at 2:12 PM','2:12 PM','time')
n(d,'(at 12:25 PM)','12:25 PM','time')
n(d,'two other shooters are at large','two other shooters','count')
n(d,'About 8:45 a.m. on police dispatch radio','8:45 a.m.','time')
n(d,'Two minutes later','Two minutes','duration')
t(d,'killed',3)
t(d,'injured',3)
t(d,'captured',2)


import os
base=os.path.dirname(os.path.abspath(__file__))+'/'
# ---- cm193-cm200 (session 19, task s19comm2): pages that tell a second attack or group after the lead with "also"
# (or "too") on its own verb, the frame "parts not added up" of the tune toll misses (cm022 "US warplanes also
# targeted ... leaving 35 people dead", cm010 "Two Iraqi civilians also died"). Gold written blind, before any run.
# Decision 78: an incident told with "also" after the lead adds to the lead's figure where it is another attack or
# another group of the same attack (cm193 the shrine, cm195 the kidnapped soldiers, cm196 the driver and teacher);
# where the lead's own figure already holds it ("31 people killed in the initial assault, subsequent crossfire and a
# rocket attack on a house", cm194; "two incidents of air strikes killing at least 28", cm199; "killing two people
# including the suicide bomber himself and a policeman", cm197) the lead's figure stands and the "also" figure is a
# core=false part.

# cm193 brecorder (AFP) on a checkpoint attack in Mohmand and, "also", a Sufi shrine attack near Peshawar: article;
# toll killed 2 + 3 = 5 (sum), injured 6; the week-old double bombing is background
d='cm193'
g(d,'on the Afghan border, killing two soldiers','two soldiers','killed',2,speaker='officials',subject='FC checkpoint attack, Mohmand')
g(d,'wounding six others, officials said','six others','injured',6,speaker='officials',subject='FC checkpoint attack, Mohmand')
g(d,'a double suicide bombing killed 43 people last week','43 people','killed',43,subject='double suicide bombing in Mohmand last week',scope='background')
g(d,'late Monday night, killing two soldiers','two soldiers','killed',2,speaker='a local official Shakirullah',subject='FC checkpoint attack (quote restates)',core=False)
g(d,'wounding six others," a local official','six others','injured',6,speaker='a local official Shakirullah',subject='FC checkpoint attack (quote restates)',core=False)
g(d,'shrine overnight, killing three caretakers','three caretakers','killed',3,subject='Sufi shrine attack, Budhber (separate attack, "also")')
g(d,'opened indiscriminate fire, killing three caretakers','three caretakers','killed',3,speaker='local police official Waris Khan',subject='Sufi shrine attack (quote restates)',core=False)
n(d,'"More than 20 militants armed','More than 20 militants','count')
n(d,'"At least five militants attacked','At least five militants','count')
t(d,'killed',5,basis='sum')
t(d,'injured',6)

# cm194 103.241.136.51 (Reuters-style report with a comment form) on the Lakki Marwat checkpoint attack: article; the
# lead's "at least 31" holds the clash's 12 + 9 and the house's 10 ("also targeted a house"): toll killed 31-null
d='cm194'
g(d,'31 killed as militants attack Pakistan checkpoint','31','killed',31,subject='Lakki Marwat checkpoint attack (title)',core=False)
g(d,'with at least 31 people killed','at least 31 people','killed',31,None,speaker='officials',subject='Lakki Marwat checkpoint attack')
g(d,'last month in which two commanders were killed','two commanders','killed',2,subject='US drone strike in North Waziristan last month',scope='background')
g(d,'at least 12 militants and nine officials and civilians were killed','at least 12 militants','killed',12,None,speaker='Security sources',subject='militants killed in the clash (part)',core=False)
g(d,'at least 12 militants and nine officials and civilians were killed','nine officials and civilians','killed',9,speaker='Security sources',subject='officials and civilians killed in the clash (part)',core=False)
g(d,'Two bodies had suicide bomb belts','Two bodies','killed',2,speaker='an official',subject='dead attackers with suicide belts',core=False)
g(d,'with rockets, killing 10 members of one family','10 members of one family','killed',10,speaker='sources',subject='rocket attack on a house next to the camp ("also"; part of the 31)',core=False)
g(d,'drone strikes that killed our two senior commanders','our two senior commanders','killed',2,speaker='the Taliban spokesman',subject='US drone strike (Taliban restates)',core=False,scope='background')
g(d,'He said four suicide bombers attacked the camp and blew themselves up','four suicide bombers','killed',4,speaker='the Taliban spokesman',subject='suicide bombers\' own deaths',core=False)
g(d,'more than a dozen soldiers were killed','more than a dozen soldiers','killed',13,None,vague=True,speaker='the Taliban spokesman',subject='soldiers killed (the Taliban\'s claim)')
n(d,'continued for four hours','four hours','duration')
n(d,'a few hours\u2019 drive','a few hours','duration')
n(d,'have since 2009 regained','2009','date')
t(d,'killed',31,None)

# cm195 worldbulletin (BBC-style report, 25 July 2007) on a rocket attack on Bannu: article; the fighters "have also
# killed two Pakistani soldiers" they had kidnapped (another incident told with "also") add: toll killed 8 + 2 = 10
# (at least: sum, 10-null); the army's 35 of Monday is an earlier operation (background); the 180 a running total
d='cm195'
g(d,'At least eight people have been killed','At least eight people','killed',8,None,speaker='police',subject='rocket attack on Bannu')
g(d,'and about 30 injured after suspected fighters','about 30','injured',30,vague=True,speaker='police',subject='rocket attack on Bannu')
g(d,'About 180 people, mostly police and soldiers, have been killed in attacks.','About 180 people','killed',180,vague=True,subject='attacks since the mosque assault (running total)',scope='aggregate')
g(d,'but no casualties were reported','no casualties','killed_or_injured',0,mod='negated',subject='school bomb in Miram Shah (separate incident)')
g(d,'have also killed two Pakistani soldiers','two Pakistani soldiers','killed',2,speaker='our correspondent in Islamabad',subject='kidnapped soldiers killed (another incident, "also")')
g(d,'it had killed 35 fighters','35 fighters','killed',35,speaker='The army',subject='army operation in North Waziristan on Monday',scope='background')
n(d,'Four rockets were fired','Four rockets','equipment')
n(d,'25 Temmuz 2007, 10:54','25 Temmuz 2007, 10:54','date')
t(d,'killed',10,None,basis='sum')
t(d,'injured',30)

# cm196 thecomingcrisis (Blogger) on the Matani school-bus attack, 13 September 2011: article; the driver and a teacher
# "were also killed" add to the children: toll killed 3 + 2 = 5-null (sum), injured 5
d='cm196'
g(d,'Killing at least THREE Children','at least THREE Children','killed',3,None,subject='school bus attack, Matani (title)',core=False)
g(d,'killing at least three children, police have said','at least three children','killed',3,None,speaker='police',subject='school bus attack, Matani')
g(d,'the bus driver and a teacher were also killed','the bus driver and a teacher','killed',2,speaker='Officers',subject='school bus attack: the driver and a teacher ("also")')
g(d,'Five other children were wounded.','Five other children','injured',5,subject='school bus attack, wounded children')
n(d,'Tuesday, September 13, 2011','Tuesday, September 13, 2011','date')
n(d,'13th Sept 2011','13th Sept 2011','date')
t(d,'killed',5,None,basis='sum')
t(d,'injured',5)

# cm197 people.cn (Xinhua) on the Samkani district attack, 10 November 2011: article; the lead's two dead hold the
# bomber and the policeman "also killed in the blast"; three more bombers killed later; the title's "5 killed, 1
# injured" is the toll as stated (decision 75: a stated figure that counts attackers stays as stated)
d='cm197'
g(d,'Afghan town, 5 killed, 1 injured','5','killed',5,subject='Samkani attack (title)',core=False)
g(d,'5 killed, 1 injured\n','1','injured',1,subject='Samkani attack (title)',core=False)
g(d,'killing two people including the suicide bomber himself','two people','killed',2,speaker='provincial police chief Abdul Ghafar Safi',subject='Samkani suicide bombing')
g(d,'including the suicide bomber himself','the suicide bomber himself','killed',1,speaker='provincial police chief Abdul Ghafar Safi',subject='the bomber\'s own death (part)',core=False)
g(d,'himself and a policeman, provincial','a policeman','killed',1,speaker='provincial police chief Abdul Ghafar Safi',subject='a policeman (part)',core=False)
g(d,'One of them was killed in the blast','One of them','killed',1,speaker='Safi',subject='a bomber (quote restates)',core=False)
g(d,'one policeman was also killed in the blast','one policeman','killed',1,speaker='Safi',subject='the policeman (quote restates, "also")',core=False)
g(d,'three more suicide bombers have been killed so far','three more suicide bombers','killed',3,speaker='Safi',subject='attackers killed by the police',core=False)
g(d,'One policeman sustained injuries','One policeman','injured',1,speaker='Safi',subject='a policeman hurt in the firefight')
n(d,'"Five suicide bombers equipped','Five suicide bombers','count')
n(d,'08:43, November 11, 2011','08:43, November 11, 2011','date')
n(d,'Nov. 10 (Xinhua)','Nov. 10','date')
t(d,'killed',5)
t(d,'injured',1)

# cm198 blog.lib.umn.edu (a student's news post) on a Taliban suicide bombing in Buner, November 2012: article; "Several
# people were also wounded in the blast" is the injured toll (3-9, vague); killed 6 (the militia head and five others)
d='cm198'
g(d,'Taliban Suicide Bomber Kills 6 in Pakistan','6','killed',6,subject='Buner suicide bombing (title)',core=False)
g(d,'A Taliban suicide bomber blew himself up','A Taliban suicide bomber','killed',1,subject='the bomber\'s own death',core=False)
g(d,'killing him and five others','him and five others','killed',6,speaker='police and the militant group',subject='Buner suicide bombing')
g(d,'Several people were also wounded in the blast','Several people','injured',3,9,vague=True,subject='Buner suicide bombing, wounded ("also")')
g(d,'was killed along with three guards and two passers-by','three guards and two passers-by','killed',5,speaker='the USA Today',subject='guards and passers-by (part)',core=False)
g(d,'The head of the local anti-Taliban militia, was killed','The head of the local anti-Taliban militia','killed',1,speaker='the USA Today',subject='the militia head (part)',core=False)
g(d,'shot and wounded 15-year-old education activist Malala Yousufzai','15-year-old education activist Malala Yousufzai','injured',1,subject='Malala Yousufzai shot last month',scope='background')
n(d,'November 4, 2012 10:57 PM','November 4, 2012 10:57 PM','date')
n(d,'isolated region in 2008','2008','date')
t(d,'killed',6)
t(d,'injured',3,9)

# cm199 stopwarblog (Blogger) on two air strikes, 4 July 2008 (Nuristan and, "Farah, too", Farah): article; the post's
# own "at least 28" holds both (22 + 6): toll killed 28-null
d='cm199'
g(d,'Airstrikes kill dozens of civilians','dozens of civilians','killed',24,99,vague=True,subject='two air strikes (title)',core=False)
g(d,'killing at least 28 civilians','at least 28 civilians','killed',28,None,speaker='Reuters',subject='two air strikes, Nuristan and Farah')
g(d,'US-led air raid kills 22 civilians','22 civilians','killed',22,speaker='Afghan official',subject='Nuristan air strike (headline of the quoted report)',core=False)
g(d,'Twenty-two civilians, including women and children, were killed','Twenty-two civilians','killed',22,speaker='an official',subject='Nuristan air strike')
g(d,'no report of civilian injuries','civilian injuries','injured',0,mod='negated',speaker='The U.S. military',subject='Nuristan air strike')
g(d,'Six civilians, three women and three men, were killed','Six civilians','killed',6,speaker='several residents',subject='Farah air strike ("too")')
g(d,'three women and three men, were killed','three women and three men','killed',6,speaker='several residents',subject='Farah air strike (parts)',core=False)
n(d,'Friday, July 4, 2008','Friday, July 4, 2008','date')
n(d,'ASADABAD, Afghanistan, July 4','July 4','date')
n(d,'traveling in two vehicles','two vehicles','count')
t(d,'killed',28,None)

# cm200 tribune.com.pk on the Salala check post attack, 4 June 2012, with three reader comments: article, comments
# (the first without a name line; "Proxy", "omer"); toll killed 1-null, injured 3; the official's "several militants"
# killed in retaliation is his unconfirmed claim (hedged, core, not the toll); November 2011's 26 background
d='cm200'
g(d,'Militants attack Salala check post, one security official killed','one security official','killed',1,subject='Salala check post attack (title)',core=False)
g(d,'2012\nThree FC personnel also injured','Three FC personnel','injured',3,subject='Salala check post attack (caption, "also")',core=False)
g(d,'FILE\n\nThree FC personnel also injured','Three FC personnel','injured',3,subject='Salala check post attack (caption repeated)',core=False)
g(d,'At least one security official was killed','At least one security official','killed',1,None,speaker='a security official',subject='Salala check post attack')
g(d,'was killed and three injured when','three','injured',3,speaker='a security official',subject='Salala check post attack')
g(d,'the security forces killed several militants','several militants','killed',3,9,vague=True,mod='hedged',speaker='The official in Peshawar',subject='militants killed in retaliation (unconfirmed)')
g(d,'(FC) was killed while three were injured','three','injured',3,speaker='The official in Peshawar',subject='Salala check post attack (restates)',core=False)
g(d,'in which one official of the Frontier Corps (FC) was killed','one official of the Frontier Corps','killed',1,speaker='The official in Peshawar',subject='Salala check post attack (restates)',core=False)
g(d,'killed 26 security officials of Pakistan','26 security officials','killed',26,subject='NATO attack on Salala, November 2011',scope='background')
g(d,'attacked the check post and killed one FC personnel','one FC personnel','killed',1,section='comment',subject='Salala check post attack (comment restates)',core=False)
n(d,'Reader Comments (9)','9','count')
n(d,'Published: June 5, 2012','June 5, 2012','date')
n(d,'In November 2011, Nato','November 2011','date')
n(d,'hundreds of militants attacked the check post','hundreds of militants','count')
n(d,'Jun 5, 2012 - 5:06PM','Jun 5, 2012 - 5:06PM','date')
t(d,'killed',1,None)
t(d,'injured',3)

# ---- session 20 (task s20comm): cm201-cm208, pages that tell a toll as a level reached ("has risen to N", "now
# stands at N", "has now reached N", "jumped to at least N") beside parts or older figures of the same event; gold
# written blind, before any run (decisions 80-82)

# cm201 terrorismwatch.org (AP) on the Baghdad twin bombing, October 2011: article; the level reached (32) is the toll,
# the dead "among" it (officers, women, children) are parts; the U.S. war total at the foot is aggregate
d='cm201'
g(d,'Death toll in twin bombing in Baghdad rises to 32','32','killed',32,subject='Baghdad twin bombing (title)',core=False)
g(d,'rose on Friday to 32','32','killed',32,subject='Baghdad twin bombing, risen toll')
g(d,'wounded 71 other people, police and health officials said','71 other people','injured',71,speaker='police and health officials',subject='Baghdad twin bombing, wounded')
g(d,'Among the dead were eight security officers','eight security officers','killed',8,speaker='the officials',subject='security officers among the dead (part)',core=False)
g(d,'including an army lieutenant colonel','an army lieutenant colonel','killed',1,speaker='the officials',subject='an officer among the dead (part)',core=False)
g(d,'lieutenant colonel, four women and at least eight children','four women','killed',4,speaker='the officials',subject='women among the dead (part)',core=False)
g(d,'four women and at least eight children','at least eight children','killed',8,None,speaker='the officials',subject='children among the dead (part)',core=False)
g(d,'Two of them have died for sure','Two of them','killed',2,speaker='Abdul-Karim',subject='two of the friends who ran to the blast site (part)',core=False)
g(d,'at least 4,481 members of the U.S. military had died','at least 4,481','killed',4481,None,subject='U.S. military dead in the Iraq war',scope='aggregate')
n(d,'The two blasts, which took place','two blasts','count')
n(d,'since just a few years ago','a few years','duration')
t(d,'killed',32)
t(d,'injured',71)

# cm202 stripes.com (AP) on the Hilla gas-station bombing of 24 November 2016, "0 comments": article; the risen 92 is
# the toll, "about 40 Iranians" a part, "an increase by 19" an increment
d='cm202'
g(d,'Islamic State bombing in Iraq rises to 92','92','killed',92,subject='Hilla bombing (title)',core=False)
g(d,'has risen to 92, including about 40 Iranians','92','killed',92,speaker='Iraqi officials',subject='Hilla bombing, risen toll')
g(d,'including about 40 Iranians','about 40 Iranians','killed',40,vague=True,speaker='Iraqi officials',subject='Iranians among the dead (part)',core=False)
g(d,'another 105 people were wounded in the bombing','another 105 people','injured',105,speaker='The hospital and police officials',subject='Hilla bombing, wounded')
g(d,'an increase by 19 over the figure','19','killed',19,subject='rise over the first day\'s figure (increment)',core=False)
n(d,' date 2015-03-20 Death','2015-03-20','date')
n(d,'Published: December 3, 2016','December 3, 2016','date')
n(d,'from a Nov. 24 suicide bombing','Nov. 24','date')
n(d,'0\ncomments Join','0','count')
t(d,'killed',92)
t(d,'injured',105)

# cm203 oddonion.com (UPI) on the Karrada bombing, July 2016, with a Disqus footer: article; the jumped-to "at least
# 165" is the toll; CNN's "as high as 200" an outlet's own figure (core, hedged by "as high as": 200, vague); the 81
# charred bodies a part; the second bombing at an outdoor market is another reported event (decision 78): sum
d='cm203'
g(d,'Baghdad bombing death toll jumps to at least 165','at least 165','killed',165,None,subject='Karrada bombing (title)',core=False)
g(d,'has jumped to at least 165, interior ministry officials said','at least 165','killed',165,None,speaker='interior ministry officials',subject='Karrada bombing, risen toll')
g(d,'which also injured at least 225 people','at least 225 people','injured',225,None,subject='Karrada bombing, injured')
g(d,'CNN reported a death toll as high as 200 people','as high as 200 people','killed',200,vague=True,speaker='CNN',subject='Karrada bombing, CNN\'s figure')
g(d,'with 81 bodies so charred','81 bodies','killed',81,speaker='CNN',subject='charred bodies (part)',core=False)
g(d,'killing one person and wounding five others, police said','one person','killed',1,speaker='police',subject='second bombing, outdoor market')
g(d,'killing one person and wounding five others, police said','five others','injured',5,speaker='police',subject='second bombing, outdoor market, wounded')
n(d,'BAGHDAD, July 4 (UPI)','July 4','date')
n(d,'Three official days of mourning','Three official days','duration')
n(d,'attack on Baghdad since 2007','2007','date')
t(d,'killed',166,None,basis='sum')
t(d,'injured',230,None,basis='sum')

# cm204 pressreader (Milwaukee Journal Sentinel, AP) on the Balkh army-base attack, April 2017: article; the lead's
# risen "casualty toll" of 100 is the title's "Death toll ... rises to 100" (the page calls it a death toll: killed);
# the sources' "more than 130" and the ministry's first "eight ... 11" stay core (decision 73); the attackers' deaths
# are core=false (decision 15); injured toll the first injured figure of the event, the sources' "at least 80"
d='cm204'
g(d,'Death toll in Afghanistan army compound attack rises to 100','100','killed',100,subject='Balkh base attack (title)',core=False)
g(d,'raised the casualty toll to 100','100','killed',100,speaker='Authorities',subject='Balkh base attack, risen toll')
g(d,'left dozens of soldiers and other personnel dead or wounded','dozens of soldiers and other personnel','killed_or_injured',24,99,vague=True,speaker='Gen. Daulat Waziri',subject='Balkh base attack, dead or wounded')
g(d,'confirmed that more than 130 people were killed','more than 130 people','killed',131,None,speaker='at least two sources within the army corps and a provincial security official',subject='Balkh base attack, the sources\' figure')
g(d,'at least 80 others were wounded','at least 80 others','injured',80,None,speaker='at least two sources within the army corps and a provincial security official',subject='Balkh base attack, wounded (sources)')
g(d,'eight soldiers were killed and 11 others were wounded','eight soldiers','killed',8,speaker='The defense ministry',subject='Balkh base attack, first report')
g(d,'eight soldiers were killed and 11 others were wounded','11 others','injured',11,speaker='The defense ministry',subject='Balkh base attack, first report, wounded')
g(d,'“Two suicide bombers detonated their vests','Two suicide bombers','killed',2,speaker='Gen. Mohammad Radmanish',subject='the bombers\' own deaths',core=False)
g(d,'Eight others were killed in a gun battle with soldiers','Eight others','killed',8,speaker='Waziri',subject='attackers killed in the gun battle',core=False)
n(d,'there were 10 attackers','10 attackers','count')
n(d,'using two military vehicles','two military vehicles','count')
n(d,'a compound of the 209th Corps','209th Corps','other')
t(d,'killed',100)
t(d,'injured',80,None)

# cm205 saudigazette.com.sa (AFP) on the Mogadishu car bomb of 28 December 2019: article; the risen 81 (and "stands at
# 81 currently") is the toll; "Two more" an increment; the five found dead among the missing and the 16 students are
# parts; the missing now: "Around two dozen" less the 12 located (12, `sum`); the 2017 truck bomb is background
d='cm205'
g(d,'Death toll in Somalia bombing climbs to 81: govt','81','killed',81,subject='Mogadishu car bomb (title)',core=False)
g(d,'has risen to 81, a government spokesman said','81','killed',81,speaker='a government spokesman',subject='Mogadishu car bomb, risen toll')
g(d,'"The overall number of the dead stands at 81 currently.','81','killed',81,speaker='Ismail Muktar',subject='Mogadishu car bomb (restated)',core=False)
g(d,'Two more people died from their injuries','Two more people','killed',2,speaker='Ismail Muktar',subject='injured who died (increment)',core=False)
g(d,'One of the new fatalities was among the injured','One of the new fatalities','killed',1,speaker='Muktar',subject='one evacuated to Turkey (part)',core=False)
g(d,'Around two dozen people were listed as missing','Around two dozen people','missing',24,vague=True,speaker='Muktar',subject='missing after the attack (first count)')
g(d,'five of them dead --','five of them','killed',5,speaker='Muktar',subject='missing found dead (part)',core=False)
g(d,'Some 125 people were injured','Some 125 people','injured',125,vague=True,subject='Mogadishu car bomb, injured')
g(d,'At least 16 of those killed were students','At least 16 of those killed','killed',16,None,subject='Banadir University students among the dead (part)',core=False)
g(d,'creating a fireball that killed over 500 people','over 500 people','killed',501,None,subject='Mogadishu truck bomb of 2017',scope='background')
n(d,'December 30, 2019\n\nMOGADISHU','December 30, 2019','date')
n(d,'December 30, 2019\n70 views','December 30, 2019','date')
n(d,'70 views','70 views','count')
n(d,'deadliest attack in two years','two years','duration')
n(d,'but 12 have been located','12','count')
n(d,'38 minutes ago','38 minutes','time')
t(d,'killed',81)
t(d,'injured',125)
t(d,'missing',12,basis='sum')

# cm206 upi.com on the Sri Lanka Easter bombings, April 2019: article; the risen 359 is the toll, Tuesday's 321 an
# earlier figure (core, decision 73), the children (45, 27, 13, five foreign) parts; the injured figures are children
# only (10, 20, "scores more"): parts with no stated total, so no injured toll (decision 82)
d='cm206'
g(d,'Sri Lanka: Death toll rises to 359','359','killed',359,subject='Sri Lanka Easter bombings (title)',core=False)
g(d,'359, 45 children confirmed dead','45 children','killed',45,subject='children among the dead (title, part)',core=False)
g(d,'By Darryl Coote\nUNICEF has confirmed that 45 children died','45 children','killed',45,speaker='UNICEF',subject='children among the dead (caption, part)',core=False)
g(d,'Sameera/UPI\nUNICEF has confirmed that 45 children died','45 children','killed',45,speaker='UNICEF',subject='children among the dead (caption repeated)',core=False)
g(d,'The death toll rose to 359 Wednesday','359','killed',359,speaker='police',subject='Sri Lanka Easter bombings, risen toll')
g(d,'Of the casualties, 45 were children','45','killed',45,speaker='the United Nations Children\'s Fund',subject='children among the dead (part)',core=False)
g(d,'adding that five were of foreign nationals','five','killed',5,speaker='the United Nations Children\'s Fund',subject='foreign children among the dead (part)',core=False)
g(d,'"We now know that 45 children','45 children','killed',45,speaker='UNICEF',subject='children among the dead (quote, part)',core=False)
g(d,'with scores more injured','scores more','injured',40,None,vague=True,speaker='UNICEF',subject='children injured (part)',core=False)
g(d,'The death toll had been raised to 321 on Tuesday morning','321','killed',321,subject='Sri Lanka Easter bombings, Tuesday\'s figure')
g(d,'as almost two dozen died between then','almost two dozen','killed',24,vague=True,subject='injured who died since Monday (increment)',core=False)
g(d,'27 children were killed and 10 were injured','27 children','killed',27,speaker='UNICEF',subject='children killed at St. Sebastian\'s (part)',core=False)
g(d,'27 children were killed and 10 were injured','10','injured',10,speaker='UNICEF',subject='children injured at St. Sebastian\'s (part)',core=False)
g(d,'13 children, the youngest an 18-month-old child, were killed','13 children','killed',13,speaker='UNICEF',subject='children killed at the Zion Church (part)',core=False)
g(d,'An additional 20 children were admitted to the hospital','An additional 20 children','injured',20,subject='children admitted to hospital, Colombo (part)',core=False)
n(d,'April 24 (UPI)','April 24','date')
n(d,'three churches and three high-end hotels','three churches','count')
n(d,'the youngest an 18-month-old child','18-month-old','age')
n(d,'four of them in intensive care','four of them','count')
t(d,'killed',359)

# cm207 bqprime.com (PTI) on the Kalamassery (Kerala) blasts of 29 October 2023: article; the level reached (four) is
# the toll and holds its parts (the two women killed that day, Libina, Moly Joy); injured toll "Over 50"; those in
# treatment now (19, 11 in the ICU, eight in wards, two critical) are parts
d='cm207'
g(d,'Death Toll In Kerala Blasts Rises To Four','Four','killed',4,subject='Kalamassery blasts (title)',core=False)
g(d,'has now reached four, after a 61-year-old woman','four','killed',4,subject='Kalamassery blasts, toll reached')
g(d,'after a 61-year-old woman succumbed to her injuries','a 61-year-old woman','killed',1,subject='the woman who died on Monday (part)',core=False)
g(d,'The victim, identified as Moly Joy from Kalamassery, died','Moly Joy','killed',1,speaker='a hospital spokesperson',subject='the woman who died on Monday (named, part)',core=False)
g(d,'19 persons are currently receiving medical treatment','19 persons','injured',19,speaker='a special medical bulletin',subject='wounded still in treatment (part)',core=False)
g(d,'with 11 of them in the ICU','11 of them','injured',11,speaker='a special medical bulletin',subject='wounded in the ICU (part)',core=False)
g(d,'and eight in the wards','eight','injured',8,speaker='a special medical bulletin',subject='wounded in the wards (part)',core=False)
g(d,'The condition of two persons is still critical','two persons','injured',2,speaker='a special medical bulletin',subject='critically wounded (part)',core=False)
g(d,'bringing the total number of reported deaths in connection with the blasts to four','four','killed',4,speaker='The bulletin',subject='Kalamassery blasts (restated)',core=False)
g(d,'A 12-year-old girl named Libina','A 12-year-old girl named Libina','killed',1,subject='Libina, died on 30 October (part)',core=False)
g(d,'two women who were part of the gathering were killed','two women','killed',2,subject='women killed on the day of the blasts (part)',core=False)
g(d,'Over 50 people were injured','Over 50 people','injured',51,None,subject='Kalamassery blasts, injured')
n(d,' date 2023-11-06 Death','2023-11-06','date')
n(d,'over 70% burns','70%','percent')
n(d,'Jehovah\'s Witnesses, on Oct. 29','Oct. 29','date')
n(d,'at 5:08 am','5:08 am','time')
n(d,'injuries on Oct. 30 at','Oct. 30','date')
n(d,'three-day-long prayer meeting','three-day-long','duration')
t(d,'killed',4)
t(d,'injured',51,None)

# cm208 prophecyupdate (Blogger, "No comments:") reposting Reuters' bullets on the August 2016 Amatrice earthquake:
# article; the toll "reached at least 241" is the toll; the Civil Protection's revision "down to 241 from a previous
# 247" restates it (core=false) and the 247 is the earlier figure in the same sentence (core=false, as cm118's MSF
# "from three"); "up to tenfold" is a population's rise, no casualty (nonclaim)
d='cm208'
g(d,'reached at least 241 people on Thursday','at least 241 people','killed',241,None,subject='Italy earthquake, toll reached')
g(d,'revised the death toll down to 241 from a previous 247','241','killed',241,speaker='The Civil Protection department',subject='Italy earthquake, revised toll (restated)',core=False)
g(d,'from a previous 247 given earlier','247','killed',247,speaker='The Civil Protection department',subject='Italy earthquake, earlier figure',core=False)
n(d,'Thursday, August 25, 2016','August 25, 2016','date')
n(d,'The 6.2 magnitude quake','6.2 magnitude','other')
n(d,'140 km (85 miles) east of Rome','140 km','distance')
n(d,'Two registered 5.1 and 5.4','5.1','other')
n(d,'more than 220 km (135 miles)','more than 220 km','distance')
n(d,'the four worst-hit towns','four worst-hit towns','count')
n(d,'increase by up to tenfold','up to tenfold','other')
n(d,'hundreds of which have struck since the quake','hundreds','count')
t(d,'killed',241,None)

# ---- session 21 (task s21comm): cm209-cm216, pages that tell people harmed by a definite plural ("killing the
# occupants", "After the guards were shot", "shot the family members", "police killed the Charlie Hebdo attack
# suspects", "killing the hostages", "the pilots of those jets are missing", "leaving the gunmen ... dead", "so the
# pilots can be taken hostage"), alone or beside figures. A definite plural is no row (decision 1 and the realpages
# rules); where it is the only telling of its victims, the toll comes from the other rows or is none.
# cm209 business-standard (PTI) on a drone strike in Yemen's Wadi Abida, excerpt cut at 2,000 bytes in a paywall
# notice: "killing the occupants" is a definite plural, no row; the two chiefs named "among the passengers" are the
# only counted dead (killed 2, the toll at least 2: enumerated, open); the campaign's "dozens of militants" over the past
# year and the activists' "many innocent civilians" are aggregates
d='cm209'
g(d,'Obad Mubarak al-Shabwani and Jaafar al-Shabwani','Obad Mubarak al-Shabwani and Jaafar al-Shabwani','killed',2,speaker='the source',subject='two local Al-Qaeda chiefs among the passengers killed')
g(d,'has killed dozens of militants in a sharply intensified campaign','dozens','killed',24,99,vague=True,subject='militants killed by drones in Yemen in the past year',scope='aggregate')
g(d,'they have claimed the lives of many innocent civilians','many innocent civilians','killed',2,None,vague=True,speaker='rights activists',subject='civilians killed by drone strikes',scope='aggregate')
n(d,'Two missiles struck two vehicles','Two missiles','equipment')
n(d,'struck two vehicles late yesterday','two vehicles','count')
n(d,'Smart Quarterly\n₹900','₹900','money')
n(d,'₹900\n3 Months','3 Months','duration')
n(d,'₹2,700\n1 Year','1 Year','duration')
n(d,'Over 30 premium stories daily','Over 30','count')
t(d,'killed',2,None,basis='enumerated')

# cm210 pantagraph (AP) on two armored-truck guards shot in Chicago's Chatham neighborhood: the lead's two wounded is
# the toll; the woman and the man are its parts, "After the guards were shot" a definite plural (no row), Garda's
# "two of its employees" a restatement; the gunmen "at least two and as many as four" a count
d='cm210'
g(d,'Two armored truck security guards were shot and critically wounded','Two armored truck security guards','injured',2,speaker='Chicago police',subject='guards shot at an ATM in Chatham')
g(d,'A 47-year-old woman was shot six times','A 47-year-old woman','injured',1,speaker='authorities',subject='the woman guard (part)',core=False)
g(d,'a 46-year-old man was shot twice in his stomach','a 46-year-old man','injured',1,speaker='authorities',subject='the man guard (part)',core=False)
g(d,'two of its employees were critically wounded','two of its employees','injured',2,speaker='Garda',subject='the two guards (restated)',core=False)
n(d,' date 2021-11-15 CHICAGO','2021-11-15','date')
n(d,'was shot six times and','six times','count')
n(d,'The shooting happened around 10:20 a.m.','10:20 a.m.','time')
n(d,'at least two and as many as four gunmen','at least two and as many as four','count')
n(d,'The two security guards were employed by Garda','The two security guards','count')
t(d,'injured',2)

# cm211 leadership.ng on a family of five killed at Lighitlubang (Mangu, Plateau State): article; "shot the family
# members at close range" is a definite plural (no row) and the household list "a father, his wife, a child, and two
# other relatives" a count of the residents; "no fewer than seven ... in the past week" is a running total (aggregate);
# the January 27 ambush of women (Mrs. Tabitha Yusuf killed, "some" wounded) an earlier event (background)
d='cm211'
g(d,'Five members of the same family have been killed by gunmen','Five members of the same family','killed',5,subject='family killed at Lighitlubang')
g(d,'no fewer than seven people have been killed by the hoodlums in the past week','no fewer than seven people','killed',7,None,speaker='David',subject='killed in the community in the past week',scope='aggregate')
g(d,'One of the victims, Mrs. Tabitha Yusuf, was killed','Mrs. Tabitha Yusuf','killed',1,speaker='David',subject='woman killed in the January 27 ambush',scope='background')
g(d,'while some sustained varying degrees of gunshot wounds','some','injured',2,None,vague=True,speaker='David',subject='women wounded in the January 27 ambush',scope='background')
n(d,'a father, his wife, a child, and two other relatives were residing','two other relatives','count')
n(d,'extended to January 27 when','January 27','date')
t(d,'killed',5)

# cm212 habarimixtz (Blogger repost, Paris sieges of 9 January 2015): the lead's three suspects killed by police and
# four hostages dead add up (wire rule 14: killed 7, sum); "police killed the Charlie Hebdo attack suspects as the
# brothers" is a definite plural (no row; the brothers are two of the lead's three); "one of them previously wounded"
# an earlier wound (background); "four hostages were killed there" the officials' restatement
d='cm212'
g(d,'Police killed three terror suspects today','three terror suspects','killed',3,subject='suspects killed by police in the two standoffs')
g(d,'left four hostages dead','four hostages','killed',4,subject='hostages killed in the standoffs')
g(d,'officials later said that four hostages were killed there','four hostages','killed',4,speaker='officials',subject='hostages killed at the kosher market (restated)',core=False)
g(d,'one\nof them previously wounded','one\nof them','injured',1,subject='one of the brothers, wounded before',core=False,scope='background')
n(d,'Dammartin-en-Goele, 20 miles northeast','20 miles','distance')
n(d,'There were at least four explosions','at least four','count')
t(d,'killed',7,basis='sum')

# cm213 voanews, 11 October 2004: the Turkish hostage and his Iraqi translator beheaded ("is reported to have",
# hedged; killed 2, enumerated); "killing the hostages" a definite plural (no row); the two men held in the video were
# captives before their death (background); "another Turkish hostage" is held now (captured 1) and threatened
# (hypothetical killed)
d='cm213'
g(d,'beheaded a Turkish hostage and his Iraqi translator','a Turkish hostage','killed',1,mod='hedged',subject='Turkish hostage beheaded')
g(d,'beheaded a Turkish hostage and his Iraqi translator','his Iraqi translator','killed',1,mod='hedged',subject='Iraqi translator beheaded')
g(d,'masked men holding the two men','the two men','captured',2,subject='the two hostages held before their killing',core=False,scope='background')
g(d,'threatening to behead another Turkish hostage','another Turkish hostage','captured',1,speaker='the al-Arabiya station',subject='another Turkish hostage held')
g(d,'threatening to behead another Turkish hostage','another Turkish hostage','killed',1,mod='hypothetical',speaker='the al-Arabiya station',subject='threat to behead the other hostage',core=False)
n(d,'Hostages - 2004-10-11','2004-10-11','date')
t(d,'killed',2,basis='enumerated')
t(d,'captured',1)

# cm214 thecelebritycafe (comments closed) on two Ukrainian Su-25 jets downed in July 2014: "the pilots of those jets
# are missing" is a definite plural (no row); TIME's "both pilots" whose "whereabouts ... are unknown" are the missing
# (2); MH17's 298 dead six days earlier is background
d='cm214'
g(d,'both pilots were safely ejected, however, their whereabouts at this time are unknown','both pilots','missing',2,speaker='TIME',subject='the two pilots of the downed jets')
g(d,'The Flight 17 crash killed all 298 people on board','all 298 people','killed',298,subject='Malaysia Airlines Flight 17, six days earlier',scope='background')
n(d,'two Ukrainian fighter jets were shot down','two Ukrainian fighter jets','equipment')
n(d,'shot down two Ukrainian Su-25 jets','two Ukrainian Su-25 jets','equipment')
n(d,'downed six days earlier','six days','duration')
n(d,'the two fighter planes were returning','the two fighter planes','equipment')
t(d,'missing',2)

# cm215 uinterview on the end of the Paris sieges: "leaving the gunmen and four of the hostages dead" (the gunmen a
# definite plural, no row); the Kouachi brothers (2) and Coulibaly (1) killed add to the four hostages (killed 7, sum);
# four critically injured; the employee held at Dammartin and the "numerous people" held at the supermarket are
# captured (1 + 2-null, sum); "would kill the hostages" a threat (no row: a definite plural); Thursday's shooting of the
# policewoman and Wednesday's 12 dead at Charlie Hebdo are earlier events (background)
d='cm215'
g(d,'leaving the gunmen and four of the hostages dead','four of the hostages','killed',4,subject='hostages killed in the sieges')
g(d,'holding an employee hostage','an employee','captured',1,subject='employee held at Dammartin-en-Goele')
g(d,'Both Cherif and Said Kouachi were killed in the firefight','Both Cherif and Said Kouachi','killed',2,subject='the Kouachi brothers killed by police')
g(d,'held numerous people captive at a Kosher supermarket','numerous people','captured',2,None,vague=True,subject='hostages held at the kosher supermarket')
g(d,'the shooting of the unnamed Paris policewoman on Thursday','the unnamed Paris policewoman','injured',1,subject='policewoman shot on Thursday',core=False,scope='background')
g(d,'though four lost their lives','four','killed',4,subject='hostages killed at the supermarket (restated)',core=False)
g(d,'four more are critically injured','four more','injured',4,subject='hostages critically injured at the supermarket')
g(d,'Coulibaly died in the exchange of gunfire','Coulibaly','killed',1,subject='Amedy Coulibaly killed by police')
g(d,'killing 12 people, including four','12 people','killed',12,subject='Charlie Hebdo attack on Wednesday',scope='background')
g(d,'including four of the satirical magazine’s top cartoonists','four of the satirical magazine’s top cartoonists','killed',4,subject='cartoonists killed on Wednesday (part)',core=False,scope='background')
n(d,'The two hostage situations in Paris','The two hostage situations','count')
n(d,'Dammartin-en-Goele, 22 miles north','22 miles','distance')
t(d,'killed',7,basis='sum')
t(d,'injured',4)
t(d,'captured',3,None,basis='sum')

# cm216 bnonews on the two Russian pilots of the Su-24 downed by Turkey (November 2015): the rebels' claim is the
# toll (killed 2); Celik's "both pilots" found dead restates it; "so the pilots can be taken hostage" is a purpose, not a
# capture (no row: a definite plural, hypothetical)
d='cm216'
g(d,'The two Russian pilots who parachuted from their fighter jet','The two Russian pilots','killed',2,speaker='a rebel group',subject='Russian pilots shot dead as they descended')
g(d,'the bodies of both pilots had been found','both pilots','killed',2,speaker='Alpaslan Celik',subject='the two pilots (restated)',core=False)
n(d,'as two parachutes descend','two parachutes','count')
t(d,'killed',2)
# --- Session 21 (task s21speak): cm217-cm224, pages chosen for an earlier event told in a relative clause (or beside
# it) inside a sentence that credits a source; gold written from the text and this README only, before any run.
# Speaker convention (session 10, README "Session 21"): an earlier event told inside a credited sentence as the
# writer's context ("... in which 80 alleged militants died", "where at least eight people were killed last week")
# has no speaker; an earlier event told in a sentence of its own with its own credit keeps it ("The strike killed 10
# militants ..., officials said").

# cm217 rissercouk (Blogger, "Post a Comment"): a blog post quoting the Guardian on the Dargai bombing of November
# 2006; the seminary raid "last week" is the earlier event (background); the blog title's 80 is that raid's; the
# Guardian headline's 35 is an earlier figure of the Dargai toll (core=false)
d='cm217'
g(d,'after seminary bombing kills 80','80','killed',80,subject='seminary raid in Bajaur (blog title)',core=False,scope='background')
g(d,'Suicide blast kills 35 Pakistani soldiers','35 Pakistani soldiers','killed',35,subject='Dargai bombing (Guardian headline, earlier figure)',core=False)
g(d,'killing 42 soldiers','42 soldiers','killed',42,subject='Dargai suicide bombing')
g(d,'wounding 20 more','20 more','injured',20,subject='Dargai suicide bombing, wounded')
g(d,'a religious seminary in which 80 alleged militants died','80 alleged militants','killed',80,subject='seminary raid last week (earlier event)',scope='background')
g(d,'which killed several children','several children','killed',3,9,vague=True,subject='madrasa attack in Bajaur (earlier event)',scope='background')
n(d,'85 miles north-west of Islamabad','85 miles','distance')
n(d,'about 30 miles to the north','about 30 miles','distance')
n(d,'nine days ago','nine days','duration')
n(d,'thousands of tribesmen gathered','thousands of tribesmen','count')
t(d,'killed',42)
t(d,'injured',20)

# cm218 bucknakedpolitics (TypePad blog): the Azizabad air strike of August 2008 quoted from the NYT and the Post;
# the officials' risen toll 95 (from 76) is the toll (decision 24: the latest figure); the military's 30 insurgents and
# Karzai's 70 civilians are claims of the same raid (core); "50 children" a part; the villager "killed last year" is
# an earlier event inside the officials' sentence ("According to the officials in Herat, ...") -> no speaker
d='cm218'
g(d,'reportedly killed 95 people','95 people','killed',95,mod='hedged',subject='Azizabad air strike')
g(d,'including 50 children','50 children','killed',50,mod='hedged',subject='children among the 95 (part)',core=False)
g(d,'the death toll had risen to 95 from 76','95','killed',95,speaker='Government officials',subject='Azizabad air strike, risen toll (restated)',core=False)
g(d,'had risen to 95 from 76','76','killed',76,speaker='Government officials',subject='Azizabad air strike, earlier figure',core=False)
g(d,'said 30 Taliban insurgents were killed','30 Taliban insurgents','killed',30,speaker='Lt. Col. Rumi Nielson-Green',subject='Azizabad raid, the military\'s account')
g(d,'about 70 civilians were killed in the raid','about 70 civilians','killed',70,vague=True,speaker='Hamid Karzai',subject='Azizabad raid, Karzai\'s account')
g(d,'a villager who was killed last year','a villager','killed',1,subject='villager killed last year (memorial; earlier event)',scope='background')
n(d,'nearly seven years of war','nearly seven years','duration')
n(d,'as dozens of villagers in the district','dozens of villagers','count')
t(d,'killed',95)

# cm219 latimesblogs (L.A. Times blog): Syria, Friday May 2012; the activists' 37 is the toll; Tadamun's 10 a part;
# the Midan bombing "last week" is an earlier event inside the activist group's sentence -> no speaker; "at least one
# man being shot" injured 1-null; the link "kill 4" is another event (background)
d='cm219'
g(d,'Syria activists say 37 killed','37','killed',37,speaker='Syria activists',subject='Syria, Friday (title)',core=False)
g(d,'reported at least 37 people killed','at least 37 people','killed',37,None,speaker='Activists in Syria',subject='killed across Syria, Friday')
g(d,'where at least eight people were killed last week','at least eight people','killed',8,None,subject='Midan suicide bombing last week (earlier event)',scope='background')
g(d,'at least one man being shot','at least one man','injured',1,None,subject='protester shot in Tadamun')
g(d,'Activists said 10 people were killed','10 people','killed',10,speaker='Activists',subject='killed in Tadamun and another neighborhood (part)',core=False)
g(d,'raid Aleppo University, kill 4','4','killed',4,subject='Aleppo University raid (related link, another event)',core=False,scope='background')
n(d,'the 3-week-old United Nations-backed','3-week-old','duration')
n(d,'for several hours','several hours','duration')
t(d,'killed',37,None)

# cm220 ntlele (Blogger, "No comments:"): Boko Haram in Borno, May 2014; the excerpt repeats two sentences (the second
# copy of the Yobe sentence is core=false, a restatement); the Yobe attacks "on Tuesday" are the earlier event,
# told in a relative clause of an uncredited sentence
d='cm220'
g(d,'killing at least 40 people','at least 40 people','killed',40,None,speaker='local media',subject='Boko Haram attack on a Borno village, Wednesday')
g(d,'in which dozens of people were killed in Yobe state.\nA resident','dozens of people','killed',24,99,vague=True,subject='attacks in Yobe on Tuesday (earlier event)',scope='background')
g(d,'in which dozens of people were killed in Yobe state.\nNo comments','dozens of people','killed',24,99,vague=True,subject='attacks in Yobe on Tuesday (repeated)',core=False,scope='background')
t(d,'killed',40,None)

# cm221 rantburg (Jmailer page, "Posted by: Fred Pruitt"): the Balad ambush of June 2003; "wounding several soldiers"
# is the toll (injured 3-9); the soldiers' "several casualties" restate it; "a spate of attacks that have killed
# about 40 U.S. soldiers since ... May 1" is a running total (aggregate, decision 6)
d='cm221'
g(d,'wounding several soldiers','several soldiers','injured',3,9,vague=True,subject='Balad convoy ambush')
g(d,'Soldiers said several casualties had been evacuated','several casualties','killed_or_injured',3,9,vague=True,speaker='Soldiers',subject='Balad convoy ambush (restated)',core=False)
g(d,'a spate of attacks that have killed about 40 U.S. soldiers','about 40 U.S. soldiers','killed',40,vague=True,subject='US soldiers killed since May 1',scope='aggregate')
n(d,'about 90 km (60 miles) to the north','about 90 km','distance')
n(d,'about 20 km south of Balad','about 20 km','distance')
n(d,'declared over on May 1.','May 1','date')
t(d,'injured',3,9)

# cm222 greatriftvalley (Blogger, "No comments:"): the LA Times on the Arab Jabour ambush of August 2007; the
# relative clause "an ambush that killed five" is the reported event itself (the spokesman's); the sniper's one and
# the blast's four are its parts (core=false), the blast sentence has no credit of its own
d='cm222'
g(d,'an ambush that killed five U.S. soldiers','five U.S. soldiers','killed',5,speaker='a spokesman for American-led forces',subject='Arab Jabour ambush')
g(d,'a sniper\'s bullet felled a soldier','a soldier','killed',1,speaker='the spokesman, Janah Hammoud',subject='soldier killed by a sniper (part)',core=False)
g(d,'killed four more soldiers','four more soldiers','killed',4,subject='soldiers killed by the blast (part)',core=False)
g(d,'injured four others','four others','injured',4,subject='Arab Jabour ambush, injured')
n(d,'the addition of 28,500 troops','28,500 troops','count')
n(d,'Sunday, August 12, 2007','August 12, 2007','date')
t(d,'killed',5)
t(d,'injured',4)

# cm223 parachinar616 (Blogger archive page): the NYT on the Doaba checkpoint bombing of April 18, 2009; 18 + 2
# killed (the title's 20); 3 police + 8 soldiers wounded (sum); the April 2 drone strike is an earlier event told in
# a sentence with its own credit ("officials said"), the Islamabad checkpoint attack an earlier event without one
d='cm223'
g(d,'Bomber Hits Checkpoint in Pakistan, Killing 20','20','killed',20,subject='Doaba checkpoint bombing (title)',core=False)
g(d,'Eighteen members of the security forces','Eighteen members of the security forces','killed',18,speaker='security officials',subject='Doaba checkpoint bombing, security forces')
g(d,'and two civilians were killed','two civilians','killed',2,speaker='security officials',subject='Doaba checkpoint bombing, civilians')
g(d,'three of their men had been wounded','three of their men','injured',3,speaker='The police in Doaba',subject='Doaba bombing, police wounded')
g(d,'Eight soldiers were also wounded','Eight soldiers','injured',8,subject='Doaba bombing, soldiers wounded')
g(d,'The strike killed 10 militants','10 militants','killed',10,speaker='officials',subject='April 2 drone strike in Orakzai (earlier event)',scope='background')
g(d,'Eight paramilitary soldiers were killed in that attack','Eight paramilitary soldiers','killed',8,subject='Islamabad checkpoint attack two weeks ago (earlier event)',scope='background')
n(d,'Published: April 18, 2009','April 18, 2009','date')
n(d,'Monday, April 20, 2009','April 20, 2009','date')
n(d,'two bombings a week','two bombings a week','rate')
n(d,'on April 2, was','April 2','date')
n(d,'two weeks ago against','two weeks','duration')
t(d,'killed',20)
t(d,'injured',11,basis='sum')

# cm224 examiner (Examiner.com): the Kabul tavern attack of January 2014; killed 21 is the toll; the Parwan airstrike
# is the earlier event: "where Afghan civilians were killed" gives no figure (no row), the Taliban statement's "up to 30"
# killed or wounded is the quote's (speaker the statement), background
d='cm224'
g(d,'was bombed yesterday, killing 21','21','killed',21,subject='Kabul tavern attack')
g(d,'killing and wounding up to 30 innocent civilians','up to 30 innocent civilians','killed_or_injured',30,vague=True,speaker='the Taliban statement',subject='Parwan airstrike two days earlier (earlier event)',scope='background')
n(d,'destroyed up to 10 homes','up to 10 homes','count')
n(d,'for about 20 minutes','about 20 minutes','duration')
n(d,'two days earlier in Parwan','two days','duration')
t(d,'killed',21)

# --- Session 22 (task s22comtoll): cm225-cm232, pages chosen for a toll told with no verb of its own or with a verb
# of passing, hitting or raising ("death toll now 100", "Death Toll Hits 10,000", "has upped the death toll to 125",
# "Is the Fire Death Toll 7 or 8?"), and near forms (a copular toll in a comment, "stands at", "stood at",
# "jumped to"); gold written from the text and this README only, before any run.

# cm225 certifiedblogaholic (WordPress, "Leave a Reply"): the Sichuan earthquake eight days on (20 May 2008); "The
# death toll and missing people ... has now risen to 70,000" counts the dead and the missing in one figure: no
# category joins the two, so the row and the toll are killed (the toll noun's category, the page's only figure of
# the dead); 247,000 "were reported injured" (a plain report, asserted); "hundreds of homeless people" displaced
d='cm225'
g(d,'The death toll and missing people from the China quake has now risen to 70,000','70,000','killed',70000,subject='Sichuan earthquake, dead and missing together')
g(d,'On the other hand 247,000 were reported injured','247,000','injured',247000,subject='Sichuan earthquake, injured')
g(d,'hundreds of homeless people','hundreds of homeless people','displaced',200,999,vague=True,subject='homeless after the quake')
n(d,'come 8 days after the devastating','8 days','duration')
n(d,'the devastating 7.9 magnitude quake','7.9 magnitude','other')
n(d,'With hundreds of aftershocks','hundreds of aftershocks','count')
t(d,'killed',70000)
t(d,'injured',247000)

# cm226 phawker (update post, no thread in the excerpt): the Sichuan earthquake of 12 May 2008; the update title's
# "Death Toll Hits 10,000" is the latest figure (decision 24, the toll); the NYT's "more than 8,700" an earlier one;
# Beichuan's 3,000-5,000, the county's "as many as 5,000", Xinhua's 7,651 in Sichuan parts or earlier figures; the
# trapped students are missing (as cm183)
d='cm226'
g(d,'China Quake Death Toll Hits 10,000','10,000','killed',10000,subject='Sichuan earthquake (update title)')
g(d,'reportedly killing more than 8,700 people','more than 8,700 people','killed',8701,None,mod='hedged',speaker='China’s state media',subject='Sichuan earthquake (earlier figure)',core=False)
g(d,'as many as 5,000 people in a single county','as many as 5,000 people','killed',5000,mod='hedged',speaker='China’s state media',subject='killed in one county (part)',core=False)
g(d,'trapping more than 900 students','more than 900 students','missing',901,None,speaker='China’s state media',subject='students trapped under a school')
g(d,'3,000 to 5,000 people were feared dead','3,000 to 5,000 people','killed',3000,5000,mod='hedged',speaker='provincial disaster relief officials',subject='feared dead in Beichuan County (part)',core=False)
g(d,'it reported 7,651 dead','7,651','killed',7651,speaker='Xinhua',subject='dead in Sichuan Province (earlier figure)',core=False)
g(d,'The others, hundreds of them, were carried out','hundreds of them','killed',200,999,vague=True,subject='schoolchildren killed in Dujiangyan (part)',core=False)
g(d,'“My child is dead!','My child','killed',1,speaker='a woman',subject='a mother\'s child (part)',core=False)
n(d,'The 7.8 magnitude earthquake','7.8 magnitude','other')
n(d,'Roughly 80 percent of the buildings','Roughly 80 percent','percent')
n(d,'By 9 p.m. local time','9 p.m.','time')
n(d,'said Lu Zhiqing, 58,','58','age')
t(d,'killed',10000)
t(d,'missing',901,None)

# cm227 bamboobugle (Blogger, "No comments:"): the Dryden Hotel fire of January 2013; the post answers a reader's
# comment (quoted in the post: section comment, no author); the media's 7 fatalities are the toll, the reader's 8
# (the unaccounted Englishman) a comment toll; the Englishman is missing 1; the title's "7 or 8" a question
d='cm227'
g(d,'Is the Fire Death Toll 7 or 8?','7 or 8','killed',7,8,mod='hedged',subject='Dryden Hotel fire (post title, a question)',core=False)
g(d,'why is the media still saying 7 fatalities and not 8','7 fatalities','killed',7,speaker='the media',section='comment',subject='Dryden Hotel fire (reader restates the media)',core=False)
g(d,'7 fatalities and not 8','8','killed',8,section='comment',subject='Dryden Hotel fire (reader\'s own count)')
g(d,'The media are still saying 7 fatalities because','7 fatalities','killed',7,speaker='The media',subject='Dryden Hotel fire')
g(d,'there was an Englishman checked into the hotel','an Englishman','missing',1,subject='guest who cannot be located')
n(d,'Saturday, January 12, 2013','January 12, 2013','date')
t(d,'killed',7)
t(d,'missing',1)
ct(d,None,'why is the media still saying 7 fatalities and not 8?','killed',8)

# cm228 fumbbl (blog comments only, "Posted by NAME on DATE"): the Victorian bushfires of February 2009; a comment's
# copular toll "the toll is well over 100 lives" (no article on the page: no toll row, as cm013; a comment toll)
d='cm228'
g(d,'the toll is well over 100 lives so far','well over 100 lives','killed',101,None,section='comment',author='danielcollins',subject='Victorian bushfires')
n(d,'several houses be lost','several houses','count')
n(d,'about a month ago','about a month','duration')
n(d,'on 2009-02-09 11:33:42','2009-02-09 11:33:42','date')
ct(d,'danielcollins','the toll is well over 100 lives so far','killed',101,None)

# cm229 majikthise (TypePad, comments without names): Hurricane Katrina's unofficial toll of October 2005; the post's
# 1337 (Robert Lindsay's count) is the toll; a comment's "went up by 22 more to 1,359" the commenter's newer figure
# (comment toll; the 22 an increment, core=false); the looters "15 to 20 ... every night" a rumour in a comment
d='cm229'
g(d,'the unofficial death toll from Hurricane Katrina now stands at 1337','1337','killed',1337,speaker='Robert Lindsay',subject='Hurricane Katrina, unofficial toll')
g(d,'death toll just went up by 22 more to 1,359','1,359','killed',1359,section='comment',subject='Hurricane Katrina, unofficial toll (commenter update)')
g(d,'went up by 22 more to 1,359','22 more','killed',22,section='comment',subject='Katrina toll increment (commenter)',core=False)
g(d,'at times 15 to 20 looters were being killed','15 to 20 looters','killed',15,20,mod='hedged',speaker='an email',section='comment',subject='looters shot by snipers each night (rumour)',scope='aggregate')
n(d,'say two numbers at the end','two numbers','count')
n(d,'The two death counts','two death counts','count')
n(d,'Unknown Pleasures (1979)','1979','date')
n(d,'October 16, 2005','October 16, 2005','date')
t(d,'killed',1337)
ct(d,None,'Hi, death toll just went up by 22 more to 1,359.','killed',1359)

# cm230 kufarooq3 (Blogger, "Post a Comment 0 Comments"): the Mogadishu truck bombing of 14 October 2017; "the death
# toll stood at 20" is the first figure (core=false), "the figure had jumped to a devastating 276" the toll
d='cm230'
g(d,'the death toll stood at 20','20','killed',20,subject='Mogadishu truck bombing (first figure)',core=False)
g(d,'the figure had jumped to a devastating 276','a devastating 276','killed',276,subject='Mogadishu truck bombing')
g(d,'With 300 others injured','300 others','injured',300,subject='Mogadishu truck bombing, injured')
n(d,'Hundreds of people, chanting','Hundreds of people','count')
t(d,'killed',276)
t(d,'injured',300)

# cm231 poliblogger (WordPress, "Comments Off"): the Hilla bombing of 28 February 2005 (the page's dates say 2024);
# the AP's 106 / 133 first, the update's CNN figure "upped the death toll to 125, at a minimum" the toll (decision 24);
# the police statement's 106 / 133 restate the AP; "several people" arrested captured 3-9; CNN's "up to 200" wounded
# the latest injured figure (low = high = 200, vague, as the other "up to" rows of this file)
d='cm231'
g(d,'Suicide Bomber Kills at Least 106 in Iraq','at Least 106','killed',106,None,subject='Hilla bombing (AP headline)',core=False)
g(d,'killing at least 106 and wounding 133','at least 106','killed',106,None,speaker='police and witnesses',subject='Hilla bombing (first figure)',core=False)
g(d,'killing at least 106 and wounding 133','133','injured',133,speaker='police and witnesses',subject='Hilla bombing, wounded (first figure)',core=False)
g(d,'led to the death of 106 people','106 people','killed',106,speaker='Babil province police',subject='Hilla bombing (police statement)',core=False)
g(d,'injury of 133 citizens','133 citizens','injured',133,speaker='Babil province police',subject='Hilla bombing, wounded (police statement)',core=False)
g(d,'“several people” were arrested','several people','captured',3,9,vague=True,speaker='Babil province police',subject='arrested after the blast')
g(d,'has upped the death toll to 125, at a minimum','125','killed',125,None,speaker='CNN',subject='Hilla bombing (update)')
g(d,'killing at least 125 and wounding up to 200 others','at least 125','killed',125,None,speaker='Iraqi government and health officials',subject='Hilla bombing (CNN quote, restated)',core=False)
g(d,'wounding up to 200 others','up to 200 others','injured',200,vague=True,speaker='Iraqi government and health officials',subject='Hilla bombing, wounded (update)')
n(d,'about 55 miles south of Baghdad','about 55 miles','distance')
n(d,'about 15 miles to the north','about 15 miles','distance')
n(d,'Visitors Since 2/15/03','2/15/03','date')
t(d,'killed',125,None)
t(d,'injured',200)
t(d,'captured',3,9)

# cm232 cleolinda (LiveJournal post): the Norway attacks of 22 July 2011; the post's "92 dead" is the toll; the island
# camp's 85, Oslo's 7 and the Prime Minister's 80 on Utøya parts (core=false); 90 hospitalised in Oslo the injured
# toll; the headline snippet's and the police's "at least 92" restate it
d='cm232'
g(d,'a Labour Party youth camp, 92 dead in Norway attacks','92','killed',92,subject='Norway attacks, Oslo and Utøya')
g(d,'85 deaths, mostly kids, have been reported','85 deaths','killed',85,subject='killed at the island camp (part)',core=False)
g(d,'suspect identified; at least 92 dead','at least 92','killed',92,None,subject='Norway attacks (headline snippet)',core=False)
g(d,'explosion in Oslo stands at 7','7','killed',7,speaker='a spokesman for the city\'s mayor',subject='Oslo explosion (part)',core=False)
g(d,'90 people have been hospitalized','90 people','injured',90,speaker='a spokesman for the city\'s mayor',subject='Oslo explosion, hospitalised')
g(d,'where at least seven were killed in a bombing','at least seven','killed',7,None,subject='Oslo bombing (part)',core=False)
g(d,'killed at least 92 people Friday','at least 92 people','killed',92,None,speaker='Norwegian police',subject='Norway attacks (restated)',core=False)
g(d,'"At least 80 young people have been killed','At least 80 young people','killed',80,None,speaker='the Prime Minister',subject='killed on Utøya (part)',core=False)
n(d,'The suspect, a 32-year-old Norwegian','32-year-old','age')
t(d,'killed',92)
t(d,'injured',90)
# --- Session 22 (task s22speaker): cm233-cm240, pages chosen for a relative clause on or as the speaker of a figure
# ("Villagers who survived the bombing ... told Reuters ...", "The Taliban, who escorted journalists ..., claim ...",
# "Reuters, which interviewed a resident ..., reports ...", "according to iCasualties.org, which tracks ...", "Hazrat Ali,
# the security chief for Nangarhar province where the bombing occurred, said ..."); gold written from the text and this
# README only, before any run. The speaker is the noun the clause hangs on, never the clause ("Villagers", not "the
# bombing of houses"); a figure told by the writer inside a relative clause of a sentence that credits someone with
# something else (cm239 "claimed credit for the attack that killed 48") has no speaker.
# cm233 williambowles (WordPress blog, Gulf News/Reuters/AFP paste): the Farah air strikes of May 2009; the police
# spokesman's "more than 100" is the toll (the lead's two figures are the Red Cross's and the local officials'); his
# 25-30 Taliban and the villagers' one family are parts; Gul Bibi's son and daughter-in-law are a part
d='cm233'
g(d,'airstrikes that the Red Cross said killed dozens','dozens','killed',24,99,vague=True,speaker='the Red Cross',subject='Farah air strikes')
g(d,'local officials said may have killed 100 civilians','100 civilians','killed',100,mod='hedged',speaker='local officials',subject='Farah air strikes, civilians')
g(d,'more than 100 people have died','more than 100 people','killed',101,None,speaker='Abdul Rauf Ahmadi',subject='Farah air strikes and ground operations')
g(d,'Twenty-five to 30 of them are Taleban','Twenty-five to 30','killed',25,30,speaker='Abdul Rauf Ahmadi',subject='Taliban among the dead (part)',core=False)
g(d,'dozens of members of one extended family alone had died','dozens of members','killed',24,99,vague=True,speaker='Villagers',subject='one extended family (part)',core=False)
g(d,'My son and my daughter in-law have been killed','My son and my daughter in-law','killed',2,speaker='Gul Bibi',subject='Gul Bibi\'s son and daughter-in-law (part)',core=False)
g(d,'he feared 100 civilians had been killed','100 civilians','killed',100,mod='hedged',speaker='Rohul Amin',subject='Farah air strikes, civilians')
n(d,'a 13-month-old baby','13-month-old','age')
t(d,'killed',101,None)
# cm234 heraldnet (AP, Karam, October 2001): the Taliban's "nearly 200" is the toll; the 23 victims treated in
# Jalalabad are the injured ("what they said were": the doctors'); the graves are evidence of deaths, not a count told
d='cm234'
g(d,'claim nearly 200 people were killed here Thursday','nearly 200 people','killed',200,vague=True,speaker='The Taliban',subject='US air strike on Karam')
g(d,'what they said were 23 victims of bombing','23 victims','injured',23,speaker='doctors',subject='Karam victims treated in Jalalabad')
g(d,'At least 18 fresh graves','At least 18 fresh graves','killed',18,None,subject='graves at Karam',core=False)
g(d,'freshly dug for what residents said were children','children','killed',2,speaker='residents',subject='two children\'s graves (part)',core=False)
n(d,'a child barely two months old','two months','age')
n(d,'25 miles to the east','25 miles','distance')
n(d,'Dozens of sheep and goat carcasses','Dozens of sheep','count')
n(d,'three days after the attack','three days','duration')
t(d,'killed',200)
t(d,'injured',23)
# cm235 antinato mailing list (AP forwarded, December 1, 2001): three villages bombed; the toll adds Kama Ado
# (100-200), Agom (at least 5) and Khan-e-Muirajuddin (at least 50, Hazrat Ali); the title's 200 is core=false
d='cm235'
g(d,'Afghan Villagers Say 200 Killed','200','killed',200,speaker='Afghan Villagers',subject='three villages (title)',core=False)
g(d,'killed scores of civilians','scores of civilians','killed',40,99,vague=True,speaker='witnesses and anti-Taliban commanders',subject='coalition bombing of three villages')
g(d,'between 100 and 200 villagers were killed','between 100 and 200 villagers','killed',100,200,speaker='Witnesses and survivors at a nearby hospital',subject='Kama Ado bombing')
g(d,'saying at least five people had died there','at least five people','killed',5,None,speaker='Witnesses and provincial officials',subject='Agom bombing')
g(d,'said at least 50 people were killed Friday night','at least 50 people','killed',50,None,speaker='Hazrat Ali',subject='Khan-e-Muirajuddin bombing, Friday night')
n(d,'more than 25 bombs','more than 25 bombs','count')
n(d,'30 miles south of Jalalabad','30 miles','distance')
n(d,'15 miles southwest of Jalalabad','15 miles','distance')
n(d,'a 33-year-old farmer','33-year-old','age')
n(d,'all 30 mud brick','30 mud brick','count')
n(d,'rescue four survivors','four survivors','count')
t(d,'killed',155,None,basis='sum')
# cm236 gawkerarchives (Gawker): the Gumskiri raid of July 2014; Reuters' 35 is the toll (the lead's "dozens" is
# vague); the Bloomberg source's 191 the captured; the resident's "over 30" and "more than 100" are his own account;
# the Chibok girls of April are background
d='cm236'
g(d,'killing dozens of people','dozens of people','killed',24,99,vague=True,speaker='reports',subject='Gumskiri raid')
g(d,'kidnapping over 100 others','over 100 others','captured',101,None,speaker='reports',subject='Gumskiri raid, abducted')
g(d,'the death toll from the attack is 35','35','killed',35,speaker='Reuters',subject='Gumskiri raid')
g(d,'191 were abducted','191','captured',191,speaker='a source contacted by Bloomberg',subject='Gumskiri raid, abducted')
g(d,'shot dead over 30 people','over 30 people','killed',31,None,speaker='Maina Chibok',subject='Gumskiri raid, the resident\'s account')
g(d,'took away more than 100 women and children','more than 100 women and children','captured',101,None,speaker='Maina Chibok',subject='Gumskiri raid, abducted (the resident\'s account)')
g(d,'Boko Haram kidnapped 276 girls','276 girls','captured',276,subject='Chibok schoolgirls, April (earlier event)',scope='background')
n(d,'54 Nigerian soldiers were recently found guilty','54 Nigerian soldiers','count')
t(d,'killed',35)
t(d,'captured',191)
# cm237 palestinianpundit (Blogger, "No comments:"): the Khost base bombing of December 30, 2009, quoted twice from
# the Guardian; the second copy is core=false; iCasualties.org's 508 is the year's total (aggregate), 295 the year
# before (background); the sub-headline's four Canadian troops and a journalist are another attack (core=false)
d='cm237'
g(d,'Four Canadian troops and a journalist also killed','Four Canadian troops','killed',4,subject='Canadian troops, another attack (sub-headline)',core=False)
g(d,'and a journalist also killed','a journalist','killed',1,subject='journalist, another attack (sub-headline)',core=False)
g(d,'also killed\nThe Guardian\n"Eight American civilians','Eight American civilians','killed',8,speaker='US officials',subject='Khost base suicide attack')
g(d,'Afghanistan......\nThe Guardian\n"Eight American civilians','Eight American civilians','killed',8,speaker='US officials',subject='Khost base suicide attack (repeated)',core=False)
g(d,'508 Nato troops were killed, up from 295 in 2008, according to iCasualties.org, which tracks deaths in Afghanistan......\nThe Guardian','508 Nato troops','killed',508,speaker='iCasualties.org',subject='Nato troops killed in 2009',scope='aggregate')
g(d,'up from 295 in 2008, according to iCasualties.org, which tracks deaths in Afghanistan......\nThe Guardian','295','killed',295,speaker='iCasualties.org',subject='Nato troops killed in 2008',scope='background')
g(d,'508 Nato troops were killed, up from 295 in 2008, according to iCasualties.org, which tracks deaths in Afghanistan......\nKhost','508 Nato troops','killed',508,speaker='iCasualties.org',subject='Nato troops killed in 2009 (repeated)',core=False,scope='aggregate')
g(d,'up from 295 in 2008, according to iCasualties.org, which tracks deaths in Afghanistan......\nKhost','295','killed',295,speaker='iCasualties.org',subject='Nato troops killed in 2008 (repeated)',core=False,scope='background')
t(d,'killed',8)
# cm238 rantburg (comment page, "Posted by:Fred Pruitt", two comments): the Darfur battle near Kulbus, December 2003;
# JEM's 621 government troops and its own 27 fighters add up to the toll (sum); the secretary-general's quoted 621
# restates the lead; "a number of soldiers were killed or wounded" gives no figure
d='cm238'
g(d,'claim they have killed 621 government troops','621 government troops','killed',621,speaker='Rebels from western Sudan',subject='Darfur battle near Kulbus, government troops')
g(d,'"We killed 621 of them','621','killed',621,speaker='Muhamad Bashir Ahmad',subject='Darfur battle, government troops (restated)',core=False)
g(d,'He said 27 rebel fighters were killed','27 rebel fighters','killed',27,speaker='Muhamad Bashir Ahmad',subject='Darfur battle, rebel fighters')
n(d,'a force of 4500 to 5000 government troops','4500 to 5000','count')
n(d,'shot down two helicopters','two helicopters','count')
n(d,'about 120 km north of El Geneina','about 120 km','distance')
n(d,'in a two-day battle','two-day','duration')
t(d,'killed',648,basis='sum')
# cm239 thunderrun (Blogger, "No comments:"): the Akashat ambush of March 4, 2013; the 48 Syrian soldiers and nine
# Iraqi troops are told by the writer in a relative clause of "claimed credit for the ... attack" (no speaker: the
# group claimed the attack, not the count)
d='cm239'
g(d,'that killed 48 Syrian soldiers','48 Syrian soldiers','killed',48,subject='Akashat ambush, Syrian soldiers')
g(d,'nine Iraqi troops who were escorting them','nine Iraqi troops','killed',9,subject='Akashat ambush, Iraqi escort')
n(d,'for the March 4 attack','March 4','date')
t(d,'killed',57,basis='sum')
# cm240 economical-sociology (Blogger, "No comments:"): Syria, June 2012; the Mazraat al-Qubair massacre's "about 80
# people ... shot or stabbed" (no credit in its sentence) is the page's only casualty figure; the witness "who spoke
# on condition of anonymity" reports only explosions
d='cm240'
g(d,'where about 80 people, including women and children, were shot or stabbed','about 80 people','killed',80,vague=True,subject='Mazraat al-Qubair massacre, Wednesday')
n(d,'in the 15-month uprising','15-month','duration')
n(d,'at a rate of five to 10 a minute','five to 10 a minute','rate')
t(d,'killed',80)

def w(name,rows):
    with open(base+name,'w') as f:
        for r in rows: f.write(json.dumps(r,ensure_ascii=False)+'\n')
w('gold.jsonl',G);w('nonclaims.jsonl',N);w('tolls.jsonl',T);w('comment_tolls.jsonl',CT)
print(len(G),len(N),len(T),len(CT))
