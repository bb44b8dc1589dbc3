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

## People who help me

help-title = ዝሕግዙኒ ሰባት
help-getting-details = ሓበሬታኻ ይመጽእ ኣሎ… ኢንተርነት እንተዘየለ፡ ምስ ተመልሰ ክርአ እዩ።
help-adviser-about = ውልቃዊ ኣማኻሪኻ። { $name } ኣብ መደብካን ኣብ ዝኾነ ዝመጽእ ነገርን ይሕግዘካ።
help-message = ን{ $name } መልእኽቲ ስደድ
help-your-adviser = ውልቃዊ ኣማኻሪኻ
help-no-adviser = ገና ውልቃዊ ኣማኻሪ ኣይተመደበልካን። ጉጅለ ሓልዮት ኣብ ምውጻእ መን ምዃኑ ክነግረካ እዩ።
help-out-of-hours = ካብ ሰዓታት ስራሕ ወጻኢ
help-out-of-hours-about = ጉጅለ ሓልዮት ኣብ ምውጻእ፡ ምሸት፡ ለይትን ቀዳመ-ሰንበትን።
help-out-of-hours-team = ጉጅለ ካብ ሰዓታት ስራሕ ወጻኢ
help-emergency = ኣብ ህጹጽ ኩነታት
help-emergency-about = ሕጂ ኣብ ሓደጋ እንተሃሊኻ፡ ወይ ሰብ እንተተጎዲኡ።
help-advocate = ጠበቓ
help-advocate-about = ጠበቓ ኣብ ጎንኻ እዩ። ዝደለኻዮ ክትዛረብ ይሕግዘካ፡ ከም እትስማዕ ድማ የረጋግጽ። ንጉጅለ ሓልዮት ኣብ ምውጻእ ኣይሰርሕን፡ ብናጻ ድማ እዩ።
help-visit = ናብ { $name } ብጻሕ
help-ask-for-advocate = ብኸመይ ክትረኽብ ከም እትኽእል ንውልቃዊ ኣማኻሪኻ ሕተት፡ ጠበቓ ክህልወካ መሰልካ እዩ።

## Opening a screen

screen-opening = ይኽፈት ኣሎ…
screen-not-here = እዚ ስክሪን ገና ኣብዚ ተሌፎን የለን። ኢንተርነት ምስ ተመልሰ ክኽፈት እዩ።
not-found-title = ገጽ ኣይተረኽበን
not-found-heading = ነዚ ገጽ ክንረኽቦ ኣይከኣልናን
not-found-start = ናብ መጀመርታ ኺድ

## Reading a screen aloud

read-aloud = ብድምጺ ኣንብብ
read-aloud-stop = ምንባብ ኣቋርጽ

## My voice

voice-title = ድምጸይ
voice-lede = ንውልቃዊ ኣማኻሪኻ ነገራት ከመይ ከም ዘለዉ ኣብ ዝደለኻዮ ግዜ ንገሮ። ሲግናል እንተዘይሃለወ እውን ይሰርሕ።
voice-thanks = ስለ ዝነገርካና የቐንየልና።
voice-saved-will-send = ኣብዚ ተሌፎን ተዓቂቡ ኣሎ፡ ኢንተርነት ምስ ረኸብካ ባዕሉ ክለኣኽ እዩ።
voice-sent = ተላኢኹ ኣሎ።
voice-what-to-do = እንታይ ክትገብር ትደሊ?
voice-what-sent = ዝለኣኽክዎ
voice-nothing-yet = ገና ዋላ ሓንቲ የለን።
voice-status-saved = ኣብዚ ተሌፎን ተዓቂቡ — ኢንተርነት ምስ ረኸብካ ክለኣኽ እዩ
voice-status-read-by = { $name } ኣንቢብዎ
voice-status-sent = ተላኢኹ
voice-replied = { $name } መሊሱ፦
voice-read-this = እዚ ብድምጺ ኣንብብ
voice-how-feeling = ከመይ ይስምዓካ ኣሎ?
voice-first-feeling = ቀዳማይ፡ ከመይ ከም ዝስምዓካ
voice-part-of = ክፋል { $part } ካብ { $parts }
voice-last = መወዳእታ፦ ካልእ ነገር
voice-prep-about = ቀጺሉ፡ ሓደ ክፋል መደብካ ብሓደ ግዜ፦ እንታይ ጽቡቕ ይኸይድ ኣሎ፡ እንታይ ኣይከደን፡ እንታይ ክትቕይር ትደሊ። ዝደለኻዮ ክትሓልፍ ትኽእል ኢኻ። ዝጸሓፍካዮ ኣብዚ ተሌፎን ይዕቀብ፡ ምስ ለኣኽካዮ ድማ ምስ መደብካ ናብ ምርመራኻ ይኸይድ።
voice-anything-else = ክትብሎ እትደሊ ካልእ ነገር
voice-call-me = ሓደ ሰብ ክድውለለይ እደሊ
voice-send = ስደድ
voice-skip = ነዚ ክፋል ሕለፎ
voice-next = ዝቕጽል
voice-back = ተመለስ
call-now-label = ኣብ ሓደጋ እንተሃሊኻ
call-now-999 = ሕጂ ኣብ ሓደጋ እንተሃሊኻ፡ ናብ 999 ደውል።
call-now-out-of-hours = ካብ ሰዓታት ስራሕ ወጻኢ፡ ናብ ጉጅለ ሓልዮት ኣብ ምውጻእ ክትድውል ትኽእል ኢኻ፦

## What she can say in My voice

topic-review-ready = ንምርመራይ ምድላው
topic-good-news = ጽቡቕ ዜና ምክፋል
topic-problem = ጸገም ምፍታሕ
topic-feeling = ከመይ ይስምዓኒ
topic-where-i-live = ብዛዕባ ዝነብረሉ ቦታ
topic-something-wrong = ገለ ጸገም ኣሎ
prompt-good-news-what = እንታይ ኮይኑ?
prompt-good-news-who = መን ክፈልጥ እደሊ?
prompt-problem-what = እቲ ጸገም እንታይ እዩ?
prompt-problem-help = እንታይ ክሕግዝ ይኽእል?
prompt-feeling-why = ከምዚ ክስምዓኒ ዝገብር እንታይ እዩ?
prompt-where-i-live-like = ዝነብረሉ ቦታ ከመይ እዩ?
prompt-where-i-live-better = እንታይ ክመሓይሾ ይኽእል?
prompt-something-wrong-what = እንታይ ጸገም ኣሎ?
prompt-something-wrong-where = ሕጂ ኣበይ ኣለኹ?
feeling-great = ኣዝዩ ጽቡቕ
feeling-good = ጽቡቕ
feeling-okay = ደሓን
feeling-sad = ጉሁይ
feeling-worried = ተሻቒለ
feeling-angry = ሓሪቐ
feeling-scared = ፈሪሀ
feeling-unsafe = ውሑስ ኣይኮንኩን

## The parts of her plan

part-contact-and-support = ርክብን ደገፍን
part-contact-and-support-about = ክንደይ ግዜ ንራኸብ ወይ ንዛረብ፡ መን ከም ዝሕግዘካ።
part-education-and-training = ትምህርትን ስልጠናን
part-education-and-training-about = ቤት ትምህርቲ፡ ኮለጅ፡ ዩኒቨርሲቲ ወይ ኮርሳት።
part-work-and-activities = ስራሕን ካልእ ንጥፈታትን
part-work-and-activities-about = ስራሕ፡ ናይ ሞያ ልምምድ፡ ወለንታዊ ስራሕን እትገብሮ ነገራትን።
part-if-things-go-wrong = ነገራት እንተተበላሽዮም
part-if-things-go-wrong-about = እዚ መደብ እንተዘይሰሪሑ እንታይ ይኸውን።
part-where-i-live = ዝነብረሉ ቦታ
part-where-i-live-about = ገዛኻ፡ ንዓኻ ዝሰማማዕ ድዩ።
part-family-and-friends = ስድራን ኣዕሩኽን
part-family-and-friends-about = ግዜ ምስ ስድራ፡ ኣዕሩኽን ንዓኻ ኣገደስቲ ሰባትን።
part-skills-for-living = ብውልቀይ ንምንባር ክእለታት
part-skills-for-living-about = ምኽሻን፡ ሕሳባት፡ ምዕዳግን ገዛ ምክንኻንን።
part-money = ገንዘብ
part-money-about = ገንዘብካ፡ ረድኤታት፡ ሓገዛትን ሓገዝ ኣብ ወጻኢታትን።
part-health-and-wellbeing = ጥዕናን ደሓንነትን
part-health-and-wellbeing-about = ኣካላትካን ኣእምሮኻን፡ መን ከም ዝሕግዘካ።
part-who-i-am = መን ምዃነይ
part-who-i-am-about = ባህልኻ፡ እምነትካ፡ ቋንቋታትካን ካበይ ከም ዝመጻእካን።

## Messages with her adviser

messages-lede = ኣብ ዝደለኻዮ ግዜ ናብ ውልቃዊ ኣማኻሪኻ ጽሓፍ። ሲግናል እንተዘይሃለወ እውን ይሰርሕ፡ ባዕሉ ድማ ይለኣኽ።
messages-notify-offer = { $name } ክምልስ ከሎ ክትፈልጥ ትደሊ ዶ፡ Pathway ዕጹው እንተኾነ እውን?
messages-notify-offer-adviser = ኣማኻሪኻ ክምልስ ከሎ ክትፈልጥ ትደሊ ዶ፡ Pathway ዕጹው እንተኾነ እውን?
messages-notify-button = መልሲ ምስ መጸ ንገረኒ
messages-your-message = መልእኽትኻ
messages-your-reply = መልስኻ
messages-none-yet-hers = ገና መልእኽቲ የለን። ሰላም በል፡ ሕቶ ሕተት፡ ወይ ነገራት ከመይ ከም ዘለዉ ንገሮም።
messages-none-yet = ገና መልእኽቲ የለን።
messages-you = ንስኻ
messages-delivered = በጺሑ
messages-read-by-at = { $name } ሰዓት { $time } ኣንቢብዎ
messages-day-time = { $day }፡ { $time }
notify-label = መፍለጢታት
notify-on = መፍለጢታት ተኸፊቶም ኣለዉ። ሓድሽ ነገር ከም ዘሎ ጥራይ ይነግሩ፡ እንታይ ምዃኑ ፈጺሞም ኣይነግሩን።
notify-unavailable = እዚ ተሌፎን መፍለጢታት ክኸፍት ኣይከኣለን። Pathway ምስ ከፈትካዮ ግን ኩሉ ሓድሽ ነገር የርኢ እዩ።

## Meetings with her adviser

contacts-title = ርክባት
contacts-getting = ርክባትካ ይመጹ ኣለዉ… ኢንተርነት እንተዘየለ፡ ምስ ተመልሰ ክርኣዩ እዮም።
contacts-lede-with = ንስኻን { $name }ን ዝተራኸብኩምሉ ወይ ዝተዛረብኩምሉ ግዜታት፡ { $name } ምሳኻ ዘካፈሎ።
contacts-lede = ንስኻን ውልቃዊ ኣማኻሪኻን ዝተራኸብኩምሉ ወይ ዝተዛረብኩምሉ ግዜታት፡ ኣማኻሪኻ ምሳኻ ዘካፈሎ።
contacts-none-shared = ገና ምሳኻ ዝተኻፈለ ነገር የለን።
contacts-we-agreed = ዝተሰማማዕናሉ፦
contact-home-visit = ኣብ ገዛ ምብጻሕ
contact-other-visit = ካልእ ምብጻሕ
contact-office = ኣብ ቤት ጽሕፈት
contact-phone = ብተሌፎን
contact-video = ብቪድዮ
contact-message = ጽሑፍ መልእኽቲ
contact-email = ኢመይል
contact-tried = ተፈቲኑ — መልሲ የለን

## Where she is signed in

signed-in-title = ኣበይ ኣቲኻ ከም ዘለኻ
signed-in-lede = ብስምካ ዝኣተወ ኩሉ ተሌፎንን ብራውዘርን። ሓደ እንተጠፊኡ ወይ ካልእ ሰብ እንተሒዝዎ፡ ኣውጽኦ፦ ኢንተርነት ምስ ረኸበ Pathway ዝዓቀቦ ኩሉ የጥፍእ።
signed-in-checking = ይረአ ኣሎ…
signed-in-offline = ኢንተርነት የብልካን። ኣበይ ኣቲኻ ከም ዘለኻ ንምርኣይ ምስ ኢንተርነት ተራኸብ።
signed-in-try-again = ደጊምካ ፈትን
signed-in-one-out = { $device } ወጺኡ ኣሎ።
signed-in-others-out =
    { $count ->
        [one] { $count } ካልእ ተሌፎን ወይ ብራውዘር ወጺኡ።
       *[other] { $count } ካልኦት ተሌፎናትን ብራውዘራትን ወጺኦም።
    }
signed-in-all-others = ካብ ኩሉ ካልእ ቦታ ውጻእ
signed-in-all-others-question = ካብ ኩሉ ካልእ ቦታ ክትወጽእ?
signed-in-will-be-lost = ኣብኡ ዝተጻሕፈን ገና ዘይተላእከን ክጠፍእ እዩ። ኣብዚ ኣቲኻ ትጸንሕ።
signed-in-yes = እወ፡ ውጻእ
signed-in-keep = ኣቲዩ ይጽናሕ
signed-in-this-one = ነዚ ትጥቀመሉ ኣለኻ
signed-in-since = ዝኣተወሉ { $since } · ዝተጠቕመሉ { $used }
signed-in-question = { $device } ይውጻእ?
signed-in-sign-out-device = { $device } ኣውጽእ
signed-in-sign-out = ውጻእ
