# Fjalët e Pathway për ekranet e të rinjve, në shqip.
# Duhet të kontrollohen nga një folës amtar.

## People who help me

help-getting-details = Po merren të dhënat e tua… Nëse je offline, do të shfaqen kur të lidhesh përsëri.
help-adviser-about = Këshilltari yt personal. { $name } të ndihmon me planin tënd dhe me çdo gjë që del.
help-message = Shkruaji { $name }
help-your-adviser = Këshilltari yt personal
help-no-adviser = Ende nuk të është caktuar një këshilltar personal. Ekipi për të rinjtë që largohen nga kujdesi do të të thotë kush është.
help-out-of-hours = Jashtë orarit
help-out-of-hours-about = Ekipi për të rinjtë që largohen nga kujdesi, në mbrëmje, natën dhe në fundjavë.
help-out-of-hours-team = ekipi jashtë orarit
help-emergency = Në rast urgjence
help-emergency-about = Nëse je në rrezik tani, ose dikush është lënduar.
help-advocate = Një avokues
help-advocate-about = Avokuesi është në anën tënde. Të ndihmon të thuash çfarë do dhe siguron që të dëgjohesh. Nuk punon për ekipin e kujdesit dhe është falas.
help-visit = Vizito { $name }
help-ask-for-advocate = Pyet këshilltarin tënd personal si ta marrësh: ke të drejtë për një avokues.

## My voice

voice-title = Zëri im
voice-lede = Tregoji këshilltarit tënd personal si po shkojnë gjërat, kur të duash. Punon edhe pa sinjal.
voice-thanks = Faleminderit që na e tregove.
voice-saved-will-send = Është ruajtur në këtë telefon dhe do të dërgohet vetë kur të jesh online.
voice-sent = U dërgua.
voice-what-to-do = Çfarë do të bësh?
voice-what-sent = Çfarë kam dërguar
voice-nothing-yet = Asgjë ende.
voice-status-saved = U ruajt në këtë telefon — do të dërgohet kur të jesh online
voice-status-read-by = E lexoi { $name }
voice-status-sent = U dërgua
voice-replied = { $name } u përgjigj:
voice-read-this = Lexoje këtë me zë
voice-how-feeling = Si ndihesh?
voice-first-feeling = Së pari, si ndihesh
voice-part-of = Pjesa { $part } nga { $parts }
voice-last = Në fund: diçka tjetër
voice-prep-about = Pastaj, një pjesë e planit tënd në një kohë: çfarë po shkon mirë, çfarë jo dhe çfarë do të ndryshosh. Kapërce çfarë të duash. Çfarë shkruan ruhet në këtë telefon ndërsa shkruan, dhe shkon me planin tënd në rishikim kur ta dërgosh.
voice-anything-else = Diçka tjetër që do të thuash
voice-call-me = Dua që dikush të më telefonojë
voice-send = Dërgo
voice-skip = Kapërce këtë pjesë
voice-next = Tjetra
voice-back = Kthehu
call-now-label = Nëse je në rrezik
call-now-999 = Nëse je në rrezik tani, telefono 999.
call-now-out-of-hours = Jashtë orarit, mund të telefonosh ekipin e kujdesit në

## What she can say in My voice

topic-review-ready = Përgatitu për rishikimin tim
topic-good-news = Ndaj një lajm të mirë
topic-problem = Zgjidh një problem
topic-feeling = Si ndihem
topic-where-i-live = Për vendin ku jetoj
topic-something-wrong = Diçka nuk shkon
prompt-good-news-what = Çfarë ndodhi?
prompt-good-news-who = Kush do të doja ta dinte?
prompt-problem-what = Cili është problemi?
prompt-problem-help = Çfarë do të ndihmonte?
prompt-feeling-why = Çfarë më bën të ndihem kështu?
prompt-where-i-live-like = Si është vendi ku jetoj?
prompt-where-i-live-better = Çfarë do ta bënte më mirë?
prompt-something-wrong-what = Çfarë nuk shkon?
prompt-something-wrong-where = Ku jam tani?
feeling-great = Shumë mirë
feeling-good = Mirë
feeling-okay = Në rregull
feeling-sad =
    { $gender ->
        [feminine] E trishtuar
        [masculine] I trishtuar
       *[other] I/E trishtuar
    }
feeling-worried =
    { $gender ->
        [feminine] E shqetësuar
        [masculine] I shqetësuar
       *[other] I/E shqetësuar
    }
feeling-angry =
    { $gender ->
        [feminine] E zemëruar
        [masculine] I zemëruar
       *[other] I/E zemëruar
    }
feeling-scared =
    { $gender ->
        [feminine] E frikësuar
        [masculine] I frikësuar
       *[other] I/E frikësuar
    }
feeling-unsafe =
    { $gender ->
        [feminine] Nuk jam e sigurt
        [masculine] Nuk jam i sigurt
       *[other] Nuk jam i/e sigurt
    }

## The parts of her plan

part-contact-and-support = Kontakti dhe mbështetja
part-contact-and-support-about = Sa shpesh takohemi ose flasim, dhe kush të ndihmon.
part-education-and-training = Arsimi dhe trajnimi
part-education-and-training-about = Shkolla, kolegji, universiteti ose kurset.
part-work-and-activities = Puna dhe aktivitete të tjera
part-work-and-activities-about = Punë, praktika, vullnetarizëm dhe gjërat që bën.
part-if-things-go-wrong = Nëse gjërat shkojnë keq
part-if-things-go-wrong-about = Çfarë ndodh nëse ky plan nuk funksionon më.
part-where-i-live = Ku jetoj
part-where-i-live-about = Shtëpia jote, dhe nëse është e përshtatshme për ty.
part-family-and-friends = Familja dhe miqtë
part-family-and-friends-about = Koha me familjen, miqtë dhe njerëzit që kanë rëndësi për ty.
part-skills-for-living = Aftësi për të jetuar vetë
part-skills-for-living-about = Gatimi, faturat, pazari dhe kujdesi për shtëpinë.
part-money = Paratë
part-money-about = Paratë e tua, përfitimet, grantet dhe ndihma me shpenzimet.
part-health-and-wellbeing = Shëndeti dhe mirëqenia
part-health-and-wellbeing-about = Trupi dhe mendja jote, dhe kush të ndihmon me to.
part-who-i-am = Kush jam
part-who-i-am-about = Kultura, besimi, gjuhët e tua dhe nga vjen.

## Messages with her adviser

messages-lede = Shkruaji këshilltarit tënd personal kur të duash. Punon edhe pa sinjal, dhe dërgohet vetë.
messages-notify-offer = Do të dish kur të përgjigjet { $name }, edhe kur Pathway është mbyllur?
messages-notify-offer-adviser = Do të dish kur të përgjigjet këshilltari yt, edhe kur Pathway është mbyllur?
messages-notify-button = Më njofto kur të vijë përgjigja
messages-your-message = Mesazhi yt
messages-your-reply = Përgjigja jote
messages-none-yet-hers = Ende pa mesazhe. Përshëndit, bëj një pyetje, ose tregoju si po shkojnë gjërat.
messages-none-yet = Ende pa mesazhe.
messages-you = Ti
messages-delivered = U dorëzua
messages-read-by-at = E lexoi { $name } në { $time }
messages-day-time = { $day }, { $time }
notify-label = Njoftimet
notify-on = Njoftimet janë aktive. Thonë vetëm se ka diçka të re, kurrë çfarë.
notify-unavailable = Ky telefon nuk mundi të aktivizojë njoftimet. Pathway prapë tregon gjithçka të re kur e hap.

## Meetings with her adviser

contacts-title = Takimet
contacts-getting = Po merren takimet e tua… Nëse je offline, do të shfaqen kur të lidhesh përsëri.
contacts-lede-with = Herët kur ti dhe { $name } u takuat ose folët, që { $name } i ka ndarë me ty.
contacts-lede = Herët kur ti dhe këshilltari yt personal u takuat ose folët, që këshilltari i ka ndarë me ty.
contacts-none-shared = Ende nuk është ndarë asgjë me ty.
contacts-we-agreed = Ramë dakord:
contact-home-visit = Vizitë në shtëpi
contact-other-visit = Vizitë tjetër
contact-office = Në zyrë
contact-phone = Me telefon
contact-video = Me video
contact-message = Mesazh
contact-email = Email
contact-tried = U provua — pa përgjigje

## Where she is signed in

signed-in-title =
    { $gender ->
        [feminine] Ku je e kyçur
        [masculine] Ku je i kyçur
       *[other] Ku je i/e kyçur
    }
signed-in-lede = Çdo telefon dhe shfletues i kyçur si ti. Nëse një humbet ose e ka dikush tjetër, nxirre: ai fshin gjithçka që Pathway mbante në të sapo të lidhet.
signed-in-checking = Po kontrollohet…
signed-in-offline =
    { $gender ->
        [feminine] Je offline. Lidhu me internetin për të parë ku je e kyçur.
        [masculine] Je offline. Lidhu me internetin për të parë ku je i kyçur.
       *[other] Je offline. Lidhu me internetin për të parë ku je i/e kyçur.
    }
signed-in-try-again = Provo përsëri
signed-in-one-out = { $device } u nxor.
signed-in-others-out =
    { $count ->
        [one] { $count } telefon ose shfletues tjetër u nxor.
       *[other] { $count } telefona dhe shfletues të tjerë u nxorën.
    }
signed-in-all-others = Dil nga të gjitha vendet e tjera
signed-in-all-others-question = Të dalësh nga të gjitha vendet e tjera?
signed-in-will-be-lost =
    { $gender ->
        [feminine] Çdo gjë e shkruar atje dhe e padërguar ende do të humbasë. Ti mbetesh e kyçur këtu.
        [masculine] Çdo gjë e shkruar atje dhe e padërguar ende do të humbasë. Ti mbetesh i kyçur këtu.
       *[other] Çdo gjë e shkruar atje dhe e padërguar ende do të humbasë. Ti mbetesh i/e kyçur këtu.
    }
signed-in-yes = Po, dil
signed-in-keep = Mbaje të kyçur
signed-in-this-one = Po përdor këtë
signed-in-since = U kyç { $since } · përdorur { $used }
signed-in-question = Të nxirret { $device }?
signed-in-sign-out-device = Nxirr { $device }
signed-in-sign-out = Dil

## This phone

phone-title = Ky telefon
phone-lede = Çfarë mban Pathway në këtë telefon, që të punojë pa sinjal.
gender-about = Disa fjalë në gjuhën tënde ndryshojnë për një vajzë ose një djalë. Zgjidh atë që të përshtatet. Ndryshojnë vetëm fjalët në ekranet e tua.
gender-feminine = Si për një vajzë („e sigurt”)
gender-masculine = Si për një djalë („i sigurt”)
gender-neutral = Mos zgjidh: trego të dyja („i/e sigurt”)
gender-changing = Po ndryshon mënyra si të drejtohet Pathway…
phone-waiting = Në pritje për t'u dërguar
phone-safe-here =
    { $count ->
        [one] Është i sigurt në këtë telefon.
       *[other] Janë të sigurt në këtë telefon.
    }
phone-nothing-waiting = Asgjë nuk pret: gjithçka është dërguar.
phone-refused =
    { $count ->
        [one] { $count } ndryshim nuk u ruajt dot. Faqja ku bën pjesë thotë pse.
       *[other] { $count } ndryshime nuk u ruajtën dot. Faqet ku bëjnë pjesë thonë pse.
    }
phone-send-now = Dërgo tani
phone-check-now = Kontrollo për të reja
phone-kept = Të mbajtura në këtë telefon
phone-kept-yours = Plani, qëllimet, mesazhet dhe takimet e tua
phone-kept-theirs = Të dhënat e të rinjve me të cilët punon
phone-records =
    { $count ->
        [one] { $count } e dhënë · { $size }
       *[other] { $count } të dhëna · { $size }
    }
phone-your-changes = Ndryshimet e tua në pritje për t'u dërguar
phone-none = Asnjë
phone-everything = Gjithçka që Pathway mban këtu
phone-set-aside =
    { $count ->
        [one] { $count } kopje e ruajtur që Pathway nuk e lexoi dot pas një përditësimi është lënë mënjanë ({ $size }). Çdo ndryshim në të u rikthye.
       *[other] { $count } kopje të ruajtura që Pathway nuk i lexoi dot pas një përditësimi janë lënë mënjanë ({ $size }). Çdo ndryshim në to u rikthye.
    }
phone-others-waiting = Dikush tjetër që ka përdorur Pathway në këtë telefon ka ndryshime në pritje. Do të dërgohen kur ai person të hyjë sërish; askush tjetër nuk mund t'i shohë.
phone-signing-out = Dalja
phone-signing-out-about = Dalja heq gjithçka tënden nga ky telefon. Dil nëse e përdorin edhe të tjerë.
phone-see-signed-in =
    { $gender ->
        [feminine] Shiko ku je e kyçur
        [masculine] Shiko ku je i kyçur
       *[other] Shiko ku je i/e kyçur
    }
phone-lost-phone = { " " }— dhe nxirr një telefon që ke humbur.

## My goals (the Bees' names are in first.ftl)

goals-title = Qëllimet e mia
goals-bee-heading = Bee { $bee }
goals-happy-about = Të ndihesh mirë, të argëtohesh, njerëz që kujdesen për ty.
goals-healthy-about = Të kujdesesh për trupin dhe mendjen tënde.
goals-safe-about =
    { $gender ->
        [feminine] Të ndihesh e sigurt ku jeton dhe me njerëzit përreth.
        [masculine] Të ndihesh i sigurt ku jeton dhe me njerëzit përreth.
       *[other] Të ndihesh i/e sigurt ku jeton dhe me njerëzit përreth.
    }
goals-resilient-about = Të përballosh kur gjërat janë të vështira, dhe të ngrihesh sërish.
goals-ambitious-about = Mësimi, puna dhe gjërat që do të bësh.
goals-independent-about = Të drejtosh jetën tënde: shtëpia, paratë dhe aftësitë e përditshme.
goals-scale-not-started = Pa filluar
goals-scale-starting = Po fillon
goals-scale-getting-there = Po shkon
goals-scale-nearly-there = Pothuajse
goals-scale-done-it = U bë
goals-cell-empty = { $bee }: ende pa qëllime
goals-cell = { $bee }: { $percent } për qind e rrugës
goals-progress-yours = Përparimi yt. { $cells }.
goals-progress-of = Përparimi i { $name }. { $cells }.
goals-progress-theirs = Përparimi i tyre. { $cells }.
goals-cells-fill-yours = Çdo qelizë mbushet ndërsa qëllimet e tua në atë pjesë ecin përpara.
goals-cells-fill-of = Çdo qelizë mbushet ndërsa qëllimet e { $name } në atë pjesë ecin përpara.
goals-cells-fill-theirs = Çdo qelizë mbushet ndërsa qëllimet e tyre në atë pjesë ecin përpara.
goals-add = Shto një qëllim
goals-none-yours = Ende pa qëllime këtu. Mund të shtosh një.
goals-your-adviser = Këshilltari yt personal
goals-a-suggestion = Një qëllim i sugjeruar
goals-suggested = { $name } sugjeroi një qëllim për { $bee }:
goals-make-mine = Bëje qëllimin tim
goals-no-thanks = Jo, faleminderit
goals-not-rated = Ende pa vlerësim
goals-how-its-going = Si po shkon: { $words }
goals-by-day = { " " }· Deri më { $day }
goals-did-it = E bëre: “{ $goal }”!
goals-every-step = Të gjithë hapat u bënë. Shkëlqyeshëm!
goals-a-step = Një hap u bë. Bravo!
goals-from = Nga { $name }:
goals-rate = Si po shkon?
goals-choose-rate = Zgjidh si po shkon
goals-note = Një shënim (nëse do)
goals-save-rating = Ruaj si po shkon
goals-change-words = Ndrysho fjalët
goals-of = e { $goal }
goals-in-your-words = Qëllimi, me fjalët e tua
goals-save = Ruaj
goals-cancel = Anulo
goals-chart = Përparimi me kalimin e kohës: { $ratings }.
goals-chart-rating = { $words } më { $day }
goals-chart-advisers-rating = { $words } më { $day } (vlerësimi i këshilltarit)
goals-choose-bee = Zgjidh se ku bën pjesë.
goals-write-it = Shkruaje qëllimin me pak fjalë.
goals-your-goal = Qëllimi yt, me fjalët e tua
goals-which-bee = Cila Bee?
goals-choose = Zgjidh…
goals-steps = Hapa të vegjël (një në çdo rresht, nëse do)
goals-by = Deri kur (nëse do)

## My plan (the parts' names are in "The parts of her plan" above)

plan-title = Plani im
plan-not-found = Nuk e gjejmë këtë plan
plan-not-found-why = Mund t'i përkasë dikujt që nuk është më në listën tënde.
plan-getting = Po merret plani… Nëse je offline, do të shfaqet sapo të jesh sërish online.
plan-two-places =
    { $count ->
        [one] { $count } pjesë e këtij plani u ndryshua në dy vende. Të dy versionet janë ruajtur në të: zgjidh cilin të mbash.
       *[other] { $count } pjesë të këtij plani u ndryshuan në dy vende. Të dy versionet janë ruajtur në to: zgjidh cilin të mbash.
    }
plan-my-adviser = Këshilltari im personal
plan-not-named = Ende pa emër
plan-next-catch-up = Takimi i radhës
plan-next-review = Rishikimi i radhës i planit
plan-asked-for-on = Kërkuar më { $day }
plan-after-the-move = { $day } (pas zhvendosjes më { $moved })
plan-not-set = Ende i pavendosur
plan-whats-next = Çfarë vjen më pas
plan-nothing-left = Tani për tani s'ka mbetur asgjë për të bërë në këtë plan.
plan-by = Deri më
plan-more-below =
    { $count ->
        [one] Edhe { $count } tjetër në pjesët më poshtë.
       *[other] Edhe { $count } të tjera në pjesët më poshtë.
    }
plan-who-not-said = Kush: ende e pathënë
plan-who = Kush: { $who }
plan-you-first = Ti
plan-you = ti
plan-ticked-off = U krye nga { $who }
plan-ticked-off-on = U krye nga { $who } më { $day } në { $time }
plan-done-label = Kryer:
plan-to-do-label = Për t'u bërë:
plan-done-cheer = Bravo — u krye!
plan-nothing-planned = Asgjë e planifikuar
plan-all-done = Të gjitha u kryen
plan-to-do = { $count } për t'u bërë
plan-your-words-here = Fjalët e tua janë këtu
plan-add-your-words = Shto fjalët e tua
plan-two-versions = Dy versione për të zgjedhur
plan-changed-since = Ndryshuar që nga versioni { $number }
plan-no-changes = Asnjë ndryshim që nga versioni { $number }.
plan-whats-planned = Çfarë është planifikuar
plan-nothing-planned-here = Ende asgjë e planifikuar këtu.
plan-what-i-think = Çfarë mendoj
plan-no-thoughts = Ende nuk i ke shtuar mendimet e tua këtu.
plan-saved-not-sent = Ruajtur në këtë telefon, ende pa u dërguar
plan-add-what-i-think = Shto çfarë mendoj
plan-change-words = Ndrysho këto fjalë
plan-about-part = për { $part }
plan-for-my-review = Për rishikimin tim të radhës
plan-save = Ruaj
plan-cancel = Anulo
plan-saving-keeps = Ruajtja e mban menjëherë në këtë telefon; dërgohet kur ka sinjal.
plan-reviews-mine = Rishikimet e planit tim
plan-you-asked = Kërkove një rishikim më { $day }. Këshilltari yt personal është njoftuar — një rishikim që e kërkon ti nuk mund të refuzohet.
plan-review-recorded = Ky rishikim është regjistruar në këtë telefon. Bëhet versioni i radhës i planit pasi të dërgohet.
plan-review-getting-ready = Rishikimi yt i radhës po përgatitet.
plan-review-marked = Çfarë ka ndryshuar që nga versioni { $number } është shënuar në çdo pjesë më poshtë.
plan-every-six-months = Plani yt rishikohet të paktën çdo gjashtë muaj. Mund të kërkosh një rishikim kurdo, dhe nuk mund të refuzohet.
plan-ask-review = Kërko një rishikim
plan-review-why =
    { $gender ->
        [feminine] Për çfarë do të flasësh? (Nuk je e detyruar ta thuash.)
        [masculine] Për çfarë do të flasësh? (Nuk je i detyruar ta thuash.)
       *[other] Për çfarë do të flasësh? (Nuk je i/e detyruar ta thuash.)
    }
plan-ask-my-review = Kërko rishikimin tim
plan-every-version = Të gjitha versionet e planit tim
plan-reviewed-agree = Plani yt u rishikua më { $day }. A je dakord me të?
plan-read-and-answer = Lexo versionin { $number } dhe përgjigju
plan-read-version = Lexo versionin { $number }
plan-you-agree = Versioni { $number }, rishikuar më { $day }: je dakord me të.
plan-you-disagree = Nuk je dakord me versionin { $number } (rishikuar më { $day }).
plan-kept-on-plan = Kjo mbahet në planin tënd, dhe kushdo që lexon planin tënd e sheh.

## Versions of her plan, and two versions side by side (and of the same words)

plan-back-to-mine = ← Plani im
plan-back-to-versions = ← Të gjitha versionet
plan-versions-lede = Çdo rishikim bën një version të ri. Versionet mbahen ashtu siç u ranë dakord dhe nuk ndryshohen kurrë.
plan-no-versions = Ende nuk ka versione: i pari bëhet në rishikimin tënd të parë në Pathway.
plan-version = Versioni { $number }
plan-reviewed-on = Rishikuar më { $day }
plan-not-said-yet = Ende nuk ke thënë nëse je dakord
plan-agree-with-version = Je dakord me këtë version
plan-disagree-with-version = Nuk je dakord me këtë version
plan-compare-two = Krahaso dy versione
plan-earlier-version = Versioni i mëparshëm
plan-later-version = Versioni i mëvonshëm
plan-compare-side-by-side = Krahasoji krah për krah
plan-version-not-found = Nuk e gjejmë këtë version
plan-version-not-found-why = Nëse je offline, do të shfaqet sapo ky telefon të përditësohet.
plan-see-every-version = Shiko të gjitha versionet
plan-my-version = Plani im — versioni { $number }
plan-compare-before = Krahaso me të mëparshmin →
plan-fact-name = Emri
plan-fact-reviewed-on = Rishikuar më
plan-fact-who-took-part = Kush mori pjesë
plan-not-written-down = E pashkruar
plan-fact-how-you-took-part = Si more pjesë
plan-fact-why-not = Pse jo
plan-fact-next-review = Rishikimi i radhës
plan-fact-written-by = Shkruar nga
plan-print = Printo ose ruaje si PDF
plan-agreement = Marrëveshja
plan-agreed-on = Ishe dakord më { $day }
plan-disagreed-on = Nuk ishe dakord më { $day }
plan-agreed-not-sent = Ishe dakord (ruajtur në këtë telefon, ende pa u dërguar)
plan-disagreed-not-sent = Nuk ishe dakord (ruajtur në këtë telefon, ende pa u dërguar)
plan-earlier-answer = (një përgjigje e mëparshme)
plan-answer-choose = Zgjidh “Jam dakord” ose “Nuk jam dakord”.
plan-answer-say-why = Thuaj pse nuk je dakord, që të shkruhet.
plan-change-answer = Ndrysho përgjigjen time
plan-do-you-agree = A je dakord me këtë version të planit tënd?
plan-i-agree = Jam dakord
plan-i-dont-agree = Nuk jam dakord
plan-why-not-agree = Pse nuk je dakord? Arsyet e tua mbahen në planin tënd.
plan-anything-to-add =
    { $gender ->
        [feminine] Dëshiron të shtosh diçka? (Nuk je e detyruar.)
        [masculine] Dëshiron të shtosh diçka? (Nuk je i detyruar.)
       *[other] Dëshiron të shtosh diçka? (Nuk je i/e detyruar.)
    }
plan-send-answer = Dërgo përgjigjen time
plan-answer-saved = Përgjigja jote ruhet menjëherë në këtë telefon, dhe dërgohet kur ka sinjal.
plan-versions-not-found = Nuk i gjejmë këto versione
plan-version-and-version = Versioni { $left } dhe versioni { $right }
plan-things-changed =
    { $count ->
        [0] Asgjë në plan nuk ndryshoi mes këtyre versioneve.
        [one] { $count } gjë ndryshoi. Çdo ndryshim ka emrin e vet: shtuar, hequr ose ndryshuar.
       *[other] { $count } gjëra ndryshuan. Çdo ndryshim ka emrin e vet: shtuar, hequr ose ndryshuar.
    }
plan-action-done = { $what } (kryer)
plan-changes =
    { $count ->
        [0] Asnjë ndryshim
        [one] { $count } ndryshim
       *[other] { $count } ndryshime
    }
plan-nothing-in-either = Asgjë e shkruar në asnjërin version.
plan-change-column = Ndryshimi
plan-nothing-planned-in-version = Asgjë e planifikuar këtu.
plan-nothing-written-in-version = Asgjë e shkruar këtu.
plan-done = Kryer
plan-to-do-state = Për t'u bërë
took-part-came-and-spoke = Erdhe dhe fole vetë
took-part-with-advocate = Erdhe, dhe një avokat foli për ty
took-part-sent-views = I dërgove mendimet me shkrim ose përmes aplikacionit
took-part-did-not = Nuk more pjesë
change-none = Asnjë ndryshim
change-added = Shtuar
change-removed = Hequr
change-changed = Ndryshuar
change-now-done = tani e kryer
change-no-longer-done = jo më e kryer
change-who = kush: { $before } → { $after }
change-no-date = pa datë
change-by-when = deri kur: { $before } → { $after }
two-versions-words = këto fjalë
two-versions-what = çfarë do të bëhet
two-versions-who = kush e bën
two-versions-by-when = deri kur
two-versions-done = nëse është kryer
two-versions-this = kjo
two-versions-of = Dy versione të { $what }
two-versions-changed = Ndryshuar në dy vende: { $what }.
two-versions-nothing-lost = Asgjë nuk ka humbur — zgjidh cilin të mbash.
two-versions-first = Versioni 1 (që shfaqet tani)
two-versions-second = Versioni 2, nga { $name }
two-versions-keep-first = Mbaj versionin 1
two-versions-keep-second = Mbaj versionin 2
two-versions-combine = Bashkoji

## What's written about me (its title is in first.ftl)

written-getting = Po merret gjithçka që është shkruar për ty…
written-offline = Je offline. Kjo vjen drejt e nga të dhënat e Pathway, jo vetëm nga ç'ka në këtë telefon, ndaj i duhet lidhja. Provo sërish kur të jesh online.
written-try-again = Provo sërish
written-about-name = Çfarë është shkruar për { $name }
written-lede = Gjithçka që Pathway mban për ty, mbledhur më { $day }.
written-staff-notes-about = Disa shënime janë vetëm për stafin që të mbështet. Janë renditur në fund me datat e tyre, që asgjë të mos fshihet prej teje. Mund ta pyesësh këshilltarin tënd personal për cilindo prej tyre.
written-download-page = Shkarko si faqe interneti
written-download-file = Shkarko si skedar për aplikacione të tjera
written-about-me = Rreth meje
written-date-of-birth = Data e lindjes
written-plan-now = Plani im tani
written-versions = Versionet e planit tim
written-none-yet = Ende asgjë.
written-version-reviewed = Versioni { $number }, rishikuar më { $day }
written-you-agreed-on = Ishe dakord më { $day }
written-you-disagreed-on = Nuk ishe dakord më { $day }
written-you-agreed = Ishe dakord
written-you-disagreed = Nuk ishe dakord
written-review-getting-ready = Po përgatitet një rishikim.
written-review-getting-ready-for = Po përgatitet një rishikim për { $day }.
written-asked-for = Rishikimet që kërkova
written-a-suggestion = (një sugjerim)
written-you-said-no = (the jo)
written-rating = { $day }: { $words } — nga { $name }
written-note = { $name } shkroi: “{ $text }”
written-contacts = Shënimet e takimeve të ndara me mua
written-written-by = (shkruar nga { $name })
written-feeling = ndjenja: { $feeling }
written-asked-call = Kërkove që dikush të të telefonojë.
written-read-by-on = Lexuar nga { $name } më { $day }
written-replied = { $name } u përgjigj: “{ $text }”
written-who-opened = Kush i ka hapur të dhënat e tua
written-who-opened-about = Çdo anëtar i stafit që i hapi ose shkroi në të dhënat e tua, më të rejat së pari.
written-staff-only = Shënime që i lexon vetëm stafi
written-staff-contact = Një shënim kontakti ({ $how }) shkruar nga { $name }
written-staff-contact-unread = Një shënim kontakti
written-staff-national-count = Informacion për numërimin vjetor të qeverisë për të rinjtë që largohen nga kujdesi
written-there-are-none = Nuk ka asnjë.
looked-none-yours = Asnjë anëtar i stafit nuk i ka hapur ende të dhënat e tua.
looked-show-all = Shfaqi të gjitha ({ $count })
looked-line = { $name } ({ $role }) { $what } — { $day } në { $time }
looked-opened-plan = hapi planin tënd
looked-opened-contacts = hapi shënimet e takimeve të tua
looked-opened-goals = hapi qëllimet e tua
looked-opened-versions = hapi versionet e planit tënd
looked-wrote = shkroi në të dhënat e tua
role-personal-adviser = këshilltar personal
role-team-manager = menaxher ekipi
role-head-of-service = drejtues shërbimi
role-young-person = i/e ri/e

## A change the server would not keep (its reason comes from the server)

refused-not-saved = Një ndryshim nuk u ruajt.
refused-ok = Në rregull
refusal-not-found = Kjo nuk është më këtu, ose nuk është e jotja për ta ndryshuar.
refusal-removed = Ishte hequr para se të arrinte ndryshimi yt.
refusal-advisers-to-change = Vetëm këshilltari yt personal mund ta ndryshojë këtë. Mund të thuash çfarë mendon për të në planin tënd.
refusal-written-down = Kjo është shkruar, ndaj nuk mund të ndryshohet.
refusal-not-written-down-yet = Ky rishikim nuk është shkruar ende, ndaj nuk ka ende asgjë për të rënë dakord.
refusal-not-kept = Pathway nuk mundi ta ruante këtë ashtu siç u shkrua. Kontrolloje dhe provo përsëri.
refusal-already-dealt-with = Ky ndryshim është trajtuar tashmë.
refusal-not-allowed = Nuk mund ta bësh këtë ndryshim.

## Where she signed in: browsers and systems keep their names

device-on = { $browser } në { $system }
device-a-browser = Një shfletues interneti
device-a-mac = një Mac
device-a-chromebook = një Chromebook

## What was started and not sent or saved (the sign-out screen)

writing-unfinished = Ende pa mbaruar
sign-out-unfinished-about =
    { $count ->
        [one] E ke nisur ta shkruash këtë, por ende nuk e ke dërguar ose ruajtur. Dalja e fshin nga ky telefon. Për ta mbajtur, kthehu te ai dhe dërgoje ose ruaje më parë.
       *[other] I ke nisur t'i shkruash këto, por ende nuk i ke dërguar ose ruajtur. Dalja i fshin nga ky telefon. Për t'i mbajtur, kthehu te secili dhe dërgoje ose ruaje më parë.
    }
writing-statement = { $topic }, te Zëri im
writing-message = Një mesazh
writing-reply = Një përgjigje
writing-review-request = Pse dëshiron një rishikim
writing-answer = Çfarë mendon për një version të planit tënd
writing-your-plan = { $part }, në planin tënd
writing-plan = { $part }, në një plan
writing-action = Një veprim, te { $part }
writing-contact = Një shënim takimi
writing-goal = Një qëllim i ri
writing-rating = Si po shkon një qëllim
writing-rename = Fjalë të reja për një qëllim
writing-cheer = Inkurajim
writing-review = Procesverbali i një rishikimi
writing-audit-grading = Vlerësimi i një auditimi të praktikës
writing-audit-answer = Një përgjigje për një auditim të praktikës
