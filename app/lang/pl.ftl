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
    { $count ->
        [one] Zostaniesz wylogowany(-a), gdy { $count } zmiana zostanie wysłana
        [few] Zostaniesz wylogowany(-a), gdy { $count } zmiany zostaną wysłane
       *[other] Zostaniesz wylogowany(-a), gdy { $count } zmian zostanie wysłanych
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
failure-daily-limit = Wysłałeś(-aś) dziś dużo zmian, więc reszta zostanie wysłana jutro. Są zapisane na tym telefonie.
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

## People who help me

help-title = Ludzie, którzy mi pomagają
help-getting-details = Pobieranie twoich danych… Jeśli jesteś offline, pojawią się, gdy wrócisz do sieci.
help-adviser-about = Twój osobisty doradca. { $name } pomaga ci z planem i ze wszystkim, co się wydarzy.
help-message = Napisz: { $name }
help-your-adviser = Twój osobisty doradca
help-no-adviser = Nie masz jeszcze przydzielonego osobistego doradcy. Zespół ds. osób opuszczających pieczę powie ci, kto nim będzie.
help-out-of-hours = Poza godzinami pracy
help-out-of-hours-about = Zespół ds. osób opuszczających pieczę, wieczorem, w nocy i w weekendy.
help-out-of-hours-team = zespół dyżurny
help-emergency = W nagłym wypadku
help-emergency-about = Jeśli jesteś teraz w niebezpieczeństwie albo ktoś jest ranny.
help-advocate = Rzecznik
help-advocate-about = Rzecznik jest po twojej stronie. Pomaga ci powiedzieć, czego chcesz, i dba o to, żeby cię wysłuchano. Nie pracuje dla zespołu ds. osób opuszczających pieczę i jest bezpłatny.
help-visit = Odwiedź: { $name }
help-ask-for-advocate = Zapytaj swojego osobistego doradcę, jak go dostać: masz prawo do rzecznika.

## Opening a screen

screen-opening = Otwieranie…
screen-not-here = Tego ekranu nie ma jeszcze na tym telefonie. Otworzy się, gdy tylko wrócisz do sieci.
not-found-title = Nie znaleziono strony
not-found-heading = Nie możemy znaleźć tej strony
not-found-start = Przejdź na początek

## Reading a screen aloud

read-aloud = Czytaj na głos
read-aloud-stop = Przestań czytać

## My voice

voice-title = Mój głos
voice-lede = Powiedz swojemu osobistemu doradcy, jak się sprawy mają, kiedy tylko chcesz. Działa też bez zasięgu.
voice-thanks = Dziękujemy, że nam powiedziałeś(-aś).
voice-saved-will-send = Jest zapisane na tym telefonie i wyśle się samo, gdy będziesz online.
voice-sent = Zostało wysłane.
voice-what-to-do = Co chcesz zrobić?
voice-what-sent = Co wysłałem(-am)
voice-nothing-yet = Jeszcze nic.
voice-status-saved = Zapisane na tym telefonie — wyśle się, gdy będziesz online
voice-status-read-by = Przeczytane przez: { $name }
voice-status-sent = Wysłane
voice-replied = { $name } odpowiada:
voice-read-this = Przeczytaj to na głos
voice-how-feeling = Jak się czujesz?
voice-first-feeling = Najpierw: jak się czujesz
voice-part-of = Część { $part } z { $parts }
voice-last = Na koniec: coś jeszcze
voice-prep-about = Dalej jedna część twojego planu naraz: co idzie dobrze, co nie i co chcesz zmienić. Pomiń, co chcesz. To, co piszesz, jest zapisywane na tym telefonie na bieżąco i trafia z twoim planem na przegląd, gdy to wyślesz.
voice-anything-else = Coś jeszcze, co chcesz powiedzieć
voice-call-me = Chcę, żeby ktoś do mnie zadzwonił
voice-send = Wyślij
voice-skip = Pomiń tę część
voice-next = Dalej
voice-back = Wstecz
call-now-label = Jeśli jesteś w niebezpieczeństwie
call-now-999 = Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod 999.
call-now-out-of-hours = Poza godzinami pracy możesz zadzwonić do zespołu ds. osób opuszczających pieczę pod numer

## What she can say in My voice

topic-review-ready = Przygotuj się do przeglądu
topic-good-news = Podziel się dobrą wiadomością
topic-problem = Rozwiąż problem
topic-feeling = Jak się czuję
topic-where-i-live = O tym, gdzie mieszkam
topic-something-wrong = Coś jest nie tak
prompt-good-news-what = Co się stało?
prompt-good-news-who = Kto ma się o tym dowiedzieć?
prompt-problem-what = Jaki jest problem?
prompt-problem-help = Co by pomogło?
prompt-feeling-why = Dlaczego tak się czuję?
prompt-where-i-live-like = Jak jest tam, gdzie mieszkam?
prompt-where-i-live-better = Co by to poprawiło?
prompt-something-wrong-what = Co jest nie tak?
prompt-something-wrong-where = Gdzie teraz jestem?
feeling-great = Świetnie
feeling-good = Dobrze
feeling-okay = W porządku
feeling-sad = Smutno
feeling-worried = Martwię się
feeling-angry = Złość
feeling-scared = Strach
feeling-unsafe = Nie czuję się bezpiecznie

## The parts of her plan

part-contact-and-support = Kontakt i wsparcie
part-contact-and-support-about = Jak często się spotykamy lub rozmawiamy i kto ci pomaga.
part-education-and-training = Nauka i szkolenia
part-education-and-training-about = Szkoła, college, studia lub kursy.
part-work-and-activities = Praca i inne zajęcia
part-work-and-activities-about = Praca, praktyki zawodowe, wolontariat i to, co robisz.
part-if-things-go-wrong = Jeśli coś pójdzie nie tak
part-if-things-go-wrong-about = Co się stanie, jeśli ten plan przestanie działać.
part-where-i-live = Gdzie mieszkam
part-where-i-live-about = Twój dom i to, czy jest dla ciebie odpowiedni.
part-family-and-friends = Rodzina i przyjaciele
part-family-and-friends-about = Czas z rodziną, przyjaciele i ludzie, którzy są dla ciebie ważni.
part-skills-for-living = Umiejętności do samodzielnego życia
part-skills-for-living-about = Gotowanie, rachunki, zakupy i dbanie o dom.
part-money = Pieniądze
part-money-about = Twoje pieniądze, zasiłki, stypendia i pomoc w kosztach.
part-health-and-wellbeing = Zdrowie i samopoczucie
part-health-and-wellbeing-about = Twoje ciało i umysł, i kto ci w tym pomaga.
part-who-i-am = Kim jestem
part-who-i-am-about = Twoja kultura, wiara, języki i skąd pochodzisz.

## Messages with her adviser

messages-lede = Pisz do swojego osobistego doradcy, kiedy tylko chcesz. Działa też bez zasięgu i wysyła się samo.
messages-notify-offer = Chcesz wiedzieć, kiedy { $name } odpisze, nawet gdy Pathway jest zamknięte?
messages-notify-offer-adviser = Chcesz wiedzieć, kiedy twój doradca odpisze, nawet gdy Pathway jest zamknięte?
messages-notify-button = Powiadom mnie o odpowiedzi
messages-your-message = Twoja wiadomość
messages-your-reply = Twoja odpowiedź
messages-none-yet-hers = Jeszcze nie ma wiadomości. Przywitaj się, zadaj pytanie albo napisz, jak się sprawy mają.
messages-none-yet = Jeszcze nie ma wiadomości.
messages-you = Ty
messages-delivered = Dostarczone
messages-read-by-at = Przeczytane przez: { $name } o { $time }
messages-day-time = { $day }, { $time }
notify-label = Powiadomienia
notify-on = Powiadomienia są włączone. Mówią tylko, że jest coś nowego, nigdy co.
notify-unavailable = Ten telefon nie mógł włączyć powiadomień. Pathway i tak pokazuje wszystko, co nowe, gdy go otworzysz.

## Meetings with her adviser

contacts-title = Spotkania
contacts-getting = Pobieranie twoich spotkań… Jeśli jesteś offline, pojawią się, gdy wrócisz do sieci.
contacts-lede-with = Kiedy ty i { $name } spotkaliście się lub rozmawialiście — to, czym { $name } się z tobą podzielił(a).
contacts-lede = Kiedy ty i twój osobisty doradca spotkaliście się lub rozmawialiście — to, czym doradca się z tobą podzielił.
contacts-none-shared = Nikt jeszcze niczym się z tobą nie podzielił.
contacts-we-agreed = Ustaliliśmy:
contact-home-visit = Wizyta w domu
contact-other-visit = Inna wizyta
contact-office = W biurze
contact-phone = Telefonicznie
contact-video = Wideo
contact-message = SMS lub wiadomość
contact-email = E-mail
contact-tried = Próba — bez odpowiedzi

## Where she is signed in

signed-in-title = Gdzie jesteś zalogowany(-a)
signed-in-lede = Każdy telefon i przeglądarka zalogowane jako ty. Jeśli któryś zginie albo ma go ktoś inny, wyloguj go: usunie wszystko, co Pathway na nim przechowywało, gdy tylko połączy się z siecią.
signed-in-checking = Sprawdzanie…
signed-in-offline = Jesteś offline. Połącz się z internetem, żeby zobaczyć, gdzie jesteś zalogowany(-a).
signed-in-try-again = Spróbuj ponownie
signed-in-one-out = { $device } — wylogowano.
signed-in-others-out =
    { $count ->
        [one] Wylogowano { $count } inny telefon lub przeglądarkę.
        [few] Wylogowano { $count } inne telefony i przeglądarki.
       *[other] Wylogowano { $count } innych telefonów i przeglądarek.
    }
signed-in-all-others = Wyloguj wszędzie indziej
signed-in-all-others-question = Wylogować wszędzie indziej?
signed-in-will-be-lost = Wszystko, co tam napisano i jeszcze nie wysłano, przepadnie. Tutaj zostajesz zalogowany(-a).
signed-in-yes = Tak, wyloguj
signed-in-keep = Zostaw zalogowane
signed-in-this-one = Tego używasz teraz
signed-in-since = Zalogowano { $since } · używane { $used }
signed-in-question = Wylogować { $device }?
signed-in-sign-out-device = Wyloguj { $device }
signed-in-sign-out = Wyloguj
