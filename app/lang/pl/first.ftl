# Słowa Pathway na ekranach młodej osoby, po polsku.
# Do sprawdzenia przez rodzimego użytkownika języka.

## The tabs at the foot of her screen

tabs-label = Menu główne
tab-home = Start
tab-plan = Plan
tab-plan-waiting = nowa wersja czeka na twoją odpowiedź
tab-goals = Cele
tab-voice = Mój głos
tab-voice-new-replies =
    { $count ->
        [one] { $count } nowa odpowiedź
        [few] { $count } nowe odpowiedzi
       *[other] { $count } nowych odpowiedzi
    }
tab-more = Więcej
tab-more-unread =
    { $count ->
        [one] { $count } nieprzeczytana wiadomość
        [few] { $count } nieprzeczytane wiadomości
       *[other] { $count } nieprzeczytanych wiadomości
    }

## What is saved where, at the top of every screen

skip-to-content = Przejdź do treści
sync-sending = Wysyłanie…
sync-signing-out =
    { $gender ->
        [feminine]
            { $count ->
                [one] Zostaniesz wylogowana, gdy { $count } zmiana zostanie wysłana
                [few] Zostaniesz wylogowana, gdy { $count } zmiany zostaną wysłane
               *[other] Zostaniesz wylogowana, gdy { $count } zmian zostanie wysłanych
            }
        [masculine]
            { $count ->
                [one] Zostaniesz wylogowany, gdy { $count } zmiana zostanie wysłana
                [few] Zostaniesz wylogowany, gdy { $count } zmiany zostaną wysłane
               *[other] Zostaniesz wylogowany, gdy { $count } zmian zostanie wysłanych
            }
       *[other]
            { $count ->
                [one] Zostaniesz wylogowany(-a), gdy { $count } zmiana zostanie wysłana
                [few] Zostaniesz wylogowany(-a), gdy { $count } zmiany zostaną wysłane
               *[other] Zostaniesz wylogowany(-a), gdy { $count } zmian zostanie wysłanych
            }
    }
sync-reload-needed = Pathway zostało zaktualizowane. Odśwież stronę, żeby kontynuować — twoje zmiany są zapisane na tym telefonie.
sync-saved-here =
    { $count ->
        [one] Zapisano na tym telefonie — { $count } zmiana zostanie wysłana, gdy będziesz online
        [few] Zapisano na tym telefonie — { $count } zmiany zostaną wysłane, gdy będziesz online
       *[other] Zapisano na tym telefonie — { $count } zmian zostanie wysłanych, gdy będziesz online
    }
sync-up-to-date = Wszystko aktualne
sync-up-to-date-since = Wszystko aktualne ({ $ago })
sync-offline = Offline — widzisz to, co jest zapisane na tym telefonie
sync-failing = Nie można teraz połączyć się z Pathway — widzisz to, co jest zapisane na tym telefonie
sync-starting = Sprawdzanie aktualizacji…
sync-reload = Odśwież
sync-see-this-phone = Zobacz, co jest na tym telefonie
unkept-full = Na tym telefonie brakuje miejsca, więc Pathway nie może zapisać kopii do użytku offline. Nadal działa, gdy masz internet, a twoje zmiany są zachowane.
unkept-refused = Ta przeglądarka nie pozwala Pathway zapisać kopii do użytku offline (tak bywa w trybie prywatnym). Nadal działa, gdy masz internet, a twoje zmiany są zachowane.
ago-just-now = przed chwilą
ago-minutes = { $count } min temu
ago-hours = { $count } godz. temu
ago-days =
    { $count ->
        [one] { $count } dzień temu
       *[other] { $count } dni temu
    }

## When the server says no

failure-offline = Jesteś offline.
failure-wrong-password = Nazwa użytkownika i hasło do siebie nie pasują. Sprawdź je i spróbuj ponownie.
failure-sign-in-again = Twoje logowanie wygasło. Zaloguj się ponownie.
failure-account-locked = To konto jest zablokowane, więc nie można się zalogować. Skontaktuj się ze swoim zespołem, żeby je odblokować.
failure-daily-limit =
    { $gender ->
        [feminine] Wysłałaś dziś dużo zmian, więc reszta zostanie wysłana jutro. Są zapisane na tym telefonie.
        [masculine] Wysłałeś dziś dużo zmian, więc reszta zostanie wysłana jutro. Są zapisane na tym telefonie.
       *[other] Wysłałeś(-aś) dziś dużo zmian, więc reszta zostanie wysłana jutro. Są zapisane na tym telefonie.
    }
failure-broken = Coś poszło nie tak. Spróbuj ponownie za minutę.

## Signing in

sign-in-title = Zaloguj się
sign-in-enter-both = Wpisz nazwę użytkownika i hasło.
sign-in-offline = Jesteś offline. Żeby zalogować się pierwszy raz na tym telefonie, potrzebujesz internetu.
sign-in-wiped = Wylogowano cię z tego telefonu z innego miejsca, więc Pathway usunęło wszystko, co tu przechowywało. Zaloguj się, żeby kontynuować.
sign-in-locked = Twoje konto zostało zablokowane, więc Pathway usunęło wszystko, co przechowywało na tym telefonie. Skontaktuj się ze swoim zespołem, żeby je odblokować.
sign-in-ran-out = Twoje logowanie wygasło. Zaloguj się ponownie, żeby wysłać to, co jest zapisane na tym telefonie — nic nie zginęło.
sign-in-welcome = Twój plan, twoje cele i twoje zdanie — w telefonie, nawet bez zasięgu.
sign-in-username = Nazwa użytkownika
sign-in-password = Hasło
sign-in-show-password = Pokaż hasło
sign-in-pending = Logowanie…
sign-in-button = Zaloguj się

## Choosing a language

language-label = Język
language-switching = Otwieranie Pathway w języku: { $language }…
language-offline = Języka { $language } nie ma jeszcze na tym telefonie. Wybierz go ponownie, gdy będziesz online.
language-not-kept = Ten telefon nie zapamiętał twojego wyboru. Spróbuj ponownie albo sprawdź ustawienia przeglądarki.

## Her home

home-title = Start
home-hi = Cześć, { $name }
home-getting-plan = Pobieranie twojego planu… Jeśli jesteś offline, pojawi się, gdy tylko wrócisz do sieci.
home-something-wrong = Coś jest nie tak
home-call = Zadzwoń: { $name }
home-coming-up = Wkrótce
home-next-catch-up-with = Następne spotkanie: { $name }
home-next-catch-up = Następne spotkanie z twoim doradcą
home-not-arranged = Jeszcze nie ustalone
home-next-review = Następny przegląd twojego planu
home-not-set = Jeszcze nie ustalony
home-next-steps = Twoje następne kroki
home-nothing-to-do = Na twojej liście nic teraz nie ma.
home-step-by = Do { $day } ({ $near })
home-more-steps = jeszcze { $count } w twoim planie
home-messages-with = Wiadomości: { $name }
home-messages = Wiadomości z twoim doradcą
home-new-messages-from =
    { $count ->
        [one] { $count } nowa wiadomość od: { $name }
        [few] { $count } nowe wiadomości od: { $name }
       *[other] { $count } nowych wiadomości od: { $name }
    }
home-new-messages =
    { $count ->
        [one] { $count } nowa wiadomość
        [few] { $count } nowe wiadomości
       *[other] { $count } nowych wiadomości
    }
home-my-bees = Moje pszczoły
home-bee-no-goals = jeszcze bez celów
home-bee-progress = { $percent }% drogi
home-see-goals = Zobacz moje cele
near-today = dziś
near-tomorrow = jutro
near-yesterday = wczoraj
near-in-days = za { $count } dni
near-days-ago = { $count } dni temu
help-title = Ludzie, którzy mi pomagają
gender-legend = Jak Pathway ma się do ciebie zwracać?

## The six Bees of Outcome Bees

bee-happy = Szczęście
bee-healthy = Zdrowie
bee-safe = Bezpieczeństwo
bee-resilient = Odporność
bee-ambitious = Ambicja
bee-independent = Samodzielność

## More

more-title = Więcej
more-messages = Wiadomości
more-meetings-with = Spotkania: { $name }
more-my-meetings = Moje spotkania
more-written-about-me = Co o mnie napisano
more-this-phone = Ten telefon

## Ringing someone

call-number = Zadzwoń pod { $phone }
call-who-on = Zadzwoń: { $who }, numer { $phone }

## Opening a screen

screen-opening = Otwieranie…
screen-not-here = Tego ekranu nie ma jeszcze na tym telefonie. Otworzy się, gdy tylko wrócisz do sieci.
not-found-title = Nie znaleziono strony
not-found-heading = Nie możemy znaleźć tej strony
not-found-start = Przejdź na początek

## Reading a screen aloud

read-aloud = Czytaj na głos
read-aloud-stop = Przestań czytać

## Signing out with changes still waiting (the sign-out screen)

sign-out = Wyloguj
sign-out-all-sent = Wszystko zostało wysłane.
sign-out-once-sent =
    { $gender ->
        [feminine]
            { $count ->
                [one] Zostaniesz wylogowana, gdy tylko { $what } zostanie wysłana. Dzieje się to samo, gdy masz internet, nawet jeśli zamkniesz Pathway.
               *[other] Zostaniesz wylogowana, gdy tylko { $what } zostaną wysłane. Dzieje się to samo, gdy masz internet, nawet jeśli zamkniesz Pathway.
            }
        [masculine]
            { $count ->
                [one] Zostaniesz wylogowany, gdy tylko { $what } zostanie wysłana. Dzieje się to samo, gdy masz internet, nawet jeśli zamkniesz Pathway.
               *[other] Zostaniesz wylogowany, gdy tylko { $what } zostaną wysłane. Dzieje się to samo, gdy masz internet, nawet jeśli zamkniesz Pathway.
            }
       *[other]
            { $count ->
                [one] Zostaniesz wylogowany(-a), gdy tylko { $what } zostanie wysłana. Dzieje się to samo, gdy masz internet, nawet jeśli zamkniesz Pathway.
               *[other] Zostaniesz wylogowany(-a), gdy tylko { $what } zostaną wysłane. Dzieje się to samo, gdy masz internet, nawet jeśli zamkniesz Pathway.
            }
    }
sign-out-if-you-wait =
    { $gender ->
        [feminine]
            { $count ->
                [one] To jest zapisane na tym telefonie. Jeśli poczekasz, zostanie wysłane, a potem zostaniesz wylogowana.
               *[other] To jest zapisane na tym telefonie. Jeśli poczekasz, zostanie wysłane, a potem zostaniesz wylogowana.
            }
        [masculine]
            { $count ->
                [one] To jest zapisane na tym telefonie. Jeśli poczekasz, zostanie wysłane, a potem zostaniesz wylogowany.
               *[other] To jest zapisane na tym telefonie. Jeśli poczekasz, zostanie wysłane, a potem zostaniesz wylogowany.
            }
       *[other]
            { $count ->
                [one] To jest zapisane na tym telefonie. Jeśli poczekasz, zostanie wysłane, a potem zostaniesz wylogowany(-a).
               *[other] To jest zapisane na tym telefonie. Jeśli poczekasz, zostanie wysłane, a potem zostaniesz wylogowany(-a).
            }
    }
sign-out-wait = Poczekaj i wyślij
sign-out-and-delete = Wyloguj i usuń je
sign-out-delete-question = Usunąć: { $what }?
sign-out-gone-for-good =
    { $count ->
        [one] Po usunięciu nikt tego nigdy nie zobaczy i nie da się tego odzyskać.
       *[other] Po usunięciu nikt tego nigdy nie zobaczy i nie da się tego odzyskać.
    }
sign-out-delete = Usuń je i wyloguj
sign-out-go-back = Wróć
sign-out-stay =
    { $gender ->
        [feminine] Zostań zalogowana
        [masculine] Zostań zalogowany
       *[other] Zostań zalogowany(-a)
    }

## What waits to be sent, counted ($what in the messages above)

unsent-not-yet =
    { $count ->
        [one] Jeszcze nie wysłano: { $what }.
       *[other] Jeszcze nie wysłano: { $what }.
    }
unsent-messages =
    { $count ->
        [one] { $count } wiadomość
        [few] { $count } wiadomości
       *[other] { $count } wiadomości
    }
unsent-statements =
    { $count ->
        [one] { $count } wypowiedź
        [few] { $count } wypowiedzi
       *[other] { $count } wypowiedzi
    }
unsent-replies =
    { $count ->
        [one] { $count } odpowiedź
        [few] { $count } odpowiedzi
       *[other] { $count } odpowiedzi
    }
unsent-contact-notes =
    { $count ->
        [one] { $count } notatka ze spotkania
        [few] { $count } notatki ze spotkań
       *[other] { $count } notatek ze spotkań
    }
unsent-your-plan =
    { $count ->
        [one] { $count } zmiana w twoim planie
        [few] { $count } zmiany w twoim planie
       *[other] { $count } zmian w twoim planie
    }
unsent-plans =
    { $count ->
        [one] { $count } zmiana w planie
        [few] { $count } zmiany w planach
       *[other] { $count } zmian w planach
    }
unsent-your-goals =
    { $count ->
        [one] { $count } zmiana w twoich celach
        [few] { $count } zmiany w twoich celach
       *[other] { $count } zmian w twoich celach
    }
unsent-goals =
    { $count ->
        [one] { $count } zmiana w celach
        [few] { $count } zmiany w celach
       *[other] { $count } zmian w celach
    }
unsent-other =
    { $count ->
        [one] { $count } inna zmiana
        [few] { $count } inne zmiany
       *[other] { $count } innych zmian
    }
