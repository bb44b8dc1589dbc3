# ቃላት Pathway ንስክሪናት መንእሰይ፡ ብትግርኛ።
# ብወለዶ ተዛራባይ ክረጋገጽ ኣለዎ።

## The tabs at the foot of her screen

tabs-label = ቀንዲ ዝርዝር
tab-home = መበገሲ
tab-plan = ትልመይ
tab-plan-waiting = ሓድሽ ቅዳሕ መልስኹም ይጽበ ኣሎ
tab-goals = ዕላማታተይ
tab-voice = ድምጸይ
tab-voice-new-replies =
    { $count ->
        [one] { $count } ሓድሽ መልሲ
       *[other] { $count } ሓደሽቲ መልስታት
    }
tab-more = ተወሳኺ
tab-more-unread =
    { $count ->
        [one] { $count } ዘይተነበበ መልእኽቲ
       *[other] { $count } ዘይተነበቡ መልእኽትታት
    }

## What is saved where, at the top of every screen

skip-to-content = ናብ ትሕዝቶ ሕለፉ
sync-sending = ይለኣኽ ኣሎ…
sync-signing-out =
    { $count ->
        [one] { $count } ለውጢ ምስ ተላእከ ክትወጽኡ ኢኹም
       *[other] { $count } ለውጥታት ምስ ተላእኩ ክትወጽኡ ኢኹም
    }
sync-reload-needed = Pathway ተሓዲሱ ኣሎ። ንምቕጻል ነቲ ገጽ ደጊምኩም ጽዓንዎ — ለውጥታትኩም ኣብዚ ተሌፎን ተዓቂቦም ኣለዉ።
sync-saved-here =
    { $count ->
        [one] ኣብዚ ተሌፎን ተዓቂቡ — ኢንተርነት ምስ ረኸብኩም { $count } ለውጢ ክለኣኽ እዩ
       *[other] ኣብዚ ተሌፎን ተዓቂቡ — ኢንተርነት ምስ ረኸብኩም { $count } ለውጥታት ክለኣኹ እዮም
    }
sync-up-to-date = ዘመናዊ እዩ
sync-up-to-date-since = ዘመናዊ እዩ ({ $ago })
sync-offline = ኢንተርነት የለን — ኣብዚ ተሌፎን ዝተዓቀበ ይርአ ኣሎ
sync-failing = ሕጂ ናብ Pathway ክበጽሕ ኣይከኣለን — ኣብዚ ተሌፎን ዝተዓቀበ ይርአ ኣሎ
sync-starting = ሓድሽ ነገር ይረአ ኣሎ…
sync-reload = ደጊምኩም ጽዓኑ
sync-see-this-phone = ኣብዚ ተሌፎን ዘሎ ርኣዩ
unkept-full = ኣብዚ ተሌፎን ቦታ የለን፡ ስለዚ Pathway ብዘይ ኢንተርነት ዝጥቀመሉ ቅዳሕ ክዕቅብ ኣይክእልን። ኢንተርነት ክህሉ ከሎ ግን ይሰርሕ እዩ፡ ለውጥታትኩም ድማ ይዕቀቡ።
unkept-refused = እዚ ብራውዘር Pathway ብዘይ ኢንተርነት ዝጥቀመሉ ቅዳሕ ክዕቅብ ኣይፈቅድን (ብሕታዊ ምድህሳስ ከምዚ ክገብር ይኽእል)። ኢንተርነት ክህሉ ከሎ ግን ይሰርሕ እዩ፡ ለውጥታትኩም ድማ ይዕቀቡ።
ago-just-now = ሕጂ
ago-minutes = ቅድሚ { $count } ደቒቕ
ago-hours = ቅድሚ { $count } ሰዓት
ago-days =
    { $count ->
        [one] ቅድሚ { $count } መዓልቲ
       *[other] ቅድሚ { $count } መዓልታት
    }

## When the server says no

failure-offline = ኢንተርነት የብልኩምን።
failure-wrong-password = እቲ ስም ተጠቃሚን ቃል ምስጢርን ኣይሰማምዑን። ኣረጋጊጽኩም ደጊምኩም ፈትኑ።
failure-sign-in-again = እዋን ምእታውኩም ወዲኡ። በጃኹም ደጊምኩም እተዉ።
failure-account-locked = እዚ ሕሳብ ተዓጽዩ ስለ ዘሎ ክኣቱ ኣይክእልን። ክኽፈት ንጉጅለኹም ተወከሱ።
failure-daily-limit = ሎሚ ብዙሕ ለውጥታት ልኢኽኩም ኢኹም፡ ስለዚ እቲ ዝተረፈ ጽባሕ ክለኣኽ እዩ። ኣብዚ ተሌፎን ተዓቂቦም ኣለዉ።
failure-broken = ገለ ጌጋ ተፈጢሩ። በጃኹም ድሕሪ ደቒቕ ደጊምኩም ፈትኑ።

## Signing in

sign-in-title = እተዉ
sign-in-enter-both = ስም ተጠቃሚኹምን ቃል ምስጢርኩምን ኣእትዉ።
sign-in-offline = ኢንተርነት የብልኩምን። ኣብዚ ተሌፎን ንመጀመርታ ግዜ ንምእታው ኢንተርነት የድልየኩም።
sign-in-wiped = ካብ ካልእ ቦታ ካብዚ ተሌፎን ወጺእኩም ኢኹም፡ ስለዚ Pathway ኣብዚ ዝዓቀቦ ኩሉ ኣጥፊኡ። ንምቕጻል እተዉ።
sign-in-locked = ሕሳብኩም ተዓጽዩ፡ ስለዚ Pathway ኣብዚ ተሌፎን ዝዓቀቦ ኩሉ ኣጥፊኡ። ክኽፈት ንጉጅለኹም ተወከሱ።
sign-in-ran-out = እዋን ምእታውኩም ወዲኡ። ኣብዚ ተሌፎን ዝተዓቀበ ንምልኣኽ ደጊምኩም እተዉ — ዝጠፍአ ነገር የለን።
sign-in-welcome = ትልምኹም፡ ዕላማታትኩምን ድምጽኹምን — ኣብ ተሌፎንኩም፡ ሲግናል እንተዘይሃለወ እውን።
sign-in-username = ስም ተጠቃሚ
sign-in-password = ቃል ምስጢር
sign-in-show-password = ቃል ምስጢር ኣርእዩ
sign-in-pending = ይኣቱ ኣሎ…
sign-in-button = እተዉ

## Choosing a language

language-label = ቋንቋ
language-switching = Pathway ብ{ $language } ይኽፈት ኣሎ…
language-offline = { $language } ገና ኣብዚ ተሌፎን የለን። ኢንተርነት ምስ ረኸብኩም ደጊምኩም ምረጽዎ።
language-not-kept = እዚ ተሌፎን ምርጫኹም ኣይዓቀቦን። ደጊምኩም ፈትኑ፡ ወይ ናይ ብራውዘር ምርጫታት ርኣዩ።

## Her home

home-title = መበገሲ
home-hi = ሰላም { $name }
home-getting-plan = ትልምኹም ይመጽእ ኣሎ… ኢንተርነት እንተዘየለ፡ ኢንተርነት ምስ ተመልሰ ክርአ እዩ።
home-something-wrong = ገለ ጸገም ኣሎ
home-call = ን{ $name } ደውሉ
home-coming-up = ዝመጽእ
home-next-catch-up-with = ዝቕጽል ርክብ ምስ { $name }
home-next-catch-up = ዝቕጽል ርክብ ምስ ኣማኻሪኹም
home-not-arranged = ገና ኣይተመደበን
home-next-review = ዝቕጽል ገምጋም ትልምኹም
home-not-set = ገና ኣይተወሰነን
home-next-steps = ዝቕጽሉ ስጉምትታትኩም
home-nothing-to-do = ሕጂ ኣብ ዝርዝርኩም ዋላ ሓንቲ የለን።
home-step-by = ክሳብ { $day } ({ $near })
home-more-steps = ኣብ ትልምኹም { $count } ተወሳኺ
home-messages-with = መልእኽትታት ምስ { $name }
home-messages = መልእኽትታት ምስ ኣማኻሪኹም
home-new-messages-from =
    { $count ->
        [one] { $count } ሓድሽ መልእኽቲ ካብ { $name }
       *[other] { $count } ሓደሽቲ መልእኽትታት ካብ { $name }
    }
home-new-messages =
    { $count ->
        [one] { $count } ሓድሽ መልእኽቲ
       *[other] { $count } ሓደሽቲ መልእኽትታት
    }
home-my-bees = ንህቢታተይ
home-bee-no-goals = ገና ዕላማ የለን
home-bee-progress = { $percent }% ናይቲ መገዲ
home-see-goals = ዕላማታተይ ርኣዩ
near-today = ሎሚ
near-tomorrow = ጽባሕ
near-yesterday = ትማሊ
near-in-days = ድሕሪ { $count } መዓልታት
near-days-ago = ቅድሚ { $count } መዓልታት
help-title = ዝሕግዙኒ ሰባት
gender-legend = Pathway ብኸመይ ክዛረበኩም ትደልዩ?

## The six Bees of Outcome Bees

bee-happy = ሓጎስ
bee-healthy = ጥዕና
bee-safe = ድሕንነት
bee-resilient = ጽንዓት
bee-ambitious = ሃንቀውታ
bee-independent = ናጽነት

## More

more-title = ተወሳኺ
more-messages = መልእኽትታት
more-meetings-with = ርክባት ምስ { $name }
more-my-meetings = ርክባተይ
more-written-about-me = ብዛዕባይ ዝተጻሕፈ
more-this-phone = እዚ ተሌፎን

## Ringing someone

call-number = ናብ { $phone } ደውሉ
call-who-on = ን{ $who } ብ{ $phone } ደውሉ

## Opening a screen

screen-opening = ይኽፈት ኣሎ…
screen-not-here = እዚ ስክሪን ገና ኣብዚ ተሌፎን የለን። ኢንተርነት ምስ ተመልሰ ክኽፈት እዩ።
not-found-title = ገጽ ኣይተረኽበን
not-found-heading = ነዚ ገጽ ክንረኽቦ ኣይከኣልናን
not-found-start = ናብ መጀመርታ ኺዱ

## Reading a screen aloud

read-aloud = ብድምጺ ኣንብቡ
read-aloud-stop = ምንባብ ኣቋርጹ

## Signing out with changes still waiting (the sign-out screen)

sign-out = ውጽኡ
sign-out-all-sent = ኩሉ ተላኢኹ እዩ።
sign-out-once-sent =
    { $count ->
        [one] { $what } ምስ ተላእከ ክትወጽኡ ኢኹም። ኣብ መስመር ምስ ኣቶኹም ባዕሉ ይኸውን፣ Pathway እንተ ዓጸኹምዎ እውን።
       *[other] { $what } ምስ ተላእኩ ክትወጽኡ ኢኹም። ኣብ መስመር ምስ ኣቶኹም ባዕሉ ይኸውን፣ Pathway እንተ ዓጸኹምዎ እውን።
    }
sign-out-if-you-wait =
    { $count ->
        [one] ኣብዚ ተሌፎን ተዓቂቡ ኣሎ። እንተ ተጸቢኹም ክለኣኽ እዩ፣ ድሕሪኡ ክትወጽኡ ኢኹም።
       *[other] ኣብዚ ተሌፎን ተዓቂቦም ኣለዉ። እንተ ተጸቢኹም ክለኣኹ እዮም፣ ድሕሪኡ ክትወጽኡ ኢኹም።
    }
sign-out-wait = ተጸበዩ ስደዱ
sign-out-and-delete = ውጽኡን ደምስስዎምን
sign-out-delete-question = { $what } ይደምሰስ ድዩ?
sign-out-gone-for-good =
    { $count ->
        [one] ምስ ተደምሰሰ፣ ሓደ እኳ ኣይርእዮን፣ ክምለስ እውን ኣይክእልን።
       *[other] ምስ ተደምሰሱ፣ ሓደ እኳ ኣይርእዮምን፣ ክምለሱ እውን ኣይክእሉን።
    }
sign-out-delete = ደምስስዎም ውጽኡ
sign-out-go-back = ተመለሱ
sign-out-stay = ኣቲኹም ጽንሑ

## What waits to be sent, counted ($what in the messages above)

unsent-not-yet =
    { $count ->
        [one] { $what } ገና ኣይተላእከን።
       *[other] { $what } ገና ኣይተላእኩን።
    }
unsent-messages =
    { $count ->
        [one] { $count } መልእኽቲ
       *[other] { $count } መልእኽትታት
    }
unsent-statements =
    { $count ->
        [one] { $count } ቃል
       *[other] { $count } ቃላት
    }
unsent-replies =
    { $count ->
        [one] { $count } መልሲ
       *[other] { $count } መልስታት
    }
unsent-contact-notes =
    { $count ->
        [one] { $count } መዘኻኸሪ ርክብ
       *[other] { $count } መዘኻኸሪታት ርክብ
    }
unsent-your-plan =
    { $count ->
        [one] ኣብ ትልምኹም { $count } ለውጢ
       *[other] ኣብ ትልምኹም { $count } ለውጥታት
    }
unsent-plans =
    { $count ->
        [one] ኣብ ትልሚ { $count } ለውጢ
       *[other] ኣብ ትልምታት { $count } ለውጥታት
    }
unsent-your-goals =
    { $count ->
        [one] ኣብ ዕላማታትኩም { $count } ለውጢ
       *[other] ኣብ ዕላማታትኩም { $count } ለውጥታት
    }
unsent-goals =
    { $count ->
        [one] ኣብ ዕላማታት { $count } ለውጢ
       *[other] ኣብ ዕላማታት { $count } ለውጥታት
    }
unsent-other =
    { $count ->
        [one] { $count } ካልእ ለውጢ
       *[other] { $count } ካልኦት ለውጥታት
    }
