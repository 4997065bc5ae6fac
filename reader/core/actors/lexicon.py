"""Provides the curated word lists the detector reasons with (titles, cue nouns, non-actors).

Only generic vocabulary lives here, never individual actors: titles and roles that precede
names, nouns that end organisation or place names, calendar and event words, and the
function words that start sentences.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Capitalised titles that precede a person's name and are kept as the role.
TITLES = words("""
President Presidents Vice Premier Prime Minister Ministers Chancellor Secretary Secretary-General
Deputy Assistant Foreign Defence Defense Finance Interior Home Trade Economy Justice Health
Education
Senator Sen Sen. Rep Rep. Representative Congressman Congresswoman Governor Gov Gov. Mayor
King Queen Prince Princess Emperor Empress Crown Pope Cardinal Archbishop Bishop Reverend Rev
Rev. Father Sister Brother Imam Ayatollah Sheikh Sheik Emir Sultan Lord Lady Sir Dame Baroness
Baron Count Duke Duchess Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Professor General Gen
Gen. Lieutenant Lt Lt. Colonel Col Col. Major Maj Maj. Captain Capt Capt. Sergeant Sgt Sgt.
Admiral Adm Adm. Marshal Field Commander Corporal Private Officer Detective Inspector Chief
Superintendent Commissioner Judge Justice Magistrate Attorney Prosecutor Ambassador Envoy
Chairman Chairwoman Chair CEO CFO COO CIO CTO VP SVP EVP Chief President-elect Speaker Leader
Supreme Acting Former
Opposition State Senior Junior Grand Ayatollah Coach Manager Striker Director
Spokesman Spokeswoman Spokesperson Minister-President Director-General GM Clerk Sheriff Deputy
Undersheriff Coroner Trooper Constable Const Const. Det Det. Cpl Cpl. Insp Insp. Supt Supt.
Pvt Pvt. Patrolman Warden Executive
Patriarch Rabbi Saint
""")

# Lower-case role nouns that, right before a capitalised name, mark it as a person.
ROLE_NOUNS = words("""
leader president premier minister chancellor secretary senator governor mayor king queen prince
princess pope official officials spokesman spokeswoman spokesperson chief head director chairman
chairwoman ceo founder boss coach manager captain player striker midfielder defender goalkeeper
forward batsman bowler all-rounder pitcher quarterback champion star actor actress singer
rapper musician artist author writer novelist poet journalist reporter correspondent editor
columnist analyst expert professor scientist researcher economist historian lawyer attorney
prosecutor judge justice detective inspector officer sergeant general commander colonel
lieutenant admiral soldier envoy ambassador diplomat dictator ruler tycoon billionaire
businessman businesswoman entrepreneur investor banker candidate challenger incumbent
lawmaker legislator politician mp congressman congresswoman representative activist
campaigner dissident rival opponent successor predecessor deputy aide adviser advisor
counterpart negotiator mediator sister brother father mother son daughter wife husband
widow uncle aunt cousin girlfriend boyfriend fiancee fiance friend colleague teammate
veteran rookie defendant suspect victim survivor witness doctor dr surgeon nurse pastor priest
bishop cardinal imam rabbi cleric monk designer model comedian director producer host
presenter anchor filmmaker photographer architect composer conductor pianist guitarist
drummer dancer chef owner partner president-elect nominee appointee nominator commissioner
cyclist driver rider runner swimmer skier boxer wrestler golfer skipper jockey trainer
sprinter athlete gymnast fighter moviemaker
""")

# Lower-case nouns that, right before a capitalised name, mark it as an organisation
# ("news agency Interfax", "carmaker Renault", "first division side Nice").
ORG_NOUNS = words("""
agency newspaper daily weekly tabloid magazine paper network channel station
company firm group conglomerate giant carmaker automaker maker manufacturer supplier
distributor retailer chain brand bank lender insurer brokerage airline carrier
operator utility subsidiary unit club side outfit champions holders
""")

# Lower-case nouns that, right after a name (or its "'s"), mark it as an organisation
# ("Interfax news agency", "Pirelli shares", "Magna's chief executive").
ORG_AFTER = words("""
shares stock stocks shareholders stockholders subsidiary subsidiaries unit units employees
workers executives newspaper daily weekly tabloid magazine agency board profit profits
earnings revenue revenues
""")

# Nouns that end (or, before "of", start) an organisation's name.
ORG_HEADS = words("""
Party Parties University College Institute Institution Academy School Ministry Department
Office Agency Bureau Administration Authority Commission Committee Council Assembly Parliament
Congress Senate Cabinet Government Court Tribunal Bank Fund Reserve Exchange Inc Inc. Corp
Corp. Corporation Co Co. Company Companies Ltd Ltd. LLC Plc PLC AG GmbH SA NV Group Holdings
Industries Enterprises Partners Associates Systems Technologies Technology Labs Laboratories
Advisors Advisers Consultants Capital Ventures Solutions Insurance Securities Investments
Networks Network Communications Media News Press Times Post Journal Herald Tribune Gazette
Telegraph Guardian Chronicle Review Magazine Daily Television TV Radio Broadcasting Airlines Airways
Reporter Inquirer Examiner Register Globe Dispatch Bulletin Mafia Cartel
Motors Energy Oil Petroleum Pharmaceuticals Foods Entertainment Studios Pictures Records Games
Association Federation Union League Alliance Coalition Front Movement Organization
Organisation Society Foundation Trust Church Brigade Brigades Army Navy Force Forces Corps
Guard Guards Police Command Service Services Club FC Team United Rovers Wanderers Athletic
Hospital Clinic Centre Center Council Board Nations Confederation Mission Secretariat Taliban
Hamas Hezbollah Agency Capital House Securities Bancorp Insurance Group Watch International
Electric Electronics Chemical Chemicals Mining Telecom Telekom Shipping Resources Minerals
Metals Semiconductor Software Pharma Financial Investments Properties Brewery Breweries
Logistics
""")

# Legal-form suffixes: "Microsoft" is short for "Microsoft Corp." in the same article.
COMPANY_SUFFIXES = words("""
Inc Inc. Corp Corp. Corporation Co Co. Ltd Ltd. LLC Plc PLC AG GmbH SA NV SpA Group Holdings
""")

# Lower-case nouns that make a name next to them a place: "Karvan province", "the town of
# Belvik", "Zarand mountains".
PLACE_NOUNS = words("""
province provinces region district county prefecture state town village city island islands
mountains mountain river valley suburb neighbourhood neighborhood oblast canton municipality
""")

# Postal-style abbreviations of US states, as datelines write them: "Troy, Mich.".
STATE_ABBREVIATIONS = words("""
Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont
Neb Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo
""")
# US postal codes, read as a state only after a town and a comma: "Newport Beach, CA".
STATE_CODES = {
    "AK": "Alaska", "AL": "Alabama", "AR": "Arkansas", "AZ": "Arizona", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DC": "District of Columbia", "DE": "Delaware",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "IA": "Iowa", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "MA": "Massachusetts", "MD": "Maryland", "ME": "Maine", "MI": "Michigan", "MN": "Minnesota",
    "MO": "Missouri", "MS": "Mississippi", "MT": "Montana", "NC": "North Carolina",
    "ND": "North Dakota", "NE": "Nebraska", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NV": "Nevada", "NY": "New York", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VA": "Virginia",
    "VT": "Vermont", "WA": "Washington", "WI": "Wisconsin", "WV": "West Virginia",
    "WY": "Wyoming",
}
# Lower-case words after a one-word name that make it a town: "Troy police", "Belvik residents".
TOWN_AFTER = words("police residents townspeople")

# Words that end a place name.
PLACE_HEADS = words("""
Street St Avenue Ave Road Boulevard Square Plaza Bridge River Lake Sea Ocean Bay Gulf Strait
Straits Channel Canal Mountains Mountain Mount Mt Hills Hill Valley Desert Peninsula Island
Islands Isles Coast Beach Park Forest Falls County Province Region Oblast Prefecture District
Territory Territories Republic Kingdom Emirates Heights Strip Bank Harbour Harbor Port Airport
Stadium Arena Palace Cathedral Basin Delta Plateau Glacier Reef Cape Borough Township Village
Town City Shire Prison Jail Gardens Ranch Canyon Fault Creek Pier Quay Wharf
""")

# Plural nouns for people acting as one body, and bodies of people ("Police said",
# "Prosecutors argued"): a group actor where one opens a sentence. Never a customer base.
GROUP_NOUNS = words("""
police authorities officials prosecutors investigators detectives officers troopers deputies
agents firefighters rescuers paramedics medics doctors nurses witnesses jurors lawyers
attorneys judges residents villagers locals neighbours neighbors protesters protestors
demonstrators rioters strikers workers employees voters citizens students teachers parents
fans supporters critics opponents analysts economists experts scientists researchers
soldiers troops commandos rebels militants insurgents fighters gunmen robbers thieves
burglars raiders looters kidnappers hijackers pirates attackers bombers suspects victims
survivors relatives passengers crews guards inmates prisoners lawmakers legislators senators
ministers diplomats leaders executives shareholders investors consultants engineers
regulators traders dealers bidders negotiators mediators organisers organizers volunteers
activists campaigners environmentalists conservationists crooks mourners pilgrims refugees
migrants settlers tourists spectators biologists physicians surgeons people men women
children teenagers youths families actors actresses advisers advisors aides ambassadors
arsonists artists athletes bankers bishops boxers boys businessmen candidates coaches
colleagues commanders commissioners convicts defendants directors dissidents
escapees fathers friends fugitives generals girls governors journalists killers mayors
mothers murderers musicians nominees owners pensioners players politicians priests
reporters riders runners singers sisters brothers sons daughters spokesmen teammates
teens veterans widows wives writers
""")

# Faiths whose plural names a people, as a nationality's does ("Christians", "Iraqis").
FAITHS = words("""Jew Christian Muslim Moslem Catholic Protestant Hindu Buddhist Sikh Mormon
Evangelical Anglican Methodist Baptist Lutheran Shiite Shia Sunni Orthodox Copt""")

# Counts that stand for people where they open a sentence: "Three killed in fire".
COUNT_WORDS = words("Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Dozens Hundreds "
                    "Both")

# Short function words, which a Title Case line leaves in lower case ("Man Held in Paris").
SMALL_WORDS = words("a an the and or of to in on at by for from with as is are")

# Titles written short without their full stop: ending a run, with no name after them,
# they are a name's last word ("Hun Sen"), never a title.
SHORT_TITLES = words("Adm Capt Col Cpl Det Gen Gov Insp Lt Maj Prof Pvt Rep Rev Sen Sgt Supt")

# Words that qualify a title and name nobody: "the Fire Chief", "an Associate Justice".
ROLE_WORDS = words("Fire Police Federal Associate Interim Special")

# Words before a number that make a road: "Interstate 80", "Highway 12", "Route 66".
ROAD_WORDS = words("Interstate Highway Hwy Route Road Freeway Motorway Turnpike")

# Words that start a place name ("Lake Geneva", "Mount Everest").
PLACE_STARTS = words("Lake Mount Mt Cape Fort Port Gulf Isle Sierra Costa Saint Sankt San Santa")

# Words before a name that make it an event: "Hurricane Ida", "Operation Sea Lion".
EVENT_STARTS = words("Hurricane Typhoon Cyclone Tropical Operation")

# Heads of events, holidays, wars and works: such a name is not an actor.
EVENT_HEADS = words("""
Day Days Eve War Wars Revolution Games Olympics Olympic Cup Championship Championships Open
Festival Week Year Prize Award Awards Summit Conference Forum Expo Fair Show Tour Trophy
Marathon Series Classic Invitational Grand Prix Act Treaty Accord Accords Agreement Declaration
Convention Crisis
Massacre Uprising Spring Era Age Dynasty Empire Christmas Easter Ramadan Eid Hanukkah Diwali
Thanksgiving Halloween Lent Passover Sabbath Bible Koran Quran Gospel
""")
# Holidays named by one word, which may follow another name as a modifier ("Acme Christmas").
HOLIDAYS = words("Christmas Easter Ramadan Eid Hanukkah Diwali Thanksgiving Halloween Passover")

MONTHS = words("""
January February March April May June July August September October November December Jan Feb
Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
""")
WEEKDAYS = words("""
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri
Sat Sun Today Tonight Tomorrow Yesterday
""")

# Capitalised words that are never an actor on their own.
NEVER_ALONE = words("""
I I'm I've I'll I'd A An The This That These Those It Its He She We They You His Her Our
Their My Your Me Him Us Them Who What When Where Why How Which Whose Whom There Here Yes No
Not Mr Mrs Ms Dr Sir Madam God Lord OK Okay Oh Hey Hi Hello Please Thanks Thank Read Also
Watch See Click Share Follow Subscribe Advertisement Photo Video Image Source Sources Update
Updated Breaking Exclusive Live Editor Note Copyright Reuters-style Today Now Then
North South East West Northern Southern Eastern Western Central Middle Upper Lower Greater
New Old Great Little Big Grand Royal National International Federal State States City
Government Republic Kingdom Empire Union Party Ministry Department University Council
Court Army Police Prime Minister President Premier Chancellor Secretary King Queen Prince
Internet Web Online Twitter First Second Third Fourth Fifth Sixth Seventh
Eighth Ninth Tenth Last Next
""")

# Function words and connectives that begin sentences; stripped from the start of a name.
STARTERS = words("""
A An The This That These Those It Its He She We They You His Her Our Their My Your In On At
By For From To Of With Without Into Onto Over Under After Before Since Until During Despite
Although Though While Whereas Because As If Unless When Where Why How What Which Who Whom
Whose Whether And But Or Nor So Yet Also Then Thus Hence However Meanwhile Nonetheless
Nevertheless Moreover Furthermore Still Even Just Only Indeed Instead Otherwise Perhaps
Maybe Yes No Not All Some Many Most Few Several Each Every Both Either Neither Any None One
Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next Another Other Such
Among Amid Around Against Along Across Behind Beyond Between Through Throughout Toward
Towards Upon Via Per Like Unlike Near Inside Outside Above Below Following According
Asked Speaking Said Says Told Writing Reporting Earlier Later Now Today Here There Once
Again Already Almost Always Never Often Sometimes Soon Recently Currently Initially
Finally Eventually Overall Together Instead Elsewhere Further Much More Less Very Too
Can Could Will Would Shall Should May Might Must Do Does Did Is Are Was Were Be Been Has
Have Had Let Lets Please Read Also See Watch Dear Sir Madam Mr Mrs Ms Dr Why Oh
""")

# Name particles that may sit, lower-case, inside a person's name.
PARTICLES = words("de del della der den di da das dos du van von ter la le bin ibn al el bint y")

# Suffixes that belong to a person's name and tell people apart.
NAME_SUFFIXES = words("Jr Jr. Sr Sr. II III IV V")

# Adjectives of origin or direction that precede titles or nouns but are not actors.
DEMONYM_LIKE = words("""
Western Eastern Northern Southern Central European Asian African Arab American Latin
Islamic Muslim Christian Jewish Catholic Protestant Orthodox Sunni Shia Shiite Hindu
Buddhist Sikh Soviet Communist Socialist Democratic Republican Liberal Conservative Labour
Nordic Scandinavian Baltic Balkan Caribbean Pacific Atlantic Mediterranean Gulf Kurdish
Palestinian Israeli Western-backed Pro-Russian Pro-Western Allied Imperial Nazi Axis
""")
