# د ځوانانو د پاڼو لپاره د Pathway کلمې، په پښتو.
# باید د یو اصلي ویونکي له خوا وکتل شي.

## People who help me

help-getting-details = ستاسو معلومات راځي… که آنلاین نه یاست، کله چې بیا آنلاین شئ ښکاره به شي.
help-adviser-about = ستاسو شخصي سلاکار. { $name } ستاسو په پلان کې او په هر هغه څه کې چې پېښ شي مرسته کوي.
help-message = { $name } ته پیغام
help-your-adviser = ستاسو شخصي سلاکار
help-no-adviser = تاسو ته لا شخصي سلاکار نه دی ټاکل شوی. د پاملرنې پرېښودونکو ټیم به تاسو ته ووايي چې څوک دی.
help-out-of-hours = د کاري ساعتونو بهر
help-out-of-hours-about = د پاملرنې پرېښودونکو ټیم، ماښام، شپه او د اونۍ په پای کې.
help-out-of-hours-team = د کاري ساعتونو بهر ټیم
help-emergency = په بیړني حالت کې
help-emergency-about = که همدا اوس په خطر کې یاست، یا څوک ټپي شوی وي.
help-advocate = مدافع
help-advocate-about = مدافع ستاسو په لوري دی. له تاسو سره مرسته کوي چې هغه څه ووایاست چې غواړئ، او ډاډ ترلاسه کوي چې ستاسو خبره اورېدل کېږي. د پاملرنې پرېښودونکو ټیم لپاره کار نه کوي، او وړیا دی.
help-visit = { $name } ته ورشئ
help-ask-for-advocate = له خپل شخصي سلاکار وپوښتئ چې څنګه مدافع ترلاسه کړئ: مدافع لرل ستاسو حق دی.

## My voice

voice-title = زما غږ
voice-lede = هر کله چې وغواړئ خپل شخصي سلاکار ته ووایاست چې حالات څنګه دي. پرته له سیګنال هم کار کوي.
voice-thanks = مننه چې تاسو موږ ته وویل.
voice-saved-will-send = په دې تلیفون کې خوندي دی او کله چې آنلاین شئ پخپله به ولېږل شي.
voice-sent = ولېږل شو.
voice-what-to-do = څه کول غواړئ؟
voice-what-sent = هغه څه چې ما لېږلي
voice-nothing-yet = لا هېڅ نشته.
voice-status-saved = په دې تلیفون کې خوندي شو — کله چې آنلاین شئ ولېږل شي
voice-status-read-by = { $name } ولوست
voice-status-sent = ولېږل شو
voice-replied = { $name } ځواب ورکړ:
voice-read-this = دا په لوړ غږ ولولئ
voice-how-feeling = څنګه احساس کوئ؟
voice-first-feeling = لومړی، څنګه احساس کوئ
voice-part-of = برخه { $part } له { $parts }
voice-last = وروستی: نور هر څه
voice-prep-about = بیا، هر ځل ستاسو د پلان یوه برخه: څه ښه روان دي، څه نه دي، او څه بدلول غواړئ. هر څه چې وغواړئ پرېږدئ. هغه څه چې لیکئ د لیکلو پر مهال په دې تلیفون کې ساتل کېږي، او کله چې یې ولېږئ ستاسو له پلان سره بیاکتنې ته ځي.
voice-anything-else = نور هر څه چې ویل یې غواړئ
voice-call-me = غواړم څوک ماته زنګ ووهي
voice-send = لېږل
voice-skip = دا برخه پرېږدئ
voice-next = بل
voice-back = شاته
call-now-label = که په خطر کې یاست
call-now-999 = که همدا اوس په خطر کې یاست، 999 ته زنګ ووهئ.
call-now-out-of-hours = د کاري ساعتونو بهر، د پاملرنې پرېښودونکو ټیم ته په دې شمېره زنګ وهلی شئ:

## What she can say in My voice

topic-review-ready = زما بیاکتنې ته چمتو کېدل
topic-good-news = ښه خبر شریکول
topic-problem = ستونزه حلول
topic-feeling = زما احساس
topic-where-i-live = د هغه ځای په اړه چې اوسېږم
topic-something-wrong = یوه ستونزه ده
prompt-good-news-what = څه پېښ شول؟
prompt-good-news-who = غواړم څوک پوه شي؟
prompt-problem-what = ستونزه څه ده؟
prompt-problem-help = څه به مرسته وکړي؟
prompt-feeling-why = زه ولې داسې احساس کوم؟
prompt-where-i-live-like = هغه ځای چې اوسېږم څنګه دی؟
prompt-where-i-live-better = څه به یې ښه کړي؟
prompt-something-wrong-what = څه ستونزه ده؟
prompt-something-wrong-where = زه اوس چېرته یم؟
feeling-great = ډېر ښه
feeling-good = ښه
feeling-okay = سم
feeling-sad = خپه
feeling-worried = اندېښنه
feeling-angry = غوسه
feeling-scared = وېره
feeling-unsafe = د خوندیتوب احساس نه کوم

## The parts of her plan

part-contact-and-support = اړیکه او ملاتړ
part-contact-and-support-about = څو ځله سره ګورو یا خبرې کوو، او څوک له تاسو سره مرسته کوي.
part-education-and-training = زده کړه او روزنه
part-education-and-training-about = ښوونځی، کالج، پوهنتون یا کورسونه.
part-work-and-activities = کار او نور فعالیتونه
part-work-and-activities-about = دندې، مسلکي زده کړې، رضاکاري کار او هغه کارونه چې کوئ یې.
part-if-things-go-wrong = که کارونه خراب شي
part-if-things-go-wrong-about = که دا پلان کار ونه کړي څه به کېږي.
part-where-i-live = هغه ځای چې اوسېږم
part-where-i-live-about = ستاسو کور، او ایا دا ستاسو لپاره مناسب دی.
part-family-and-friends = کورنۍ او ملګري
part-family-and-friends-about = له کورنۍ سره وخت، ملګري او هغه کسان چې تاسو ته مهم دي.
part-skills-for-living = په خپله د ژوند کولو مهارتونه
part-skills-for-living-about = پخلی، بلونه، پېرود او د کور ساتنه.
part-money = پیسې
part-money-about = ستاسو پیسې، ګټې، مرستې او په لګښتونو کې مرسته.
part-health-and-wellbeing = روغتیا او هوساینه
part-health-and-wellbeing-about = ستاسو بدن او ذهن، او څوک پکې مرسته کوي.
part-who-i-am = زه څوک یم
part-who-i-am-about = ستاسو کلتور، دین، ژبې او ستاسو ټاټوبی.

## Messages with her adviser

messages-lede = هر کله چې وغواړئ خپل شخصي سلاکار ته ولیکئ. پرته له سیګنال هم کار کوي، او پخپله لېږل کېږي.
messages-notify-offer = غواړئ خبر شئ کله چې { $name } ځواب درکړي، حتی که Pathway بند وي؟
messages-notify-offer-adviser = غواړئ خبر شئ کله چې ستاسو سلاکار ځواب درکړي، حتی که Pathway بند وي؟
messages-notify-button = کله چې ځواب راشي خبر مې کړه
messages-your-message = ستاسو پیغام
messages-your-reply = ستاسو ځواب
messages-none-yet-hers = لا پیغامونه نشته. سلام ووایاست، پوښتنه وکړئ، یا ورته ووایاست چې حالات څنګه دي.
messages-none-yet = لا پیغامونه نشته.
messages-you = تاسو
messages-delivered = ورسېد
messages-read-by-at = { $name } په { $time } ولوست
messages-day-time = { $day }، { $time }
notify-label = خبرتیاوې
notify-on = خبرتیاوې فعالې دي. یوازې وايي چې څه نوي شته، هېڅکله نه وايي چې څه.
notify-unavailable = دې تلیفون خبرتیاوې فعالې نه کړای شوې. Pathway بیا هم هر نوی شی ښیي کله چې یې پرانیزئ.

## Meetings with her adviser

contacts-title = لیدنې
contacts-getting = ستاسو لیدنې راځي… که آنلاین نه یاست، کله چې بیا آنلاین شئ ښکاره به شي.
contacts-lede = هغه وختونه چې تاسو او ستاسو شخصي سلاکار سره ولیدل یا خبرې مو وکړې، او سلاکار له تاسو سره شریک کړي.
contacts-lede-with = هغه وختونه چې تاسو او { $name } سره ولیدل یا خبرې مو وکړې، او { $name } له تاسو سره شریک کړي.
contacts-none-shared = لا له تاسو سره هېڅ شی نه دی شریک شوی.
contacts-we-agreed = موږ موافقه وکړه:
contact-home-visit = کور ته لیدنه
contact-other-visit = بله لیدنه
contact-office = په دفتر کې
contact-phone = تلیفوني
contact-video = ویډیويي
contact-message = لنډ پیغام
contact-email = برېښنالیک
contact-tried = هڅه وشوه — ځواب یې ورنه کړ

## Where she is signed in

signed-in-title = ستاسو حساب چېرته خلاص دی
signed-in-lede = هر تلیفون او براوزر چې ستاسو په نوم ننوتی. که یو ورک شي یا بل څوک یې ولري، هغه وباسئ: کله چې آنلاین شي هر هغه څه پاکوي چې Pathway پرې ساتلي.
signed-in-checking = کتل کېږي…
signed-in-offline = تاسو آفلاین یاست. انټرنېټ سره وصل شئ چې وګورئ ستاسو حساب چېرته خلاص دی.
signed-in-try-again = بیا هڅه وکړئ
signed-in-one-out = { $device } وایستل شو.
signed-in-others-out =
    { $count ->
        [one] { $count } بل تلیفون یا براوزر وایستل شو.
       *[other] { $count } نور تلیفونونه او براوزرونه وایستل شول.
    }
signed-in-all-others = له نورو ټولو ځایونو ووځئ
signed-in-all-others-question = له نورو ټولو ځایونو وځئ؟
signed-in-will-be-lost = هر څه چې هلته لیکل شوي او لا نه دي لېږل شوي له منځه ځي. تاسو دلته ننوتي پاتې کېږئ.
signed-in-yes = هو، ووځئ
signed-in-keep = ننوتی یې پرېږدئ
signed-in-this-one = تاسو همدا کاروئ
signed-in-since = ننوتلي { $since } · کارول شوی { $used }
signed-in-question = { $device } وباسئ؟
signed-in-sign-out-device = { $device } وباسئ
signed-in-sign-out = وتل

## This phone

phone-title = دا تلیفون
phone-lede = هغه څه چې Pathway په دې تلیفون کې ساتي، څو پرته له سیګنال کار وکړي.
gender-about = ستاسو په ژبه کې ځینې کلمې د نجلۍ او هلک لپاره توپیر لري. هغه وټاکئ چې تاسو ته برابر وي. یوازې ستاسو د پردو کلمې بدلیږي.
gender-feminine = لکه نجلۍ ته
gender-masculine = لکه هلک ته
gender-neutral = نه ټاکم: دواړه وښایه
gender-changing = د Pathway د خبرو طریقه بدلیږي…
phone-waiting = د لېږلو په تمه
phone-safe-here =
    { $count ->
        [one] په دې تلیفون کې خوندي دی.
       *[other] په دې تلیفون کې خوندي دي.
    }
phone-nothing-waiting = هېڅ شی په تمه نه دی: هر څه لېږل شوي دي.
phone-refused =
    { $count ->
        [one] { $count } بدلون خوندي نه شو. هغه پاڼه چې پورې اړه لري وایي ولې.
       *[other] { $count } بدلونونه خوندي نه شول. هغه پاڼې چې پورې اړه لري وایي ولې.
    }
phone-send-now = اوس یې ولېږئ
phone-check-now = تازه معلومات وګورئ
phone-kept = په دې تلیفون کې ساتل شوي
phone-kept-yours = ستاسو پلان، موخې، پیغامونه او لیدنې
phone-kept-theirs = د هغو ځوانانو ریکارډونه چې تاسو ورسره کار کوئ
phone-records =
    { $count ->
        [one] { $count } ریکارډ · { $size }
       *[other] { $count } ریکارډونه · { $size }
    }
phone-your-changes = ستاسو بدلونونه چې د لېږلو په تمه دي
phone-none = هېڅ
phone-everything = هر څه چې Pathway دلته ساتي
phone-set-aside =
    { $count ->
        [one] { $count } خوندي شوې نسخه چې Pathway د یوه تازه کولو وروسته ونه شوای لوستلای یوې خوا ته ایښودل شوې ده ({ $size }). په هغې کې هر بدلون بېرته ترلاسه شو.
       *[other] { $count } خوندي شوې نسخې چې Pathway د یوه تازه کولو وروسته ونه شوای لوستلای یوې خوا ته ایښودل شوې دي ({ $size }). په هغو کې هر بدلون بېرته ترلاسه شو.
    }
phone-others-waiting = بل چا چې په دې تلیفون کې Pathway کارولی، بدلونونه یې د لېږلو په تمه دي. کله چې هغه بیا ننوځي لېږل کېږي؛ بل هېڅوک یې نه شي لیدلای.
phone-signing-out = وتل
phone-signing-out-about = وتل ستاسو هر څه له دې تلیفون څخه لرې کوي. که نور خلک یې کاروي، ووځئ.
phone-see-signed-in = ټول هغه ځایونه وګورئ چې ستاسو حساب پکې خلاص دی
phone-lost-phone = { " " }— او هغه تلیفون وباسئ چې ورک کړی مو دی.

## My goals (the Bees' names are in first.ftl)

goals-title = زما موخې
goals-bee-heading = { $bee }
goals-happy-about = ښه احساس، خوند اخیستل، هغه خلک چې ستاسو پروا لري.
goals-healthy-about = د خپل بدن او ذهن پاملرنه.
goals-safe-about = په هغه ځای کې چې اوسېږئ او له شاوخوا خلکو سره د خوندیتوب احساس.
goals-resilient-about = کله چې شیان سخت وي ورسره مقابله کول، او بېرته ودرېدل.
goals-ambitious-about = زده کړه، کار او هغه شیان چې غواړئ یې وکړئ.
goals-independent-about = خپل ژوند پخپله چلول: کور، پیسې او ورځني مهارتونه.
goals-scale-not-started = نه دی پیل شوی
goals-scale-starting = پیل شوی
goals-scale-getting-there = په لاره کې
goals-scale-nearly-there = نږدې دی
goals-scale-done-it = وشو
goals-cell-empty = { $bee }: لا موخې نشته
goals-cell = { $bee }: د لارې { $percent } سلنه
goals-progress-yours = ستاسو پرمختګ. { $cells }.
goals-progress-of = د { $name } پرمختګ. { $cells }.
goals-progress-theirs = د هغوی پرمختګ. { $cells }.
goals-cells-fill-yours = هره خونه ډکېږي څنګه چې په هغه برخه کې ستاسو موخې مخ ته ځي.
goals-cells-fill-of = هره خونه ډکېږي څنګه چې په هغه برخه کې د { $name } موخې مخ ته ځي.
goals-cells-fill-theirs = هره خونه ډکېږي څنګه چې په هغه برخه کې د هغوی موخې مخ ته ځي.
goals-add = موخه ورزیاته کړئ
goals-none-yours = دلته لا موخې نشته. تاسو کولی شئ یوه ورزیاته کړئ.
goals-your-adviser = ستاسو شخصي سلاکار
goals-a-suggestion = وړاندیز شوې موخه
goals-suggested = { $name } د { $bee } لپاره یوه موخه وړاندیز کړه:
goals-make-mine = زما موخه دې وي
goals-no-thanks = نه، مننه
goals-not-rated = لا نه ده ارزول شوې
goals-how-its-going = څنګه روانه ده: { $words }
goals-by-day = { " " }· تر { $day }
goals-did-it = تاسو وکړه: «{ $goal }»!
goals-every-step = ټول ګامونه بشپړ شول. ډېر ښه!
goals-a-step = یو ګام بشپړ شو. شاباس!
goals-from = له { $name } څخه:
goals-rate = څنګه روانه ده؟
goals-choose-rate = وټاکئ چې څنګه روانه ده
goals-note = یادښت (که وغواړئ)
goals-save-rating = وضعیت خوندي کړئ
goals-change-words = کلمې بدلې کړئ
goals-of = { $goal }
goals-in-your-words = موخه، په خپلو کلمو
goals-save = خوندي کول
goals-cancel = لغوه
goals-chart = پرمختګ د وخت په اوږدو کې: { $ratings }.
goals-chart-rating = { $words } په { $day }
goals-chart-advisers-rating = { $words } په { $day } (د سلاکار ارزونه)
goals-choose-bee = وټاکئ چې په کومه برخه پورې اړه لري.
goals-write-it = موخه په څو کلمو ولیکئ.
goals-your-goal = ستاسو موخه، په خپلو کلمو
goals-which-bee = کومه برخه؟
goals-choose = وټاکئ…
goals-steps = کوچني ګامونه (هر یو په یوه کرښه، که وغواړئ)
goals-by = تر کله (که وغواړئ)

## My plan (the parts' names are in "The parts of her plan" above)

plan-title = زما پلان
plan-not-found = دا پلان نه موندل کېږي
plan-not-found-why = کېدای شي د داسې چا وي چې نور ستاسو په لست کې نه دی.
plan-getting = پلان راوړل کېږي… که آفلاین یاست، څنګه چې آنلاین شئ ښکاره به شي.
plan-two-places =
    { $count ->
        [one] د دې پلان { $count } برخه په دوو ځایونو کې بدله شوه. دواړه نسخې پکې ساتل شوې: وټاکئ کومه پاتې شي.
       *[other] د دې پلان { $count } برخې په دوو ځایونو کې بدلې شوې. دواړه نسخې پکې ساتل شوې: وټاکئ کومه پاتې شي.
    }
plan-my-adviser = زما شخصي سلاکار
plan-not-named = لا نوم نه دی اخیستل شوی
plan-next-catch-up = راتلونکې لیدنه
plan-next-review = د پلان راتلونکې بیاکتنه
plan-asked-for-on = په { $day } غوښتل شوې
plan-after-the-move = { $day } (د { $moved } له کډې وروسته)
plan-not-set = لا ټاکل شوی نه دی
plan-whats-next = بل څه
plan-nothing-left = اوس مهال په دې پلان کې هېڅ کار پاتې نه دی.
plan-by = تر
plan-more-below =
    { $count ->
        [one] او { $count } نور په لاندې برخو کې.
       *[other] او { $count } نور په لاندې برخو کې.
    }
plan-who-not-said = څوک: لا نه دي ویل شوي
plan-who = څوک: { $who }
plan-you-first = تاسو
plan-you = تاسو
plan-ticked-off = { $who } بشپړ کړ
plan-ticked-off-on = { $who } په { $day } د { $time } بجو بشپړ کړ
plan-done-label = بشپړ:
plan-to-do-label = د کولو لپاره:
plan-done-cheer = شاباس — هغه بشپړ شو!
plan-nothing-planned = هېڅ پلان شوی نه دی
plan-all-done = ټول بشپړ دي
plan-to-do = { $count } کارونه پاتې
plan-your-words-here = ستاسو کلمې دلته دي
plan-add-your-words = خپلې کلمې ورزیاتې کړئ
plan-two-versions = دوه نسخې د ټاکلو لپاره
plan-changed-since = له { $number } نسخې راهیسې بدل شوی
plan-no-changes = له { $number } نسخې راهیسې هېڅ بدلون نشته.
plan-whats-planned = څه پلان شوي
plan-nothing-planned-here = دلته لا څه پلان شوي نه دي.
plan-what-i-think = زه څه فکر کوم
plan-no-thoughts = تاسو لا دلته خپل فکرونه نه دي ورزیات کړي.
plan-saved-not-sent = په دې تلیفون کې خوندي، لا نه دی لېږل شوی
plan-add-what-i-think = زما فکر ورزیات کړئ
plan-change-words = دا کلمې بدلې کړئ
plan-about-part = د { $part } په اړه
plan-for-my-review = زما د راتلونکې بیاکتنې لپاره
plan-save = خوندي کول
plan-cancel = لغوه
plan-saving-keeps = خوندي کول یې سمدستي په دې تلیفون کې ساتي؛ کله چې سیګنال وي لېږل کېږي.
plan-reviews-mine = زما د پلان بیاکتنې
plan-you-asked = تاسو په { $day } بیاکتنه وغوښته. ستاسو شخصي سلاکار ته ویل شوي — هغه بیاکتنه چې تاسو یې غواړئ نه ردېږي.
plan-review-recorded = دا بیاکتنه په دې تلیفون کې ثبت ده. کله چې ولېږل شي د پلان راتلونکې نسخه کېږي.
plan-review-getting-ready = ستاسو راتلونکې بیاکتنه چمتو کېږي.
plan-review-marked = له { $number } نسخې راهیسې څه چې بدل شوي په لاندې هره برخه کې نښه شوي.
plan-every-six-months = ستاسو پلان لږ تر لږه هر شپږ میاشتې بیا کتل کېږي. هر وخت کولی شئ بیاکتنه وغواړئ، او نه ردېږي.
plan-ask-review = بیاکتنه وغواړئ
plan-review-why = د څه په اړه غواړئ خبرې وکړئ؟ (اړتیا نشته چې ووایئ.)
plan-ask-my-review = زما بیاکتنه وغواړئ
plan-every-version = زما د پلان ټولې نسخې
plan-reviewed-agree = ستاسو پلان په { $day } بیاکتل شو. ایا ورسره موافق یاست؟
plan-read-and-answer = { $number } نسخه ولولئ او ځواب ورکړئ
plan-read-version = { $number } نسخه ولولئ
plan-you-agree = { $number } نسخه، په { $day } بیاکتل شوې: تاسو ورسره موافق یاست.
plan-you-disagree = تاسو له { $number } نسخې سره موافق نه یاست (په { $day } بیاکتل شوې).
plan-kept-on-plan = دا ستاسو په پلان کې ساتل کېږي، او هر څوک چې ستاسو پلان لولي دا ویني.

## Versions of her plan, and two versions side by side (and of the same words)

plan-back-to-mine = → زما پلان
plan-back-to-versions = → ټولې نسخې
plan-versions-lede = هره بیاکتنه نوې نسخه جوړوي. نسخې لکه څنګه چې موافقه شوې ساتل کېږي او هېڅکله نه بدلېږي.
plan-no-versions = لا نسخې نشته: لومړۍ یې په Pathway کې ستاسو په لومړۍ بیاکتنه کې جوړېږي.
plan-version = { $number } نسخه
plan-reviewed-on = په { $day } بیاکتل شوې
plan-not-said-yet = تاسو لا نه دي ویلي چې موافق یاست که نه
plan-agree-with-version = تاسو له دې نسخې سره موافق یاست
plan-disagree-with-version = تاسو له دې نسخې سره موافق نه یاست
plan-compare-two = دوه نسخې پرتله کړئ
plan-earlier-version = پخوانۍ نسخه
plan-later-version = وروستۍ نسخه
plan-compare-side-by-side = څنګ په څنګ پرتله کړئ
plan-version-not-found = دا نسخه نه موندل کېږي
plan-version-not-found-why = که آفلاین یاست، کله چې دا تلیفون تازه شي ښکاره به شي.
plan-see-every-version = ټولې نسخې وګورئ
plan-my-version = زما پلان — { $number } نسخه
plan-compare-before = له مخکېنۍ سره پرتله کړئ ←
plan-fact-name = نوم
plan-fact-reviewed-on = د بیاکتنې نېټه
plan-fact-who-took-part = چا ګډون وکړ
plan-not-written-down = نه دی لیکل شوی
plan-fact-how-you-took-part = تاسو څنګه ګډون وکړ
plan-fact-why-not = ولې نه
plan-fact-next-review = راتلونکې بیاکتنه
plan-fact-written-by = لیکوال
plan-print = چاپ یا د PDF په توګه خوندي کړئ
plan-agreement = موافقه
plan-agreed-on = په { $day } مو موافقه وکړه
plan-disagreed-on = په { $day } مو موافقه ونه کړه
plan-agreed-not-sent = موافقه مو وکړه (په دې تلیفون کې خوندي، لا نه ده لېږل شوې)
plan-disagreed-not-sent = موافقه مو ونه کړه (په دې تلیفون کې خوندي، لا نه ده لېږل شوې)
plan-earlier-answer = (یو پخوانی ځواب)
plan-answer-choose = «موافق یم» یا «موافق نه یم» وټاکئ.
plan-answer-say-why = ووایئ ولې موافق نه یاست، څو ولیکل شي.
plan-change-answer = زما ځواب بدل کړئ
plan-do-you-agree = ایا تاسو د خپل پلان له دې نسخې سره موافق یاست؟
plan-i-agree = موافق یم
plan-i-dont-agree = موافق نه یم
plan-why-not-agree = ولې موافق نه یاست؟ ستاسو دلیلونه په پلان کې ساتل کېږي.
plan-anything-to-add = غواړئ څه ورزیات کړئ؟ (اړتیا نشته.)
plan-send-answer = زما ځواب ولېږئ
plan-answer-saved = ستاسو ځواب سمدستي په دې تلیفون کې خوندي کېږي، او کله چې سیګنال وي لېږل کېږي.
plan-versions-not-found = دا نسخې نه موندل کېږي
plan-version-and-version = { $left } نسخه او { $right } نسخه
plan-things-changed =
    { $count ->
        [0] د دې دوو نسخو ترمنځ په پلان کې هېڅ بدلون نه دی راغلی.
        [one] { $count } شی بدل شو. هر بدلون نومول شوی: ورزیات شوی، لرې شوی یا بدل شوی.
       *[other] { $count } شیان بدل شول. هر بدلون نومول شوی: ورزیات شوی، لرې شوی یا بدل شوی.
    }
plan-action-done = { $what } (بشپړ)
plan-changes =
    { $count ->
        [0] هېڅ بدلون نشته
        [one] { $count } بدلون
       *[other] { $count } بدلونونه
    }
plan-nothing-in-either = په هېڅ نسخه کې څه نه دي لیکل شوي.
plan-change-column = بدلون
plan-nothing-planned-in-version = دلته هېڅ پلان شوی نه دی.
plan-nothing-written-in-version = دلته هېڅ نه دي لیکل شوي.
plan-done = بشپړ
plan-to-do-state = د کولو لپاره
took-part-came-and-spoke = تاسو راغلئ او پخپله مو خبرې وکړې
took-part-with-advocate = تاسو راغلئ، او یوه مدافع ستاسو په استازیتوب خبرې وکړې
took-part-sent-views = تاسو خپل نظرونه لیکلي یا د اپ له لارې ولېږل
took-part-did-not = تاسو ګډون ونه کړ
change-none = هېڅ بدلون نشته
change-added = ورزیات شو
change-removed = لرې شو
change-changed = بدل شو
change-now-done = اوس بشپړ
change-no-longer-done = نور بشپړ نه دی
change-who = څوک: { $before } ← { $after }
change-no-date = نېټه نشته
change-by-when = تر کله: { $before } ← { $after }
two-versions-words = دا کلمې
two-versions-what = څه به وشي
two-versions-who = څوک یې کوي
two-versions-by-when = تر کله
two-versions-done = بشپړ دی که نه
two-versions-this = دا
two-versions-of = د { $what } دوه نسخې
two-versions-changed = په دوو ځایونو کې بدل شو: { $what }.
two-versions-nothing-lost = هېڅ شی نه دی ورک شوی — وټاکئ کوم یو وساتئ.
two-versions-first = ۱ نسخه (اوس ښودل کېږي)
two-versions-second = ۲ نسخه، د { $name } له خوا
two-versions-keep-first = ۱ نسخه وساتئ
two-versions-keep-second = ۲ نسخه وساتئ
two-versions-combine = یو ځای یې کړئ

## What's written about me (its title is in first.ftl)

written-getting = هر هغه څه راوړل کېږي چې ستاسو په اړه لیکل شوي…
written-offline = تاسو آفلاین یاست. دا مستقیم د Pathway له ریکارډونو راځي، نه یوازې له هغه څه چې په دې تلیفون کې دي، نو اتصال ته اړتیا لري. کله چې بېرته آنلاین شوئ بیا هڅه وکړئ.
written-try-again = بیا هڅه وکړئ
written-about-name = هغه څه چې د { $name } په اړه لیکل شوي
written-lede = هر هغه څه چې Pathway ستاسو په اړه ساتي، په { $day } راټول شوي.
written-staff-notes-about = ځینې یادښتونه یوازې د هغو کارکوونکو لپاره دي چې ستاسو ملاتړ کوي. هغوی له خپلو نېټو سره په پای کې لیست شوي، څو هېڅ شی له تاسو پټ نه وي. تاسو کولی شئ د هر یوه په اړه له خپل شخصي سلاکار وپوښتئ.
written-download-page = د وېب پاڼې په توګه یې ښکته کړئ
written-download-file = د نورو اپونو لپاره د فایل په توګه یې ښکته کړئ
written-about-me = زما په اړه
written-date-of-birth = د زېږون نېټه
written-plan-now = زما پلان اوس
written-versions = زما د پلان نسخې
written-none-yet = لا هېڅ نه.
written-version-reviewed = { $number } نسخه، په { $day } بیاکتل شوې
written-you-agreed-on = په { $day } مو موافقه وکړه
written-you-disagreed-on = په { $day } مو موافقه ونه کړه
written-you-agreed = موافقه مو وکړه
written-you-disagreed = موافقه مو ونه کړه
written-review-getting-ready = یوه بیاکتنه چمتو کېږي.
written-review-getting-ready-for = د { $day } لپاره یوه بیاکتنه چمتو کېږي.
written-asked-for = هغه بیاکتنې چې ما غوښتې
written-a-suggestion = (یو وړاندیز)
written-you-said-no = (تاسو نه ویل)
written-rating = { $day }: { $words } — د { $name } له خوا
written-note = { $name } ولیکل: «{ $text }»
written-contacts = د لیدنو یادښتونه چې له ما سره شریک شوي
written-written-by = (د { $name } لیکلی)
written-feeling = احساس: { $feeling }
written-asked-call = تاسو وغوښتل چې څوک درته زنګ ووهي.
written-read-by-on = { $name } په { $day } ولوست
written-replied = { $name } ځواب ورکړ: «{ $text }»
written-who-opened = چا ستاسو ریکارډونه پرانیستي
written-who-opened-about = هر کارکوونکی چې ستاسو ریکارډونه یې پرانیستي یا پکې یې لیکلي، نوي لومړی.
written-staff-only = هغه یادښتونه چې یوازې کارکوونکي یې لولي
written-staff-contact = د اړیکې یادښت ({ $how }) چې { $name } لیکلی
written-staff-contact-unread = د اړیکې یادښت
written-staff-national-count = د پاملرنې څخه د وتونکو ځوانانو د حکومت د کلنۍ شمېرنې لپاره معلومات
written-there-are-none = هېڅ یو نشته.
looked-none-yours = لا هېڅ کارکوونکي ستاسو ریکارډونه نه دي پرانیستي.
looked-show-all = ټول وښایاست ({ $count })
looked-line = { $name } ({ $role }) { $what } — { $day } د { $time } بجو
looked-opened-plan = ستاسو پلان یې پرانیست
looked-opened-contacts = ستاسو د لیدنو یادښتونه یې پرانیستل
looked-opened-goals = ستاسو موخې یې پرانیستې
looked-opened-versions = ستاسو د پلان نسخې یې پرانیستې
looked-wrote = ستاسو په ریکارډونو کې یې ولیکل
role-personal-adviser = شخصي سلاکار
role-team-manager = د ټیم مدیر
role-head-of-service = د خدمت مشر
role-young-person = ځوان

## A change the server would not keep (its reason comes from the server)

refused-not-saved = یو بدلون خوندي نه شو.
refused-ok = سمه ده
refusal-not-found = دا نور دلته نشته، یا یې بدلول ستاسو کار نه دی.
refusal-removed = ستاسو د بدلون له رسېدو مخکې لرې شوی و.
refusal-advisers-to-change = یوازې ستاسو شخصي سلاکار دا بدلولی شي. تاسو کولی شئ په خپل پلان کې د هغې په اړه خپله نظر ووایاست.
refusal-written-down = دا لیکل شوی، نو نه بدلیږي.
refusal-not-written-down-yet = دا بیاکتنه لا نه ده لیکل شوې، نو لا د موافقې لپاره څه نشته.
refusal-not-kept = Pathway ونه شو کولی دا لکه څنګه چې لیکل شوی وساتي. یې وګورئ او بیا هڅه وکړئ.
refusal-already-dealt-with = دا بدلون مخکې له مخکې اداره شوی.
refusal-not-allowed = تاسو دا بدلون نشئ کولی.

## Where she signed in: browsers and systems keep their names

device-on = { $browser } په { $system } کې
device-a-browser = یو وېب براوزر
device-a-mac = یو Mac
device-a-chromebook = یو Chromebook

## What was started and not sent or saved (the sign-out screen)

writing-unfinished = لا بشپړ شوی نه دی
sign-out-unfinished-about =
    { $count ->
        [one] تاسو د دې لیکل پیل کړل، خو تر اوسه مو نه دی لېږلی او نه مو ساتلی. وتل یې له دې تلیفون څخه پاکوي. د ساتلو لپاره، ورته بېرته ورشئ او لومړی یې ولېږئ یا یې وساتئ.
       *[other] تاسو د دې لیکل پیل کړل، خو تر اوسه مو نه دي لېږلي او نه مو ساتلي. وتل یې له دې تلیفون څخه پاکوي. د ساتلو لپاره، هر یو ته بېرته ورشئ او لومړی یې ولېږئ یا یې وساتئ.
    }
writing-statement = { $topic }، په زما غږ کې
writing-message = یو پیغام
writing-reply = یو ځواب
writing-review-request = د بیاکتنې د غوښتنې لامل
writing-answer = ستاسو نظر د خپل پلان د یوې نسخې په اړه
writing-your-plan = { $part }، ستاسو په پلان کې
writing-plan = { $part }، په یوه پلان کې
writing-action = یو اقدام، په { $part } کې
writing-contact = د لیدنې یادښت
writing-goal = یوه نوې موخه
writing-rating = یوه موخه څنګه پرمخ ځي
writing-rename = د یوې موخې لپاره نوي ټکي
writing-cheer = هڅونه
writing-review = د یوې بیاکتنې ثبت
writing-audit-grading = د کار د یوې څېړنې درجه بندي
writing-audit-answer = د کار یوې څېړنې ته ځواب
