# كلمات Pathway لشاشات الشاب أو الشابة، بالعربية.
# تحتاج إلى مراجعة من متحدث أصلي.

## People who help me

help-getting-details =
    { $gender ->
        [feminine] جارٍ تحميل بياناتك… إذا كنتِ غير متصلة، ستظهر عند عودتك إلى الاتصال.
       *[other] جارٍ تحميل بياناتك… إذا كنت غير متصل، ستظهر عند عودتك إلى الاتصال.
    }
help-adviser-about = مستشارك الشخصي: { $name } للمساعدة في خطتك، وفي أي أمر يطرأ.
help-message =
    { $gender ->
        [feminine] راسلي { $name }
       *[other] راسل { $name }
    }
help-your-adviser = مستشارك الشخصي
help-no-adviser = لم يُعيَّن لك مستشار شخصي بعد. سيخبرك فريق رعاية الخارجين من الرعاية من هو.
help-out-of-hours = خارج ساعات العمل
help-out-of-hours-about = فريق رعاية الخارجين من الرعاية، في المساء والليل وعطلات نهاية الأسبوع.
help-out-of-hours-team = فريق خارج ساعات العمل
help-emergency = في حالة الطوارئ
help-emergency-about =
    { $gender ->
        [feminine] إذا كنتِ في خطر الآن، أو إذا أُصيب أحد.
       *[other] إذا كنت في خطر الآن، أو إذا أُصيب أحد.
    }
help-advocate = مناصر
help-advocate-about =
    { $gender ->
        [feminine] المناصر يقف إلى جانبك. يساعدك على قول ما تريدين، ويتأكد من أن صوتك مسموع. لا يعمل لدى فريق رعاية الخارجين من الرعاية، وخدمته مجانية.
       *[other] المناصر يقف إلى جانبك. يساعدك على قول ما تريد، ويتأكد من أن صوتك مسموع. لا يعمل لدى فريق رعاية الخارجين من الرعاية، وخدمته مجانية.
    }
help-visit =
    { $gender ->
        [feminine] زوري { $name }
       *[other] زُر { $name }
    }
help-ask-for-advocate =
    { $gender ->
        [feminine] اسألي مستشارك الشخصي كيف تحصلين على مناصر: من حقك أن يكون لك مناصر.
       *[other] اسأل مستشارك الشخصي كيف تحصل على مناصر: من حقك أن يكون لك مناصر.
    }

## My voice

voice-title = صوتي
voice-lede =
    { $gender ->
        [feminine] أخبري مستشارك الشخصي كيف تسير الأمور، متى شئت. يعمل التطبيق حتى من دون إشارة.
       *[other] أخبر مستشارك الشخصي كيف تسير الأمور، متى شئت. يعمل التطبيق حتى من دون إشارة.
    }
voice-thanks = شكرًا لأنك أخبرتنا.
voice-saved-will-send =
    { $gender ->
        [feminine] إنه محفوظ على هذا الهاتف وسيُرسل تلقائيًا عندما تكونين متصلة.
       *[other] إنه محفوظ على هذا الهاتف وسيُرسل تلقائيًا عندما تكون متصلًا.
    }
voice-sent = تم إرساله.
voice-what-to-do =
    { $gender ->
        [feminine] ماذا تريدين أن تفعلي؟
       *[other] ماذا تريد أن تفعل؟
    }
voice-what-sent = ما أرسلته
voice-nothing-yet = لا شيء بعد.
voice-status-saved =
    { $gender ->
        [feminine] محفوظ على هذا الهاتف — سيُرسل عندما تكونين متصلة
       *[other] محفوظ على هذا الهاتف — سيُرسل عندما تكون متصلًا
    }
voice-status-read-by = قُرئ من قِبل { $name }
voice-status-sent = أُرسل
voice-replied = ردّ من { $name }:
voice-read-this = قراءة هذا بصوت عالٍ
voice-how-feeling =
    { $gender ->
        [feminine] كيف تشعرين؟
       *[other] كيف تشعر؟
    }
voice-first-feeling =
    { $gender ->
        [feminine] أولًا، كيف تشعرين
       *[other] أولًا، كيف تشعر
    }
voice-part-of = الجزء { $part } من { $parts }
voice-last = أخيرًا: أي شيء آخر
voice-prep-about =
    { $gender ->
        [feminine] بعد ذلك، جزء واحد من خطتك في كل مرة: ما الذي يسير جيدًا، وما الذي لا يسير، وما الذي تريدين تغييره. تخطَّي ما تشائين. ما تكتبينه يُحفظ على هذا الهاتف أثناء الكتابة، ويذهب مع خطتك إلى مراجعتك عندما ترسلينه.
       *[other] بعد ذلك، جزء واحد من خطتك في كل مرة: ما الذي يسير جيدًا، وما الذي لا يسير، وما الذي تريد تغييره. تخطَّ ما تشاء. ما تكتبه يُحفظ على هذا الهاتف أثناء الكتابة، ويذهب مع خطتك إلى مراجعتك عندما ترسله.
    }
voice-anything-else =
    { $gender ->
        [feminine] أي شيء آخر تريدين قوله
       *[other] أي شيء آخر تريد قوله
    }
voice-call-me = أريد أن يتصل بي أحد
voice-send = إرسال
voice-skip =
    { $gender ->
        [feminine] تخطَّي هذا الجزء
       *[other] تخطَّ هذا الجزء
    }
voice-next = التالي
voice-back = رجوع
call-now-label =
    { $gender ->
        [feminine] إذا كنتِ في خطر
       *[other] إذا كنت في خطر
    }
call-now-999 =
    { $gender ->
        [feminine] إذا كنتِ في خطر الآن، اتصلي بالرقم 999.
       *[other] إذا كنت في خطر الآن، اتصل بالرقم 999.
    }
call-now-out-of-hours = خارج ساعات العمل، يمكنك الاتصال بفريق رعاية الخارجين من الرعاية على الرقم

## What she can say in My voice

topic-review-ready = الاستعداد لمراجعتي
topic-good-news = مشاركة خبر سار
topic-problem = حل مشكلة
topic-feeling = كيف أشعر
topic-where-i-live = عن المكان الذي أعيش فيه
topic-something-wrong = هناك مشكلة
prompt-good-news-what = ماذا حدث؟
prompt-good-news-who = من أريد أن يعرف؟
prompt-problem-what = ما المشكلة؟
prompt-problem-help = ما الذي سيساعد؟
prompt-feeling-why = ما الذي يجعلني أشعر بهذا؟
prompt-where-i-live-like = كيف هو المكان الذي أعيش فيه؟
prompt-where-i-live-better = ما الذي سيجعله أفضل؟
prompt-something-wrong-what = ما المشكلة؟
prompt-something-wrong-where = أين أنا الآن؟
feeling-great =
    { $gender ->
        [feminine] ممتازة
       *[other] ممتاز
    }
feeling-good =
    { $gender ->
        [feminine] جيدة
       *[other] جيد
    }
feeling-okay = لا بأس
feeling-sad =
    { $gender ->
        [feminine] حزينة
       *[other] حزين
    }
feeling-worried =
    { $gender ->
        [feminine] قلقة
       *[other] قلق
    }
feeling-angry =
    { $gender ->
        [feminine] غاضبة
       *[other] غاضب
    }
feeling-scared =
    { $gender ->
        [feminine] خائفة
       *[other] خائف
    }
feeling-unsafe = لست بأمان

## The parts of her plan

part-contact-and-support = التواصل والدعم
part-contact-and-support-about = كم مرة نلتقي أو نتحدث، ومن يساعدك.
part-education-and-training = التعليم والتدريب
part-education-and-training-about = المدرسة أو الكلية أو الجامعة أو الدورات.
part-work-and-activities = العمل والأنشطة الأخرى
part-work-and-activities-about = الوظائف والتدريب المهني والتطوع والأشياء التي تقوم بها.
part-if-things-go-wrong = إذا ساءت الأمور
part-if-things-go-wrong-about = ماذا يحدث إذا توقفت هذه الخطة عن العمل.
part-where-i-live = المكان الذي أعيش فيه
part-where-i-live-about = منزلك، وهل هو مناسب لك.
part-family-and-friends = العائلة والأصدقاء
part-family-and-friends-about = الوقت مع العائلة، والأصدقاء، والأشخاص المهمون لك.
part-skills-for-living = مهارات العيش وحدي
part-skills-for-living-about = الطبخ والفواتير والتسوق والعناية بالمنزل.
part-money = المال
part-money-about = مالك، والإعانات، والمنح، والمساعدة في التكاليف.
part-health-and-wellbeing = الصحة والعافية
part-health-and-wellbeing-about = جسمك وعقلك، ومن يساعد فيهما.
part-who-i-am = من أنا
part-who-i-am-about = ثقافتك ودينك ولغاتك ومن أين أتيت.

## Messages with her adviser

messages-lede =
    { $gender ->
        [feminine] اكتبي إلى مستشارك الشخصي متى شئت. يعمل حتى من دون إشارة، ويُرسل تلقائيًا.
       *[other] اكتب إلى مستشارك الشخصي متى شئت. يعمل حتى من دون إشارة، ويُرسل تلقائيًا.
    }
messages-notify-offer =
    { $gender ->
        [feminine] هل تريدين أن تعرفي عندما يصل ردّ من { $name }، حتى لو كان Pathway مغلقًا؟
       *[other] هل تريد أن تعرف عندما يصل ردّ من { $name }، حتى لو كان Pathway مغلقًا؟
    }
messages-notify-offer-adviser =
    { $gender ->
        [feminine] هل تريدين أن تعرفي عندما يصل ردّ من مستشارك، حتى لو كان Pathway مغلقًا؟
       *[other] هل تريد أن تعرف عندما يصل ردّ من مستشارك، حتى لو كان Pathway مغلقًا؟
    }
messages-notify-button = أخبرني عندما يصل رد
messages-your-message = رسالتك
messages-your-reply = ردّك
messages-none-yet-hers =
    { $gender ->
        [feminine] لا رسائل بعد. قولي مرحبًا، أو اطرحي سؤالًا، أو أخبريهم كيف تسير الأمور.
       *[other] لا رسائل بعد. قل مرحبًا، أو اطرح سؤالًا، أو أخبرهم كيف تسير الأمور.
    }
messages-none-yet = لا رسائل بعد.
messages-you = أنت
messages-delivered = وصلت
messages-read-by-at = قُرئت من قِبل { $name } الساعة { $time }
messages-day-time = { $day }، { $time }
notify-label = الإشعارات
notify-on = الإشعارات مفعّلة. تقول فقط إن هناك شيئًا جديدًا، ولا تقول ما هو أبدًا.
notify-unavailable =
    { $gender ->
        [feminine] لم يتمكن هذا الهاتف من تفعيل الإشعارات. ما زال Pathway يعرض كل جديد عندما تفتحينه.
       *[other] لم يتمكن هذا الهاتف من تفعيل الإشعارات. ما زال Pathway يعرض كل جديد عندما تفتحه.
    }

## Meetings with her adviser

contacts-title = اللقاءات
contacts-getting =
    { $gender ->
        [feminine] جارٍ تحميل لقاءاتك… إذا كنتِ غير متصلة، ستظهر عند عودتك إلى الاتصال.
       *[other] جارٍ تحميل لقاءاتك… إذا كنت غير متصل، ستظهر عند عودتك إلى الاتصال.
    }
contacts-lede-with = المرات التي التقيت فيها أنت و{ $name } أو تحدثتما، المشارَكة معك من { $name }.
contacts-lede = المرات التي التقيت فيها أنت ومستشارك الشخصي أو تحدثتما، المشارَكة معك من مستشارك.
contacts-none-shared = لم يُشارَك معك شيء بعد.
contacts-we-agreed = اتفقنا على:
contact-home-visit = زيارة منزلية
contact-other-visit = زيارة أخرى
contact-office = في المكتب
contact-phone = بالهاتف
contact-video = بالفيديو
contact-message = رسالة نصية
contact-email = بريد إلكتروني
contact-tried = محاولة — لم يُرَد

## Where she is signed in

signed-in-title = أين سجّلت الدخول
signed-in-lede =
    { $gender ->
        [feminine] كل هاتف ومتصفح مسجّل الدخول باسمك. إذا ضاع أحدها أو كان مع شخص آخر، سجّلي خروجه: سيحذف كل ما احتفظ به Pathway عليه فور اتصاله.
       *[other] كل هاتف ومتصفح مسجّل الدخول باسمك. إذا ضاع أحدها أو كان مع شخص آخر، سجّل خروجه: سيحذف كل ما احتفظ به Pathway عليه فور اتصاله.
    }
signed-in-checking = جارٍ التحقق…
signed-in-offline =
    { $gender ->
        [feminine] أنتِ غير متصلة. اتصلي بالإنترنت لتري أين سجّلت الدخول.
       *[other] أنت غير متصل. اتصل بالإنترنت لترى أين سجّلت الدخول.
    }
signed-in-try-again =
    { $gender ->
        [feminine] حاولي مرة أخرى
       *[other] حاول مرة أخرى
    }
signed-in-one-out = تم تسجيل خروج { $device }.
signed-in-others-out =
    { $count ->
        [one] تم تسجيل خروج هاتف أو متصفح آخر.
        [two] تم تسجيل خروج هاتفين أو متصفحين آخرين.
        [few] تم تسجيل خروج { $count } هواتف ومتصفحات أخرى.
       *[other] تم تسجيل خروج { $count } هاتف ومتصفح آخر.
    }
signed-in-all-others =
    { $gender ->
        [feminine] سجّلي الخروج من كل مكان آخر
       *[other] سجّل الخروج من كل مكان آخر
    }
signed-in-all-others-question = تسجيل الخروج من كل مكان آخر؟
signed-in-will-be-lost =
    { $gender ->
        [feminine] كل ما كُتب هناك ولم يُرسل بعد سيضيع. ستبقين مسجّلة الدخول هنا.
       *[other] كل ما كُتب هناك ولم يُرسل بعد سيضيع. ستبقى مسجّل الدخول هنا.
    }
signed-in-yes =
    { $gender ->
        [feminine] نعم، سجّلي الخروج
       *[other] نعم، سجّل الخروج
    }
signed-in-keep =
    { $gender ->
        [feminine] أبقيه مسجّل الدخول
       *[other] أبقِه مسجّل الدخول
    }
signed-in-this-one =
    { $gender ->
        [feminine] تستخدمين هذا الآن
       *[other] تستخدم هذا الآن
    }
signed-in-since = سجّلت الدخول { $since } · آخر استخدام { $used }
signed-in-question = تسجيل خروج { $device }؟
signed-in-sign-out-device = تسجيل خروج { $device }
signed-in-sign-out = تسجيل الخروج

## This phone

phone-title = هذا الهاتف
phone-lede = ما يحفظه Pathway على هذا الهاتف، ليعمل من دون إشارة.
gender-about =
    { $gender ->
        [feminine] بعض الكلمات في لغتك تتغير للفتاة أو للفتى. اختاري ما يناسبك. تتغير الكلمات على شاشاتك فقط.
       *[other] بعض الكلمات في لغتك تتغير للفتاة أو للفتى. اختر ما يناسبك. تتغير الكلمات على شاشاتك فقط.
    }
gender-feminine = كفتاة («اكتبي»)
gender-masculine = كفتى («اكتب»)
gender-neutral = لا أريد الاختيار: الصيغة المعتادة («اكتب»)
gender-changing = يتغير أسلوب مخاطبة Pathway لك…
phone-waiting = بانتظار الإرسال
phone-safe-here =
    { $count ->
        [one] إنه في أمان على هذا الهاتف.
       *[other] إنها في أمان على هذا الهاتف.
    }
phone-nothing-waiting = لا شيء بانتظار الإرسال: تم إرسال كل شيء.
phone-refused =
    { $count ->
        [one] تعذّر حفظ تغيير واحد. الشاشة التي ينتمي إليها تشرح السبب.
       *[other] تعذّر حفظ { $count } من التغييرات. الشاشات التي تنتمي إليها تشرح السبب.
    }
phone-send-now =
    { $gender ->
        [feminine] أرسلي الآن
       *[other] أرسل الآن
    }
phone-check-now =
    { $gender ->
        [feminine] ابحثي عن تحديثات
       *[other] ابحث عن تحديثات
    }
phone-kept = محفوظ على هذا الهاتف
phone-kept-yours = خطتك وأهدافك ورسائلك ولقاءاتك
phone-kept-theirs = سجلات الشباب الذين تعمل معهم
phone-records =
    { $count ->
        [one] سجل واحد · { $size }
       *[other] { $count } سجل · { $size }
    }
phone-your-changes = تغييراتك التي تنتظر الإرسال
phone-none = لا شيء
phone-everything = كل ما يحفظه Pathway هنا
phone-set-aside =
    { $count ->
        [one] نسخة محفوظة واحدة لم يستطع Pathway قراءتها بعد تحديث موضوعة جانبًا ({ $size }). استُعيدت أي تغييرات فيها.
       *[other] { $count } نسخ محفوظة لم يستطع Pathway قراءتها بعد تحديث موضوعة جانبًا ({ $size }). استُعيدت أي تغييرات فيها.
    }
phone-others-waiting = شخص آخر استخدم Pathway على هذا الهاتف لديه تغييرات تنتظر الإرسال. ستُرسل عندما يسجّل دخوله مرة أخرى؛ لا يستطيع أحد غيره رؤيتها.
phone-signing-out = تسجيل الخروج
phone-signing-out-about =
    { $gender ->
        [feminine] تسجيل الخروج يزيل كل ما يخصك من هذا الهاتف. سجّلي الخروج إذا كان أشخاص آخرون يستخدمونه.
       *[other] تسجيل الخروج يزيل كل ما يخصك من هذا الهاتف. سجّل الخروج إذا كان أشخاص آخرون يستخدمونه.
    }
phone-see-signed-in =
    { $gender ->
        [feminine] انظري أين سجّلت الدخول
       *[other] انظر أين سجّلت الدخول
    }
phone-lost-phone =
    { $gender ->
        [feminine] { " " }— وسجّلي خروج هاتف أضعته.
       *[other] { " " }— وسجّل خروج هاتف أضعته.
    }

## My goals (the Bees' names are in first.ftl)

goals-title = أهدافي
goals-bee-heading = { $bee }
goals-happy-about = الشعور بالرضا، والاستمتاع، وأناس يهتمون بك.
goals-healthy-about = الاعتناء بجسمك وعقلك.
goals-safe-about =
    { $gender ->
        [feminine] الشعور بالأمان حيث تعيشين ومع من حولك.
       *[other] الشعور بالأمان حيث تعيش ومع من حولك.
    }
goals-resilient-about = التأقلم عندما تصعب الأمور، والنهوض من جديد.
goals-ambitious-about =
    { $gender ->
        [feminine] التعلم والعمل والأشياء التي تريدين فعلها.
       *[other] التعلم والعمل والأشياء التي تريد فعلها.
    }
goals-independent-about = إدارة حياتك بنفسك: السكن والمال ومهارات كل يوم.
goals-scale-not-started = لم يبدأ
goals-scale-starting = بدأ
goals-scale-getting-there = في الطريق
goals-scale-nearly-there = قريب جدًا
goals-scale-done-it = تم
goals-cell-empty = { $bee }: لا أهداف بعد
goals-cell = { $bee }: { $percent } بالمئة من الطريق
goals-progress-yours = تقدّمك. { $cells }.
goals-progress-of = تقدّم { $name }. { $cells }.
goals-progress-theirs = تقدّمهم. { $cells }.
goals-cells-fill-yours = تمتلئ كل خلية كلما تقدّمت أهدافك في ذلك الجزء.
goals-cells-fill-of = تمتلئ كل خلية كلما تقدّمت أهداف { $name } في ذلك الجزء.
goals-cells-fill-theirs = تمتلئ كل خلية كلما تقدّمت أهدافهم في ذلك الجزء.
goals-add =
    { $gender ->
        [feminine] أضيفي هدفًا
       *[other] أضف هدفًا
    }
goals-none-yours =
    { $gender ->
        [feminine] لا أهداف هنا بعد. يمكنكِ أن تضيفي واحدًا.
       *[other] لا أهداف هنا بعد. يمكنك أن تضيف واحدًا.
    }
goals-your-adviser = مستشارك الشخصي
goals-a-suggestion = هدف مقترح
goals-suggested = هدف مقترح من { $name } في { $bee }:
goals-make-mine =
    { $gender ->
        [feminine] اجعليه هدفي
       *[other] اجعله هدفي
    }
goals-no-thanks = لا، شكرًا
goals-not-rated = لم يُقيَّم بعد
goals-how-its-going = كيف يسير: { $words }
goals-by-day = { " " }· قبل { $day }
goals-did-it = لقد فعلتها: «{ $goal }»!
goals-every-step = أنجزت كل الخطوات. رائع!
goals-a-step = أنجزت خطوة. أحسنت!
goals-from = من { $name }:
goals-rate = كيف يسير؟
goals-choose-rate =
    { $gender ->
        [feminine] اختاري كيف يسير
       *[other] اختر كيف يسير
    }
goals-note = ملاحظة (إن أردت)
goals-save-rating =
    { $gender ->
        [feminine] احفظي كيف يسير
       *[other] احفظ كيف يسير
    }
goals-change-words =
    { $gender ->
        [feminine] غيّري الكلمات
       *[other] غيّر الكلمات
    }
goals-of = لـ { $goal }
goals-in-your-words = الهدف، بكلماتك
goals-save =
    { $gender ->
        [feminine] احفظي
       *[other] احفظ
    }
goals-cancel = إلغاء
goals-chart = التقدّم مع الوقت: { $ratings }.
goals-chart-rating = { $words } في { $day }
goals-chart-advisers-rating = { $words } في { $day } (تقييم المستشار)
goals-choose-bee =
    { $gender ->
        [feminine] اختاري إلى أي مجال ينتمي.
       *[other] اختر إلى أي مجال ينتمي.
    }
goals-write-it =
    { $gender ->
        [feminine] اكتبي الهدف في كلمات قليلة.
       *[other] اكتب الهدف في كلمات قليلة.
    }
goals-your-goal = هدفك، بكلماتك
goals-which-bee = أي مجال؟
goals-choose =
    { $gender ->
        [feminine] اختاري…
       *[other] اختر…
    }
goals-steps = خطوات صغيرة (خطوة في كل سطر، إن أردت)
goals-by = متى (إن أردت)

## My plan (the parts' names are in "The parts of her plan" above)

plan-title = خطتي
plan-not-found = لا نستطيع العثور على هذه الخطة
plan-not-found-why = قد تكون لشخص لم يعد في قائمتك.
plan-getting =
    { $gender ->
        [feminine] جارٍ تحميل الخطة… إذا كنتِ غير متصلة، ستظهر فور عودتك إلى الاتصال.
       *[other] جارٍ تحميل الخطة… إذا كنت غير متصل، ستظهر فور عودتك إلى الاتصال.
    }
plan-two-places =
    { $gender ->
        [feminine]
            { $count ->
                [one] تغيّر جزء واحد من هذه الخطة في مكانين. النسختان محفوظتان فيه: اختاري أيهما تُبقين.
               *[other] تغيّرت { $count } أجزاء من هذه الخطة في مكانين. النسختان محفوظتان فيها: اختاري أيهما تُبقين.
            }
       *[other]
            { $count ->
                [one] تغيّر جزء واحد من هذه الخطة في مكانين. النسختان محفوظتان فيه: اختر أيهما تبقي.
               *[other] تغيّرت { $count } أجزاء من هذه الخطة في مكانين. النسختان محفوظتان فيها: اختر أيهما تبقي.
            }
    }
plan-my-adviser = مستشاري الشخصي
plan-not-named = لم يُسمَّ بعد
plan-next-catch-up = اللقاء القادم
plan-next-review = مراجعة الخطة القادمة
plan-asked-for-on = طُلبت في { $day }
plan-after-the-move = { $day } (بعد الانتقال في { $moved })
plan-not-set = لم يُحدَّد بعد
plan-whats-next = ما التالي
plan-nothing-left = لا شيء متبقٍ في هذه الخطة الآن.
plan-by = قبل
plan-more-below =
    { $count ->
        [one] وواحد آخر في الأجزاء أدناه.
       *[other] و{ $count } أخرى في الأجزاء أدناه.
    }
plan-who-not-said = من: لم يُذكر بعد
plan-who = من: { $who }
plan-you-first = أنت
plan-you = أنت
plan-ticked-off = تمّ بواسطة { $who }
plan-ticked-off-on = تمّ بواسطة { $who } في { $day } الساعة { $time }
plan-done-label = تم:
plan-to-do-label = للقيام به:
plan-done-cheer = أحسنت — تم ذلك!
plan-nothing-planned = لا شيء مخطط
plan-all-done = كله تم
plan-to-do = { $count } للقيام بها
plan-your-words-here = كلماتك هنا
plan-add-your-words =
    { $gender ->
        [feminine] أضيفي كلماتك
       *[other] أضف كلماتك
    }
plan-two-versions = نسختان للاختيار بينهما
plan-changed-since = تغيّر منذ النسخة { $number }
plan-no-changes = لا تغييرات منذ النسخة { $number }.
plan-whats-planned = ما هو مخطط
plan-nothing-planned-here = لا شيء مخطط هنا بعد.
plan-what-i-think = ما أفكر فيه
plan-no-thoughts =
    { $gender ->
        [feminine] لم تضيفي أفكارك هنا بعد.
       *[other] لم تضف أفكارك هنا بعد.
    }
plan-saved-not-sent = محفوظ على هذا الهاتف، لم يُرسل بعد
plan-add-what-i-think =
    { $gender ->
        [feminine] أضيفي ما أفكر فيه
       *[other] أضف ما أفكر فيه
    }
plan-change-words =
    { $gender ->
        [feminine] غيّري هذه الكلمات
       *[other] غيّر هذه الكلمات
    }
plan-about-part = عن { $part }
plan-for-my-review = لمراجعتي القادمة
plan-save =
    { $gender ->
        [feminine] احفظي
       *[other] احفظ
    }
plan-cancel = إلغاء
plan-saving-keeps = الحفظ يبقيه على هذا الهاتف فورًا؛ ويُرسل عندما تتوفر إشارة.
plan-reviews-mine = مراجعات خطتي
plan-you-asked =
    { $gender ->
        [feminine] طلبت مراجعة في { $day }. تم إبلاغ مستشارك الشخصي — المراجعة التي تطلبينها لا يمكن رفضها.
       *[other] طلبت مراجعة في { $day }. تم إبلاغ مستشارك الشخصي — المراجعة التي تطلبها لا يمكن رفضها.
    }
plan-review-recorded = هذه المراجعة مسجّلة على هذا الهاتف. تصبح النسخة التالية من الخطة بعد إرسالها.
plan-review-getting-ready = يجري تحضير مراجعتك القادمة.
plan-review-marked = ما تغيّر منذ النسخة { $number } مُعلَّم في كل جزء أدناه.
plan-every-six-months = يُنظر في خطتك مرة أخرى كل ستة أشهر على الأقل. يمكنك طلب مراجعة في أي وقت، ولا يمكن رفضها.
plan-ask-review =
    { $gender ->
        [feminine] اطلبي مراجعة
       *[other] اطلب مراجعة
    }
plan-review-why =
    { $gender ->
        [feminine] عمّ تريدين أن تتحدثي؟ (ليس عليكِ أن تقولي.)
       *[other] عمّ تريد أن تتحدث؟ (ليس عليك أن تقول.)
    }
plan-ask-my-review =
    { $gender ->
        [feminine] اطلبي مراجعتي
       *[other] اطلب مراجعتي
    }
plan-every-version = كل نسخ خطتي
plan-reviewed-agree =
    { $gender ->
        [feminine] رُوجعت خطتك في { $day }. هل توافقين عليها؟
       *[other] رُوجعت خطتك في { $day }. هل توافق عليها؟
    }
plan-read-and-answer =
    { $gender ->
        [feminine] اقرئي النسخة { $number } وأجيبي
       *[other] اقرأ النسخة { $number } وأجب
    }
plan-read-version =
    { $gender ->
        [feminine] اقرئي النسخة { $number }
       *[other] اقرأ النسخة { $number }
    }
plan-you-agree =
    { $gender ->
        [feminine] النسخة { $number }، رُوجعت في { $day }: أنتِ توافقين عليها.
       *[other] النسخة { $number }، رُوجعت في { $day }: أنت توافق عليها.
    }
plan-you-disagree =
    { $gender ->
        [feminine] أنتِ لا توافقين على النسخة { $number } (رُوجعت في { $day }).
       *[other] أنت لا توافق على النسخة { $number } (رُوجعت في { $day }).
    }
plan-kept-on-plan = هذا محفوظ في خطتك، ويراه كل من يقرأ خطتك.

## Versions of her plan, and two versions side by side (and of the same words)

plan-back-to-mine = → خطتي
plan-back-to-versions = → كل النسخ
plan-versions-lede = كل مراجعة تصنع نسخة جديدة. تُحفظ النسخ كما اتُّفق عليها ولا تتغير أبدًا.
plan-no-versions = لا توجد نسخ بعد: تُصنع الأولى في مراجعتك الأولى في Pathway.
plan-version = النسخة { $number }
plan-reviewed-on = رُوجعت في { $day }
plan-not-said-yet =
    { $gender ->
        [feminine] لم تقولي بعد إن كنتِ توافقين
       *[other] لم تقل بعد إن كنت توافق
    }
plan-agree-with-version =
    { $gender ->
        [feminine] أنتِ توافقين على هذه النسخة
       *[other] أنت توافق على هذه النسخة
    }
plan-disagree-with-version =
    { $gender ->
        [feminine] أنتِ لا توافقين على هذه النسخة
       *[other] أنت لا توافق على هذه النسخة
    }
plan-compare-two =
    { $gender ->
        [feminine] قارني بين نسختين
       *[other] قارن بين نسختين
    }
plan-earlier-version = النسخة الأقدم
plan-later-version = النسخة الأحدث
plan-compare-side-by-side =
    { $gender ->
        [feminine] قارني جنبًا إلى جنب
       *[other] قارن جنبًا إلى جنب
    }
plan-version-not-found = لا نستطيع العثور على هذه النسخة
plan-version-not-found-why =
    { $gender ->
        [feminine] إذا كنتِ غير متصلة، ستظهر عندما يلحق هذا الهاتف بالتحديثات.
       *[other] إذا كنت غير متصل، ستظهر عندما يلحق هذا الهاتف بالتحديثات.
    }
plan-see-every-version =
    { $gender ->
        [feminine] انظري كل النسخ
       *[other] انظر كل النسخ
    }
plan-my-version = خطتي — النسخة { $number }
plan-compare-before =
    { $gender ->
        [feminine] قارني بالنسخة السابقة ←
       *[other] قارن بالنسخة السابقة ←
    }
plan-fact-name = الاسم
plan-fact-reviewed-on = تاريخ المراجعة
plan-fact-who-took-part = من شارك
plan-not-written-down = لم يُكتب
plan-fact-how-you-took-part = كيف شاركت
plan-fact-why-not = لماذا لا
plan-fact-next-review = المراجعة القادمة
plan-fact-written-by = كتبه
plan-print =
    { $gender ->
        [feminine] اطبعي أو احفظي كملف PDF
       *[other] اطبع أو احفظ كملف PDF
    }
plan-agreement = الموافقة
plan-agreed-on = وافقت في { $day }
plan-disagreed-on =
    { $gender ->
        [feminine] لم توافقي في { $day }
       *[other] لم توافق في { $day }
    }
plan-agreed-not-sent = وافقت (محفوظ على هذا الهاتف، لم يُرسل بعد)
plan-disagreed-not-sent =
    { $gender ->
        [feminine] لم توافقي (محفوظ على هذا الهاتف، لم يُرسل بعد)
       *[other] لم توافق (محفوظ على هذا الهاتف، لم يُرسل بعد)
    }
plan-earlier-answer = (إجابة سابقة)
plan-answer-choose =
    { $gender ->
        [feminine] اختاري «أوافق» أو «لا أوافق».
       *[other] اختر «أوافق» أو «لا أوافق».
    }
plan-answer-say-why =
    { $gender ->
        [feminine] قولي لماذا لا توافقين، حتى يُكتب ذلك.
       *[other] قل لماذا لا توافق، حتى يُكتب ذلك.
    }
plan-change-answer =
    { $gender ->
        [feminine] غيّري إجابتي
       *[other] غيّر إجابتي
    }
plan-do-you-agree =
    { $gender ->
        [feminine] هل توافقين على هذه النسخة من خطتك؟
       *[other] هل توافق على هذه النسخة من خطتك؟
    }
plan-i-agree = أوافق
plan-i-dont-agree = لا أوافق
plan-why-not-agree =
    { $gender ->
        [feminine] لماذا لا توافقين؟ أسبابك تُحفظ في خطتك.
       *[other] لماذا لا توافق؟ أسبابك تُحفظ في خطتك.
    }
plan-anything-to-add =
    { $gender ->
        [feminine] هل تريدين إضافة شيء؟ (ليس عليكِ ذلك.)
       *[other] هل تريد إضافة شيء؟ (ليس عليك ذلك.)
    }
plan-send-answer =
    { $gender ->
        [feminine] أرسلي إجابتي
       *[other] أرسل إجابتي
    }
plan-answer-saved = تُحفظ إجابتك على هذا الهاتف فورًا، وتُرسل عندما تتوفر إشارة.
plan-versions-not-found = لا نستطيع العثور على هاتين النسختين
plan-version-and-version = النسخة { $left } والنسخة { $right }
plan-things-changed =
    { $count ->
        [0] لم يتغير شيء في الخطة بين هاتين النسختين.
        [one] تغيّر شيء واحد. كل تغيير مُسمّى: أُضيف، أُزيل أو تغيّر.
       *[other] تغيّر { $count } من الأشياء. كل تغيير مُسمّى: أُضيف، أُزيل أو تغيّر.
    }
plan-action-done = { $what } (تم)
plan-changes =
    { $count ->
        [0] لا تغييرات
        [one] تغيير واحد
       *[other] { $count } تغييرات
    }
plan-nothing-in-either = لم يُكتب شيء في أي من النسختين.
plan-change-column = التغيير
plan-nothing-planned-in-version = لا شيء مخطط هنا.
plan-nothing-written-in-version = لم يُكتب شيء هنا.
plan-done = تم
plan-to-do-state = للقيام به
took-part-came-and-spoke = حضرت وتحدثت عن نفسك
took-part-with-advocate = حضرت، وتحدث مناصر نيابة عنك
took-part-sent-views = أرسلت آراءك كتابةً أو عبر التطبيق
took-part-did-not =
    { $gender ->
        [feminine] لم تشاركي
       *[other] لم تشارك
    }
change-none = لا تغيير
change-added = أُضيف
change-removed = أُزيل
change-changed = تغيّر
change-now-done = تم الآن
change-no-longer-done = لم يعد منجزًا
change-who = من: { $before } → { $after }
change-no-date = بلا تاريخ
change-by-when = قبل: { $before } → { $after }
two-versions-words = هذه الكلمات
two-versions-what = ما سيتم فعله
two-versions-who = من يفعله
two-versions-by-when = متى
two-versions-done = هل تم
two-versions-this = هذا
two-versions-of = نسختان من { $what }
two-versions-changed = تغيّر في مكانين: { $what }.
two-versions-nothing-lost =
    { $gender ->
        [feminine] لم يضع شيء — اختاري ما تُبقينه.
       *[other] لم يضع شيء — اختر ما تبقيه.
    }
two-versions-first = النسخة 1 (المعروضة الآن)
two-versions-second = النسخة 2، من { $name }
two-versions-keep-first =
    { $gender ->
        [feminine] أبقي النسخة 1
       *[other] أبقِ النسخة 1
    }
two-versions-keep-second =
    { $gender ->
        [feminine] أبقي النسخة 2
       *[other] أبقِ النسخة 2
    }
two-versions-combine =
    { $gender ->
        [feminine] ادمجيهما
       *[other] ادمجهما
    }

## What's written about me (its title is in first.ftl)

written-getting = جارٍ جلب كل ما كُتب عنك…
written-offline =
    { $gender ->
        [feminine] أنتِ غير متصلة. هذا يأتي مباشرة من سجلات Pathway، وليس فقط مما على هذا الهاتف، لذا يحتاج إلى اتصال. حاولي مرة أخرى عندما تعودين إلى الاتصال.
       *[other] أنت غير متصل. هذا يأتي مباشرة من سجلات Pathway، وليس فقط مما على هذا الهاتف، لذا يحتاج إلى اتصال. حاول مرة أخرى عندما تعود إلى الاتصال.
    }
written-try-again =
    { $gender ->
        [feminine] حاولي مرة أخرى
       *[other] حاول مرة أخرى
    }
written-about-name = ما كُتب عن { $name }
written-lede = كل ما يحفظه Pathway عنك، مجموعًا في { $day }.
written-staff-notes-about =
    { $gender ->
        [feminine] بعض الملاحظات مخصّصة فقط للموظفين الذين يدعمونك. هي مدرجة في النهاية مع تواريخها، حتى لا يُخفى عنك شيء. يمكنكِ أن تسألي مستشارك الشخصي عن أي منها.
       *[other] بعض الملاحظات مخصّصة فقط للموظفين الذين يدعمونك. هي مدرجة في النهاية مع تواريخها، حتى لا يُخفى عنك شيء. يمكنك أن تسأل مستشارك الشخصي عن أي منها.
    }
written-download-page =
    { $gender ->
        [feminine] نزّلي كصفحة ويب
       *[other] نزّل كصفحة ويب
    }
written-download-file =
    { $gender ->
        [feminine] نزّلي كملف لتطبيقات أخرى
       *[other] نزّل كملف لتطبيقات أخرى
    }
written-about-me = عني
written-date-of-birth = تاريخ الميلاد
written-plan-now = خطتي الآن
written-versions = نسخ خطتي
written-none-yet = لا شيء بعد.
written-version-reviewed = النسخة { $number }، رُوجعت في { $day }
written-you-agreed-on = وافقت في { $day }
written-you-disagreed-on =
    { $gender ->
        [feminine] لم توافقي في { $day }
       *[other] لم توافق في { $day }
    }
written-you-agreed = وافقت
written-you-disagreed =
    { $gender ->
        [feminine] لم توافقي
       *[other] لم توافق
    }
written-review-getting-ready = يجري تحضير مراجعة.
written-review-getting-ready-for = يجري تحضير مراجعة في { $day }.
written-asked-for = المراجعات التي طلبتها
written-a-suggestion = (اقتراح)
written-you-said-no = (قلت لا)
written-rating = { $day }: { $words } — من { $name }
written-note = من { $name }: «{ $text }»
written-contacts = ملاحظات اللقاءات التي شوركت معي
written-written-by = (بقلم { $name })
written-feeling = الشعور: { $feeling }
written-asked-call = طلبت أن يتصل بك أحد.
written-read-by-on = قُرئ من قِبل { $name } في { $day }
written-replied = ردّ من { $name }: «{ $text }»
written-who-opened = من فتح سجلاتك
written-who-opened-about = كل موظف فتح سجلاتك أو كتب فيها، الأحدث أولًا.
written-staff-only = ملاحظات يقرأها الموظفون فقط
written-staff-contact = ملاحظة تواصل ({ $how }) بقلم { $name }
written-staff-contact-unread = ملاحظة تواصل
written-staff-national-count = معلومات للإحصاء السنوي الحكومي للخارجين من الرعاية
written-there-are-none = لا توجد أي ملاحظات.
looked-none-yours = لم يفتح أي موظف سجلاتك بعد.
looked-show-all = عرض الكل ({ $count })
looked-line = { $what }: { $name } ({ $role }) — { $day } الساعة { $time }
looked-opened-plan = فُتحت خطتك
looked-opened-contacts = فُتحت ملاحظات لقاءاتك
looked-opened-goals = فُتحت أهدافك
looked-opened-versions = فُتحت نسخ خطتك
looked-wrote = كُتب في سجلاتك
role-personal-adviser = المستشار الشخصي
role-team-manager = مدير الفريق
role-head-of-service = رئيس الخدمة
role-young-person = شاب أو شابة

## A change the server would not keep (its reason comes from the server)

refused-not-saved = لم يُحفظ تغيير.
refused-ok = حسنًا
refusal-not-found = هذا لم يعد موجودًا، أو ليس لك أن تغيّره.
refusal-removed = كان قد أُزيل قبل وصول تغييرك.
refusal-advisers-to-change =
    { $gender ->
        [feminine] مستشارك الشخصي وحده يستطيع تغيير هذا. يمكنكِ أن تقولي رأيكِ فيه في خطتك.
       *[other] مستشارك الشخصي وحده يستطيع تغيير هذا. يمكنك أن تقول رأيك فيه في خطتك.
    }
refusal-written-down = كُتب هذا، لذلك لا يمكن تغييره.
refusal-not-written-down-yet =
    { $gender ->
        [feminine] لم تُكتب هذه المراجعة بعد، لذلك لا يوجد ما توافقين عليه بعد.
       *[other] لم تُكتب هذه المراجعة بعد، لذلك لا يوجد ما توافق عليه بعد.
    }
refusal-not-kept =
    { $gender ->
        [feminine] لم يستطع Pathway حفظ هذا كما كُتب. تحقّقي منه وحاولي مرة أخرى.
       *[other] لم يستطع Pathway حفظ هذا كما كُتب. تحقّق منه وحاول مرة أخرى.
    }
refusal-already-dealt-with = تم التعامل مع هذا التغيير من قبل.
refusal-not-allowed = لا يمكنك إجراء هذا التغيير.

## Where she signed in: browsers and systems keep their names

device-on = { $browser } على { $system }
device-a-browser = متصفح ويب
device-a-mac = جهاز Mac
device-a-chromebook = جهاز Chromebook

## What was started and not sent or saved (the sign-out screen)

writing-unfinished = لم يكتمل بعد
sign-out-unfinished-about =
    { $gender ->
        [feminine]
            { $count ->
                [one] بدأتِ كتابة هذا ولم ترسليه أو تحفظيه. تسجيل الخروج يحذفه من هذا الهاتف. لتحتفظي به، ارجعي إليه وأرسليه أو احفظيه أولًا.
               *[other] بدأتِ كتابة هذه ولم ترسليها أو تحفظيها. تسجيل الخروج يحذفها من هذا الهاتف. لتحتفظي بها، ارجعي إلى كل واحد منها وأرسليه أو احفظيه أولًا.
            }
       *[other]
            { $count ->
                [one] بدأتَ كتابة هذا ولم ترسله أو تحفظه. تسجيل الخروج يحذفه من هذا الهاتف. لتحتفظ به، ارجع إليه وأرسله أو احفظه أولًا.
               *[other] بدأتَ كتابة هذه ولم ترسلها أو تحفظها. تسجيل الخروج يحذفها من هذا الهاتف. لتحتفظ بها، ارجع إلى كل واحد منها وأرسله أو احفظه أولًا.
            }
    }
writing-statement = { $topic }، في صوتي
writing-message = رسالة
writing-reply = رد
writing-review-request = سبب طلب المراجعة
writing-answer = رأيك في نسخة من خطتك
writing-your-plan = { $part }، في خطتك
writing-plan = { $part }، في خطة
writing-action = إجراء، في { $part }
writing-contact = ملاحظة تواصل
writing-goal = هدف جديد
writing-rating = كيف يسير هدف
writing-rename = كلمات جديدة لهدف
writing-cheer = تشجيع
writing-review = سجل مراجعة
writing-audit-grading = تقييم تدقيق للممارسة
writing-audit-answer = رد على تدقيق للممارسة
