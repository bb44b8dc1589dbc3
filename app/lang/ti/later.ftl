# ቃላት Pathway ንስክሪናት መንእሰይ፡ ብትግርኛ።
# ብወለዶ ተዛራባይ ክረጋገጽ ኣለዎ።

## People who help me

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

## This phone

phone-title = እዚ ተሌፎን
phone-lede = Pathway ብዘይ ሲግናል ክሰርሕ ኣብዚ ተሌፎን ዝዕቅቦ።
gender-legend = Pathway ብኸመይ ክዛረበኩም ትደልዩ?
gender-about = ኣብ ቋንቋኹም ገለ ቃላት ንጓል ወይ ንወዲ ይፈላለዩ። ዝሰማማዕኩም ምረጹ። ኣብ ስክሪናትኩም ዘለዉ ቃላት ጥራይ እዮም ዝቕየሩ።
gender-feminine = ከም ንጓል
gender-masculine = ከም ንወዲ
gender-neutral = ኣይመርጽን፡ ክልቲኡ ኣርኢ
gender-changing = Pathway ዝዛረበሉ መንገዲ ይቕየር ኣሎ…
phone-waiting = ክለኣኽ ዝጽበ
phone-safe-here =
    { $count ->
        [one] ኣብዚ ተሌፎን ብሰላም ኣሎ።
       *[other] ኣብዚ ተሌፎን ብሰላም ኣለዉ።
    }
phone-nothing-waiting = ዝጽበ የለን፦ ኩሉ ተላኢኹ እዩ።
phone-refused =
    { $count ->
        [one] { $count } ለውጢ ክዕቀብ ኣይከኣለን። እቲ ዝምልከቶ ገጽ ስለምንታይ ይነግር።
       *[other] { $count } ለውጥታት ክዕቀቡ ኣይከኣሉን። እቶም ዝምልከቶም ገጻት ስለምንታይ ይነግሩ።
    }
phone-send-now = ሕጂ ስደድ
phone-kept = ኣብዚ ተሌፎን ዝተዓቀበ
phone-kept-yours = ትልምኻ፣ ዕላማታትካ፣ መልእኽትታትካን ርክባትካን
phone-kept-theirs = መዛግብቲ እቶም ምሳኻ ዝሰርሑ መንእሰያት
phone-records =
    { $count ->
        [one] { $count } መዝገብ · { $size }
       *[other] { $count } መዛግብቲ · { $size }
    }
phone-your-changes = ክለኣኹ ዝጽበዩ ለውጥታትካ
phone-none = የለን
phone-everything = Pathway ኣብዚ ዝዕቅቦ ኩሉ
phone-set-aside =
    { $count ->
        [one] Pathway ድሕሪ ምሕዳስ ከንብቦ ዘይከኣለ { $count } ዝተዓቀበ ቅዳሕ ንጎኒ ተቐሚጡ ኣሎ ({ $size })። ኣብኡ ዝነበረ ለውጢ ተመሊሱ እዩ።
       *[other] Pathway ድሕሪ ምሕዳስ ከንብቦም ዘይከኣለ { $count } ዝተዓቀቡ ቅዳሓት ንጎኒ ተቐሚጦም ኣለዉ ({ $size })። ኣብኦም ዝነበሩ ለውጥታት ተመሊሶም እዮም።
    }
phone-others-waiting = ካልእ ሰብ ኣብዚ ተሌፎን Pathway ዝተጠቐመ ክለኣኹ ዝጽበዩ ለውጥታት ኣለውዎ። እቲ ሰብ ደጊሙ ምስ ኣተወ ክለኣኹ እዮም፤ ካልእ ሰብ ክርእዮም ኣይክእልን።
phone-signing-out = ምውጻእ
phone-signing-out-about = ምውጻእ ናትካ ኩሉ ካብዚ ተሌፎን የልግሶ። ካልኦት ሰባት እንተ ተጠቒሞምሉ ውጻእ።
phone-see-signed-in = ኣበይ ኣቲኻ ከም ዘለኻ ርአ
phone-lost-phone = { " " }— ዝጠፍኣካ ተሌፎን እውን ኣውጽእ።

## My goals (the Bees' names are in first.ftl)

goals-title = ዕላማታተይ
goals-bee-heading = { $bee }
goals-happy-about = ጽቡቕ ምስማዕ፣ ምዝናይ፣ ዝሓልዩልካ ሰባት።
goals-healthy-about = ንኣካልካን ንኣእምሮኻን ምክንኻን።
goals-safe-about = ኣብ እትነብረሉ ቦታን ምስ ከባቢኻ ሰባትን ውሑስ ምዃን።
goals-resilient-about = ነገራት ክኸብዱ ከለዉ ምጽዋር፣ ከምኡ እውን ተመሊስካ ምትንሳእ።
goals-ambitious-about = ትምህርቲ፣ ስራሕን ክትገብሮም እትደሊ ነገራትን።
goals-independent-about = ንህይወትካ ባዕልኻ ምምራሕ፦ ገዛ፣ ገንዘብን መዓልታዊ ክእለታትን።
goals-scale-not-started = ኣይጀመረን
goals-scale-starting = ጀሚሩ
goals-scale-getting-there = ኣብ መንገዲ
goals-scale-nearly-there = ቀሪቡ
goals-scale-done-it = ተፈጺሙ
goals-cell-empty = { $bee }: ገና ዕላማ የለን
goals-cell = { $bee }: { $percent } ሚእታዊት ናይ እቲ መንገዲ
goals-progress-yours = ምዕባለኻ። { $cells }።
goals-progress-of = ምዕባለ { $name }። { $cells }።
goals-progress-theirs = ምዕባለኦም። { $cells }።
goals-cells-fill-yours = ዕላማታትካ ኣብቲ ክፋል ክሰጉሙ ከለዉ ነፍሲ ወከፍ ክፍሊ ይመልእ።
goals-cells-fill-of = ዕላማታት { $name } ኣብቲ ክፋል ክሰጉሙ ከለዉ ነፍሲ ወከፍ ክፍሊ ይመልእ።
goals-cells-fill-theirs = ዕላማታቶም ኣብቲ ክፋል ክሰጉሙ ከለዉ ነፍሲ ወከፍ ክፍሊ ይመልእ።
goals-add = ዕላማ ወስኽ
goals-none-yours = ገና ኣብዚ ዕላማ የለን። ሓደ ክትውስኽ ትኽእል ኢኻ።
goals-your-adviser = ውልቃዊ ኣማኻሪኻ
goals-a-suggestion = ዝተሓበረ ዕላማ
goals-suggested = { $name } ንኣብ { $bee } ዕላማ ሓቢሩ፦
goals-make-mine = ዕላማይ ግበሮ
goals-no-thanks = የለን፣ የቐንየለይ
goals-not-rated = ገና ኣይተገምገመን
goals-how-its-going = ከመይ ይኸይድ ኣሎ፦ { $words }
goals-by-day = { " " }· ክሳብ { $day }
goals-did-it = ገይርካዮ፦ «{ $goal }»!
goals-every-step = ኩሉ ስጉምትታት ተፈጺሙ። ብሩኽ!
goals-a-step = ሓደ ስጉምቲ ተፈጺሙ። ጽቡቕ!
goals-from = ካብ { $name }፦
goals-rate = ከመይ ይኸይድ ኣሎ?
goals-choose-rate = ከመይ ይኸይድ ከም ዘሎ ምረጽ
goals-note = መዘኻኸሪ (እንተ ደሊኻ)
goals-save-rating = ከመይ ይኸይድ ከም ዘሎ ዓቅብ
goals-change-words = ቃላት ቀይር
goals-of = ናይ { $goal }
goals-in-your-words = እቲ ዕላማ፣ ብቃላትካ
goals-save = ዓቅብ
goals-cancel = ሰርዝ
goals-chart = ምዕባለ ብግዜ፦ { $ratings }።
goals-chart-rating = { $words } ኣብ { $day }
goals-chart-advisers-rating = { $words } ኣብ { $day } (ገምጋም ኣማኻሪ)
goals-choose-bee = ናበየናይ ክፋል ከም ዝምልከት ምረጽ።
goals-write-it = ነቲ ዕላማ ብውሑዳት ቃላት ጽሐፎ።
goals-your-goal = ዕላማኻ፣ ብቃላትካ
goals-which-bee = የናይ ክፋል?
goals-choose = ምረጽ…
goals-steps = ንኣሽቱ ስጉምትታት (ነፍሲ ወከፍ ኣብ ሓደ መስመር፣ እንተ ደሊኻ)
goals-by = ክሳብ መዓስ (እንተ ደሊኻ)

## My plan (the parts' names are in "The parts of her plan" above)

plan-title = ትልመይ
plan-not-found = ነዚ ትልሚ ክንረኽቦ ኣይከኣልናን
plan-not-found-why = ኣብ ዝርዝርካ ዘየለ ሰብ ክኸውን ይኽእል።
plan-getting = ትልሚ ይመጽእ ኣሎ… ካብ መስመር ወጻኢ እንተ ኾንካ፣ ናብ መስመር ምስ ተመለስካ ክርአ እዩ።
plan-two-places =
    { $count ->
        [one] { $count } ክፋል ናይዚ ትልሚ ኣብ ክልተ ቦታ ተቐይሩ። ክልቲኦም ቅዳሓት ተዓቂቦም ኣለዉ፦ ኣየናይ ከም ዝዕቀብ ምረጽ።
       *[other] { $count } ክፋላት ናይዚ ትልሚ ኣብ ክልተ ቦታ ተቐይሮም። ክልቲኦም ቅዳሓት ተዓቂቦም ኣለዉ፦ ኣየናይ ከም ዝዕቀብ ምረጽ።
    }
plan-my-adviser = ውልቃዊ ኣማኻሪየይ
plan-not-named = ገና ኣይተሰምየን
plan-next-catch-up = ዝቕጽል ርክብ
plan-next-review = ዝቕጽል ገምጋም ትልሚ
plan-asked-for-on = ኣብ { $day } ተሓቲቱ
plan-after-the-move = { $day } (ድሕሪ ምግዓዝ ኣብ { $moved })
plan-not-set = ገና ኣይተወሰነን
plan-whats-next = ቀጺሉ እንታይ
plan-nothing-left = ሕጂ ኣብዚ ትልሚ ዝተረፈ የለን።
plan-by = ክሳብ
plan-more-below =
    { $count ->
        [one] ካልእ { $count } ኣብ ታሕቲ ዘለዉ ክፋላት።
       *[other] ካልኦት { $count } ኣብ ታሕቲ ዘለዉ ክፋላት።
    }
plan-who-not-said = መን፦ ገና ኣይተባህለን
plan-who = መን፦ { $who }
plan-you-first = ንስኻ
plan-you = ንስኻ
plan-ticked-off = ብ { $who } ተፈጺሙ
plan-ticked-off-on = ብ { $who } ኣብ { $day } ሰዓት { $time } ተፈጺሙ
plan-done-label = ተፈጺሙ፦
plan-to-do-label = ዝግበር፦
plan-done-cheer = ጽቡቕ — ተፈጺሙ!
plan-nothing-planned = ዝተወጠነ የለን
plan-all-done = ኩሉ ተፈጺሙ
plan-to-do = { $count } ዝግበሩ
plan-your-words-here = ቃላትካ ኣብዚ ኣለዉ
plan-add-your-words = ቃላትካ ወስኽ
plan-two-versions = ዝምረጹ ክልተ ቅዳሓት
plan-changed-since = ካብ ቅዳሕ { $number } ጀሚሩ ተቐይሩ
plan-no-changes = ካብ ቅዳሕ { $number } ጀሚሩ ለውጢ የለን።
plan-whats-planned = እንታይ ተወጢኑ
plan-nothing-planned-here = ገና ኣብዚ ዝተወጠነ የለን።
plan-what-i-think = ዝሓስቦ
plan-no-thoughts = ገና ሓሳባትካ ኣብዚ ኣይወሰኽካን።
plan-saved-not-sent = ኣብዚ ተሌፎን ተዓቂቡ፣ ገና ኣይተላእከን
plan-add-what-i-think = ዝሓስቦ ወስኽ
plan-change-words = ነዞም ቃላት ቀይሮም
plan-about-part = ብዛዕባ { $part }
plan-for-my-review = ንዝቕጽል ገምጋመይ
plan-save = ዓቅብ
plan-cancel = ሰርዝ
plan-saving-keeps = ምዕቃብ ብኡንብኡ ኣብዚ ተሌፎን የቐምጦ፤ ሲግናል ምስ ዝህሉ ይለኣኽ።
plan-reviews-mine = ገምጋማት ትልመይ
plan-you-asked = ኣብ { $day } ገምጋም ሓቲትካ። ውልቃዊ ኣማኻሪኻ ተሓቢሩ — ዝሓተትካዮ ገምጋም ክንጸግ ኣይክእልን።
plan-review-recorded = እዚ ገምጋም ኣብዚ ተሌፎን ተመዝጊቡ ኣሎ። ምስ ተላእከ ዝቕጽል ቅዳሕ ናይቲ ትልሚ ይኸውን።
plan-review-getting-ready = ዝቕጽል ገምጋምካ ይዳሎ ኣሎ።
plan-review-marked = ካብ ቅዳሕ { $number } ጀሚሩ ዝተቐየረ ኣብ ነፍሲ ወከፍ ክፋል ታሕቲ ተመልኪቱ ኣሎ።
plan-every-six-months = ትልምኻ ብውሑዱ ኣብ ሽዱሽተ ወርሒ ሓንሳብ ደጊሙ ይርአ። ኣብ ዝኾነ ግዜ ገምጋም ክትሓትት ትኽእል ኢኻ፣ ክንጸግ ድማ ኣይክእልን።
plan-ask-review = ገምጋም ሕተት
plan-review-why = ብዛዕባ እንታይ ክትዛረብ ትደሊ? (ክትነግር ኣየድልየካን።)
plan-ask-my-review = ገምጋመይ ሕተት
plan-every-version = ኩሎም ቅዳሓት ትልመይ
plan-reviewed-agree = ትልምኻ ኣብ { $day } ተገምጊሙ። ትሰማምዓሉ ዶ?
plan-read-and-answer = ቅዳሕ { $number } ኣንብብ ምለስ
plan-read-version = ቅዳሕ { $number } ኣንብብ
plan-you-agree = ቅዳሕ { $number }፣ ኣብ { $day } ዝተገምገመ፦ ትሰማምዓሉ ኢኻ።
plan-you-disagree = ምስ ቅዳሕ { $number } ኣይትሰማማዕን ኢኻ (ኣብ { $day } ዝተገምገመ)።
plan-kept-on-plan = እዚ ኣብ ትልምኻ ይዕቀብ፣ ትልምኻ ዘንብብ ኩሉ ድማ ይርእዮ።

## Versions of her plan, and two versions side by side (and of the same words)

plan-back-to-mine = ← ትልመይ
plan-back-to-versions = ← ኩሎም ቅዳሓት
plan-versions-lede = ነፍሲ ወከፍ ገምጋም ሓድሽ ቅዳሕ ይገብር። ቅዳሓት ከም ዝተሰማምዕሉ ይዕቀቡ፣ ፈጺሞም ድማ ኣይቕየሩን።
plan-no-versions = ገና ቅዳሕ የለን፦ እቲ ቀዳማይ ኣብ ቀዳማይ ገምጋምካ ኣብ Pathway ይግበር።
plan-version = ቅዳሕ { $number }
plan-reviewed-on = ኣብ { $day } ተገምጊሙ
plan-not-said-yet = ትሰማማዕ እንተ ኾንካ ገና ኣይበልካን
plan-agree-with-version = ምስዚ ቅዳሕ ትሰማማዕ ኢኻ
plan-disagree-with-version = ምስዚ ቅዳሕ ኣይትሰማማዕን ኢኻ
plan-compare-two = ክልተ ቅዳሓት ኣወዳድር
plan-earlier-version = ዝቐደመ ቅዳሕ
plan-later-version = ዝደሓረ ቅዳሕ
plan-compare-side-by-side = ጎኒ ንጎኒ ኣወዳድር
plan-version-not-found = ነዚ ቅዳሕ ክንረኽቦ ኣይከኣልናን
plan-version-not-found-why = ካብ መስመር ወጻኢ እንተ ኾንካ፣ እዚ ተሌፎን ምስ ተሓደሰ ክርአ እዩ።
plan-see-every-version = ኩሎም ቅዳሓት ርአ
plan-my-version = ትልመይ — ቅዳሕ { $number }
plan-compare-before = ምስቲ ዝቐደመ ኣወዳድር →
plan-fact-name = ስም
plan-fact-reviewed-on = ዝተገምገመሉ ዕለት
plan-fact-who-took-part = መን ተሳቲፉ
plan-not-written-down = ኣይተጻሕፈን
plan-fact-how-you-took-part = ብኸመይ ተሳቲፍካ
plan-fact-why-not = ስለምንታይ ኣይፋል
plan-fact-next-review = ዝቕጽል ገምጋም
plan-fact-written-by = ዝጸሓፎ
plan-print = ሕተም ወይ ከም PDF ዓቅብ
plan-agreement = ስምምዕ
plan-agreed-on = ኣብ { $day } ተሰማሚዕካ
plan-disagreed-on = ኣብ { $day } ኣይተሰማማዕካን
plan-agreed-not-sent = ተሰማሚዕካ (ኣብዚ ተሌፎን ተዓቂቡ፣ ገና ኣይተላእከን)
plan-disagreed-not-sent = ኣይተሰማማዕካን (ኣብዚ ተሌፎን ተዓቂቡ፣ ገና ኣይተላእከን)
plan-earlier-answer = (ዝቐደመ መልሲ)
plan-answer-choose = «እሰማማዕ» ወይ «ኣይሰማማዕን» ምረጽ።
plan-answer-say-why = ስለምንታይ ከም ዘይትሰማማዕ ንገር፣ ምእንቲ ክጽሓፍ።
plan-change-answer = መልሰይ ቀይር
plan-do-you-agree = ምስዚ ቅዳሕ ትልምኻ ትሰማማዕ ዶ?
plan-i-agree = እሰማማዕ
plan-i-dont-agree = ኣይሰማማዕን
plan-why-not-agree = ስለምንታይ ዘይትሰማማዕ? ምኽንያታትካ ኣብ ትልምኻ ይዕቀቡ።
plan-anything-to-add = ክትውስኾ እትደሊ ኣሎ ዶ? (ግድን ኣይኮነን።)
plan-send-answer = መልሰይ ስደድ
plan-answer-saved = መልስኻ ብኡንብኡ ኣብዚ ተሌፎን ይዕቀብ፣ ሲግናል ምስ ዝህሉ ድማ ይለኣኽ።
plan-versions-not-found = ነዞም ቅዳሓት ክንረኽቦም ኣይከኣልናን
plan-version-and-version = ቅዳሕ { $left } ን ቅዳሕ { $right } ን
plan-things-changed =
    { $count ->
        [0] ኣብ መንጎ እዞም ቅዳሓት ኣብቲ ትልሚ ዝተቐየረ የለን።
        [one] { $count } ነገር ተቐይሩ። ነፍሲ ወከፍ ለውጢ ተሰምዩ ኣሎ፦ ተወሲኹ፣ ተኣልዩ ወይ ተቐይሩ።
       *[other] { $count } ነገራት ተቐይሮም። ነፍሲ ወከፍ ለውጢ ተሰምዩ ኣሎ፦ ተወሲኹ፣ ተኣልዩ ወይ ተቐይሩ።
    }
plan-action-done = { $what } (ተፈጺሙ)
plan-changes =
    { $count ->
        [0] ለውጢ የለን
        [one] { $count } ለውጢ
       *[other] { $count } ለውጥታት
    }
plan-nothing-in-either = ኣብ ክልቲኦም ቅዳሓት ዝተጻሕፈ የለን።
plan-change-column = ለውጢ
plan-nothing-planned-in-version = ኣብዚ ዝተወጠነ የለን።
plan-nothing-written-in-version = ኣብዚ ዝተጻሕፈ የለን።
plan-done = ተፈጺሙ
plan-to-do-state = ዝግበር
took-part-came-and-spoke = መጺእካ ባዕልኻ ተዛሪብካ
took-part-with-advocate = መጺእካ፣ ተጣባቒ ድማ ኣብ ክንዳኻ ተዛሪቡ
took-part-sent-views = ርእይቶታትካ ብጽሑፍ ወይ ብኣፕ ሰዲድካ
took-part-did-not = ኣይተሳተፍካን
change-none = ለውጢ የለን
change-added = ተወሲኹ
change-removed = ተኣልዩ
change-changed = ተቐይሩ
change-now-done = ሕጂ ተፈጺሙ
change-no-longer-done = ድሕሪ ሕጂ ኣይተፈጸመን
change-who = መን፦ { $before } → { $after }
change-no-date = ዕለት የለን
change-by-when = ክሳብ መዓስ፦ { $before } → { $after }
two-versions-words = እዞም ቃላት
two-versions-what = እንታይ ክግበር
two-versions-who = መን ይገብሮ
two-versions-by-when = ክሳብ መዓስ
two-versions-done = ተፈጺሙ እንተ ኾይኑ
two-versions-this = እዚ
two-versions-of = ክልተ ቅዳሓት ናይ { $what }
two-versions-changed = ኣብ ክልተ ቦታ ተቐይሩ፦ { $what }።
two-versions-nothing-lost = ዝጠፍአ የለን — ኣየናይ ከም ዝዕቀብ ምረጽ።
two-versions-first = ቅዳሕ 1 (ሕጂ ዝርአ)
two-versions-second = ቅዳሕ 2፣ ብ { $name }
two-versions-keep-first = ቅዳሕ 1 ዓቅብ
two-versions-keep-second = ቅዳሕ 2 ዓቅብ
two-versions-combine = ኣጠርንፎም

## What's written about me (its title is in first.ftl)

written-getting = ብዛዕባኻ ዝተጻሕፈ ኩሉ ይመጽእ ኣሎ…
written-offline = ካብ መስመር ወጻኢ ኢኻ። እዚ ካብ መዛግብቲ Pathway ብቐጥታ ይመጽእ፣ ካብቲ ኣብዚ ተሌፎን ዘሎ ጥራይ ኣይኮነን፣ ስለዚ መስመር የድልዮ። ናብ መስመር ምስ ተመለስካ ደጊምካ ፈትን።
written-try-again = ደጊምካ ፈትን
written-about-name = ብዛዕባ { $name } ዝተጻሕፈ
written-lede = Pathway ብዛዕባኻ ዝዕቅቦ ኩሉ፣ ኣብ { $day } ዝተኣከበ።
written-staff-notes-about = ገለ መዘኻኸሪታት ነቶም ዝድግፉኻ ሰራሕተኛታት ጥራይ እዮም። ምንም ከይተሓብኣካ ምስ ዕለታቶም ኣብ መወዳእታ ተዘርዚሮም ኣለዉ። ብዛዕባ ዝኾነ ካብኣቶም ንውልቃዊ ኣማኻሪኻ ክትሓትት ትኽእል ኢኻ።
written-download-page = ከም ገጽ መርበብ ኣውርዶ
written-download-file = ንኻልኦት ኣፕታት ከም ፋይል ኣውርዶ
written-about-me = ብዛዕባይ
written-date-of-birth = ዕለት ልደት
written-plan-now = ትልመይ ሕጂ
written-versions = ቅዳሓት ትልመይ
written-none-yet = ገና የለን።
written-version-reviewed = ቅዳሕ { $number }፣ ኣብ { $day } ዝተገምገመ
written-you-agreed-on = ኣብ { $day } ተሰማሚዕካ
written-you-disagreed-on = ኣብ { $day } ኣይተሰማማዕካን
written-you-agreed = ተሰማሚዕካ
written-you-disagreed = ኣይተሰማማዕካን
written-review-getting-ready = ገምጋም ይዳሎ ኣሎ።
written-review-getting-ready-for = ንኣብ { $day } ገምጋም ይዳሎ ኣሎ።
written-asked-for = ዝሓተትክዎም ገምጋማት
written-a-suggestion = (ሓሳብ)
written-you-said-no = (ኣይፋል ኢልካ)
written-rating = { $day }፦ { $words } — ብ { $name }
written-note = { $name } ጸሓፈ፦ «{ $text }»
written-contacts = ምሳይ ዝተኻፈሉ መዘኻኸሪታት ርክብ
written-written-by = (ብ { $name } ዝተጻሕፈ)
written-feeling = ስምዒት፦ { $feeling }
written-asked-call = ሓደ ሰብ ክድውለልካ ሓቲትካ።
written-read-by-on = { $name } ኣብ { $day } ኣንቢቡ
written-replied = { $name } መለሰ፦ «{ $text }»
written-who-opened = መዛግብትኻ መን ከፊቱ
written-who-opened-about = መዛግብትኻ ዝኸፈተ ወይ ዝጸሓፈ ነፍሲ ወከፍ ሰራሕተኛ፣ እቲ ሓድሽ ቅድሚት።
written-staff-only = ሰራሕተኛታት ጥራይ ዘንብብዎም መዘኻኸሪታት
written-staff-contact = መዘከር ርክብ ({ $how }) ብ { $name } ዝተጻሕፈ
written-staff-contact-unread = መዘከር ርክብ
written-staff-national-count = ንዓመታዊ ቆጸራ መንግስቲ ናይ ካብ ክንክን ዝወጹ መንእሰያት ዝኸውን ሓበሬታ
written-there-are-none = የለዉን።
looked-none-yours = ገና ዝኾነ ሰራሕተኛ መዛግብትኻ ኣይከፈተን።
looked-show-all = ኩሉ ኣርኢ ({ $count })
looked-line = { $name } ({ $role }) { $what } — { $day } ሰዓት { $time }
looked-opened-plan = ትልምኻ ከፊቱ
looked-opened-contacts = መዘኻኸሪታት ርክብካ ከፊቱ
looked-opened-goals = ዕላማታትካ ከፊቱ
looked-opened-versions = ቅዳሓት ትልምኻ ከፊቱ
looked-wrote = ኣብ መዛግብትኻ ጸሒፉ
role-personal-adviser = ውልቃዊ ኣማኻሪ
role-team-manager = ኣካያዲ ጉጅለ
role-head-of-service = ሓላፊ ኣገልግሎት
role-young-person = መንእሰይ

## A change the server would not keep (its reason comes from the server)

refused-not-saved = ሓደ ለውጢ ኣይተዓቀበን።
refused-ok = ሕራይ
refusal-not-found = እዚ ደጊም ኣብዚ የለን፣ ወይ ንስኹም ክትቅይርዎ ኣይትኽእሉን።
refusal-removed = ለውጥኹም ቅድሚ ምብጻሑ ተኣልዩ ነይሩ።
refusal-advisers-to-change = ነዚ ክቕይሮ ዝኽእል ውልቃዊ ኣማኻሪኹም ጥራይ እዩ። ብዛዕባኡ ሓሳብኩም ኣብ መደብኩም ክትገልጹ ትኽእሉ ኢኹም።
refusal-written-down = እዚ ተጻሒፉ እዩ፣ ስለዚ ክቕየር ኣይክእልን።
refusal-not-written-down-yet = እዚ ግምገማ ገና ኣይተጻሕፈን፣ ስለዚ ገና ዝስማምዕሉ የለን።
refusal-not-kept = Pathway ነዚ ከም ዝተጻሕፎ ክዕቅቦ ኣይከኣለን። ኣረጋግጹዎ እሞ እንደገና ፈትኑ።
refusal-already-dealt-with = እዚ ለውጢ ድሮ ተታሒዙ እዩ።
refusal-not-allowed = ነዚ ለውጢ ክትገብርዎ ኣይትኽእሉን።

## Where she signed in: browsers and systems keep their names

device-on = { $browser } ኣብ { $system }
device-a-browser = መርበብ ሓበሬታ መርኣዪ
device-a-mac = Mac
device-a-chromebook = Chromebook
