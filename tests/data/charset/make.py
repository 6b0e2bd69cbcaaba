#!/usr/bin/env python3
"""Generate the charset test pages in this directory.

For each page NAME this writes:
  NAME.html          the page, encoded with Python's codecs
  NAME.expected.txt  the article text decruft should print, in UTF-8:
                     headline, blank line, paragraphs separated by blank
                     lines, final newline
  NAME.ctype         (only where the charset comes from the HTTP header)
                     the Content-Type the test server sends; without it the
                     server sends "text/html" with no charset

The generated files are committed.  Run `python3 make.py` after editing
this script, and `python3 make.py --check` to verify the committed files
are up to date (exit status 1 if not).

Pages:
  latin1             meta charset ISO-8859-1, bytes 0x80-0x9F that only make
                     sense as windows-1252 (euro sign, curly quotes, dashes)
  cp1252-header      windows-1252, declared only in the HTTP header (.ctype)
  cp1251             Russian, meta http-equiv windows-1251
  shift_jis          Japanese, meta charset Shift_JIS
  gbk                Chinese, meta charset gb2312, contains a character that
                     exists only in GBK (U+9555)
  utf16le-bom        Greek, UTF-16LE with BOM, no declaration
  utf16be-bom        Japanese with a non-BMP character (U+20BB7), UTF-16BE
                     with BOM, no declaration
  undeclared-cp1251  Russian, windows-1251, no declaration anywhere, 2 KB+
  utf8-bom-vs-meta   Spanish, UTF-8 with BOM while meta says windows-1252
  invalid-utf8       English, declared utf-8, with single invalid bytes in
                     one paragraph (each becomes U+FFFD)
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Articles.  Each: lang, title, paragraphs, nav labels, footer text.
# Paragraph text must not contain '&', '<' or '>' (it is written verbatim).

ARTICLES = {}

ARTICLES["latin1"] = dict(
    lang="en",
    title="The café on Rue Molière raises its prices — again",
    paras=[
        "For almost thirty years, the little café on the corner of Rue Molière "
        "has charged exactly €1.20 for an espresso. That changed on Monday, when "
        "the owner, Hélène Dubois, chalked a new price on the board outside: "
        "€1.50. “I held out as long as I could,” she said, wiping down the zinc "
        "counter. “But beans cost twice what they did, and so does the "
        "electricity.”",

        "Regulars were divided. Some shrugged and paid, while others muttered "
        "about the ‘end of an era’ and took their custom to the chain bakery "
        "across the square. One pensioner, who has ordered the same café crème "
        "every morning since 1996, said he would stay loyal… for now. “Where "
        "else would I read the paper in peace?” he asked.",

        "The rise reflects a wider trend. According to the regional chamber of "
        "commerce, the average price of a coffee at the counter climbed by "
        "nearly a quarter in 2019–2023, and most independent cafés now charge "
        "between €1.40 and €1.80. Chains, which buy their beans in bulk, have "
        "so far kept their prices almost unchanged.",

        "Madame Dubois is not worried. She plans to add a small menu of "
        "crêpes and croque-monsieurs in the spring, and says the terrace — "
        "which seats only eight people — is already booked for the first sunny "
        "weekend. “People don’t come here for the price,” she said. “They come "
        "for the conversation.”",
    ],
    nav=["Home", "Local news", "Business", "Food & drink", "Contact"],
    footer="© 2024 The Riverside Courier. All rights reserved.",
)

ARTICLES["cp1252-header"] = dict(
    lang="fr",
    title="Le cœur du vieux port bat de nouveau",
    paras=[
        "Après trois ans de travaux, les quais du vieux port ont rouvert samedi "
        "matin sous un soleil éclatant. Des centaines d’habitants se sont "
        "pressés le long des pontons rénovés, curieux de découvrir les "
        "nouvelles terrasses, les bancs en chêne et l’éclairage discret qui "
        "remplace les vieux lampadaires orange.",

        "« C’est une œuvre collective », a rappelé la maire en coupant le "
        "ruban, saluant le travail des pêcheurs, des commerçants et des "
        "associations qui ont suivi le chantier semaine après semaine. Le "
        "projet a coûté près de 4,2 millions d’euros – soit environ 800 000 € "
        "de plus que prévu – en raison de la hausse du prix de l’acier.",

        "Les restaurateurs, eux, espèrent que la saison estivale effacera le "
        "souvenir des années difficiles. Sur la terrasse du Bœuf Couronné, le "
        "patron compte déjà les réservations : « Nous n’avons jamais eu autant "
        "de demandes pour le mois de juillet », confie-t-il, un sourire aux "
        "lèvres.",

        "Reste la question du stationnement, qui divise toujours les riverains. "
        "La municipalité promet des navettes gratuites depuis les parkings de "
        "la gare dès le mois prochain, mais beaucoup d’habitants du quartier "
        "craignent que les visiteurs ne se garent… devant leurs portes.",
    ],
    nav=["Accueil", "Actualités", "Économie", "Culture", "Contact"],
    footer="© 2024 Le Courrier du Port. Tous droits réservés.",
)

ARTICLES["cp1251"] = dict(
    lang="ru",
    title="В городском парке открылась библиотека под открытым небом",
    paras=[
        "В субботу в центральном парке города открылась первая библиотека под "
        "открытым небом. Небольшой деревянный павильон у пруда построили "
        "волонтёры, а книги для него собирали всем миром: за два месяца жители "
        "принесли больше трёх тысяч томов — от детских сказок до старых "
        "энциклопедий.",

        "«Мы хотели, чтобы люди могли просто прийти, взять книгу и почитать на "
        "скамейке, никуда не записываясь», — рассказала одна из организаторов "
        "проекта, учительница литературы Ольга Сергеевна. По её словам, правила "
        "очень простые: книгу можно унести домой, но потом её нужно вернуть или "
        "оставить взамен другую.",

        "Уже в первый день у павильона выстроилась очередь. Пенсионеры искали "
        "классику, студенты — учебники по истории и философии, а дети сразу "
        "заняли мягкие пуфы у окна с комиксами. Городская администрация "
        "пообещала установить рядом навес от дождя и несколько фонарей, чтобы "
        "читать можно было и вечером.",

        "Если эксперимент окажется удачным, подобные павильоны появятся и в "
        "других районах. Волонтёры уже ищут места для следующих библиотек и "
        "приглашают всех желающих помочь: нужны руки для сборки полок, а также "
        "книги — особенно современная проза и литература на иностранных языках.",
    ],
    nav=["Главная", "Новости", "Город", "Культура", "Контакты"],
    footer="© 2024 Городские вести. Все права защищены.",
)

ARTICLES["shift_jis"] = dict(
    lang="ja",
    title="商店街に小さな図書館がオープン",
    paras=[
        "駅前の商店街に、空き店舗を改装した小さな図書館が先週オープンした。"
        "運営するのは地元の大学生と商店主でつくる団体で、本はすべて住民からの"
        "寄付でまかなわれている。開館初日には、親子連れや近所の高齢者など二百人"
        "以上が訪れ、狭い店内は一日中にぎわった。",

        "館内には絵本や小説、料理の本、地域の歴史をまとめた資料など、約三千冊が"
        "並ぶ。貸し出しの手続きは名前を書くだけで、返却期限も特に決めていない。"
        "代表を務める大学三年生の女性は「本を通じて、商店街に人が集まるきっかけを"
        "つくりたかった」と話す。",

        "商店街ではここ十年ほど閉店が相次ぎ、シャッターを下ろしたままの店が"
        "目立っていた。図書館の隣で八百屋を営む男性は「子どもたちの声が聞こえる"
        "ようになって、通り全体が明るくなった」と喜ぶ。週末には読み聞かせの会や"
        "古本市も開かれる予定だ。",

        "団体では今後、空き店舗をさらに借りて、学習スペースや小さなカフェも"
        "開きたいと考えている。ただし運営資金は寄付頼みで、家賃や光熱費をどう"
        "確保するかが課題だという。関心のある人は、館内に置かれた案内を見て"
        "ほしいと呼びかけている。",
    ],
    nav=["ホーム", "ニュース", "地域", "文化", "お問い合わせ"],
    footer="Copyright 2024 駅前タイムズ 無断転載を禁じます。",
)

ARTICLES["gbk"] = dict(
    lang="zh",
    title="老街茶馆迎来新一代茶客",
    paras=[
        "在城南老街的尽头，有一家开了四十多年的茶馆。木门、竹椅、铜壶，一切"
        "仿佛还停留在上个世纪。过去，来这里喝茶的大多是附近的老人，他们一坐"
        "就是一下午，下棋、聊天、听评书。可最近一年，茶馆里出现了越来越多"
        "年轻人的身影。",

        "茶馆的第三代传人王镕今年三十二岁，大学毕业后在外地工作了几年，前年"
        "回到家乡接手了祖父留下的生意。他没有急着翻修老房子，而是在保留原有"
        "风格的基础上，增加了手冲茶、茶点和周末的传统音乐演出。“老茶客喜欢的"
        "东西不能丢，但也要让年轻人愿意进门。”他说。",

        "这些变化很快见到了效果。每逢周末，茶馆门口常常排起长队，不少游客"
        "专程从外地赶来，只为在这里坐上一个下午。附近的居民也说，老街比以前"
        "热闹多了，连隔壁的小吃店和书店生意都跟着好了起来。",

        "不过，王镕也有自己的烦恼。老房子需要定期维修，房租和人工成本逐年"
        "上涨，茶馆的利润并不高。他希望有关部门能在老街保护方面给予更多支持，"
        "让这些承载着城市记忆的老店能够一直开下去。",
    ],
    nav=["首页", "新闻", "城市", "文化", "联系我们"],
    footer="版权所有 2024 城南日报",
)

ARTICLES["utf16le-bom"] = dict(
    lang="el",
    title="Το παλιό λιμάνι ζωντανεύει ξανά",
    paras=[
        "Μετά από τρία χρόνια εργασιών, το παλιό λιμάνι της πόλης άνοιξε ξανά "
        "για το κοινό το περασμένο Σάββατο. Εκατοντάδες κάτοικοι περπάτησαν "
        "στις ανακαινισμένες προβλήτες, θαύμασαν τα νέα παγκάκια και κάθισαν "
        "στις ταβέρνες που στήθηκαν δίπλα στη θάλασσα.",

        "«Είναι ένα έργο που ανήκει σε όλους μας», δήλωσε ο δήμαρχος κατά τη "
        "διάρκεια της τελετής, ευχαριστώντας τους ψαράδες, τους εμπόρους και "
        "τους εθελοντές που παρακολουθούσαν την πρόοδο των εργασιών εβδομάδα "
        "με την εβδομάδα. Το κόστος του έργου ξεπέρασε τα τέσσερα εκατομμύρια "
        "ευρώ.",

        "Οι ιδιοκτήτες των καταστημάτων ελπίζουν ότι η καλοκαιρινή σεζόν θα "
        "φέρει περισσότερους επισκέπτες από ποτέ. Ήδη οι κρατήσεις για τον "
        "Ιούλιο είναι αυξημένες, ενώ νέα δρομολόγια πλοίων προς τα κοντινά "
        "νησιά αναμένεται να ξεκινήσουν τον επόμενο μήνα.",
    ],
    nav=["Αρχική", "Ειδήσεις", "Πόλη", "Πολιτισμός", "Επικοινωνία"],
    footer="© 2024 Η Φωνή του Λιμανιού. Με την επιφύλαξη παντός δικαιώματος.",
)

ARTICLES["utf16be-bom"] = dict(
    lang="ja",
    title="港町の朝市が五十周年を迎える",
    paras=[
        "海沿いの小さな町で毎週日曜日に開かれている朝市が、今年で五十周年を"
        "迎えた。夜明け前から漁師や農家が店を並べ、とれたての魚や野菜、手作りの"
        "漬物などを売る。観光客だけでなく、地元の人々にとっても欠かせない台所と"
        "なっている。",

        "朝市の世話役を三十年以上務めてきた𠮷田正夫さんは、「最初は十軒ほどの"
        "小さな市だった。今では百軒を超える店が並び、遠くから来てくれるお客さんも"
        "増えた」と振り返る。記念の日には、昔の写真を集めた展示や、子どもたちに"
        "よる太鼓の演奏も行われた。",

        "一方で、出店者の高齢化は深刻だ。後継ぎのいない店も多く、ここ数年で"
        "少しずつ数が減っている。町では若い生産者に出店を呼びかける取り組みを"
        "始めており、𠮷田さんも「次の五十年につなげるために、新しい仲間を"
        "迎えたい」と話している。",
    ],
    nav=["ホーム", "ニュース", "暮らし", "観光", "お問い合わせ"],
    footer="© 2024 港町新聞 無断転載を禁じます。",
)

ARTICLES["undeclared-cp1251"] = dict(
    lang="ru",
    title="Старая узкоколейка снова принимает пассажиров",
    paras=[
        "После почти двадцати лет забвения узкоколейная железная дорога, "
        "соединяющая районный центр с лесными посёлками на севере области, "
        "снова начала принимать пассажиров. Первый поезд, состоящий из "
        "маленького тепловоза и двух отреставрированных вагонов, отправился со "
        "станции в субботу утром. Проводить его пришли сотни людей: многие из "
        "них когда-то ездили по этой дороге в школу, на работу или в гости к "
        "родственникам, а теперь привели с собой детей и внуков, чтобы показать "
        "им то, что помнили сами. Когда раздался первый гудок, многие из "
        "пришедших не смогли сдержать слёз.",

        "Восстановлением дороги занимались энтузиасты из местного исторического "
        "клуба. Несколько лет они по выходным расчищали насыпь от кустарника, "
        "меняли сгнившие шпалы и искали по всей стране запчасти для старого "
        "тепловоза. Часть денег удалось собрать с помощью пожертвований, часть "
        "выделила областная администрация. По словам руководителя клуба, самым "
        "трудным оказалось не найти средства, а убедить чиновников в том, что "
        "проект имеет смысл и сможет приносить пользу и жителям, и туристам. "
        "Работа шла медленно: иногда за целый день удавалось заменить всего "
        "несколько метров пути, но никто не собирался сдаваться.",

        "Пока поезд ходит только по выходным и проходит около пятнадцати "
        "километров — до бывшего лесопункта, где волонтёры обустроили небольшой "
        "музей. В музее можно увидеть старые фотографии, инструменты лесорубов, "
        "форму железнодорожников и даже настоящий билетный компостер. "
        "Экскурсоводы рассказывают о том, как строилась дорога, как по ней "
        "вывозили лес и почему в конце девяностых движение было полностью "
        "остановлено, а часть путей разобрана на металлолом. Для школьников "
        "проводят отдельные занятия и даже разрешают ненадолго заглянуть в "
        "кабину машиниста.",

        "В следующем году организаторы надеются продлить маршрут ещё на десять "
        "километров и пустить дополнительный поезд в летние будни. Местные "
        "жители уже заметили, что в посёлке стало больше приезжих: открылись "
        "небольшое кафе и гостевой дом, а соседи начали продавать туристам мёд, "
        "ягоды и грибы. «Дорога снова связывает нас с миром», — говорит пожилая "
        "жительница посёлка, которая когда-то много лет работала на этой линии "
        "кассиром и до сих пор помнит расписание наизусть.",
    ],
    nav=["Главная", "Новости", "Район", "Общество", "Контакты"],
    footer="© 2024 Районная газета. Все права защищены.",
)

ARTICLES["utf8-bom-vs-meta"] = dict(
    lang="es",
    title="La panadería del barrio cumple cien años",
    paras=[
        "La panadería más antigua del barrio celebró el domingo su primer "
        "centenario con una fiesta en la calle. Desde primera hora de la mañana, "
        "decenas de vecinos hicieron cola frente al mostrador para probar el pan "
        "de anís y las magdalenas que, según cuentan, se siguen preparando con "
        "la misma receta de 1924.",

        "«Mi bisabuelo abrió el horno con un préstamo de su cuñado y un saco de "
        "harina», recuerda María José Núñez, que dirige el negocio junto a su "
        "hermano. ¿El secreto para durar un siglo? «Madrugar mucho, no cambiar "
        "lo que funciona y conocer a cada cliente por su nombre», responde entre "
        "risas.",

        "El ayuntamiento entregó a la familia una placa conmemorativa y anunció "
        "que la fachada, con sus azulejos pintados a mano, será protegida como "
        "parte del patrimonio del barrio. Los vecinos, por su parte, ya piden "
        "que la celebración se repita cada año, aunque la panadería no cumpla "
        "otro siglo.",
    ],
    nav=["Portada", "Noticias", "Barrio", "Cultura", "Contacto"],
    footer="© 2024 La Voz del Barrio. Todos los derechos reservados.",
)

# Invalid bytes are written with the placeholders below; each is a single
# byte that can never start a valid sequence here, so a WHATWG (or Python
# errors="replace") decoder turns each into exactly one U+FFFD.
INVALID = {"{E9}": b"\xe9", "{EF}": b"\xef", "{93}": b"\x93", "{94}": b"\x94",
           "{FF}": b"\xff"}

ARTICLES["invalid-utf8"] = dict(
    lang="en",
    title="Night trains return to the northern line",
    paras=[
        "After a gap of more than a decade, sleeper trains will once again run "
        "between the capital and the northern coast from next spring. The "
        "operator confirmed on Friday that it had bought twelve second-hand "
        "carriages, which are now being refurbished at a depot outside the city.",

        "Passengers will be able to choose between seats, shared couchettes and "
        "private cabins with a washbasin. The company admits it was na{EF}ve to "
        "think the old caf{E9} car could be saved, but promises a new one with "
        "a {93}proper breakfast{94} served before arrival {FF} and fresh coffee "
        "from the first stop onwards.",

        "Campaigners who fought for the service for years welcomed the news, "
        "although some warned that the timetable, with a departure shortly "
        "before midnight, would suit tourists better than people travelling "
        "for work. The operator’s chief executive said the times could change "
        "once the café car and the new cabins are in service.",
    ],
    nav=["Home", "News", "Travel", "Business", "Contact"],
    footer="© 2024 The Northern Post. All rights reserved.",
)

# ---------------------------------------------------------------------------
# How each page is encoded and declared.
#   codec:   Python codec used to encode the document
#   meta:    declaration written into <head> (or None)
#   bom:     bytes prepended to the encoded document
#   ctype:   Content-Type for NAME.ctype (or None: no .ctype file)

PAGES = {
    "latin1": dict(codec="cp1252", meta='<meta charset="ISO-8859-1">'),
    "cp1252-header": dict(codec="cp1252", meta=None,
                          ctype="text/html; charset=windows-1252"),
    "cp1251": dict(codec="cp1251",
                   meta='<meta http-equiv="Content-Type" '
                        'content="text/html; charset=windows-1251">'),
    "shift_jis": dict(codec="shift_jis", meta='<meta charset="Shift_JIS">'),
    "gbk": dict(codec="gbk", meta='<meta charset="gb2312">'),
    "utf16le-bom": dict(codec="utf-16-le", meta=None, bom=b"\xff\xfe"),
    "utf16be-bom": dict(codec="utf-16-be", meta=None, bom=b"\xfe\xff"),
    "undeclared-cp1251": dict(codec="cp1251", meta=None),
    "utf8-bom-vs-meta": dict(codec="utf-8", meta='<meta charset="windows-1252">',
                             bom=b"\xef\xbb\xbf"),
    "invalid-utf8": dict(codec="utf-8", meta='<meta charset="utf-8">'),
}


def page_text(art):
    nav = "\n".join('<li><a href="/section/%d">%s</a></li>' % (i + 1, label.replace("&", "&amp;"))
                    for i, label in enumerate(art["nav"]))
    body = "\n".join("<p>%s</p>" % p for p in art["paras"])
    return art["title"], nav, body


def render(name):
    art = ARTICLES[name]
    spec = PAGES[name]
    title, nav, body = page_text(art)
    head = [spec["meta"]] if spec.get("meta") else []
    head += ['<meta name="viewport" content="width=device-width, initial-scale=1">',
             "<title>%s</title>" % title]
    doc = ("<!DOCTYPE html>\n"
           '<html lang="%s">\n<head>\n%s\n</head>\n<body>\n'
           '<header>\n<nav class="site-nav">\n<ul>\n%s\n</ul>\n</nav>\n</header>\n'
           "<main>\n<article>\n<h1>%s</h1>\n%s\n</article>\n</main>\n"
           '<footer>\n<p class="copyright">%s</p>\n</footer>\n'
           "</body>\n</html>\n"
           % (art["lang"], "\n".join(head), nav, title, body, art["footer"]))
    for p in art["paras"] + [title]:
        assert not any(ch in p for ch in "<>&"), name
    if name == "invalid-utf8":
        data = doc.encode("utf-8")
        for placeholder, byte in INVALID.items():
            data = data.replace(placeholder.encode("ascii"), byte)
        paras = [p for p in art["paras"]]
        for placeholder in INVALID:
            paras = [p.replace(placeholder, "\ufffd") for p in paras]
    else:
        data = spec.get("bom", b"") + doc.encode(spec["codec"], "strict")
        paras = art["paras"]
    expected = title + "\n\n" + "\n\n".join(paras) + "\n"
    return data, expected.encode("utf-8"), spec.get("ctype")


def sanity(name, data, expected):
    """Check each page really exercises what it is meant to."""
    text = expected.decode("utf-8")
    if name == "latin1":
        assert any(0x80 <= b <= 0x9F for b in data)
        assert b"\x80" in data and b"\x93" in data and b"\x94" in data
        assert "charset=\"ISO-8859-1\"" in data.decode("cp1252")
    elif name == "cp1252-header":
        assert b"\x9c" in data and b"\x80" in data  # oe ligature, euro sign
        assert b"charset" not in data
    elif name == "gbk":
        gbk_only = [ch for ch in text if not _encodable(ch, "gb2312")]
        assert gbk_only, "gbk page needs a character outside GB2312"
    elif name in ("shift_jis",):
        # Python's shift_jis and the web's Shift_JIS (cp932) must agree.
        assert data.decode("shift_jis") == data.decode("cp932")
    elif name.startswith("utf16"):
        assert b"charset" not in data.decode("utf-16").encode("utf-8")
    elif name == "undeclared-cp1251":
        assert b"charset" not in data
        body_bytes = sum(len(p.encode("cp1251")) for p in ARTICLES[name]["paras"])
        assert body_bytes >= 2048, body_bytes
    elif name == "utf8-bom-vs-meta":
        assert data.startswith(b"\xef\xbb\xbf")
        assert data[3:].decode("utf-8")
    elif name == "invalid-utf8":
        n_bad = len(INVALID)
        assert data.decode("utf-8", "replace").count("\ufffd") == n_bad
        assert text.count("\ufffd") == n_bad
    for para in text.split("\n\n")[1:]:
        words = para.split()
        # CJK prose has no spaces; require 80+ characters there instead.
        assert len(words) >= 30 or len(para) >= 80, (name, para[:20])


def _encodable(ch, codec):
    try:
        ch.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


def main(argv):
    check = "--check" in argv
    stale = []
    for name in PAGES:
        data, expected, ctype = render(name)
        sanity(name, data, expected)
        outputs = {name + ".html": data, name + ".expected.txt": expected}
        if ctype:
            outputs[name + ".ctype"] = (ctype + "\n").encode("ascii")
        for fname, content in outputs.items():
            path = os.path.join(HERE, fname)
            try:
                with open(path, "rb") as f:
                    current = f.read()
            except OSError:
                current = None
            if current == content:
                continue
            if check:
                stale.append(fname)
            else:
                with open(path, "wb") as f:
                    f.write(content)
    if check and stale:
        sys.stderr.write("make.py: out of date: %s\n" % ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
