# کلمات Pathway برای صفحه‌های جوانان، به دری.
# باید توسط یک گویندهٔ بومی بررسی شود.

## People who help me

help-getting-details = معلومات شما در حال آمدن است… اگر آفلاین هستید، وقتی آنلاین شوید نمایان می‌شود.
help-adviser-about = مشاور شخصی شما. { $name } در پلان شما و در هر چیزی که پیش بیاید به شما کمک می‌کند.
help-message = پیام به { $name }
help-your-adviser = مشاور شخصی شما
help-no-adviser = هنوز مشاور شخصی برای شما تعیین نشده است. تیم ترک سرپرستی به شما می‌گوید که چه کسی است.
help-out-of-hours = بیرون از ساعات کاری
help-out-of-hours-about = تیم ترک سرپرستی، در شام، شب و آخر هفته.
help-out-of-hours-team = تیم بیرون از ساعات کاری
help-emergency = در حالت اضطرار
help-emergency-about = اگر همین حالا در خطر هستید، یا کسی زخمی شده است.
help-advocate = یک مدافع
help-advocate-about = مدافع طرف شماست. به شما کمک می‌کند آنچه را می‌خواهید بگویید، و مطمئن می‌شود که به حرف شما گوش داده شود. برای تیم ترک سرپرستی کار نمی‌کند و رایگان است.
help-visit = رفتن به { $name }
help-ask-for-advocate = از مشاور شخصی خود بپرسید چگونه یک مدافع بگیرید: داشتن مدافع حق شماست.

## My voice

voice-title = صدای من
voice-lede = هر وقت خواستید به مشاور شخصی خود بگویید اوضاع چطور است. بدون آنتن هم کار می‌کند.
voice-thanks = تشکر که به ما گفتید.
voice-saved-will-send = در این تلفن ذخیره شده و وقتی آنلاین شوید خودش فرستاده می‌شود.
voice-sent = فرستاده شد.
voice-what-to-do = چه کاری می‌خواهید بکنید؟
voice-what-sent = آنچه فرستاده‌ام
voice-nothing-yet = هنوز چیزی نیست.
voice-status-saved = در این تلفن ذخیره شد — وقتی آنلاین شوید فرستاده می‌شود
voice-status-read-by = { $name } آن را خواند
voice-status-sent = فرستاده شد
voice-replied = { $name } جواب داد:
voice-read-this = این را بلند بخوان
voice-how-feeling = چه احساسی دارید؟
voice-first-feeling = اول، چه احساسی دارید
voice-part-of = بخش { $part } از { $parts }
voice-last = آخر: هر چیز دیگر
voice-prep-about = بعد، هر بار یک بخش از پلان شما: چه چیزی خوب پیش می‌رود، چه چیزی نه، و چه چیزی را می‌خواهید تغییر دهید. هر چه را خواستید رد کنید. آنچه می‌نویسید همزمان در این تلفن ذخیره می‌شود و وقتی آن را بفرستید با پلان شما به بازبینی می‌رود.
voice-anything-else = هر چیز دیگری که می‌خواهید بگویید
voice-call-me = می‌خواهم کسی به من زنگ بزند
voice-send = فرستادن
voice-skip = رد کردن این بخش
voice-next = بعدی
voice-back = برگشت
call-now-label = اگر در خطر هستید
call-now-999 = اگر همین حالا در خطر هستید، به 999 زنگ بزنید.
call-now-out-of-hours = بیرون از ساعات کاری، می‌توانید به تیم ترک سرپرستی به این شماره زنگ بزنید:

## What she can say in My voice

topic-review-ready = آماده شدن برای بازبینی من
topic-good-news = گفتن یک خبر خوش
topic-problem = حل یک مشکل
topic-feeling = احساس من
topic-where-i-live = دربارهٔ جایی که زندگی می‌کنم
topic-something-wrong = مشکلی هست
prompt-good-news-what = چه اتفاقی افتاد؟
prompt-good-news-who = دوست دارم چه کسی بداند؟
prompt-problem-what = مشکل چیست؟
prompt-problem-help = چه چیزی کمک می‌کند؟
prompt-feeling-why = چه چیزی باعث این احساس من است؟
prompt-where-i-live-like = جایی که زندگی می‌کنم چطور است؟
prompt-where-i-live-better = چه چیزی آن را بهتر می‌کند؟
prompt-something-wrong-what = چه مشکلی هست؟
prompt-something-wrong-where = الان کجا هستم؟
feeling-great = عالی
feeling-good = خوب
feeling-okay = بد نیست
feeling-sad = غمگین
feeling-worried = نگران
feeling-angry = عصبانی
feeling-scared = ترسیده
feeling-unsafe = احساس امنیت نمی‌کنم

## The parts of her plan

part-contact-and-support = تماس و حمایت
part-contact-and-support-about = چند وقت یک بار همدیگر را می‌بینیم یا صحبت می‌کنیم، و چه کسی به شما کمک می‌کند.
part-education-and-training = تعلیم و آموزش
part-education-and-training-about = مکتب، کالج، پوهنتون یا کورس‌ها.
part-work-and-activities = کار و فعالیت‌های دیگر
part-work-and-activities-about = وظیفه‌ها، کارآموزی، کار داوطلبانه و کارهایی که انجام می‌دهید.
part-if-things-go-wrong = اگر کارها خراب شود
part-if-things-go-wrong-about = اگر این پلان کار نکند چه می‌شود.
part-where-i-live = جایی که زندگی می‌کنم
part-where-i-live-about = خانهٔ شما، و اینکه برای شما مناسب است یا نه.
part-family-and-friends = خانواده و دوستان
part-family-and-friends-about = وقت با خانواده، دوستان و کسانی که برای شما مهم هستند.
part-skills-for-living = مهارت‌های زندگی مستقل
part-skills-for-living-about = آشپزی، بل‌ها، خرید و نگهداری از خانه.
part-money = پول
part-money-about = پول شما، کمک‌هزینه‌ها، بورس‌ها و کمک در مصارف.
part-health-and-wellbeing = صحت و آرامش
part-health-and-wellbeing-about = جسم و ذهن شما، و چه کسی در آن‌ها کمک می‌کند.
part-who-i-am = من کی هستم
part-who-i-am-about = فرهنگ، دین، زبان‌ها و اینکه از کجا آمده‌اید.

## Messages with her adviser

messages-lede = هر وقت خواستید به مشاور شخصی خود بنویسید. بدون آنتن هم کار می‌کند و خودش فرستاده می‌شود.
messages-notify-offer = می‌خواهید بدانید وقتی { $name } جواب می‌دهد، حتی وقتی Pathway بسته است؟
messages-notify-offer-adviser = می‌خواهید بدانید وقتی مشاور شما جواب می‌دهد، حتی وقتی Pathway بسته است؟
messages-notify-button = وقتی جواب آمد به من خبر بده
messages-your-message = پیام شما
messages-your-reply = جواب شما
messages-none-yet-hers = هنوز پیامی نیست. سلام بگویید، سوالی بپرسید، یا بگویید اوضاع چطور است.
messages-none-yet = هنوز پیامی نیست.
messages-you = شما
messages-delivered = رسید
messages-read-by-at = { $name } ساعت { $time } خواند
messages-day-time = { $day }، { $time }
notify-label = اطلاعیه‌ها
notify-on = اطلاعیه‌ها روشن است. فقط می‌گویند چیز جدیدی هست، هرگز نمی‌گویند چه چیزی.
notify-unavailable = این تلفن نتوانست اطلاعیه‌ها را روشن کند. Pathway هنوز هر چیز جدید را وقتی بازش کنید نشان می‌دهد.

## Meetings with her adviser

contacts-title = دیدارها
contacts-getting = دیدارهای شما در حال آمدن است… اگر آفلاین هستید، وقتی آنلاین شوید نمایان می‌شود.
contacts-lede-with = وقت‌هایی که شما و { $name } همدیگر را دیدید یا صحبت کردید، و { $name } با شما شریک ساخته است.
contacts-lede = وقت‌هایی که شما و مشاور شخصی‌تان همدیگر را دیدید یا صحبت کردید، و مشاور شما با شما شریک ساخته است.
contacts-none-shared = هنوز چیزی با شما شریک نشده است.
contacts-we-agreed = موافقه کردیم:
contact-home-visit = دیدار در خانه
contact-other-visit = دیدار دیگر
contact-office = در دفتر
contact-phone = تلفنی
contact-video = ویدیویی
contact-message = پیام کوتاه
contact-email = ایمیل
contact-tried = کوشش شد — جواب نداد

## Where she is signed in

signed-in-title = جاهایی که وارد شده‌اید
signed-in-lede = هر تلفن و مرورگری که با نام شما وارد شده است. اگر یکی گم شد یا دست کس دیگری است، آن را خارج کنید: به محض آنلاین شدن همه چیزی را که Pathway در آن نگه داشته پاک می‌کند.
signed-in-checking = در حال بررسی…
signed-in-offline = شما آفلاین هستید. برای دیدن جاهایی که وارد شده‌اید به انترنت وصل شوید.
signed-in-try-again = دوباره کوشش کنید
signed-in-one-out = { $device } خارج شد.
signed-in-others-out = { $count } تلفن و مرورگر دیگر خارج شدند.
signed-in-all-others = خروج از همه جاهای دیگر
signed-in-all-others-question = از همه جاهای دیگر خارج شوید؟
signed-in-will-be-lost = هر چیزی که آنجا نوشته شده و هنوز فرستاده نشده از بین می‌رود. شما اینجا وارد می‌مانید.
signed-in-yes = بله، خارج شو
signed-in-keep = وارد بماند
signed-in-this-one = همین را استفاده می‌کنید
signed-in-since = وارد شده { $since } · استفاده { $used }
signed-in-question = { $device } خارج شود؟
signed-in-sign-out-device = خروج { $device }
signed-in-sign-out = خروج

## This phone

phone-title = این تلفن
phone-lede = آنچه Pathway روی این تلفن نگه می‌دارد تا بدون آنتن هم کار کند.
gender-about = بعضی کلمه‌ها در زبان شما برای دختر و پسر فرق می‌کند. آنچه به شما می‌خورد را انتخاب کنید. فقط کلمه‌های صفحه‌های شما تغییر می‌کند.
gender-feminine = مثل یک دختر
gender-masculine = مثل یک پسر
gender-neutral = انتخاب نمی‌کنم: هر دو را نشان بده
gender-changing = شیوهٔ صحبت Pathway با شما تغییر می‌کند…
phone-waiting = در انتظار فرستادن
phone-safe-here =
    { $count ->
        [one] روی این تلفن در امان است.
       *[other] روی این تلفن در امان هستند.
    }
phone-nothing-waiting = چیزی در انتظار نیست: همه چیز فرستاده شده است.
phone-refused =
    { $count ->
        [one] { $count } تغییر ذخیره نشد. صفحه‌ای که به آن مربوط است دلیلش را می‌گوید.
       *[other] { $count } تغییر ذخیره نشدند. صفحه‌هایی که به آن‌ها مربوط‌اند دلیلش را می‌گویند.
    }
phone-send-now = همین حالا بفرست
phone-check-now = بررسی به‌روزرسانی‌ها
phone-kept = نگه‌داشته‌شده روی این تلفن
phone-kept-yours = پلان، هدف‌ها، پیام‌ها و ملاقات‌های شما
phone-kept-theirs = سوابق جوانانی که با آن‌ها کار می‌کنید
phone-records =
    { $count ->
        [one] { $count } سابقه · { $size }
       *[other] { $count } سابقه · { $size }
    }
phone-your-changes = تغییرات شما در انتظار فرستادن
phone-none = هیچ
phone-everything = همه چیزهایی که Pathway اینجا نگه می‌دارد
phone-set-aside =
    { $count ->
        [one] { $count } نسخهٔ ذخیره‌شده که Pathway بعد از یک به‌روزرسانی نتوانست بخواند کنار گذاشته شده است ({ $size }). هر تغییری در آن بازیابی شد.
       *[other] { $count } نسخهٔ ذخیره‌شده که Pathway بعد از یک به‌روزرسانی نتوانست بخواند کنار گذاشته شده‌اند ({ $size }). هر تغییری در آن‌ها بازیابی شد.
    }
phone-others-waiting = کس دیگری که Pathway را روی این تلفن استفاده کرده، تغییراتی در انتظار فرستادن دارد. وقتی آن شخص دوباره وارد شود فرستاده می‌شوند؛ هیچ‌کس دیگری آن‌ها را نمی‌بیند.
phone-signing-out = خروج
phone-signing-out-about = خروج همه چیزِ شما را از این تلفن پاک می‌کند. اگر دیگران هم از آن استفاده می‌کنند، خارج شوید.
phone-see-signed-in = ببینید در کجاها وارد شده‌اید
phone-lost-phone = { " " }— و تلفنی را که گم کرده‌اید خارج کنید.

## My goals (the Bees' names are in first.ftl)

goals-title = هدف‌های من
goals-bee-heading = { $bee }
goals-happy-about = احساس خوب، خوش گذراندن، کسانی که به فکر شما هستند.
goals-healthy-about = مراقبت از جسم و ذهن خود.
goals-safe-about = احساس امنیت در جایی که زندگی می‌کنید و با اطرافیان.
goals-resilient-about = کنار آمدن وقتی کارها سخت است، و دوباره سرپا شدن.
goals-ambitious-about = آموزش، کار و چیزهایی که می‌خواهید انجام دهید.
goals-independent-about = گرداندن زندگی خودتان: خانه، پول و مهارت‌های روزمره.
goals-scale-not-started = شروع نشده
goals-scale-starting = شروع شده
goals-scale-getting-there = در راه است
goals-scale-nearly-there = نزدیک است
goals-scale-done-it = انجام شد
goals-cell-empty = { $bee }: هنوز هدفی نیست
goals-cell = { $bee }: { $percent } درصد راه
goals-progress-yours = پیشرفت شما. { $cells }.
goals-progress-of = پیشرفت { $name }. { $cells }.
goals-progress-theirs = پیشرفت آن‌ها. { $cells }.
goals-cells-fill-yours = هر خانه با پیش رفتن هدف‌های شما در آن بخش پر می‌شود.
goals-cells-fill-of = هر خانه با پیش رفتن هدف‌های { $name } در آن بخش پر می‌شود.
goals-cells-fill-theirs = هر خانه با پیش رفتن هدف‌های آن‌ها در آن بخش پر می‌شود.
goals-add = افزودن هدف
goals-none-yours = هنوز هدفی اینجا نیست. می‌توانید یکی اضافه کنید.
goals-your-adviser = مشاور شخصی شما
goals-a-suggestion = یک هدف پیشنهادی
goals-suggested = { $name } هدفی برای { $bee } پیشنهاد کرد:
goals-make-mine = هدف من باشد
goals-no-thanks = نه، ممنون
goals-not-rated = هنوز ارزیابی نشده
goals-how-its-going = چطور پیش می‌رود: { $words }
goals-by-day = { " " }· تا { $day }
goals-did-it = موفق شدید: «{ $goal }»!
goals-every-step = همهٔ قدم‌ها انجام شد. عالی!
goals-a-step = یک قدم انجام شد. آفرین!
goals-from = از { $name }:
goals-rate = چطور پیش می‌رود؟
goals-choose-rate = انتخاب کنید چطور پیش می‌رود
goals-note = یادداشت (اگر بخواهید)
goals-save-rating = ذخیرهٔ وضعیت
goals-change-words = تغییر کلمات
goals-of = { $goal }
goals-in-your-words = هدف، با کلمات خودتان
goals-save = ذخیره
goals-cancel = لغو
goals-chart = پیشرفت در طول زمان: { $ratings }.
goals-chart-rating = { $words } در { $day }
goals-chart-advisers-rating = { $words } در { $day } (ارزیابی مشاور)
goals-choose-bee = انتخاب کنید به کدام بخش مربوط است.
goals-write-it = هدف را در چند کلمه بنویسید.
goals-your-goal = هدف شما، با کلمات خودتان
goals-which-bee = کدام بخش؟
goals-choose = انتخاب…
goals-steps = قدم‌های کوچک (هر کدام در یک خط، اگر بخواهید)
goals-by = تا چه وقت (اگر بخواهید)

## My plan (the parts' names are in "The parts of her plan" above)

plan-title = پلان من
plan-not-found = این پلان پیدا نمی‌شود
plan-not-found-why = ممکن است مال کسی باشد که دیگر در فهرست شما نیست.
plan-getting = در حال آوردن پلان… اگر آفلاین هستید، به محض آنلاین شدن ظاهر می‌شود.
plan-two-places =
    { $count ->
        [one] { $count } بخش این پلان در دو جا تغییر کرد. هر دو نسخه در آن نگه داشته شده: انتخاب کنید کدام بماند.
       *[other] { $count } بخش این پلان در دو جا تغییر کردند. هر دو نسخه در آن‌ها نگه داشته شده: انتخاب کنید کدام بماند.
    }
plan-my-adviser = مشاور شخصی من
plan-not-named = هنوز نام برده نشده
plan-next-catch-up = ملاقات بعدی
plan-next-review = بازبینی بعدی پلان
plan-asked-for-on = درخواست‌شده در { $day }
plan-after-the-move = { $day } (بعد از نقل مکان در { $moved })
plan-not-set = هنوز تعیین نشده
plan-whats-next = قدم بعدی
plan-nothing-left = فعلاً در این پلان کاری باقی نمانده.
plan-by = تا
plan-more-below =
    { $count ->
        [one] و { $count } مورد دیگر در بخش‌های پایین.
       *[other] و { $count } مورد دیگر در بخش‌های پایین.
    }
plan-who-not-said = چه کسی: هنوز گفته نشده
plan-who = چه کسی: { $who }
plan-you-first = شما
plan-you = شما
plan-ticked-off = انجام‌شده توسط { $who }
plan-ticked-off-on = انجام‌شده توسط { $who } در { $day } ساعت { $time }
plan-done-label = انجام شد:
plan-to-do-label = برای انجام:
plan-done-cheer = آفرین — انجام شد!
plan-nothing-planned = چیزی برنامه‌ریزی نشده
plan-all-done = همه انجام شد
plan-to-do = { $count } کار مانده
plan-your-words-here = کلمات شما اینجاست
plan-add-your-words = کلمات خود را اضافه کنید
plan-two-versions = دو نسخه برای انتخاب
plan-changed-since = تغییر از نسخهٔ { $number }
plan-no-changes = از نسخهٔ { $number } تغییری نیست.
plan-whats-planned = آنچه برنامه‌ریزی شده
plan-nothing-planned-here = هنوز چیزی اینجا برنامه‌ریزی نشده.
plan-what-i-think = آنچه من فکر می‌کنم
plan-no-thoughts = هنوز افکار خود را اینجا اضافه نکرده‌اید.
plan-saved-not-sent = روی این تلفن ذخیره شده، هنوز فرستاده نشده
plan-add-what-i-think = افزودن آنچه فکر می‌کنم
plan-change-words = تغییر این کلمات
plan-about-part = دربارهٔ { $part }
plan-for-my-review = برای بازبینی بعدی من
plan-save = ذخیره
plan-cancel = لغو
plan-saving-keeps = ذخیره کردن آن را فوراً روی این تلفن نگه می‌دارد؛ وقتی آنتن باشد فرستاده می‌شود.
plan-reviews-mine = بازبینی‌های پلان من
plan-you-asked = شما در { $day } درخواست بازبینی کردید. به مشاور شخصی شما خبر داده شده — بازبینی‌ای که درخواست می‌کنید رد نمی‌شود.
plan-review-recorded = این بازبینی روی این تلفن ثبت شده است. بعد از فرستاده شدن، نسخهٔ بعدی پلان می‌شود.
plan-review-getting-ready = بازبینی بعدی شما در حال آماده شدن است.
plan-review-marked = آنچه از نسخهٔ { $number } تغییر کرده در هر بخش پایین نشان داده شده است.
plan-every-six-months = پلان شما دست‌کم هر شش ماه دوباره بررسی می‌شود. هر وقت بخواهید می‌توانید بازبینی بخواهید و رد نمی‌شود.
plan-ask-review = درخواست بازبینی
plan-review-why = دربارهٔ چه چیزی می‌خواهید صحبت کنید؟ (لازم نیست بگویید.)
plan-ask-my-review = بازبینی‌ام را بخواه
plan-every-version = همهٔ نسخه‌های پلان من
plan-reviewed-agree = پلان شما در { $day } بازبینی شد. آیا با آن موافقید؟
plan-read-and-answer = نسخهٔ { $number } را بخوانید و جواب دهید
plan-read-version = خواندن نسخهٔ { $number }
plan-you-agree = نسخهٔ { $number }، بازبینی‌شده در { $day }: شما با آن موافقید.
plan-you-disagree = شما با نسخهٔ { $number } موافق نیستید (بازبینی‌شده در { $day }).
plan-kept-on-plan = این در پلان شما نگه داشته می‌شود و هر کسی که پلان شما را می‌خواند آن را می‌بیند.

## Versions of her plan, and two versions side by side (and of the same words)

plan-back-to-mine = → پلان من
plan-back-to-versions = → همهٔ نسخه‌ها
plan-versions-lede = هر بازبینی یک نسخهٔ تازه می‌سازد. نسخه‌ها همان‌طور که توافق شده‌اند نگه داشته می‌شوند و هرگز تغییر نمی‌کنند.
plan-no-versions = هنوز نسخه‌ای نیست: اولی در نخستین بازبینی شما در Pathway ساخته می‌شود.
plan-version = نسخهٔ { $number }
plan-reviewed-on = بازبینی‌شده در { $day }
plan-not-said-yet = هنوز نگفته‌اید که موافقید یا نه
plan-agree-with-version = شما با این نسخه موافقید
plan-disagree-with-version = شما با این نسخه موافق نیستید
plan-compare-two = مقایسهٔ دو نسخه
plan-earlier-version = نسخهٔ قبلی
plan-later-version = نسخهٔ بعدی
plan-compare-side-by-side = مقایسه در کنار هم
plan-version-not-found = این نسخه پیدا نمی‌شود
plan-version-not-found-why = اگر آفلاین هستید، وقتی این تلفن به‌روز شد ظاهر می‌شود.
plan-see-every-version = دیدن همهٔ نسخه‌ها
plan-my-version = پلان من — نسخهٔ { $number }
plan-compare-before = مقایسه با نسخهٔ قبلی ←
plan-fact-name = نام
plan-fact-reviewed-on = تاریخ بازبینی
plan-fact-who-took-part = چه کسانی شرکت کردند
plan-not-written-down = نوشته نشده
plan-fact-how-you-took-part = شما چطور شرکت کردید
plan-fact-why-not = چرا نه
plan-fact-next-review = بازبینی بعدی
plan-fact-written-by = نوشته‌شده توسط
plan-print = چاپ یا ذخیره به‌صورت PDF
plan-agreement = توافق
plan-agreed-on = در { $day } موافقت کردید
plan-disagreed-on = در { $day } موافقت نکردید
plan-agreed-not-sent = موافقت کردید (روی این تلفن ذخیره شده، هنوز فرستاده نشده)
plan-disagreed-not-sent = موافقت نکردید (روی این تلفن ذخیره شده، هنوز فرستاده نشده)
plan-earlier-answer = (یک جواب قبلی)
plan-answer-choose = «موافقم» یا «موافق نیستم» را انتخاب کنید.
plan-answer-say-why = بگویید چرا موافق نیستید تا نوشته شود.
plan-change-answer = تغییر جواب من
plan-do-you-agree = آیا با این نسخهٔ پلان خود موافقید؟
plan-i-agree = موافقم
plan-i-dont-agree = موافق نیستم
plan-why-not-agree = چرا موافق نیستید؟ دلایل شما در پلانتان نگه داشته می‌شود.
plan-anything-to-add = چیزی می‌خواهید اضافه کنید؟ (لازم نیست.)
plan-send-answer = فرستادن جواب من
plan-answer-saved = جواب شما فوراً روی این تلفن ذخیره می‌شود و وقتی آنتن باشد فرستاده می‌شود.
plan-versions-not-found = این نسخه‌ها پیدا نمی‌شوند
plan-version-and-version = نسخهٔ { $left } و نسخهٔ { $right }
plan-things-changed =
    { $count ->
        [0] بین این دو نسخه چیزی در پلان تغییر نکرد.
        [one] { $count } چیز تغییر کرد. هر تغییر نام‌گذاری شده: اضافه‌شده، حذف‌شده یا تغییرکرده.
       *[other] { $count } چیز تغییر کرد. هر تغییر نام‌گذاری شده: اضافه‌شده، حذف‌شده یا تغییرکرده.
    }
plan-action-done = { $what } (انجام شد)
plan-changes =
    { $count ->
        [0] بدون تغییر
        [one] { $count } تغییر
       *[other] { $count } تغییر
    }
plan-nothing-in-either = در هیچ‌کدام از دو نسخه چیزی نوشته نشده.
plan-change-column = تغییر
plan-nothing-planned-in-version = اینجا چیزی برنامه‌ریزی نشده.
plan-nothing-written-in-version = اینجا چیزی نوشته نشده.
plan-done = انجام شد
plan-to-do-state = برای انجام
took-part-came-and-spoke = آمدید و خودتان صحبت کردید
took-part-with-advocate = آمدید و یک مدافع از طرف شما صحبت کرد
took-part-sent-views = نظرات خود را کتبی یا از راه اپ فرستادید
took-part-did-not = شرکت نکردید
change-none = بدون تغییر
change-added = اضافه شد
change-removed = حذف شد
change-changed = تغییر کرد
change-now-done = حالا انجام شد
change-no-longer-done = دیگر انجام‌شده نیست
change-who = چه کسی: { $before } ← { $after }
change-no-date = بدون تاریخ
change-by-when = تا چه وقت: { $before } ← { $after }
two-versions-words = این کلمات
two-versions-what = آنچه انجام می‌شود
two-versions-who = چه کسی انجامش می‌دهد
two-versions-by-when = تا چه وقت
two-versions-done = انجام شده یا نه
two-versions-this = این
two-versions-of = دو نسخه از { $what }
two-versions-changed = در دو جا تغییر کرد: { $what }.
two-versions-nothing-lost = چیزی گم نشده — انتخاب کنید کدام بماند.
two-versions-first = نسخهٔ ۱ (نمایش داده‌شده)
two-versions-second = نسخهٔ ۲، از { $name }
two-versions-keep-first = نگه داشتن نسخهٔ ۱
two-versions-keep-second = نگه داشتن نسخهٔ ۲
two-versions-combine = ترکیب هر دو

## What's written about me (its title is in first.ftl)

written-getting = در حال آوردن همهٔ آنچه دربارهٔ شما نوشته شده…
written-offline = شما آفلاین هستید. این مستقیماً از سوابق Pathway می‌آید، نه فقط از آنچه روی این تلفن است، پس به اتصال نیاز دارد. وقتی آنلاین شدید دوباره امتحان کنید.
written-try-again = دوباره امتحان کنید
written-about-name = آنچه دربارهٔ { $name } نوشته شده
written-lede = همهٔ آنچه Pathway دربارهٔ شما نگه می‌دارد، جمع‌آوری‌شده در { $day }.
written-staff-notes-about = بعضی یادداشت‌ها فقط برای کارمندانی است که از شما حمایت می‌کنند. آن‌ها با تاریخشان در پایان فهرست شده‌اند تا چیزی از شما پنهان نباشد. می‌توانید دربارهٔ هر کدام از مشاور شخصی خود بپرسید.
written-download-page = دانلود به‌صورت صفحهٔ وب
written-download-file = دانلود به‌صورت فایل برای اپ‌های دیگر
written-about-me = دربارهٔ من
written-date-of-birth = تاریخ تولد
written-plan-now = پلان من حالا
written-versions = نسخه‌های پلان من
written-none-yet = هنوز هیچ.
written-version-reviewed = نسخهٔ { $number }، بازبینی‌شده در { $day }
written-you-agreed-on = در { $day } موافقت کردید
written-you-disagreed-on = در { $day } موافقت نکردید
written-you-agreed = موافقت کردید
written-you-disagreed = موافقت نکردید
written-review-getting-ready = یک بازبینی در حال آماده شدن است.
written-review-getting-ready-for = یک بازبینی برای { $day } در حال آماده شدن است.
written-asked-for = بازبینی‌هایی که خواستم
written-a-suggestion = (یک پیشنهاد)
written-you-said-no = (گفتید نه)
written-rating = { $day }: { $words } — توسط { $name }
written-note = { $name } نوشت: «{ $text }»
written-contacts = یادداشت‌های ملاقات که با من شریک شده
written-written-by = (نوشتهٔ { $name })
written-feeling = احساس: { $feeling }
written-asked-call = خواستید کسی با شما تماس بگیرد.
written-read-by-on = { $name } در { $day } خواند
written-replied = { $name } جواب داد: «{ $text }»
written-who-opened = چه کسانی سوابق شما را باز کرده‌اند
written-who-opened-about = هر کارمندی که سوابق شما را باز کرده یا در آن نوشته، تازه‌ترین اول.
written-staff-only = یادداشت‌هایی که فقط کارمندان می‌خوانند
written-staff-contact = یادداشت تماس ({ $how }) نوشتهٔ { $name }
written-staff-contact-unread = یادداشت تماس
written-staff-national-count = معلومات برای شمارش سالانهٔ دولت از جوانانی که از سرپرستی بیرون می‌شوند
written-there-are-none = هیچ یادداشتی نیست.
looked-none-yours = هنوز هیچ کارمندی سوابق شما را باز نکرده است.
looked-show-all = نمایش همه ({ $count })
looked-line = { $name } ({ $role }) { $what } — { $day } ساعت { $time }
looked-opened-plan = پلان شما را باز کرد
looked-opened-contacts = یادداشت‌های ملاقات شما را باز کرد
looked-opened-goals = هدف‌های شما را باز کرد
looked-opened-versions = نسخه‌های پلان شما را باز کرد
looked-wrote = در سوابق شما نوشت
role-personal-adviser = مشاور شخصی
role-team-manager = مدیر تیم
role-head-of-service = رئیس خدمات
role-young-person = جوان

## A change the server would not keep (its reason comes from the server)

refused-not-saved = یک تغییر ذخیره نشد.
refused-ok = باشه
refusal-not-found = این دیگر اینجا نیست، یا تغییر آن کار شما نیست.
refusal-removed = پیش از رسیدن تغییر شما حذف شده بود.
refusal-advisers-to-change = فقط مشاور شخصی شما می‌تواند این را تغییر دهد. می‌توانید نظر خود را دربارهٔ آن در پلان خود بگویید.
refusal-written-down = این نوشته شده، پس تغییر داده نمی‌شود.
refusal-not-written-down-yet = این بازبینی هنوز نوشته نشده، پس هنوز چیزی برای موافقت نیست.
refusal-not-kept = Pathway نتوانست این را همان‌طور که نوشته شده نگه دارد. آن را بررسی کنید و دوباره کوشش کنید.
refusal-already-dealt-with = به این تغییر قبلاً رسیدگی شده است.
refusal-not-allowed = شما نمی‌توانید این تغییر را بدهید.

## Where she signed in: browsers and systems keep their names

device-on = { $browser } روی { $system }
device-a-browser = یک مرورگر وب
device-a-mac = یک Mac
device-a-chromebook = یک Chromebook

## What was started and not sent or saved (the sign-out screen)

writing-unfinished = هنوز تمام نشده
sign-out-unfinished-about =
    { $count ->
        [one] نوشتن این را شروع کردید، ولی هنوز آن را نفرستاده یا ذخیره نکرده‌اید. با خروج، از این تلفن پاک می‌شود. برای نگه داشتن آن، به آن برگردید و اول آن را بفرستید یا ذخیره کنید.
       *[other] نوشتن این‌ها را شروع کردید، ولی هنوز آن‌ها را نفرستاده یا ذخیره نکرده‌اید. با خروج، از این تلفن پاک می‌شوند. برای نگه داشتن آن‌ها، به هر کدام برگردید و اول آن را بفرستید یا ذخیره کنید.
    }
writing-statement = { $topic }، در صدای من
writing-message = یک پیام
writing-reply = یک پاسخ
writing-review-request = دلیل درخواست بازبینی
writing-answer = نظر شما درباره یک نسخهٔ پلان تان
writing-your-plan = { $part }، در پلان شما
writing-plan = { $part }، در یک پلان
writing-action = یک اقدام، در { $part }
writing-contact = یک یادداشت ملاقات
writing-goal = یک هدف جدید
writing-rating = یک هدف چطور پیش می‌رود
writing-rename = کلمات تازه برای یک هدف
writing-cheer = تشویق
writing-review = ثبت یک بازبینی
writing-audit-grading = نمره‌دهی یک بررسی کار
writing-audit-answer = پاسخ به یک بررسی کار
