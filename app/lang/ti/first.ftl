# ቃላት Pathway ንስክሪናት መንእሰይ፡ ብትግርኛ።
# ብወለዶ ተዛራባይ ክረጋገጽ ኣለዎ።

## The tabs at the foot of her screen

tabs-label = ቀንዲ ዝርዝር
tab-home = መበገሲ
tab-plan = መደበይ
tab-plan-waiting = ሓድሽ ሕታም መልሲኻ ይጽበ ኣሎ
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

skip-to-content = ናብ ትሕዝቶ ሕለፍ
sync-sending = ይለኣኽ ኣሎ…
sync-signing-out =
    { $count ->
        [one] { $count } ለውጢ ምስ ተላእከ ክትወጽእ ኢኻ
       *[other] { $count } ለውጥታት ምስ ተላእኩ ክትወጽእ ኢኻ
    }
sync-reload-needed = Pathway ተሓዲሱ ኣሎ። ንምቕጻል ነቲ ገጽ ደጊምካ ጽዓኖ — ለውጥታትካ ኣብዚ ተሌፎን ተዓቂቦም ኣለዉ።
sync-saved-here =
    { $count ->
        [one] ኣብዚ ተሌፎን ተዓቂቡ — ኢንተርነት ምስ ረኸብካ { $count } ለውጢ ክለኣኽ እዩ
       *[other] ኣብዚ ተሌፎን ተዓቂቡ — ኢንተርነት ምስ ረኸብካ { $count } ለውጥታት ክለኣኹ እዮም
    }
sync-up-to-date = ዘመናዊ እዩ
sync-up-to-date-since = ዘመናዊ እዩ ({ $ago })
sync-offline = ኢንተርነት የለን — ኣብዚ ተሌፎን ዝተዓቀበ ይርአ ኣሎ
sync-failing = ሕጂ ናብ Pathway ክበጽሕ ኣይከኣለን — ኣብዚ ተሌፎን ዝተዓቀበ ይርአ ኣሎ
sync-starting = ሓድሽ ነገር ይረአ ኣሎ…
sync-reload = ደጊምካ ጽዓን
sync-see-this-phone = ኣብዚ ተሌፎን ዘሎ ርአ
unkept-full = ኣብዚ ተሌፎን ቦታ የለን፡ ስለዚ Pathway ብዘይ ኢንተርነት ዝጥቀመሉ ቅዳሕ ክዕቅብ ኣይክእልን። ኢንተርነት ክህሉ ከሎ ግን ይሰርሕ እዩ፡ ለውጥታትካ ድማ ይዕቀቡ።
unkept-refused = እዚ ብራውዘር Pathway ብዘይ ኢንተርነት ዝጥቀመሉ ቅዳሕ ክዕቅብ ኣይፈቅድን (ብሕታዊ ምድህሳስ ከምዚ ክገብር ይኽእል)። ኢንተርነት ክህሉ ከሎ ግን ይሰርሕ እዩ፡ ለውጥታትካ ድማ ይዕቀቡ።
ago-just-now = ሕጂ
ago-minutes = ቅድሚ { $count } ደቒቕ
ago-hours = ቅድሚ { $count } ሰዓት
ago-days =
    { $count ->
        [one] ቅድሚ { $count } መዓልቲ
       *[other] ቅድሚ { $count } መዓልታት
    }

## When the server says no

failure-offline = ኢንተርነት የብልካን።
failure-wrong-password = እቲ ስም ተጠቃሚን ቃል ምስጢርን ኣይሰማምዑን። ኣረጋጊጽካ ደጊምካ ፈትን።
failure-sign-in-again = እዋን ምእታውካ ወዲኡ። በጃኻ ደጊምካ እቶ።
failure-account-locked = እዚ ሕሳብ ተዓጽዩ ስለ ዘሎ ክኣቱ ኣይክእልን። ክኽፈት ንጉጅለኻ ተወከስ።
failure-daily-limit = ሎሚ ብዙሕ ለውጥታት ልኢኽካ ኢኻ፡ ስለዚ እቲ ዝተረፈ ጽባሕ ክለኣኽ እዩ። ኣብዚ ተሌፎን ተዓቂቦም ኣለዉ።
failure-broken = ገለ ጌጋ ተፈጢሩ። በጃኻ ድሕሪ ደቒቕ ደጊምካ ፈትን።

## Signing in

sign-in-title = እቶ
sign-in-enter-both = ስም ተጠቃሚኻን ቃል ምስጢርካን ኣእቱ።
sign-in-offline = ኢንተርነት የብልካን። ኣብዚ ተሌፎን ንመጀመርታ ግዜ ንምእታው ኢንተርነት የድልየካ።
sign-in-wiped = ካብ ካልእ ቦታ ካብዚ ተሌፎን ወጺእካ ኢኻ፡ ስለዚ Pathway ኣብዚ ዝዓቀቦ ኩሉ ኣጥፊኡ። ንምቕጻል እቶ።
sign-in-locked = ሕሳብካ ተዓጽዩ፡ ስለዚ Pathway ኣብዚ ተሌፎን ዝዓቀቦ ኩሉ ኣጥፊኡ። ክኽፈት ንጉጅለኻ ተወከስ።
sign-in-ran-out = እዋን ምእታውካ ወዲኡ። ኣብዚ ተሌፎን ዝተዓቀበ ንምልኣኽ ደጊምካ እቶ — ዝጠፍአ ነገር የለን።
sign-in-welcome = መደብካ፡ ዕላማታትካን ድምጽኻን — ኣብ ተሌፎንካ፡ ሲግናል እንተዘይሃለወ እውን።
sign-in-username = ስም ተጠቃሚ
sign-in-password = ቃል ምስጢር
sign-in-show-password = ቃል ምስጢር ኣርኢ
sign-in-pending = ይኣቱ ኣሎ…
sign-in-button = እቶ

## Choosing a language

language-label = ቋንቋ
language-switching = Pathway ብ{ $language } ይኽፈት ኣሎ…
language-offline = { $language } ገና ኣብዚ ተሌፎን የለን። ኢንተርነት ምስ ረኸብካ ደጊምካ ምረጾ።
language-not-kept = እዚ ተሌፎን ምርጫኻ ኣይዓቀቦን። ደጊምካ ፈትን፡ ወይ ናይ ብራውዘር ምርጫታት ርአ።

## Her home

home-title = መበገሲ
home-hi = ሰላም { $name }
home-getting-plan = መደብካ ይመጽእ ኣሎ… ኢንተርነት እንተዘየለ፡ ኢንተርነት ምስ ተመልሰ ክርአ እዩ።
home-something-wrong = ገለ ጸገም ኣሎ
home-call = ን{ $name } ደውል
home-coming-up = ዝመጽእ
home-next-catch-up-with = ዝቕጽል ርክብ ምስ { $name }
home-next-catch-up = ዝቕጽል ርክብ ምስ ኣማኻሪኻ
home-not-arranged = ገና ኣይተመደበን
home-next-review = ዝቕጽል ምርመራ መደብካ
home-not-set = ገና ኣይተወሰነን
home-next-steps = ዝቕጽሉ ስጉምትታትካ
home-nothing-to-do = ሕጂ ኣብ ዝርዝርካ ዋላ ሓንቲ የለን።
home-step-by = ክሳብ { $day } ({ $near })
home-more-steps = ኣብ መደብካ { $count } ተወሳኺ
home-messages-with = መልእኽትታት ምስ { $name }
home-messages = መልእኽትታት ምስ ኣማኻሪኻ
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
home-see-goals = ዕላማታተይ ርአ
near-today = ሎሚ
near-tomorrow = ጽባሕ
near-yesterday = ትማሊ
near-in-days = ድሕሪ { $count } መዓልታት
near-days-ago = ቅድሚ { $count } መዓልታት
help-title = ዝሕግዙኒ ሰባት

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

call-number = ናብ { $phone } ደውል
call-who-on = ን{ $who } ብ{ $phone } ደውል

## Opening a screen

screen-opening = ይኽፈት ኣሎ…
screen-not-here = እዚ ስክሪን ገና ኣብዚ ተሌፎን የለን። ኢንተርነት ምስ ተመልሰ ክኽፈት እዩ።
not-found-title = ገጽ ኣይተረኽበን
not-found-heading = ነዚ ገጽ ክንረኽቦ ኣይከኣልናን
not-found-start = ናብ መጀመርታ ኺድ

## Reading a screen aloud

read-aloud = ብድምጺ ኣንብብ
read-aloud-stop = ምንባብ ኣቋርጽ

## Signing out with changes still waiting (the sign-out screen)

sign-out = ውጻእ
sign-out-all-sent = ኩሉ ተላኢኹ እዩ።
sign-out-once-sent =
    { $count ->
        [one] { $what } ምስ ተላእከ ክትወጽእ ኢኻ። ኣብ መስመር ምስ ኣቶኻ ባዕሉ ይኸውን፣ Pathway እንተ ዓጸኻዮ እውን።
       *[other] { $what } ምስ ተላእኩ ክትወጽእ ኢኻ። ኣብ መስመር ምስ ኣቶኻ ባዕሉ ይኸውን፣ Pathway እንተ ዓጸኻዮ እውን።
    }
sign-out-if-you-wait =
    { $count ->
        [one] ኣብዚ ተሌፎን ተዓቂቡ ኣሎ። እንተ ተጸቢኻ ክለኣኽ እዩ፣ ድሕሪኡ ክትወጽእ ኢኻ።
       *[other] ኣብዚ ተሌፎን ተዓቂቦም ኣለዉ። እንተ ተጸቢኻ ክለኣኹ እዮም፣ ድሕሪኡ ክትወጽእ ኢኻ።
    }
sign-out-wait = ተጸበ ስደድ
sign-out-and-delete = ውጻእን ደምስሶምን
sign-out-delete-question = { $what } ይደምሰስ ድዩ?
sign-out-gone-for-good =
    { $count ->
        [one] ምስ ተደምሰሰ፣ ሓደ እኳ ኣይርእዮን፣ ክምለስ እውን ኣይክእልን።
       *[other] ምስ ተደምሰሱ፣ ሓደ እኳ ኣይርእዮምን፣ ክምለሱ እውን ኣይክእሉን።
    }
sign-out-delete = ደምስሶም ውጻእ
sign-out-go-back = ተመለስ
sign-out-stay = ኣቲኻ ጽናሕ

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
        [one] ኣብ ትልምኻ { $count } ለውጢ
       *[other] ኣብ ትልምኻ { $count } ለውጥታት
    }
unsent-plans =
    { $count ->
        [one] ኣብ ትልሚ { $count } ለውጢ
       *[other] ኣብ ትልምታት { $count } ለውጥታት
    }
unsent-your-goals =
    { $count ->
        [one] ኣብ ዕላማታትካ { $count } ለውጢ
       *[other] ኣብ ዕላማታትካ { $count } ለውጥታት
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
