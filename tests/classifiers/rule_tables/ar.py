"""Arabic pattern rules on realistic headlines and ledes (fictional people, written for these tests).

Each row: headline, lede, expected categories, expected hrd_victim. Hard negatives (ordinary crime,
releases, acquittals, awards, cable cuts, tax laws, calls to protect) must come back empty.
"""

from __future__ import annotations

CASES = [
    ("journalist_arrested", "اعتقال صحفي في القاهرة بعد نشر تحقيق", "", {"arrest_detention"}, True),
    ("activist_killed", "مقتل ناشط حقوقي برصاص مسلحين", "", {"physical_attack"}, True),
    ("death_threats", "تهديدات بالقتل لصحفية بعد تقرير عن الفساد", "", {"threat_harassment"}, True),
    (
        "lawyer_sentenced",
        "الحكم بسجن محامية حقوقية خمس سنوات بتهمة نشر أخبار كاذبة",
        "",
        {"judicial_harassment"},
        True,
    ),
    ("platforms_blocked", "السلطات تحجب فيسبوك وتويتر مع اتساع الاحتجاجات", "", {"internet_shutdown"}, True),
    ("thief_arrested", "القبض على لص سرق متجرا في المدينة", "", set(), False),
    ("activist_released", "الإفراج عن الناشط بعد ثلاث سنوات في السجن", "", set(), True),
    (
        "character_assassination_is_not_killing",
        "البرلمان يقر قانون الجرائم الإلكترونية الذي يجرم اغتيال الشخصية",
        "",
        {"restrictive_law"},
        True,
    ),
    (
        "appeal_is_no_stabbing",
        "محكمة تقضي بسجن ناشط خمس سنوات ولا يقبل الحكم الطعن",
        "قالت منظمة حقوقية إن المحاكمة افتقرت إلى الضمانات.",
        {"judicial_harassment"},
        True,
    ),
    (
        "imperfective_arrest_with_devices_seized",
        "السلطات تعتقل صحفيا وتصادر هاتفه وحاسوبه",
        "قالت نقابة الصحفيين إن قوات الأمن اقتادته من منزله إلى جهة مجهولة.",
        {"arrest_detention", "surveillance_digital"},
        True,
    ),
    (
        "ordinary_thief_arrested",
        "الشرطة تلقي القبض على لص سرق متجرا",
        "اعترف المتهم بالسرقة أمام النيابة.",
        set(),
        False,
    ),
    (
        "pretrial_detention_renewed",
        "النيابة تجدد حبس المدون خمسة عشر يوما على ذمة التحقيق",
        "",
        {"arrest_detention"},
        True,
    ),
    (
        "travel_ban_on_lawyer",
        "منع محامية حقوقية من السفر في المطار",
        "",
        {"judicial_harassment"},
        True,
    ),
    (
        "channel_broadcast_suspended",
        "السلطات تقرر وقف بث قناة فضائية معارضة وسحب الترخيص",
        "",
        {"judicial_harassment"},
        True,
    ),
    (
        "death_threats_received",
        "صحفية تتلقى رسائل تهديد بعد تحقيق عن الفساد",
        "",
        {"threat_harassment"},
        True,
    ),
    (
        "journalist_killed_in_strike",
        "استشهاد صحفي في قصف استهدف منزله",
        "",
        {"physical_attack"},
        True,
    ),
    (
        "news_sites_blocked",
        "السلطات تحجب مواقع إخبارية مستقلة",
        "",
        {"internet_shutdown"},
        True,
    ),
    (
        "phone_hacked_with_spyware",
        "اختراق هاتف ناشط حقوقي ببرنامج تجسس",
        "",
        {"surveillance_digital"},
        True,
    ),
    (
        "robbery_gang_arrested",
        "القبض على عصابة سطو مسلح في العاصمة",
        "",
        set(),
        False,
    ),
    (
        "blogger_released",
        "السلطات تخلي سبيل مدونة بعد شهرين في السجن",
        "",
        set(),
        True,
    ),
    (
        "news_site_blocked_accusative",
        "السلطات تحجب موقعا إخباريا مستقلا",
        "",
        {"internet_shutdown"},
        True,
    ),
    (
        "remand_ordered_by_prosecution",
        "النيابة تقرر حبس المدون أربعة أيام على ذمة التحقيق",
        "",
        {"arrest_detention"},
        True,
    ),
]
