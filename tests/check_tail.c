/*
 * Unit tests of the tail trimmer (tail.c).
 *
 * House rule: every entry of the phrase table has an example here that it
 * alone matches first, so removing or breaking an entry fails a test. The
 * examples live in this file's own table, never derived from the library's.
 */
#include "testutil.h"
#include "lang_prose.h"

#include "buf.h"
#include "content.h"
#include "sizes.h"
#include "tail.h"
#include "tuning.h"

/* ------------------------------------------------------------------ the table */

typedef struct tail_case {
    const char *example;
    const char *entry;
} tail_case;

/* One row per entry of phrases[] in tail.c, in its order. */
static const tail_case tail_cases[] = {
    /* English: sections that end the article (this block and all below) */
    {"Comments", "comments"},
    {"Comments (12)", "comments (*"},
    {"Leave a comment below", "leave a comment*"},
    {"Leave a Reply", "leave a reply*"},
    {"Post a comment", "post a comment*"},
    {"Add your comment", "add your comment*"},
    {"TrackBack", "trackback"},
    {"Related", "related"},
    {"Related articles", "related articles*"},
    {"Related Stories", "related stories*"},
    {"Related posts:", "related posts*"},
    {"About the author", "about the author*"},
    {"Tags", "tags"},
    {"Tags: politics, europe", "tags: *"},
    {"Tagged as: rovers, Mars", "tagged as: *"},
    {"Labels: travel, food", "labels: *"},
    {"Topics: Climate, Energy", "topics: *"},
    {"Filed under: News", "filed under*"},
    {"Rate this article", "rate this*"},
    {"After you comment, click Post. If you are not already logged in you will be asked to log in.",
     "after you comment, click post*"},
    {"Related Topics", "related topics"},
    {"Related Topics: Veterans, Nevada", "related topics: *"},
    {"You might like", "you might like"},
    {"You might like:", "you might like:"},
    {"You might also like", "you might also like"},
    {"You might also like:", "you might also like:"},
    {"You may also like", "you may also like"},
    {"You may also like:", "you may also like:"},
    {"Das könnte Sie auch interessieren", "das könnte sie auch interessieren"},
    {"Vous aimerez aussi", "vous aimerez aussi"},
    {"También te puede interesar", "también te puede interesar"},
    {"Potrebbe interessarti anche", "potrebbe interessarti anche"},
    {"Może cię zainteresować", "może cię zainteresować"},
    {"Você também pode gostar", "você também pode gostar"},
    {"More world stories from Example News:", "more * from *:"},
    {"Related content from Example.com:", "related * from *:"},
    {"Other news", "other news"},
    {"Other News:", "other news:"},
    {"Weitere Nachrichten", "weitere nachrichten"},
    {"Andere Nachrichten", "andere nachrichten"},
    {"Autres actualités", "autres actualités"},
    {"Otras noticias", "otras noticias"},
    {"Altre notizie", "altre notizie"},
    {"Ander nieuws", "ander nieuws"},
    {"Overig nieuws", "overig nieuws"},
    {"Outras notícias", "outras notícias"},
    {"Inne wiadomości", "inne wiadomości"},
    {"Pozostałe wiadomości", "pozostałe wiadomości"},
    {"Другие новости", "другие новости"},
    {"More money and business news:", "more * news:"},
    /* English: one block each */
    {"Comments are closed.", "comments are closed*"},
    {"The comments to this entry are closed.", "the comments to this entry are closed*"},
    {"No comments yet.", "no comments yet*"},
    {"There are no comments posted for this article.", "there are no comments*"},
    {"You must be logged in to post a comment.", "you must be logged in to post a comment*"},
    {"You must be logged in to post comments. Log in.", "you must be logged in to post comments*"},
    {"Reporting by Jane Doe; Editing by John Roe", "reporting by *"},
    {"Additional reporting by Ann Lee in Paris", "additional reporting by *"},
    {"Editing by Mark Potter", "editing by *"},
    {"Writing by Tom Brown", "writing by *"},
    {"Our Standards: The Thomson Reuters Trust Principles.", "our standards*"},
    {"© 2024 Example Media Group", "©*"},
    {"(c) 2023 The Daily Example", "(c) 20*"},
    {"Copyright 2024 Example Inc.", "copyright *"},
    {"Example Media, Inc. All rights reserved.", "*all rights reserved*"},
    {"Urheberrechtshinweis: Alle Artikel in diesem Blog stehen unter BY-NC-SA.",
     "urheberrechtshinweis:*"},
    {"Droit d'auteur : Tous les articles de ce blog sont sous licence BY-NC-SA.",
     "droit d'auteur*:*"},
    {"Direitos de autor: Todos os artigos deste blog estão sob a licença BY-NC-SA.",
     "direitos de autor:*"},
    {"Nota de Direitos Autorais: Todos os artigos deste blog usam a licença BY-NC-SA.",
     "nota de direitos autorais:*"},
    {"Telif Hakkı Bildirimi: Bu blogdaki tüm yazılar BY-NC-SA lisansı altındadır.",
     "telif hakki bildirimi:*"},
    {"Информация об авторских правах: Все статьи блога распространяются по лицензии BY-NC-SA.",
     "информация об авторских правах:*"},
    {"版权声明: 本博客所有文章除特别声明外，均采用 CC BY-NC-SA 4.0 许可协议。", "版权声明*"},
    {"版權聲明：除特別聲明外，本博客所有文章均採用 CC BY-NC-SA 4.0 授權協議。", "版權聲明*"},
    {"著作権表示: このブログのすべての記事は CC BY-NC-SA 4.0 ライセンスの下で提供されています。",
     "著作権表示*"},
    {"저작권 고지: 이 블로그의 모든 글은 CC BY-NC-SA 4.0 라이선스를 따릅니다.", "저작권 고지*"},
    {"Subscribe", "subscribe"},
    {"Subscribe now for unlimited access", "subscribe *"},
    {"To continue reading, log in or create an account.", "to continue reading*"},
    {"Already a subscriber? Sign in", "already a subscriber?*"},
    {"This content is for subscribers only.", "* for subscribers only*"},
    {"Sign up for our morning briefing", "sign up *"},
    {"Sign-up to the newsletter and get a free eBook", "sign-up *"},
    {"Newsletter", "newsletter"},
    {"Get our free daily newsletter", "get our * newsletter*"},
    {"To receive these entries once a month by e-mail, sign up for the Harbour Newsletter.",
     "*, sign up for * newsletter*"},
    {"For the week's tide tables, subscribe to our free newsletter.", "*, subscribe to * newsletter*"},
    {"Um keine Folge zu verpassen, abonnieren Sie unseren Newsletter.",
     "*, abonnieren sie * newsletter*"},
    {"Pour ne rien manquer, abonnez-vous à notre newsletter.", "*, abonnez-vous à * newsletter*"},
    {"Pour recevoir nos articles, inscrivez-vous à la newsletter.",
     "*, inscrivez-vous à * newsletter*"},
    {"Para no perderte nada, suscríbete a nuestra newsletter.", "*, suscríbete a * newsletter*"},
    {"Per ricevere gli articoli, iscriviti alla nostra newsletter.",
     "*, iscriviti alla * newsletter*"},
    {"Wil je niets missen, schrijf je in voor onze nieuwsbrief.",
     "*, schrijf je in voor * nieuwsbrief*"},
    {"Aby nic nie przegapić, zapisz się do naszego newslettera.",
     "*, zapisz się do * newslettera*"},
    {"Para receber as novidades, assine a nossa newsletter.", "*, assine * newsletter*"},
    {"Download our app for the latest news", "download our app*"},
    {"Download the Example News app", "download the * app*"},
    {"Get the Example app on iOS and Android", "get the * app*"},
    {"Donate to keep us independent", "donate*"},
    {"Please donate today.", "please donate*"},
    {"Make a donation", "make a donation*"},
    {"Support independent journalism", "support * journalism*"},
    {"Support us with a monthly gift.", "support us*"},
    {"Become a member today", "become a member*"},
    {"Haz una donación", "haz una donación*"},
    {"Stöd oss", "stöd oss*"},
    {"Bize destek olun", "bize destek olun*"},
    {"Advertising", "advertising"},
    {"Sponsored content", "sponsored*"},
    {"We may earn a commission when you buy through links on our site.", "* may earn a commission*"},
    {"This post contains affiliate links.", "* affiliate links*"},
    {"Follow us on Facebook and Twitter", "follow us*"},
    {"Follow Jane on LinkedIn", "follow * on linkedin*"},
    {"Follow our full coverage of the election at https://example.com/vote", "follow * full coverage*"},
    {"More Example sports: https://example.com/sports", "more *: http*"},
    {"twitter.com/janedoe", "twitter.com/*"},
    {"Find us on Instagram", "find us on *"},
    {"Like us on Facebook", "like us on *"},
    {"Like The Root on Facebook. Follow us on Twitter.", "like * on facebook*"},
    {"Visit the FDA on Facebook, Flickr, YouTube and Twitter", "visit * on facebook*"},
    {"Click like to get the latest music news via Facebook.", "click like to *"},
    {"Stay connected with Example Crafts", "stay connected with *"},
    {"Liken Sie die Zeitung auf Facebook", "liken sie * auf facebook*"},
    {"Aimez le Journal sur Facebook", "aimez * sur facebook*"},
    {"Dale me gusta a El Diario en Facebook", "dale me gusta a * facebook*"},
    {"Metti mi piace a Il Giornale su Facebook", "metti mi piace a * facebook*"},
    {"Curta o Jornal no Facebook", "curta * no facebook*"},
    {"Like De Krant op Facebook", "like * op facebook*"},
    {"Polub Gazetę na Facebooku", "polub * na facebooku*"},
    {"Twitter: @janedoe", "twitter: @*"},
    {"Facebook Fan Page: www.facebook.com/janedoe", "facebook*: *facebook.com/*"},
    {"YouTube: http://www.youtube.com/user/janedoe", "youtube*: *youtube.com/*"},
    {"Share", "share"},
    {"Share this story", "share this*"},
    {"Share on WhatsApp", "share on *"},
    {"Tweet", "tweet"},
    {"Email", "email"},
    {"Print", "print"},
    {"Copy link", "copy link*"},
    {"Pin it", "pin it"},
    {"Read more", "read more"},
    {"Printer friendly page", "printer friendly*"},
    {"Jane Doe is a reporter at the Example Times.", "* is a reporter*"},
    {"John Roe is a senior reporter covering energy.", "* is a * reporter*"},
    {"Ann Lee is a staff writer for Example Magazine.", "* is a * writer*"},
    {"Tom Brown is a foreign correspondent based in Nairobi.", "* is a * correspondent*"},
    {"Mary Major is a deputy editor at Example.", "* is a * editor*"},
    {"Sam Poe is an editor at large.", "* is an editor*"},
    {"Lee Chen is the author of three novels.", "* is the author of *"},
    {"Kim Park is a freelance journalist in Seoul.", "* is a freelance *"},
    {"Pat Kay is a columnist for the Example Post.", "* is a columnist*"},
    {"The views expressed here are the author's own.", "the views expressed *"},
    {"Views expressed on this page are those of the authors", "views expressed *"},
    {"Welcome to our new commenting system. Please keep comments civil and relevant.",
     "* keep comments civil*"},
    {"All comments are moderated before they appear.", "*comments are moderated*"},
    {"Your comments will be moderated by the editors.", "*comments will be moderated*"},
    {"Please note: comments are subject to moderation.", "*comments are subject to moderation*"},
    {"Hinweis: Kommentare werden moderiert.", "*kommentare werden moderiert*"},
    {"Les commentaires sont modérés avant publication.", "*commentaires sont modérés*"},
    {"Les commentaires sont soumis à modération.", "*commentaires * soumis à modération*"},
    {"Los comentarios son moderados.", "*comentarios son moderados*"},
    {"Los comentarios ofensivos no serán aprobados.", "*comentarios * no serán aprobados*"},
    {"I commenti sono moderati dalla redazione.", "*commenti sono moderati*"},
    {"Tutti i commenti sono soggetti a moderazione.", "*commenti * soggetti a moderazione*"},
    {"Os comentários são moderados.", "*comentários são moderados*"},
    {"ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador.",
     "*comentários * não serão aprovados*"},
    {"Reacties worden gemodereerd.", "*reacties worden gemodereerd*"},
    {"Komentarze są moderowane.", "*komentarze są moderowane*"},
    {"Все комментарии проходят модерацию.", "*комментарии проходят модерацию*"},
    {"Všechny komentáře jsou moderovány.", "*komentáře jsou moderovány*"},
    {"Alla kommentarer modereras.", "*kommentarer* modereras*"},
    {"Kommentarerna modereras innan de publiceras.", "*kommentarer* modereras*"},
    {"The opinions expressed in this commentary are solely those of the author.", "the opinions expressed in *"},
    {"A version of this article appeared in print on page A2.", "a version of this article appeared *"},
    {"This article was originally published on Example.org.", "this article was originally published *"},
    {"A version of this story originally appeared in Example Weekly.", "* originally appeared *"},
    {"Contact us at tips@example.com", "contact us*"},
    {"Got a news tip? Email us.", "got a * tip?*"},
    {"Have a view on this story? Send us your feedback!", "have a view on *"},
    {"Send us your feedback", "send us your feedback*"},
    {"When news happens: send photos, videos & tip-offs to 0424 767 764", "when news happens: *"},
    {"When you see news happening: SMS 0406 843 243, or email us.",
     "when you see news happening: *"},
    {"Schreiben Sie uns Ihre Meinung!", "schreiben sie uns ihre meinung*"},
    {"Donnez-nous votre avis", "donnez-nous votre avis*"},
    {"Envíanos tus comentarios", "envíanos tus comentarios*"},
    {"Dicci la tua!", "dicci la tua*"},
    {"Podziel się opinią", "podziel się opinią*"},
    {"Envie sua opinião", "envie sua opinião*"},
    {"Are you affected? Send us your experiences using the form below.", "*send us your experiences*"},
    {"Have you been affected? Share your experiences with us.", "*share your experiences*"},
    {"If you found this post useful, please like it on Facebook.", "if you found this * useful*"},
    {"If you found this article helpful, check out...", "if you found this * helpful*"},
    {"Waren Sie betroffen? Teilen Sie Ihre Erfahrungen mit uns.", "*teilen sie ihre erfahrungen*"},
    {"Schildern Sie uns Ihre Erfahrungen!", "*schildern sie uns ihre erfahrungen*"},
    {"Vous êtes concerné ? Partagez votre expérience.", "*partagez votre expérience*"},
    {"Racontez-nous votre expérience !", "*racontez-nous votre expérience*"},
    {"¿Te ha pasado? Comparte tu experiencia.", "*comparte tu experiencia*"},
    {"Cuéntanos tu experiencia en los comentarios.", "*cuéntanos tu experiencia*"},
    {"Condividi la tua esperienza con noi.", "*condividi la tua esperienza*"},
    {"Raccontaci la tua esperienza!", "*raccontaci la tua esperienza*"},
    {"Compartilhe sua experiência conosco.", "*compartilhe sua experiência*"},
    {"Conte-nos sua experiência!", "*conte-nos sua experiência*"},
    {"Herken je dit? Deel je ervaring met ons.", "*deel je ervaring*"},
    {"Deel uw ervaring met ons.", "*deel uw ervaring*"},
    {"Podziel się swoim doświadczeniem!", "*podziel się swoim doświadczeniem*"},
    {"Posted in World, Politics", "posted in *"},
    {"This entry was posted on 9 August 2012 and is filed under Reviews.", "this entry was posted *"},
    {"Last updated: 12 March 2024", "last updated*"},
    {"notes/trip.txt · Last modified: 2024/03/12 10:15 by sam", "*last modified: *"},
    {"reise.txt · Zuletzt geändert: 2024/03/12 10:15 von sam", "*zuletzt geändert: *"},
    {"voyage.txt · Dernière modification : 2024/03/12 10:15 de sam", "*dernière modification*: *"},
    {"viaje.txt · Última modificación: 2024/03/12 10:15 por sam", "*última modificación: *"},
    {"viaggio.txt · Ultima modifica: 2024/03/12 10:15 da sam", "*ultima modifica: *"},
    {"reis.txt · Laatst gewijzigd: 2024/03/12 10:15 door sam", "*laatst gewijzigd: *"},
    {"podroz.txt · ostatnio zmienione: 2024/03/12 10:15 przez sam", "*ostatnio zmienione: *"},
    {"viagem.txt · Última modificação em: 2024/03/12 10:15 por sam", "*última modificação*: *"},
    {"poezdka.txt · Последнее изменение: 2024/03/12 10:15 — sam", "*последнее изменение: *"},
    {"Back to top", "back to top*"},
    {"Go to top of page", "go to top*"},
    {"Back to Home Page", "back to home*"},
    {"Back to the club's home page", "back to * home page*"},
    {"Back to action homepage", "back to * homepage*"},
    {"Return to the Example Project home page.", "return to * home page*"},
    {"Return to the club homepage", "return to * homepage*"},
    {"Return to index", "return to index*"},
    {"Go to the club's index page on rowing", "go to * index page*"},
    {"Please send questions and comments to the editors.", "please send *"},
    {"This page was last updated 23 March 1999", "this page was *"},
    {"Page Last Updated: December 14, 2006", "page last updated*"},
    {"Maintained by the Publications Web Team", "maintained by *"},
    {"Categories: Travel", "categories: *"},
    /* German */
    {"Kommentare (3)", "kommentare*"},
    {"Beispiel Verlag GmbH – alle Rechte vorbehalten", "*alle rechte vorbehalten*"},
    {"Jetzt den Newsletter abonnieren", "*newsletter abonnieren*"},
    {"Jetzt abonnieren und weiterlesen", "jetzt *abonnieren*"},
    {"Abonnieren Sie unser Magazin", "abonnieren*"},
    {"Folgen Sie uns auf Facebook", "folgen sie uns*"},
    {"Folge uns auf Instagram", "folge uns*"},
    {"Teilen", "teilen"},
    {"Artikel teilen", "artikel teilen*"},
    {"Mitarbeit: Anna Schmidt", "mitarbeit: *"},
    {"Mit Material von dpa und AFP", "mit material *"},
    {"Anzeige", "anzeige"},
    {"Werbung", "werbung"},
    {"Unterstützen Sie unabhängigen Journalismus", "unterstützen sie *"},
    {"Jetzt spenden", "jetzt spenden*"},
    {"Anna Schmidt ist Redakteurin im Ressort Politik.", "* ist redakteur*"},
    {"Jan Meyer ist Reporter bei der Beispiel-Zeitung.", "* ist reporter*"},
    {"Paul Klein ist Korrespondent in Brüssel.", "* ist korrespondent*"},
    {"Quelle: dpa", "quelle: *"},
    {"Schreibe einen Kommentar", "schreibe einen kommentar*"},
    {"Hinterlasse einen Kommentar", "hinterlasse einen kommentar*"},
    {"Kommentar schreiben", "kommentar schreiben*"},
    {"Ähnliche Artikel", "ähnliche artikel*"},
    {"Ähnliche Beiträge", "ähnliche beiträge*"},
    {"Verwandte Artikel", "verwandte artikel*"},
    {"Über den Autor", "über den autor"},
    {"Schlagwörter: Hafen, Stadt", "schlagwörter: *"},
    {"Schlagworte: Hafen, Stadt", "schlagworte: *"},
    {"Noch keine Kommentare", "noch keine kommentare"},
    {"Noch keine Kommentare vorhanden.", "noch keine kommentare vorhanden*"},
    {"Du musst angemeldet sein, um einen Kommentar abzugeben.", "du musst angemeldet sein, um *"},
    /* Polish */
    {"Komentarze (5)", "komentarze*"},
    {"Przykład sp. z o.o. Wszelkie prawa zastrzeżone.", "*wszelkie prawa zastrzeżone*"},
    {"Subskrybuj nasz kanał", "subskrybuj*"},
    {"Zapisz się do newslettera", "zapisz się *"},
    {"Obserwuj nas na Facebooku", "obserwuj nas*"},
    {"Udostępnij", "udostępnij*"},
    {"Reklama", "reklama"},
    {"Wesprzyj niezależne dziennikarstwo", "wesprzyj *"},
    {"Pobierz aplikację Przykład", "pobierz aplikację*"},
    {"Źródło: PAP", "źródło: *"},
    {"Anna Nowak jest dziennikarką działu krajowego.", "* jest dziennikar*"},
    {"Dodaj komentarz", "dodaj komentarz*"},
    {"Podobne artykuły", "podobne artykuły*"},
    {"Powiązane artykuły", "powiązane artykuły*"},
    {"O autorze", "o autorze"},
    {"Tagi: port, miasto", "tagi: *"},
    {"Brak komentarzy", "brak komentarzy"},
    /* Spanish */
    {"Comentarios", "comentarios*"},
    {"Ejemplo S.A. Todos los derechos reservados.", "*todos los derechos reservados*"},
    {"Suscríbete a nuestro boletín", "suscríbete*"},
    {"Suscríbase para seguir leyendo", "suscríbase*"},
    {"Síguenos en Twitter", "síguenos *"},
    {"Compartir en Facebook", "compartir*"},
    {"Comparte esta noticia", "comparte *"},
    {"Publicidad", "publicidad"},
    {"Descarga nuestra app", "descarga * app*"},
    {"Con información de EFE", "con información de *"},
    {"María López es periodista de la sección de cultura.", "* es periodista*"},
    {"Fuente: Reuters", "fuente: *"},
    {"Deja una respuesta", "deja una respuesta*"},
    {"Deja un comentario", "deja un comentario*"},
    {"Artículos relacionados", "artículos relacionados*"},
    {"Noticias relacionadas", "noticias relacionadas*"},
    {"Sobre el autor", "sobre el autor"},
    {"Etiquetas: puerto, ciudad", "etiquetas: *"},
    {"Los comentarios están cerrados.", "los comentarios están cerrados*"},
    {"Sin comentarios", "sin comentarios"},
    /* French */
    {"Commentaires", "commentaires*"},
    {"Exemple 2024 – Tous droits réservés", "*tous droits réservés*"},
    {"Abonnez-vous pour lire la suite", "abonnez-vous*"},
    {"S’abonner à la newsletter", "s'abonner*"},
    {"Inscrivez-vous à notre newsletter", "inscrivez-vous *"},
    {"Suivez-nous sur Twitter", "suivez-nous *"},
    {"Partager l'article", "partager*"},
    {"Publicité", "publicité"},
    {"Téléchargez l'application Exemple", "téléchargez l'application*"},
    {"Faites un don", "faites un don*"},
    {"Soutenez une presse indépendante", "soutenez *"},
    {"Avec AFP", "avec afp*"},
    {"Marie Dupont est journaliste au service politique.", "* est journaliste*"},
    {"Source : AFP", "source : *"},
    {"Laisser un commentaire", "laisser un commentaire*"},
    {"Laisser une réponse", "laisser une réponse*"},
    {"Ajouter un commentaire", "ajouter un commentaire*"},
    {"Articles similaires", "articles similaires*"},
    {"Articles liés", "articles liés*"},
    {"À propos de l’auteur", "à propos de l'auteur"},
    {"Mots-clés: port, ville", "mots-clés: *"},
    {"Mots-clés : port, ville", "mots-clés : *"},
    {"Étiquettes: port, ville", "étiquettes: *"},
    {"Étiquettes : port, ville", "étiquettes : *"},
    {"Les commentaires sont fermés.", "les commentaires sont fermés*"},
    {"Aucun commentaire", "aucun commentaire"},
    {"Vous devez être connecté pour publier un commentaire.", "vous devez * connecté pour publier un commentaire*"},
    /* Italian */
    {"Commenti", "commenti*"},
    {"Riproduzione riservata", "*riproduzione riservata*"},
    {"Esempio Srl – Tutti i diritti riservati", "*tutti i diritti riservati*"},
    {"Abbonati per continuare a leggere", "abbonati*"},
    {"Iscriviti alla newsletter", "iscriviti *"},
    {"Seguici su Facebook", "seguici *"},
    {"Condividi", "condividi*"},
    {"Pubblicità", "pubblicità"},
    {"Scarica l'app di Esempio", "scarica l'app*"},
    {"Sostieni il giornalismo indipendente", "sostieni *"},
    {"Marco Rossi è giornalista de L'Esempio.", "* è giornalist*"},
    {"Fonte: Ansa", "fonte: *"},
    {"Lascia un commento", "lascia un commento*"},
    {"Lascia una risposta", "lascia una risposta*"},
    {"Articoli correlati", "articoli correlati*"},
    {"Sull'autore", "sull'autore"},
    {"I commenti sono chiusi.", "i commenti sono chiusi*"},
    {"Nessun commento", "nessun commento"},
    /* Dutch */
    {"Reacties (4)", "reacties*"},
    {"Voorbeeld Media – alle rechten voorbehouden", "*alle rechten voorbehouden*"},
    {"Abonneer nu en lees verder", "abonneer*"},
    {"Neem een abonnement", "neem een abonnement*"},
    {"Schrijf je in voor onze nieuwsbrief", "schrijf je in *"},
    {"Meld je aan voor de nieuwsbrief", "meld je aan *"},
    {"Volg ons op Twitter", "volg ons *"},
    {"Delen", "delen"},
    {"Deel dit artikel", "deel dit artikel*"},
    {"Advertentie", "advertentie"},
    {"Download de app", "download de app*"},
    {"Steun onafhankelijke journalistiek", "steun *"},
    {"Jan de Vries is journalist bij Voorbeeld.", "* is journalist*"},
    {"Bron: ANP", "bron: *"},
    {"Geef een reactie", "geef een reactie*"},
    {"Laat een reactie achter", "laat een reactie achter*"},
    {"Gerelateerde artikelen", "gerelateerde artikelen*"},
    {"Over de auteur", "over de auteur"},
    {"Geen reacties", "geen reacties"},
    /* Portuguese */
    {"Comentários", "comentários*"},
    {"Exemplo – Todos os direitos reservados.", "*todos os direitos reservados*"},
    {"Assine já e tenha acesso ilimitado", "assine*"},
    {"Inscreva-se na nossa newsletter", "inscreva-se*"},
    {"Siga-nos no Instagram", "siga-nos *"},
    {"Compartilhe esta notícia", "compartilhe*"},
    {"Partilhe este artigo", "partilhe*"},
    {"Publicidade", "publicidade"},
    {"Baixe o app do Exemplo", "baixe o app*"},
    {"Baixe o aplicativo", "baixe o aplicativo*"},
    {"Apoie o jornalismo independente", "apoie *"},
    {"Ana Souza é jornalista e escreve sobre ciência.", "* é jornalista*"},
    {"Deixe um comentário", "deixe um comentário*"},
    {"Deixe uma resposta", "deixe uma resposta*"},
    {"Artigos relacionados", "artigos relacionados*"},
    {"Notícias relacionadas", "notícias relacionadas*"},
    {"Sobre o autor", "sobre o autor"},
    {"Nenhum comentário", "nenhum comentário"},
    /* Indonesian */
    {"Iklan", "iklan"},
    /* Russian */
    {"Комментарии (7)", "комментарии*"},
    {"Пример, 2024. Все права защищены.", "*все права защищены*"},
    {"Подпишитесь на наш канал", "подпишитесь*"},
    {"Подписывайтесь на нас в Telegram", "подписывайтесь*"},
    {"Подписаться на рассылку", "подписаться*"},
    {"Поделиться", "поделиться*"},
    {"Реклама", "реклама"},
    {"Скачайте приложение Пример", "скачайте приложение*"},
    {"Поддержите независимую журналистику", "поддержите *"},
    {"Читайте нас в Telegram", "читайте нас в *"},
    {"Следите за нами в соцсетях", "следите за нами *"},
    {"Источник: ТАСС", "источник: *"},
    {"Добавить комментарий", "добавить комментарий*"},
    {"Оставить комментарий", "оставить комментарий*"},
    {"Оставьте комментарий", "оставьте комментарий*"},
    {"Похожие статьи", "похожие статьи*"},
    {"Похожие записи", "похожие записи*"},
    {"Материалы по теме", "материалы по теме*"},
    {"Об авторе", "об авторе"},
    {"Теги: порт, город", "теги: *"},
    {"Метки: порт, город", "метки: *"},
    {"Нет комментариев", "нет комментариев"},
    /* Czech */
    {"Komentáře", "komentáře"},
    {"Komentáře (3)", "komentáře (*"},
    {"Napsat komentář", "napsat komentář*"},
    {"Přidat komentář", "přidat komentář*"},
    {"Související články", "související články*"},
    {"Vydavatelství, a.s. Všechna práva vyhrazena.", "*všechna práva vyhrazena*"},
    {"Sdílet", "sdílet"},
    {"Zdroj: ČTK", "zdroj: *"},
    /* Swedish */
    {"Lämna ett svar", "lämna ett svar*"},
    {"Lämna en kommentar", "lämna en kommentar*"},
    {"Relaterade artiklar", "relaterade artiklar*"},
    {"Tidningen AB. Alla rättigheter förbehållna.", "*alla rättigheter förbehållna*"},
    {"Dela", "dela"},
    {"Källa: TT", "källa: *"},
    /* Turkish */
    {"Yorumlar", "yorumlar"},
    {"Yorumlar (4)", "yorumlar (*"},
    {"Bir yanıt yazın", "bir yanit yazin*"},
    {"Bir cevap yazın", "bir cevap yazin*"},
    {"Ilgili haberler", "ilgili haberler*"},
    {"İlgili Haberler", "ilgili haberler*"},
    {"Benzer haberler", "benzer haberler*"},
    {"Gazete A.Ş. Tüm hakları saklıdır.", "*tüm haklari saklidir*"},
    {"Paylaş", "paylaş"},
    {"Kaynak: AA", "kaynak: *"},
    /* the sections and notices the languages lacked */
    {"Ihr Kommentar", "ihr kommentar"},
    {"Ihr Kommentar:", "ihr kommentar:"},
    {"Ihr Kommentar zum Artikel", "ihr kommentar zum artikel*"},
    {"Ihr Kommentar zum Thema", "ihr kommentar zum thema*"},
    {"Kategorie: Politik", "kategorie: *"},
    {"Kategorien: Politik, Hafen", "kategorien: *"},
    {"Abgelegt unter: Politik", "abgelegt unter*"},
    {"Artikel bewerten", "artikel bewerten*"},
    {"Dieser Artikel erschien zuerst bei Hafenblatt.", "dieser artikel erschien zuerst *"},
    {"Zuletzt aktualisiert: 12.03.2021", "zuletzt aktualisiert*"},
    {"Catégorie : Politique", "catégorie : *"},
    {"Catégories : Politique, Port", "catégories : *"},
    {"Catégories: Politique, Port", "catégories: *"},
    {"Notez cet article", "notez cet article*"},
    {"Les opinions exprimées dans cet article n'engagent que leur auteur.",
     "les opinions exprimées dans cet *"},
    {"Cet article a été publié initialement sur Le Port.",
     "cet article a été publié initialement *"},
    {"Cet article a initialement été publié sur Le Port.",
     "cet article a initialement été publié *"},
    {"Dernière mise à jour : 12/03/2021", "dernière mise à jour*"},
    {"Categoría: Política", "categoría: *"},
    {"Categorías: Política, Puerto", "categorías: *"},
    {"Archivado en: Política", "archivado en*"},
    {"Valora este artículo", "valora este artículo*"},
    {"Las opiniones expresadas en este artículo son responsabilidad de su autor.",
     "las opiniones expresadas en este *"},
    {"Este artículo fue publicado originalmente en El Puerto.",
     "este artículo fue publicado originalmente *"},
    {"Última actualización: 12/03/2021", "última actualización*"},
    {"Ti potrebbe interessare", "ti potrebbe interessare*"},
    {"Tag: porto, comune", "tag: *"},
    {"Categoria: Politica", "categoria: *"},
    {"Categorie: Politica, Porto", "categorie: *"},
    {"Vota questo articolo", "vota questo articolo*"},
    {"Le opinioni espresse in questo articolo sono dell'autore.", "le opinioni espresse in questo *"},
    {"Questo articolo è stato pubblicato originariamente su Il Porto.",
     "questo articolo è stato pubblicato originariamente *"},
    {"Ultimo aggiornamento: 12/03/2021", "ultimo aggiornamento*"},
    {"Dit vind je misschien ook leuk", "dit vind je misschien ook leuk*"},
    {"Categorieën: Politiek, Haven", "categorieën: *"},
    {"Beoordeel dit artikel", "beoordeel dit artikel*"},
    {"Dit artikel verscheen eerder in De Haven.", "dit artikel verscheen eerder *"},
    {"Laatst bijgewerkt: 12-03-2021", "laatst bijgewerkt*"},
    {"Com informações da Reuters", "com informações d*"},
    {"Categorias: Política, Porto", "categorias: *"},
    {"Avalie este artigo", "avalie este artigo*"},
    {"As opiniões expressas neste artigo são de responsabilidade do autor.",
     "as opiniões expressas neste *"},
    {"Este artigo foi publicado originalmente no O Porto.",
     "este artigo foi publicado originalmente *"},
    {"Última atualização: 12/03/2021", "última atualização*"},
    {"Kategoria: Polityka", "kategoria: *"},
    {"Oceń artykuł", "oceń artykuł*"},
    {"Artykuł ukazał się pierwotnie w Gazecie Portowej.", "artykuł ukazał się pierwotnie *"},
    {"Ostatnia aktualizacja: 12.03.2021", "ostatnia aktualizacja*"},
    {"Вам также может понравиться", "вам также может понравиться*"},
    {"Категория: Политика", "категория: *"},
    {"Категории: Политика, Порт", "категории: *"},
    {"Рубрика: Политика", "рубрика: *"},
    {"Рубрики: Политика, Порт", "рубрики: *"},
    {"Оцените статью", "оцените статью*"},
    {"Мнение редакции может не совпадать с мнением автора.",
     "мнение редакции может не совпадать *"},
    {"Последнее обновление: 12.03.2021", "последнее обновление*"},
    {"O autorovi", "o autorovi"},
    {"Štítky: přístav, město", "štítky: *"},
    {"Další zprávy", "další zprávy"},
    {"Žádné komentáře", "žádné komentáře"},
    {"Sledujte nás na Facebooku", "sledujte nás*"},
    {"Předplaťte si Deník", "předplaťte si *"},
    {"Stáhněte si aplikaci Deník", "stáhněte si aplikaci*"},
    {"Podpořte nezávislou žurnalistiku", "podpořte *"},
    {"Ohodnoťte článek", "ohodnoťte článek*"},
    {"Poslední aktualizace: 12. 3. 2021", "poslední aktualizace*"},
    {"Du kanske också gillar", "du kanske också gillar*"},
    {"Om författaren", "om författaren"},
    {"Taggar: hamnen, staden", "taggar: *"},
    {"Kategorier: Politik, Hamnen", "kategorier: *"},
    {"Fler nyheter", "fler nyheter"},
    {"Inga kommentarer", "inga kommentarer"},
    {"Följ oss på Facebook", "följ oss*"},
    {"Prenumerera på nyhetsbrevet", "prenumerera *"},
    {"Ladda ner appen", "ladda ner appen*"},
    {"Senast uppdaterad: 2021-03-12", "senast uppdaterad*"},
    {"Bunlar da ilginizi çekebilir", "bunlar da ilginizi çekebilir*"},
    {"Ilginizi çekebilir", "ilginizi çekebilir*"},
    {"İlginizi çekebilir", "ilginizi çekebilir*"},
    {"Yazar hakkında", "yazar hakkinda"},
    {"Etiketler: liman, şehir", "etiketler: *"},
    {"Kategori: Siyaset", "kategori: *"},
    {"Diğer haberler", "diğer haberler"},
    {"Henüz yorum yapılmamış.", "henüz yorum yapilmamiş*"},
    {"Bizi takip edin", "bizi takip edin*"},
    {"Abone ol", "abone ol*"},
    {"Uygulamayı indir", "uygulamayi indir*"},
    {"Son güncelleme: 12.03.2021", "son güncelleme*"},
    /* the entries the audit still found missing */
    {"Mohlo by se vám líbit", "mohlo by se vám líbit"},
    {"Mohlo by se vám také líbit", "mohlo by se vám také líbit"},
    {"Classé dans: Politique, Port", "classé dans: *"},
    {"Classé dans\xc2\xa0: Politique, Port", "classé dans : *"},
    {"Archiviato in: Politica, Porto", "archiviato in: *"},
    {"Opgeslagen onder: Politiek, Haven", "opgeslagen onder: *"},
    {"Arquivado em: Política, Porto", "arquivado em: *"},
    {"Opublikowano w kategorii Polityka", "opublikowano w kategorii *"},
    {"Опубликовано в рубрике Политика", "опубликовано в рубрике *"},
    {"Publikováno v rubrice Politika", "publikováno v rubrice *"},
    {"Arkiverad under: Politik, Hamnen", "arkiverad under: *"},
    {"Kategoriler: Siyaset, Liman", "kategoriler: *"},
    {"Laden Sie unsere App kostenlos herunter", "laden sie unsere app*"},
    {"App herunterladen", "app herunterladen*"},
    {"Jetzt die Hafenblatt-App herunterladen", "jetzt *app herunterladen*"},
    {"Współpraca: Anna Nowak", "współpraca: *"},
    {"Spolupracovali: Jana Nová, Petr Malý", "spolupracovali: *"},
    {"Иван Петров — журналист «Портовых вестей»", "* — журналист*"},
    {"Иван Петров — корреспондент «Портовых вестей»", "* — корреспондент *"},
    {"Jan Novák je novinář a spisovatel.", "* je novinář*"},
    {"Jan Novák je redaktorem Přístavních listů.", "* je redaktor*"},
    {"Anna Svensson är journalist på Hamnbladet.", "* är journalist*"},
    {"Anna Svensson är reporter på Hamnbladet.", "* är reporter*"},
    {"Ayşe Yılmaz gazetecidir.", "* gazetecidir*"},
    {"Betygsätt artikeln", "betygsätt artikeln*"},
    {"Betygsätt denna artikel:", "betygsätt denna artikel*"},
    {"Bu haberi puanlayın", "bu haberi puanlayin*"},
    {"Die in diesem Beitrag geäußerten Meinungen sind die des Autors.",
     "die in diesem * geäusserten meinungen *"},
    {"De in dit artikel geuite meningen zijn die van de auteur.", "de in dit * geuite meningen *"},
    {"Opinie wyrażone w tym artykule są opiniami autora.", "opinie wyrażone w tym *"},
    {"Názory vyjádřené v tomto článku jsou názory autora.", "názory vyjádřené v tomto *"},
    {"Åsikter som uttrycks i denna text är skribentens egna.", "åsikter som uttrycks i * är *"},
    {"Yazıdaki görüşler yazarın kendisine aittir.", "yazidaki görüşler *"},
    {"Статья впервые опубликована в журнале «Порт».", "статья впервые опубликована *"},
    {"Článek původně vyšel v časopise Přístav.", "článek původně vyšel *"},
    {"Artikeln publicerades först i Hamnbladet.", "artikeln publicerades först *"},
    {"Bu yazı ilk olarak Liman Gazetesi'nde yayımlandı.", "bu yazi ilk olarak *"},
    {"Not: Yorumlar editör onayından sonra yayınlanır.", "*yorumlar * onayindan sonra yayinlanir*"},
    {"Вас это коснулось? Поделитесь своим опытом.", "*поделитесь своим опытом*"},
    {"Týká se vás to? Podělte se o své zkušenosti.", "*podělte se o své zkušenosti*"},
    {"Berörs du? Dela dina erfarenheter med oss.", "*dela dina erfarenheter*"},
    {"Etkilendiniz mi? Deneyimlerinizi paylaşın.", "*deneyimlerinizi paylaşin*"},
    {"Dejte Přístavu like na Facebooku", "dejte * like na facebooku*"},
    {"Gilla Hamnbladet på Facebook", "gilla * på facebook*"},
    {"Liman Gazetesi'ni Facebook'ta beğenin", "* facebook'ta beğenin*"},
    {"Присоединяйтесь к нам в Facebook", "присоединяйтесь к нам в facebook*"},
    {"Чтобы получать новости порта, подпишитесь на нашу рассылку.",
     "*, подпишитесь на * рассылку*"},
    {"Chcete-li dostávat zprávy, přihlaste se k odběru našeho newsletteru.",
     "*, přihlaste se k odběru * newsletter*"},
    {"För att få nyheterna, prenumerera på vårt nyhetsbrev.", "*, prenumerera på * nyhetsbrev*"},
    {"Haberleri almak için, e-bültenimize abone olun.", "*, *bültenimize abone olun*"},
    {"Wat vind jij ervan? Laat een reactie achter.", "wat vind jij ervan?*"},
    {"Поделитесь своим мнением в комментариях", "поделитесь своим мнением*"},
    {"Napište nám svůj názor", "napište nám svůj názor*"},
    {"Tyck till!", "tyck till*"},
    {"Görüşlerinizi bekliyoruz", "görüşlerinizi bekliyoruz*"},
    /* Korean, Japanese and Chinese headings */
    {"관련기사", "관련기사"},
    {"おすすめ記事", "おすすめ記事"},
    {"推荐阅读", "推荐阅读"},
    {"推薦閱讀", "推薦閱讀"},
    /* Japanese and Chinese */
    {"関連記事", "関連記事"},
    {"コメント", "コメント"},
    {"コメントを残す", "コメントを残す"},
    {"相关文章", "相关文章"},
    {"相關文章", "相關文章"},
    {"相关阅读", "相关阅读"},
    {"延伸阅读", "延伸阅读"},
    {"延伸閱讀", "延伸閱讀"},
    {"发表评论", "发表评论"},
    {"發表評論", "發表評論"},
    {"分享", "分享"},
    {"分享到", "分享到"},
    {"分享到：微信 | 微博 | QQ空间", "分享到：*"},
    {"分享：微信 微博", "分享：*"},
    {"シェア", "シェア"},
    {"シェアする", "シェアする"},
    {"この記事をシェアする：ツイート | いいね！", "この記事をシェアする*"},
    {"版权所有 © 2024 海滨日报 保留所有权利", "*版权所有*"},
    {"海濱日報 版權所有", "*版權所有*"},
    {"海浜新聞社 無断転載を禁じます。", "*無断転載を禁じます*"},
    {"記事・写真の無断転載禁止", "*無断転載禁止*"},
    /* Korean */
    {"공유하기", "공유하기"},
    {"댓글", "댓글"},
    {"관련 기사", "관련 기사*"},
    {"해안일보, 무단 전재 및 재배포 금지", "*무단 전재 및 재배포 금지*"},
    {"<저작권자 © 해안일보 무단전재 및 재배포 금지>", "*무단전재 및 재배포 금지*"},
    /* Arabic */
    {"شارك", "شارك"},
    {"شارك: فيسبوك | تويتر", "شارك:*"},
    {"شارك هذا المقال", "شارك هذا المقال*"},
    {"شارك الخبر", "شارك الخبر*"},
    {"مشاركة", "مشاركة"},
    {"التعليقات", "التعليقات"},
    {"التعليقات (3)", "التعليقات (*"},
    {"أضف تعليقاً", "أضف تعليق*"},
    {"مقالات ذات صلة", "مقالات ذات صلة*"},
    {"أخبار ذات صلة", "أخبار ذات صلة*"},
    {"جريدة الساحل 2024. جميع الحقوق محفوظة.", "*جميع الحقوق محفوظة*"},
    /* Hebrew */
    {"שתפו", "שתפו"},
    {"שתף", "שתף"},
    {"תגובות", "תגובות"},
    {"כתבות נוספות", "כתבות נוספות*"},
    {"עיתון החוף 2024. כל הזכויות שמורות.", "*כל הזכויות שמורות*"},
    /* Greek */
    {"Κοινοποίηση", "κοινοποίηση"},
    {"Μοιραστείτε το άρθρο", "μοιραστείτε το*"},
    {"Σχόλια", "σχόλια"},
    {"Σχετικά άρθρα", "σχετικά άρθρα*"},
    {"Εφημερίδα 2024. Με επιφύλαξη παντός δικαιώματος.", "*με επιφύλαξη παντόσ δικαιώματοσ*"},
    /* Hindi */
    {"शेयर करें", "शेयर करें"},
    {"शेयर करें: फेसबुक | ट्विटर", "शेयर करें:*"},
    {"यह लेख शेयर करें", "यह लेख शेयर करें*"},
    {"टिप्पणियाँ", "टिप्पणियाँ"},
    {"टिप्पणियाँ (3)", "टिप्पणियाँ (*"},
    {"संबंधित खबरें", "संबंधित खबरें*"},
    {"तटीय समाचार 2024। सर्वाधिकार सुरक्षित।", "*सर्वाधिकार सुरक्षित*"},
    /* Thai */
    {"แชร์", "แชร์"},
    {"แชร์: Facebook | LINE", "แชร์:*"},
    {"แชร์บทความนี้", "แชร์บทความนี้"},
    {"ความคิดเห็น", "ความคิดเห็น"},
    {"ข่าวที่เกี่ยวข้อง", "ข่าวที่เกี่ยวข้อง"},
    {"หนังสือพิมพ์ชายฝั่ง 2567 สงวนลิขสิทธิ์", "*สงวนลิขสิทธิ์*"},
};

START_TEST(test_entry_matches_its_example)
{
    const tail_case *c = &tail_cases[_i];
    const char *got = NULL;
    int rest = -1;
    int m = dci_tail_match(c->example, strlen(c->example), 1, &got, &rest);
    ck_assert_msg(m == 1 && strcmp(got, c->entry) == 0, "\"%s\": matched \"%s\", want \"%s\"",
                  c->example, m == 1 ? got : "(nothing)", c->entry);
}
END_TEST

/* Article sentences, short enough to be looked at, that no entry takes:
 * they name a subscription, a newsletter, a comment or a reporter in
 * passing. */
static const char *const prose_lines[] = {
    /* the other languages' new entries' words in a closing sentence */
    "Ihr Kommentar zum Gesetz fiel scharf aus, sagte der Bürgermeister.",
    "Las opiniones expresadas por los vecinos fueron unánimes, dijo el alcalde.",
    "Por materiales de la investigación, el puerto cerró en 1990.",
    "Many readers still subscribe to the printed edition, the survey found.",
    "The council said it would subscribe to the regional flood warning service.",
    "Residents can sign the petition at the town hall until Friday.",
    "He declined to comment on the newsletter sent to members last week.",
    "The reporter who broke the story has since left the paper.",
    "Copies of the report are available from the library.",
    "The mayor's comments were reported by several newspapers.",
    "Viele Leser abonnieren die Zeitung noch auf Papier.",
    "Les commentaires du ministre ont surpris les pêcheurs.",
    "Подписание договора перенесли на весну.",
    "The work will be finished before the autumn.",
    "Newsletter subscribers may remember my review of the first model.",
    "Posted on social media by the analysts, the video shows the port is not smooth.",
    "Comments from the public are closed to the press until the hearing ends.",
    "No comment was offered by the ministry, which has yet to reply.",
    "There are no easy answers, the minister said.",
    "Rate rises are expected this year, the bank said.",
    "Read more widely, the teacher told her pupils.",
    "Labels on the bottles will change in the spring.",
    "Other news outlets reported the closure a day later.",
    "Visitors to the museum on Sunday can see the new harbour models.",
    /* views, news and suggestions told of, not asked for */
    "When news happens in a small town, everyone hears of it by noon.",
    "Related topics were left for the next meeting, the council said.",
    "You might like the new ferry, the captain told the passengers.",
    "Send us your views by Friday, the council asked, and hundreds did.",
    /* signing up for a newsletter told of, not asked for */
    "Readers who sign up for the newsletter, the survey found, read it weekly.",
    "Most members subscribe to the newsletter, the club said.",
    "Viele Leser abonnieren den Newsletter, sagte der Verlag am Montag.",
    /* near misses in the other languages: the same words in a sentence */
    "Aucun commentaire n'a été fait par le ministère sur le nouveau port.",
    "Nessun commento da parte del sindaco sul nuovo porto.",
    "Sin comentarios del alcalde, la obra siguió adelante.",
    "Noch keine Kommentare gab es vom Bürgermeister zum neuen Hafen.",
    "Brak komentarzy ze strony ratusza w sprawie portu.",
    "Geen reacties kwamen er van de burgemeester over de haven.",
    "Нет комментариев от мэрии по поводу нового порта.",
    "Dela av hamnen stängs under vintern, skriver kommunen.",
    "Sdílet data s městem odmítl přístav již loni.",
    "Paylaşılan rapora göre liman kışın kapanacak.",
    "Yorumlar farklı: liman kışın kapanabilir.",
    "Sobre el autor del proyecto se sabe poco.",
    "O autorze projektu wiadomo niewiele.",
    "Über den Autor des Berichts ist wenig bekannt, sagte der Sprecher.",
    /* near misses of the entries the audit found missing: the same words
     * told of in a sentence */
    "Classé dans les monuments historiques en 1920, le phare reste ouvert.",
    "Archiviato in fretta, il caso del porto torna in tribunale.",
    "Arquivado em 2019, o processo do porto foi reaberto.",
    "Die App herunterzuladen dauert auf dem Schiff lange, sagen Passagiere.",
    "Współpraca z portem trwa od lat, mówi burmistrz.",
    "Journalisten var på plats när hamnen stängdes.",
    "Jeho otec byl novinář, matka učitelka v přístavu.",
    "Gazeteci olan babası limanda çalıştı.",
    "Betyg sätts av juryn i maj, skriver kommunen.",
    "Tyckte du om hamnen förr? Många äldre gör det.",
    "Поделились опытом и рыбаки, и инженеры порта.",
    "Mohlo by se to vyplatit, říká starosta o novém přístavu.",
    "Readers who liked the harbour on Facebook were invited to the opening.",
};

START_TEST(test_prose_matches_no_entry)
{
    const char *got = NULL;
    int rest = 0;
    int m = dci_tail_match(prose_lines[_i], strlen(prose_lines[_i]), 1, &got, &rest);
    ck_assert_msg(m == 0, "\"%s\" matched \"%s\"", prose_lines[_i], m == 1 ? got : "");
}
END_TEST

/* Case is folded in every script, bullets and dashes before the words are
 * skipped, and the typographic apostrophe is the plain one. */
static const tail_case folded_cases[] = {
    {"SUBSCRIBE NOW", "subscribe *"},
    {"— Reporting by Jane Doe", "reporting by *"},
    {"• Share this story", "share this*"},
    {"ПОДПИШИТЕСЬ НА НАС", "подпишитесь*"},
    {"SUIVEZ-NOUS SUR TWITTER", "suivez-nous *"},
    {"Scarica l’app di Esempio", "scarica l'app*"},
    {"Follow\xc2\xa0us", "follow us*"},
    {"[ Go to Top ]", "go to top*"},
    {"\xc2\xab back to action homepage", "back to * homepage*"},
    /* Turkish capitals: "İ" and "I" fold as "i" and "ı" are written */
    {"BİR YANIT YAZIN", "bir yanit yazin*"},
    {"TÜM HAKLARI SAKLIDIR.", "*tüm haklari saklidir*"},
};

START_TEST(test_folded_text_matches)
{
    const tail_case *c = &folded_cases[_i];
    const char *got = NULL;
    int rest = 0;
    int m = dci_tail_match(c->example, strlen(c->example), 1, &got, &rest);
    ck_assert_msg(m == 1 && strcmp(got, c->entry) == 0, "\"%s\": matched \"%s\", want \"%s\"",
                  c->example, m == 1 ? got : "(nothing)", c->entry);
}
END_TEST

START_TEST(test_section_entries_take_the_rest)
{
    static const char *const openers[] = {"Comments", "Related", "About the author",
                                          "Kommentare", "Комментарии", "Other news"};
    static const char *const single[] = {"Subscribe", "Reporting by Jane Doe", "Teilen"};
    const char *got;
    int rest;
    for (size_t i = 0; i < DCX_COUNTOF(openers); i++) {
        rest = 0;
        ck_assert_int_eq(dci_tail_match(openers[i], strlen(openers[i]), 1, &got, &rest), 1);
        ck_assert_msg(rest == 1, "\"%s\" does not take the rest", openers[i]);
    }
    for (size_t i = 0; i < DCX_COUNTOF(single); i++) {
        rest = 1;
        ck_assert_int_eq(dci_tail_match(single[i], strlen(single[i]), 1, &got, &rest), 1);
        ck_assert_msg(rest == 0, "\"%s\" takes the rest", single[i]);
    }
}
END_TEST

/* Copyright and rights lines match only when asked for; the rest always. */
START_TEST(test_rights_only_when_asked)
{
    static const char *const rights[] = {"© 2024 Example Media", "Copyright 2008 AP",
                                         "Tous droits réservés", "Все права защищены."};
    const char *got;
    int rest;
    for (size_t i = 0; i < DCX_COUNTOF(rights); i++) {
        ck_assert_int_eq(dci_tail_match(rights[i], strlen(rights[i]), 1, &got, &rest), 1);
        ck_assert_msg(dci_tail_match(rights[i], strlen(rights[i]), 0, &got, &rest) == 0,
                      "\"%s\" matched \"%s\" without rights", rights[i], got);
    }
    ck_assert_int_eq(dci_tail_match("Subscribe", 9, 0, &got, &rest), 1);
    /* a rights line stays whole without rights, whatever else it goes on
     * to say: its first entry is the rights one */
    static const char notice[] = "Original contents copyright 2012 by Jane Doe. All rights "
                                 "reserved. Sales through affiliate links may benefit this site.";
    ck_assert_int_eq(dci_tail_match(notice, strlen(notice), 1, &got, &rest), 1);
    ck_assert_str_eq(got, "*all rights reserved*");
    ck_assert_msg(dci_tail_match(notice, strlen(notice), 0, &got, &rest) == 0,
                  "the rights line matched \"%s\" without rights", got);
}
END_TEST

/* ------------------------------------------------------------------ the trimmer */

static dci_tuning on(unsigned max_chars, unsigned max_blocks)
{
    dci_tuning t = dci_tuning_defaults;
    t.tail_max_chars = max_chars;
    t.tail_max_blocks = max_blocks;
    t.tail_rights = 1;
    return t;
}

#define PROSE "The commission will publish a revised timetable next month, and a public consultation on the design is expected to open shortly afterwards."

#define assert_leaves(root, want)                                           \
    do {                                                                    \
        char got_[2048];                                                    \
        tu_leaves((root), got_, sizeof got_);                                  \
        ck_assert_msg(strcmp(got_, (want)) == 0, "leaves \"%s\", want \"%s\"", got_, (want)); \
    } while (0)

START_TEST(test_notices_after_prose_dropped)
{
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Reporting by Jane Doe; Editing by John Roe");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "© 2024 Example Media");
    dci_tuning tu = on(200, 8);
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 2);
    assert_leaves(root, PROSE);
}
END_TEST

/* A heading naming comments among the closing blocks heads nothing of the
 * article's (its thread has gone): it goes, and so does a line counting
 * them, with its marks ("0 Comments »", "{ 3 comments }"); a line saying
 * "Responses" without a count (a tab's label) stays, and so does every one
 * with tail_comment_heading off. */
START_TEST(test_comment_heading_dropped)
{
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add(&t, root, DCI_BLOCK_HEADING, "111 Responses to \u201cMy New Project\u201d");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Responses");
    tu_add(&t, root, DCI_BLOCK_HEADING, "0 Comments \u00bb");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "{ 3 comments }");
    dci_tuning tu = on(200, 8);
    tu.tail_comment_heading = 0;
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 0);
    tu.tail_comment_heading = 1;
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 3);
    assert_leaves(root, PROSE "|Responses");
}
END_TEST

/* A short post of a link and one-word lines whose one line of prose reads
 * as a closing notice ("Download the app today...") keeps it: the
 * article's first prose says what the post is about, whatever it reads
 * like (tail_first_prose); a notice under prose still goes. */
START_TEST(test_first_prose_kept)
{
    static const char promo[] = "Download the iOS/Android app today, and take part in a global "
                                "human experiment through October 2nd. Really cool.";
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "www.example.com");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, promo);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Learn.");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Compare.");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Will be very cool to see how this turns out :-)");
    dci_tuning tu = on(300, 8);
    tu.tail_first_prose = 0;
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 1);
    root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "www.example.com");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, promo);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Learn.");
    tu.tail_first_prose = 1;
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 0);
    assert_leaves(root, "www.example.com|" "Download the iOS/Android app today, and take part in "
                        "a global human experiment through October 2nd. Really cool.|Learn.");
    root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, promo);
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 1);
    assert_leaves(root, PROSE);
}
END_TEST

#define REPLY1 "I was on the maiden voyage and did not see one person use the hand wash in the buffet."
#define REPLY2 "Nothing to do with the bottle not breaking, the ship is just mad at having one thrown at it."
#define REPLY3 "Having sailed on her sister ship I thought the hygiene on board was far better than at home."

/* A thread of replies closing the article, each signed with a name and a
 * place and no time ("Blake B, los angeles,", "- Louise, Lancaster, UK"),
 * goes with its heading (tail_place_signatures): as paragraphs of their
 * own after each reply, or as each reply's last line; not with the field
 * at 0. */
START_TEST(test_place_signed_thread_dropped)
{
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, REPLY1);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Blake B, los angeles,");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, REPLY2);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Frances McErlane, Mallorca, Spain");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, REPLY3);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "James Parker, Kensington, U.S.A. / Connecticut");
    dci_tuning tu = on(300, 8);
    tu.tail_place_signatures = 0;
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 0);
    tu.tail_place_signatures = 3;
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 6);
    assert_leaves(root, PROSE "|" PROSE);

    root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add(&t, root, DCI_BLOCK_HEADING, "Reader views (3)");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Here is a sample of the latest views published.");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, REPLY1 "\n- Louise, Lancaster, UK");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, REPLY2 "\n- Daniella C., Stanmore");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, REPLY3 "\n\nAnthony to win.\n- Lee, Coventry");
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 5);
    assert_leaves(root, PROSE "|" PROSE);
}
END_TEST

/* Near misses of a signed thread stay: a sentence with commas, a list of
 * places without replies between them, one name signing every line (a
 * writer's dispatches), two signatures only, replies more than four times
 * the text above them (a debate page of readers' views), and replies that
 * would leave no body above them. */
START_TEST(test_place_signed_near_misses_kept)
{
    static const char *const lasts[][3] = {
        {"However, he said, it was fine.", "Still, she said, it was late.", "So, they said, it was over."},
        {"Ann Lee, Leeds, UK", "Ann Lee, Hull, UK", "Ann Lee, York, UK"},
    };
    dci_tuning tu = on(300, 8);
    for (size_t i = 0; i < 2; i++) {
        tu_tree t;
        dci_block *root = tu_new_tree(&t);
        tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
        tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
        tu_add(&t, root, DCI_BLOCK_PARAGRAPH, REPLY1);
        tu_add(&t, root, DCI_BLOCK_PARAGRAPH, lasts[i][0]);
        tu_add(&t, root, DCI_BLOCK_PARAGRAPH, REPLY2);
        tu_add(&t, root, DCI_BLOCK_PARAGRAPH, lasts[i][1]);
        tu_add(&t, root, DCI_BLOCK_PARAGRAPH, REPLY3);
        tu_add(&t, root, DCI_BLOCK_PARAGRAPH, lasts[i][2]);
        ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 0);
    }
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Leeds, West Yorkshire");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Hull, East Riding");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "York, North Yorkshire");
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 0);
    root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, REPLY1);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Blake B, los angeles,");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, REPLY2);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Frances McErlane, Mallorca, Spain");
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 0);
    /* a debate page: the readers' views many times the text above them */
    root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    static const char *const signers[] = {"Blake B, los angeles,", "Frances McErlane, Mallorca, Spain",
                                          "Jean Booth, Hague, Netherlands", "Sandra, Singapore",
                                          "Greg, Philadelphia, USA", "Sunu Lawi, Johor, Malaysia"};
    for (size_t i = 0; i < 6; i++) {
        tu_add(&t, root, DCI_BLOCK_PARAGRAPH, REPLY1 " " REPLY2);
        tu_add(&t, root, DCI_BLOCK_PARAGRAPH, signers[i]);
    }
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 0);
    root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "A short intro.");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, REPLY1);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Blake B, los angeles,");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, REPLY2);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Frances McErlane, Mallorca, Spain");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, REPLY3);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Jean Booth, Hague, Netherlands");
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 0);
}
END_TEST

/* A short closing sentence that matches nothing stays, and the scan goes on
 * above it. */
START_TEST(test_short_unmatched_block_kept)
{
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Subscribe to our newsletter");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Many readers still subscribe to the printed edition.");
    dci_tuning tu = on(200, 8);
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 1);
    assert_leaves(root, PROSE "|Many readers still subscribe to the printed edition.");
}
END_TEST

/* A list whose items are each one link: other stories when plain (the
 * list goes), the article's own list when numbered (it stays). */
static void assert_link_list(int numbered, const char *want)
{
    static const char *const titles[] = {"Ferry fares rise again in spring",
                                         "Council votes on the harbour budget"};
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    dci_block *list = tu_add(&t, root, DCI_BLOCK_LIST, NULL);
    list->level = numbered;
    for (size_t i = 0; i < 2; i++)
        tu_add_run(&t, list, DCI_BLOCK_ITEM, titles[i], "/2024/story");
    dci_tuning tu = on(200, 8);
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), (numbered ? 0 : 2));
    assert_leaves(root, want);
}

/* Lines of links that hold most of the text are the page's content: a
 * list of links under a line of introduction stays. */
START_TEST(test_links_that_are_the_content_kept)
{
    static const char *const titles[] = {"Ferry fares rise again in spring",
                                         "Council votes on the harbour budget"};
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Harbour stories:");
    for (size_t i = 0; i < 2; i++)
        tu_add_run(&t, root, DCI_BLOCK_PARAGRAPH, titles[i], "/2024/story");
    dci_tuning tu = on(200, 8);
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 0);
}
END_TEST

/* A post that is a roll of links, some of its lines saying a word of
 * their own: the lines that are links alone hold less than half its text,
 * but their list holds most of it, and stays (tail_roll_list; 0 drops the
 * linked lines). */
static unsigned trim_roll_post(unsigned roll_list)
{
    static const char *const titles[] = {"Skepticism about paying for it",
                                         "Technology and healthcare spending"};
    static const char *const notes[] = {"The dual causes of debt after an illness",
                                        "Sandy forces a hospital evacuation downtown"};
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Links of the week:");
    dci_block *list = tu_add(&t, root, DCI_BLOCK_LIST, NULL);
    for (size_t i = 0; i < 2; i++)
        tu_add_run(&t, list, DCI_BLOCK_ITEM, titles[i], "https://other.example/post");
    for (size_t i = 0; i < 2; i++)
        tu_add(&t, list, DCI_BLOCK_ITEM, notes[i]);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Plus, one more blog joins the rotation.");
    dci_tuning tu = on(200, 8);
    tu.tail_roll_list = roll_list;
    return (unsigned)dci_tail_trim(root, &tu, NULL, NULL);
}

START_TEST(test_roll_post_kept)
{
    ck_assert_uint_eq(trim_roll_post(1), 0);
    ck_assert_uint_eq(trim_roll_post(0), 2);
}
END_TEST

/* One link among a list's bullets is the article's: it stays. */
START_TEST(test_one_linked_bullet_kept)
{
    static const char *const texts[] = {"Breakfast: porridge with apples",
                                        "Lunch: fish soup and brown bread",
                                        "Buy the harbour map"};
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    dci_block *list = tu_add(&t, root, DCI_BLOCK_LIST, NULL);
    for (size_t i = 0; i < 3; i++)
        tu_add_run(&t, list, DCI_BLOCK_ITEM, texts[i], i == 2 ? "/shop" : NULL);
    dci_tuning tu = on(200, 8);
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 0);
}
END_TEST

START_TEST(test_link_list_dropped_unless_numbered)
{
    assert_link_list(0, PROSE);
    assert_link_list(1, PROSE "|Ferry fares rise again in spring|Council votes on the harbour budget");
}
END_TEST

/* A block that is one linked sentence written out (a comma, a full stop,
 * though the stop is outside the link) is the article's: it points to its
 * source. A linked headline under the text goes. */
START_TEST(test_linked_sentence_kept_linked_headline_dropped)
{
    static const char sentence[] = "This week's harbour guide is a quick, easy and cheerful "
                                   "walk around the old quay.";
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add_run(&t, root, DCI_BLOCK_PARAGRAPH, sentence, "/2024/guide");
    dci_tuning tu = on(200, 8);
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 0);
    assert_leaves(root, PROSE "|" "This week's harbour guide is a quick, easy and cheerful "
                        "walk around the old quay.");

    root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add_run(&t, root, DCI_BLOCK_PARAGRAPH, "Ferry fares rise again in spring, and winter too",
            "/2024/story");
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 1);
    assert_leaves(root, PROSE);
}
END_TEST

/* A linked line naming the site where an excerpt goes on is its source and
 * stays; a linked line naming another story goes. */
START_TEST(test_linked_source_kept_linked_pointer_dropped)
{
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add_run(&t, root, DCI_BLOCK_PARAGRAPH, "Read it at New Scientist", "https://other.example/s");
    dci_tuning tu = on(200, 8);
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 0);
    assert_leaves(root, PROSE "|Read it at New Scientist");

    root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add_run(&t, root, DCI_BLOCK_PARAGRAPH, "Read more: the harbour wall story", "/2024/story");
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 1);
    assert_leaves(root, PROSE);
}
END_TEST

/* A notice above a block of prose is the article's own business. */
START_TEST(test_stops_at_prose)
{
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Intro line");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Subscribe to our newsletter");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Share");
    dci_tuning tu = on(100, 8);
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 1);
    assert_leaves(root, "Intro line|Subscribe to our newsletter|" PROSE);
    /* with a longer limit the prose is a candidate, kept, and the scan
     * reaches the notice above it */
    dci_block *root2 = tu_new_tree(&t);
    tu_add(&t, root2, DCI_BLOCK_PARAGRAPH, "Intro line");
    tu_add(&t, root2, DCI_BLOCK_PARAGRAPH, "Subscribe to our newsletter");
    tu_add(&t, root2, DCI_BLOCK_PARAGRAPH, PROSE);
    dci_tuning wide = on(1000, 8);
    ck_assert_int_eq(dci_tail_trim(root2, &wide, NULL, NULL), 1);
    assert_leaves(root2, "Intro line|" PROSE);
}
END_TEST

START_TEST(test_section_opener_takes_the_rest)
{
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add(&t, root, DCI_BLOCK_HEADING, "Comments");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Great piece, thanks!");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "I disagree.");
    dci_tuning tu = on(200, 8);
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 3);
    assert_leaves(root, PROSE);
}
END_TEST

START_TEST(test_at_most_max_blocks)
{
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Donate");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Subscribe");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Share");
    dci_tuning tu = on(200, 2);
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 2);
    assert_leaves(root, PROSE "|Donate");
}
END_TEST

START_TEST(test_zero_turns_it_off)
{
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Subscribe");
    dci_tuning a = on(0, 8), b = on(200, 0);
    ck_assert_int_eq(dci_tail_trim(root, &a, NULL, NULL), 0);
    ck_assert_int_eq(dci_tail_trim(root, &b, NULL, NULL), 0);
    assert_leaves(root, PROSE "|Subscribe");
}
END_TEST

/* The first block stays even when it matches: a page is never emptied. */
START_TEST(test_first_block_kept)
{
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Subscribe");
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Share");
    dci_tuning tu = on(200, 8);
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 1);
    assert_leaves(root, "Subscribe");
}
END_TEST

/* A list whose items all go goes with them; a table's cells stop the scan. */
START_TEST(test_containers)
{
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    dci_block *list = tu_add(&t, root, DCI_BLOCK_LIST, NULL);
    tu_add(&t, list, DCI_BLOCK_ITEM, "Share");
    tu_add(&t, list, DCI_BLOCK_ITEM, "Tweet");
    ck_assert_int_eq(dci_tail_trim(root, &(dci_tuning){0}, NULL, NULL) , 0);
    dci_tuning tu = on(200, 8);
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 2);
    ck_assert_ptr_null(root->first_child->next);
    dci_block *table = tu_add(&t, root, DCI_BLOCK_TABLE, NULL);
    dci_block *row = tu_add(&t, table, DCI_BLOCK_ROW, NULL);
    tu_add(&t, row, DCI_BLOCK_CELL, "Share");
    ck_assert_int_eq(dci_tail_trim(root, &tu, NULL, NULL), 0);
    assert_leaves(root, PROSE "|Share");
}
END_TEST

/* Each dropped block is recorded: the entry that matched it, a section's
 * opener and what it took, and the outermost block that went (the list its
 * last item left empty). */
START_TEST(test_drops_recorded)
{
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    tu_add(&t, root, DCI_BLOCK_PARAGRAPH, PROSE);
    dci_block *credit = tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Reporting by Jane Doe");
    dci_block *tags = tu_add(&t, root, DCI_BLOCK_PARAGRAPH, "Tags: harbour, council");
    dci_block *list = tu_add(&t, root, DCI_BLOCK_LIST, NULL);
    tu_add(&t, list, DCI_BLOCK_ITEM, "Harbour");
    dci_block *share = tu_add(&t, list, DCI_BLOCK_ITEM, "Share");
    dci_arena *a = dci_arena_new(0, 0);
    ck_assert_ptr_nonnull(a);
    dci_tail_drop *drops = NULL;
    dci_tuning tu = on(200, 8);
    ck_assert_int_eq(dci_tail_trim(root, &tu, a, &drops), 4);
    assert_leaves(root, PROSE);
    /* from the last block up */
    ck_assert_ptr_eq(drops[0].block, share);
    ck_assert_str_eq(drops[0].pattern, "share");
    ck_assert_int_eq(drops[0].reason, DCI_TAIL_MATCHED);
    ck_assert_ptr_eq(drops[1].block, list);
    ck_assert_str_eq(drops[1].pattern, "tags: *");
    ck_assert_int_eq(drops[1].reason, DCI_TAIL_BELOW);
    ck_assert_ptr_eq(drops[2].block, tags);
    ck_assert_str_eq(drops[2].pattern, "tags: *");
    ck_assert_int_eq(drops[2].reason, DCI_TAIL_OPENS);
    ck_assert_ptr_eq(drops[3].block, credit);
    ck_assert_str_eq(drops[3].pattern, "reporting by *");
    ck_assert_int_eq(drops[3].reason, DCI_TAIL_MATCHED);
    /* nothing dropped: no record */
    ck_assert_int_eq(dci_tail_trim(root, &tu, a, &drops), 0);
    ck_assert_ptr_null(drops);
    dci_arena_free(a);
}
END_TEST

/* A story in each of the languages the tail table was filled in, ending in
 * the new entries' lines: by default the lines go and every paragraph of
 * the story stays. */
typedef struct lang_page {
    int lang;   /* LANG_* of lang_prose.h */
    const char *tail[6];
} lang_page;

static const lang_page lang_pages[] = {
    {LANG_DE,
     {"Kategorien: Politik, Hafen", "Artikel bewerten", "Zuletzt aktualisiert: 12.03.2021",
      "Ihr Kommentar"}},
    {LANG_FR,
     {"Notez cet article", "Dernière mise à jour\xc2\xa0: 12/03/2021",
      "Les opinions exprimées dans cet article n'engagent que leur auteur.",
      "Catégories : Politique, Port"}},
    {LANG_ES,
     {"Haz una donación", "Valora este artículo", "Última actualización: 12/03/2021",
      "Las opiniones expresadas en este artículo son responsabilidad de su autor.",
      "Archivado en: Política"}},
    {LANG_IT,
     {"Vota questo articolo", "Ultimo aggiornamento: 12/03/2021", "Tag: porto, comune"}},
    {LANG_NL,
     {"Beoordeel dit artikel", "Laatst bijgewerkt: 12-03-2021", "Categorieën: Politiek, Haven",
      "Dit vind je misschien ook leuk"}},
    {LANG_PT,
     {"Com informações da Reuters", "Avalie este artigo", "Última atualização: 12/03/2021",
      "Categorias: Política, Porto"}},
    {LANG_PL,
     {"Oceń artykuł", "Ostatnia aktualizacja: 12.03.2021", "Kategoria: Polityka"}},
    {LANG_RU,
     {"Все комментарии проходят модерацию.", "Оцените статью",
      "Мнение редакции может не совпадать с мнением автора.",
      "Последнее обновление: 12.03.2021", "Рубрика: Политика"}},
    {LANG_CS,
     {"Ohodnoťte článek", "Sledujte nás na Facebooku", "Poslední aktualizace: 12. 3. 2021",
      "Štítky: přístav, město", "O autorovi"}},
    {LANG_SV,
     {"Följ oss på Facebook", "Senast uppdaterad: 2021-03-12", "Taggar: hamnen, staden",
      "Inga kommentarer", "Stöd oss"}},
    {LANG_TR,
     {"Bizi takip edin", "Son güncelleme: 12.03.2021", "Etiketler: liman, şehir",
      "Henüz yorum yapılmamış."}},
};

START_TEST(test_language_page_tail_dropped)
{
    const lang_page *c = &lang_pages[_i];
    const lang_prose *l = &lang_prose_of[c->lang];
    dci_buf b = DCI_BUF_INIT;
    for (size_t i = 0; i < DCX_COUNTOF(c->tail) && c->tail[i]; i++) {
        dci_buf_puts(&b, "<p>");
        dci_buf_puts(&b, c->tail[i]);
        dci_buf_puts(&b, "</p>");
    }
    dci_buf_putc(&b, '\0');
    char *page = tu_strdupf("<!DOCTYPE html><html lang=\"%s\"><head><title>T</title></head><body>"
                            "<article><h1>T</h1><p>%s</p><p>%s</p><p>%s</p>%s</article></body>"
                            "</html>",
                            l->lang, l->paras[0], l->paras[1], l->paras[2], b.data);
    dci_buf_free(&b);
    char *text = tu_text_ok(page);
    for (size_t i = 0; i < DCX_COUNTOF(l->paras); i++)
        tu_assert_has(text, l->paras[i]);
    for (size_t i = 0; i < DCX_COUNTOF(c->tail) && c->tail[i]; i++)
        ck_assert_msg(!tu_contains(text, c->tail[i]), "%s: \"%s\" was kept:\n%s", l->lang,
                      c->tail[i], text);
    free(text);
    free(page);
}
END_TEST

/* ------------------------------------------------------------------ end to end */

/* An article page ending in tail (the caller frees it). */
static char *tail_page(const char *tail)
{
    return tu_strdupf("<!DOCTYPE html><html><head><title>" TU_TITLE "</title></head>"
                      "<body><article><h1>" TU_TITLE "</h1><p>" TU_PROSE1 "</p><p>" TU_PROSE2
                      "</p><p>" TU_PROSE3 "</p><p>" TU_PROSE4 "</p>%s</article></body></html>",
                      tail);
}

/* An article page ending in tail, extracted with opt's flags and tuning. */
static char *page_text(const char *tail, unsigned flags, const char *tuning)
{
    char *page = tail_page(tail);
    dc_options opt;
    dc_options_init(&opt);
    opt.flags = flags;
    opt.tuning = tuning;
    dc_status st = DC_STATUS_COUNT;
    char *text = tu_render_opt(page, strlen(page), &opt, DC_FORMAT_TEXT, 0, &st);
    ck_assert_msg(st == DC_OK, "status %s", dc_strerror(st));
    free(page);
    return text;
}

START_TEST(test_example_dropped_in_precision_mode)
{
    const tail_case *c = &tail_cases[_i];
    char *html = tu_strdupf("<p>%s</p>", c->example);
    char *text = page_text(html, DC_OPT_PRECISION, NULL);
    tu_assert_lacks(text, c->example);
    tu_assert_article_kept(text);
    free(text);
    free(html);
}
END_TEST

/* By default the trimmer is on without the rights lines. */
START_TEST(test_default_keeps_rights_line)
{
    char *text = page_text("<p>Reporting by Ann Lee</p><p>© 2024 The Coast Gazette</p>", 0, NULL);
    tu_assert_lacks(text, "Reporting by Ann Lee");
    tu_assert_has(text, "© 2024 The Coast Gazette");
    tu_assert_article_kept(text);
    free(text);
}
END_TEST

/* On a page whose class names say nothing, readers' replies after the
 * story, each a paragraph closed by a line of its own with a name and a
 * town, go; the story stays. */
START_TEST(test_place_signed_replies_dropped_end_to_end)
{
    char *text = page_text("<div class=\"x1\"><p class=\"x2\">" REPLY1 "</p><p class=\"x3\">Blake B, "
                           "los angeles,</p><p class=\"x2\">" REPLY2 "</p><p class=\"x3\">Frances "
                           "McErlane, Mallorca, Spain</p><p class=\"x2\">" REPLY3 "</p><p class="
                           "\"x3\">Jean Booth, Hague, Netherlands</p></div>",
                           0, NULL);
    tu_assert_lacks(text, "Frances McErlane");
    tu_assert_lacks(text, REPLY1);
    tu_assert_article_kept(text);
    free(text);
    text = page_text("<div class=\"x1\"><p class=\"x2\">" REPLY1 "</p><p class=\"x3\">Blake B, "
                     "los angeles,</p><p class=\"x2\">" REPLY2 "</p><p class=\"x3\">Frances "
                     "McErlane, Mallorca, Spain</p><p class=\"x2\">" REPLY3 "</p><p class="
                     "\"x3\">Jean Booth, Hague, Netherlands</p></div>",
                     0, "tail_place_signatures=0");
    tu_assert_has(text, "Frances McErlane");
    free(text);
}
END_TEST

/* A short note the page sets under a rule at the end goes; the same note
 * without the rule stays, and so do a footnote and a labelled reference
 * under a rule. */
START_TEST(test_note_under_rule_dropped)
{
    static const char note[] = "The harbour trust runs ferries along the coast and has offices in three towns.";
    char *html = tu_strdupf("<hr><p>%s</p>", note);
    char *text = page_text(html, 0, NULL);
    tu_assert_lacks(text, note);
    tu_assert_article_kept(text);
    free(text);
    free(html);
    html = tu_strdupf("<p>%s</p>", note);
    text = page_text(html, 0, NULL);
    tu_assert_has(text, note);
    free(text);
    free(html);
    text = page_text("<hr><p>1. The timetable was first published in 1998.</p>", 0, NULL);
    tu_assert_has(text, "1. The timetable was first published in 1998.");
    free(text);
    text = page_text("<hr><p>More information: J. Doe et al. Tides of the harbour, Journal of "
                     "Coasts (2019).</p>", 0, NULL);
    tu_assert_has(text, "More information: J. Doe et al.");
    free(text);
    /* ...in Chinese, with the full-width colon and no space after it:
     * 来源：... ("Source: the harbour board's annual report, 2019.") */
    text = page_text("<hr><p>\xe6\x9d\xa5\xe6\xba\x90\xef\xbc\x9a"
                     "\xe6\xb8\xaf\xe5\x8f\xa3\xe7\xae\xa1\xe7\x90\x86\xe5\xb1\x80"
                     "\xe5\xb9\xb4\xe5\xba\xa6\xe6\x8a\xa5\xe5\x91\x8a\xef\xbc\x8c"
                     "\xe4\xba\x8c\xe3\x80\x87\xe4\xb8\x80\xe4\xb9\x9d\xe5\xb9\xb4"
                     "\xe3\x80\x82</p>", 0, NULL);
    tu_assert_has(text, "\xe6\x9d\xa5\xe6\xba\x90\xef\xbc\x9a\xe6\xb8\xaf\xe5\x8f\xa3");
    free(text);
}
END_TEST

/* A Markdown post's closing line set off by a rule ("---"), then its
 * footnotes (kramdown writes them without a rule of their own): the notes
 * close the article, and the line under the rule is the article's too. */
START_TEST(test_footnotes_under_rule_kept)
{
    static const char closing[] = "Listen to the harbour board's weekly podcast on the ferries.";
    static const char note[] = "The fares were revised twice after the report came out.";
    char *html = tu_strdupf("<hr><p>%s</p><div class=\"footnotes\"><ol><li id=\"fn:1\"><p>%s "
                            "<a href=\"#fnref:1\">&#8617;</a></p></li></ol></div>",
                            closing, note);
    char *text = page_text(html, 0, NULL);
    tu_assert_has(text, closing);
    tu_assert_has(text, note);
    tu_assert_article_kept(text);
    free(text);
    free(html);
    /* the same closing line without the notes is a note under a rule */
    html = tu_strdupf("<hr><p>%s</p>", closing);
    text = page_text(html, 0, NULL);
    tu_assert_lacks(text, closing);
    free(text);
    free(html);
}
END_TEST

START_TEST(test_prose_kept_in_precision_mode)
{
    char *html = tu_strdupf("<p>%s</p>", prose_lines[_i]);
    char *text = page_text(html, DC_OPT_PRECISION, NULL);
    tu_assert_has(text, prose_lines[_i]);
    tu_assert_article_kept(text);
    free(text);
    free(html);
}
END_TEST

/* Lines of links to other stories written loose under the text, as a blog
 * engine writes them: no element holds them for the link-line rule. */
#define STORY_LINK(n, title) "<a href=\"/2024/" #n "\">" title "</a><br>"
#define LOOSE_LINKS                                                                          \
    "Harbour news<br>" STORY_LINK(1, "Ferry fares rise again in spring")                   \
        STORY_LINK(2, "New lifeboat station opens on the quay")                              \
            STORY_LINK(3, "Council votes on the harbour budget")                             \
                STORY_LINK(4, "Fishing fleet returns early from the north")

START_TEST(test_loose_link_lines_dropped)
{
    char *text = page_text(LOOSE_LINKS, 0, NULL);
    tu_assert_lacks(text, "Ferry fares rise");
    tu_assert_lacks(text, "Fishing fleet returns");
    tu_assert_article_kept(text);
    free(text);
    text = page_text(LOOSE_LINKS, 0, "tail_link_words=0");
    tu_assert_has(text, "Ferry fares rise");
    free(text);
}
END_TEST

/* A loose line that is one link: another story's headline goes; a
 * source's name (two words), a link beside words, a link showing its
 * address (a citation) and a script's link (no page) stay. The trimmer
 * alone: the block model, which judges the last blocks after it, takes a
 * short line that is all link ("[Via TN]") for a credit. */
static const struct {
    const char *tail;
    const char *words;
    int dropped;
} link_line_cases[] = {
    {"<a href=\"/2024/1\">Ferry fares rise again in spring</a>", "Ferry fares rise", 1},
    {"[<a href=\"https://tn.example/s\">Via TN</a>]", "Via TN", 0},
    {"Via <a href=\"https://tn.example/s\">the Harbour Times weekly</a>", "the Harbour Times", 0},
    {"<a href=\"https://stats.example/p60\">https://stats.example/p60</a>", "stats.example", 0},
    {"<a href=\"javascript:void(0)\">The harbour dues were paid in shillings</a>", "harbour dues", 0},
};

START_TEST(test_loose_link_line)
{
    char *text = page_text(link_line_cases[_i].tail, 0, "block_model_min=0");
    tu_assert_has_if(text, link_line_cases[_i].words, !link_line_cases[_i].dropped);
    tu_assert_article_kept(text);
    free(text);
}
END_TEST

/* ------------------------------------------------------------------ explain */

/* The article page ending in tail, extracted with DC_OPT_EXPLAIN and
 * without: its outline, and the text and JSON of both runs, which must be
 * the same. */
static char *page_explained(const char *tail)
{
    char *page = tail_page(tail);
    dc_options opt;
    dc_options_init(&opt);
    opt.flags = DC_OPT_EXPLAIN;
    dc_result *plain = dc_extract(page, strlen(page), NULL);
    dc_result *explained = dc_extract(page, strlen(page), &opt);
    ck_assert_ptr_nonnull(plain);
    ck_assert_ptr_nonnull(explained);
    ck_assert_int_eq(dc_result_status(explained), DC_OK);
    static const dc_format formats[] = {DC_FORMAT_TEXT, DC_FORMAT_JSON};
    for (size_t i = 0; i < DCX_COUNTOF(formats); i++) {
        char *want = dc_render(plain, formats[i], 0, NULL);
        char *got = dc_render(explained, formats[i], 0, NULL);
        ck_assert_str_eq(got, want);
        tu_assert_article_kept(got);
        free(want);
        free(got);
    }
    char *outline = dc_render(explained, DC_FORMAT_EXPLAIN, 0, NULL);
    dc_result_free(plain);
    dc_result_free(explained);
    free(page);
    return outline;
}

/* The line of the outline that holds words, as a copy in out. */
static const char *outline_line(const char *outline, const char *words, char *out, size_t size)
{
    const char *at = strstr(outline, words);
    ck_assert_msg(at != NULL, "no line with \"%s\" in:\n%s", words, outline);
    const char *start = at;
    while (start > outline && start[-1] != '\n')
        start--;
    size_t len = strcspn(start, "\n");
    ck_assert_uint_lt(len, size);
    memcpy(out, start, len);
    out[len] = '\0';
    return out;
}

/* The line that holds words starts with decision and holds mark. */
#define assert_outline(outline, words, decision, mark)                                     \
    do {                                                                                   \
        char line_[512];                                                                   \
        outline_line((outline), (words), line_, sizeof line_);                             \
        ck_assert_msg(strncmp(line_, decision, strlen(decision)) == 0 &&                   \
                          strstr(line_, mark) != NULL,                                     \
                      "want %s and %s in: %s", decision, mark, line_);                     \
    } while (0)

/* A tail whose element the outline marks DROP with mark on the line of
 * words, and never shows absent (when not NULL). */
typedef struct explain_case {
    const char *tail;
    const char *words;
    const char *mark;
    const char *absent;
} explain_case;

static const explain_case explain_cases[] = {
    {"<p>Reporting by Jane Doe; Editing by John Roe</p>", "Reporting by Jane Doe",
     "<p> [tail: \"reporting by *\"]", NULL},
    /* loose text all of its element: the element goes, with its inline parts */
    {"<div>Get our free <b>Coast Morning</b> newsletter</div>", "Get our free",
     "<div> [tail: \"get our * newsletter*\"]", NULL},
    /* an element that wraps only what went goes with it */
    {"<div id=\"coda\"> <div><p>Reporting by Jane Doe</p></div>\n</div>", "Reporting by Jane Doe",
     "<div #coda> [tail: \"reporting by *\"]", "<p> [tail"},
};

START_TEST(test_explain_shows_drop)
{
    const explain_case *c = &explain_cases[_i];
    char *outline = page_explained(c->tail);
    assert_outline(outline, c->words, "DROP", c->mark);
    assert_outline(outline, "<article>", "KEEP", "[content root]");
    if (c->absent)
        tu_assert_lacks(outline, c->absent);
    free(outline);
}
END_TEST

/* A section's opener, and what it took: a list that went whole. */
START_TEST(test_explain_shows_section_dropped)
{
    char *outline = page_explained("<p>Tags: harbour, council</p><ul><li>Harbour</li>"
                                   "<li>Council</li></ul>");
    assert_outline(outline, "Tags: harbour", "DROP", "<p> [tail: \"tags: *\" and all below]");
    assert_outline(outline, "Harbour Council", "DROP", "<ul> [tail: below \"tags: *\"]");
    /* nothing is listed under a dropped element */
    tu_assert_lacks(outline, "<li>");
    free(outline);
}
END_TEST

/* Loose text beside a block is not all of its element, which stays, nor
 * any of that block: only a block that went whole is marked, whichever
 * comes first. */
START_TEST(test_explain_keeps_element_with_more)
{
    static const char *const tails[] = {"<div><p>Share</p>Subscribe</div>",
                                        "<div>Subscribe<p>Share</p></div>",
                                        "<div><p>Thanks for reading.</p>Subscribe</div>"};
    for (size_t i = 0; i < DCX_COUNTOF(tails); i++) {
        char *outline = page_explained(tails[i]);
        if (i < 2)
            assert_outline(outline, "Share", "DROP", "<p> [tail: \"share\"]");
        else
            assert_outline(outline, "Thanks for reading.\n", "KEEP", "<p> ");
        assert_outline(outline, "<div>", "KEEP", "<div> ");
        free(outline);
    }
}
END_TEST

/* The report marks the same blocks and counts them under the rule tail. */
START_TEST(test_report_counts_tail)
{
    char *page = tu_article_page("<p>Reporting by Jane Doe; Editing by John Roe</p>");
    dc_options opt;
    dc_options_init(&opt);
    opt.flags = DC_OPT_EXPLAIN_HTML;
    char *report = tu_render_opt(page, strlen(page), &opt, DC_FORMAT_EXPLAIN_HTML, 0, NULL);
    /* the report is long: the messages name what is missing, not the report */
    static const char *const marks[] = {
        "data-dc-rule=\"tail\" title=\"dropped | tail: &quot;reporting by *&quot; | score",
        "<dc-row><dc-c>tail</dc-c><dc-c>0</dc-c><dc-c>1</dc-c><dc-c>0</dc-c></dc-row>"};
    for (size_t i = 0; i < DCX_COUNTOF(marks); i++)
        ck_assert_msg(tu_contains(report, marks[i]), "no %s in the report", marks[i]);
    free(report);
    free(page);
}
END_TEST

static Suite *tail_suite(void)
{
    Suite *s = suite_create("tail");
    TCase *table = tcase_create("table");
    tcase_add_loop_test(table, test_entry_matches_its_example, 0, DCX_COUNTOF(tail_cases));
    tcase_add_loop_test(table, test_prose_matches_no_entry, 0, DCX_COUNTOF(prose_lines));
    tcase_add_loop_test(table, test_folded_text_matches, 0, DCX_COUNTOF(folded_cases));
    tcase_add_test(table, test_section_entries_take_the_rest);
    tcase_add_test(table, test_rights_only_when_asked);
    suite_add_tcase(s, table);

    TCase *trim = tcase_create("trim");
    tcase_add_test(trim, test_notices_after_prose_dropped);
    tcase_add_test(trim, test_short_unmatched_block_kept);
    tcase_add_test(trim, test_comment_heading_dropped);
    tcase_add_test(trim, test_first_prose_kept);
    tcase_add_test(trim, test_place_signed_thread_dropped);
    tcase_add_test(trim, test_place_signed_near_misses_kept);
    tcase_add_test(trim, test_stops_at_prose);
    tcase_add_test(trim, test_section_opener_takes_the_rest);
    tcase_add_test(trim, test_at_most_max_blocks);
    tcase_add_test(trim, test_zero_turns_it_off);
    tcase_add_test(trim, test_first_block_kept);
    tcase_add_test(trim, test_containers);
    tcase_add_test(trim, test_drops_recorded);
    tcase_add_test(trim, test_link_list_dropped_unless_numbered);
    tcase_add_test(trim, test_links_that_are_the_content_kept);
    tcase_add_test(trim, test_roll_post_kept);
    tcase_add_test(trim, test_one_linked_bullet_kept);
    tcase_add_test(trim, test_linked_sentence_kept_linked_headline_dropped);
    tcase_add_test(trim, test_linked_source_kept_linked_pointer_dropped);
    suite_add_tcase(s, trim);

    TCase *e2e = tcase_create("end-to-end");
    tcase_set_timeout(e2e, 30);
    tcase_add_loop_test(e2e, test_example_dropped_in_precision_mode, 0, DCX_COUNTOF(tail_cases));
    tcase_add_loop_test(e2e, test_language_page_tail_dropped, 0, DCX_COUNTOF(lang_pages));
    tcase_add_test(e2e, test_default_keeps_rights_line);
    tcase_add_test(e2e, test_note_under_rule_dropped);
    tcase_add_test(e2e, test_place_signed_replies_dropped_end_to_end);
    tcase_add_test(e2e, test_footnotes_under_rule_kept);
    tcase_add_loop_test(e2e, test_prose_kept_in_precision_mode, 0, DCX_COUNTOF(prose_lines));
    tcase_add_test(e2e, test_loose_link_lines_dropped);
    tcase_add_loop_test(e2e, test_loose_link_line, 0, DCX_COUNTOF(link_line_cases));
    suite_add_tcase(s, e2e);

    TCase *explain = tcase_create("explain");
    tcase_set_timeout(explain, 30);
    tcase_add_loop_test(explain, test_explain_shows_drop, 0, DCX_COUNTOF(explain_cases));
    tcase_add_test(explain, test_explain_shows_section_dropped);
    tcase_add_test(explain, test_explain_keeps_element_with_more);
    tcase_add_test(explain, test_report_counts_tail);
    suite_add_tcase(s, explain);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(tail_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
