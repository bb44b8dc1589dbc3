# کلمات Pathway برای صفحه‌های جوانان، به دری.
# باید توسط یک گویندهٔ بومی بررسی شود.

## The tabs at the foot of her screen

tabs-label = فهرست اصلی
tab-home = خانه
tab-plan = پلان من
tab-plan-waiting = یک نسخهٔ جدید منتظر جواب شماست
tab-goals = هدف‌ها
tab-voice = صدای من
tab-voice-new-replies =
    { $count ->
        [one] { $count } جواب جدید
       *[other] { $count } جواب جدید
    }
tab-more = بیشتر
tab-more-unread =
    { $count ->
        [one] { $count } پیام ناخوانده
       *[other] { $count } پیام ناخوانده
    }

## What is saved where, at the top of every screen

skip-to-content = رفتن به محتوا
sync-sending = در حال فرستادن…
sync-signing-out = وقتی { $count } تغییر فرستاده شد، از حساب خود خارج می‌شوید
sync-reload-needed = Pathway به‌روز شده است. برای ادامه صفحه را دوباره باز کنید — تغییرات شما در این تلفن ذخیره است.
sync-saved-here = در این تلفن ذخیره شد — { $count } تغییر وقتی آنلاین شوید فرستاده می‌شود
sync-up-to-date = به‌روز است
sync-up-to-date-since = به‌روز است ({ $ago })
sync-offline = آفلاین — آنچه در این تلفن ذخیره است نشان داده می‌شود
sync-failing = فعلاً به Pathway دسترسی نیست — آنچه در این تلفن ذخیره است نشان داده می‌شود
sync-starting = در حال بررسی به‌روزرسانی‌ها…
sync-reload = دوباره باز کردن
sync-see-this-phone = ببینید در این تلفن چه هست
unkept-full = جای این تلفن پر است، بنابراین Pathway نمی‌تواند یک کاپی برای استفادهٔ آفلاین نگه دارد. وقتی آنلاین هستید کار می‌کند و تغییرات شما حفظ می‌شود.
unkept-refused = این مرورگر اجازه نمی‌دهد Pathway یک کاپی برای استفادهٔ آفلاین نگه دارد (مرور خصوصی می‌تواند این کار را بکند). وقتی آنلاین هستید کار می‌کند و تغییرات شما حفظ می‌شود.
ago-just-now = همین حالا
ago-minutes = { $count } دقیقه پیش
ago-hours = { $count } ساعت پیش
ago-days = { $count } روز پیش

## When the server says no

failure-offline = شما آفلاین هستید.
failure-wrong-password = نام کاربری و رمز با هم مطابقت ندارند. آن‌ها را بررسی کنید و دوباره کوشش کنید.
failure-sign-in-again = وقت ورود شما تمام شده است. لطفاً دوباره وارد شوید.
failure-account-locked = این حساب قفل است، بنابراین نمی‌تواند وارد شود. برای باز کردن آن با تیم خود تماس بگیرید.
failure-daily-limit = امروز تغییرات زیادی فرستاده‌اید، بنابراین بقیه فردا فرستاده می‌شود. آن‌ها در این تلفن ذخیره هستند.
failure-broken = مشکلی پیش آمد. لطفاً یک دقیقه بعد دوباره کوشش کنید.

## Signing in

sign-in-title = ورود
sign-in-enter-both = نام کاربری و رمز خود را وارد کنید.
sign-in-offline = شما آفلاین هستید. برای اولین ورود در این تلفن به انترنت نیاز دارید.
sign-in-wiped = از جای دیگری از این تلفن خارج شده‌اید، بنابراین Pathway همه چیزی را که اینجا نگه داشته بود پاک کرده است. برای ادامه وارد شوید.
sign-in-locked = حساب شما قفل شده است، بنابراین Pathway همه چیزی را که در این تلفن نگه داشته بود پاک کرده است. برای باز کردن آن با تیم خود تماس بگیرید.
sign-in-ran-out = وقت ورود شما تمام شد. دوباره وارد شوید تا آنچه در این تلفن ذخیره است فرستاده شود — چیزی گم نشده است.
sign-in-welcome = پلان شما، هدف‌های شما و حرف شما — در تلفن شما، حتی بدون آنتن.
sign-in-username = نام کاربری
sign-in-password = رمز
sign-in-show-password = نشان دادن رمز
sign-in-pending = در حال ورود…
sign-in-button = ورود

## Choosing a language

language-label = زبان
language-switching = Pathway به زبان { $language } باز می‌شود…
language-offline = زبان { $language } هنوز در این تلفن نیست. وقتی آنلاین شدید دوباره آن را انتخاب کنید.
language-not-kept = این تلفن انتخاب شما را نگه نداشت. دوباره کوشش کنید، یا تنظیمات مرورگر را بررسی کنید.

## Her home

home-title = خانه
home-hi = سلام { $name }
home-getting-plan = پلان شما در حال آمدن است… اگر آفلاین هستید، به محض آنلاین شدن نمایان می‌شود.
home-something-wrong = مشکلی هست
home-call = زنگ به { $name }
home-coming-up = پیش رو
home-next-catch-up-with = دیدار بعدی با { $name }
home-next-catch-up = دیدار بعدی با مشاور شما
home-not-arranged = هنوز تعیین نشده
home-next-review = بازبینی بعدی پلان شما
home-not-set = هنوز تعیین نشده
home-next-steps = قدم‌های بعدی شما
home-nothing-to-do = فعلاً چیزی در فهرست شما نیست.
home-step-by = تا { $day } ({ $near })
home-more-steps = { $count } مورد دیگر در پلان شما
home-messages-with = پیام‌ها با { $name }
home-messages = پیام‌ها با مشاور شما
home-new-messages-from = { $count } پیام جدید از { $name }
home-new-messages = { $count } پیام جدید
home-my-bees = زنبورهای من
home-bee-no-goals = هنوز هدفی نیست
home-bee-progress = { $percent }٪ راه
home-see-goals = دیدن هدف‌های من
near-today = امروز
near-tomorrow = فردا
near-yesterday = دیروز
near-in-days = { $count } روز بعد
near-days-ago = { $count } روز پیش
help-title = کسانی که به من کمک می‌کنند
gender-legend = Pathway چطور با شما صحبت کند؟

## The six Bees of Outcome Bees

bee-happy = خوشحالی
bee-healthy = صحت
bee-safe = امنیت
bee-resilient = استقامت
bee-ambitious = آرزومندی
bee-independent = استقلال

## More

more-title = بیشتر
more-messages = پیام‌ها
more-meetings-with = دیدارها با { $name }
more-my-meetings = دیدارهای من
more-written-about-me = آنچه دربارهٔ من نوشته شده
more-this-phone = این تلفن

## Ringing someone

call-number = زنگ به { $phone }
call-who-on = زنگ به { $who } به شمارهٔ { $phone }

## Opening a screen

screen-opening = در حال باز شدن…
screen-not-here = این صفحه هنوز در این تلفن نیست. به محض آنلاین شدن باز می‌شود.
not-found-title = صفحه پیدا نشد
not-found-heading = این صفحه را پیدا نمی‌کنیم
not-found-start = رفتن به آغاز

## Reading a screen aloud

read-aloud = بلند خواندن
read-aloud-stop = بس کردن خواندن

## Signing out with changes still waiting (the sign-out screen)

sign-out = خروج
sign-out-all-sent = همه چیز فرستاده شده است.
sign-out-once-sent =
    { $count ->
        [one] به محض اینکه { $what } فرستاده شود، خارج می‌شوید. این خودبه‌خود وقتی آنلاین هستید انجام می‌شود، حتی اگر Pathway را ببندید.
       *[other] به محض اینکه { $what } فرستاده شوند، خارج می‌شوید. این خودبه‌خود وقتی آنلاین هستید انجام می‌شود، حتی اگر Pathway را ببندید.
    }
sign-out-if-you-wait =
    { $count ->
        [one] روی این تلفن ذخیره شده است. اگر صبر کنید، فرستاده می‌شود و بعد خارج می‌شوید.
       *[other] روی این تلفن ذخیره شده‌اند. اگر صبر کنید، فرستاده می‌شوند و بعد خارج می‌شوید.
    }
sign-out-wait = صبر کن و بفرست
sign-out-and-delete = خروج و پاک کردن آن‌ها
sign-out-delete-question = { $what } پاک شود؟
sign-out-gone-for-good =
    { $count ->
        [one] بعد از پاک کردن، هیچ‌کس هرگز آن را نمی‌بیند و برگرداندنی نیست.
       *[other] بعد از پاک کردن، هیچ‌کس هرگز آن‌ها را نمی‌بیند و برگرداندنی نیستند.
    }
sign-out-delete = پاک کن و خارج شو
sign-out-go-back = برگشت
sign-out-stay = وارد بمان

## What waits to be sent, counted ($what in the messages above)

unsent-not-yet =
    { $count ->
        [one] { $what } هنوز فرستاده نشده است.
       *[other] { $what } هنوز فرستاده نشده‌اند.
    }
unsent-messages =
    { $count ->
        [one] { $count } پیام
       *[other] { $count } پیام
    }
unsent-statements =
    { $count ->
        [one] { $count } اظهاریه
       *[other] { $count } اظهاریه
    }
unsent-replies =
    { $count ->
        [one] { $count } پاسخ
       *[other] { $count } پاسخ
    }
unsent-contact-notes =
    { $count ->
        [one] { $count } یادداشت ملاقات
       *[other] { $count } یادداشت ملاقات
    }
unsent-your-plan =
    { $count ->
        [one] { $count } تغییر در پلان شما
       *[other] { $count } تغییر در پلان شما
    }
unsent-plans =
    { $count ->
        [one] { $count } تغییر در یک پلان
       *[other] { $count } تغییر در پلان‌ها
    }
unsent-your-goals =
    { $count ->
        [one] { $count } تغییر در هدف‌های شما
       *[other] { $count } تغییر در هدف‌های شما
    }
unsent-goals =
    { $count ->
        [one] { $count } تغییر در هدف‌ها
       *[other] { $count } تغییر در هدف‌ها
    }
unsent-other =
    { $count ->
        [one] { $count } تغییر دیگر
       *[other] { $count } تغییر دیگر
    }
