"""Provides the most common English words, which say nothing about why two passages relate.

Generated once from `wordfreq.top_n_list("en", 500)`, minus stop words and words of
fewer than three letters and profanity (kept here so that a related query never loads wordfreq).
"""

_WORDS = """
    able act actually age ago air almost along already although always american among
    another anyone anything area around ask asked away back bad based become believe best
    better big bit black body book business buy call called came car care case cause change
    check child children city class close come comes coming community company control
    country course court data day days deal death development different done due early
    either else end enough even ever every everyone everything face fact family far feel
    find first five following food form found four free friend friends full
    future game games general get getting girl give given god going good got government
    great group guy guys half hand happy hard head health heart help high history hit home
    hope hours house however human idea important including information international job
    john keep kind know known large last late later law least leave left less let level life
    light like line little live local long look looking looks lost lot love low made make
    makes making man many matter may maybe mean means members men might million mind minutes
    money months morning move much music must name national need needs never new news next
    nice night north nothing number office often old one open order others part party past
    pay people per person place play playing please point police possible post power
    president pretty probably problem public put question rather read real really reason red
    remember report research right room run saw say saying school season second see seen
    series service services set several short show side since single small social
    someone something soon south special start started state states stay still stop story
    support sure system take taken taking talk team tell thank thanks thing things think
    third though thought three time times today together told took top true try trying turn
    two understand united university use used using video wait want wanted war watch water
    way week well went whether white whole win within without woman women work working world
    wrong yeah year years yes yet york young yourself
"""
COMMON_WORDS = frozenset(_WORDS.split())
