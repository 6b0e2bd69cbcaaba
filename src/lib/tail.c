#include "tail.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "patterns.h"
#include "url.h"
#include "sizes.h"
#include "words.h"

/* Not in the rule table: no stage of the walker runs it (DCI_STAGE_COUNT);
 * dci_tail_trim does, with dci_tail_match as its predicate. */
const dci_rule dci_tail_rule = {"tail", DCI_STAGE_COUNT, DCI_ON_LEAF_BLOCK, 0, 0, NULL, NULL,
                                "tail_max_chars tail_max_blocks tail_rights tail_link_words "
                                "link_lines_min link_line_share mostly_links_share tail_rule_max_chars "
                                "tail_rule_share tail_roll_list tail_place_signatures"};

enum {
    TAIL_REST = 1,   /* opens a closing section: the blocks after it go too */
    TAIL_RIGHTS = 2  /* copyright, rights, republication: only with t->tail_rights */
};

/* A phrase shape, a glob over case-folded text (patterns.h), and TAIL_*
 * flags. */
typedef struct tail_phrase {
    const char *pattern;
    unsigned flags;
} tail_phrase;

/*
 * The shapes of closing boilerplate, first match wins. Each is anchored at
 * the block's start or names a whole phrase no sentence of an article
 * says in passing ("subscribe *", not "*subscribe*"): the trimmer looks only
 * at short blocks at the very end, but a closing sentence of prose is short
 * too. Each entry has its example in tests/check_tail.c.
 */
static const tail_phrase phrases[] = {
    /* English: sections that end the article (this block and all below) */
    {"comments", TAIL_REST},
    {"comments (*", TAIL_REST},
    {"leave a comment*", TAIL_REST},
    {"leave a reply*", TAIL_REST},
    {"post a comment*", TAIL_REST},
    {"add your comment*", TAIL_REST},
    {"trackback", TAIL_REST},
    {"related", TAIL_REST},
    {"related articles*", TAIL_REST},
    {"related stories*", TAIL_REST},
    {"related posts*", TAIL_REST},
    {"about the author*", TAIL_REST},
    {"tags", TAIL_REST},
    {"tags: *", TAIL_REST},
    {"tagged as: *", TAIL_REST},
    {"labels: *", TAIL_REST},
    {"topics: *", TAIL_REST},
    {"filed under*", TAIL_REST},
    {"rate this*", TAIL_REST},
    /* a comment form's instruction left as loose text in the form's box
     * under its dropped heading ("Join the Discussion"): the thread's
     * section begins there */
    {"after you comment, click post*", TAIL_REST},
    /* a heading over the page's suggestions, in the languages of the web */
    {"related topics", TAIL_REST},
    {"related topics: *", TAIL_REST},
    {"you might like", TAIL_REST},
    {"you might like:", TAIL_REST},
    {"you might also like", TAIL_REST},
    {"you might also like:", TAIL_REST},
    {"you may also like", TAIL_REST},
    {"you may also like:", TAIL_REST},
    {"das könnte sie auch interessieren", TAIL_REST},
    {"vous aimerez aussi", TAIL_REST},
    {"también te puede interesar", TAIL_REST},
    {"potrebbe interessarti anche", TAIL_REST},
    {"może cię zainteresować", TAIL_REST},
    {"você também pode gostar", TAIL_REST},
    /* a list's title: "More world stories from NBC News:" */
    {"more * from *:", TAIL_REST},
    {"related * from *:", TAIL_REST},
    {"more * news:", TAIL_REST},
    /* a heading over the day's other stories, in the languages of the web */
    {"other news", TAIL_REST},
    {"other news:", TAIL_REST},
    {"weitere nachrichten", TAIL_REST},
    {"andere nachrichten", TAIL_REST},
    {"autres actualités", TAIL_REST},
    {"otras noticias", TAIL_REST},
    {"altre notizie", TAIL_REST},
    {"ander nieuws", TAIL_REST},
    {"overig nieuws", TAIL_REST},
    {"outras notícias", TAIL_REST},
    {"inne wiadomości", TAIL_REST},
    {"pozostałe wiadomości", TAIL_REST},
    {"другие новости", TAIL_REST},
    /* English: one block each */
    {"comments are closed*", 0},
    {"the comments to this entry are closed*", 0},
    {"no comments yet*", 0},
    {"there are no comments*", 0},
    {"you must be logged in to post a comment*", 0},
    {"you must be logged in to post comments*", 0},
    {"reporting by *", 0},
    {"additional reporting by *", 0},
    {"editing by *", 0},
    {"writing by *", 0},
    {"our standards*", 0},
    {"©*", TAIL_RIGHTS},
    {"(c) 20*", TAIL_RIGHTS},
    {"copyright *", TAIL_RIGHTS},
    {"*all rights reserved*", TAIL_RIGHTS},
    /* the label over a blog theme's licence notice, closing its box of the
     * post's author and address ("Copyright Notice: All articles on this
     * blog are licensed under CC BY-NC-SA 4.0 unless otherwise stated."),
     * in the languages the themes are written in; "Copyright Notice" is
     * "copyright *" above. With a colon: "Droit d'auteur et ..." opens a
     * sentence. */
    {"urheberrechtshinweis:*", TAIL_RIGHTS},
    {"droit d'auteur*:*", TAIL_RIGHTS},
    {"direitos de autor:*", TAIL_RIGHTS},
    {"nota de direitos autorais:*", TAIL_RIGHTS},
    {"telif hakki bildirimi:*", TAIL_RIGHTS},
    {"информация об авторских правах:*", TAIL_RIGHTS},
    {"版权声明*", TAIL_RIGHTS},
    {"版權聲明*", TAIL_RIGHTS},
    {"著作権表示*", TAIL_RIGHTS},
    {"저작권 고지*", TAIL_RIGHTS},
    {"subscribe", 0},
    {"subscribe *", 0},
    {"to continue reading*", 0},
    {"already a subscriber?*", 0},
    {"* for subscribers only*", 0},
    {"sign up *", 0},
    {"sign-up *", 0},
    {"newsletter", 0},
    {"get our * newsletter*", 0},
    /* a closing sentence that asks the reader to sign up after a clause of
     * its own ("To receive these entries once a month by e-mail, sign up
     * for the ... Newsletter."), in the languages of the web; "readers who
     * sign up for the newsletter" tells of it */
    {"*, sign up for * newsletter*", 0},
    {"*, subscribe to * newsletter*", 0},
    {"*, abonnieren sie * newsletter*", 0},
    {"*, abonnez-vous à * newsletter*", 0},
    {"*, inscrivez-vous à * newsletter*", 0},
    {"*, suscríbete a * newsletter*", 0},
    {"*, iscriviti alla * newsletter*", 0},
    {"*, schrijf je in voor * nieuwsbrief*", 0},
    {"*, zapisz się do * newslettera*", 0},
    {"*, assine * newsletter*", 0},
    {"download our app*", 0},
    {"download the * app*", 0},
    {"get the * app*", 0},
    {"donate*", 0},
    {"please donate*", 0},
    {"make a donation*", 0},
    {"support * journalism*", 0},
    {"support us*", 0},
    {"become a member*", 0},
    /* the same appeal where the language had none: "Haz una donación", "Stöd
     * oss", "Bize destek olun" */
    {"haz una donación*", 0},
    {"stöd oss*", 0},
    {"bize destek olun*", 0},
    {"advertising", 0},
    {"sponsored*", 0},
    {"* may earn a commission*", 0},
    {"* affiliate links*", 0},
    {"follow us*", 0},
    {"follow * on linkedin*", 0},
    {"follow * full coverage*", 0},
    {"more *: http*", 0},
    {"twitter.com/*", 0},
    {"find us on *", 0},
    {"like us on *", 0},
    /* the same call naming the site: "Like The Root on Facebook", in the
     * languages of the web */
    {"like * on facebook*", 0},
    {"visit * on facebook*", 0},
    {"click like to *", 0},
    {"stay connected with *", 0},
    {"liken sie * auf facebook*", 0},
    {"aimez * sur facebook*", 0},
    {"dale me gusta a * facebook*", 0},
    {"metti mi piace a * facebook*", 0},
    {"curta * no facebook*", 0},
    {"like * op facebook*", 0},
    {"polub * na facebooku*", 0},
    /* a signature's accounts: "Twitter: @handle", "Facebook page: facebook.com/..." */
    {"twitter: @*", 0},
    {"facebook*: *facebook.com/*", 0},
    {"youtube*: *youtube.com/*", 0},
    {"share", 0},
    {"share this*", 0},
    {"share on *", 0},
    {"tweet", 0},
    {"email", 0},
    {"print", 0},
    {"copy link*", 0},
    {"pin it", 0},
    {"read more", 0},
    {"printer friendly*", 0},
    {"* is a reporter*", 0},
    {"* is a * reporter*", 0},
    {"* is a * writer*", 0},
    {"* is a * correspondent*", 0},
    {"* is a * editor*", 0},
    {"* is an editor*", 0},
    {"* is the author of *", 0},
    {"* is a freelance *", 0},
    {"* is a columnist*", 0},
    {"the views expressed *", 0},
    {"views expressed *", 0},
    {"* keep comments civil*", 0},
    /* a comment-moderation notice over the thread ("Comments are moderated
     * and will appear after approval"), in the languages of the web */
    {"*comments are moderated*", 0},
    {"*comments will be moderated*", 0},
    {"*comments are subject to moderation*", 0},
    {"*kommentare werden moderiert*", 0},
    {"*commentaires sont modérés*", 0},
    {"*commentaires * soumis à modération*", 0},
    {"*comentarios son moderados*", 0},
    {"*comentarios * no serán aprobados*", 0},
    {"*commenti sono moderati*", 0},
    {"*commenti * soggetti a moderazione*", 0},
    {"*comentários são moderados*", 0},
    {"*comentários * não serão aprovados*", 0},
    {"*reacties worden gemodereerd*", 0},
    {"*komentarze są moderowane*", 0},
    /* ru, cs, sv */
    {"*комментарии проходят модерацию*", 0},
    {"*komentáře jsou moderovány*", 0},
    {"*kommentarer* modereras*", 0},
    {"the opinions expressed in *", 0},
    {"a version of this article appeared *", 0},
    {"this article was originally published *", TAIL_RIGHTS},
    {"* originally appeared *", TAIL_RIGHTS},
    {"contact us*", 0},
    {"got a * tip?*", 0},
    /* a call for the reader's views, pictures and tips ("Have a view on this
     * story? Send us your feedback!", "When news happens: send photos,
     * videos & tip-offs to ..."), in the languages of the web */
    {"have a view on *", 0},
    {"send us your feedback*", 0},
    {"when news happens: *", 0},
    {"when you see news happening: *", 0},
    {"schreiben sie uns ihre meinung*", 0},
    {"donnez-nous votre avis*", 0},
    {"envíanos tus comentarios*", 0},
    {"dicci la tua*", 0},
    {"podziel się opinią*", 0},
    {"envie sua opinião*", 0},
    /* the same call for the reader's own experience of the story ("Are you
     * affected? Send us your experiences"), and a post's closing call to
     * share it ("If you found this post useful, please ...") */
    {"*send us your experiences*", 0},
    {"*share your experiences*", 0},
    {"if you found this * useful*", 0},
    {"if you found this * helpful*", 0},
    {"*teilen sie ihre erfahrungen*", 0},
    {"*schildern sie uns ihre erfahrungen*", 0},
    {"*partagez votre expérience*", 0},
    {"*racontez-nous votre expérience*", 0},
    {"*comparte tu experiencia*", 0},
    {"*cuéntanos tu experiencia*", 0},
    {"*condividi la tua esperienza*", 0},
    {"*raccontaci la tua esperienza*", 0},
    {"*compartilhe sua experiência*", 0},
    {"*conte-nos sua experiência*", 0},
    {"*deel je ervaring*", 0},
    {"*deel uw ervaring*", 0},
    {"*podziel się swoim doświadczeniem*", 0},
    {"posted in *", 0},
    {"this entry was posted *", 0},
    {"last updated*", 0},
    /* a page's record of its last change, alone or after the page's file
     * name and before who made it ("notes/trip.txt · Last modified:
     * 2024/03/12 10:15 by sam", a wiki's page footer), in the languages of
     * the web: never said in passing with its colon */
    {"*last modified: *", 0},
    {"*zuletzt geändert: *", 0},
    {"*dernière modification*: *", 0},
    {"*última modificación: *", 0},
    {"*ultima modifica: *", 0},
    {"*laatst gewijzigd: *", 0},
    {"*ostatnio zmienione: *", 0},
    {"*última modificação*: *", 0},
    {"*последнее изменение: *", 0},
    /* a static page's footer: its way back and who keeps it */
    {"back to top*", 0},
    {"go to top*", 0},
    {"back to home*", 0},
    {"back to * home page*", 0},
    {"back to * homepage*", 0},
    {"return to * home page*", 0},
    {"return to * homepage*", 0},
    {"return to index*", 0},
    {"go to * index page*", 0},
    {"please send *", 0},
    {"this page was *", 0},
    {"page last updated*", 0},
    {"maintained by *", 0},
    {"categories: *", 0},
    /* German */
    {"kommentare*", TAIL_REST},
    {"*alle rechte vorbehalten*", TAIL_RIGHTS},
    {"*newsletter abonnieren*", 0},
    {"jetzt *abonnieren*", 0},
    {"abonnieren*", 0},
    {"folgen sie uns*", 0},
    {"folge uns*", 0},
    {"teilen", 0},
    {"artikel teilen*", 0},
    {"mitarbeit: *", 0},
    {"mit material *", 0},
    {"anzeige", 0},
    {"werbung", 0},
    {"unterstützen sie *", 0},
    {"jetzt spenden*", 0},
    {"* ist redakteur*", 0},
    {"* ist reporter*", 0},
    {"* ist korrespondent*", 0},
    {"quelle: *", 0},
    /* the blog engines' reply form, related posts, author box, tags, and
     * a closed or empty thread (WordPress's translated strings) */
    {"schreibe einen kommentar*", TAIL_REST},
    {"hinterlasse einen kommentar*", TAIL_REST},
    {"kommentar schreiben*", TAIL_REST},
    {"ähnliche artikel*", TAIL_REST},
    {"ähnliche beiträge*", TAIL_REST},
    {"verwandte artikel*", TAIL_REST},
    {"über den autor", TAIL_REST},
    {"schlagwörter: *", TAIL_REST},
    {"schlagworte: *", TAIL_REST},
    {"noch keine kommentare", 0},
    {"noch keine kommentare vorhanden*", 0},
    {"du musst angemeldet sein, um *", 0},
    /* Polish */
    {"komentarze*", TAIL_REST},
    {"*wszelkie prawa zastrzeżone*", TAIL_RIGHTS},
    {"subskrybuj*", 0},
    {"zapisz się *", 0},
    {"obserwuj nas*", 0},
    {"udostępnij*", 0},
    {"reklama", 0},
    {"wesprzyj *", 0},
    {"pobierz aplikację*", 0},
    {"źródło: *", 0},
    {"* jest dziennikar*", 0},
    /* the reply form, related posts, author box, tags, an empty thread */
    {"dodaj komentarz*", TAIL_REST},
    {"podobne artykuły*", TAIL_REST},
    {"powiązane artykuły*", TAIL_REST},
    {"o autorze", TAIL_REST},
    {"tagi: *", TAIL_REST},
    {"brak komentarzy", 0},
    /* Spanish */
    {"comentarios*", TAIL_REST},
    {"*todos los derechos reservados*", TAIL_RIGHTS},
    {"suscríbete*", 0},
    {"suscríbase*", 0},
    {"síguenos *", 0},
    {"compartir*", 0},
    {"comparte *", 0},
    {"publicidad", 0},
    {"descarga * app*", 0},
    {"con información de *", 0},
    {"* es periodista*", 0},
    {"fuente: *", 0},
    /* the reply form, related posts, author box, tags, an empty thread */
    {"deja una respuesta*", TAIL_REST},
    {"deja un comentario*", TAIL_REST},
    {"artículos relacionados*", TAIL_REST},
    {"noticias relacionadas*", TAIL_REST},
    {"sobre el autor", TAIL_REST},
    {"etiquetas: *", TAIL_REST},
    {"los comentarios están cerrados*", 0},
    {"sin comentarios", 0},
    /* French */
    {"commentaires*", TAIL_REST},
    {"*tous droits réservés*", TAIL_RIGHTS},
    {"abonnez-vous*", 0},
    {"s'abonner*", 0},
    {"inscrivez-vous *", 0},
    {"suivez-nous *", 0},
    {"partager*", 0},
    {"publicité", 0},
    {"téléchargez l'application*", 0},
    {"faites un don*", 0},
    {"soutenez *", 0},
    {"avec afp*", 0},
    {"* est journaliste*", 0},
    {"source : *", 0},
    /* the reply form, related posts, author box, tags, an empty thread */
    {"laisser un commentaire*", TAIL_REST},
    {"laisser une réponse*", TAIL_REST},
    {"ajouter un commentaire*", TAIL_REST},
    {"articles similaires*", TAIL_REST},
    {"articles liés*", TAIL_REST},
    {"à propos de l'auteur", TAIL_REST},
    {"mots-clés: *", TAIL_REST},
    {"mots-clés : *", TAIL_REST},
    {"étiquettes: *", TAIL_REST},
    {"étiquettes : *", TAIL_REST},
    {"les commentaires sont fermés*", 0},
    {"aucun commentaire", 0},
    {"vous devez * connecté pour publier un commentaire*", 0},
    /* Italian */
    {"commenti*", TAIL_REST},
    {"*riproduzione riservata*", TAIL_RIGHTS},
    {"*tutti i diritti riservati*", TAIL_RIGHTS},
    {"abbonati*", 0},
    {"iscriviti *", 0},
    {"seguici *", 0},
    {"condividi*", 0},
    {"pubblicità", 0},
    {"scarica l'app*", 0},
    {"sostieni *", 0},
    {"* è giornalist*", 0},
    {"fonte: *", 0},
    /* the reply form, related posts, author box, tags, an empty thread */
    {"lascia un commento*", TAIL_REST},
    {"lascia una risposta*", TAIL_REST},
    {"articoli correlati*", TAIL_REST},
    {"sull'autore", TAIL_REST},
    {"i commenti sono chiusi*", 0},
    {"nessun commento", 0},
    /* Dutch */
    {"reacties*", TAIL_REST},
    {"*alle rechten voorbehouden*", TAIL_RIGHTS},
    {"abonneer*", 0},
    {"neem een abonnement*", 0},
    {"schrijf je in *", 0},
    {"meld je aan *", 0},
    {"volg ons *", 0},
    {"delen", 0},
    {"deel dit artikel*", 0},
    {"advertentie", 0},
    {"download de app*", 0},
    {"steun *", 0},
    {"* is journalist*", 0},
    {"bron: *", 0},
    /* the reply form, related posts, author box, tags, an empty thread */
    {"geef een reactie*", TAIL_REST},
    {"laat een reactie achter*", TAIL_REST},
    {"gerelateerde artikelen*", TAIL_REST},
    {"over de auteur", TAIL_REST},
    {"geen reacties", 0},
    /* Portuguese */
    {"comentários*", TAIL_REST},
    {"*todos os direitos reservados*", TAIL_RIGHTS},
    {"assine*", 0},
    {"inscreva-se*", 0},
    {"siga-nos *", 0},
    {"compartilhe*", 0},
    {"partilhe*", 0},
    {"publicidade", 0},
    {"baixe o app*", 0},
    {"baixe o aplicativo*", 0},
    {"apoie *", 0},
    {"* é jornalista*", 0},
    /* the reply form, related posts, author box, tags, an empty thread */
    {"deixe um comentário*", TAIL_REST},
    {"deixe uma resposta*", TAIL_REST},
    {"artigos relacionados*", TAIL_REST},
    {"notícias relacionadas*", TAIL_REST},
    {"sobre o autor", TAIL_REST},
    {"nenhum comentário", 0},
    /* Indonesian */
    {"iklan", 0},
    /* Russian */
    {"комментарии*", TAIL_REST},
    {"*все права защищены*", TAIL_RIGHTS},
    {"подпишитесь*", 0},
    {"подписывайтесь*", 0},
    {"подписаться*", 0},
    {"поделиться*", 0},
    {"реклама", 0},
    {"скачайте приложение*", 0},
    {"поддержите *", 0},
    {"читайте нас в *", 0},
    {"следите за нами *", 0},
    {"источник: *", 0},
    /* the reply form, related posts, author box, tags, an empty thread */
    {"добавить комментарий*", TAIL_REST},
    {"оставить комментарий*", TAIL_REST},
    {"оставьте комментарий*", TAIL_REST},
    {"похожие статьи*", TAIL_REST},
    {"похожие записи*", TAIL_REST},
    {"материалы по теме*", TAIL_REST},
    {"об авторе", TAIL_REST},
    {"теги: *", TAIL_REST},
    {"метки: *", TAIL_REST},
    {"нет комментариев", 0},
    /* Czech */
    {"komentáře", TAIL_REST},
    {"komentáře (*", TAIL_REST},
    {"napsat komentář*", TAIL_REST},
    {"přidat komentář*", TAIL_REST},
    {"související články*", TAIL_REST},
    {"*všechna práva vyhrazena*", TAIL_RIGHTS},
    {"sdílet", 0},
    {"zdroj: *", 0},
    /* Swedish ("kommentarer" is German's "kommentare*") */
    {"lämna ett svar*", TAIL_REST},
    {"lämna en kommentar*", TAIL_REST},
    {"relaterade artiklar*", TAIL_REST},
    {"*alla rättigheter förbehållna*", TAIL_RIGHTS},
    {"dela", 0},
    {"källa: *", 0},
    /* Turkish */
    {"yorumlar", TAIL_REST},
    {"yorumlar (*", TAIL_REST},
    {"bir yanit yazin*", TAIL_REST},
    {"bir cevap yazin*", TAIL_REST},
    {"ilgili haberler*", TAIL_REST},
    {"benzer haberler*", TAIL_REST},
    {"*tüm haklari saklidir*", TAIL_RIGHTS},
    {"paylaş", 0},
    {"kaynak: *", 0},
    /* the sections and notices the languages above lacked beside their
     * English ones: a heading over suggestions, other news, tags and
     * categories, the author's box, an empty or closed thread, a rating
     * widget, the editors' disclaimer, where the story first ran, a call
     * to follow, subscribe or get the app */
    {"ihr kommentar", TAIL_REST},
    {"ihr kommentar:", TAIL_REST},
    {"ihr kommentar zum artikel*", TAIL_REST},
    {"ihr kommentar zum thema*", TAIL_REST},
    {"kategorie: *", TAIL_REST},   /* German, Polish and Czech */
    {"kategorien: *", TAIL_REST},
    {"abgelegt unter*", TAIL_REST},
    {"artikel bewerten*", 0},
    {"dieser artikel erschien zuerst *", TAIL_RIGHTS},
    {"zuletzt aktualisiert*", 0},
    {"catégorie : *", TAIL_REST},
    {"catégories : *", TAIL_REST},
    {"catégories: *", TAIL_REST},
    {"notez cet article*", 0},
    {"les opinions exprimées dans cet *", 0},
    {"cet article a été publié initialement *", TAIL_RIGHTS},
    {"cet article a initialement été publié *", TAIL_RIGHTS},
    {"dernière mise à jour*", 0},
    {"categoría: *", TAIL_REST},
    {"categorías: *", TAIL_REST},
    {"archivado en*", TAIL_REST},
    {"valora este artículo*", 0},
    {"las opiniones expresadas en este *", 0},
    {"este artículo fue publicado originalmente *", TAIL_RIGHTS},
    {"última actualización*", 0},
    {"ti potrebbe interessare*", TAIL_REST},
    {"tag: *", TAIL_REST},
    {"categoria: *", TAIL_REST},
    {"categorie: *", TAIL_REST},   /* Italian and Dutch */
    {"vota questo articolo*", 0},
    {"le opinioni espresse in questo *", 0},
    {"questo articolo è stato pubblicato originariamente *", TAIL_RIGHTS},
    {"ultimo aggiornamento*", 0},
    {"dit vind je misschien ook leuk*", TAIL_REST},
    {"categorieën: *", TAIL_REST},
    {"beoordeel dit artikel*", 0},
    {"dit artikel verscheen eerder *", TAIL_RIGHTS},
    {"laatst bijgewerkt*", 0},
    {"com informações d*", 0},
    {"categorias: *", TAIL_REST},
    {"avalie este artigo*", 0},
    {"as opiniões expressas neste *", 0},
    {"este artigo foi publicado originalmente *", TAIL_RIGHTS},
    {"última atualização*", 0},
    {"kategoria: *", TAIL_REST},
    {"oceń artykuł*", 0},
    {"artykuł ukazał się pierwotnie *", TAIL_RIGHTS},
    {"ostatnia aktualizacja*", 0},
    {"вам также может понравиться*", TAIL_REST},
    {"категория: *", TAIL_REST},
    {"категории: *", TAIL_REST},
    {"рубрика: *", TAIL_REST},
    {"рубрики: *", TAIL_REST},
    {"оцените статью*", 0},
    {"мнение редакции может не совпадать *", 0},
    {"последнее обновление*", 0},
    /* Czech */
    {"o autorovi", TAIL_REST},
    {"štítky: *", TAIL_REST},
    {"další zprávy", TAIL_REST},
    {"žádné komentáře", 0},
    {"sledujte nás*", 0},
    {"předplaťte si *", 0},
    {"stáhněte si aplikaci*", 0},
    {"podpořte *", 0},
    {"ohodnoťte článek*", 0},
    {"poslední aktualizace*", 0},
    /* Swedish */
    {"du kanske också gillar*", TAIL_REST},
    {"om författaren", TAIL_REST},
    {"taggar: *", TAIL_REST},
    {"kategorier: *", TAIL_REST},
    {"fler nyheter", TAIL_REST},
    {"inga kommentarer", 0},
    {"följ oss*", 0},
    {"prenumerera *", 0},
    {"ladda ner appen*", 0},
    {"senast uppdaterad*", 0},
    /* Turkish */
    {"bunlar da ilginizi çekebilir*", TAIL_REST},
    {"ilginizi çekebilir*", TAIL_REST},
    {"yazar hakkinda", TAIL_REST},
    {"etiketler: *", TAIL_REST},
    {"kategori: *", TAIL_REST},
    {"diğer haberler", TAIL_REST},
    {"henüz yorum yapilmamiş*", 0},
    {"bizi takip edin*", 0},
    {"abone ol*", 0},
    {"uygulamayi indir*", 0},
    {"son güncelleme*", 0},
    /* the closing lines the audit still found missing: a heading over
     * suggestions (cs), the category line under a post (WordPress's
     * translated "Filed under", with its colon where a sentence could open
     * with the same words), the call to get the app (de), an agency's or a
     * colleague's credit (pl, cs), the author's line (ru, cs, sv, tr), a
     * rating widget (sv, tr), the editors' disclaimer, where the story first
     * ran, a moderation notice (tr), the calls for the reader's experience,
     * like, sign-up and views */
    {"mohlo by se vám líbit", TAIL_REST},
    {"mohlo by se vám také líbit", TAIL_REST},
    {"classé dans: *", TAIL_REST},
    {"classé dans : *", TAIL_REST},
    {"archiviato in: *", TAIL_REST},
    {"opgeslagen onder: *", TAIL_REST},
    {"arquivado em: *", TAIL_REST},
    {"opublikowano w kategorii *", TAIL_REST},
    {"опубликовано в рубрике *", TAIL_REST},
    {"publikováno v rubrice *", TAIL_REST},
    {"arkiverad under: *", TAIL_REST},
    {"kategoriler: *", TAIL_REST},
    {"laden sie unsere app*", 0},
    {"app herunterladen*", 0},
    {"jetzt *app herunterladen*", 0},
    {"współpraca: *", 0},
    {"spolupracovali: *", 0},
    {"* — журналист*", 0},
    {"* — корреспондент *", 0},
    {"* je novinář*", 0},
    {"* je redaktor*", 0},
    {"* är journalist*", 0},
    {"* är reporter*", 0},
    {"* gazetecidir*", 0},
    {"betygsätt artikeln*", 0},
    {"betygsätt denna artikel*", 0},
    {"bu haberi puanlayin*", 0},
    {"die in diesem * geäusserten meinungen *", 0},
    {"de in dit * geuite meningen *", 0},
    {"opinie wyrażone w tym *", 0},
    {"názory vyjádřené v tomto *", 0},
    {"åsikter som uttrycks i * är *", 0},
    {"yazidaki görüşler *", 0},
    {"статья впервые опубликована *", TAIL_RIGHTS},
    {"článek původně vyšel *", TAIL_RIGHTS},
    {"artikeln publicerades först *", TAIL_RIGHTS},
    {"bu yazi ilk olarak *", TAIL_RIGHTS},
    {"*yorumlar * onayindan sonra yayinlanir*", 0},
    {"*поделитесь своим опытом*", 0},
    {"*podělte se o své zkušenosti*", 0},
    {"*dela dina erfarenheter*", 0},
    {"*deneyimlerinizi paylaşin*", 0},
    {"dejte * like na facebooku*", 0},
    {"gilla * på facebook*", 0},
    {"* facebook'ta beğenin*", 0},
    {"присоединяйтесь к нам в facebook*", 0},
    {"*, подпишитесь на * рассылку*", 0},
    {"*, přihlaste se k odběru * newsletter*", 0},
    {"*, prenumerera på * nyhetsbrev*", 0},
    {"*, *bültenimize abone olun*", 0},
    {"wat vind jij ervan?*", 0},
    {"поделитесь своим мнением*", 0},
    {"napište nám svůj názor*", 0},
    {"tyck till*", 0},
    {"görüşlerinizi bekliyoruz*", 0},
    /* Korean ("관련 기사*" below) beside Japanese and Chinese */
    {"관련기사", TAIL_REST},
    {"おすすめ記事", TAIL_REST},
    {"推荐阅读", TAIL_REST},
    {"推薦閱讀", TAIL_REST},
    /* Japanese and Chinese, written without spaces: whole lines only */
    {"関連記事", TAIL_REST},
    {"コメント", TAIL_REST},
    {"コメントを残す", TAIL_REST},
    {"相关文章", TAIL_REST},
    {"相關文章", TAIL_REST},
    {"相关阅读", TAIL_REST},
    {"延伸阅读", TAIL_REST},
    {"延伸閱讀", TAIL_REST},
    {"发表评论", TAIL_REST},
    {"發表評論", TAIL_REST},
    /* their share controls and rights lines (a colon and what follows it
     * is a control's list: 分享到：微信 | 微博) */
    {"分享", 0},
    {"分享到", 0},
    {"分享到：*", 0},
    {"分享：*", 0},
    {"シェア", 0},
    {"シェアする", 0},
    {"この記事をシェアする*", 0},
    {"*版权所有*", TAIL_RIGHTS},
    {"*版權所有*", TAIL_RIGHTS},
    {"*無断転載を禁じます*", TAIL_RIGHTS},
    {"*無断転載禁止*", TAIL_RIGHTS},
    /* Korean */
    {"공유하기", 0},
    {"댓글", TAIL_REST},
    {"관련 기사*", TAIL_REST},
    {"*무단 전재 및 재배포 금지*", TAIL_RIGHTS},
    {"*무단전재 및 재배포 금지*", TAIL_RIGHTS},
    /* Arabic ("شارك" opens sentences too, "took part": alone or with a colon) */
    {"شارك", 0},
    {"شارك:*", 0},
    {"شارك هذا المقال*", 0},
    {"شارك الخبر*", 0},
    {"مشاركة", 0},
    {"التعليقات", TAIL_REST},
    {"التعليقات (*", TAIL_REST},
    {"أضف تعليق*", TAIL_REST},
    {"مقالات ذات صلة*", TAIL_REST},
    {"أخبار ذات صلة*", TAIL_REST},
    {"*جميع الحقوق محفوظة*", TAIL_RIGHTS},
    /* Hebrew */
    {"שתפו", 0},
    {"שתף", 0},
    {"תגובות", TAIL_REST},
    {"כתבות נוספות*", TAIL_REST},
    {"*כל הזכויות שמורות*", TAIL_RIGHTS},
    /* Greek */
    {"κοινοποίηση", 0},
    {"μοιραστείτε το*", 0},
    {"σχόλια", TAIL_REST},
    {"σχετικά άρθρα*", TAIL_REST},
    {"*με επιφύλαξη παντόσ δικαιώματοσ*", TAIL_RIGHTS}, /* a final ς folds to σ */
    /* Hindi */
    {"शेयर करें", 0},
    {"शेयर करें:*", 0},
    {"यह लेख शेयर करें*", 0},
    {"टिप्पणियाँ", TAIL_REST},
    {"टिप्पणियाँ (*", TAIL_REST},
    {"संबंधित खबरें*", TAIL_REST},
    {"*सर्वाधिकार सुरक्षित*", TAIL_RIGHTS},
    /* Thai, written without spaces: whole lines, but for the rights */
    {"แชร์", 0},
    {"แชร์:*", 0},
    {"แชร์บทความนี้", 0},
    {"ความคิดเห็น", TAIL_REST},
    {"ข่าวที่เกี่ยวข้อง", TAIL_REST},
    {"*สงวนลิขสิทธิ์*", TAIL_RIGHTS},
};

/* Bytes that may open a block before its words: bullets, dashes, quotes. */
static const char *const openers[] = {" ", "-", "*", "|", ">", "\xe2\x80\xa2", "\xc2\xb7",
                                      "\xe2\x80\x93", "\xe2\x80\x94", "\xc2\xbb", "\xc2\xab", "["};

/* Skips the openers at the start of s. */
static const char *skip_openers(const char *s)
{
    for (size_t i = 0; i < DCX_COUNTOF(openers);) {
        size_t n = strlen(openers[i]);
        if (strncmp(s, openers[i], n) == 0) {
            s += n;
            i = 0;
        } else {
            i++;
        }
    }
    return s;
}

/* The first entry of the table that text (len bytes) matches, into
 * *found: 1, 0 for none, -1 when memory ran out. A rights line counts only
 * when rights is set; without it the line stays whatever else it says
 * after its notice ("Copyright 2012 ... All rights reserved. Links in this
 * post may be to our affiliates"): the human-marked texts keep it whole. */
static int find_phrase(const char *text, size_t len, int rights, const tail_phrase **found)
{
    char *folded;
    long n = dci_casefold(text, len, &folded);
    if (n == UTF8PROC_ERROR_NOMEM)
        return -1;
    if (n < 0)
        return 0;
    dci_plain_punctuation(folded);
    const char *s = skip_openers(folded);
    *found = NULL;
    dci_glob_text t;
    dci_glob_text_init(&t, s);
    for (size_t i = 0; i < DCX_COUNTOF(phrases) && !*found; i++)
        if (dci_glob_first_fits(phrases[i].pattern, &t) &&
            dci_glob_match_text(phrases[i].pattern, &t)) {
            if (!rights && (phrases[i].flags & TAIL_RIGHTS))
                break;
            *found = &phrases[i];
        }
    free(folded);
    return *found != NULL;
}

int dci_tail_match(const char *text, size_t len, int rights, const char **pattern, int *rest)
{
    const tail_phrase *phrase;
    int m = find_phrase(text, len, rights, &phrase);
    if (m == 1) {
        *pattern = phrase->pattern;
        *rest = (phrase->flags & TAIL_REST) != 0;
    }
    return m;
}

int dci_tail_rights(const char *text, size_t len)
{
    const tail_phrase *phrase;
    int m = find_phrase(text, len, 1, &phrase);
    return m == 1 ? (phrase->flags & TAIL_RIGHTS) != 0 : m;
}

static dci_block *last_leaf(dci_block *b)
{
    while (b->last_child)
        b = b->last_child;
    return b;
}

/* The leaf before b in document order within root, or NULL. */
static dci_block *prev_leaf(dci_block *b, const dci_block *root)
{
    for (; b != root; b = b->parent)
        if (b->prev)
            return last_leaf(b->prev);
    return NULL;
}

/* Tables and code are content of their own kind, never closing notices. */
static int in_table_or_code(const dci_block *b, const dci_block *root)
{
    for (; b && b != root; b = b->parent)
        if (b->kind == DCI_BLOCK_TABLE || b->kind == DCI_BLOCK_CODE)
            return 1;
    return 0;
}

static size_t count_leaves(dci_block *root, size_t max)
{
    size_t n = 0;
    for (dci_block *b = last_leaf(root); b != root && b && n < max; b = prev_leaf(b, root))
        n++;
    return n;
}

/* A leaf looked at: pattern is the entry that drops it, NULL when kept. */
typedef struct tail_seen {
    dci_block *block;
    const char *pattern;
    dci_tail_reason reason;
} tail_seen;

/* An opener's section: the blocks below it that no entry of their own
 * drops go with it. */
static void take_below(tail_seen *seen, size_t n, const char *opener)
{
    for (size_t i = 0; i < n; i++) {
        if (!seen[i].pattern) {
            seen[i].pattern = opener;
            seen[i].reason = DCI_TAIL_BELOW;
        }
    }
}

/* The text of root's leaves, in bytes. */
static size_t text_chars(dci_block *root)
{
    size_t chars = 0;
    for (dci_block *b = last_leaf(root); b && b != root; b = prev_leaf(b, root))
        chars += b->text_len;
    return chars;
}

/* Unmarks the lines of links of seen[0..n): they are most of the text. */
static void spare_rolls(tail_seen *seen, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (seen[i].reason == DCI_TAIL_LINKS)
            seen[i].pattern = NULL;
}

/* In an item of a numbered list: the article's own list of links, or its
 * references. */
static int in_numbered_list(const dci_block *b)
{
    for (; b->parent; b = b->parent)
        if (b->kind == DCI_BLOCK_ITEM && b->parent->kind == DCI_BLOCK_LIST && b->parent->level == 1)
            return 1;
    return 0;
}

/* Whether b's text is one sentence written out (a comma, a full stop):
 * a linked sentence in the article's text, not the headline of another
 * page. */
static int reads_as_sentence(const dci_block *b, const dci_tuning *t)
{
    dci_sentence s = {.wide = t->wide_char_weight};
    for (const dci_run *r = b->first_run; r; r = r->next)
        if (!(r->style & (DCI_RUN_BREAK | DCI_RUN_IMAGE)))
            dci_sentence_add(&s, r->text, r->len);
    return dci_sentence_is(&s, t->sentence_min_chars);
}

/*
 * Whether b is written as links to other pages and nothing else: each of
 * its lines (set apart by line breaks) a link with no word beside it
 * ("- <a>Toskala gets first shootout win</a>"), of min_words words or
 * more when b has fewer than link_lines_min lines (a headline, not a
 * source's name: "[<a>Via TN</a>]"); with link_lines_min lines or more,
 * link_line_share of them (a title over the list, "Slammer for Rammer",
 * the page's own story, unlinked). The link-line rule judges such lines
 * when an element holds them; loose in the article's box, as a blog engine
 * writes its list of other posts under the text, they reach the end of
 * the content tree. One line that reads as a sentence is the article's, and
 * so is one naming the site where the story goes on, its source ("Read it
 * at New Scientist").
 */
static int is_link_block(const dci_block *b, const dci_tuning *t, unsigned min_words)
{
    if (t->tail_link_words == 0 || b->kind == DCI_BLOCK_HEADING || in_numbered_list(b) ||
        !b->first_run)
        return 0;
    unsigned lines = 0, linked = 0, headlines = 0;
    size_t in = 0, out = 0;
    for (const dci_run *r = b->first_run;; r = r->next) {
        if (!r || (r->style & DCI_RUN_BREAK)) {
            lines += in + out > 0;
            linked += in > 0 && out == 0;
            headlines += in >= min_words && out == 0;
            in = out = 0;
            if (!r)
                break;
        } else if (!(r->style & DCI_RUN_IMAGE)) {
            /* a script's link, resolved to "", leads to no page */
            size_t words = dci_count_spaced_words(r->text, r->len);
            if (r->href && *r->href && !dci_url_is_script(r->href) && !dci_opens_with_address(r->text, r->len))
                in += words;
            else
                out += words;
        }
    }
    if (lines == 1 && (reads_as_sentence(b, t) || dci_match_source_call(b->text, b->text_len)))
        return 0;
    if (lines < t->link_lines_min)
        return lines > 0 && headlines == lines;
    return dci_share_reached(linked, lines, t->link_line_share);
}

/* Whether every leaf of item (itself, or its children) with text is a
 * link block of any length. */
static int item_of_links(const dci_block *item, const dci_tuning *t)
{
    if (!item->first_child)
        return is_link_block(item, t, 1);
    for (const dci_block *c = item->first_child; c; c = c->next)
        if (c->first_child || (c->text_len && !is_link_block(c, t, 1)))
            return 0;
    return 1;
}

/* Whether mostly_links_share of list's items with text are made of links:
 * a list of links (the page's own story unlinked among them). */
static int list_of_links(const dci_block *list, const dci_tuning *t)
{
    unsigned items = 0, linked = 0;
    for (const dci_block *item = list->first_child; item; item = item->next) {
        if (item->kind != DCI_BLOCK_ITEM || (!item->first_child && item->text_len == 0))
            continue;
        items++;
        linked += item_of_links(item, t);
    }
    return dci_share_reached(linked, items, t->mostly_links_share);
}

/* The last list judged by list_of_links, and its verdict: the scan meets
 * a list's items one after the other, and judging the list again for each
 * was quadratic in its length. */
typedef struct list_verdict {
    const dci_block *list;
    int of_links;
} list_verdict;

/* b is a link block, and when in an item of a list, that list is a list of
 * links: not one link among the article's bullets ("Buy the harbour map"
 * under a meal plan). */
static int is_link_roll(const dci_block *b, const dci_tuning *t, list_verdict *last)
{
    if (!is_link_block(b, t, t->tail_link_words))
        return 0;
    const dci_block *item = b->kind == DCI_BLOCK_ITEM ? b : b->parent;
    if (!item || item->kind != DCI_BLOCK_ITEM || !item->parent)
        return 1;
    if (last->list != item->parent)
        *last = (list_verdict){item->parent, list_of_links(item->parent, t)};
    return last->of_links;
}

/* The node before n in the page's order: its previous sibling's last
 * descendant, else its parent; NULL at the top. */
static const dci_node *node_before(const dci_node *n)
{
    if (!n->prev)
        return n->parent;
    for (n = n->prev; n->last_child; n = n->last_child) {
    }
    return n;
}

static int holds_node(const dci_node *a, const dci_node *n)
{
    for (; n; n = n->parent)
        if (n == a)
            return 1;
    return 0;
}

/* How many nodes back from a block its rule is looked for. */
enum { RULE_LOOK = 64 };

/* Whether a horizontal rule (<hr>) stands in the page between the leaf
 * before b and b. */
static int ruled_off(const dci_block *b, const dci_block *before)
{
    if (!b->source || !before->source)
        return 0;
    const dci_node *n = b->source;
    for (unsigned i = 0; i < RULE_LOOK; i++) {
        n = node_before(n);
        if (!n || holds_node(before->source, n))
            return 0;
        if (n->type == DCI_NODE_ELEMENT && n->tag == GUMBO_TAG_HR && !(n->flags & DCI_DROPPED))
            return 1;
    }
    return 0;
}

/* How far into a block its label may end, and how many words it has. */
enum { LABEL_MAX_CHARS = 24, LABEL_MAX_WORDS = 3 };

/* Whether s opens with a label of a few words and a colon, "Note:", "More
 * information:", over the text it introduces: a note of the article's, or
 * its reference. Chinese and Japanese set the full-width colon, with no
 * space after it ("来源：新华社", "注：..."). */
static int opens_with_label(const char *s, size_t len)
{
    unsigned words = 1;
    for (size_t i = 1; i < len && i <= LABEL_MAX_CHARS; i++) {
        size_t colon = dci_colon_len(s + i, len - i);
        if (colon == 1)
            return i + 1 < len && s[i + 1] == ' ';
        if (colon)
            return i + colon < len;
        if (s[i] == ' ' && ++words > LABEL_MAX_WORDS)
            return 0;
        if (strchr(".,;!?", s[i]))
            return 0;
    }
    return 0;
}

/* Whether b opens as a footnote does, "1. ", "[1]", "(1)", "* " or "†":
 * the article's notes, which a page sets under a rule too. */
static int opens_note(const dci_block *b)
{
    const char *s = b->text;
    size_t len = b->text_len, i = 0;
    if (in_numbered_list(b))
        return 1;
    if (len && (s[0] == '*' || s[0] == '[' || s[0] == '('))
        i = 1;
    if (i == 1 && s[0] == '*')
        return 1;
    if (len >= 3 && strncmp(s, "\xe2\x80\xa0", 3) == 0)
        return 1;
    unsigned digits;
    i += dci_digit_run(s + i, len - i, 3, &digits, NULL);
    if (digits > 0 && i < len && s[i] && strchr(".)]", s[i]))
        return 1;
    return opens_with_label(s, len);
}

/* How far up from a leaf its footnote's item may be (<li><p>note <a>). */
enum { NOTE_ITEM_LOOK = 3 };

/* Whether b is in one of the article's footnotes (an item named for the
 * mark in the text, linking back to it). *seen is the item last looked
 * at, each item looked into once. */
static int in_note_item(const dci_block *b, const dci_node **seen)
{
    const dci_node *n = b->source;
    for (unsigned i = 0; n && i < NOTE_ITEM_LOOK; i++, n = n->parent) {
        if (n->type != DCI_NODE_ELEMENT || n->tag != GUMBO_TAG_LI)
            continue;
        if (n == *seen)
            return 0;
        *seen = n;
        return dci_is_note_item(n);
    }
    return 0;
}

/* How many leaves at the end of root the page sets apart under a rule: the
 * blocks after the last <hr> between two leaves, when they hold at most
 * tail_rule_max_chars and at most tail_rule_share of the text (a note
 * about the company, the site's notices); 0 when none. Not when the
 * article's footnotes are among them: the notes close the article, and a
 * rule above them sets off the article's own last part (a Markdown
 * post's "---" before its closing lines, or above its notes). */
static size_t ruled_tail(dci_block *root, const dci_tuning *t)
{
    if (!t->tail_rule_max_chars)
        return 0;
    size_t n = 0, chars = 0;
    const dci_node *item = NULL;
    for (dci_block *b = last_leaf(root), *prev; b && b != root; b = prev) {
        prev = prev_leaf(b, root);
        chars += b->text_len;
        n++;
        if (!prev || chars > t->tail_rule_max_chars || in_note_item(b, &item))
            return 0;
        if (ruled_off(b, prev))
            return opens_note(b) || dci_share_reached((unsigned)chars, (unsigned)text_chars(root),
                                                      t->tail_rule_share)
                       ? 0
                       : n;
    }
    return 0;
}

/*
 * Whether b names a thread of comments among the closing blocks: a heading
 * ("111 Responses to “My New Project”", "0 Comments »"), or a line counting
 * them ("{ 3 comments }"; without a count, "Comments" alone may be a tab's
 * label). The thread under it has gone (a thread's own rules, a comment
 * form's) or never was: it heads nothing of the article's. Its marks at
 * either end are trimmed.
 */
static int comment_heading(const dci_block *b, const dci_tuning *t)
{
    return t->tail_comment_heading &&
           dci_match_comment_count(b->text, b->text_len, b->kind != DCI_BLOCK_HEADING);
}

/* The list whose item b is (or is in), or NULL. */
static dci_block *list_of_item(dci_block *b)
{
    dci_block *item = b->kind == DCI_BLOCK_ITEM ? b : b->parent;
    if (!item || item->kind != DCI_BLOCK_ITEM || !item->parent)
        return NULL;
    return item->parent->kind == DCI_BLOCK_LIST ? item->parent : NULL;
}

static dci_block *first_leaf(dci_block *b)
{
    while (b->first_child)
        b = b->first_child;
    return b;
}

/* The leaf after b in document order within root, or NULL. */
static dci_block *next_leaf(dci_block *b, const dci_block *root)
{
    for (; b != root; b = b->parent)
        if (b->next)
            return first_leaf(b->next);
    return NULL;
}

/* The article's first line of prose (t->prose_min_chars), or NULL: with
 * t->tail_first_prose no closing notice, however it reads ("Download the
 * app today, join the experiment..."), for a short post of links and
 * one-word lines around it says what the post is about. One walk, stopping
 * there. */
static const dci_block *first_prose(dci_block *root, const dci_tuning *t)
{
    if (!t->tail_first_prose || !root->first_child)
        return NULL;
    for (dci_block *b = first_leaf(root); b && b != root; b = next_leaf(b, root))
        if (b->text_len >= t->prose_min_chars)
            return b;
    return NULL;
}

/* ------------------------------------------------------------ signed threads */

enum {
    PLACE_SIG_MAX = 80,      /* the longest signature, in bytes */
    PLACE_SIG_PARTS = 4,     /* the most parts: name, town, region, country */
    PLACE_SIG_WORDS = 4,     /* the most words of one part */
    PLACE_SIG_GAP = 12,      /* the most blocks of one comment */
    PLACE_SIG_NAMES = 64,    /* the signatures whose names are compared */
    PLACE_SIG_PAGE = 4       /* a thread this many times the body's text is the page */
};

/* The length of the dash, en dash, em dash or tilde a reader's signature
 * may open with at s, or 0. */
static size_t sig_dash(const char *s)
{
    if (*s == '-' || *s == '~')
        return 1;
    if ((unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
        ((unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x94))
        return 3;
    return 0;
}

/*
 * Whether line is a reader's signature closing a comment, told by its text: a
 * short line of two to PLACE_SIG_PARTS parts set apart by commas, the name
 * and the place ("- Louise, Lancaster, UK", "Blake B, los angeles,",
 * "James Parker, Kensington, U.S.A. / Connecticut"), each part of one to
 * PLACE_SIG_WORDS words, with no digit, no mark of a sentence ("!?:;" or
 * quotes) and no final full stop but an abbreviation's. Sets *name and
 * *len to its first part.
 */
static int place_signature(const char *line, size_t line_len, const char **name, size_t *len)
{
    if (line_len < 5 || line_len > PLACE_SIG_MAX)
        return 0;
    const char *s = line, *end = line + line_len;
    s += sig_dash(s);
    while (s < end && *s == ' ')
        s++;
    *name = s;
    *len = 0;
    unsigned parts = 1, words = 0, letters = 0;
    int in_word = 0, named = 0;
    for (; s < end; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= '0' && c <= '9')
            return 0;
        if (c == ',') {
            if (!letters || words > PLACE_SIG_WORDS)
                return 0;
            if (!named) {
                *len = (size_t)(s - *name);
                named = 1;
            }
            parts++;
            words = letters = 0;
            in_word = 0;
            continue;
        }
        if (c == ' ') {
            in_word = 0;
            continue;
        }
        if (strchr("!?:;\"()[]|@#=+*<>", c) || (c == 0xE2 && s + 2 < end &&
                                                (unsigned char)s[1] == 0x80 &&
                                                (unsigned char)s[2] >= 0x9C &&
                                                (unsigned char)s[2] <= 0x9F))
            return 0;   /* a sentence's marks, or its quotes */
        if (!in_word) {
            in_word = 1;
            words++;
        }
        letters += c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }
    if (parts > PLACE_SIG_PARTS + 1 || words > PLACE_SIG_WORDS || !named)
        return 0;
    if (!letters)
        parts--;   /* a trailing comma */
    if (parts < 2 || parts > PLACE_SIG_PARTS || !(isalpha((unsigned char)**name) ||
                                                  (unsigned char)**name >= 0x80))
        return 0;
    /* a full stop ends a sentence, not an abbreviation ("U.S.A.", "C.") */
    if (end[-1] == '.') {
        const char *w = end - 1;
        while (w > line && w[-1] != ' ' && w[-1] != ',')
            w--;
        if (!memchr(w, '.', (size_t)(end - 1 - w)) && end - 1 - w > 2)
            return 0;
    }
    return 1;
}

/* Whether b ends with a reader's signature (place_signature): b's text,
 * or its last line when the comment and its signature are set apart by a
 * line break in one paragraph; sets *own to the characters of b's text
 * before that line. */
static int signed_block(const dci_block *b, const char **name, size_t *len, size_t *own)
{
    if (b->kind == DCI_BLOCK_HEADING || b->kind == DCI_BLOCK_CODE || b->text_len == 0)
        return 0;
    const char *line = b->text + b->text_len;
    while (line > b->text && line[-1] != '\n' && b->text + b->text_len - line <= PLACE_SIG_MAX)
        line--;
    *own = (size_t)(line - b->text);
    return place_signature(line, b->text_len - *own, name, len);
}

/* The leaf before b with text, or NULL. */
static dci_block *prev_text_leaf(dci_block *b, const dci_block *root)
{
    do
        b = prev_leaf(b, root);
    while (b && b->text_len == 0);
    return b;
}

/*
 * A thread of readers' comments ending the article, each closed by its
 * signature of a name and a place (place_signature) and no time: at least
 * t->tail_place_signatures signatures, each after one to PLACE_SIG_GAP
 * blocks of the comment's text, two thirds of them with different names,
 * the last the article's last line. The thread begins at a heading over the
 * first comment no further up than the longest comment ("Reader views
 * (5)"), else as many blocks up as the shortest comment; the article's body
 * (t->body_block_prose characters, and a PLACE_SIG_PAGE-th of the thread's)
 * stays above it. Marks the thread's blocks in seen, from the end up;
 * returns how many (0 when there is no such thread). Runs after the
 * closing notices under the thread have gone; one walk up from the end.
 */
static size_t signed_thread(dci_block *root, const dci_tuning *t, tail_seen *seen, size_t max)
{
    if (!t->tail_place_signatures)
        return 0;
    dci_block *b = last_leaf(root);
    if (b->text_len == 0)
        b = prev_text_leaf(b, root);
    const char *names[PLACE_SIG_NAMES];
    size_t lens[PLACE_SIG_NAMES];
    const char *name;
    size_t len, own;
    if (!b || !signed_block(b, &name, &len, &own))
        return 0;
    unsigned sigs = 1, distinct = 1, gap = 0, widest = 0, shortest = UINT32_MAX;
    names[0] = name;
    lens[0] = len;
    dci_block *top = b;
    size_t top_own = own, sig_chars = b->text_len - own, said = own;
    for (dci_block *c = prev_text_leaf(b, root); c && gap < PLACE_SIG_GAP;
         c = prev_text_leaf(c, root)) {
        if (c->kind == DCI_BLOCK_HEADING)
            break;
        if (!signed_block(c, &name, &len, &own)) {
            gap++;
            said += c->text_len;
            continue;
        }
        if (gap == 0 && top_own == 0)
            return 0;   /* two signatures in a row: a list of names, not replies */
        widest = gap > widest ? gap : widest;
        shortest = gap < shortest ? gap : shortest;
        gap = 0;
        top = c;
        top_own = own;
        said += own;
        sig_chars += c->text_len - own;
        if (sigs++ >= PLACE_SIG_NAMES)
            continue;
        distinct = dci_name_set_add(names, lens, distinct, name, len);
    }
    if (sigs < t->tail_place_signatures ||
        distinct * 3 < (sigs < PLACE_SIG_NAMES ? sigs : PLACE_SIG_NAMES) * 2)
        return 0;
    /* the first comment: up to a heading over it (past an introducing
     * line), or as long as the shortest, its text in the signature's block
     * or above it */
    dci_block *start = NULL, *c = top;
    for (unsigned up = 0; up <= widest + 1 && (c = prev_text_leaf(c, root)); up++)
        if (c->kind == DCI_BLOCK_HEADING) {
            start = c;
            break;
        }
    if (!start) {
        start = top;
        unsigned above = shortest > 0 ? shortest : top_own == 0;
        for (unsigned up = 0; up < above && (c = prev_text_leaf(start, root)); up++)
            start = c;
    }
    /* the comments say more than their signatures; the body stays, and is
     * no mere introduction to them (a debate page of readers' views) */
    size_t body = 0;
    for (dci_block *d = prev_leaf(start, root); d; d = prev_leaf(d, root))
        body += d->kind == DCI_BLOCK_HEADING ? 0 : d->text_len;
    if (said <= sig_chars || body < t->body_block_prose ||
        said + sig_chars > body * PLACE_SIG_PAGE)
        return 0;
    size_t n = 0;
    for (dci_block *d = last_leaf(root); d && n < max; d = d == start ? NULL : prev_leaf(d, root))
        seen[n++] = (tail_seen){d, "a thread signed with names and places", DCI_TAIL_MATCHED};
    return n;
}

/* Looks at up to max leaves up from the end into seen; returns how many, or
 * -1 when memory ran out. Marks the matches, and every block from the last
 * section opener down. Lines of links do not count as leaves looked at, nor
 * end the look when long; they go when the blocks above them hold more text
 * (a page that is a list of links keeps it), and when the list they are
 * items of is not most of the text (a post that is a roll of links, some of
 * its lines saying a word besides their link, keeps it too:
 * t->tail_roll_list). */
static long scan(dci_block *root, const dci_tuning *t, tail_seen *seen, size_t max)
{
    size_t n = 0, looked = 0, rolls = 0, ruled = ruled_tail(root, t);
    size_t listed = 0;   /* the text of the longest list the lines of links are items of */
    const dci_block *roll_list = NULL, *opening = first_prose(root, t);
    list_verdict last_list = {NULL, 0};
    for (dci_block *b = last_leaf(root), *prev; looked < t->tail_max_blocks || n < ruled; b = prev) {
        prev = prev_leaf(b, root);
        if (!prev || n == max)
            break;
        if (n < ruled) {
            seen[n++] = (tail_seen){b, "under a rule", DCI_TAIL_BELOW};
            continue;
        }
        if (in_table_or_code(b, root))
            break;
        if (b->text_len && is_link_roll(b, t, &last_list)) {
            seen[n++] = (tail_seen){b, "lines of links", DCI_TAIL_LINKS};
            rolls += b->text_len;
            dci_block *list = t->tail_roll_list ? list_of_item(b) : NULL;
            if (list && list != roll_list) {
                roll_list = list;
                size_t chars = text_chars(list);
                listed = chars > listed ? chars : listed;
            }
            continue;
        }
        if (b->text_len > t->tail_max_chars)
            break;
        looked++;
        const char *pattern = NULL;
        int rest = 0;
        int m = b->text_len ? dci_tail_match(b->text, b->text_len, t->tail_rights != 0, &pattern,
                                             &rest)
                            : 0;
        if (m < 0)
            return -1;
        if (b == opening)
            m = rest = 0;
        if (!m && comment_heading(b, t)) {
            m = 1;
            pattern = "a heading naming comments";
        }
        seen[n].block = b;
        seen[n].pattern = m ? pattern : NULL;
        seen[n].reason = rest ? DCI_TAIL_OPENS : DCI_TAIL_MATCHED;
        if (rest)
            take_below(seen, n, pattern);
        n++;
    }
    if (rolls && (rolls > listed ? rolls : listed) * 2 > text_chars(root))
        spare_rolls(seen, n);
    return (long)n;
}

/* Drops the marked blocks of seen[0..n), recording each in log when not
 * NULL; returns how many. */
static int drop_marked(dci_block *root, const tail_seen *seen, long n, dci_tail_drop *log)
{
    int dropped = 0;
    for (long i = 0; i < n; i++) {
        if (!seen[i].pattern)
            continue;
        dci_block *top = dci_block_drop(seen[i].block, root);
        if (log)
            log[dropped] = (dci_tail_drop){top, seen[i].pattern, seen[i].reason};
        dropped++;
    }
    return dropped;
}

/* A record for each marked block of seen[0..n), allocated in a; sets *log
 * (NULL when none is marked). Returns -1 when the arena failed. */
static int new_log(const tail_seen *seen, long n, dci_arena *a, dci_tail_drop **log)
{
    size_t marked = 0;
    for (long i = 0; i < n; i++)
        marked += seen[i].pattern != NULL;
    *log = marked ? dci_arena_alloc(a, marked * sizeof **log) : NULL;
    return marked && !*log ? -1 : 0;
}

int dci_tail_trim(dci_block *root, const dci_tuning *t, dci_arena *a, dci_tail_drop **drops)
{
    if (drops)
        *drops = NULL;
    if (!t->tail_max_chars || !t->tail_max_blocks || !root->first_child)
        return 0;
    size_t max = count_leaves(root, SIZE_MAX);
    tail_seen *seen = max ? malloc(max * sizeof *seen) : NULL;
    if (!seen)
        return max ? -1 : 0;
    long n = scan(root, t, seen, max);
    dci_tail_drop *log = NULL;
    int dropped = -1;
    if (n >= 0 && (!drops || new_log(seen, n, a, &log) == 0)) {
        dropped = drop_marked(root, seen, n, log);
        if (drops)
            *drops = log;
    }
    /* then a thread signed with names and places, once the closing notices
     * under it ("Add your comment") have gone */
    long k = dropped >= 0 && root->first_child ? (long)signed_thread(root, t, seen, max) : 0;
    dci_tail_drop *more = NULL;
    if (k > 0 && drops) {
        more = dci_arena_alloc(a, ((size_t)dropped + (size_t)k) * sizeof *more);
        if (!more)
            dropped = -1;
        else if (dropped)
            memcpy(more, log, (size_t)dropped * sizeof *more);
    }
    if (k > 0 && dropped >= 0) {
        dropped += drop_marked(root, seen, k, more ? more + dropped : NULL);
        if (drops)
            *drops = more;
    }
    free(seen);
    return dropped;
}
