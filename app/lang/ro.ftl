# Cuvintele Pathway pentru ecranele tinerilor, în română.
# Trebuie verificate de un vorbitor nativ.

## The tabs at the foot of her screen

tabs-label = Meniul principal
tab-home = Acasă
tab-plan = Planul
tab-plan-waiting = o versiune nouă așteaptă răspunsul tău
tab-goals = Obiective
tab-voice = Vocea mea
tab-voice-new-replies =
    { $count ->
        [one] { $count } răspuns nou
        [few] { $count } răspunsuri noi
       *[other] { $count } de răspunsuri noi
    }
tab-more = Mai mult
tab-more-unread =
    { $count ->
        [one] { $count } mesaj necitit
        [few] { $count } mesaje necitite
       *[other] { $count } de mesaje necitite
    }

## What is saved where, at the top of every screen

skip-to-content = Salt la conținut
sync-sending = Se trimite…
sync-signing-out =
    { $count ->
        [one] Vei fi deconectat(ă) după ce { $count } modificare este trimisă
        [few] Vei fi deconectat(ă) după ce { $count } modificări sunt trimise
       *[other] Vei fi deconectat(ă) după ce { $count } de modificări sunt trimise
    }
sync-reload-needed = Pathway a fost actualizat. Reîncarcă pagina ca să continui — modificările tale sunt salvate pe acest telefon.
sync-saved-here =
    { $count ->
        [one] Salvat pe acest telefon — { $count } modificare va fi trimisă când ești online
        [few] Salvat pe acest telefon — { $count } modificări vor fi trimise când ești online
       *[other] Salvat pe acest telefon — { $count } de modificări vor fi trimise când ești online
    }
sync-up-to-date = Actualizat
sync-up-to-date-since = Actualizat ({ $ago })
sync-offline = Offline — se arată ce e salvat pe acest telefon
sync-failing = Pathway nu poate fi accesat acum — se arată ce e salvat pe acest telefon
sync-starting = Se caută actualizări…
sync-reload = Reîncarcă
sync-see-this-phone = Vezi ce e pe acest telefon
unkept-full = Acest telefon nu mai are spațiu, așa că Pathway nu poate păstra o copie pentru folosire offline. Funcționează în continuare când ești online, iar modificările tale sunt păstrate.
unkept-refused = Acest browser nu îi permite lui Pathway să păstreze o copie pentru folosire offline (navigarea privată poate face asta). Funcționează în continuare când ești online, iar modificările tale sunt păstrate.
ago-just-now = chiar acum
ago-minutes = acum { $count } min
ago-hours = acum { $count } h
ago-days =
    { $count ->
        [one] acum { $count } zi
        [few] acum { $count } zile
       *[other] acum { $count } de zile
    }

## When the server says no

failure-offline = Ești offline.
failure-wrong-password = Numele de utilizator și parola nu se potrivesc. Verifică-le și încearcă din nou.
failure-sign-in-again = Conectarea ta a expirat. Te rugăm să te conectezi din nou.
failure-account-locked = Acest cont este blocat, așa că nu se poate conecta. Contactează echipa ta ca să-l deblocheze.
failure-daily-limit = Ai trimis multe modificări azi, așa că restul vor fi trimise mâine. Sunt salvate pe acest telefon.
failure-broken = Ceva nu a mers bine. Te rugăm să încerci din nou peste un minut.

## Signing in

sign-in-title = Conectare
sign-in-enter-both = Scrie numele de utilizator și parola.
sign-in-offline = Ești offline. Ai nevoie de conexiune ca să te conectezi prima dată pe acest telefon.
sign-in-wiped = Ai fost deconectat(ă) de pe acest telefon din altă parte, așa că Pathway a șters tot ce păstra aici. Conectează-te ca să continui.
sign-in-locked = Contul tău a fost blocat, așa că Pathway a șters tot ce păstra pe acest telefon. Contactează echipa ta ca să-l deblocheze.
sign-in-ran-out = Conectarea ta a expirat. Conectează-te din nou ca să trimiți ce e salvat pe acest telefon — nu s-a pierdut nimic.
sign-in-welcome = Planul tău, obiectivele tale și cuvântul tău — pe telefon, chiar și fără semnal.
sign-in-username = Nume de utilizator
sign-in-password = Parolă
sign-in-show-password = Arată parola
sign-in-pending = Se conectează…
sign-in-button = Conectează-te

## Choosing a language

language-label = Limba
language-switching = Se deschide Pathway în { $language }…
language-offline = { $language } nu este încă pe acest telefon. Alege-o din nou când ești online.
language-not-kept = Acest telefon nu ți-a păstrat alegerea. Încearcă din nou sau verifică setările browserului.

## Her home

home-title = Acasă
home-hi = Salut, { $name }
home-getting-plan = Se încarcă planul tău… Dacă ești offline, va apărea imediat ce revii online.
home-something-wrong = Ceva nu e în regulă
home-call = Sună-l pe { $name }
home-coming-up = Urmează
home-next-catch-up-with = Următoarea întâlnire cu { $name }
home-next-catch-up = Următoarea întâlnire cu consilierul tău
home-not-arranged = Nu e stabilită încă
home-next-review = Următoarea revizuire a planului tău
home-not-set = Nu e stabilită încă
home-next-steps = Următorii tăi pași
home-nothing-to-do = Nimic pe lista ta acum.
home-step-by = Până pe { $day } ({ $near })
home-more-steps = încă { $count } în planul tău
home-messages-with = Mesaje cu { $name }
home-messages = Mesaje cu consilierul tău
home-new-messages-from =
    { $count ->
        [one] { $count } mesaj nou de la { $name }
        [few] { $count } mesaje noi de la { $name }
       *[other] { $count } de mesaje noi de la { $name }
    }
home-new-messages =
    { $count ->
        [one] { $count } mesaj nou
        [few] { $count } mesaje noi
       *[other] { $count } de mesaje noi
    }
home-my-bees = Albinele mele
home-bee-no-goals = încă fără obiective
home-bee-progress = { $percent }% din drum
home-see-goals = Vezi obiectivele mele
near-today = azi
near-tomorrow = mâine
near-yesterday = ieri
near-in-days = peste { $count } zile
near-days-ago = acum { $count } zile

## The six Bees of Outcome Bees

bee-happy = Fericire
bee-healthy = Sănătate
bee-safe = Siguranță
bee-resilient = Reziliență
bee-ambitious = Ambiție
bee-independent = Independență

## More

more-title = Mai mult
more-messages = Mesaje
more-meetings-with = Întâlniri cu { $name }
more-my-meetings = Întâlnirile mele
more-written-about-me = Ce s-a scris despre mine
more-this-phone = Acest telefon

## Ringing someone

call-number = Sună la { $phone }
call-who-on = Sună-l pe { $who } la { $phone }

## People who help me

help-title = Oameni care mă ajută
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
help-advocate-about = Un avocat e de partea ta. Te ajută să spui ce vrei și se asigură că ești ascultat(ă). Nu lucrează pentru echipa de îngrijire și este gratuit.
help-visit = Vizitează { $name }
help-ask-for-advocate = Întreabă-ți consilierul personal cum să obții unul: ai dreptul la un avocat.

## Opening a screen

screen-opening = Se deschide…
screen-not-here = Acest ecran nu este încă pe acest telefon. Se va deschide imediat ce revii online.
not-found-title = Pagina nu a fost găsită
not-found-heading = Nu găsim această pagină
not-found-start = Mergi la început

## Reading a screen aloud

read-aloud = Citește cu voce tare
read-aloud-stop = Oprește citirea

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
feeling-sad = Trist(ă)
feeling-worried = Îngrijorat(ă)
feeling-angry = Furios/Furioasă
feeling-scared = Speriat(ă)
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
part-skills-for-living = Abilități pentru a trăi singur(ă)
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

signed-in-title = Unde ești conectat(ă)
signed-in-lede = Fiecare telefon și browser conectat ca tine. Dacă unul se pierde sau îl are altcineva, deconectează-l: va șterge tot ce păstra Pathway pe el imediat ce intră online.
signed-in-checking = Se verifică…
signed-in-offline = Ești offline. Conectează-te la internet ca să vezi unde ești conectat(ă).
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
signed-in-will-be-lost = Tot ce s-a scris acolo și nu s-a trimis încă se va pierde. Aici rămâi conectat(ă).
signed-in-yes = Da, deconectează
signed-in-keep = Lasă-l conectat
signed-in-this-one = Pe acesta îl folosești
signed-in-since = Conectat { $since } · folosit { $used }
signed-in-question = Deconectezi { $device }?
signed-in-sign-out-device = Deconectează { $device }
signed-in-sign-out = Deconectează
