# Słowa Pathway na ekranach młodej osoby, po polsku.
# Do sprawdzenia przez rodzimego użytkownika języka.

## People who help me

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

## My voice

voice-title = Mój głos
voice-lede = Powiedz swojemu osobistemu doradcy, jak się sprawy mają, kiedy tylko chcesz. Działa też bez zasięgu.
voice-thanks =
    { $gender ->
        [feminine] Dziękujemy, że nam powiedziałaś.
        [masculine] Dziękujemy, że nam powiedziałeś.
       *[other] Dziękujemy, że nam powiedziałeś(-aś).
    }
voice-saved-will-send = Jest zapisane na tym telefonie i wyśle się samo, gdy będziesz online.
voice-sent = Zostało wysłane.
voice-what-to-do = Co chcesz zrobić?
voice-what-sent =
    { $gender ->
        [feminine] Co wysłałam
        [masculine] Co wysłałem
       *[other] Co wysłałem(-am)
    }
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

signed-in-title =
    { $gender ->
        [feminine] Gdzie jesteś zalogowana
        [masculine] Gdzie jesteś zalogowany
       *[other] Gdzie jesteś zalogowany(-a)
    }
signed-in-lede = Każdy telefon i przeglądarka zalogowane jako ty. Jeśli któryś zginie albo ma go ktoś inny, wyloguj go: usunie wszystko, co Pathway na nim przechowywało, gdy tylko połączy się z siecią.
signed-in-checking = Sprawdzanie…
signed-in-offline =
    { $gender ->
        [feminine] Jesteś offline. Połącz się z internetem, żeby zobaczyć, gdzie jesteś zalogowana.
        [masculine] Jesteś offline. Połącz się z internetem, żeby zobaczyć, gdzie jesteś zalogowany.
       *[other] Jesteś offline. Połącz się z internetem, żeby zobaczyć, gdzie jesteś zalogowany(-a).
    }
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
signed-in-will-be-lost =
    { $gender ->
        [feminine] Wszystko, co tam napisano i jeszcze nie wysłano, przepadnie. Tutaj zostajesz zalogowana.
        [masculine] Wszystko, co tam napisano i jeszcze nie wysłano, przepadnie. Tutaj zostajesz zalogowany.
       *[other] Wszystko, co tam napisano i jeszcze nie wysłano, przepadnie. Tutaj zostajesz zalogowany(-a).
    }
signed-in-yes = Tak, wyloguj
signed-in-keep = Zostaw zalogowane
signed-in-this-one = Tego używasz teraz
signed-in-since = Zalogowano { $since } · używane { $used }
signed-in-question = Wylogować { $device }?
signed-in-sign-out-device = Wyloguj { $device }
signed-in-sign-out = Wyloguj

## This phone

phone-title = Ten telefon
phone-lede = Co Pathway trzyma na tym telefonie, żeby działał bez zasięgu.
gender-about = Niektóre słowa w twoim języku są inne dla dziewczyny i dla chłopaka. Wybierz, co do ciebie pasuje. Zmienią się tylko słowa na twoich ekranach.
gender-feminine = Jak do dziewczyny („wysłałaś”)
gender-masculine = Jak do chłopaka („wysłałeś”)
gender-neutral = Nie wybieram: pokaż obie formy („wysłałeś(-aś)”)
gender-changing = Zmieniam sposób, w jaki Pathway się do ciebie zwraca…
phone-waiting = Czeka na wysłanie
phone-safe-here =
    { $count ->
        [one] Jest bezpieczne na tym telefonie.
       *[other] Są bezpieczne na tym telefonie.
    }
phone-nothing-waiting = Nic nie czeka: wszystko zostało wysłane.
phone-refused =
    { $count ->
        [one] Nie udało się zapisać { $count } zmiany. Ekran, do którego należy, mówi dlaczego.
       *[other] Nie udało się zapisać { $count } zmian. Ekrany, do których należą, mówią dlaczego.
    }
phone-send-now = Wyślij teraz
phone-check-now = Sprawdź, czy jest coś nowego
phone-kept = Na tym telefonie
phone-kept-yours = Twój plan, cele, wiadomości i spotkania
phone-kept-theirs = Dane młodych osób, z którymi pracujesz
phone-records =
    { $count ->
        [one] { $count } wpis · { $size }
        [few] { $count } wpisy · { $size }
       *[other] { $count } wpisów · { $size }
    }
phone-your-changes = Twoje zmiany czekające na wysłanie
phone-none = Brak
phone-everything = Wszystko, co Pathway tu trzyma
phone-set-aside =
    { $count ->
        [one] { $count } zapisana kopia, której Pathway nie mógł odczytać po aktualizacji, jest odłożona ({ $size }). Zmiany w niej zostały odzyskane.
       *[other] Zapisane kopie ({ $count }), których Pathway nie mógł odczytać po aktualizacji, są odłożone ({ $size }). Zmiany w nich zostały odzyskane.
    }
phone-others-waiting = Ktoś inny, kto używał Pathway na tym telefonie, ma zmiany czekające na wysłanie. Zostaną wysłane, gdy ta osoba znów się zaloguje; nikt inny ich nie zobaczy.
phone-signing-out = Wylogowanie
phone-signing-out-about = Wylogowanie usuwa z tego telefonu wszystko, co twoje. Wyloguj się, jeśli korzystają z niego inni.
phone-see-signed-in =
    { $gender ->
        [feminine] Zobacz, gdzie jesteś zalogowana
        [masculine] Zobacz, gdzie jesteś zalogowany
       *[other] Zobacz, gdzie jesteś zalogowany(-a)
    }
phone-lost-phone = { " " }— i wyloguj zgubiony telefon.

## My goals (the Bees' names are in first.ftl)

goals-title = Moje cele
goals-bee-heading = Bee { $bee }
goals-happy-about = Dobre samopoczucie, zabawa, ludzie, którym na tobie zależy.
goals-healthy-about = Dbanie o ciało i umysł.
goals-safe-about = Poczucie bezpieczeństwa tam, gdzie mieszkasz, i wśród ludzi wokół.
goals-resilient-about = Radzenie sobie, gdy jest trudno, i podnoszenie się.
goals-ambitious-about = Nauka, praca i to, co chcesz robić.
goals-independent-about = Samodzielne życie: mieszkanie, pieniądze i codzienne umiejętności.
goals-scale-not-started = Nie zaczęte
goals-scale-starting = Na początku
goals-scale-getting-there = Idzie do przodu
goals-scale-nearly-there = Prawie gotowe
goals-scale-done-it = Zrobione
goals-cell-empty = { $bee }: jeszcze bez celów
goals-cell = { $bee }: { $percent } procent drogi
goals-progress-yours = Twoje postępy. { $cells }.
goals-progress-of = Postępy: { $name }. { $cells }.
goals-progress-theirs = Ich postępy. { $cells }.
goals-cells-fill-yours = Każda komórka wypełnia się, gdy twoje cele w tej części idą do przodu.
goals-cells-fill-of = Każda komórka wypełnia się, gdy cele ({ $name }) w tej części idą do przodu.
goals-cells-fill-theirs = Każda komórka wypełnia się, gdy ich cele w tej części idą do przodu.
goals-add = Dodaj cel
goals-none-yours = Nie ma tu jeszcze celów. Możesz jakiś dodać.
goals-your-adviser = Twój osobisty doradca
goals-a-suggestion = Proponowany cel
goals-suggested = { $name } proponuje cel w części { $bee }:
goals-make-mine = To będzie mój cel
goals-no-thanks = Nie, dziękuję
goals-not-rated = Jeszcze bez oceny
goals-how-its-going = Jak idzie: { $words }
goals-by-day = { " " }· Do { $day }
goals-did-it = Udało ci się: „{ $goal }”!
goals-every-step = Wszystkie kroki zrobione. Świetnie!
goals-a-step = Krok zrobiony. Brawo!
goals-from = Od { $name }:
goals-rate = Jak idzie?
goals-choose-rate = Wybierz, jak idzie
goals-note = Notatka (jeśli chcesz)
goals-save-rating = Zapisz, jak idzie
goals-change-words = Zmień słowa
goals-of = celu { $goal }
goals-in-your-words = Cel, twoimi słowami
goals-save = Zapisz
goals-cancel = Anuluj
goals-chart = Postępy w czasie: { $ratings }.
goals-chart-rating = { $words } – { $day }
goals-chart-advisers-rating = { $words } – { $day } (ocena doradcy)
goals-choose-bee = Wybierz, do której części należy.
goals-write-it = Napisz cel w kilku słowach.
goals-your-goal = Twój cel, twoimi słowami
goals-which-bee = Która część?
goals-choose = Wybierz…
goals-steps = Małe kroki (każdy w osobnej linii, jeśli chcesz)
goals-by = Do kiedy (jeśli chcesz)

## My plan (the parts' names are in "The parts of her plan" above)

plan-title = Mój plan
plan-not-found = Nie możemy znaleźć tego planu
plan-not-found-why = Może należeć do kogoś, kogo nie ma już na twojej liście.
plan-getting = Pobieranie planu… Jeśli nie masz internetu, pojawi się, gdy tylko znów go będziesz mieć.
plan-two-places =
    { $count ->
        [one] { $count } część tego planu zmieniono w dwóch miejscach. Obie wersje są w niej zachowane: wybierz, którą zostawić.
       *[other] Części tego planu ({ $count }) zmieniono w dwóch miejscach. Obie wersje są w nich zachowane: wybierz, którą zostawić.
    }
plan-my-adviser = Mój osobisty doradca
plan-not-named = Jeszcze nie wskazano
plan-next-catch-up = Następne spotkanie
plan-next-review = Następny przegląd planu
plan-asked-for-on = Poproszono { $day }
plan-after-the-move = { $day } (po przeprowadzce { $moved })
plan-not-set = Jeszcze nie ustalono
plan-whats-next = Co dalej
plan-nothing-left = W tym planie nie ma teraz nic do zrobienia.
plan-by = Do
plan-more-below =
    { $count ->
        [one] I jeszcze { $count } w częściach poniżej.
       *[other] I jeszcze { $count } w częściach poniżej.
    }
plan-who-not-said = Kto: jeszcze nie ustalono
plan-who = Kto: { $who }
plan-you-first = Ty
plan-you = ty
plan-ticked-off = Odhaczone przez: { $who }
plan-ticked-off-on = Odhaczone przez: { $who }, { $day } o { $time }
plan-done-label = Zrobione:
plan-to-do-label = Do zrobienia:
plan-done-cheer = Brawo — zrobione!
plan-nothing-planned = Nic nie zaplanowano
plan-all-done = Wszystko zrobione
plan-to-do = Do zrobienia: { $count }
plan-your-words-here = Twoje słowa są tutaj
plan-add-your-words = Dodaj swoje słowa
plan-two-versions = Dwie wersje do wyboru
plan-changed-since = Zmienione od wersji { $number }
plan-no-changes = Bez zmian od wersji { $number }.
plan-whats-planned = Co jest zaplanowane
plan-nothing-planned-here = Nic tu jeszcze nie zaplanowano.
plan-what-i-think = Co myślę
plan-no-thoughts = Nie dodano tu jeszcze twoich myśli.
plan-saved-not-sent = Zapisane na tym telefonie, jeszcze niewysłane
plan-add-what-i-think = Dodaj, co myślę
plan-change-words = Zmień te słowa
plan-about-part = o części { $part }
plan-for-my-review = Na mój następny przegląd
plan-save = Zapisz
plan-cancel = Anuluj
plan-saving-keeps = Zapis od razu trzyma to na tym telefonie; zostanie wysłane, gdy będzie zasięg.
plan-reviews-mine = Przeglądy mojego planu
plan-you-asked =
    { $gender ->
        [feminine] Poprosiłaś o przegląd { $day }. Twój osobisty doradca został powiadomiony — przeglądu, o który prosisz, nie można odmówić.
        [masculine] Poprosiłeś o przegląd { $day }. Twój osobisty doradca został powiadomiony — przeglądu, o który prosisz, nie można odmówić.
       *[other] Poprosiłeś(-aś) o przegląd { $day }. Twój osobisty doradca został powiadomiony — przeglądu, o który prosisz, nie można odmówić.
    }
plan-review-recorded = Ten przegląd jest zapisany na tym telefonie. Stanie się następną wersją planu po wysłaniu.
plan-review-getting-ready = Twój następny przegląd jest przygotowywany.
plan-review-marked = To, co zmieniło się od wersji { $number }, jest zaznaczone w każdej części poniżej.
plan-every-six-months = Twój plan jest przeglądany co najmniej co sześć miesięcy. Możesz poprosić o przegląd w każdej chwili i nie można odmówić.
plan-ask-review = Poproś o przegląd
plan-review-why = O czym chcesz porozmawiać? (Nie musisz mówić.)
plan-ask-my-review = Poproś o mój przegląd
plan-every-version = Wszystkie wersje mojego planu
plan-reviewed-agree = Twój plan został przejrzany { $day }. Czy się z nim zgadzasz?
plan-read-and-answer = Przeczytaj wersję { $number } i odpowiedz
plan-read-version = Przeczytaj wersję { $number }
plan-you-agree = Wersja { $number }, przegląd { $day }: zgadzasz się z nią.
plan-you-disagree = Nie zgadzasz się z wersją { $number } (przegląd { $day }).
plan-kept-on-plan = To jest zachowane w twoim planie i widzi to każdy, kto czyta twój plan.

## Versions of her plan, and two versions side by side (and of the same words)

plan-back-to-mine = ← Mój plan
plan-back-to-versions = ← Wszystkie wersje
plan-versions-lede = Każdy przegląd tworzy nową wersję. Wersje są zachowane tak, jak je uzgodniono, i nigdy się nie zmieniają.
plan-no-versions = Nie ma jeszcze wersji: pierwsza powstanie na twoim pierwszym przeglądzie w Pathway.
plan-version = Wersja { $number }
plan-reviewed-on = Przegląd { $day }
plan-not-said-yet = Jeszcze nie powiedziano, czy się zgadzasz
plan-agree-with-version = Zgadzasz się z tą wersją
plan-disagree-with-version = Nie zgadzasz się z tą wersją
plan-compare-two = Porównaj dwie wersje
plan-earlier-version = Wcześniejsza wersja
plan-later-version = Późniejsza wersja
plan-compare-side-by-side = Porównaj obok siebie
plan-version-not-found = Nie możemy znaleźć tej wersji
plan-version-not-found-why = Jeśli nie masz internetu, pojawi się, gdy ten telefon nadrobi zaległości.
plan-see-every-version = Zobacz wszystkie wersje
plan-my-version = Mój plan — wersja { $number }
plan-compare-before = Porównaj z poprzednią →
plan-fact-name = Imię i nazwisko
plan-fact-reviewed-on = Data przeglądu
plan-fact-who-took-part = Kto brał udział
plan-not-written-down = Nie zapisano
plan-fact-how-you-took-part =
    { $gender ->
        [feminine] Jak brałaś udział
        [masculine] Jak brałeś udział
       *[other] Jak brałeś(-aś) udział
    }
plan-fact-why-not = Dlaczego nie
plan-fact-next-review = Następny przegląd
plan-fact-written-by = Zapisał(a)
plan-print = Drukuj lub zapisz jako PDF
plan-agreement = Zgoda
plan-agreed-on = Zgoda { $day }
plan-disagreed-on = Brak zgody { $day }
plan-agreed-not-sent = Zgoda (zapisana na tym telefonie, jeszcze niewysłana)
plan-disagreed-not-sent = Brak zgody (zapisany na tym telefonie, jeszcze niewysłany)
plan-earlier-answer = (wcześniejsza odpowiedź)
plan-answer-choose = Wybierz „Zgadzam się” albo „Nie zgadzam się”.
plan-answer-say-why = Napisz, dlaczego się nie zgadzasz, żeby to zostało zapisane.
plan-change-answer = Zmień moją odpowiedź
plan-do-you-agree = Czy zgadzasz się z tą wersją swojego planu?
plan-i-agree = Zgadzam się
plan-i-dont-agree = Nie zgadzam się
plan-why-not-agree = Dlaczego się nie zgadzasz? Twoje powody są zachowane w planie.
plan-anything-to-add = Chcesz coś dodać? (Nie musisz.)
plan-send-answer = Wyślij moją odpowiedź
plan-answer-saved = Twoja odpowiedź jest od razu zapisana na tym telefonie i wysłana, gdy będzie zasięg.
plan-versions-not-found = Nie możemy znaleźć tych wersji
plan-version-and-version = Wersja { $left } i wersja { $right }
plan-things-changed =
    { $count ->
        [0] Między tymi wersjami nic w planie się nie zmieniło.
        [one] Zmieniła się { $count } rzecz. Każda zmiana jest nazwana: dodane, usunięte lub zmienione.
       *[other] Liczba zmian: { $count }. Każda zmiana jest nazwana: dodane, usunięte lub zmienione.
    }
plan-action-done = { $what } (zrobione)
plan-changes =
    { $count ->
        [0] Bez zmian
        [one] { $count } zmiana
       *[other] Zmiany: { $count }
    }
plan-nothing-in-either = W żadnej wersji nic nie napisano.
plan-change-column = Zmiana
plan-nothing-planned-in-version = Nic tu nie zaplanowano.
plan-nothing-written-in-version = Nic tu nie napisano.
plan-done = Zrobione
plan-to-do-state = Do zrobienia
took-part-came-and-spoke =
    { $gender ->
        [feminine] Przyszłaś i mówiłaś sama za siebie
        [masculine] Przyszedłeś i mówiłeś sam za siebie
       *[other] Przyszedłeś(-aś) i mówiłeś(-aś) sam(a) za siebie
    }
took-part-with-advocate =
    { $gender ->
        [feminine] Przyszłaś, a rzecznik mówił w twoim imieniu
        [masculine] Przyszedłeś, a rzecznik mówił w twoim imieniu
       *[other] Przyszedłeś(-aś), a rzecznik mówił w twoim imieniu
    }
took-part-sent-views =
    { $gender ->
        [feminine] Przesłałaś swoje zdanie na piśmie lub przez aplikację
        [masculine] Przesłałeś swoje zdanie na piśmie lub przez aplikację
       *[other] Przesłałeś(-aś) swoje zdanie na piśmie lub przez aplikację
    }
took-part-did-not =
    { $gender ->
        [feminine] Nie brałaś udziału
        [masculine] Nie brałeś udziału
       *[other] Nie brałeś(-aś) udziału
    }
change-none = Bez zmian
change-added = Dodane
change-removed = Usunięte
change-changed = Zmienione
change-now-done = teraz zrobione
change-no-longer-done = już nie zrobione
change-who = kto: { $before } → { $after }
change-no-date = bez daty
change-by-when = do kiedy: { $before } → { $after }
two-versions-words = te słowa
two-versions-what = co zostanie zrobione
two-versions-who = kto to robi
two-versions-by-when = do kiedy
two-versions-done = czy zrobione
two-versions-this = to
two-versions-of = Dwie wersje: { $what }
two-versions-changed = Zmienione w dwóch miejscach: { $what }.
two-versions-nothing-lost = Nic nie zginęło — wybierz, co zostawić.
two-versions-first = Wersja 1 (widoczna teraz)
two-versions-second = Wersja 2, autor: { $name }
two-versions-keep-first = Zostaw wersję 1
two-versions-keep-second = Zostaw wersję 2
two-versions-combine = Połącz je

## What's written about me (its title is in first.ftl)

written-getting = Pobieranie wszystkiego, co o tobie zapisano…
written-offline = Nie masz internetu. To pochodzi prosto z zapisów Pathway, nie tylko z tego telefonu, więc wymaga połączenia. Spróbuj ponownie, gdy znów będziesz mieć internet.
written-try-again = Spróbuj ponownie
written-about-name = Co zapisano o: { $name }
written-lede = Wszystko, co Pathway o tobie przechowuje, zebrane { $day }.
written-staff-notes-about = Niektóre notatki są tylko dla pracowników, którzy cię wspierają. Są wymienione na końcu z datami, żeby nic nie było przed tobą ukryte. O każdą z nich możesz zapytać swojego osobistego doradcę.
written-download-page = Pobierz jako stronę internetową
written-download-file = Pobierz jako plik dla innych aplikacji
written-about-me = O mnie
written-date-of-birth = Data urodzenia
written-plan-now = Mój plan teraz
written-versions = Wersje mojego planu
written-none-yet = Jeszcze nic.
written-version-reviewed = Wersja { $number }, przegląd { $day }
written-you-agreed-on = Zgoda { $day }
written-you-disagreed-on = Brak zgody { $day }
written-you-agreed = Zgoda
written-you-disagreed = Brak zgody
written-review-getting-ready = Przegląd jest przygotowywany.
written-review-getting-ready-for = Przegląd na { $day } jest przygotowywany.
written-asked-for =
    { $gender ->
        [feminine] Przeglądy, o które prosiłam
        [masculine] Przeglądy, o które prosiłem
       *[other] Przeglądy, o które prosiłem(-am)
    }
written-a-suggestion = (propozycja)
written-you-said-no =
    { $gender ->
        [feminine] (odmówiłaś)
        [masculine] (odmówiłeś)
       *[other] (odmówiłeś(-aś))
    }
written-rating = { $day }: { $words } — ocena: { $name }
written-note = { $name } pisze: „{ $text }”
written-contacts = Notatki ze spotkań udostępnione mi
written-written-by = (napisał(a): { $name })
written-feeling = samopoczucie: { $feeling }
written-asked-call =
    { $gender ->
        [feminine] Poprosiłaś, żeby ktoś do ciebie zadzwonił.
        [masculine] Poprosiłeś, żeby ktoś do ciebie zadzwonił.
       *[other] Poprosiłeś(-aś), żeby ktoś do ciebie zadzwonił.
    }
written-read-by-on = Przeczytane przez: { $name }, { $day }
written-replied = { $name } odpowiada: „{ $text }”
written-who-opened = Kto otwierał twoje dane
written-who-opened-about = Każdy pracownik, który otworzył twoje dane lub w nich pisał, od najnowszych.
written-staff-only = Notatki czytane tylko przez pracowników
written-staff-contact = Notatka z kontaktu ({ $how }), autor: { $name }
written-staff-contact-unread = Notatka z kontaktu
written-staff-national-count = Informacje do corocznego rządowego spisu osób opuszczających pieczę
written-there-are-none = Nie ma żadnych.
looked-none-yours = Żaden pracownik nie otworzył jeszcze twoich danych.
looked-show-all = Pokaż wszystkie ({ $count })
looked-line = { $name } ({ $role }): { $what } — { $day } o { $time }
looked-opened-plan = otwarcie twojego planu
looked-opened-contacts = otwarcie twoich notatek ze spotkań
looked-opened-goals = otwarcie twoich celów
looked-opened-versions = otwarcie wersji twojego planu
looked-wrote = wpis w twoich danych
role-personal-adviser = osobisty doradca
role-team-manager = kierownik zespołu
role-head-of-service = kierownik działu
role-young-person = młoda osoba

## A change the server would not keep (its reason comes from the server)

refused-not-saved = Jedna zmiana nie została zapisana.
refused-ok = OK
refusal-not-found = Tego już tu nie ma albo nie możesz tego zmienić.
refusal-removed = Zostało usunięte, zanim dotarła twoja zmiana.
refusal-advisers-to-change = Tylko twój osobisty doradca może to zmienić. Możesz napisać, co o tym myślisz, w swoim planie.
refusal-written-down = To zostało zapisane, więc nie można tego zmienić.
refusal-not-written-down-yet = Ten przegląd nie został jeszcze zapisany, więc nie ma jeszcze z czym się zgodzić.
refusal-not-kept = Pathway nie mógł zapisać tego tak, jak zostało napisane. Sprawdź to i spróbuj ponownie.
refusal-already-dealt-with = Ta zmiana została już obsłużona.
refusal-not-allowed = Nie możesz wprowadzić tej zmiany.

## Where she signed in: browsers and systems keep their names

device-on = { $browser } na { $system }
device-a-browser = Przeglądarka internetowa
device-a-mac = Macu
device-a-chromebook = Chromebooku

## What was started and not sent or saved (the sign-out screen)

writing-unfinished = Jeszcze nie skończone
sign-out-unfinished-about =
    { $count ->
        [one] To zostało zaczęte, ale jeszcze nie wysłane ani nie zapisane. Wylogowanie usunie to z tego telefonu. Aby to zachować, wróć do tego i najpierw to wyślij albo zapisz.
       *[other] To zostało zaczęte, ale jeszcze nie wysłane ani nie zapisane. Wylogowanie usunie to z tego telefonu. Aby to zachować, wróć do każdego z nich i najpierw go wyślij albo zapisz.
    }
writing-statement = { $topic }, w Moim głosie
writing-message = Wiadomość
writing-reply = Odpowiedź
writing-review-request = Dlaczego chcesz przeglądu
writing-answer = Co myślisz o wersji twojego planu
writing-your-plan = { $part }, w twoim planie
writing-plan = { $part }, w planie
writing-action = Działanie, w części { $part }
writing-contact = Notatka ze spotkania
writing-goal = Nowy cel
writing-rating = Jak idzie cel
writing-rename = Nowe słowa dla celu
writing-cheer = Słowa zachęty
writing-review = Zapis przeglądu
writing-audit-grading = Ocenianie audytu praktyki
writing-audit-answer = Odpowiedź na audyt praktyki
