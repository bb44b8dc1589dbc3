# كلمات Pathway لشاشات الشاب أو الشابة، بالعربية.
# تحتاج إلى مراجعة من متحدث أصلي.

## The tabs at the foot of her screen

tabs-label = القائمة الرئيسية
tab-home = الرئيسية
tab-plan = خطتي
tab-plan-waiting = نسخة جديدة تنتظر ردك
tab-goals = أهدافي
tab-voice = صوتي
tab-voice-new-replies =
    { $count ->
        [zero] لا توجد ردود جديدة
        [one] رد جديد واحد
        [two] ردّان جديدان
        [few] { $count } ردود جديدة
        [many] { $count } ردًا جديدًا
       *[other] { $count } رد جديد
    }
tab-more = المزيد
tab-more-unread =
    { $count ->
        [zero] لا توجد رسائل غير مقروءة
        [one] رسالة واحدة غير مقروءة
        [two] رسالتان غير مقروءتين
        [few] { $count } رسائل غير مقروءة
        [many] { $count } رسالة غير مقروءة
       *[other] { $count } رسالة غير مقروءة
    }

## What is saved where, at the top of every screen

skip-to-content = الانتقال إلى المحتوى
sync-sending = جارٍ الإرسال…
sync-signing-out =
    { $count ->
        [one] سيتم تسجيل خروجك بعد إرسال تغيير واحد
        [two] سيتم تسجيل خروجك بعد إرسال تغييرين
        [few] سيتم تسجيل خروجك بعد إرسال { $count } تغييرات
       *[other] سيتم تسجيل خروجك بعد إرسال { $count } تغيير
    }
sync-reload-needed =
    { $gender ->
        [feminine] تم تحديث Pathway. أعيدي تحميل الصفحة للمتابعة — تغييراتك محفوظة على هذا الهاتف.
       *[other] تم تحديث Pathway. أعد تحميل الصفحة للمتابعة — تغييراتك محفوظة على هذا الهاتف.
    }
sync-saved-here =
    { $gender ->
        [feminine]
            { $count ->
                [one] محفوظ على هذا الهاتف — سيُرسل تغيير واحد عندما تكونين متصلة
                [two] محفوظ على هذا الهاتف — سيُرسل تغييران عندما تكونين متصلة
                [few] محفوظ على هذا الهاتف — ستُرسل { $count } تغييرات عندما تكونين متصلة
               *[other] محفوظ على هذا الهاتف — سيُرسل { $count } تغيير عندما تكونين متصلة
            }
       *[other]
            { $count ->
                [one] محفوظ على هذا الهاتف — سيُرسل تغيير واحد عندما تكون متصلًا
                [two] محفوظ على هذا الهاتف — سيُرسل تغييران عندما تكون متصلًا
                [few] محفوظ على هذا الهاتف — ستُرسل { $count } تغييرات عندما تكون متصلًا
               *[other] محفوظ على هذا الهاتف — سيُرسل { $count } تغيير عندما تكون متصلًا
            }
    }
sync-up-to-date = محدّث
sync-up-to-date-since = محدّث ({ $ago })
sync-offline = غير متصل — نعرض ما هو محفوظ على هذا الهاتف
sync-failing = لا يمكن الوصول إلى Pathway الآن — نعرض ما هو محفوظ على هذا الهاتف
sync-starting = جارٍ البحث عن تحديثات…
sync-reload = إعادة التحميل
sync-see-this-phone =
    { $gender ->
        [feminine] اطّلعي على ما في هذا الهاتف
       *[other] اطّلع على ما في هذا الهاتف
    }
unkept-full =
    { $gender ->
        [feminine] لا توجد مساحة كافية على هذا الهاتف، لذلك لا يستطيع Pathway الاحتفاظ بنسخة للاستخدام دون اتصال. ما زال يعمل عندما تكونين متصلة، وتغييراتك محفوظة.
       *[other] لا توجد مساحة كافية على هذا الهاتف، لذلك لا يستطيع Pathway الاحتفاظ بنسخة للاستخدام دون اتصال. ما زال يعمل عندما تكون متصلًا، وتغييراتك محفوظة.
    }
unkept-refused =
    { $gender ->
        [feminine] هذا المتصفح لا يسمح لـ Pathway بالاحتفاظ بنسخة للاستخدام دون اتصال (قد يحدث هذا في التصفح الخاص). ما زال يعمل عندما تكونين متصلة، وتغييراتك محفوظة.
       *[other] هذا المتصفح لا يسمح لـ Pathway بالاحتفاظ بنسخة للاستخدام دون اتصال (قد يحدث هذا في التصفح الخاص). ما زال يعمل عندما تكون متصلًا، وتغييراتك محفوظة.
    }
ago-just-now = الآن
ago-minutes = قبل { $count } دقيقة
ago-hours = قبل { $count } ساعة
ago-days =
    { $count ->
        [one] قبل يوم واحد
        [two] قبل يومين
        [few] قبل { $count } أيام
       *[other] قبل { $count } يومًا
    }

## When the server says no

failure-offline =
    { $gender ->
        [feminine] أنتِ غير متصلة.
       *[other] أنت غير متصل.
    }
failure-wrong-password =
    { $gender ->
        [feminine] اسم المستخدم وكلمة المرور غير متطابقين. تحقّقي منهما وحاولي مرة أخرى.
       *[other] اسم المستخدم وكلمة المرور غير متطابقين. تحقّق منهما وحاول مرة أخرى.
    }
failure-sign-in-again = انتهت مدة تسجيل دخولك. يُرجى تسجيل الدخول مرة أخرى.
failure-account-locked =
    { $gender ->
        [feminine] هذا الحساب مقفل، لذلك لا يمكن تسجيل الدخول. تواصلي مع فريقك لفتحه.
       *[other] هذا الحساب مقفل، لذلك لا يمكن تسجيل الدخول. تواصل مع فريقك لفتحه.
    }
failure-daily-limit = أرسلت كثيرًا من التغييرات اليوم، لذلك سيُرسل الباقي غدًا. إنها محفوظة على هذا الهاتف.
failure-broken = حدث خطأ ما. يُرجى المحاولة مرة أخرى بعد دقيقة.

## Signing in

sign-in-title = تسجيل الدخول
sign-in-enter-both = أدخل اسم المستخدم وكلمة المرور.
sign-in-offline = أنت غير متصل. تحتاج إلى اتصال لتسجيل الدخول أول مرة على هذا الهاتف.
sign-in-wiped = تم تسجيل خروجك من هذا الهاتف من مكان آخر، لذلك حذف Pathway كل ما كان محفوظًا هنا. سجّل الدخول للمتابعة.
sign-in-locked = تم قفل حسابك، لذلك حذف Pathway كل ما كان محفوظًا على هذا الهاتف. تواصل مع فريقك لفتحه.
sign-in-ran-out = انتهت مدة تسجيل دخولك. سجّل الدخول مرة أخرى لإرسال ما هو محفوظ على هذا الهاتف — لم يضِع شيء.
sign-in-welcome = خطتك وأهدافك ورأيك — على هاتفك، حتى من دون إشارة.
sign-in-username = اسم المستخدم
sign-in-password = كلمة المرور
sign-in-show-password = إظهار كلمة المرور
sign-in-pending = جارٍ تسجيل الدخول…
sign-in-button = تسجيل الدخول

## Choosing a language

language-label = اللغة
language-switching = جارٍ فتح Pathway باللغة { $language }…
language-offline =
    { $gender ->
        [feminine] اللغة { $language } غير موجودة على هذا الهاتف بعد. اختاريها مرة أخرى عندما تكونين متصلة.
       *[other] اللغة { $language } غير موجودة على هذا الهاتف بعد. اخترها مرة أخرى عندما تكون متصلًا.
    }
language-not-kept =
    { $gender ->
        [feminine] لم يحتفظ هذا الهاتف باختيارك. حاولي مرة أخرى، أو تحقّقي من إعدادات المتصفح.
       *[other] لم يحتفظ هذا الهاتف باختيارك. حاول مرة أخرى، أو تحقّق من إعدادات المتصفح.
    }

## Her home

home-title = الرئيسية
home-hi = مرحبًا { $name }
home-getting-plan =
    { $gender ->
        [feminine] جارٍ تحميل خطتك… إذا كنتِ غير متصلة، ستظهر فور عودتك إلى الاتصال.
       *[other] جارٍ تحميل خطتك… إذا كنت غير متصل، ستظهر فور عودتك إلى الاتصال.
    }
home-something-wrong = هناك مشكلة
home-call =
    { $gender ->
        [feminine] اتصلي بـ { $name }
       *[other] اتصل بـ { $name }
    }
home-coming-up = القادم
home-next-catch-up-with = اللقاء القادم مع { $name }
home-next-catch-up = اللقاء القادم مع مستشارك
home-not-arranged = لم يُحدَّد بعد
home-next-review = المراجعة القادمة لخطتك
home-not-set = لم يُحدَّد بعد
home-next-steps = خطواتك القادمة
home-nothing-to-do = لا شيء في قائمتك الآن.
home-step-by = قبل { $day } ({ $near })
home-more-steps = { $count } أخرى في خطتك
home-messages-with = الرسائل مع { $name }
home-messages = الرسائل مع مستشارك
home-new-messages-from =
    { $count ->
        [one] رسالة جديدة من { $name }
        [two] رسالتان جديدتان من { $name }
        [few] { $count } رسائل جديدة من { $name }
       *[other] { $count } رسالة جديدة من { $name }
    }
home-new-messages =
    { $count ->
        [one] رسالة جديدة
        [two] رسالتان جديدتان
        [few] { $count } رسائل جديدة
       *[other] { $count } رسالة جديدة
    }
home-my-bees = نحلاتي
home-bee-no-goals = لا أهداف بعد
home-bee-progress = قطعت { $percent }٪ من الطريق
home-see-goals = عرض أهدافي
near-today = اليوم
near-tomorrow = غدًا
near-yesterday = أمس
near-in-days = بعد { $count } أيام
near-days-ago = قبل { $count } أيام
help-title = أشخاص يساعدونني
gender-legend = كيف يخاطبك Pathway؟

## The six Bees of Outcome Bees

bee-happy = السعادة
bee-healthy = الصحة
bee-safe = الأمان
bee-resilient = الصمود
bee-ambitious = الطموح
bee-independent = الاستقلال

## More

more-title = المزيد
more-messages = الرسائل
more-meetings-with = اللقاءات مع { $name }
more-my-meetings = لقاءاتي
more-written-about-me = ما كُتب عني
more-this-phone = هذا الهاتف

## Ringing someone

call-number =
    { $gender ->
        [feminine] اتصلي بالرقم { $phone }
       *[other] اتصل بالرقم { $phone }
    }
call-who-on =
    { $gender ->
        [feminine] اتصلي بـ { $who } على الرقم { $phone }
       *[other] اتصل بـ { $who } على الرقم { $phone }
    }

## Opening a screen

screen-opening = جارٍ الفتح…
screen-not-here = هذه الشاشة غير موجودة على هذا الهاتف بعد. ستُفتح فور عودتك إلى الاتصال.
not-found-title = الصفحة غير موجودة
not-found-heading = لا نستطيع العثور على هذه الصفحة
not-found-start =
    { $gender ->
        [feminine] اذهبي إلى البداية
       *[other] اذهب إلى البداية
    }

## Reading a screen aloud

read-aloud = قراءة بصوت عالٍ
read-aloud-stop = إيقاف القراءة

## Signing out with changes still waiting (the sign-out screen)

sign-out = تسجيل الخروج
sign-out-all-sent = تم إرسال كل شيء.
sign-out-once-sent =
    { $gender ->
        [feminine]
            { $count ->
                [one] سيتم تسجيل خروجك فور إرسال { $what }. يحدث ذلك تلقائيًا عندما تكونين متصلة، حتى لو أغلقت Pathway.
               *[other] سيتم تسجيل خروجك فور إرسال { $what }. يحدث ذلك تلقائيًا عندما تكونين متصلة، حتى لو أغلقت Pathway.
            }
       *[other]
            { $count ->
                [one] سيتم تسجيل خروجك فور إرسال { $what }. يحدث ذلك تلقائيًا عندما تكون متصلًا، حتى لو أغلقت Pathway.
               *[other] سيتم تسجيل خروجك فور إرسال { $what }. يحدث ذلك تلقائيًا عندما تكون متصلًا، حتى لو أغلقت Pathway.
            }
    }
sign-out-if-you-wait =
    { $count ->
        [one] إنه محفوظ على هذا الهاتف. إذا انتظرت، سيُرسل، ثم يتم تسجيل خروجك.
       *[other] إنها محفوظة على هذا الهاتف. إذا انتظرت، ستُرسل، ثم يتم تسجيل خروجك.
    }
sign-out-wait =
    { $gender ->
        [feminine] انتظري وأرسلي
       *[other] انتظر وأرسل
    }
sign-out-and-delete =
    { $gender ->
        [feminine] سجّلي الخروج واحذفيها
       *[other] سجّل الخروج واحذفها
    }
sign-out-delete-question =
    { $gender ->
        [feminine] هل تحذفين { $what }؟
       *[other] هل تحذف { $what }؟
    }
sign-out-gone-for-good =
    { $count ->
        [one] بعد الحذف، لن يراه أحد أبدًا، ولا يمكن استرجاعه.
       *[other] بعد الحذف، لن يراها أحد أبدًا، ولا يمكن استرجاعها.
    }
sign-out-delete =
    { $gender ->
        [feminine] احذفيها وسجّلي الخروج
       *[other] احذفها وسجّل الخروج
    }
sign-out-go-back = رجوع
sign-out-stay =
    { $gender ->
        [feminine] ابقي مسجّلة الدخول
       *[other] ابقَ مسجّل الدخول
    }

## What waits to be sent, counted ($what in the messages above)

unsent-not-yet =
    { $count ->
        [one] { $what } لم يُرسل بعد.
       *[other] { $what } لم تُرسل بعد.
    }
unsent-messages =
    { $count ->
        [zero] { $count } رسالة
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $count } رسائل
        [many] { $count } رسالة
       *[other] { $count } رسالة
    }
unsent-statements =
    { $count ->
        [zero] { $count } إفادة
        [one] إفادة واحدة
        [two] إفادتان
        [few] { $count } إفادات
        [many] { $count } إفادة
       *[other] { $count } إفادة
    }
unsent-replies =
    { $count ->
        [zero] { $count } رد
        [one] رد واحد
        [two] ردّان
        [few] { $count } ردود
        [many] { $count } ردًا
       *[other] { $count } رد
    }
unsent-contact-notes =
    { $count ->
        [zero] { $count } ملاحظة تواصل
        [one] ملاحظة تواصل واحدة
        [two] ملاحظتا تواصل
        [few] { $count } ملاحظات تواصل
        [many] { $count } ملاحظة تواصل
       *[other] { $count } ملاحظة تواصل
    }
unsent-your-plan =
    { $count ->
        [zero] { $count } تغيير على خطتك
        [one] تغيير واحد على خطتك
        [two] تغييران على خطتك
        [few] { $count } تغييرات على خطتك
        [many] { $count } تغييرًا على خطتك
       *[other] { $count } تغيير على خطتك
    }
unsent-plans =
    { $count ->
        [zero] { $count } تغيير على خطط
        [one] تغيير واحد على خطة
        [two] تغييران على خطط
        [few] { $count } تغييرات على خطط
        [many] { $count } تغييرًا على خطط
       *[other] { $count } تغيير على خطط
    }
unsent-your-goals =
    { $count ->
        [zero] { $count } تغيير على أهدافك
        [one] تغيير واحد على أهدافك
        [two] تغييران على أهدافك
        [few] { $count } تغييرات على أهدافك
        [many] { $count } تغييرًا على أهدافك
       *[other] { $count } تغيير على أهدافك
    }
unsent-goals =
    { $count ->
        [zero] { $count } تغيير على أهداف
        [one] تغيير واحد على أهداف
        [two] تغييران على أهداف
        [few] { $count } تغييرات على أهداف
        [many] { $count } تغييرًا على أهداف
       *[other] { $count } تغيير على أهداف
    }
unsent-other =
    { $count ->
        [zero] { $count } تغيير آخر
        [one] تغيير آخر واحد
        [two] تغييران آخران
        [few] { $count } تغييرات أخرى
        [many] { $count } تغييرًا آخر
       *[other] { $count } تغيير آخر
    }
