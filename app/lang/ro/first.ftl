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
    { $gender ->
        [feminine]
            { $count ->
                [one] Vei fi deconectată după ce { $count } modificare este trimisă
                [few] Vei fi deconectată după ce { $count } modificări sunt trimise
               *[other] Vei fi deconectată după ce { $count } de modificări sunt trimise
            }
        [masculine]
            { $count ->
                [one] Vei fi deconectat după ce { $count } modificare este trimisă
                [few] Vei fi deconectat după ce { $count } modificări sunt trimise
               *[other] Vei fi deconectat după ce { $count } de modificări sunt trimise
            }
       *[other]
            { $count ->
                [one] Vei fi deconectat(ă) după ce { $count } modificare este trimisă
                [few] Vei fi deconectat(ă) după ce { $count } modificări sunt trimise
               *[other] Vei fi deconectat(ă) după ce { $count } de modificări sunt trimise
            }
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
sign-in-wiped =
    { $gender ->
        [feminine] Ai fost deconectată de pe acest telefon din altă parte, așa că Pathway a șters tot ce păstra aici. Conectează-te ca să continui.
        [masculine] Ai fost deconectat de pe acest telefon din altă parte, așa că Pathway a șters tot ce păstra aici. Conectează-te ca să continui.
       *[other] Ai fost deconectat(ă) de pe acest telefon din altă parte, așa că Pathway a șters tot ce păstra aici. Conectează-te ca să continui.
    }
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
help-title = Oameni care mă ajută
gender-legend = Cum să ți se adreseze Pathway?

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

## Opening a screen

screen-opening = Se deschide…
screen-not-here = Acest ecran nu este încă pe acest telefon. Se va deschide imediat ce revii online.
not-found-title = Pagina nu a fost găsită
not-found-heading = Nu găsim această pagină
not-found-start = Mergi la început

## Reading a screen aloud

read-aloud = Citește cu voce tare
read-aloud-stop = Oprește citirea

## Signing out with changes still waiting (the sign-out screen)

sign-out = Deconectează-te
sign-out-all-sent = Totul a fost trimis.
sign-out-once-sent =
    { $gender ->
        [feminine]
            { $count ->
                [one] Vei fi deconectată imediat ce se trimite { $what }. Se întâmplă singur când ești online, chiar dacă închizi Pathway.
               *[other] Vei fi deconectată imediat ce se trimit { $what }. Se întâmplă singur când ești online, chiar dacă închizi Pathway.
            }
        [masculine]
            { $count ->
                [one] Vei fi deconectat imediat ce se trimite { $what }. Se întâmplă singur când ești online, chiar dacă închizi Pathway.
               *[other] Vei fi deconectat imediat ce se trimit { $what }. Se întâmplă singur când ești online, chiar dacă închizi Pathway.
            }
       *[other]
            { $count ->
                [one] Vei fi deconectat(ă) imediat ce se trimite { $what }. Se întâmplă singur când ești online, chiar dacă închizi Pathway.
               *[other] Vei fi deconectat(ă) imediat ce se trimit { $what }. Se întâmplă singur când ești online, chiar dacă închizi Pathway.
            }
    }
sign-out-if-you-wait =
    { $gender ->
        [feminine]
            { $count ->
                [one] Este salvat pe acest telefon. Dacă aștepți, va fi trimis, apoi vei fi deconectată.
               *[other] Sunt salvate pe acest telefon. Dacă aștepți, vor fi trimise, apoi vei fi deconectată.
            }
        [masculine]
            { $count ->
                [one] Este salvat pe acest telefon. Dacă aștepți, va fi trimis, apoi vei fi deconectat.
               *[other] Sunt salvate pe acest telefon. Dacă aștepți, vor fi trimise, apoi vei fi deconectat.
            }
       *[other]
            { $count ->
                [one] Este salvat pe acest telefon. Dacă aștepți, va fi trimis, apoi vei fi deconectat(ă).
               *[other] Sunt salvate pe acest telefon. Dacă aștepți, vor fi trimise, apoi vei fi deconectat(ă).
            }
    }
sign-out-wait = Așteaptă și trimite
sign-out-and-delete = Deconectează-te și șterge-le
sign-out-delete-question = Ștergi { $what }?
sign-out-gone-for-good =
    { $count ->
        [one] Odată șters, nimeni nu-l va mai vedea și nu poate fi recuperat.
       *[other] Odată șterse, nimeni nu le va mai vedea și nu pot fi recuperate.
    }
sign-out-delete = Șterge-le și deconectează-te
sign-out-go-back = Înapoi
sign-out-stay =
    { $gender ->
        [feminine] Rămâi conectată
        [masculine] Rămâi conectat
       *[other] Rămâi conectat(ă)
    }

## What waits to be sent, counted ($what in the messages above)

unsent-not-yet =
    { $count ->
        [one] { $what } nu a fost trimis încă.
       *[other] { $what } nu au fost trimise încă.
    }
unsent-messages =
    { $count ->
        [one] { $count } mesaj
        [few] { $count } mesaje
       *[other] { $count } de mesaje
    }
unsent-statements =
    { $count ->
        [one] { $count } declarație
        [few] { $count } declarații
       *[other] { $count } de declarații
    }
unsent-replies =
    { $count ->
        [one] { $count } răspuns
        [few] { $count } răspunsuri
       *[other] { $count } de răspunsuri
    }
unsent-contact-notes =
    { $count ->
        [one] { $count } notă de întâlnire
        [few] { $count } note de întâlnire
       *[other] { $count } de note de întâlnire
    }
unsent-your-plan =
    { $count ->
        [one] { $count } modificare în planul tău
        [few] { $count } modificări în planul tău
       *[other] { $count } de modificări în planul tău
    }
unsent-plans =
    { $count ->
        [one] { $count } modificare într-un plan
        [few] { $count } modificări în planuri
       *[other] { $count } de modificări în planuri
    }
unsent-your-goals =
    { $count ->
        [one] { $count } modificare în obiectivele tale
        [few] { $count } modificări în obiectivele tale
       *[other] { $count } de modificări în obiectivele tale
    }
unsent-goals =
    { $count ->
        [one] { $count } modificare în obiective
        [few] { $count } modificări în obiective
       *[other] { $count } de modificări în obiective
    }
unsent-other =
    { $count ->
        [one] { $count } altă modificare
        [few] { $count } alte modificări
       *[other] { $count } de alte modificări
    }
