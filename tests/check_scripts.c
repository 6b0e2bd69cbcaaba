/*
 * Pages in other scripts (issue 11: the held-back sets hold pages in
 * Chinese, Japanese, Arabic, Hindi, Thai, Russian...). The same news page
 * in each language, its classes as the class-blind copies have them (no
 * class word to lean on): its article stays, its menus, links, comments
 * and footer go. Each test names the measure of text it guards: a length
 * counted in letters (a Han character says more than a Latin letter), a
 * sentence's end (。 ！ ？ ؟ । are full stops as "." is), an
 * abbreviation's dot (Thai "14:32 น.", o'clock) that ends no sentence.
 */
#include "testutil.h"

#include "date.h"
#include "dom.h"
#include "patterns.h"
#include "rules.h"
#include "sizes.h"
#include "tuning.h"
#include "words.h"

typedef struct lang_page {
    const char *lang, *dir, *title, *byline, *dek;
    const char *paras[6];
    const char *linked;   /* a paragraph that is one linked sentence */
    const char *closing;  /* a short last sentence in a box of its own */
    const char *related_h;
    const char *related[4];
    const char *comments_h;
    const char *comments[3];
    const char *rights;
} lang_page;

static const lang_page pages[] = {
    {"zh", "ltr",
     "港口委员会批准北防波堤修复工程",
     "记者 王晓明 | 2024年3月5日 14:32",
     "经过长达两年的讨论，港口委员会周二晚上以七票对两票通过了北防波堤的修复方案，工程预计明年春天开工。",
     {"港口委员会周二晚上召开特别会议，讨论北防波堤的修复工程。会议持续了将近四个小时，数十名居民到场旁听，其中不少人是在港口工作了几十年的渔民。",
      "北防波堤建于一九六二年，去年冬天的两场风暴使其东段出现了三处裂缝。工程师在报告中指出，如果不尽快修复，下一个冬季可能会发生局部坍塌，危及停泊在内港的船只。",
      "根据通过的方案，施工方将在防波堤外侧加铺一层混凝土护面块，并对基础进行加固。整个工程预计耗资一亿二千万元，其中三分之二由省政府承担，其余部分由市财政和港口基金共同支付。",
      "委员会主任李建国在会后表示，这是一个艰难但必要的决定。他说：“我们不能等到防波堤倒塌以后再采取行动，那样付出的代价会大得多。”",
      "反对的两名委员则认为，方案对渔民的影响考虑不足。施工期间，内港的部分泊位将关闭六个月，渔船需要临时转移到南湾停靠，往返渔场的距离将增加约十公里。",
      "渔民协会会长张海波说，协会并不反对修复工程，但希望委员会能够为受影响的渔民提供燃油补贴。他表示，协会将在下个月向市政府提交正式的书面建议。"},
     "根据省政府上月发布的沿海防灾规划，全省将在五年内加固十二座防波堤。",
     "委员会将于下周公布详细的施工时间表。",
     "相关文章",
     {"南湾码头扩建计划获批",
      "渔民协会选出新一届理事会",
      "省政府公布沿海防灾规划",
      "港口货运量创五年新高"},
     "网友评论（3）",
     {"早就该修了，每年冬天看着那几道裂缝都担心。",
      "希望补贴能真正落实，不要又是一句空话。",
      "施工期间南湾那边停车怎么办？有没有人知道？"},
     "版权所有 © 2024 海滨日报 保留所有权利"},
    {"ja", "ltr",
     "北防波堤の改修工事、港湾委員会が承認",
     "山田太郎 記者 | 2024年3月5日 14:32",
     "二年にわたる議論の末、港湾委員会は火曜日の夜、北防波堤の改修案を賛成七、反対二で可決した。工事は来年春に始まる見通しだ。",
     {"港湾委員会は火曜日の夜に臨時会合を開き、北防波堤の改修工事について話し合った。会合は四時間近く続き、数十人の住民が傍聴した。その多くは港で何十年も働いてきた漁師たちだった。",
      "北防波堤は一九六二年に建設されたもので、昨年の冬に二度の嵐に見舞われ、東側に三か所のひび割れが見つかった。技術者の報告書は、早急に補修しなければ次の冬に一部が崩れ、内港に停泊する船が危険にさらされると指摘している。",
      "可決された案によると、施工業者は防波堤の外側にコンクリートの消波ブロックを一層追加し、基礎を補強する。総工費は約十二億円の見込みで、その三分の二を県が負担し、残りを市と港湾基金が支払う。",
      "委員長の佐藤健一氏は会合の後、「難しいが必要な決断だった」と述べた。「防波堤が崩れてから動いたのでは、はるかに大きな代償を払うことになる」と話した。",
      "反対した二人の委員は、漁師への影響が十分に考慮されていないと主張した。工事の間、内港の一部の係留場所は六か月間閉鎖され、漁船は南湾へ一時的に移らなければならない。漁場までの距離は約十キロ長くなる。",
      "漁業協同組合の鈴木一郎組合長は、組合は工事に反対しているわけではないが、影響を受ける漁師に燃料費の補助を出してほしいと語った。組合は来月、市に正式な要望書を提出する予定だという。"},
     "県が先月発表した沿岸防災計画によると、県内の十二の防波堤が五年以内に補強される。",
     "詳しい工程表は来週、公表される。",
     "関連記事",
     {"南湾ふ頭の拡張計画が承認される",
      "漁協が新しい理事を選出",
      "県が沿岸防災計画を発表",
      "港の貨物取扱量が五年ぶりの高水準に"},
     "コメント（3件）",
     {"もっと早く直すべきだった。毎年冬になるとあのひび割れが心配でした。",
      "補助金が本当に出るのか、ちゃんと見守りたいと思います。",
      "工事中、南湾の駐車場はどうなるのでしょうか。誰か知っていますか？"},
     "Copyright © 2024 海浜新聞社 All rights reserved. 無断転載を禁じます。"},
    {"ar", "rtl",
     "مجلس الميناء يوافق على ترميم كاسر الأمواج الشمالي",
     "أحمد محمود | 5 مارس 2024، 14:32",
     "بعد نقاش استمر عامين، صوّت مجلس الميناء مساء الثلاثاء بأغلبية سبعة أصوات مقابل صوتين لصالح خطة ترميم كاسر الأمواج الشمالي، على أن تبدأ الأعمال في ربيع العام المقبل.",
     {"عقد مجلس الميناء مساء الثلاثاء جلسة استثنائية لمناقشة ترميم كاسر الأمواج الشمالي، واستمرت الجلسة نحو أربع ساعات بحضور عشرات السكان، كثير منهم صيادون عملوا في الميناء عقوداً طويلة.",
      "بُني كاسر الأمواج الشمالي عام 1962، وقد خلّفت عاصفتان في الشتاء الماضي ثلاثة تشققات في جزئه الشرقي. وحذّر المهندسون في تقريرهم من أن التأخر في الإصلاح قد يؤدي إلى انهيار جزئي في الشتاء المقبل.",
      "وبموجب الخطة المعتمدة، سيضيف المقاول طبقة من الكتل الخرسانية على الجانب الخارجي لكاسر الأمواج، وسيعزز أساساته. وتقدر كلفة المشروع بنحو عشرين مليون دينار، تتحمل المحافظة ثلثيها، ويدفع الباقي كل من البلدية وصندوق الميناء.",
      "وقال رئيس المجلس خالد العمري بعد الجلسة إن القرار كان صعباً لكنه ضروري، مضيفاً: «لا يمكننا أن ننتظر حتى ينهار كاسر الأمواج، فعندها سيكون الثمن أكبر بكثير».",
      "أما العضوان المعارضان فقد رأيا أن الخطة لم تراعِ بما يكفي مصالح الصيادين، إذ ستغلق بعض أرصفة الميناء الداخلي ستة أشهر خلال الأعمال، وسيضطر الصيادون إلى نقل قواربهم مؤقتاً إلى الخليج الجنوبي.",
      "وقال رئيس جمعية الصيادين يوسف الحسن إن الجمعية لا تعارض الترميم، لكنها تطالب المجلس بتعويض الصيادين عن تكاليف الوقود الإضافية، مشيراً إلى أن الجمعية ستقدم طلباً رسمياً إلى البلدية الشهر المقبل."},
     "ووفقاً لخطة حماية الساحل التي أعلنتها المحافظة الشهر الماضي، سيتم تدعيم اثني عشر كاسراً للأمواج خلال خمس سنوات.",
     "فهل تكفي الخطة، في رأيكم، لحماية الميناء؟",
     "مقالات ذات صلة",
     {"الموافقة على توسعة رصيف الخليج الجنوبي",
      "جمعية الصيادين تنتخب مجلس إدارة جديداً",
      "المحافظة تعلن خطة لحماية الساحل",
      "حركة البضائع في الميناء تسجل أعلى مستوى منذ خمس سنوات"},
     "التعليقات (3)",
     {"كان يجب إصلاحه منذ زمن، كل شتاء نخاف من هذه التشققات.",
      "نأمل أن يُصرف التعويض فعلاً ولا يبقى مجرد وعود.",
      "أين سنركن السيارات في الخليج الجنوبي أثناء الأعمال؟ هل يعرف أحد؟"},
     "© 2024 جريدة الساحل. جميع الحقوق محفوظة."},
    {"hi", "ltr",
     "बंदरगाह समिति ने उत्तरी तरंगरोधी की मरम्मत को मंजूरी दी",
     "राहुल शर्मा | 5 मार्च 2024, 14:32",
     "दो साल की बहस के बाद बंदरगाह समिति ने मंगलवार शाम सात के मुकाबले दो मतों से उत्तरी तरंगरोधी की मरम्मत की योजना को मंजूरी दे दी, और काम अगले साल वसंत में शुरू होगा।",
     {"बंदरगाह समिति ने मंगलवार शाम उत्तरी तरंगरोधी की मरम्मत पर चर्चा के लिए विशेष बैठक बुलाई। बैठक लगभग चार घंटे चली और इसमें दर्जनों निवासी मौजूद रहे, जिनमें से कई मछुआरे दशकों से बंदरगाह पर काम कर रहे हैं।",
      "उत्तरी तरंगरोधी 1962 में बनाया गया था। पिछली सर्दियों में आए दो तूफानों ने इसके पूर्वी हिस्से में तीन दरारें छोड़ दीं, और इंजीनियरों ने अपनी रिपोर्ट में चेतावनी दी कि जल्द मरम्मत न होने पर अगली सर्दियों में इसका कुछ हिस्सा ढह सकता है।",
      "मंजूर की गई योजना के अनुसार ठेकेदार तरंगरोधी के बाहरी हिस्से पर कंक्रीट के ब्लॉकों की एक अतिरिक्त परत बिछाएगा और इसकी नींव को मजबूत करेगा। परियोजना की लागत लगभग बारह करोड़ रुपये आंकी गई है, जिसमें से दो-तिहाई राज्य सरकार देगी।",
      "समिति के अध्यक्ष सुरेश वर्मा ने बैठक के बाद कहा कि यह एक कठिन लेकिन ज़रूरी फैसला था। उन्होंने कहा, “अगर हम तरंगरोधी के गिरने का इंतज़ार करेंगे, तो हमें इसकी कहीं ज़्यादा कीमत चुकानी पड़ेगी।”",
      "विरोध में मत देने वाले दो सदस्यों का कहना है कि योजना में मछुआरों के हितों का पर्याप्त ध्यान नहीं रखा गया। काम के दौरान भीतरी बंदरगाह के कुछ घाट छह महीने के लिए बंद रहेंगे और नौकाओं को अस्थायी रूप से दक्षिणी खाड़ी में ले जाना होगा।",
      "मछुआरा संघ के अध्यक्ष मोहन यादव ने कहा कि संघ मरम्मत का विरोध नहीं करता, लेकिन चाहता है कि प्रभावित मछुआरों को ईंधन पर सब्सिडी दी जाए। उन्होंने बताया कि संघ अगले महीने नगर निगम को औपचारिक प्रस्ताव सौंपेगा।"},
     "राज्य सरकार की पिछले महीने जारी तटीय सुरक्षा योजना के अनुसार, अगले पांच वर्षों में बारह तरंगरोधियों को मजबूत किया जाएगा।",
     "समिति अगले सप्ताह, विस्तार से, समय-सारिणी जारी करेगी।",
     "संबंधित खबरें",
     {"दक्षिणी खाड़ी घाट के विस्तार को मंजूरी",
      "मछुआरा संघ ने नई कार्यकारिणी चुनी",
      "राज्य ने तटीय सुरक्षा योजना जारी की",
      "बंदरगाह पर माल ढुलाई पांच साल के उच्च स्तर पर"},
     "टिप्पणियाँ (3)",
     {"यह काम बहुत पहले हो जाना चाहिए था, हर सर्दी इन दरारों से डर लगता था।",
      "उम्मीद है कि सब्सिडी सच में मिलेगी और वादा सिर्फ कागज़ पर नहीं रहेगा।",
      "काम के दौरान दक्षिणी खाड़ी में गाड़ी कहाँ खड़ी करेंगे? किसी को पता है?"},
     "© 2024 तटीय समाचार। सर्वाधिकार सुरक्षित।"},
    {"th", "ltr",
     "คณะกรรมการท่าเรืออนุมัติซ่อมเขื่อนกันคลื่นด้านเหนือ",
     "สมชาย ใจดี | 5 มีนาคม 2567 14:32 น.",
     "หลังจากถกเถียงกันมานานสองปี คณะกรรมการท่าเรือลงมติเจ็ดต่อสองเสียงเมื่อคืนวันอังคารให้ซ่อมแซมเขื่อนกันคลื่นด้านเหนือ โดยจะเริ่มงานในฤดูใบไม้ผลิปีหน้า",
     {"คณะกรรมการท่าเรือได้จัดการประชุมวิสามัญเมื่อค่ำวันอังคารเพื่อหารือเรื่องการซ่อมแซมเขื่อนกันคลื่นด้านเหนือ การประชุมกินเวลาเกือบสี่ชั่วโมง มีชาวบ้านหลายสิบคนเข้าร่วมฟัง ซึ่งส่วนใหญ่เป็นชาวประมงที่ทำงานในท่าเรือมาหลายสิบปี",
      "เขื่อนกันคลื่นด้านเหนือสร้างขึ้นเมื่อปี 2505 พายุสองลูกเมื่อฤดูหนาวที่ผ่านมาทำให้เกิดรอยร้าวสามจุดที่ส่วนตะวันออก วิศวกรระบุในรายงานว่าหากไม่รีบซ่อมแซม เขื่อนบางส่วนอาจพังลงในฤดูหนาวหน้า และเป็นอันตรายต่อเรือที่จอดอยู่ในท่าด้านใน",
      "ตามแผนที่ได้รับอนุมัติ ผู้รับเหมาจะวางแท่งคอนกรีตกันคลื่นเพิ่มอีกหนึ่งชั้นที่ด้านนอกของเขื่อน และเสริมความแข็งแรงของฐานราก งบประมาณทั้งโครงการประมาณหนึ่งร้อยยี่สิบล้านบาท โดยจังหวัดจะรับภาระสองในสาม ส่วนที่เหลือเทศบาลและกองทุนท่าเรือจะร่วมกันจ่าย",
      "ประธานคณะกรรมการ นายประยุทธ์ ศรีสุข กล่าวหลังการประชุมว่า นี่เป็นการตัดสินใจที่ยากแต่จำเป็น เราไม่สามารถรอให้เขื่อนพังก่อนแล้วค่อยลงมือได้ เพราะถึงตอนนั้นเราจะต้องจ่ายแพงกว่านี้มาก",
      "กรรมการสองคนที่ลงมติคัดค้านเห็นว่าแผนนี้ยังไม่ได้คำนึงถึงผลกระทบต่อชาวประมงมากพอ ระหว่างการก่อสร้าง ท่าจอดเรือบางส่วนในท่าด้านในจะปิดเป็นเวลาหกเดือน และเรือประมงจะต้องย้ายไปจอดที่อ่าวด้านใต้เป็นการชั่วคราว",
      "นายสมศักดิ์ ทองดี นายกสมาคมชาวประมง กล่าวว่า สมาคมไม่ได้คัดค้านการซ่อมแซม แต่ต้องการให้คณะกรรมการช่วยเหลือค่าน้ำมันแก่ชาวประมงที่ได้รับผลกระทบ และสมาคมจะยื่นหนังสือข้อเสนออย่างเป็นทางการต่อเทศบาลในเดือนหน้า"},
     "ตามแผนป้องกันภัยชายฝั่งที่จังหวัดประกาศเมื่อเดือนที่แล้ว เขื่อนกันคลื่นสิบสองแห่งจะได้รับการเสริมความแข็งแรงภายในห้าปี",
     "คณะกรรมการจะประกาศตารางงานโดยละเอียดในสัปดาห์หน้า",
     "ข่าวที่เกี่ยวข้อง",
     {"อนุมัติขยายท่าเทียบเรืออ่าวด้านใต้",
      "สมาคมชาวประมงเลือกคณะกรรมการชุดใหม่",
      "จังหวัดเปิดแผนป้องกันภัยชายฝั่ง",
      "ปริมาณสินค้าผ่านท่าเรือสูงสุดในรอบห้าปี"},
     "ความคิดเห็น (3)",
     {"ควรซ่อมตั้งนานแล้ว ทุกหน้าหนาวเห็นรอยร้าวแล้วเป็นห่วงมาก",
      "หวังว่าเงินช่วยเหลือจะได้จริง ไม่ใช่แค่คำสัญญา",
      "ช่วงก่อสร้างจะจอดรถที่อ่าวด้านใต้ตรงไหนครับ มีใครรู้บ้าง"},
     "© 2567 หนังสือพิมพ์ชายฝั่ง สงวนลิขสิทธิ์"},
    {"ru", "ltr",
     "Портовый совет одобрил ремонт северного волнолома",
     "Иван Петров | 5 марта 2024, 14:32",
     "После двух лет споров портовый совет во вторник вечером семью голосами против двух утвердил план ремонта северного волнолома; работы начнутся весной следующего года.",
     {"Портовый совет собрался во вторник вечером на внеочередное заседание, чтобы обсудить ремонт северного волнолома. Заседание длилось почти четыре часа, на нём присутствовали десятки жителей, многие из которых десятилетиями работали в порту.",
      "Северный волнолом был построен в 1962 году. Прошлой зимой два шторма оставили на его восточной части три трещины, и инженеры в своём отчёте предупредили, что без срочного ремонта следующей зимой возможно частичное обрушение.",
      "Согласно утверждённому плану, подрядчик уложит с внешней стороны волнолома дополнительный слой бетонных блоков и укрепит основание. Стоимость работ оценивается в 120 миллионов рублей, две трети из которых выделит область, а остальное заплатят город и портовый фонд.",
      "Председатель совета Алексей Смирнов после заседания назвал решение трудным, но необходимым. «Мы не можем ждать, пока волнолом рухнет, — сказал он. — Тогда цена будет намного выше».",
      "Двое членов совета, голосовавших против, считают, что план недостаточно учитывает интересы рыбаков. На время работ часть причалов внутренней гавани закроют на шесть месяцев, и судам придётся временно перейти в южную бухту.",
      "Председатель ассоциации рыбаков Николай Кузнецов сказал, что ассоциация не возражает против ремонта, но просит совет компенсировать рыбакам расходы на топливо. В следующем месяце ассоциация направит в мэрию официальное письмо."},
     "Согласно плану защиты побережья, который область представила в прошлом месяце, за пять лет укрепят двенадцать волноломов.",
     "Подробный график работ, по словам совета, опубликуют на следующей неделе.",
     "Читайте также",
     {"Расширение причала в южной бухте одобрено",
      "Ассоциация рыбаков выбрала новое правление",
      "Область представила план защиты побережья",
      "Грузооборот порта достиг пятилетнего максимума"},
     "Комментарии (3)",
     {"Давно пора было отремонтировать, каждую зиму смотрели на эти трещины.",
      "Надеюсь, компенсацию действительно выплатят, а не забудут.",
      "А где парковаться в южной бухте во время работ? Кто-нибудь знает?"},
     "© 2024 Приморская газета. Все права защищены."},
};

enum { ZH, JA, AR, HI, TH, RU };

/* The digits of a script, zero to nine, as pages write times, dates and
 * counts in them. */
typedef struct digit_set {
    const char *name;
    const char *d[10];
} digit_set;

static const digit_set digit_sets[] = {
    {"Arabic-Indic", {"\xd9\xa0", "\xd9\xa1", "\xd9\xa2", "\xd9\xa3", "\xd9\xa4",
                      "\xd9\xa5", "\xd9\xa6", "\xd9\xa7", "\xd9\xa8", "\xd9\xa9"}},
    {"extended Arabic-Indic", {"\xdb\xb0", "\xdb\xb1", "\xdb\xb2", "\xdb\xb3", "\xdb\xb4",
                               "\xdb\xb5", "\xdb\xb6", "\xdb\xb7", "\xdb\xb8", "\xdb\xb9"}},
    {"Devanagari", {"\xe0\xa5\xa6", "\xe0\xa5\xa7", "\xe0\xa5\xa8", "\xe0\xa5\xa9",
                    "\xe0\xa5\xaa", "\xe0\xa5\xab", "\xe0\xa5\xac", "\xe0\xa5\xad",
                    "\xe0\xa5\xae", "\xe0\xa5\xaf"}},
    {"Bengali", {"\xe0\xa7\xa6", "\xe0\xa7\xa7", "\xe0\xa7\xa8", "\xe0\xa7\xa9",
                 "\xe0\xa7\xaa", "\xe0\xa7\xab", "\xe0\xa7\xac", "\xe0\xa7\xad",
                 "\xe0\xa7\xae", "\xe0\xa7\xaf"}},
    {"Thai", {"\xe0\xb9\x90", "\xe0\xb9\x91", "\xe0\xb9\x92", "\xe0\xb9\x93",
              "\xe0\xb9\x94", "\xe0\xb9\x95", "\xe0\xb9\x96", "\xe0\xb9\x97",
              "\xe0\xb9\x98", "\xe0\xb9\x99"}},
    {"full-width", {"\xef\xbc\x90", "\xef\xbc\x91", "\xef\xbc\x92", "\xef\xbc\x93",
                    "\xef\xbc\x94", "\xef\xbc\x95", "\xef\xbc\x96", "\xef\xbc\x97",
                    "\xef\xbc\x98", "\xef\xbc\x99"}},
};

enum { ARABIC_INDIC, PERSIAN, DEVANAGARI, BENGALI, THAI, FULL_WIDTH };

/* The digits the page being built writes its times, dates and counts in;
 * NULL: ASCII. */
static const digit_set *page_digits;

/* s with its ASCII digits written in page_digits (a new string). */
static char *in_digits(const char *s)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ck_assert_ptr_nonnull(f);
    for (; *s; s++)
        if (page_digits && *s >= '0' && *s <= '9')
            fputs(page_digits->d[*s - '0'], f);
        else
            fputc(*s, f);
    fclose(f);
    return buf;
}

/* The page: a menu, the story's box (headline, byline, dek, body with a
 * picture's caption and a linked sentence, a short closing line in a box
 * of its own, related links), comments with a form, a footer. repeat, when
 * not NULL, is a paragraph the body says twice; dek, when not NULL, stands
 * for the page's dek, right under the headline (no byline). */
static char *build_page(const lang_page *p, const char *repeat, const char *dek)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ck_assert_ptr_nonnull(f);
    fprintf(f, "<!DOCTYPE html><html lang=\"%s\" dir=\"%s\"><head><meta charset=\"utf-8\">"
               "<title>%s</title></head><body>\n<div class=\"xqwrtp\"><ul class=\"xkkdfg\">",
            p->lang, p->dir, p->title);
    for (int i = 0; i < 4; i++)
        fprintf(f, "<li><a href=\"/s%d\">%s</a></li>", i, p->related[i]);
    fprintf(f, "</ul></div>\n<div class=\"xbbbbb\"><div class=\"xccccc\"><h1>%s</h1>\n", p->title);
    if (!dek)
        fprintf(f, "<div class=\"xbylne\">%s</div>\n", p->byline);
    fprintf(f, "<p class=\"xleadd\">%s</p>\n<div class=\"xbodyy\">\n", dek ? dek : p->dek);
    for (int i = 0; i < 6; i++) {
        fprintf(f, "<p>%s</p>\n", p->paras[i]);
        if (i == 2)
            fputs("<figure class=\"xfgure\"><img src=\"/a.jpg\" alt=\"\"><figcaption>"
                  "2024</figcaption></figure>\n", f);
        if (i == 3)
            fprintf(f, "<p><a href=\"/plan.html\">%s</a></p>\n", p->linked);
        if (repeat && (i == 1 || i == 4))
            fprintf(f, "<p>%s</p>\n", repeat);
    }
    fprintf(f, "</div>\n<div class=\"xclose\">%s</div>\n<div class=\"xrelat\"><h3>%s</h3><ul>",
            p->closing, p->related_h);
    for (int i = 0; i < 4; i++)
        fprintf(f, "<li><a href=\"/story/%d.html\">%s</a></li>", i, p->related[i]);
    fprintf(f, "</ul></div></div>\n<div class=\"xcomms\"><h3>%s</h3>\n", p->comments_h);
    for (int i = 0; i < 3; i++)
        fprintf(f, "<div class=\"xcmmnt\"><div class=\"xcmeta\"><b>user%d</b> "
                   "<span>2024-03-05 1%d:10</span></div><p>%s</p></div>\n", i, i + 4, p->comments[i]);
    fprintf(f, "<form><textarea></textarea><button>OK</button></form></div></div>\n"
               "<div class=\"xfootr\"><p>%s</p></div></body></html>\n", p->rights);
    fclose(f);
    return buf;
}

static char *page_text(const lang_page *p, const char *repeat, const char *dek, const char *tuning)
{
    char *html = build_page(p, repeat, dek);
    dc_options opt;
    dc_options_init(&opt);
    opt.tuning = tuning;
    dc_status st;
    char *text = tu_render_opt(html, strlen(html), &opt, DC_FORMAT_TEXT, DC_RENDER_NO_TITLE, &st);
    ck_assert_int_eq(st, DC_OK);
    free(html);
    return text;
}

/* Every page keeps its story and drops its menu, its related links, the
 * comments and the footer. */
START_TEST(test_article_stays_boilerplate_goes)
{
    const lang_page *p = &pages[_i];
    char *text = page_text(p, NULL, NULL, NULL);
    tu_assert_has(text, p->dek);
    for (int i = 0; i < 6; i++)
        tu_assert_has(text, p->paras[i]);
    for (int i = 0; i < 4; i++)
        tu_assert_lacks(text, p->related[i]);
    for (int i = 0; i < 3; i++)
        tu_assert_lacks(text, p->comments[i]);
    tu_assert_lacks(text, p->comments_h);
    tu_assert_lacks(text, p->rights);
    free(text);
}
END_TEST

/* ------------------------------------------------ wide letters (Han, kana) */

/* A Han character, a kana or a Hangul syllable counts wide_char_weight
 * characters in the DOM's statistics; other letters, punctuation and the
 * wide commas one. */
START_TEST(test_wide_letters_count_double)
{
    /* 你好 (Han), かな (kana), 한국 (Hangul), ab, ，(a wide comma) */
    dci_doc doc = tu_parse("<p id=\"h\">\xe4\xbd\xa0\xe5\xa5\xbd</p>"
                           "<p id=\"k\">\xe3\x81\x8b\xe3\x81\xaa</p>"
                           "<p id=\"g\">\xed\x95\x9c\xea\xb5\xad</p>"
                           "<p id=\"l\">ab\xef\xbc\x8c</p>");
    dci_dom_count(&dci_tuning_defaults, doc.html);
    ck_assert_uint_eq(dci_tuning_defaults.wide_char_weight, 2);
    ck_assert_uint_eq(tu_find_id(doc.body, "h")->chars, 4);
    ck_assert_uint_eq(tu_find_id(doc.body, "k")->chars, 4);
    ck_assert_uint_eq(tu_find_id(doc.body, "g")->chars, 4);
    ck_assert_uint_eq(tu_find_id(doc.body, "l")->chars, 3);
    tu_doc_free(&doc);

    dci_tuning one = dci_tuning_defaults;
    one.wide_char_weight = 1;
    doc = tu_parse("<p id=\"h\">\xe4\xbd\xa0\xe5\xa5\xbd</p>");
    dci_dom_count(&one, doc.html);
    ck_assert_uint_eq(tu_find_id(doc.body, "h")->chars, 2);
    tu_doc_free(&doc);
}
END_TEST

/* A Chinese or Japanese dek of 60 characters (as long as an English one of
 * 150) right under the headline, without a full stop, reads as prose: it
 * stays, as a standfirst (standfirst_headline). Counted as 60 letters it
 * was no prose, and went. */
START_TEST(test_short_cjk_dek_stays)
{
    const lang_page *p = &pages[_i];
    size_t len = strlen(p->dek) - 3;   /* without its 。 */
    char *dek = tu_strdupf("%.*s", (int)len, p->dek);
    char *text = page_text(p, NULL, dek, NULL);
    tu_assert_has(text, dek);
    for (int i = 0; i < 6; i++)
        tu_assert_has(text, p->paras[i]);
    free(text);
    text = page_text(p, NULL, dek, "wide_char_weight=1");
    tu_assert_lacks(text, dek);
    free(text);
    free(dek);
}
END_TEST

/* ------------------------------------------------ other scripts' stops */

START_TEST(test_wide_stops)
{
    ck_assert_int_eq(dci_wide_stop("\xe5\xa5\xbd\xe3\x80\x82", 6), '.');   /* 好。 */
    ck_assert_int_eq(dci_wide_stop("\xe5\xa5\xbd\xef\xbc\x81", 6), '!');   /* 好！ */
    ck_assert_int_eq(dci_wide_stop("\xe5\xa5\xbd\xef\xbc\x9f", 6), '?');   /* 好？ */
    ck_assert_int_eq(dci_wide_stop("\xd9\x84\xd8\x9f", 4), '?');           /* ؟ */
    ck_assert_int_eq(dci_wide_stop("\xe0\xa4\x95\xe0\xa5\xa4", 6), '.');   /* क। */
    ck_assert_int_eq(dci_wide_stop("abc.", 4), 0);
    ck_assert_int_eq(dci_wide_stop("\xe5\xa5\xbd", 3), 0);
    ck_assert_int_eq(dci_wide_stop("\xe3\x80\x82", 0), 0);
    /* the Greek question mark typed as ';' after a Greek letter: Τι; ώρα; */
    ck_assert_int_eq(dci_wide_stop("\xce\xa4\xce\xb9;", 5), '?');
    ck_assert_int_eq(dci_wide_stop("\xcf\x8e\xcf\x81\xce\xb1;", 7), '?');
    ck_assert_int_eq(dci_wide_stop("\xe1\xbd\xb0;", 4), '?');   /* ὰ; (Greek Extended) */
    ck_assert_int_eq(dci_wide_stop("abc;", 4), 0);              /* a Latin semicolon */
    ck_assert_int_eq(dci_wide_stop("\xd0\xbd\xd0\xb0;", 5), 0);   /* на; (Cyrillic) */
    ck_assert_int_eq(dci_wide_stop("\xce\xb1 ;", 4), 0);
    ck_assert_int_eq(dci_wide_stop("\xcd\xb4;", 3), 0);       /* ʹ; a numeral sign, no letter */
    ck_assert_int_eq(dci_wide_stop(";", 1), 0);
    dci_doc gr = tu_parse("<p id=\"q\">\xce\xa4\xce\xb9 \xcf\x8e\xcf\x81\xce\xb1;</p>"
                          "<p id=\"s\">one; two;</p>");
    ck_assert(dci_ends_sentence(tu_find_id(gr.body, "q")));
    ck_assert(!dci_ends_sentence(tu_find_id(gr.body, "s")));
    tu_doc_free(&gr);
    /* the colons a label ends with: ':' and the full-width '：' (U+FF1A) */
    ck_assert_uint_eq(dci_colon_len(":", 1), 1);
    ck_assert_uint_eq(dci_colon_len("\xef\xbc\x9a", 3), 3);
    ck_assert_uint_eq(dci_colon_len("\xef\xbc\x9a", 2), 0);
    ck_assert_uint_eq(dci_colon_len("\xef\xbc\x9f", 3), 0);   /* ？ */
    ck_assert(dci_ends_colon("\xe7\xbc\x96\xe8\xbe\x91\xef\xbc\x9a", 9));   /* 编辑： */
    ck_assert(dci_ends_colon("Note:", 5));
    ck_assert(!dci_ends_colon("\xe7\xbc\x96\xe8\xbe\x91", 6));
    /* a sentence written out: commas and a stop of its script */
    dci_sentence s = {0};
    const char *zh = "\xe6\xb8\xaf\xe5\x8f\xa3\xef\xbc\x8c\xe5\xa5\xbd\xe3\x80\x82";   /* 港口，好。 */
    dci_sentence_add(&s, zh, strlen(zh));
    ck_assert_uint_eq(s.commas, 1);
    ck_assert(dci_sentence_is(&s, 4));
    ck_assert(!dci_sentence_is(&s, 6));
    dci_sentence w = {.wide = 2};
    dci_sentence_add(&w, zh, strlen(zh));
    ck_assert(dci_sentence_is(&w, 8));   /* three Han characters count six */
    /* a headline: no stop */
    dci_sentence h = {0};
    dci_sentence_add(&h, zh, strlen(zh) - 3);
    ck_assert(!dci_sentence_is(&h, 1));
    /* inside a corner bracket: 「好。」 */
    dci_sentence c = {0};
    const char *quoted = "\xe5\xa5\xbd\xef\xbc\x8c\xe5\xa5\xbd\xe3\x80\x82\xe3\x80\x8d";
    dci_sentence_add(&c, quoted, strlen(quoted));
    ck_assert(dci_sentence_is(&c, 3));
}
END_TEST

/* A paragraph that is one linked sentence, and a short closing sentence in
 * a box of its own after the body, stay when they end with their script's
 * full stop (。 in Chinese and Japanese, ؟ in Arabic, । in Hindi), as
 * English ones ending with "." do: read with "." alone, they were a
 * headline's link and a line without an end, and went. */
START_TEST(test_other_stops_end_sentences)
{
    const lang_page *p = &pages[_i];
    char *text = page_text(p, NULL, NULL, NULL);
    tu_assert_has(text, p->linked);
    tu_assert_has(text, p->closing);
    free(text);
}
END_TEST

/* A short sentence said twice in a story's dialogue stays twice when it ends
 * with 。, as one ending with "." does (repeat_sentences); words there are
 * not set apart by spaces. */
START_TEST(test_repeated_cjk_sentence_stays)
{
    /* 他说：“我们不能再等了。” */
    const char *repeat = "\xe4\xbb\x96\xe8\xaf\xb4\xef\xbc\x9a\xe2\x80\x9c\xe6\x88\x91\xe4\xbb\xac"
                         "\xe4\xb8\x8d\xe8\x83\xbd\xe5\x86\x8d\xe7\xad\x89\xe4\xba\x86\xe3\x80\x82"
                         "\xe2\x80\x9d";
    char *text = page_text(&pages[ZH], repeat, NULL, NULL);
    ck_assert_uint_eq(tu_count(text, repeat), 2);
    free(text);
}
END_TEST

/* The full stops of Khmer (។ ៕) and Tibetan (།), and the commas of
 * Myanmar (၊) and Ethiopic (፣): scripts with their own marks end their
 * sentences with them (Thai and Lao have none: a space sets their
 * sentences apart, as it sets apart a headline's clauses). */
START_TEST(test_stops_and_commas_of_more_scripts)
{
    const char *km = "\xe1\x9e\x81\xe1\x9f\x92\xe1\x9e\x89\xe1\x9e\xbb\xe1\x9f\x86\xe1\x9e\x9f\xe1\x9f\x92\xe1\x9e\x9a\xe1\x9e\x9b\xe1\x9e\xb6\xe1\x9e\x89\xe1\x9f\x8b\xe1\x9e\x97\xe1\x9e\xb6\xe1\x9e\x9f\xe1\x9e\xb6\xe1\x9e\x81\xe1\x9f\x92\xe1\x9e\x98\xe1\x9f\x82\xe1\x9e\x9a\xe1\x9f\x94";   /* ខ្ញុំស្រលាញ់ភាសាខ្មែរ។ */
    const char *my = "\xe1\x80\x99\xe1\x80\xbc\xe1\x80\x94\xe1\x80\xba\xe1\x80\x99\xe1\x80\xac\xe1\x81\x8a \xe1\x80\x80\xe1\x80\xb1\xe1\x80\xac\xe1\x80\x84\xe1\x80\xba\xe1\x80\xb8\xe1\x80\x9e\xe1\x80\x8a\xe1\x80\xba\xe1\x81\x8b";   /* မြန်မာ၊ ကောင်းသည်။ */
    const char *bo = "\xe0\xbd\x96\xe0\xbd\x80\xe0\xbe\xb2\xe0\xbc\x8b\xe0\xbd\xa4\xe0\xbd\xb2\xe0\xbd\xa6\xe0\xbc\x8d";   /* བཀྲ་ཤིས། */
    const char *et = "\xe1\x88\xb0\xe1\x88\x8b\xe1\x88\x9d\xe1\x8d\xa3 \xe1\x8a\xa5\xe1\x8a\x95\xe1\x8b\xb4\xe1\x89\xb5 \xe1\x8a\x90\xe1\x88\x85\xe1\x8d\xa2";   /* ሰላም፣ እንዴት ነህ። */
    ck_assert_int_eq(dci_wide_stop(km, strlen(km)), '.');
    ck_assert_int_eq(dci_wide_stop("\xe1\x9e\x80\xe1\x9f\x95", 6), '.');   /* ក៕ */
    ck_assert_int_eq(dci_wide_stop(bo, strlen(bo)), '.');
    ck_assert_int_eq(dci_wide_stop(my, strlen(my)), '.');
    ck_assert_uint_eq(dci_wide_comma_len((const unsigned char *)"\xe1\x81\x8a", 3), 3);   /* ၊ */
    ck_assert_uint_eq(dci_wide_comma_len((const unsigned char *)"\xe1\x8d\xa3", 3), 3);   /* ፣ */
    ck_assert_uint_eq(dci_wide_comma_len((const unsigned char *)"\xe1\x81\x8b", 3), 0);   /* ။ */
    dci_sentence s = {0};
    dci_sentence_add(&s, my, strlen(my));
    ck_assert_uint_eq(s.commas, 1);
    ck_assert(dci_sentence_is(&s, 5));
    dci_sentence e = {0};
    dci_sentence_add(&e, et, strlen(et));
    ck_assert(dci_sentence_is(&e, 5));
    char *html = tu_strdupf("<p id=\"k\">%s</p><p id=\"m\">%s</p>", km, my);
    dci_doc doc = tu_parse(html);
    dci_dom_count(&dci_tuning_defaults, doc.html);
    ck_assert(dci_ends_sentence(tu_find_id(doc.body, "k")));
    ck_assert_uint_eq(tu_find_id(doc.body, "m")->commas, 1);   /* a sign of prose, as ',' */
    tu_doc_free(&doc);
    free(html);
}
END_TEST

/* ------------------------------------------------ what follows a stop */

START_TEST(test_trim_end)
{
    ck_assert_uint_eq(dci_trim_end("It ends.\xc2\xa0", 10), 8);          /* no-break space */
    ck_assert_uint_eq(dci_trim_end("It ends. \xe2\x80\x8f\n", 13), 8);  /* a direction mark */
    ck_assert_uint_eq(dci_trim_end("\xe5\xa5\xbd\xe3\x80\x82\xe3\x80\x80", 9), 6);   /* 好。 and U+3000 */
    ck_assert_uint_eq(dci_trim_end("\xef\xbb\xbf", 3), 0);
    ck_assert_uint_eq(dci_trim_end("no end", 6), 6);
    ck_assert_uint_eq(dci_trim_end("\xe5\xa5\xbd", 3), 3);
    dci_doc doc = tu_parse("<p id=\"n\">It ends.&nbsp;</p><p id=\"r\">\xd9\x84\xd8\x9f\xe2\x80\x8f</p>");
    ck_assert(dci_ends_sentence(tu_find_id(doc.body, "n")));
    ck_assert(dci_ends_sentence(tu_find_id(doc.body, "r")));
    tu_doc_free(&doc);
    dci_sentence sn = {0};
    const char *text = "One, two and three.\xc2\xa0\xe2\x80\x8f";
    dci_sentence_add(&sn, text, strlen(text));
    ck_assert(dci_sentence_is(&sn, 10));
}
END_TEST

/* A closing sentence followed by a no-break space (the editor's "&nbsp;"),
 * or by a right-to-left mark after an Arabic question mark, still ends
 * with its stop: it stays, as the others do. */
static const struct {
    int page;
    const char *after;
} stop_followers[] = {
    {AR, "\xe2\x80\x8f"},
    {ZH, "&nbsp;"},
    {RU, "&nbsp;"},
};

START_TEST(test_stop_before_marks_and_spaces)
{
    const lang_page *p = &pages[stop_followers[_i].page];
    char *html = build_page(p, NULL, NULL);
    char *at = strstr(html, p->closing);
    ck_assert_ptr_nonnull(at);
    size_t head = (size_t)(at - html) + strlen(p->closing);
    char *page = tu_strdupf("%.*s%s%s", (int)head, html, stop_followers[_i].after, html + head);
    char *text = tu_text_ok(page);
    tu_assert_has(text, p->closing);
    free(text);
    free(page);
    free(html);
}
END_TEST

/* ------------------------------------------------ abbreviations' dots */

/* "14:32 น." (o'clock, abbreviated) ends no Thai sentence: Thai ends none
 * with a dot. The byline under the headline goes, as the other pages'
 * bylines do; read as a sentence, it joined the article. */
START_TEST(test_thai_abbreviation_is_no_full_stop)
{
    ck_assert(dci_stop_abbreviates("14:32 \xe0\xb8\x99.", 10));
    ck_assert(!dci_stop_abbreviates("14:32 pm.", 9));
    ck_assert(!dci_stop_abbreviates("\xd0\xbd\xd0\xb0.", 5));   /* на. (Cyrillic) */
    dci_doc doc = tu_parse("<p id=\"t\">14:32 \xe0\xb8\x99.</p><p id=\"e\">It ends.</p>");
    ck_assert(!dci_ends_sentence(tu_find_id(doc.body, "t")));
    ck_assert(dci_ends_sentence(tu_find_id(doc.body, "e")));
    tu_doc_free(&doc);

    const lang_page *p = &pages[TH];
    char *text = page_text(p, NULL, NULL, NULL);
    tu_assert_lacks(text, p->byline);
    free(text);
}
END_TEST

/* ------------------------------------------------ words without spaces */

START_TEST(test_spaced_words)
{
    ck_assert_uint_eq(dci_count_spaced_words("Privacy Policy", 14), 2);
    /* 关于我们 ("about us"): four Han characters, two words */
    const char *about = "\xe5\x85\xb3\xe4\xba\x8e\xe6\x88\x91\xe4\xbb\xac";
    ck_assert_uint_eq(dci_count_spaced_words(about, strlen(about)), 2);
    ck_assert_uint_eq(dci_count_words(about, strlen(about)), 4);
    /* 港口委员会: five, three words (rounded up) */
    const char *five = "\xe6\xb8\xaf\xe5\x8f\xa3\xe5\xa7\x94\xe5\x91\x98\xe4\xbc\x9a";
    ck_assert_uint_eq(dci_count_spaced_words(five, strlen(five)), 3);
    /* QQ空间: a Latin word, then two Han characters */
    ck_assert_uint_eq(dci_count_spaced_words("QQ\xe7\xa9\xba\xe9\x97\xb4", 8), 2);
    /* เกี่ยวกับเรา ("about us"): nine Thai letters and three marks, three words */
    const char *thai = "\xe0\xb9\x80\xe0\xb8\x81\xe0\xb8\xb5\xe0\xb9\x88\xe0\xb8\xa2\xe0\xb8\xa7"
                       "\xe0\xb8\x81\xe0\xb8\xb1\xe0\xb8\x9a\xe0\xb9\x80\xe0\xb8\xa3\xe0\xb8\xb2";
    ck_assert_uint_eq(dci_count_spaced_words(thai, strlen(thai)), 3);
    ck_assert_uint_eq(dci_count_spaced_words("", 0), 0);
}
END_TEST

/* A line of the site's links written as text, set apart by bars (关于我们 |
 * 联系我们 | ...), at the end of the story's box, is a menu (text-menu,
 * entries of text_menu_words words at most): counted a word per Han
 * character, its entries were too long for one, and it stayed; so did the
 * Chinese share line before it (the block model read its words so). */
static const struct {
    const char *share, *menu;
    int share_goes;
} menu_lines[] = {
    {"\xe5\x88\x86\xe4\xba\xab\xe5\x88\xb0\xef\xbc\x9a\xe5\xbe\xae\xe4\xbf\xa1 | "
     "\xe5\xbe\xae\xe5\x8d\x9a | QQ\xe7\xa9\xba\xe9\x97\xb4",
     "关于我们 | 联系我们 | 广告服务 | 隐私政策 | 网站地图 | 招聘信息", 1},
    {"この記事をシェアする：ツイート | いいね！ | LINEで送る",
     "会社概要 | お問い合わせ | 広告掲載 | 採用情報 | サイトマップ | 利用規約", 0},
};

START_TEST(test_cjk_menu_lines_go)
{
    const lang_page *p = &pages[_i];
    char *html = tu_strdupf("<html lang=\"%s\"><head><title>%s</title></head><body>"
                            "<div class=\"xnavvv\"><a href=\"/\">%s</a></div>"
                            "<div class=\"xstory\"><h1>%s</h1><p>%s</p><p>%s</p><p>%s</p><p>%s</p>"
                            "<p>%s</p><p>%s</p><div class=\"xshare\">%s</div><p>%s</p></div>"
                            "</body></html>",
                            p->lang, p->title, p->related[0], p->title, p->paras[0], p->paras[1],
                            p->paras[2], p->paras[3], p->paras[4], p->paras[5], menu_lines[_i].share,
                            menu_lines[_i].menu);
    char *text = tu_text_ok(html);
    for (int i = 0; i < 6; i++)
        tu_assert_has(text, p->paras[i]);
    tu_assert_lacks(text, menu_lines[_i].menu);
    if (menu_lines[_i].share_goes)
        tu_assert_lacks(text, menu_lines[_i].share);
    free(text);
    free(html);
}
END_TEST

/* ------------------------------------------------ scripts without case */

/* A line of the story whose links stand inside its sentences (a source and
 * a plan it cites) is prose however much of it they are, in a script
 * without capitals as in English (sentence_links): the words before a link
 * end on a letter of no case ("这一方案源自<a>"), those after it open on
 * one, past a comma of the script ("</a>，这一方案"). Read for a lower-case
 * letter, they led into no link and went on with none, and link-density
 * took the line. A credit line labelling its links with a word each
 * ("记者 <a>王晓明</a> 编辑 <a>李建国</a>", reporter and editor) leads into
 * none, its labels a word each as a spaced script counts them
 * (dci_count_spaced_words: 记者 is one word, not two), and goes. */
static const struct {
    int page;
    const char *line, *kept, *label, *gone;
} linked_lines[] = {
    {ZH,
     "<a href=\"https://news.example/a\">据新华社报道</a>，这一方案源自"
     "<a href=\"https://plan.example/\">省政府上月发布的沿海防灾规划</a>。",
     "这一方案源自",
     "记者 <a href=\"/u/wang\">王晓明</a> 编辑 <a href=\"/u/li\">李建国</a>", "编辑"},
    {JA,
     "<a href=\"https://news.example/a\">共同通信によると</a>、この案は"
     "<a href=\"https://plan.example/\">県が先月発表した沿岸防災計画</a>に基づいている。",
     "この案は", NULL, NULL},
    {AR,
     "<a href=\"https://news.example/a\">وفقاً لوكالة الأنباء الرسمية</a>، فإن الخطة مستوحاة من "
     "<a href=\"https://plan.example/\">خطة حماية الساحل التي أعلنتها المحافظة</a>.",
     "فإن الخطة مستوحاة من", NULL, NULL},
    {HI,
     "<a href=\"https://news.example/a\">समाचार एजेंसी के अनुसार</a>, यह योजना "
     "<a href=\"https://plan.example/\">राज्य सरकार की तटीय सुरक्षा योजना</a> पर आधारित है।",
     "यह योजना", NULL, NULL},
};

START_TEST(test_links_in_caseless_sentences)
{
    const lang_page *p = &pages[linked_lines[_i].page];
    char *html = build_page(p, NULL, NULL);
    char *at = strstr(html, p->paras[2]);
    ck_assert_ptr_nonnull(at);
    size_t head = (size_t)(at - html) + strlen(p->paras[2]) + strlen("</p>\n");
    const char *label = linked_lines[_i].label;
    char *page = tu_strdupf("%.*s<div>%s</div>\n%s%s%s%s", (int)head, html, linked_lines[_i].line,
                            label ? "<div>" : "", label ? label : "", label ? "</div>\n" : "",
                            html + head);
    char *text = tu_text_ok(page);
    tu_assert_has(text, linked_lines[_i].kept);
    if (linked_lines[_i].gone)
        tu_assert_lacks(text, linked_lines[_i].gone);
    for (int i = 0; i < 6; i++)
        tu_assert_has(text, p->paras[i]);
    free(text);
    free(page);
    free(html);
}
END_TEST

/* The letters that stand inside a sentence: lower-case ones, and those of
 * scripts without case, the marks set on them aside. */
START_TEST(test_mid_sentence_letters)
{
    ck_assert(dci_ends_mid_sentence("\xe6\xba\x90\xe8\x87\xaa", 6));          /* 源自 */
    ck_assert(dci_ends_mid_sentence("\xd9\x85\xd9\x86 ", 5));                  /* من */
    ck_assert(dci_ends_mid_sentence("\xe0\xa4\xa8\xe0\xa4\xbe", 6));          /* ना (a vowel sign) */
    ck_assert(dci_ends_mid_sentence("\xe0\xb9\x84\xe0\xb8\x94\xe0\xb9\x89", 9));   /* ได้ */
    ck_assert(dci_ends_mid_sentence("\xe3\x83\x87\xe3\x83\xbc", 6));          /* デー (ー: Lm) */
    ck_assert(!dci_ends_mid_sentence("\xe6\xa0\x87\xe7\xad\xbe\xef\xbc\x9a", 9));   /* 标签： */
    ck_assert(!dci_ends_mid_sentence("\xcc\x81", 2));   /* a mark alone */
    ck_assert(!dci_ends_mid_sentence("2012", 4));
    ck_assert(dci_starts_mid_sentence("\xef\xbc\x8c\xe8\xbf\x99", 6, ",;:.)"));   /* ，这 */
    ck_assert(dci_starts_mid_sentence("\xd8\x8c \xd9\x81", 5, ",;:.)"));          /* ، ف */
    ck_assert(!dci_starts_mid_sentence("\xe3\x80\x82\xe8\xbf\x99", 6, ",;:.)"));  /* 。这 */
    ck_assert(!dci_starts_mid_sentence("\xef\xbc\x8c,\xe8\xbf\x99", 7, ",;:.)")); /* two commas */
    ck_assert(!dci_starts_mid_sentence(" | \xe8\xbf\x99", 6, ",;:.)"));
}
END_TEST

/* ------------------------------------------------ digits of other scripts */

/* Every digit of every set reads as its value, in its length; letters and
 * marks of the same scripts, a cut sequence and ASCII around are no digit. */
START_TEST(test_digit_values)
{
    for (size_t k = 0; k < DCX_COUNTOF(digit_sets); k++)
        for (int v = 0; v < 10; v++) {
            const char *d = digit_sets[k].d[v];
            size_t len = 0;
            ck_assert_msg(dci_digit(d, strlen(d), &len) == v, "%s %d", digit_sets[k].name, v);
            ck_assert_uint_eq(len, strlen(d));
            ck_assert_int_eq(dci_digit(d, strlen(d) - 1, &len), -1);   /* cut short */
            ck_assert_int_eq(dci_digit(d, SIZE_MAX, NULL), v);          /* NUL-terminated */
        }
    size_t len = 0;
    ck_assert_int_eq(dci_digit("7", 1, &len), 7);
    ck_assert_uint_eq(len, 1);
    ck_assert_int_eq(dci_digit("7", 0, &len), -1);
    ck_assert_int_eq(dci_digit("a", 1, NULL), -1);
    ck_assert_int_eq(dci_digit("", SIZE_MAX, NULL), -1);
    ck_assert_int_eq(dci_digit("\xd8\xa8", 2, NULL), -1);       /* ب, an Arabic letter */
    ck_assert_int_eq(dci_digit("\xd9\xaa", 2, NULL), -1);       /* ٪, the Arabic percent sign */
    ck_assert_int_eq(dci_digit("\xe0\xa5\xa4", 3, NULL), -1);   /* ।, the danda */
    ck_assert_int_eq(dci_digit("\xe0\xb8\x81", 3, NULL), -1);   /* ก, a Thai letter */
    ck_assert_int_eq(dci_digit("\xef\xbc\xa1", 3, NULL), -1);   /* Ａ, full-width */
    ck_assert_int_eq(dci_digit("\xc2\xb2", 2, NULL), -1);       /* ², no decimal digit */
    ck_assert_int_eq(dci_digit("\xd9\xa1\x80", 1, NULL), -1);
    /* a digit ending before a place, read back no further than the start */
    const char *mixed = "a\xd9\xa3" "b7\xe0\xb9\x95";   /* a٣b7๕ */
    ck_assert(!dci_digit_before(mixed, 0));
    ck_assert(!dci_digit_before(mixed, 1));
    ck_assert(dci_digit_before(mixed, 3));
    ck_assert(!dci_digit_before(mixed, 2));   /* inside ٣ */
    ck_assert(!dci_digit_before(mixed, 4));
    ck_assert(dci_digit_before(mixed, 5));
    ck_assert(dci_digit_before(mixed, 8));
    ck_assert(!dci_digit_before("\xb9\x95", 2));   /* no start before it */
    ck_assert(dci_has_digit(mixed, strlen(mixed)));
    ck_assert(!dci_has_digit(mixed, 1));
    ck_assert(dci_has_digit("\xef\xbc\x93" " comments", 12));   /* ３ comments */
}
END_TEST

/* Runs of digits, times of day and years, in any digits. */
START_TEST(test_digit_runs)
{
    unsigned count;
    unsigned long value;
    const char *year = "\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa4/";   /* ٢٠٢٤/ */
    ck_assert_uint_eq(dci_digit_run(year, strlen(year), 9, &count, &value), 8);
    ck_assert_uint_eq(count, 4);
    ck_assert_uint_eq(value, 2024);
    ck_assert_uint_eq(dci_digit_run(year, strlen(year), 2, &count, &value), 4);
    ck_assert_uint_eq(value, 20);
    ck_assert_uint_eq(dci_digit_run("12\xe0\xa5\xa9x", 6, 9, &count, &value), 5);   /* 12३ */
    ck_assert_uint_eq(value, 123);
    ck_assert_uint_eq(dci_digit_run("x1", 2, 9, &count, NULL), 0);
    ck_assert_uint_eq(count, 0);
    ck_assert_uint_eq(dci_year_len(year, strlen(year)), 8);
    ck_assert_uint_eq(dci_year_len("2012", 4), 4);
    ck_assert_uint_eq(dci_year_len("1899", 4), 0);
    ck_assert_uint_eq(dci_year_len("2567", 4), 4);   /* the Buddhist era's 2024 */
    ck_assert_uint_eq(dci_year_len("2499", 4), 0);
    ck_assert_uint_eq(dci_year_len("2600", 4), 0);
    ck_assert_uint_eq(dci_year_len("20121", 5), 0);
    ck_assert_uint_eq(dci_year_len("2012", 3), 0);
    /* the time of day from its hour's last digit */
    ck_assert_uint_eq(dci_clock_len("8:49 PM", 7), 4);
    ck_assert_uint_eq(dci_clock_len("3:051", 5), 0);
    ck_assert_uint_eq(dci_clock_len("3:5", 3), 0);
    ck_assert_uint_eq(dci_clock_len("8:49", 3), 0);
    const char *ar = "\xd9\xa8:\xd9\xa4\xd9\xa9";   /* ٨:٤٩ */
    ck_assert_uint_eq(dci_clock_len(ar, strlen(ar)), 7);
    const char *th = "\xe0\xb9\x94:\xe0\xb9\x93\xe0\xb9\x92 \xe0\xb8\x99.";   /* ๔:๓๒ น. */
    ck_assert_uint_eq(dci_clock_len(th, strlen(th)), 10);
}
END_TEST

/* The rules that read numbers read them in any digits: a slide counter
 * ("١ / ٥"), a comment count, a date. */
START_TEST(test_numbers_in_other_digits)
{
    ck_assert(dci_is_slide_counter("\xd9\xa1 / \xd9\xa5"));              /* ١ / ٥ */
    ck_assert(dci_is_slide_counter("\xef\xbc\x92 of \xef\xbc\x98"));    /* ２ of ８ */
    ck_assert(!dci_is_slide_counter("\xd9\xa6 / \xd9\xa5"));             /* ٦ / ٥ */
    ck_assert(dci_match_comment_count("\xef\xbc\x93" " comments", 12, 1));   /* ３ comments */
    ck_assert(!dci_match_comment_count("no comments", 11, 1));
    char iso[32];
    /* ٢٠٢٤-٠٣-٠٥ ١٤:٣٢ */
    const char *ar = "\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa4-\xd9\xa0\xd9\xa3-\xd9\xa0\xd9\xa5 "
                     "\xd9\xa1\xd9\xa4:\xd9\xa3\xd9\xa2";
    ck_assert_uint_gt(dci_date_parse(ar, iso, sizeof iso), 0);
    ck_assert_str_eq(iso, "2024-03-05T14:32:00");
    /* ५/३/२०२४ (day first when the first number is past twelve or after a dot) */
    const char *hi = "\xe0\xa5\xa7\xe0\xa5\xa9.\xe0\xa5\xa9.\xe0\xa5\xa8\xe0\xa5\xa6"
                     "\xe0\xa5\xa8\xe0\xa5\xaa";   /* १३.३.२०२४ */
    ck_assert_uint_gt(dci_date_parse(hi, iso, sizeof iso), 0);
    ck_assert_str_eq(iso, "2024-03-13");
    const char *fw = "\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x94/3/5";   /* ２０２４/3/5 */
    ck_assert_uint_gt(dci_date_parse(fw, iso, sizeof iso), 0);
    ck_assert_str_eq(iso, "2024-03-05");
    /* the units Chinese, Japanese and Korean dates set after their numbers */
    ck_assert_uint_gt(dci_date_parse("2024\xe5\xb9\xb4" "3\xe6\x9c\x88" "5\xe6\x97\xa5 14:32", iso,
                                     sizeof iso), 0);   /* 2024年3月5日 14:32 */
    ck_assert_str_eq(iso, "2024-03-05T14:32:00");
    ck_assert_uint_gt(dci_date_parse("2024\xeb\x85\x84 3\xec\x9b\x94 5\xec\x9d\xbc", iso, sizeof iso),
                      0);   /* 2024년 3월 5일 */
    ck_assert_str_eq(iso, "2024-03-05");
    ck_assert_uint_gt(dci_date_parse("\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x94\xe5\xb9\xb4"
                                     "\xef\xbc\x93\xe6\x9c\x88\xef\xbc\x95\xe6\x97\xa5",
                                     iso, sizeof iso), 0);   /* ２０２４年３月５日 */
    ck_assert_str_eq(iso, "2024-03-05");
    /* a part named twice is no date: 2024年3月5月 */
    ck_assert_uint_eq(dci_date_parse("2024\xe5\xb9\xb4" "3\xe6\x9c\x88" "5\xe6\x9c\x88", iso, sizeof iso), 0);
}
END_TEST

/* The story's body closing with its readers' comments, four units of one
 * kind with no heading over them, each signed with a name and the time it
 * was posted in page_digits: "Ahmad | 2024-03-05 14:10", or stamp (the
 * hour's second digit its %d) when not NULL. */
static char *build_thread_page(const lang_page *p, const char *stamp_format)
{
    static const char *const names[] = {"Ahmad", "Bilal", "Cyrus", "Dina"};
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ck_assert_ptr_nonnull(f);
    fprintf(f, "<!DOCTYPE html><html lang=\"%s\" dir=\"%s\"><head><meta charset=\"utf-8\">"
               "<title>%s</title></head><body>\n<div class=\"xccccc\"><h1>%s</h1>\n"
               "<p class=\"xleadd\">%s</p>\n<div class=\"xbodyy\">\n",
            p->lang, p->dir, p->title, p->title, p->dek);
    for (int i = 0; i < 6; i++)
        fprintf(f, "<p>%s</p>\n", p->paras[i]);
    for (int i = 0; i < 4; i++) {
        char *stamp = tu_strdupf(stamp_format ? stamp_format : "2024-03-05 1%d:10", i + 4);
        char *when = in_digits(stamp);
        if (i < 3)
            fprintf(f, "<div class=\"xc xq%d\"><div><p>%s</p></div><p>%s | %s</p></div>\n", i,
                    p->comments[i], names[i], when);
        else
            fprintf(f, "<div class=\"xc xq%d\"><div><p>%s %s</p></div><p>%s | %s</p></div>\n", i,
                    p->comments[1], p->comments[2], names[i], when);
        free(stamp);
        free(when);
    }
    fprintf(f, "</div></div>\n<div class=\"xfootr\"><p>%s</p></div></body></html>\n", p->rights);
    fclose(f);
    return buf;
}

/* Comments signed with a time of day in the digits of the page's script
 * ("١٤:١٠", "१४:१०", "๑๔:๑๐", "１４：１０" aside, "１４:１０") and a year
 * (٢٠٢٤) are a thread after the story, as those signed in ASCII digits are
 * (unit-thread): read with ASCII digits alone, they had no time and were
 * kept as the story's last paragraphs. */
static const struct {
    int page, digits;
} digit_pages[] = {
    {AR, ARABIC_INDIC}, {AR, PERSIAN}, {HI, DEVANAGARI}, {HI, BENGALI},
    {TH, THAI},         {JA, FULL_WIDTH},
};

/* Cleans html (taken), a page of p's story and its comment thread: the
 * story's paragraphs stay and the comments go. */
static void assert_thread_goes(const lang_page *p, char *html)
{
    char *text = tu_text_ok(html);
    for (int i = 0; i < 6; i++)
        tu_assert_has(text, p->paras[i]);
    for (int i = 0; i < 3; i++)
        tu_assert_lacks(text, p->comments[i]);
    free(text);
    free(html);
}

START_TEST(test_comments_signed_in_other_digits_go)
{
    const lang_page *p = &pages[digit_pages[_i].page];
    page_digits = &digit_sets[digit_pages[_i].digits];
    char *html = build_thread_page(p, NULL);
    page_digits = NULL;
    assert_thread_goes(p, html);
}
END_TEST

/* Thai comments dated by the Buddhist era ("5 มี.ค. 2567 14:10 น.", 2567
 * for 2024), in Thai or ASCII digits: the year near the time makes it a
 * signature's, and the units a thread after the story, as "2024" does. */
START_TEST(test_comments_dated_by_buddhist_era_go)
{
    const lang_page *p = &pages[TH];
    page_digits = _i ? &digit_sets[THAI] : NULL;
    char *html = build_thread_page(p, "5 \xe0\xb8\xa1\xe0\xb8\xb5.\xe0\xb8\x84. 2567 1%d:10 "
                                      "\xe0\xb8\x99.");   /* 5 มี.ค. 2567 14:10 น. */
    page_digits = NULL;
    assert_thread_goes(p, html);
}
END_TEST

static Suite *scripts_suite(void)
{
    Suite *s = suite_create("scripts");
    TCase *pages_tc = tcase_create("pages");
    tcase_add_loop_test(pages_tc, test_article_stays_boilerplate_goes, 0, (int)DCX_COUNTOF(pages));
    suite_add_tcase(s, pages_tc);
    TCase *wide = tcase_create("wide letters");
    tcase_add_test(wide, test_wide_letters_count_double);
    tcase_add_loop_test(wide, test_short_cjk_dek_stays, ZH, JA + 1);
    suite_add_tcase(s, wide);
    TCase *stops = tcase_create("stops");
    tcase_add_test(stops, test_wide_stops);
    tcase_add_loop_test(stops, test_other_stops_end_sentences, ZH, HI + 1);
    tcase_add_test(stops, test_repeated_cjk_sentence_stays);
    tcase_add_test(stops, test_thai_abbreviation_is_no_full_stop);
    tcase_add_test(stops, test_trim_end);
    tcase_add_test(stops, test_stops_and_commas_of_more_scripts);
    tcase_add_loop_test(stops, test_stop_before_marks_and_spaces, 0, (int)DCX_COUNTOF(stop_followers));
    suite_add_tcase(s, stops);
    TCase *words = tcase_create("words");
    tcase_add_test(words, test_spaced_words);
    tcase_add_loop_test(words, test_cjk_menu_lines_go, ZH, JA + 1);
    suite_add_tcase(s, words);
    TCase *caseless = tcase_create("caseless");
    tcase_add_loop_test(caseless, test_links_in_caseless_sentences, 0, (int)DCX_COUNTOF(linked_lines));
    tcase_add_test(caseless, test_mid_sentence_letters);
    suite_add_tcase(s, caseless);
    TCase *digits = tcase_create("digits");
    tcase_add_test(digits, test_digit_values);
    tcase_add_test(digits, test_digit_runs);
    tcase_add_test(digits, test_numbers_in_other_digits);
    tcase_add_loop_test(digits, test_comments_dated_by_buddhist_era_go, 0, 2);
    tcase_add_loop_test(digits, test_comments_signed_in_other_digits_go, 0, (int)DCX_COUNTOF(digit_pages));
    suite_add_tcase(s, digits);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(scripts_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
