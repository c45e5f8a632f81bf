"""Function words that change what a trigger word means.

These are rules of Arabic news prose, not dictionaries of the area: they stay in
code, each list with the reason it exists. Words are written as in print and
normalised at import (see the end of the module), so «تبنى» matches «تبنّى».
"""

from .text import normalise

# A sentence that opens with these describes a state of affairs, not an occurrence:
# «وتستمر عمليات التهريب…», «وتعتبر مدينة البوكمال…», «ولا تزال المناطق تشهد…».
BACKGROUND_OPENERS = {"تستمر", "يستمر", "تعد", "يعد", "تعتبر", "يعتبر", "تنتشر", "ينتشر", "تشهد", "يشهد", "عاده",
                      "تتواصل", "يتواصل", "تسيطر", "يسيطر", "تضم", "يضم",
                      # «يذكر أن…», «يشار إلى…», «تجدر الإشارة…»: the writer's reminder of the past
                      "يذكر", "يشار", "تجدر", "يجدر", "الجدير",
                      # opinion, expectation, fear and complaint: «ويرى باحثون أن…», «ويخشى الأهالي…»
                      "يرى", "ترى", "يرون", "يتوقع", "تتوقع", "يتوقعون", "المتوقع", "المقرر", "يخشى", "تخشى", "يخشون",
                      "يشكو", "تشكو", "يشكون", "اعتقد", "نعتقد", "يطالب", "يطالبون", "تطالب",
                      # ongoing campaigns: «ويواصل مسلحو التنظيم شن هجمات…», «وتتعرض القواعد … لهجمات»
                      "يواصلون", "تتعرض", "يتعرض", "تتكرر", "يتكرر",
                      # where things are and what they are for: «إن المكتب يقع في مبنى…»
                      "يقع", "تقع", "يوجد", "توجد", "تتخذ", "يتخذ", "تتمركز", "يتمركز", "تحتفظ",
                      "تؤدي", "يؤدي", "تلعب", "يلعب",
                      # a running total: «وبذلك يرتفع إلى 27 عدد المشتبهين…»
                      "بذلك"}
# … except that who controls a named crossing is what analysts of this border follow.
CONTROL_OPENERS = {"تسيطر", "يسيطر", "تتحكم", "يتحكم", "تدير", "يدير"}
# Verbs of saying that open a sentence; what follows «إن/أن/بأن» is the reported clause.
REPORTING_VERBS = {"قال", "قالت", "افاد", "افادت", "ذكر", "ذكرت", "اكد", "اكدت", "اوضح", "اوضحت", "اضاف", "اضافت",
                   "اشار", "اشارت", "نقل", "نقلت", "كشف", "كشفت", "اعلن", "اعلنت", "اورد", "اوردت", "صرح", "لفت", "لفتت", "بين", "بينت", "يقول", "تقول", "يضيف", "تضيف"}
COMPLEMENTIZERS = {"ان", "بان", "انه", "انها", "بانه", "بانها"}
# A sentence that opens with these recalls an earlier occurrence («وسبق أن…», «ويأتي ذلك بعد…»).
RETROSPECTIVE_OPENERS = {"سبق", "يسبق"}
# «ويواصل مسلحو التنظيم شن هجمات…»: a campaign going on, background unless the sentence dates a day
# of it («تواصل قوات النظام قصف البوكمال لليوم الثالث… صباح اليوم»).
ONGOING_OPENERS = {"يواصل", "تواصل"}
# «ويأتي ذلك بعد…», «وتأتي الحادثة بعد…»: the writer places what was told among earlier events
# (not «وجاءت الغارات رداً على…», which tells the strikes).
RETROSPECTIVE_PHRASES = [(verb, subject) for verb in ("يأتي", "تأتي", "ياتي", "تاتي", "جاء", "جاءت")
                         for subject in ("ذلك", "هذا", "هذه", "الحادثة", "التطور", "التصعيد")]
# «وكان/وكانت … قد …»: the past perfect of a reminder.
PERFECT_AUXILIARIES = {"كان", "كانت", "كانوا"}
BACKGROUND_PHRASES = [("لا", "تزال"), ("لا", "يزال"), ("ما", "زالت"), ("ما", "زال")]
# Words that may come before such an opener.
CONNECTIVES = {"في", "حين", "بينما", "كما", "حيث", "فيما", "ثم", "الا", "ان", "لكن", "من", "اما"}
# Anywhere before a trigger in its sentence: a span of time, habit or repetition.
HABITUAL = {"باستمرار", "عاده", "دائما", "غالبا"}
PERIOD_OPENERS = [("خلال", "الاشهر"), ("خلال", "السنوات"), ("خلال", "الفتره"), ("خلال", "الاعوام"), ("منذ", "سنوات"),
                  ("منذ", "اشهر"), ("خلال", "الايام", "الماضيه")]
# «في اليوم التالي»: the day after the one told.
NEXT_DAY = {"التالي"}
# A few words after a trigger: counted over a span of time («تعرضت لأكثر من 40 هجوماً منذ 17 أكتوبر»).
SINCE = {"منذ"}
# After «منذ»: a part of today («ومنذ ساعات الفجر»), so what follows goes on now.
HOURS_OF_THE_DAY = {"ساعات", "الفجر", "الصباح", "صباح", "فجر", "الليله", "ظهر", "الظهر", "مساء", "ساعه", "الساعات"}
# After «منذ»: a span long enough that what happened in it is a tally («منذ مطلع العام», «منذ أشهر»).
LONG_PERIODS = {"مطلع", "بدايه", "اوائل", "اشهر", "سنوات", "اعوام", "عام", "سنه", "شهور"}
# Right after a trigger: a repeated or ongoing activity, not one event («غارات متكررة»).
REPEATED = {"متكرره", "متكرر", "متكررا", "مستمره", "متواصله", "متتاليه", "متقطعه"}

# Within a few words before a trigger: fear, purpose, prevention or a future plan,
# so the event did not happen («خوفاً من اندلاع اشتباكات», «بهدف منع الهجمات»).
IRREALIS = {"خوفا", "خشيه", "تخوف", "تخوفا", "مخافه", "لمنع", "منع", "بهدف", "لتجنب", "تحسبا", "تفاديا", "سوف",
            "يعتزم", "تعتزم", "ينوي", "تنوي", "المقرر", "ستشن", "سيشن", "تهديدات", "تهدد", "يهدد", "توعد", "توعدت",
            "احتمال", "محتمل", "امكانيه", "لمواجهه", "مواجهه", "حال", "حاله",
            # aims and attempts to come: «يسعى الحرس الثوري إلى تجنيد…»
            "يسعى", "تسعى", "سعي", "يحاول", "تحاول", "يريد", "تريد", "تطمح", "يطمح", "المتوقع", "يتوقع",
            # opinions, estimates and demands: «ويرى المحلل أن الغارات…», «وطالب الأهالي بإزالة الحواجز»
            "يرى", "ترى", "يرون", "راى", "اعتبر", "المحلل", "محللون", "مراقبون", "التقديرات", "تقديرات",
            "تمتلك", "يمتلك", "تملك", "يملك", "دعا", "دعت", "طالب", "طالبت", "طالبوا", "تحقيق",
            # decisions and orders about what is to be done: «وقرر المجتمعون نشر ثلاث سيطرات»
            "قرر", "قررت", "تقرر", "قرروا", "اوعز", "اوعزت", "المزمع", "ستقوم", "سيقوم",
            # what things were made for: «أحزمة ناسفة معدة للتفجير»
            "معده", "معدا", "المعده",
            # intelligence about what might happen: «على خلفية معلومات استخبارية عن محاولة تسلل»
            "استخباريه", "استخباراتيه"}
# Before a trigger: what someone is accused of («اعتقلت ثلاثة بتهمة نقل عبوات ناسفة»), not what happened.
ACCUSATIONS = {"بتهمه", "تهمه", "بتهم", "بتورطهم", "بتورطه", "بتورط", "متهمين", "متهما", "تتهمهم", "يتهمهم",
               "بالانتماء"}
# A call to join («دعت الميليشيا شبان القرية إلى الالتحاق بدورة عسكرية») is itself a recruitment drive.
CALLS = {"دعا", "دعت", "يدعو", "تدعو", "دعوه", "دعوات"}
IRREALIS_BUT_CALLS = IRREALIS - CALLS
# Right before a trigger: any one at all, so none in particular («أي معبر»).
GENERIC_BEFORE = {"اي", "ايه"}
# Anywhere before a trigger in its sentence: what follows is denied («نفى المصدر ما تداولته… عن غارات»).
# Between a denial and the event: what is denied is who did it, not that it happened.
RESPONSIBILITY = {"مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "علاقته", "علاقتها", "تورطه", "تورطها", "صلته", "صلتها"}
# Just before a trigger: events counted over a span («أكثر من 40 هجوماً منذ…»).
TALLY_WORDS = {"اكثر", "عشرات", "مئات", "عدد", "مجموع"}
# After a denial that follows the event: what is denied is the event told («مصادرنا تنفي ذلك»).
DENIED_THINGS = {"ذلك", "الخبر", "الانباء", "هذه", "صحه"}
DENIALS = {"نفى", "نفت", "ينفي", "تنفي", "نافيا", "نافيه", "نفي", "تكذيب", "كذب", "كذبت"}
NEGATION = {"لم", "لن", "نفى", "نفت", "ينفي", "تنفي", "عدم", "دون", "بدون", "ليس", "ليست", "نافيا", "نافيه"}

# Right before a trigger: it points back to an event already told.
DEMONSTRATIVES = {"هذه", "هذا", "تلك", "ذلك", "هاتين", "هذين"}
# Right after a trigger: the same («ذاتها», «الأخيرة», «المذكورة») …
ANAPHORIC_AFTER = {"ذاتها", "ذاته", "نفسها", "نفسه", "المذكوره", "المذكور", "الاولى", "الاولي", "الاول"}
# Right before a trigger (one word may come between: «على إثر», «رداً على»): the event it follows or answers.
AFTER_EVENT = {"عقب", "اثر", "اعقاب", "ردا", "رد", "خلفيه", "انتقاما", "اعقب"}
# … or a different one («غارة أخرى», «قصف مماثل», «هجوم جديد»).
NEW_EVENT_AFTER = {"اخرى", "اخري", "اخر", "مماثل", "مماثله", "مماثلا", "جديد", "جديده", "ثانيه", "ثان", "ثاني",
                   "ثالثه", "ثالث", "رابعه", "رابع", "خامسه", "خامس", "سادسه", "سادس"}
# «قصف مماثل»: a new event of the same kind as the last one, by the same kind of attacker.
SIMILAR_AFTER = {"مماثل", "مماثله", "مماثلا"}

# A sentence that says who carried out an event told before: «التحالف … هو من ينفذ هذه الغارات».
AGENT_VERBS = {"نفذ", "ينفذ", "تنفذ", "نفذت", "تبنى", "تبنت", "شن", "شنت", "يقف", "تقف", "مسؤول", "مسؤوليه",
               "اتهم", "اتهمت", "يتهم", "تتهم"}

# Attack verbs that tell an attack only with the weapon they fire («أطلقوا صواريخ», «سقطت قذائف»),
# not alone («العملية التي أطلقتها الدولة», «أطلق سراح», «بعد سقوط الأسد», «سقوط قتلى»).
FIRING_ONLY_CUES = {"اطلق", "سقط", "سقوط"}
# Who strikes from the air when a report says only «قصف»: foreign air forces, or an unknown aircraft.
AIR_FORCES = {"united_states", "israel", "coalition", "russia", "unidentified"}

# Attribution. «يعتقد أنه إسرائيلي»: suspected; «تبنى»: claimed; «أعلن … مسؤوليته»: claimed.
SUSPECTED = {"يعتقد", "يرجح", "رجح", "رجحت", "يشتبه", "مجهول", "مجهوله", "مجهولين", "مجهولون", "فرضيه",
             "يحتمل", "المرجح", "ربما", "يظن", "يبدو", "المجهوله", "المجهول"}
CLAIMED = {"تبنى", "تبنت", "يتبنى", "تتبنى", "تبنيه", "مسؤوليته", "مسؤوليتها", "بمسؤوليته", "بمسؤوليتها"}
# Confirmed needs a named doer in the same sentence: «أكد مصدر أن الغارة…» confirms the strike,
# not who carried it out.
CONFIRMED = {"اكد", "اكدت", "اعلن", "اعلنت", "اعترف", "اعترفت", "اكدته", "رسميا", "بيان"}

# Target nouns: an actor named right after one is acted upon («مواقع لمليشيات…»).
TARGET_NOUNS = {"مواقع", "موقع", "نقطه", "نقاط", "مقر", "مقرات", "قاعده", "قواعد", "معسكر", "معسكرات", "دوريه",
                "دوريات", "صفوف", "عناصر", "مقاتلي", "مقاتلو", "مقاتلين", "تجمعات", "تجمع", "اليات", "اليه", "شاحنات",
                "شاحنه", "قافله", "مستودعات", "مستودع", "مخازن", "مخزن", "سيارات", "سياره", "قياديين", "قيادي",
                "مركز", "مراكز", "تحصينات", "سفاره", "مطار", "منشاه", "منشات", "قياديا", "قياديه", "رتل", "ارتال", "ضد", "بحق", "حاجز", "حواجز", "مقرا", "منزل", "قائد",
                # in the accusative, as the object of «استهدفت»
                "مستودعا", "موقعا", "مخزنا", "مركزا", "معسكرا", "رتلا", "تجمعا", "حاجزا", "منزلا", "قاعدتين",
                # vehicles, in the Iraqi word too («استهدفت عجلة تابعة للواء 13»)
                "عجله", "عجلتين", "عجلتان", "عجلات", "سيارتين", "سيارتان", "اليتين"}
# Before a nationality: a newspaper's, a channel's or an agency's («شبكة فوكس نيوز الأمريكية»), not a doer's.
OUTLET_NOUNS = {"شبكه", "صحيفه", "صحف", "قناه", "وكاله", "وكالات", "وسائل", "اذاعه", "مجله", "تلفزيون", "محطه"}
# Before a target noun: where the fire came from, so its owner acts («مصدرها مواقع قسد»).
ORIGIN = {"مصدرها", "مصدره", "مصدر", "من", "انطلاقا", "انطلقت"}
# Where a look back from an actor to a target noun stops: a new clause or a claim.
CLAUSE_JOINERS = {"فيما", "بينما", "حيث", "كما", "ثم", "بعد", "قبل", "عقب"}
# Victims: an actor named right after these lost people («قتل جنديان من قوات النظام»).
VICTIM_NOUNS = {"جندي", "جنديان", "جنديين", "جنود", "ضابط", "ضباط", "عنصر", "عنصرين", "عنصران", "مقتل", "قتل",
                "اصابه", "اصيب", "مصرع", "قتلى", "جرحى", "اسر", "خطف", "اختطاف",
                # the object of a killing, in the accusative («اغتال مسلحون عنصراً منتسباً لميليشيا…»)
                "عنصرا", "جنديا", "ضابطا", "مقاتلا", "قياديا", "قيادي", "مقاتل", "مقاتلين",
                # «اعتقلت … بتهمة الانتماء لتنظيم داعش»: the group of those arrested
                "بتهمه", "تهمه", "الانتماء", "انتماء", "مطلوبين", "مطلوب"}
# Clash words that name two sides fighting each other, not an attacker and a target.
MUTUAL_CLASH = {"اشتباك", "اشتباكات", "اشتبك", "مواجهات", "معارك"}
# Before an actor: by whose hand («برصاص قوات النظام», «على يد عناصر داعش»): the doer.
AGENT_MARKERS = {"برصاص", "بنيران", "بقصف", "يد", "بيد", "نفذه", "نفذها", "شنه", "شنها"}
# Between an actor named before a trigger and the trigger: a new clause, so not its doer.
CLAUSE_BREAKS = {"الا", "لكن", "بينما", "فيما", "حيث", "عقب", "اثر", "اذ"}
# After a strike word: what it hit follows («الغارة طالت مقراً…», «الضربات استهدفت مستودعاً…»).
HIT_VERBS = {"طالت", "طال", "طاولت", "استهدفت", "استهدف", "ضربت", "اصابت", "دمرت"}
# The men of a unit or a post («عناصر الحاجز», «حراس المعبر»).
MEMBERS = {"عناصر", "عنصر", "عنصرا", "عنصران", "عنصرين", "حراس", "حرس", "افراد", "مسلحو", "مسلحي"}
# «حي الهجانة وسط مدينة البوكمال»: between a quarter and the town it lies in.
MIDDLE = {"وسط", "بوسط", "داخل"}
# «من مخلفات المعارك/الحرب»: what past fighting left behind.
REMNANTS = {"مخلفات", "بقايا"}
# Movements seen or hit, not forces sent somewhere («استهدفت المدفعية تحركات لمجموعات التنظيم»).
MOVEMENTS_SEEN = {"تحركات", "تحرك", "تحركاتهم"}
OBSERVED = {"رصد", "رصدت", "رصدنا", "مراقبه", "رصدها"}
# Relative pronouns: a verb after one describes the noun before it («العبوات التي زرعها التنظيم»).
RELATIVES = {"التي", "الذي", "اللتين", "الذين", "اللذين", "اللواتي"}
# Before a crossing's name: a building in it or its staff («في مبنى المنفذ», «مدير المنفذ»).
CROSSING_PREMISES = {"مبنى", "مبني", "ساحه", "موظفو", "موظفي", "مدير", "مديرو"}
# … and its administration, which acts on it («أوقفت إدارة منفذ القائم الحركة») or meets («عقدت إدارة المنفذ اجتماعاً»).
CROSSING_OFFICES = {"اداره", "هيئه", "مديريه"}
# Opening a clause that tells an event of its own, perhaps on another day («بينما», «فيما», «في حين»).
CONTRAST_CLAUSES = {"بينما", "فيما", "حين"}
# Between two struck places: the second is struck too («… وأخرى في…», «كما استهدفت … في…»).
COORDINATORS = {"كما", "اخرى", "اخري", "ايضا", "استهدف", "طال", "طاول"}
# A force named only by a generic noun, after the text named it: «القوات ذاتها», «دورية أخرى», «قواتنا».
FORCE_NOUNS = {"القوات", "قوات", "قواتنا", "قواتها", "دوريه", "دورية", "دوريات", "القوه", "قوه", "وحدات", "الوحدات",
               "مفرزه", "مفارز", "عناصر", "عناصرها", "عناصره", "الدوريه", "قطعاتنا", "قطعات"}
# Between two actor names: both are on the same side.
SIDE_BY_SIDE = {"الى", "جانب", "مع", "بالاضافه", "اضافه", "و"}
PASSIVE = {"تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضها", "تعرضه", "تعرضهم", "استهدف"}
# Verbs of foiling or repelling an attack: their subject was attacked («صدت قوات النظام هجوماً للتنظيم»).
FOILED = {"احبط", "احبطت", "صد", "صدت", "تصدى", "تصدت", "افشل", "افشلت", "يحبط", "تحبط"}
# «استهدف» unvocalised is active or passive: an actor right after it is its subject («استهدف التنظيم بسيارة…»).
TARGETED = {"استهدف", "استهدفت"}

# Before a place name: only near it («قرب مدينة البوكمال»), so a more specific place wins.
NEAR = {"قرب", "بالقرب", "مقربه", "القريبه", "القريب", "قريب", "قريبه", "المحاذيه", "المحاذي", "محيط", "اطراف", "ضواحي"}
# Before a place name: it only says where another place lies («قرية الهري شرق البوكمال»,
# «في بادية الميادين جنوب شرق دير الزور», «قرب الحدود العراقية شرقي سوريا»).
# Only bare forms: «المدخل الشمالي لبلدة الجلاء» (the definite adjective) is a part of the town, not a bearing.
DIRECTIONS = {"شرق", "شرقي", "غرب", "غربي", "شمال", "شمالي", "جنوب", "جنوبي", "شرقا", "غربا", "شمالا", "جنوبا",
              "مقابل", "قبالة", "قباله"}
# Before a place name: an office or a body named after the place («محافظ دير الزور», «مجلس مدينة البوكمال»).
TITLES = {"محافظ", "محافظي", "قائد", "قائممقام", "مدير", "رئيس", "مجلس", "امين", "فرع", "مسؤول", "ابناء", "اهالي",
          "عشائر", "وجهاء", "نازحي", "مهجري", "سكان", "مواليد", "ابن"}
# Who tells: a place right after «… في» names their post («مراسل سانا في دير الزور»).
TELLERS = {"مراسل", "مراسلنا", "مراسله", "مراسلو", "مصدر", "مصادر", "ناشط", "ناشطون", "ناشطين", "مكتب", "مندوب"}
TITLE_LINKS = {"مدينه", "منطقه", "بلده", "قريه", "محافظه", "ناحيه", "قضاء", "عمليات", "شرطه", "قطاع"}
# Governorates named like their capital: «ريف دير الزور» is the governorate, not the city.
GOVERNORATES = {"دير الزور", "ديرالزور", "الانبار", "الحسكه", "الرقه", "حمص", "حلب", "دمشق", "بغداد", "نينوى"}
# The two the Albukamal area lies in.
AREA_GOVERNORATES = {"دير الزور", "ديرالزور", "الانبار"}
# A few words before a place name: the place is an end of a road the event happened on.
ROADS = {"طريق", "الطريق", "اوتوستراد", "الاوتوستراد", "الواصل", "الرابط", "الدولي"}
# Before a place name: where forces or goods went, and where they came from.
TOWARDS = {"الى", "نحو", "باتجاه", "صوب"}
FROM = {"من"}
# Before a place name: the wider area around it («ريف دير الزور»).
REGION = {"ريف", "محافظه", "بادية", "باديه", "ناحيه", "قضاء"}
# Right before a checkpoint or crossing in a sentence that tells of an attack: it is the target.
TARGET_PREPOSITIONS = {"على", "ضد", "استهدف", "استهداف", "طال", "طاول", "قرب"}
# Before a GeoNames town that is also a common word: this makes it a place.
PLACE_CUES = {"مدينه", "بلده", "قريه", "قاعده", "مطار", "محافظه", "ريف", "حي", "مخيم", "معسكر", "ناحيه", "قضاء"}
# «حظرت التجول فيها»: the place is the one already named.
PRONOUN_PLACE = {"فيها", "فيه", "بها", "منها", "اليها", "عندها"}

# A crossing is an event when something happens at it; a smuggling report when a
# specific consignment or operation is named. Otherwise both are background.
CROSSING_ACTIONS = {"اغلاق", "اغلق", "اغلقت", "مغلق", "مغلقا", "افتتاح", "افتتح", "افتتحت", "فتح", "فتحت", "سيطره",
                    "سيطرت", "الاشراف", "اشراف", "تكليف", "عبور", "ادخال", "يصل", "تصل", "المستخدم", "تستخدم",
                    "يستخدم", "تديره", "يديره", "تسليم", "تسلم", "استلام", "استلمت", "اعاده", "عبر", "دخلت",
                    "دخل", "دخول", "مرور", "مرت", "قافله", "شاحنات", "استئناف", "استانف", "استانفت", "عبرت", "يعبر",
                    "تعبر", "اغلاقها", "اغلاقه", "ردم", "ردمت", "تسيطر", "يسيطر", "تتحكم", "يتحكم"}
# Several crossings are one event only when acted on together («أغلقت ثلاثة معابر نهرية غير شرعية»).
CROSSINGS_CLOSED_OR_OPENED = {"اغلاق", "اغلق", "اغلقت", "ردم", "ردمت", "افتتاح", "افتتح", "افتتحت", "فتح", "فتحت",
                              "اعاده", "استئناف", "سيطرت", "سيطره"}
SMUGGLING_OPERATIONS = {"شحنه", "شحنات", "ضبط", "ضبطت", "احباط", "احبطت", "مصادره", "صادرت", "قافله", "محمله",
                        "محملا", "ادخال", "ادخلت", "نقل", "نقلت", "عبرت", "دخلت", "قوارب", "صهريج", "شاحنات",
                        "شاحنه", "مخباه", "مخبأه", "اخفاء",
                        # smuggling that resumed or stopped is news: «عادت عمليات التهريب بعد توقف دام أسبوعاً»
                        "عادت", "استؤنفت", "استئناف", "توقفت"}
# Right before a clash word: the casualties told before it fell in it («قتل شابان في اشتباكات»).
DURING = {"في", "خلال", "اثناء", "جراء", "اثر", "خلالها"}
# Right before «تهريب»: the smugglers as a group, not a run.
GROUP_NOUNS = {"مجموعه", "شبكه", "شبكات", "عصابه", "عصابات", "خليه", "خلايا", "مجموعات"}
# Explosive devices: an explosion of one happened where it was, whoever heard it.
DEVICES = {"عبوه", "عبوات", "لغم", "الغام", "مفخخه", "قنبله", "قنابل", "ناسفه"}
# Explosive devices seized, found or defused did not explode …
DEVICES_HANDLED = {"ضبط", "ضبطت", "مصادره", "صادرت", "تفكيك", "فكك", "فككت", "ابطال", "العثور", "عثر", "عثرت",
                   "ازاله", "ازالت", "نزع", "مستودع", "مخزن"}
# … unless the sentence says something blew up.
BLASTS = {"انفجر", "انفجرت", "انفجار", "انفجارها", "انفجاره"}
# Infiltration is fighting when insurgents infiltrate or people die.
INFILTRATION = {"محاوله تسلل", "تسلل", "متسللين", "متسللون", "المتسللين"}
INSURGENTS = {"islamic_state"}
# Loaded («محملين بالوقود»): smuggling only when seized.
LOADED = {"محمله", "محملين", "محملتين", "محملا", "محمل"}
# A seizure makes a smuggling report the event, rather than the crossing used.
SEIZURES = {"ضبط", "ضبطت", "احباط", "احبطت", "مصادره", "صادرت", "حجز", "حجزت"}

# GeoNames town names that are also everyday words («المدينة» is "the city").
COMMON_WORD_PLACE_NAMES = {"المدينه", "مدينه", "بلد", "البلد", "الجزيره", "الحدود", "المنطقه", "السوق", "المركز",
                           "القريه", "الجسر", "المطار", "الشارع", "الساحه", "المعسكر", "القاعده"}


def _normalise_word_lists() -> None:
    for name, value in list(globals().items()):
        if name.isupper() and isinstance(value, set):
            globals()[name] = {normalise(w) for w in value}
        elif name.isupper() and isinstance(value, list):
            globals()[name] = [tuple(normalise(w) for w in phrase) for phrase in value]


_normalise_word_lists()
# First words of the phrases above, to look for a phrase only where one may start.
PERIOD_OPENER_STARTS = {p[0] for p in PERIOD_OPENERS}
RETROSPECTIVE_PHRASE_STARTS = {p[0] for p in RETROSPECTIVE_PHRASES}
