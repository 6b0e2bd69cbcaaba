/*
 * A story of three paragraphs in each language of the web the pattern
 * tables cover beside English, for tests that put a table's lines into a
 * page in that language: the lines go, the story stays.
 */
#ifndef DC_TEST_LANG_PROSE_H
#define DC_TEST_LANG_PROSE_H

typedef struct lang_prose {
    const char *lang;
    const char *paras[3];
} lang_prose;

enum { LANG_DE, LANG_FR, LANG_ES, LANG_IT, LANG_NL, LANG_PT, LANG_PL, LANG_RU, LANG_CS, LANG_SV,
       LANG_TR, LANG_COUNT };

static const lang_prose lang_prose_of[LANG_COUNT] = {
    {"de",
     {"Der Stadtrat hat am Dienstag beschlossen, die alte Hafenmauer zu sanieren, nachdem "
      "Anwohner, Fischer und Ingenieure monatelang vor weiteren Schäden gewarnt hatten.",
      "Die Arbeiten sollen im Frühjahr beginnen und etwa sechs Monate dauern, sagte der "
      "Bürgermeister, der die Kosten auf rund vier Millionen Euro schätzt.",
      "Während der Bauzeit fahren die Fähren von einem provisorischen Anleger am Nordufer ab, "
      "wie die Reederei mitteilte, und der Fahrplan bleibt unverändert."}},
    {"fr",
     {"Le conseil municipal a décidé mardi de rénover le vieux mur du port, après des mois "
      "d'avertissements des habitants, des pêcheurs et des ingénieurs sur son état.",
      "Les travaux doivent commencer au printemps et durer environ six mois, a indiqué le "
      "maire, qui estime leur coût à quatre millions d'euros.",
      "Pendant le chantier, les ferries partiront d'un ponton provisoire sur la rive nord, a "
      "précisé la compagnie, et les horaires resteront les mêmes."}},
    {"es",
     {"El ayuntamiento decidió el martes reparar el viejo muro del puerto, después de meses "
      "de advertencias de vecinos, pescadores e ingenieros sobre su estado.",
      "Las obras comenzarán en primavera y durarán unos seis meses, dijo el alcalde, que "
      "calcula su coste en cuatro millones de euros.",
      "Durante las obras, los transbordadores saldrán de un muelle provisional en la orilla "
      "norte, según la naviera, y los horarios no cambiarán."}},
    {"it",
     {"Il consiglio comunale ha deciso martedì di restaurare il vecchio muro del porto, dopo "
      "mesi di avvertimenti da parte di residenti, pescatori e ingegneri.",
      "I lavori inizieranno in primavera e dureranno circa sei mesi, ha detto il sindaco, che "
      "stima il costo in quattro milioni di euro.",
      "Durante il cantiere, i traghetti partiranno da un pontile provvisorio sulla riva nord, "
      "ha spiegato la compagnia, e gli orari resteranno invariati."}},
    {"nl",
     {"De gemeenteraad heeft dinsdag besloten de oude havenmuur te herstellen, na maanden "
      "van waarschuwingen van bewoners, vissers en ingenieurs over de staat ervan.",
      "De werkzaamheden beginnen in het voorjaar en duren ongeveer zes maanden, zei de "
      "burgemeester, die de kosten op vier miljoen euro schat.",
      "Tijdens de bouw vertrekken de veerboten van een tijdelijke steiger aan de noordoever, "
      "aldus de rederij, en de dienstregeling blijft gelijk."}},
    {"pt",
     {"A câmara municipal decidiu na terça-feira reformar o velho muro do porto, depois de "
      "meses de alertas de moradores, pescadores e engenheiros sobre o seu estado.",
      "As obras devem começar na primavera e durar cerca de seis meses, disse o prefeito, que "
      "estima o custo em quatro milhões de reais.",
      "Durante as obras, as balsas sairão de um cais provisório na margem norte, segundo a "
      "companhia, e os horários não mudarão."}},
    {"pl",
     {"Rada miasta postanowiła we wtorek wyremontować stary mur portowy, po miesiącach "
      "ostrzeżeń mieszkańców, rybaków i inżynierów przed jego złym stanem.",
      "Prace mają się rozpocząć wiosną i potrwać około sześciu miesięcy, powiedział burmistrz, "
      "który szacuje ich koszt na cztery miliony złotych.",
      "W czasie budowy promy będą odpływać z tymczasowego pomostu na północnym brzegu, jak "
      "podał przewoźnik, a rozkład się nie zmieni."}},
    {"ru",
     {"Городской совет во вторник решил отремонтировать старую портовую стену, после "
      "нескольких месяцев предупреждений жителей, рыбаков и инженеров о её состоянии.",
      "Работы начнутся весной и продлятся около шести месяцев, сообщил мэр, который оценивает "
      "их стоимость в четыре миллиона евро.",
      "Во время стройки паромы будут отправляться от временного причала на северном берегу, "
      "сообщила компания, а расписание не изменится."}},
    {"cs",
     {"Městská rada v úterý rozhodla opravit starou přístavní zeď, po měsících varování "
      "obyvatel, rybářů a inženýrů před jejím špatným stavem.",
      "Práce mají začít na jaře a potrvají asi šest měsíců, řekl starosta, který odhaduje "
      "jejich cenu na čtyři miliony eur.",
      "Během stavby budou trajekty vyplouvat z provizorního mola na severním břehu, uvedla "
      "společnost, a jízdní řád se nezmění."}},
    {"sv",
     {"Kommunfullmäktige beslutade i tisdags att renovera den gamla hamnmuren, efter månader "
      "av varningar från invånare, fiskare och ingenjörer om dess skick.",
      "Arbetet ska börja i vår och pågå i ungefär sex månader, sade kommunalrådet, som "
      "uppskattar kostnaden till fyra miljoner euro.",
      "Under bygget avgår färjorna från en tillfällig brygga på norra stranden, meddelade "
      "rederiet, och tidtabellen förblir densamma."}},
    {"tr",
     {"Belediye meclisi salı günü eski liman duvarını onarma kararı aldı, aylardır süren "
      "sakinlerin, balıkçıların ve mühendislerin uyarılarının ardından.",
      "Çalışmaların ilkbaharda başlaması ve yaklaşık altı ay sürmesi bekleniyor, dedi belediye "
      "başkanı, maliyetin dört milyon avro olacağını söyledi.",
      "İnşaat süresince feribotlar kuzey kıyısındaki geçici bir iskeleden kalkacak, şirket "
      "açıkladı, ve tarife değişmeyecek."}},
};

#endif
