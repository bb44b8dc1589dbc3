# وشەکانی Pathway بۆ شاشەکانی گەنجان، بە کوردیی سۆرانی.
# پێویستە قسەکەرێکی زگماکی پێیدا بچێتەوە.

## People who help me

help-getting-details = زانیارییەکانت دێن… ئەگەر ئۆفلاینیت، کاتێک ئۆنلاین بوویتەوە دەردەکەون.
help-adviser-about = ڕاوێژکاری تایبەتت. { $name } لە پلانەکەت و لە هەر شتێکی تر کە ڕوو بدات یارمەتیت دەدات.
help-message = نامە بۆ { $name }
help-your-adviser = ڕاوێژکاری تایبەتت
help-no-adviser = هێشتا ڕاوێژکاری تایبەتت بۆ دیاری نەکراوە. تیمی جێهێشتنی چاودێری پێت دەڵێت کێیە.
help-out-of-hours = دەرەوەی کاتی کار
help-out-of-hours-about = تیمی جێهێشتنی چاودێری، ئێواران، شەوان و کۆتایی هەفتە.
help-out-of-hours-team = تیمی دەرەوەی کاتی کار
help-emergency = لە کاتی فریاگوزاریدا
help-emergency-about = ئەگەر ئێستا لە مەترسیدایت، یان کەسێک بریندار بووە.
help-advocate = پارێزەرێک
help-advocate-about = پارێزەر لە لای تۆیە. یارمەتیت دەدات ئەوەی دەتەوێت بیڵێیت، و دڵنیا دەبێتەوە کە گوێت لێ دەگیرێت. بۆ تیمی جێهێشتنی چاودێری کار ناکات، و بێبەرامبەرە.
help-visit = سەردانی { $name } بکە
help-ask-for-advocate = لە ڕاوێژکاری تایبەتت بپرسە چۆن پارێزەرێک وەربگریت: مافی خۆتە پارێزەرت هەبێت.

## My voice

voice-title = دەنگم
voice-lede = هەر کاتێک ویستت بە ڕاوێژکاری تایبەتی خۆت بڵێ کارەکان چۆنن. بێ هێڵیش کار دەکات.
voice-thanks = سوپاس کە پێت وتین.
voice-saved-will-send = لەم مۆبایلەدا پاشەکەوت کراوە و کاتێک ئۆنلاین بوویت خۆی دەنێردرێت.
voice-sent = نێردرا.
voice-what-to-do = دەتەوێت چی بکەیت؟
voice-what-sent = ئەوەی ناردوومە
voice-nothing-yet = هێشتا هیچ نییە.
voice-status-saved = لەم مۆبایلەدا پاشەکەوت کرا — کاتێک ئۆنلاین بوویت دەنێردرێت
voice-status-read-by = { $name } خوێندییەوە
voice-status-sent = نێردرا
voice-replied = { $name } وەڵامی دایەوە:
voice-read-this = ئەمە بە دەنگی بەرز بخوێنەوە
voice-how-feeling = هەستت چۆنە؟
voice-first-feeling = یەکەم، هەستت چۆنە
voice-part-of = بەشی { $part } لە { $parts }
voice-last = کۆتایی: هەر شتێکی تر
voice-prep-about = دواتر، هەر جارە بەشێک لە پلانەکەت: چی باش دەڕوات، چی نا، و چیت دەوێت بیگۆڕیت. هەر شتێکت ویست تێیپەڕێنە. ئەوەی دەینووسیت لە کاتی نووسیندا لەم مۆبایلەدا پاشەکەوت دەکرێت، و کاتێک ناردت لەگەڵ پلانەکەت دەچێت بۆ پێداچوونەوەکەت.
voice-anything-else = هەر شتێکی تر کە دەتەوێت بیڵێیت
voice-call-me = دەمەوێت کەسێک پەیوەندیم پێوە بکات
voice-send = ناردن
voice-skip = ئەم بەشە تێپەڕێنە
voice-next = دواتر
voice-back = گەڕانەوە
call-now-label = ئەگەر لە مەترسیدایت
call-now-999 = ئەگەر ئێستا لە مەترسیدایت، پەیوەندی بە 999ەوە بکە.
call-now-out-of-hours = لە دەرەوەی کاتی کار، دەتوانیت پەیوەندی بە تیمی جێهێشتنی چاودێرییەوە بکەیت لەسەر

## What she can say in My voice

topic-review-ready = خۆئامادەکردن بۆ پێداچوونەوەکەم
topic-good-news = هەواڵێکی خۆش بڵێ
topic-problem = کێشەیەک چارەسەر بکە
topic-feeling = هەستم چۆنە
topic-where-i-live = دەربارەی ئەو شوێنەی تێیدا دەژیم
topic-something-wrong = شتێک هەڵەیە
prompt-good-news-what = چی ڕوویدا؟
prompt-good-news-who = دەمەوێت کێ بزانێت؟
prompt-problem-what = کێشەکە چییە؟
prompt-problem-help = چی یارمەتی دەدات؟
prompt-feeling-why = چی وام لێ دەکات ئاوا هەست بکەم؟
prompt-where-i-live-like = ئەو شوێنەی تێیدا دەژیم چۆنە؟
prompt-where-i-live-better = چی باشتری دەکات؟
prompt-something-wrong-what = چی هەڵەیە؟
prompt-something-wrong-where = ئێستا لە کوێم؟
feeling-great = زۆر باش
feeling-good = باش
feeling-okay = خراپ نییە
feeling-sad = خەمبار
feeling-worried = نیگەران
feeling-angry = توڕە
feeling-scared = ترساو
feeling-unsafe = هەست بە سەلامەتی ناکەم

## The parts of her plan

part-contact-and-support = پەیوەندی و پشتگیری
part-contact-and-support-about = چەند جار یەکتر دەبینین یان قسە دەکەین، و کێ یارمەتیت دەدات.
part-education-and-training = خوێندن و ڕاهێنان
part-education-and-training-about = قوتابخانە، کۆلێژ، زانکۆ یان خول.
part-work-and-activities = کار و چالاکییەکانی تر
part-work-and-activities-about = کار، ڕاهێنانی پیشەیی، خۆبەخشی و ئەو شتانەی دەیکەیت.
part-if-things-go-wrong = ئەگەر شتەکان خراپ بوون
part-if-things-go-wrong-about = چی ڕوودەدات ئەگەر ئەم پلانە کار نەکات.
part-where-i-live = ئەو شوێنەی تێیدا دەژیم
part-where-i-live-about = ماڵەکەت، و ئایا بۆت گونجاوە.
part-family-and-friends = خێزان و هاوڕێیان
part-family-and-friends-about = کات لەگەڵ خێزان، هاوڕێیان و ئەو کەسانەی بۆت گرنگن.
part-skills-for-living = لێهاتوویی ژیانی سەربەخۆ
part-skills-for-living-about = چێشت لێنان، پسوولەکان، بازاڕکردن و ئاگاداری ماڵ.
part-money = پارە
part-money-about = پارەکەت، یارمەتییەکان، بەخشینەکان و یارمەتی لە تێچووەکاندا.
part-health-and-wellbeing = تەندروستی و خۆشگوزەرانی
part-health-and-wellbeing-about = جەستە و مێشکت، و کێ یارمەتییان دەدات.
part-who-i-am = من کێم
part-who-i-am-about = کولتوور، باوەڕ، زمانەکان و لە کوێوە هاتوویت.

## Messages with her adviser

messages-lede = هەر کاتێک ویستت بۆ ڕاوێژکاری تایبەتی خۆت بنووسە. بێ هێڵیش کار دەکات، و خۆی دەنێردرێت.
messages-notify-offer = دەتەوێت بزانیت کاتێک { $name } وەڵام دەداتەوە، تەنانەت ئەگەر Pathway داخرابێت؟
messages-notify-offer-adviser = دەتەوێت بزانیت کاتێک ڕاوێژکارەکەت وەڵام دەداتەوە، تەنانەت ئەگەر Pathway داخرابێت؟
messages-notify-button = کاتێک وەڵام هات ئاگادارم بکەرەوە
messages-your-message = نامەکەت
messages-your-reply = وەڵامەکەت
messages-none-yet-hers = هێشتا نامە نییە. سڵاو بکە، پرسیارێک بکە، یان پێیان بڵێ کارەکان چۆنن.
messages-none-yet = هێشتا نامە نییە.
messages-you = تۆ
messages-delivered = گەیشت
messages-read-by-at = { $name } لە کاتژمێر { $time } خوێندییەوە
messages-day-time = { $day }، { $time }
notify-label = ئاگادارکردنەوەکان
notify-on = ئاگادارکردنەوەکان کارادەن. تەنها دەڵێن شتێکی نوێ هەیە، هەرگیز نالێن چی.
notify-unavailable = ئەم مۆبایلە نەیتوانی ئاگادارکردنەوەکان کارا بکات. Pathway هێشتا هەموو شتێکی نوێ پیشان دەدات کاتێک دەیکەیتەوە.

## Meetings with her adviser

contacts-title = دیدارەکان
contacts-getting = دیدارەکانت دێن… ئەگەر ئۆفلاینیت، کاتێک ئۆنلاین بوویتەوە دەردەکەون.
contacts-lede-with = ئەو کاتانەی تۆ و { $name } یەکترتان بینی یان قسەتان کرد، کە { $name } لەگەڵت هاوبەشی کردووە.
contacts-lede = ئەو کاتانەی تۆ و ڕاوێژکاری تایبەتت یەکترتان بینی یان قسەتان کرد، کە ڕاوێژکارەکەت لەگەڵت هاوبەشی کردووە.
contacts-none-shared = هێشتا هیچ شتێک لەگەڵت هاوبەش نەکراوە.
contacts-we-agreed = ڕێککەوتین:
contact-home-visit = سەردانی ماڵ
contact-other-visit = سەردانی تر
contact-office = لە نووسینگە
contact-phone = بە تەلەفۆن
contact-video = بە ڤیدیۆ
contact-message = نامەی کورت
contact-email = ئیمەیڵ
contact-tried = هەوڵ درا — وەڵام نەدرایەوە

## Where she is signed in

signed-in-title = لە کوێ چوویتەتە ژوورەوە
signed-in-lede = هەموو مۆبایل و وێبگەڕێک کە بە ناوی تۆوە چووەتە ژوورەوە. ئەگەر یەکێکیان ون بوو یان لای کەسێکی ترە، دەری بکە: هەر کە ئۆنلاین بوو هەموو ئەوەی Pathway لەسەری هەڵیگرتووە دەسڕێتەوە.
signed-in-checking = دەپشکنرێت…
signed-in-offline = تۆ ئۆفلاینیت. پەیوەندی بە ئینتەرنێتەوە بکە بۆ ئەوەی ببینیت لە کوێ چوویتەتە ژوورەوە.
signed-in-try-again = دووبارە هەوڵ بدەوە
signed-in-one-out = { $device } دەرکرا.
signed-in-others-out = { $count } مۆبایل و وێبگەڕی تر دەرکران.
signed-in-all-others = لە هەموو شوێنەکانی تر بچۆ دەرەوە
signed-in-all-others-question = لە هەموو شوێنەکانی تر بچیتە دەرەوە؟
signed-in-will-be-lost = هەر شتێک لەوێ نووسرابێت و هێشتا نەنێردرابێت ون دەبێت. تۆ لێرە لە ژوورەوە دەمێنیتەوە.
signed-in-yes = بەڵێ، بچۆ دەرەوە
signed-in-keep = با لە ژوورەوە بمێنێت
signed-in-this-one = ئەمە بەکاردەهێنیت
signed-in-since = چووەتە ژوورەوە { $since } · بەکارهێنراوە { $used }
signed-in-question = { $device } دەربکرێت؟
signed-in-sign-out-device = { $device } دەربکە
signed-in-sign-out = چوونە دەرەوە

## This phone

phone-title = ئەم مۆبایلە
phone-lede = ئەوەی Pathway لەسەر ئەم مۆبایلە هەڵیدەگرێت، تا بێ ئاماژەش کار بکات.
gender-about = هەندێک وشە لە زمانەکەتدا بۆ کچ یان کوڕ دەگۆڕێن. ئەوەی بۆت گونجاوە هەڵبژێرە. تەنها وشەکانی سەر شاشەکانت دەگۆڕێن.
gender-feminine = وەک کچێک
gender-masculine = وەک کوڕێک
gender-neutral = هەڵنابژێرم: هەردووکیان نیشان بدە
gender-changing = شێوەی قسەکردنی Pathway دەگۆڕدرێت…
phone-waiting = چاوەڕێی ناردن
phone-safe-here =
    { $count ->
        [one] لەسەر ئەم مۆبایلە سەلامەتە.
       *[other] لەسەر ئەم مۆبایلە سەلامەتن.
    }
phone-nothing-waiting = هیچ شتێک چاوەڕێ ناکات: هەموو شتێک نێردراوە.
phone-refused =
    { $count ->
        [one] { $count } گۆڕانکاری پاشەکەوت نەکرا. ئەو پەڕەیەی پەیوەندیی پێوە هەیە دەڵێت بۆچی.
       *[other] { $count } گۆڕانکاری پاشەکەوت نەکران. ئەو پەڕانەی پەیوەندییان پێوە هەیە دەڵێن بۆچی.
    }
phone-send-now = ئێستا بینێرە
phone-check-now = پشکنینی نوێکارییەکان
phone-kept = لەسەر ئەم مۆبایلە هەڵگیراوە
phone-kept-yours = پلان، ئامانج، نامە و دیدارەکانت
phone-kept-theirs = تۆمارەکانی ئەو گەنجانەی کاریان لەگەڵ دەکەیت
phone-records =
    { $count ->
        [one] { $count } تۆمار · { $size }
       *[other] { $count } تۆمار · { $size }
    }
phone-your-changes = گۆڕانکارییەکانت کە چاوەڕێی ناردنن
phone-none = هیچ
phone-everything = هەموو ئەوەی Pathway لێرە هەڵیدەگرێت
phone-set-aside =
    { $count ->
        [one] { $count } کۆپیی پاشەکەوتکراو کە Pathway دوای نوێکردنەوەیەک نەیتوانی بیخوێنێتەوە لاوە دانراوە ({ $size }). هەر گۆڕانکارییەک تێیدا گەڕێنرایەوە.
       *[other] { $count } کۆپیی پاشەکەوتکراو کە Pathway دوای نوێکردنەوەیەک نەیتوانی بیانخوێنێتەوە لاوە دانراون ({ $size }). هەر گۆڕانکارییەک تێیاندا گەڕێنرایەوە.
    }
phone-others-waiting = کەسێکی تر کە Pathway ی لەسەر ئەم مۆبایلە بەکارهێناوە گۆڕانکاریی چاوەڕێکراوی هەیە. کاتێک ئەو کەسە دووبارە دەچێتە ژوورەوە دەنێردرێن؛ هیچ کەسێکی تر نایانبینێت.
phone-signing-out = چوونە دەرەوە
phone-signing-out-about = چوونە دەرەوە هەموو شتێکی تۆ لەم مۆبایلە لادەبات. ئەگەر کەسانی تر بەکاریدەهێنن، بچۆ دەرەوە.
phone-see-signed-in = ببینە لە کوێ چوویتەتە ژوورەوە
phone-lost-phone = { " " }— و مۆبایلێک کە ونت کردووە دەربکە.

## My goals (the Bees' names are in first.ftl)

goals-title = ئامانجەکانم
goals-bee-heading = { $bee }
goals-happy-about = هەستی باش، کات بەسەربردنی خۆش، کەسانێک کە گرنگیت پێدەدەن.
goals-healthy-about = ئاگاداری لە جەستە و مێشکت.
goals-safe-about = هەستی سەلامەتی لەو شوێنەی دەژیت و لەگەڵ ئەوانەی دەوروبەرت.
goals-resilient-about = بەرگەگرتن کاتێک شتەکان قورسن، و دووبارە هەستانەوە.
goals-ambitious-about = فێربوون، کار و ئەو شتانەی دەتەوێت بیکەیت.
goals-independent-about = بەڕێوەبردنی ژیانی خۆت: ماڵ، پارە و لێهاتوویی ڕۆژانە.
goals-scale-not-started = دەستی پێنەکردووە
goals-scale-starting = دەستی پێکردووە
goals-scale-getting-there = لە ڕێگادایە
goals-scale-nearly-there = نزیکە
goals-scale-done-it = کرا
goals-cell-empty = { $bee }: هێشتا ئامانج نییە
goals-cell = { $bee }: { $percent } لە سەدی ڕێگاکە
goals-progress-yours = پێشکەوتنی تۆ. { $cells }.
goals-progress-of = پێشکەوتنی { $name }. { $cells }.
goals-progress-theirs = پێشکەوتنیان. { $cells }.
goals-cells-fill-yours = هەر خانەیەک پڕ دەبێت کاتێک ئامانجەکانت لەو بەشەدا پێش دەکەون.
goals-cells-fill-of = هەر خانەیەک پڕ دەبێت کاتێک ئامانجەکانی { $name } لەو بەشەدا پێش دەکەون.
goals-cells-fill-theirs = هەر خانەیەک پڕ دەبێت کاتێک ئامانجەکانیان لەو بەشەدا پێش دەکەون.
goals-add = ئامانجێک زیاد بکە
goals-none-yours = هێشتا ئامانج لێرە نییە. دەتوانیت یەکێک زیاد بکەیت.
goals-your-adviser = ڕاوێژکاری تایبەتیت
goals-a-suggestion = ئامانجێکی پێشنیارکراو
goals-suggested = { $name } ئامانجێکی بۆ { $bee } پێشنیار کرد:
goals-make-mine = بیکە بە ئامانجی من
goals-no-thanks = نەخێر، سوپاس
goals-not-rated = هێشتا هەڵنەسەنگێنراوە
goals-how-its-going = چۆن دەڕوات: { $words }
goals-by-day = { " " }· تا { $day }
goals-did-it = کردت: «{ $goal }»!
goals-every-step = هەموو هەنگاوەکان کران. نایاب!
goals-a-step = هەنگاوێک کرا. دەستخۆش!
goals-from = لە { $name }ەوە:
goals-rate = چۆن دەڕوات؟
goals-choose-rate = هەڵبژێرە چۆن دەڕوات
goals-note = تێبینی (ئەگەر بتەوێت)
goals-save-rating = پاشەکەوتکردنی چۆنیەتی
goals-change-words = وشەکان بگۆڕە
goals-of = ی { $goal }
goals-in-your-words = ئامانجەکە، بە وشەکانی خۆت
goals-save = پاشەکەوت
goals-cancel = هەڵوەشاندنەوە
goals-chart = پێشکەوتن بە درێژایی کات: { $ratings }.
goals-chart-rating = { $words } لە { $day }
goals-chart-advisers-rating = { $words } لە { $day } (هەڵسەنگاندنی ڕاوێژکار)
goals-choose-bee = هەڵبژێرە سەر بە کام بەشە.
goals-write-it = ئامانجەکە بە چەند وشەیەک بنووسە.
goals-your-goal = ئامانجەکەت، بە وشەکانی خۆت
goals-which-bee = کام بەش؟
goals-choose = هەڵبژێرە…
goals-steps = هەنگاوی بچووک (هەر یەکەیان لە هێڵێکدا، ئەگەر بتەوێت)
goals-by = تا کەی (ئەگەر بتەوێت)

## My plan (the parts' names are in "The parts of her plan" above)

plan-title = پلانەکەم
plan-not-found = ناتوانین ئەم پلانە بدۆزینەوە
plan-not-found-why = لەوانەیە هی کەسێک بێت کە چیتر لە لیستەکەتدا نییە.
plan-getting = پلانەکە دەهێنرێت… ئەگەر ئۆفلاینیت، هەر کە گەڕایتەوە ئۆنلاین دەردەکەوێت.
plan-two-places =
    { $count ->
        [one] { $count } بەشی ئەم پلانە لە دوو شوێن گۆڕدرا. هەردوو وەشانەکە تێیدا هەڵگیراون: هەڵبژێرە کامیان بمێنێت.
       *[other] { $count } بەشی ئەم پلانە لە دوو شوێن گۆڕدران. هەردوو وەشانەکە تێیاندا هەڵگیراون: هەڵبژێرە کامیان بمێنێت.
    }
plan-my-adviser = ڕاوێژکاری تایبەتیم
plan-not-named = هێشتا ناوی نەبراوە
plan-next-catch-up = دیداری داهاتوو
plan-next-review = پێداچوونەوەی داهاتووی پلان
plan-asked-for-on = لە { $day } داواکرا
plan-after-the-move = { $day } (دوای گواستنەوە لە { $moved })
plan-not-set = هێشتا دیاری نەکراوە
plan-whats-next = دواتر چی
plan-nothing-left = ئێستا هیچ شتێک لەم پلانەدا نەماوە.
plan-by = تا
plan-more-below =
    { $count ->
        [one] و { $count }ی تر لە بەشەکانی خوارەوە.
       *[other] و { $count }ی تر لە بەشەکانی خوارەوە.
    }
plan-who-not-said = کێ: هێشتا نەوتراوە
plan-who = کێ: { $who }
plan-you-first = تۆ
plan-you = تۆ
plan-ticked-off = لەلایەن { $who }ەوە کرا
plan-ticked-off-on = لەلایەن { $who }ەوە لە { $day } کاتژمێر { $time } کرا
plan-done-label = کرا:
plan-to-do-label = بۆ کردن:
plan-done-cheer = دەستخۆش — کرا!
plan-nothing-planned = هیچ پلان نەکراوە
plan-all-done = هەمووی کرا
plan-to-do = { $count } بۆ کردن
plan-your-words-here = وشەکانت لێرەن
plan-add-your-words = وشەکانت زیاد بکە
plan-two-versions = دوو وەشان بۆ هەڵبژاردن
plan-changed-since = لە وەشانی { $number }ەوە گۆڕاوە
plan-no-changes = لە وەشانی { $number }ەوە هیچ گۆڕانێک نییە.
plan-whats-planned = ئەوەی پلان کراوە
plan-nothing-planned-here = هێشتا هیچ شتێک لێرە پلان نەکراوە.
plan-what-i-think = ئەوەی بیری لێدەکەمەوە
plan-no-thoughts = هێشتا بیرۆکەکانت لێرە زیاد نەکردووە.
plan-saved-not-sent = لەسەر ئەم مۆبایلە پاشەکەوت کراوە، هێشتا نەنێردراوە
plan-add-what-i-think = ئەوەی بیری لێدەکەمەوە زیاد بکە
plan-change-words = ئەم وشانە بگۆڕە
plan-about-part = دەربارەی { $part }
plan-for-my-review = بۆ پێداچوونەوەی داهاتووم
plan-save = پاشەکەوت
plan-cancel = هەڵوەشاندنەوە
plan-saving-keeps = پاشەکەوتکردن یەکسەر لەسەر ئەم مۆبایلە هەڵیدەگرێت؛ کاتێک ئاماژە هەبێت دەنێردرێت.
plan-reviews-mine = پێداچوونەوەکانی پلانەکەم
plan-you-asked = لە { $day } داوای پێداچوونەوەت کرد. ڕاوێژکاری تایبەتیت ئاگادار کراوەتەوە — پێداچوونەوەیەک کە داوای دەکەیت ڕەت ناکرێتەوە.
plan-review-recorded = ئەم پێداچوونەوەیە لەسەر ئەم مۆبایلە تۆمار کراوە. دوای ناردنی دەبێتە وەشانی داهاتووی پلانەکە.
plan-review-getting-ready = پێداچوونەوەی داهاتووت ئامادە دەکرێت.
plan-review-marked = ئەوەی لە وەشانی { $number }ەوە گۆڕاوە لە هەر بەشێکی خوارەوەدا نیشانە کراوە.
plan-every-six-months = پلانەکەت لانیکەم هەر شەش مانگ جارێک دووبارە سەیر دەکرێتەوە. دەتوانیت هەر کاتێک داوای پێداچوونەوە بکەیت، و ڕەت ناکرێتەوە.
plan-ask-review = داوای پێداچوونەوە بکە
plan-review-why = دەتەوێت دەربارەی چی قسە بکەیت؟ (پێویست ناکات بیڵێیت.)
plan-ask-my-review = داوای پێداچوونەوەکەم بکە
plan-every-version = هەموو وەشانەکانی پلانەکەم
plan-reviewed-agree = پلانەکەت لە { $day } پێداچوونەوەی بۆ کرا. ڕازیت پێی؟
plan-read-and-answer = وەشانی { $number } بخوێنەوە و وەڵام بدەرەوە
plan-read-version = وەشانی { $number } بخوێنەوە
plan-you-agree = وەشانی { $number }، لە { $day } پێداچوونەوەی بۆ کرا: تۆ ڕازیت پێی.
plan-you-disagree = تۆ ڕازی نیت بە وەشانی { $number } (لە { $day } پێداچوونەوەی بۆ کرا).
plan-kept-on-plan = ئەمە لە پلانەکەتدا هەڵدەگیرێت، و هەر کەسێک پلانەکەت بخوێنێتەوە دەیبینێت.

## Versions of her plan, and two versions side by side (and of the same words)

plan-back-to-mine = → پلانەکەم
plan-back-to-versions = → هەموو وەشانەکان
plan-versions-lede = هەر پێداچوونەوەیەک وەشانێکی نوێ دروست دەکات. وەشانەکان وەک ئەوەی ڕێککەوتنیان لەسەر کرا هەڵدەگیرێن و هەرگیز ناگۆڕدرێن.
plan-no-versions = هێشتا هیچ وەشانێک نییە: یەکەمیان لە یەکەم پێداچوونەوەت لە Pathway دروست دەکرێت.
plan-version = وەشانی { $number }
plan-reviewed-on = لە { $day } پێداچوونەوەی بۆ کرا
plan-not-said-yet = هێشتا نەتگوتووە ڕازیت یان نا
plan-agree-with-version = تۆ ڕازیت بەم وەشانە
plan-disagree-with-version = تۆ ڕازی نیت بەم وەشانە
plan-compare-two = بەراوردی دوو وەشان بکە
plan-earlier-version = وەشانی پێشوو
plan-later-version = وەشانی دواتر
plan-compare-side-by-side = لە تەنیشت یەک بەراوردیان بکە
plan-version-not-found = ناتوانین ئەم وەشانە بدۆزینەوە
plan-version-not-found-why = ئەگەر ئۆفلاینیت، کاتێک ئەم مۆبایلە نوێ بووەوە دەردەکەوێت.
plan-see-every-version = هەموو وەشانەکان ببینە
plan-my-version = پلانەکەم — وەشانی { $number }
plan-compare-before = بەراوردی بکە لەگەڵ ئەوەی پێشوو ←
plan-fact-name = ناو
plan-fact-reviewed-on = ڕێکەوتی پێداچوونەوە
plan-fact-who-took-part = کێ بەشداری کرد
plan-not-written-down = نەنووسراوە
plan-fact-how-you-took-part = تۆ چۆن بەشداریت کرد
plan-fact-why-not = بۆچی نا
plan-fact-next-review = پێداچوونەوەی داهاتوو
plan-fact-written-by = نووسراوە لەلایەن
plan-print = چاپ بکە یان وەک PDF پاشەکەوتی بکە
plan-agreement = ڕێککەوتن
plan-agreed-on = لە { $day } ڕازی بوویت
plan-disagreed-on = لە { $day } ڕازی نەبوویت
plan-agreed-not-sent = ڕازی بوویت (لەسەر ئەم مۆبایلە پاشەکەوت کراوە، هێشتا نەنێردراوە)
plan-disagreed-not-sent = ڕازی نەبوویت (لەسەر ئەم مۆبایلە پاشەکەوت کراوە، هێشتا نەنێردراوە)
plan-earlier-answer = (وەڵامێکی پێشوو)
plan-answer-choose = «ڕازیم» یان «ڕازی نیم» هەڵبژێرە.
plan-answer-say-why = بڵێ بۆچی ڕازی نیت، تا بنووسرێت.
plan-change-answer = وەڵامەکەم بگۆڕە
plan-do-you-agree = ڕازیت بەم وەشانەی پلانەکەت؟
plan-i-agree = ڕازیم
plan-i-dont-agree = ڕازی نیم
plan-why-not-agree = بۆچی ڕازی نیت؟ هۆکارەکانت لە پلانەکەتدا هەڵدەگیرێن.
plan-anything-to-add = شتێک هەیە زیادی بکەیت؟ (پێویست ناکات.)
plan-send-answer = وەڵامەکەم بنێرە
plan-answer-saved = وەڵامەکەت یەکسەر لەسەر ئەم مۆبایلە پاشەکەوت دەکرێت، و کاتێک ئاماژە هەبێت دەنێردرێت.
plan-versions-not-found = ناتوانین ئەم وەشانانە بدۆزینەوە
plan-version-and-version = وەشانی { $left } و وەشانی { $right }
plan-things-changed =
    { $count ->
        [0] لە نێوان ئەم دوو وەشانەدا هیچ شتێک لە پلانەکەدا نەگۆڕا.
        [one] { $count } شت گۆڕا. هەر گۆڕانێک ناوی لێنراوە: زیادکرا، لابرا یان گۆڕا.
       *[other] { $count } شت گۆڕان. هەر گۆڕانێک ناوی لێنراوە: زیادکرا، لابرا یان گۆڕا.
    }
plan-action-done = { $what } (کرا)
plan-changes =
    { $count ->
        [0] هیچ گۆڕانێک نییە
        [one] { $count } گۆڕان
       *[other] { $count } گۆڕان
    }
plan-nothing-in-either = لە هیچ کام لە دوو وەشانەکەدا هیچ نەنووسراوە.
plan-change-column = گۆڕان
plan-nothing-planned-in-version = لێرە هیچ پلان نەکراوە.
plan-nothing-written-in-version = لێرە هیچ نەنووسراوە.
plan-done = کرا
plan-to-do-state = بۆ کردن
took-part-came-and-spoke = هاتیت و خۆت قسەت کرد
took-part-with-advocate = هاتیت، و پارێزەرێک لە جیاتی تۆ قسەی کرد
took-part-sent-views = بیروڕاکانت بە نووسین یان لە ڕێگەی ئەپەوە نارد
took-part-did-not = بەشداریت نەکرد
change-none = هیچ گۆڕانێک نییە
change-added = زیادکرا
change-removed = لابرا
change-changed = گۆڕا
change-now-done = ئێستا کرا
change-no-longer-done = چیتر کراو نییە
change-who = کێ: { $before } ← { $after }
change-no-date = بێ ڕێکەوت
change-by-when = تا کەی: { $before } ← { $after }
two-versions-words = ئەم وشانە
two-versions-what = ئەوەی دەکرێت
two-versions-who = کێ دەیکات
two-versions-by-when = تا کەی
two-versions-done = کراوە یان نا
two-versions-this = ئەمە
two-versions-of = دوو وەشانی { $what }
two-versions-changed = لە دوو شوێن گۆڕا: { $what }.
two-versions-nothing-lost = هیچ شتێک ون نەبووە — هەڵبژێرە کامیان بمێنێت.
two-versions-first = وەشانی 1 (ئێستا پیشان دەدرێت)
two-versions-second = وەشانی 2، لەلایەن { $name }
two-versions-keep-first = وەشانی 1 بهێڵەرەوە
two-versions-keep-second = وەشانی 2 بهێڵەرەوە
two-versions-combine = تێکەڵیان بکە

## What's written about me (its title is in first.ftl)

written-getting = هەموو ئەوەی دەربارەت نووسراوە دەهێنرێت…
written-offline = تۆ ئۆفلاینیت. ئەمە ڕاستەوخۆ لە تۆمارەکانی Pathway دێت، نەک تەنها لەوەی لەسەر ئەم مۆبایلەیە، بۆیە پێویستی بە پەیوەندییە. کاتێک گەڕایتەوە ئۆنلاین دووبارە هەوڵ بدەرەوە.
written-try-again = دووبارە هەوڵ بدەرەوە
written-about-name = ئەوەی دەربارەی { $name } نووسراوە
written-lede = هەموو ئەوەی Pathway دەربارەت هەڵیدەگرێت، لە { $day } کۆکراوەتەوە.
written-staff-notes-about = هەندێک تێبینی تەنها بۆ ئەو کارمەندانەیە کە پشتگیریت دەکەن. لە کۆتاییدا لەگەڵ ڕێکەوتەکانیان ڕیز کراون، تا هیچ شتێک لێت نەشاردرێتەوە. دەتوانیت دەربارەی هەر یەکێکیان لە ڕاوێژکاری تایبەتیت بپرسیت.
written-download-page = وەک پەڕەی وێب دایبگرە
written-download-file = وەک فایل بۆ ئەپەکانی تر دایبگرە
written-about-me = دەربارەی من
written-date-of-birth = ڕێکەوتی لەدایکبوون
written-plan-now = پلانەکەم ئێستا
written-versions = وەشانەکانی پلانەکەم
written-none-yet = هێشتا هیچ.
written-version-reviewed = وەشانی { $number }، لە { $day } پێداچوونەوەی بۆ کرا
written-you-agreed-on = لە { $day } ڕازی بوویت
written-you-disagreed-on = لە { $day } ڕازی نەبوویت
written-you-agreed = ڕازی بوویت
written-you-disagreed = ڕازی نەبوویت
written-review-getting-ready = پێداچوونەوەیەک ئامادە دەکرێت.
written-review-getting-ready-for = پێداچوونەوەیەک بۆ { $day } ئامادە دەکرێت.
written-asked-for = ئەو پێداچوونەوانەی داوام کرد
written-a-suggestion = (پێشنیارێک)
written-you-said-no = (گوتت نا)
written-rating = { $day }: { $words } — لەلایەن { $name }
written-note = { $name } نووسی: «{ $text }»
written-contacts = تێبینییەکانی دیدار کە لەگەڵم هاوبەش کراون
written-written-by = (نووسراوی { $name })
written-feeling = هەست: { $feeling }
written-asked-call = داوات کرد کەسێک پەیوەندیت پێوە بکات.
written-read-by-on = { $name } لە { $day } خوێندییەوە
written-replied = { $name } وەڵامی دایەوە: «{ $text }»
written-who-opened = کێ تۆمارەکانتی کردووەتەوە
written-who-opened-about = هەر کارمەندێک کە تۆمارەکانتی کردووەتەوە یان تێیدا نووسیوە، نوێترین یەکەم.
written-staff-only = تێبینییەکان کە تەنها کارمەندان دەیانخوێننەوە
written-staff-contact = تێبینی پەیوەندی ({ $how }) نووسراوی { $name }
written-staff-contact-unread = تێبینی پەیوەندی
written-staff-national-count = زانیاری بۆ ژماردنی ساڵانەی حکومەت بۆ ئەوانەی چاودێری جێدەهێڵن
written-there-are-none = هیچ نییە.
looked-none-yours = هێشتا هیچ کارمەندێک تۆمارەکانتی نەکردووەتەوە.
looked-show-all = هەمووی پیشان بدە ({ $count })
looked-line = { $name } ({ $role }) { $what } — { $day } کاتژمێر { $time }
looked-opened-plan = پلانەکەتی کردەوە
looked-opened-contacts = تێبینییەکانی دیدارەکانتی کردەوە
looked-opened-goals = ئامانجەکانتی کردەوە
looked-opened-versions = وەشانەکانی پلانەکەتی کردەوە
looked-wrote = لە تۆمارەکانتدا نووسی
role-personal-adviser = ڕاوێژکاری تایبەتی
role-team-manager = بەڕێوەبەری تیم
role-head-of-service = سەرۆکی خزمەتگوزاری
role-young-person = گەنج

## A change the server would not keep (its reason comes from the server)

refused-not-saved = گۆڕانکارییەک پاشەکەوت نەکرا.
refused-ok = باشە
refusal-not-found = ئەمە چیتر لێرە نییە، یان گۆڕینی کاری تۆ نییە.
refusal-removed = پێش گەیشتنی گۆڕانکارییەکەت لابرابوو.
refusal-advisers-to-change = تەنها ڕاوێژکاری تایبەتیت دەتوانێت ئەمە بگۆڕێت. دەتوانیت بیرۆکەی خۆتی لەسەر لە پلانەکەتدا بڵێیت.
refusal-written-down = ئەمە نووسراوە، بۆیە ناگۆڕدرێت.
refusal-not-written-down-yet = ئەم پێداچوونەوەیە هێشتا نەنووسراوە، بۆیە هێشتا هیچ نییە بۆ ڕازیبوون.
refusal-not-kept = Pathway نەیتوانی ئەمە وەک نووسراوە هەڵبگرێت. بیپشکنە و دووبارە هەوڵ بدەوە.
refusal-already-dealt-with = ئەم گۆڕانکارییە پێشتر چارەسەر کراوە.
refusal-not-allowed = ناتوانیت ئەم گۆڕانکارییە بکەیت.

## Where she signed in: browsers and systems keep their names

device-on = { $browser } لەسەر { $system }
device-a-browser = وێبگەڕێک
device-a-mac = Mac
device-a-chromebook = Chromebook

## What was started and not sent or saved (the sign-out screen)

writing-unfinished = هێشتا تەواو نەبووە
sign-out-unfinished-about =
    { $count ->
        [one] دەستت کرد بە نووسینی ئەمە، بەڵام هێشتا نەتناردووە و پاشەکەوتت نەکردووە. چوونە دەرەوە لەم مۆبایلە دەیسڕێتەوە. بۆ ئەوەی بیپارێزیت، بگەڕێوە بۆی و سەرەتا بینێرە یان پاشەکەوتی بکە.
       *[other] دەستت کرد بە نووسینی ئەمانە، بەڵام هێشتا نەتناردوون و پاشەکەوتت نەکردوون. چوونە دەرەوە لەم مۆبایلە دەیانسڕێتەوە. بۆ ئەوەی بیانپارێزیت، بگەڕێوە بۆ هەر یەکێکیان و سەرەتا بینێرە یان پاشەکەوتی بکە.
    }
writing-statement = { $topic }، لە دەنگم
writing-message = نامەیەک
writing-reply = وەڵامێک
writing-review-request = بۆچی پێداچوونەوەت دەوێت
writing-answer = بیرۆکەت دەربارەی وەشانێکی پلانەکەت
writing-your-plan = { $part }، لە پلانەکەت
writing-plan = { $part }، لە پلانێک
writing-action = هەنگاوێک، لە { $part }
writing-contact = تێبینیی دیدار
writing-goal = ئامانجێکی نوێ
writing-rating = ئامانجێک چۆن دەڕوات
writing-rename = وشەی نوێ بۆ ئامانجێک
writing-cheer = هاندان
writing-review = تۆماری پێداچوونەوەیەک
writing-audit-grading = نمرەدانی پشکنینێکی کار
writing-audit-answer = وەڵام بۆ پشکنینێکی کار
