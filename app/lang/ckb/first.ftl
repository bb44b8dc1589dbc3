# وشەکانی Pathway بۆ شاشەکانی گەنجان، بە کوردیی سۆرانی.
# پێویستە قسەکەرێکی زگماکی پێیدا بچێتەوە.

## The tabs at the foot of her screen

tabs-label = لیستی سەرەکی
tab-home = سەرەتا
tab-plan = پلانەکەم
tab-plan-waiting = وەشانێکی نوێ چاوەڕێی وەڵامی تۆیە
tab-goals = ئامانجەکانم
tab-voice = دەنگم
tab-voice-new-replies =
    { $count ->
        [one] { $count } وەڵامی نوێ
       *[other] { $count } وەڵامی نوێ
    }
tab-more = زیاتر
tab-more-unread =
    { $count ->
        [one] { $count } نامەی نەخوێندراوە
       *[other] { $count } نامەی نەخوێندراوە
    }

## What is saved where, at the top of every screen

skip-to-content = بڕۆ بۆ ناوەڕۆک
sync-sending = دەنێردرێت…
sync-signing-out = کاتێک { $count } گۆڕانکاری نێردرا، دەچیتە دەرەوە
sync-reload-needed = Pathway نوێ کرایەوە. بۆ بەردەوامبوون پەڕەکە دووبارە بکەرەوە — گۆڕانکارییەکانت لەم مۆبایلەدا پارێزراون.
sync-saved-here = لەم مۆبایلەدا پاشەکەوت کرا — { $count } گۆڕانکاری کاتێک ئۆنلاین بیت دەنێردرێت
sync-up-to-date = نوێیە
sync-up-to-date-since = نوێیە ({ $ago })
sync-offline = ئۆفلاین — ئەوەی لەم مۆبایلەدا پاشەکەوت کراوە پیشان دەدرێت
sync-failing = ئێستا ناگەینە Pathway — ئەوەی لەم مۆبایلەدا پاشەکەوت کراوە پیشان دەدرێت
sync-starting = بەدوای نوێکارییەکاندا دەگەڕێین…
sync-reload = دووبارە کردنەوە
sync-see-this-phone = ببینە چی لەم مۆبایلەدایە
unkept-full = ئەم مۆبایلە شوێنی نەماوە، بۆیە Pathway ناتوانێت کۆپییەک بۆ بەکارهێنانی ئۆفلاین هەڵبگرێت. کاتێک ئۆنلاینیت هێشتا کار دەکات، و گۆڕانکارییەکانت دەپارێزرێن.
unkept-refused = ئەم وێبگەڕە ڕێگە نادات Pathway کۆپییەک بۆ بەکارهێنانی ئۆفلاین هەڵبگرێت (گەڕانی تایبەت دەتوانێت ئەمە بکات). کاتێک ئۆنلاینیت هێشتا کار دەکات، و گۆڕانکارییەکانت دەپارێزرێن.
ago-just-now = ئێستا
ago-minutes = { $count } خولەک لەمەوبەر
ago-hours = { $count } کاتژمێر لەمەوبەر
ago-days = { $count } ڕۆژ لەمەوبەر

## When the server says no

failure-offline = تۆ ئۆفلاینیت.
failure-wrong-password = ناوی بەکارهێنەر و وشەی نهێنی یەک ناگرنەوە. سەیریان بکە و دووبارە هەوڵ بدەوە.
failure-sign-in-again = ماوەی چوونەژوورەوەت تەواو بوو. تکایە دووبارە بچۆ ژوورەوە.
failure-account-locked = ئەم هەژمارە داخراوە، بۆیە ناتوانێت بچێتە ژوورەوە. بۆ کردنەوەی پەیوەندی بە تیمەکەتەوە بکە.
failure-daily-limit = ئەمڕۆ گۆڕانکارییەکی زۆرت ناردووە، بۆیە ئەوانی تر سبەینێ دەنێردرێن. لەم مۆبایلەدا پارێزراون.
failure-broken = هەڵەیەک ڕوویدا. تکایە دوای خولەکێک دووبارە هەوڵ بدەوە.

## Signing in

sign-in-title = چوونەژوورەوە
sign-in-enter-both = ناوی بەکارهێنەر و وشەی نهێنییەکەت بنووسە.
sign-in-offline = تۆ ئۆفلاینیت. بۆ یەکەم چوونەژوورەوە لەم مۆبایلەدا پێویستت بە ئینتەرنێتە.
sign-in-wiped = لە شوێنێکی ترەوە لەم مۆبایلە دەرکرایت، بۆیە Pathway هەموو ئەوەی لێرە هەڵیگرتبوو سڕییەوە. بۆ بەردەوامبوون بچۆ ژوورەوە.
sign-in-locked = هەژمارەکەت داخرا، بۆیە Pathway هەموو ئەوەی لەم مۆبایلەدا هەڵیگرتبوو سڕییەوە. بۆ کردنەوەی پەیوەندی بە تیمەکەتەوە بکە.
sign-in-ran-out = ماوەی چوونەژوورەوەت تەواو بوو. دووبارە بچۆ ژوورەوە بۆ ناردنی ئەوەی لەم مۆبایلەدا پاشەکەوت کراوە — هیچ شتێک ون نەبووە.
sign-in-welcome = پلانەکەت، ئامانجەکانت و قسەی خۆت — لە مۆبایلەکەتدا، تەنانەت بێ هێڵیش.
sign-in-username = ناوی بەکارهێنەر
sign-in-password = وشەی نهێنی
sign-in-show-password = وشەی نهێنی پیشان بدە
sign-in-pending = دەچێتە ژوورەوە…
sign-in-button = چوونەژوورەوە

## Choosing a language

language-label = زمان
language-switching = Pathway بە { $language } دەکرێتەوە…
language-offline = { $language } هێشتا لەم مۆبایلەدا نییە. کاتێک ئۆنلاین بوویت دووبارە هەڵیبژێرە.
language-not-kept = ئەم مۆبایلە هەڵبژاردنەکەتی هەڵنەگرت. دووبارە هەوڵ بدەوە، یان ڕێکخستنەکانی وێبگەڕ بپشکنە.

## Her home

home-title = سەرەتا
home-hi = سڵاو { $name }
home-getting-plan = پلانەکەت دێت… ئەگەر ئۆفلاینیت، هەر کە ئۆنلاین بوویتەوە دەردەکەوێت.
home-something-wrong = شتێک هەڵەیە
home-call = پەیوەندی بە { $name }ەوە بکە
home-coming-up = داهاتوو
home-next-catch-up-with = دیداری داهاتوو لەگەڵ { $name }
home-next-catch-up = دیداری داهاتوو لەگەڵ ڕاوێژکارەکەت
home-not-arranged = هێشتا ڕێک نەخراوە
home-next-review = پێداچوونەوەی داهاتووی پلانەکەت
home-not-set = هێشتا دانەنراوە
home-next-steps = هەنگاوەکانی داهاتووت
home-nothing-to-do = ئێستا هیچ شتێک لە لیستەکەتدا نییە.
home-step-by = تا { $day } ({ $near })
home-more-steps = { $count } ی تر لە پلانەکەتدا
home-messages-with = نامەکان لەگەڵ { $name }
home-messages = نامەکان لەگەڵ ڕاوێژکارەکەت
home-new-messages-from = { $count } نامەی نوێ لە { $name }ەوە
home-new-messages = { $count } نامەی نوێ
home-my-bees = هەنگەکانم
home-bee-no-goals = هێشتا ئامانج نییە
home-bee-progress = { $percent }٪ی ڕێگاکە
home-see-goals = ئامانجەکانم ببینە
near-today = ئەمڕۆ
near-tomorrow = سبەینێ
near-yesterday = دوێنێ
near-in-days = دوای { $count } ڕۆژ
near-days-ago = { $count } ڕۆژ لەمەوبەر
help-title = ئەو کەسانەی یارمەتیم دەدەن
gender-legend = Pathway چۆن قسەت لەگەڵ بکات؟

## The six Bees of Outcome Bees

bee-happy = دڵخۆشی
bee-healthy = تەندروستی
bee-safe = سەلامەتی
bee-resilient = خۆڕاگری
bee-ambitious = خولیا
bee-independent = سەربەخۆیی

## More

more-title = زیاتر
more-messages = نامەکان
more-meetings-with = دیدارەکان لەگەڵ { $name }
more-my-meetings = دیدارەکانم
more-written-about-me = ئەوەی دەربارەی من نووسراوە
more-this-phone = ئەم مۆبایلە

## Ringing someone

call-number = پەیوەندی بە { $phone }ەوە بکە
call-who-on = پەیوەندی بە { $who }ەوە بکە لەسەر { $phone }

## Opening a screen

screen-opening = دەکرێتەوە…
screen-not-here = ئەم شاشەیە هێشتا لەم مۆبایلەدا نییە. هەر کە ئۆنلاین بوویتەوە دەکرێتەوە.
not-found-title = پەڕە نەدۆزرایەوە
not-found-heading = ناتوانین ئەم پەڕەیە بدۆزینەوە
not-found-start = بڕۆ بۆ سەرەتا

## Reading a screen aloud

read-aloud = بە دەنگی بەرز بیخوێنەوە
read-aloud-stop = خوێندنەوە ڕابگرە

## Signing out with changes still waiting (the sign-out screen)

sign-out = چوونە دەرەوە
sign-out-all-sent = هەموو شتێک نێردراوە.
sign-out-once-sent =
    { $count ->
        [one] هەر کە { $what } نێردرا، دەچیتە دەرەوە. ئەمە خۆی ڕوودەدات کاتێک ئۆنلاینیت، تەنانەت ئەگەر Pathway دابخەیت.
       *[other] هەر کە { $what } نێردران، دەچیتە دەرەوە. ئەمە خۆی ڕوودەدات کاتێک ئۆنلاینیت، تەنانەت ئەگەر Pathway دابخەیت.
    }
sign-out-if-you-wait =
    { $count ->
        [one] لەسەر ئەم مۆبایلە پاشەکەوت کراوە. ئەگەر چاوەڕێ بکەیت، دەنێردرێت و پاشان دەچیتە دەرەوە.
       *[other] لەسەر ئەم مۆبایلە پاشەکەوت کراون. ئەگەر چاوەڕێ بکەیت، دەنێردرێن و پاشان دەچیتە دەرەوە.
    }
sign-out-wait = چاوەڕێ بکە و بینێرە
sign-out-and-delete = بچۆ دەرەوە و بیانسڕەوە
sign-out-delete-question = { $what } بسڕدرێتەوە؟
sign-out-gone-for-good =
    { $count ->
        [one] دوای سڕینەوە، هیچ کەس هەرگیز نایبینێت، و ناگەڕێتەوە.
       *[other] دوای سڕینەوە، هیچ کەس هەرگیز نایانبینێت، و ناگەڕێنەوە.
    }
sign-out-delete = بیانسڕەوە و بچۆ دەرەوە
sign-out-go-back = گەڕانەوە
sign-out-stay = لە ژوورەوە بمێنەوە

## What waits to be sent, counted ($what in the messages above)

unsent-not-yet =
    { $count ->
        [one] { $what } هێشتا نەنێردراوە.
       *[other] { $what } هێشتا نەنێردراون.
    }
unsent-messages =
    { $count ->
        [one] { $count } نامە
       *[other] { $count } نامە
    }
unsent-statements =
    { $count ->
        [one] { $count } لێدوان
       *[other] { $count } لێدوان
    }
unsent-replies =
    { $count ->
        [one] { $count } وەڵام
       *[other] { $count } وەڵام
    }
unsent-contact-notes =
    { $count ->
        [one] { $count } تێبینیی دیدار
       *[other] { $count } تێبینیی دیدار
    }
unsent-your-plan =
    { $count ->
        [one] { $count } گۆڕانکاری لە پلانەکەت
       *[other] { $count } گۆڕانکاری لە پلانەکەت
    }
unsent-plans =
    { $count ->
        [one] { $count } گۆڕانکاری لە پلانێک
       *[other] { $count } گۆڕانکاری لە پلانەکان
    }
unsent-your-goals =
    { $count ->
        [one] { $count } گۆڕانکاری لە ئامانجەکانت
       *[other] { $count } گۆڕانکاری لە ئامانجەکانت
    }
unsent-goals =
    { $count ->
        [one] { $count } گۆڕانکاری لە ئامانجەکان
       *[other] { $count } گۆڕانکاری لە ئامانجەکان
    }
unsent-other =
    { $count ->
        [one] { $count } گۆڕانکاریی تر
       *[other] { $count } گۆڕانکاریی تر
    }
