# Fjalët e Pathway për ekranet e të rinjve, në shqip.
# Duhet të kontrollohen nga një folës amtar.

## The tabs at the foot of her screen

tabs-label = Menyja kryesore
tab-home = Kreu
tab-plan = Plani
tab-plan-waiting = një version i ri pret përgjigjen tënde
tab-goals = Qëllimet
tab-voice = Zëri im
tab-voice-new-replies =
    { $count ->
        [one] { $count } përgjigje e re
       *[other] { $count } përgjigje të reja
    }
tab-more = Më shumë
tab-more-unread =
    { $count ->
        [one] { $count } mesazh i palexuar
       *[other] { $count } mesazhe të palexuara
    }

## What is saved where, at the top of every screen

skip-to-content = Kalo te përmbajtja
sync-sending = Po dërgohet…
sync-signing-out =
    { $count ->
        [one] Do të dalësh sapo të dërgohet { $count } ndryshim
       *[other] Do të dalësh sapo të dërgohen { $count } ndryshime
    }
sync-reload-needed = Pathway është përditësuar. Ringarko faqen për të vazhduar — ndryshimet e tua janë ruajtur në këtë telefon.
sync-saved-here =
    { $count ->
        [one] U ruajt në këtë telefon — { $count } ndryshim do të dërgohet kur të jesh online
       *[other] U ruajt në këtë telefon — { $count } ndryshime do të dërgohen kur të jesh online
    }
sync-up-to-date = I përditësuar
sync-up-to-date-since = I përditësuar ({ $ago })
sync-offline = Offline — po shfaqet ajo që është ruajtur në këtë telefon
sync-failing = Pathway nuk arrihet tani — po shfaqet ajo që është ruajtur në këtë telefon
sync-starting = Po kontrollohet për përditësime…
sync-reload = Ringarko
sync-see-this-phone = Shiko çfarë ka në këtë telefon
unkept-full = Ky telefon nuk ka më hapësirë, ndaj Pathway nuk mund të ruajë një kopje për përdorim offline. Punon ende kur je online, dhe ndryshimet e tua ruhen.
unkept-refused = Ky shfletues nuk e lejon Pathway të ruajë një kopje për përdorim offline (shfletimi privat mund ta bëjë këtë). Punon ende kur je online, dhe ndryshimet e tua ruhen.
ago-just-now = tani
ago-minutes = { $count } min më parë
ago-hours = { $count } orë më parë
ago-days =
    { $count ->
        [one] { $count } ditë më parë
       *[other] { $count } ditë më parë
    }

## When the server says no

failure-offline = Je offline.
failure-wrong-password = Emri i përdoruesit dhe fjalëkalimi nuk përputhen. Kontrolloji dhe provo përsëri.
failure-sign-in-again = Hyrja jote ka skaduar. Të lutem hyr përsëri.
failure-account-locked = Kjo llogari është e kyçur, ndaj nuk mund të hyjë. Kontakto ekipin tënd për ta zhbllokuar.
failure-daily-limit = Sot ke dërguar shumë ndryshime, ndaj pjesa tjetër do të dërgohet nesër. Janë ruajtur në këtë telefon.
failure-broken = Diçka shkoi keq. Të lutem provo përsëri pas një minute.

## Signing in

sign-in-title = Hyr
sign-in-enter-both = Shkruaj emrin e përdoruesit dhe fjalëkalimin.
sign-in-offline = Je offline. Të duhet lidhje për të hyrë për herë të parë në këtë telefon.
sign-in-wiped = Je nxjerrë nga ky telefon nga diku tjetër, ndaj Pathway ka fshirë gjithçka që mbante këtu. Hyr për të vazhduar.
sign-in-locked = Llogaria jote është kyçur, ndaj Pathway ka fshirë gjithçka që mbante në këtë telefon. Kontakto ekipin tënd për ta zhbllokuar.
sign-in-ran-out = Hyrja jote skadoi. Hyr përsëri për të dërguar atë që është ruajtur në këtë telefon — asgjë nuk ka humbur.
sign-in-welcome = Plani yt, qëllimet e tua dhe fjala jote — në telefonin tënd, edhe pa sinjal.
sign-in-username = Emri i përdoruesit
sign-in-password = Fjalëkalimi
sign-in-show-password = Shfaq fjalëkalimin
sign-in-pending = Po hyn…
sign-in-button = Hyr

## Choosing a language

language-label = Gjuha
language-switching = Pathway po hapet në { $language }…
language-offline = { $language } nuk është ende në këtë telefon. Zgjidhe përsëri kur të jesh online.
language-not-kept = Ky telefon nuk e ruajti zgjedhjen tënde. Provo përsëri, ose kontrollo cilësimet e shfletuesit.

## Her home

home-title = Kreu
home-hi = Përshëndetje { $name }
home-getting-plan = Po merret plani yt… Nëse je offline, do të shfaqet sapo të lidhesh përsëri.
home-something-wrong = Diçka nuk shkon
home-call = Telefono { $name }
home-coming-up = Së shpejti
home-next-catch-up-with = Takimi i radhës me { $name }
home-next-catch-up = Takimi i radhës me këshilltarin tënd
home-not-arranged = Ende pa u caktuar
home-next-review = Rishikimi i radhës i planit tënd
home-not-set = Ende pa u caktuar
home-next-steps = Hapat e tu të radhës
home-nothing-to-do = Asgjë në listën tënde tani.
home-step-by = Deri më { $day } ({ $near })
home-more-steps = { $count } të tjera në planin tënd
home-messages-with = Mesazhet me { $name }
home-messages = Mesazhet me këshilltarin tënd
home-new-messages-from =
    { $count ->
        [one] { $count } mesazh i ri nga { $name }
       *[other] { $count } mesazhe të reja nga { $name }
    }
home-new-messages =
    { $count ->
        [one] { $count } mesazh i ri
       *[other] { $count } mesazhe të reja
    }
home-my-bees = Bletët e mia
home-bee-no-goals = ende pa qëllime
home-bee-progress = { $percent }% e rrugës
home-see-goals = Shiko qëllimet e mia
near-today = sot
near-tomorrow = nesër
near-yesterday = dje
near-in-days = pas { $count } ditësh
near-days-ago = { $count } ditë më parë
help-title = Njerëzit që më ndihmojnë
gender-legend = Si të të drejtohet Pathway?

## The six Bees of Outcome Bees

bee-happy = Lumturia
bee-healthy = Shëndeti
bee-safe = Siguria
bee-resilient = Qëndrueshmëria
bee-ambitious = Ambicia
bee-independent = Pavarësia

## More

more-title = Më shumë
more-messages = Mesazhet
more-meetings-with = Takimet me { $name }
more-my-meetings = Takimet e mia
more-written-about-me = Çfarë është shkruar për mua
more-this-phone = Ky telefon

## Ringing someone

call-number = Telefono { $phone }
call-who-on = Telefono { $who } në { $phone }

## Opening a screen

screen-opening = Po hapet…
screen-not-here = Ky ekran nuk është ende në këtë telefon. Do të hapet sapo të lidhesh përsëri.
not-found-title = Faqja nuk u gjet
not-found-heading = Nuk e gjejmë këtë faqe
not-found-start = Shko në fillim

## Reading a screen aloud

read-aloud = Lexo me zë
read-aloud-stop = Ndalo leximin

## Signing out with changes still waiting (the sign-out screen)

sign-out = Dil
sign-out-all-sent = Gjithçka është dërguar.
sign-out-once-sent =
    { $count ->
        [one] Do të dalësh sapo të dërgohet { $what }. Kjo ndodh vetë kur je online, edhe nëse e mbyll Pathway.
       *[other] Do të dalësh sapo të dërgohen { $what }. Kjo ndodh vetë kur je online, edhe nëse e mbyll Pathway.
    }
sign-out-if-you-wait =
    { $count ->
        [one] Është ruajtur në këtë telefon. Nëse pret, do të dërgohet, dhe pastaj do të dalësh.
       *[other] Janë ruajtur në këtë telefon. Nëse pret, do të dërgohen, dhe pastaj do të dalësh.
    }
sign-out-wait = Prit dhe dërgo
sign-out-and-delete = Dil dhe fshiji
sign-out-delete-question = Të fshihen { $what }?
sign-out-gone-for-good =
    { $count ->
        [one] Pasi të fshihet, askush nuk do ta shohë kurrë, dhe nuk mund të kthehet.
       *[other] Pasi të fshihen, askush nuk do t'i shohë kurrë, dhe nuk mund të kthehen.
    }
sign-out-delete = Fshiji dhe dil
sign-out-go-back = Kthehu
sign-out-stay =
    { $gender ->
        [feminine] Qëndro e kyçur
        [masculine] Qëndro i kyçur
       *[other] Qëndro i/e kyçur
    }

## What waits to be sent, counted ($what in the messages above)

unsent-not-yet =
    { $count ->
        [one] { $what } nuk është dërguar ende.
       *[other] { $what } nuk janë dërguar ende.
    }
unsent-messages =
    { $count ->
        [one] { $count } mesazh
       *[other] { $count } mesazhe
    }
unsent-statements =
    { $count ->
        [one] { $count } deklaratë
       *[other] { $count } deklarata
    }
unsent-replies =
    { $count ->
        [one] { $count } përgjigje
       *[other] { $count } përgjigje
    }
unsent-contact-notes =
    { $count ->
        [one] { $count } shënim takimi
       *[other] { $count } shënime takimi
    }
unsent-your-plan =
    { $count ->
        [one] { $count } ndryshim në planin tënd
       *[other] { $count } ndryshime në planin tënd
    }
unsent-plans =
    { $count ->
        [one] { $count } ndryshim në një plan
       *[other] { $count } ndryshime në plane
    }
unsent-your-goals =
    { $count ->
        [one] { $count } ndryshim në qëllimet e tua
       *[other] { $count } ndryshime në qëllimet e tua
    }
unsent-goals =
    { $count ->
        [one] { $count } ndryshim në qëllime
       *[other] { $count } ndryshime në qëllime
    }
unsent-other =
    { $count ->
        [one] { $count } ndryshim tjetër
       *[other] { $count } ndryshime të tjera
    }
