# Cuvintele Pathway pentru ecranele tinerilor, în română.
# Trebuie verificate de un vorbitor nativ.

## People who help me

help-getting-details = Se încarcă datele tale… Dacă ești offline, vor apărea când revii online.
help-adviser-about = Consilierul tău personal. { $name } te ajută cu planul tău și cu orice apare.
help-message = Scrie-i lui { $name }
help-your-adviser = Consilierul tău personal
help-no-adviser = Încă nu ai un consilier personal desemnat. Echipa pentru tinerii care părăsesc sistemul de îngrijire îți va spune cine este.
help-out-of-hours = În afara programului
help-out-of-hours-about = Echipa pentru tinerii care părăsesc sistemul de îngrijire, seara, noaptea și în weekend.
help-out-of-hours-team = echipa din afara programului
help-emergency = În caz de urgență
help-emergency-about = Dacă ești în pericol chiar acum sau cineva este rănit.
help-advocate = Un avocat
help-advocate-about =
    { $gender ->
        [feminine] Un avocat e de partea ta. Te ajută să spui ce vrei și se asigură că ești ascultată. Nu lucrează pentru echipa de îngrijire și este gratuit.
        [masculine] Un avocat e de partea ta. Te ajută să spui ce vrei și se asigură că ești ascultat. Nu lucrează pentru echipa de îngrijire și este gratuit.
       *[other] Un avocat e de partea ta. Te ajută să spui ce vrei și se asigură că ești ascultat(ă). Nu lucrează pentru echipa de îngrijire și este gratuit.
    }
help-visit = Vizitează { $name }
help-ask-for-advocate = Întreabă-ți consilierul personal cum să obții unul: ai dreptul la un avocat.

## My voice

voice-title = Vocea mea
voice-lede = Spune-i consilierului tău personal cum merg lucrurile, oricând vrei. Merge și fără semnal.
voice-thanks = Mulțumim că ne-ai spus.
voice-saved-will-send = E salvat pe acest telefon și se va trimite singur când ești online.
voice-sent = A fost trimis.
voice-what-to-do = Ce ai vrea să faci?
voice-what-sent = Ce am trimis
voice-nothing-yet = Nimic încă.
voice-status-saved = Salvat pe acest telefon — se va trimite când ești online
voice-status-read-by = Citit de { $name }
voice-status-sent = Trimis
voice-replied = { $name } a răspuns:
voice-read-this = Citește asta cu voce tare
voice-how-feeling = Cum te simți?
voice-first-feeling = Mai întâi, cum te simți
voice-part-of = Partea { $part } din { $parts }
voice-last = La final: altceva
voice-prep-about = Apoi, câte o parte din planul tău: ce merge bine, ce nu și ce vrei să schimbi. Sari peste orice vrei. Ce scrii se păstrează pe acest telefon pe măsură ce scrii și merge cu planul tău la revizuire când îl trimiți.
voice-anything-else = Altceva ce vrei să spui
voice-call-me = Aș vrea să mă sune cineva
voice-send = Trimite
voice-skip = Sari peste această parte
voice-next = Înainte
voice-back = Înapoi
call-now-label = Dacă ești în pericol
call-now-999 = Dacă ești în pericol chiar acum, sună la 999.
call-now-out-of-hours = În afara programului, poți suna echipa de îngrijire la

## What she can say in My voice

topic-review-ready = Pregătește-te pentru revizuire
topic-good-news = Împărtășește o veste bună
topic-problem = Rezolvă o problemă
topic-feeling = Cum mă simt
topic-where-i-live = Despre locul unde locuiesc
topic-something-wrong = Ceva nu e în regulă
prompt-good-news-what = Ce s-a întâmplat?
prompt-good-news-who = Cine aș vrea să afle?
prompt-problem-what = Care e problema?
prompt-problem-help = Ce m-ar ajuta?
prompt-feeling-why = Ce mă face să mă simt așa?
prompt-where-i-live-like = Cum e locul unde locuiesc?
prompt-where-i-live-better = Ce l-ar face mai bun?
prompt-something-wrong-what = Ce nu e în regulă?
prompt-something-wrong-where = Unde sunt acum?
feeling-great = Foarte bine
feeling-good = Bine
feeling-okay = Așa și așa
feeling-sad =
    { $gender ->
        [feminine] Tristă
        [masculine] Trist
       *[other] Trist(ă)
    }
feeling-worried =
    { $gender ->
        [feminine] Îngrijorată
        [masculine] Îngrijorat
       *[other] Îngrijorat(ă)
    }
feeling-angry =
    { $gender ->
        [feminine] Furioasă
        [masculine] Furios
       *[other] Furios/Furioasă
    }
feeling-scared =
    { $gender ->
        [feminine] Speriată
        [masculine] Speriat
       *[other] Speriat(ă)
    }
feeling-unsafe = Nu sunt în siguranță

## The parts of her plan

part-contact-and-support = Contact și sprijin
part-contact-and-support-about = Cât de des ne vedem sau vorbim și cine te ajută.
part-education-and-training = Educație și formare
part-education-and-training-about = Școală, colegiu, universitate sau cursuri.
part-work-and-activities = Muncă și alte activități
part-work-and-activities-about = Locuri de muncă, ucenicii, voluntariat și lucrurile pe care le faci.
part-if-things-go-wrong = Dacă lucrurile merg prost
part-if-things-go-wrong-about = Ce se întâmplă dacă acest plan nu mai funcționează.
part-where-i-live = Unde locuiesc
part-where-i-live-about = Casa ta și dacă e potrivită pentru tine.
part-family-and-friends = Familie și prieteni
part-family-and-friends-about = Timp cu familia, prieteni și oameni care contează pentru tine.
part-skills-for-living =
    { $gender ->
        [feminine] Abilități pentru a trăi singură
        [masculine] Abilități pentru a trăi singur
       *[other] Abilități pentru a trăi singur(ă)
    }
part-skills-for-living-about = Gătit, facturi, cumpărături și grija de casă.
part-money = Bani
part-money-about = Banii tăi, beneficii, burse și ajutor cu costurile.
part-health-and-wellbeing = Sănătate și stare de bine
part-health-and-wellbeing-about = Corpul și mintea ta, și cine te ajută cu ele.
part-who-i-am = Cine sunt
part-who-i-am-about = Cultura, credința, limbile tale și de unde vii.

## Messages with her adviser

messages-lede = Scrie-i consilierului tău personal oricând vrei. Merge și fără semnal și se trimite singur.
messages-notify-offer = Vrei să știi când îți răspunde { $name }, chiar și cu Pathway închis?
messages-notify-offer-adviser = Vrei să știi când îți răspunde consilierul, chiar și cu Pathway închis?
messages-notify-button = Anunță-mă când primesc răspuns
messages-your-message = Mesajul tău
messages-your-reply = Răspunsul tău
messages-none-yet-hers = Niciun mesaj încă. Salută, pune o întrebare sau spune-le cum merg lucrurile.
messages-none-yet = Niciun mesaj încă.
messages-you = Tu
messages-delivered = Livrat
messages-read-by-at = Citit de { $name } la { $time }
messages-day-time = { $day }, { $time }
notify-label = Notificări
notify-on = Notificările sunt pornite. Spun doar că e ceva nou, niciodată ce anume.
notify-unavailable = Acest telefon nu a putut porni notificările. Pathway arată totuși tot ce e nou când îl deschizi.

## Meetings with her adviser

contacts-title = Întâlniri
contacts-getting = Se încarcă întâlnirile tale… Dacă ești offline, vor apărea când revii online.
contacts-lede-with = Momentele în care tu și { $name } v-ați întâlnit sau ați vorbit, pe care { $name } le-a împărtășit cu tine.
contacts-lede = Momentele în care tu și consilierul tău personal v-ați întâlnit sau ați vorbit, pe care consilierul le-a împărtășit cu tine.
contacts-none-shared = Încă nu s-a împărtășit nimic cu tine.
contacts-we-agreed = Am stabilit:
contact-home-visit = Vizită acasă
contact-other-visit = Altă vizită
contact-office = La birou
contact-phone = Telefonic
contact-video = Video
contact-message = Mesaj
contact-email = Email
contact-tried = Încercare — fără răspuns

## Where she is signed in

signed-in-title =
    { $gender ->
        [feminine] Unde ești conectată
        [masculine] Unde ești conectat
       *[other] Unde ești conectat(ă)
    }
signed-in-lede = Fiecare telefon și browser conectat ca tine. Dacă unul se pierde sau îl are altcineva, deconectează-l: va șterge tot ce păstra Pathway pe el imediat ce intră online.
signed-in-checking = Se verifică…
signed-in-offline =
    { $gender ->
        [feminine] Ești offline. Conectează-te la internet ca să vezi unde ești conectată.
        [masculine] Ești offline. Conectează-te la internet ca să vezi unde ești conectat.
       *[other] Ești offline. Conectează-te la internet ca să vezi unde ești conectat(ă).
    }
signed-in-try-again = Încearcă din nou
signed-in-one-out = { $device } a fost deconectat.
signed-in-others-out =
    { $count ->
        [one] { $count } alt telefon sau browser a fost deconectat.
        [few] { $count } alte telefoane și browsere au fost deconectate.
       *[other] { $count } de alte telefoane și browsere au fost deconectate.
    }
signed-in-all-others = Deconectează-te de peste tot în rest
signed-in-all-others-question = Te deconectezi de peste tot în rest?
signed-in-will-be-lost =
    { $gender ->
        [feminine] Tot ce s-a scris acolo și nu s-a trimis încă se va pierde. Aici rămâi conectată.
        [masculine] Tot ce s-a scris acolo și nu s-a trimis încă se va pierde. Aici rămâi conectat.
       *[other] Tot ce s-a scris acolo și nu s-a trimis încă se va pierde. Aici rămâi conectat(ă).
    }
signed-in-yes = Da, deconectează
signed-in-keep = Lasă-l conectat
signed-in-this-one = Pe acesta îl folosești
signed-in-since = Conectat { $since } · folosit { $used }
signed-in-question = Deconectezi { $device }?
signed-in-sign-out-device = Deconectează { $device }
signed-in-sign-out = Deconectează

## This phone

phone-title = Acest telefon
phone-lede = Ce păstrează Pathway pe acest telefon, ca să meargă fără semnal.
gender-about = Unele cuvinte din limba ta se schimbă pentru o fată sau un băiat. Alege ce ți se potrivește. Se schimbă doar cuvintele de pe ecranele tale.
gender-feminine = Ca unei fete („conectată”)
gender-masculine = Ca unui băiat („conectat”)
gender-neutral = Nu aleg: arată ambele forme („conectat(ă)”)
gender-changing = Se schimbă felul în care ți se adresează Pathway…
phone-waiting = Așteaptă să fie trimise
phone-safe-here =
    { $count ->
        [one] Este în siguranță pe acest telefon.
       *[other] Sunt în siguranță pe acest telefon.
    }
phone-nothing-waiting = Nu așteaptă nimic: totul a fost trimis.
phone-refused =
    { $count ->
        [one] { $count } modificare nu a putut fi salvată. Ecranul de care ține spune de ce.
       *[other] { $count } modificări nu au putut fi salvate. Ecranele de care țin spun de ce.
    }
phone-send-now = Trimite acum
phone-check-now = Verifică dacă e ceva nou
phone-kept = Păstrate pe acest telefon
phone-kept-yours = Planul, obiectivele, mesajele și întâlnirile tale
phone-kept-theirs = Dosarele tinerilor cu care lucrezi
phone-records =
    { $count ->
        [one] { $count } înregistrare · { $size }
        [few] { $count } înregistrări · { $size }
       *[other] { $count } de înregistrări · { $size }
    }
phone-your-changes = Modificările tale care așteaptă să fie trimise
phone-none = Niciuna
phone-everything = Tot ce păstrează Pathway aici
phone-set-aside =
    { $count ->
        [one] { $count } copie salvată pe care Pathway n-a putut-o citi după o actualizare e pusă deoparte ({ $size }). Modificările din ea au fost recuperate.
       *[other] { $count } copii salvate pe care Pathway nu le-a putut citi după o actualizare sunt puse deoparte ({ $size }). Modificările din ele au fost recuperate.
    }
phone-others-waiting = Altcineva care a folosit Pathway pe acest telefon are modificări care așteaptă. Vor fi trimise când acea persoană se conectează din nou; nimeni altcineva nu le poate vedea.
phone-signing-out = Deconectarea
phone-signing-out-about = Deconectarea șterge de pe acest telefon tot ce e al tău. Deconectează-te dacă îl folosesc și alții.
phone-see-signed-in =
    { $gender ->
        [feminine] Vezi unde ești conectată
        [masculine] Vezi unde ești conectat
       *[other] Vezi unde ești conectat(ă)
    }
phone-lost-phone = { " " }— și deconectează un telefon pierdut.

## My goals (the Bees' names are in first.ftl)

goals-title = Obiectivele mele
goals-bee-heading = Bee { $bee }
goals-happy-about = Să te simți bine, să te distrezi, oameni cărora le pasă de tine.
goals-healthy-about = Să ai grijă de corpul și de mintea ta.
goals-safe-about = Să te simți în siguranță unde locuiești și cu oamenii din jur.
goals-resilient-about = Să faci față când e greu, și să te ridici din nou.
goals-ambitious-about = Învățătură, muncă și lucrurile pe care vrei să le faci.
goals-independent-about =
    { $gender ->
        [feminine] Să-ți conduci singură viața: casă, bani și abilități de zi cu zi.
        [masculine] Să-ți conduci singur viața: casă, bani și abilități de zi cu zi.
       *[other] Să-ți conduci singur(ă) viața: casă, bani și abilități de zi cu zi.
    }
goals-scale-not-started = Neînceput
goals-scale-starting = Început
goals-scale-getting-there = Pe drum
goals-scale-nearly-there = Aproape gata
goals-scale-done-it = Făcut
goals-cell-empty = { $bee }: încă niciun obiectiv
goals-cell = { $bee }: { $percent } la sută din drum
goals-progress-yours = Progresul tău. { $cells }.
goals-progress-of = Progresul lui/ei { $name }. { $cells }.
goals-progress-theirs = Progresul lor. { $cells }.
goals-cells-fill-yours = Fiecare celulă se umple pe măsură ce obiectivele tale din acea parte avansează.
goals-cells-fill-of = Fiecare celulă se umple pe măsură ce obiectivele lui/ei { $name } din acea parte avansează.
goals-cells-fill-theirs = Fiecare celulă se umple pe măsură ce obiectivele lor din acea parte avansează.
goals-add = Adaugă un obiectiv
goals-none-yours = Încă niciun obiectiv aici. Poți adăuga unul.
goals-your-adviser = Consilierul tău personal
goals-a-suggestion = Un obiectiv propus
goals-suggested = { $name } a propus un obiectiv pentru { $bee }:
goals-make-mine = Fă-l obiectivul meu
goals-no-thanks = Nu, mulțumesc
goals-not-rated = Încă neevaluat
goals-how-its-going = Cum merge: { $words }
goals-by-day = { " " }· Până pe { $day }
goals-did-it = Ai reușit: „{ $goal }”!
goals-every-step = Toți pașii făcuți. Minunat!
goals-a-step = Un pas făcut. Bravo!
goals-from = De la { $name }:
goals-rate = Cum merge?
goals-choose-rate = Alege cum merge
goals-note = O notă (dacă vrei)
goals-save-rating = Salvează cum merge
goals-change-words = Schimbă cuvintele
goals-of = pentru { $goal }
goals-in-your-words = Obiectivul, în cuvintele tale
goals-save = Salvează
goals-cancel = Anulează
goals-chart = Progres în timp: { $ratings }.
goals-chart-rating = { $words } pe { $day }
goals-chart-advisers-rating = { $words } pe { $day } (evaluarea consilierului)
goals-choose-bee = Alege cărei părți îi aparține.
goals-write-it = Scrie obiectivul în câteva cuvinte.
goals-your-goal = Obiectivul tău, în cuvintele tale
goals-which-bee = Ce Bee?
goals-choose = Alege…
goals-steps = Pași mici (câte unul pe fiecare rând, dacă vrei)
goals-by = Până când (dacă vrei)

## My plan (the parts' names are in "The parts of her plan" above)

plan-title = Planul meu
plan-not-found = Nu găsim acest plan
plan-not-found-why = Poate fi al cuiva care nu mai e pe lista ta.
plan-getting = Se aduce planul… Dacă ești offline, va apărea imediat ce revii online.
plan-two-places =
    { $count ->
        [one] { $count } parte din acest plan a fost schimbată în două locuri. Ambele versiuni sunt păstrate în ea: alege pe care s-o păstrezi.
       *[other] { $count } părți din acest plan au fost schimbate în două locuri. Ambele versiuni sunt păstrate în ele: alege pe care s-o păstrezi.
    }
plan-my-adviser = Consilierul meu personal
plan-not-named = Încă nenumit
plan-next-catch-up = Următoarea întâlnire
plan-next-review = Următoarea revizuire a planului
plan-asked-for-on = Cerută pe { $day }
plan-after-the-move = { $day } (după mutarea din { $moved })
plan-not-set = Încă nestabilit
plan-whats-next = Ce urmează
plan-nothing-left = Nu mai e nimic de făcut în acest plan acum.
plan-by = Până pe
plan-more-below =
    { $count ->
        [one] Și încă { $count } în părțile de mai jos.
       *[other] Și încă { $count } în părțile de mai jos.
    }
plan-who-not-said = Cine: încă nespus
plan-who = Cine: { $who }
plan-you-first = Tu
plan-you = tu
plan-ticked-off = Bifat de { $who }
plan-ticked-off-on = Bifat de { $who } pe { $day } la { $time }
plan-done-label = Făcut:
plan-to-do-label = De făcut:
plan-done-cheer = Bravo — s-a făcut!
plan-nothing-planned = Nimic planificat
plan-all-done = Toate făcute
plan-to-do = { $count } de făcut
plan-your-words-here = Cuvintele tale sunt aici
plan-add-your-words = Adaugă cuvintele tale
plan-two-versions = Două versiuni din care să alegi
plan-changed-since = Schimbat de la versiunea { $number }
plan-no-changes = Nicio schimbare de la versiunea { $number }.
plan-whats-planned = Ce e planificat
plan-nothing-planned-here = Încă nimic planificat aici.
plan-what-i-think = Ce cred eu
plan-no-thoughts = Încă nu ți-ai adăugat gândurile aici.
plan-saved-not-sent = Salvat pe acest telefon, încă netrimis
plan-add-what-i-think = Adaugă ce cred
plan-change-words = Schimbă aceste cuvinte
plan-about-part = despre { $part }
plan-for-my-review = Pentru următoarea mea revizuire
plan-save = Salvează
plan-cancel = Anulează
plan-saving-keeps = Salvarea îl păstrează imediat pe acest telefon; se trimite când e semnal.
plan-reviews-mine = Revizuirile planului meu
plan-you-asked = Ai cerut o revizuire pe { $day }. Consilierul tău personal a fost anunțat — o revizuire pe care o ceri nu poate fi refuzată.
plan-review-recorded = Această revizuire e înregistrată pe acest telefon. Devine următoarea versiune a planului după ce e trimisă.
plan-review-getting-ready = Următoarea ta revizuire se pregătește.
plan-review-marked = Ce s-a schimbat de la versiunea { $number } e marcat în fiecare parte de mai jos.
plan-every-six-months = Planul tău e revăzut cel puțin o dată la șase luni. Poți cere o revizuire oricând, și nu poate fi refuzată.
plan-ask-review = Cere o revizuire
plan-review-why = Despre ce ai vrea să vorbești? (Nu trebuie să spui.)
plan-ask-my-review = Cere revizuirea mea
plan-every-version = Toate versiunile planului meu
plan-reviewed-agree = Planul tău a fost revizuit pe { $day }. Ești de acord cu el?
plan-read-and-answer = Citește versiunea { $number } și răspunde
plan-read-version = Citește versiunea { $number }
plan-you-agree = Versiunea { $number }, revizuită pe { $day }: ești de acord cu ea.
plan-you-disagree = Nu ești de acord cu versiunea { $number } (revizuită pe { $day }).
plan-kept-on-plan = Asta e păstrat în planul tău, și oricine îți citește planul îl vede.

## Versions of her plan, and two versions side by side (and of the same words)

plan-back-to-mine = ← Planul meu
plan-back-to-versions = ← Toate versiunile
plan-versions-lede = Fiecare revizuire face o versiune nouă. Versiunile sunt păstrate așa cum au fost convenite și nu se schimbă niciodată.
plan-no-versions = Încă nu există versiuni: prima se face la prima ta revizuire în Pathway.
plan-version = Versiunea { $number }
plan-reviewed-on = Revizuită pe { $day }
plan-not-said-yet = Încă nu ai spus dacă ești de acord
plan-agree-with-version = Ești de acord cu această versiune
plan-disagree-with-version = Nu ești de acord cu această versiune
plan-compare-two = Compară două versiuni
plan-earlier-version = Versiunea mai veche
plan-later-version = Versiunea mai nouă
plan-compare-side-by-side = Compară una lângă alta
plan-version-not-found = Nu găsim această versiune
plan-version-not-found-why = Dacă ești offline, va apărea după ce acest telefon se actualizează.
plan-see-every-version = Vezi toate versiunile
plan-my-version = Planul meu — versiunea { $number }
plan-compare-before = Compară cu cea dinainte →
plan-fact-name = Nume
plan-fact-reviewed-on = Revizuită pe
plan-fact-who-took-part = Cine a participat
plan-not-written-down = Nescris
plan-fact-how-you-took-part = Cum ai participat
plan-fact-why-not = De ce nu
plan-fact-next-review = Următoarea revizuire
plan-fact-written-by = Scris de
plan-print = Tipărește sau salvează ca PDF
plan-agreement = Acordul
plan-agreed-on = De acord pe { $day }
plan-disagreed-on = Nu ai fost de acord pe { $day }
plan-agreed-not-sent = De acord (salvat pe acest telefon, încă netrimis)
plan-disagreed-not-sent = Nu ai fost de acord (salvat pe acest telefon, încă netrimis)
plan-earlier-answer = (un răspuns anterior)
plan-answer-choose = Alege „Sunt de acord” sau „Nu sunt de acord”.
plan-answer-say-why = Spune de ce nu ești de acord, ca să fie scris.
plan-change-answer = Schimbă-mi răspunsul
plan-do-you-agree = Ești de acord cu această versiune a planului tău?
plan-i-agree = Sunt de acord
plan-i-dont-agree = Nu sunt de acord
plan-why-not-agree = De ce nu ești de acord? Motivele tale sunt păstrate în planul tău.
plan-anything-to-add = Vrei să adaugi ceva? (Nu e obligatoriu.)
plan-send-answer = Trimite răspunsul meu
plan-answer-saved = Răspunsul tău e salvat imediat pe acest telefon și trimis când e semnal.
plan-versions-not-found = Nu găsim aceste versiuni
plan-version-and-version = Versiunea { $left } și versiunea { $right }
plan-things-changed =
    { $count ->
        [0] Nimic din plan nu s-a schimbat între aceste versiuni.
        [one] { $count } lucru s-a schimbat. Fiecare schimbare e numită: adăugat, șters sau schimbat.
       *[other] { $count } lucruri s-au schimbat. Fiecare schimbare e numită: adăugat, șters sau schimbat.
    }
plan-action-done = { $what } (făcut)
plan-changes =
    { $count ->
        [0] Nicio schimbare
        [one] { $count } schimbare
       *[other] { $count } schimbări
    }
plan-nothing-in-either = Nimic scris în niciuna dintre versiuni.
plan-change-column = Schimbare
plan-nothing-planned-in-version = Nimic planificat aici.
plan-nothing-written-in-version = Nimic scris aici.
plan-done = Făcut
plan-to-do-state = De făcut
took-part-came-and-spoke = Ai venit și ai vorbit pentru tine
took-part-with-advocate = Ai venit, și un avocat a vorbit pentru tine
took-part-sent-views = Ți-ai trimis părerile în scris sau prin aplicație
took-part-did-not = Nu ai participat
change-none = Nicio schimbare
change-added = Adăugat
change-removed = Șters
change-changed = Schimbat
change-now-done = acum făcut
change-no-longer-done = nu mai e făcut
change-who = cine: { $before } → { $after }
change-no-date = fără dată
change-by-when = până când: { $before } → { $after }
two-versions-words = aceste cuvinte
two-versions-what = ce se va face
two-versions-who = cine o face
two-versions-by-when = până când
two-versions-done = dacă e făcut
two-versions-this = asta
two-versions-of = Două versiuni pentru { $what }
two-versions-changed = Schimbat în două locuri: { $what }.
two-versions-nothing-lost = Nu s-a pierdut nimic — alege ce păstrezi.
two-versions-first = Versiunea 1 (afișată acum)
two-versions-second = Versiunea 2, de la { $name }
two-versions-keep-first = Păstrează versiunea 1
two-versions-keep-second = Păstrează versiunea 2
two-versions-combine = Combină-le

## What's written about me (its title is in first.ftl)

written-getting = Se aduce tot ce s-a scris despre tine…
written-offline = Ești offline. Asta vine direct din dosarele Pathway, nu doar din ce e pe acest telefon, așa că are nevoie de conexiune. Încearcă din nou când revii online.
written-try-again = Încearcă din nou
written-about-name = Ce s-a scris despre { $name }
written-lede = Tot ce păstrează Pathway despre tine, adunat pe { $day }.
written-staff-notes-about = Unele note sunt doar pentru personalul care te sprijină. Sunt listate la final cu datele lor, ca nimic să nu-ți fie ascuns. Îl poți întreba pe consilierul tău personal despre oricare dintre ele.
written-download-page = Descarcă ca pagină web
written-download-file = Descarcă ca fișier pentru alte aplicații
written-about-me = Despre mine
written-date-of-birth = Data nașterii
written-plan-now = Planul meu acum
written-versions = Versiunile planului meu
written-none-yet = Încă nimic.
written-version-reviewed = Versiunea { $number }, revizuită pe { $day }
written-you-agreed-on = Ai fost de acord pe { $day }
written-you-disagreed-on = Nu ai fost de acord pe { $day }
written-you-agreed = Ai fost de acord
written-you-disagreed = Nu ai fost de acord
written-review-getting-ready = Se pregătește o revizuire.
written-review-getting-ready-for = Se pregătește o revizuire pentru { $day }.
written-asked-for = Revizuiri pe care le-am cerut
written-a-suggestion = (o propunere)
written-you-said-no = (ai spus nu)
written-rating = { $day }: { $words } — de { $name }
written-note = { $name } a scris: „{ $text }”
written-contacts = Note de întâlnire împărtășite cu mine
written-written-by = (scrisă de { $name })
written-feeling = starea: { $feeling }
written-asked-call = Ai cerut să te sune cineva.
written-read-by-on = Citit de { $name } pe { $day }
written-replied = { $name } a răspuns: „{ $text }”
written-who-opened = Cine ți-a deschis dosarele
written-who-opened-about = Fiecare membru al personalului care ți-a deschis dosarele sau a scris în ele, cele mai noi primele.
written-staff-only = Note citite doar de personal
written-staff-contact = O notă de contact ({ $how }) scrisă de { $name }
written-staff-contact-unread = O notă de contact
written-staff-national-count = Informații pentru numărătoarea anuală a guvernului privind tinerii care părăsesc îngrijirea
written-there-are-none = Nu există.
looked-none-yours = Niciun membru al personalului nu ți-a deschis încă dosarele.
looked-show-all = Arată tot ({ $count })
looked-line = { $name } ({ $role }) { $what } — { $day } la { $time }
looked-opened-plan = ți-a deschis planul
looked-opened-contacts = ți-a deschis notele de întâlnire
looked-opened-goals = ți-a deschis obiectivele
looked-opened-versions = ți-a deschis versiunile planului
looked-wrote = a scris în dosarele tale
role-personal-adviser = consilier personal
role-team-manager = manager de echipă
role-head-of-service = șef de serviciu
role-young-person = tânăr

## A change the server would not keep (its reason comes from the server)

refused-not-saved = O modificare nu a fost salvată.
refused-ok = OK
refusal-not-found = Asta nu mai este aici sau nu e a ta de schimbat.
refusal-removed = Fusese șters înainte să ajungă modificarea ta.
refusal-advisers-to-change = Doar consilierul tău personal poate schimba asta. Poți spune ce crezi despre asta în planul tău.
refusal-written-down = Asta a fost scrisă, așa că nu poate fi schimbată.
refusal-not-written-down-yet = Această revizuire nu a fost încă scrisă, așa că nu ai încă cu ce să fii de acord.
refusal-not-kept = Pathway nu a putut păstra asta așa cum a fost scrisă. Verific-o și încearcă din nou.
refusal-already-dealt-with = Această modificare a fost deja rezolvată.
refusal-not-allowed = Nu poți face această modificare.

## Where she signed in: browsers and systems keep their names

device-on = { $browser } pe { $system }
device-a-browser = Un browser web
device-a-mac = un Mac
device-a-chromebook = un Chromebook

## What was started and not sent or saved (the sign-out screen)

writing-unfinished = Încă neterminat
sign-out-unfinished-about =
    { $count ->
        [one] Ai început să scrii asta, dar încă nu ai trimis-o și nici nu ai salvat-o. Deconectarea o șterge de pe acest telefon. Ca s-o păstrezi, întoarce-te la ea și trimite-o sau salveaz-o mai întâi.
       *[other] Ai început să scrii acestea, dar încă nu le-ai trimis și nici nu le-ai salvat. Deconectarea le șterge de pe acest telefon. Ca să le păstrezi, întoarce-te la fiecare și trimite-o sau salveaz-o mai întâi.
    }
writing-statement = { $topic }, în Vocea mea
writing-message = Un mesaj
writing-reply = Un răspuns
writing-review-request = De ce vrei o revizuire
writing-answer = Ce crezi despre o versiune a planului tău
writing-your-plan = { $part }, în planul tău
writing-plan = { $part }, într-un plan
writing-action = O acțiune, în { $part }
writing-contact = O notă de întâlnire
writing-goal = Un obiectiv nou
writing-rating = Cum merge un obiectiv
writing-rename = Cuvinte noi pentru un obiectiv
writing-cheer = Încurajare
writing-review = Consemnarea unei revizuiri
writing-audit-grading = Notarea unui audit al practicii
writing-audit-answer = Un răspuns la un audit al practicii
