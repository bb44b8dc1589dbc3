# ቃላት Pathway ንስክሪናት መንእሰይ፡ ብትግርኛ።
# ብወለዶ ተዛራባይ ክረጋገጽ ኣለዎ።

## People who help me

help-getting-details = ሓበሬታኹም ይመጽእ ኣሎ… ኢንተርነት እንተዘየለ፡ ምስ ተመልሰ ክርአ እዩ።
help-adviser-about = ውልቃዊ ኣማኻሪኹም። ኣብ ትልምኹምን ኣብ ዝኾነ ዝመጽእ ነገርን ካብ { $name } ሓገዝ ትረኽቡ።
help-message = ን{ $name } መልእኽቲ ስደዱ
help-your-adviser = ውልቃዊ ኣማኻሪኹም
help-no-adviser = ገና ውልቃዊ ኣማኻሪ ኣይተመደበልኩምን። ጉጅለ ሓልዮት ኣብ ምውጻእ መን ምዃኑ ክነግረኩም እዩ።
help-out-of-hours = ካብ ሰዓታት ስራሕ ወጻኢ
help-out-of-hours-about = ጉጅለ ሓልዮት ኣብ ምውጻእ፡ ምሸት፡ ለይትን ቀዳመ-ሰንበትን።
help-out-of-hours-team = ጉጅለ ካብ ሰዓታት ስራሕ ወጻኢ
help-emergency = ኣብ ህጹጽ ኩነታት
help-emergency-about = ሕጂ ኣብ ሓደጋ እንተሃሊኹም፡ ወይ ሰብ እንተተጎዲኡ።
help-advocate = ጠበቓ
help-advocate-about = ጠበቓ ኣብ ጎንኹም እዩ። ዝደለኹምዎ ክትዛረቡ ይሕግዘኩም፡ ከም እትስምዑ ድማ የረጋግጽ። ንጉጅለ ሓልዮት ኣብ ምውጻእ ኣይሰርሕን፡ ብናጻ ድማ እዩ።
help-visit = ናብ { $name } ብጽሑ
help-ask-for-advocate = ብኸመይ ክትረኽቡ ከም እትኽእሉ ንውልቃዊ ኣማኻሪኹም ሕተቱ፡ ጠበቓ ክህልወኩም መሰልኩም እዩ።

## My voice

voice-title = ድምጸይ
voice-lede = ንውልቃዊ ኣማኻሪኹም ነገራት ከመይ ከም ዘለዉ ኣብ ዝደለኹምዎ ግዜ ንገርዎ። ሲግናል እንተዘይሃለወ እውን ይሰርሕ።
voice-thanks = ስለ ዝነገርኩምና የቐንየልና።
voice-saved-will-send = ኣብዚ ተሌፎን ተዓቂቡ ኣሎ፡ ኢንተርነት ምስ ረኸብኩም ባዕሉ ክለኣኽ እዩ።
voice-sent = ተላኢኹ ኣሎ።
voice-what-to-do = እንታይ ክትገብሩ ትደልዩ?
voice-what-sent = ዝለኣኽክዎ
voice-nothing-yet = ገና ዋላ ሓንቲ የለን።
voice-status-saved = ኣብዚ ተሌፎን ተዓቂቡ — ኢንተርነት ምስ ረኸብኩም ክለኣኽ እዩ
voice-status-read-by = ብ{ $name } ተነቢቡ
voice-status-sent = ተላኢኹ
voice-replied = መልሲ ካብ { $name }፦
voice-read-this = እዚ ብድምጺ ኣንብቡ
voice-how-feeling = ከመይ ይስምዓኩም ኣሎ?
voice-first-feeling = ቀዳማይ፡ ከመይ ከም ዝስምዓኩም
voice-part-of = ክፋል { $part } ካብ { $parts }
voice-last = መወዳእታ፦ ካልእ ነገር
voice-prep-about = ቀጺሉ፡ ሓደ ክፋል ትልምኹም ብሓደ ግዜ፦ እንታይ ጽቡቕ ይኸይድ ኣሎ፡ እንታይ ኣይከደን፡ እንታይ ክትቕይሩ ትደልዩ። ዝደለኹምዎ ክትሓልፉ ትኽእሉ ኢኹም። ዝጸሓፍኩምዎ ኣብዚ ተሌፎን ይዕቀብ፡ ምስ ለኣኽኩምዎ ድማ ምስ ትልምኹም ናብ ገምጋምኩም ይኸይድ።
voice-anything-else = ክትብልዎ እትደልዩ ካልእ ነገር
voice-call-me = ሓደ ሰብ ክድውለለይ እደሊ
voice-send = ስደዱ
voice-skip = ነዚ ክፋል ሕለፍዎ
voice-next = ዝቕጽል
voice-back = ተመለሱ
call-now-label = ኣብ ሓደጋ እንተሃሊኹም
call-now-999 = ሕጂ ኣብ ሓደጋ እንተሃሊኹም፡ ናብ 999 ደውሉ።
call-now-out-of-hours = ካብ ሰዓታት ስራሕ ወጻኢ፡ ናብ ጉጅለ ሓልዮት ኣብ ምውጻእ ክትድውሉ ትኽእሉ ኢኹም፦

## What she can say in My voice

topic-review-ready = ንገምጋመይ ምድላው
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
feeling-sad = ጒሂየ
feeling-worried = ተሻቒለ
feeling-angry = ሓሪቐ
feeling-scared = ፈሪሀ
feeling-unsafe = ድሕንነት ኣይስምዓንን

## The parts of her plan

part-contact-and-support = ርክብን ደገፍን
part-contact-and-support-about = ክንደይ ግዜ ንራኸብ ወይ ንዛረብ፡ መን ከም ዝሕግዘኩም።
part-education-and-training = ትምህርትን ስልጠናን
part-education-and-training-about = ቤት ትምህርቲ፡ ኮለጅ፡ ዩኒቨርሲቲ ወይ ኮርሳት።
part-work-and-activities = ስራሕን ካልእ ንጥፈታትን
part-work-and-activities-about = ስራሕ፡ ናይ ሞያ ልምምድ፡ ወለንታዊ ስራሕን እትገብርዎ ነገራትን።
part-if-things-go-wrong = ነገራት እንተተበላሽዮም
part-if-things-go-wrong-about = እዚ ትልሚ እንተዘይሰሪሑ እንታይ ይኸውን።
part-where-i-live = ዝነብረሉ ቦታ
part-where-i-live-about = ገዛኹም፡ ንዓኹም ዝሰማማዕ ድዩ።
part-family-and-friends = ስድራን ኣዕሩኽን
part-family-and-friends-about = ግዜ ምስ ስድራ፡ ኣዕሩኽን ንዓኹም ኣገደስቲ ሰባትን።
part-skills-for-living = ብውልቀይ ንምንባር ክእለታት
part-skills-for-living-about = ምኽሻን፡ ሕሳባት፡ ምዕዳግን ገዛ ምክንኻንን።
part-money = ገንዘብ
part-money-about = ገንዘብኩም፡ ረድኤታት፡ ሓገዛትን ሓገዝ ኣብ ወጻኢታትን።
part-health-and-wellbeing = ጥዕናን ደሓንነትን
part-health-and-wellbeing-about = ኣካላትኩምን ኣእምሮኹምን፡ መን ከም ዝሕግዘኩም።
part-who-i-am = መን ምዃነይ
part-who-i-am-about = ባህልኹም፡ እምነትኩም፡ ቋንቋታትኩምን ካበይ ከም ዝመጻእኩምን።

## Messages with her adviser

messages-lede = ኣብ ዝደለኹምዎ ግዜ ናብ ውልቃዊ ኣማኻሪኹም ጽሓፉ። ሲግናል እንተዘይሃለወ እውን ይሰርሕ፡ ባዕሉ ድማ ይለኣኽ።
messages-notify-offer = ካብ { $name } መልሲ ምስ መጸ ክትፈልጡ ትደልዩ ዶ፡ Pathway ዕጹው እንተኾነ እውን?
messages-notify-offer-adviser = ካብ ኣማኻሪኹም መልሲ ምስ መጸ ክትፈልጡ ትደልዩ ዶ፡ Pathway ዕጹው እንተኾነ እውን?
messages-notify-button = መልሲ ምስ መጸ ንገረኒ
messages-your-message = መልእኽትኹም
messages-your-reply = መልስኹም
messages-none-yet-hers = ገና መልእኽቲ የለን። ሰላም በሉ፡ ሕቶ ሕተቱ፡ ወይ ነገራት ከመይ ከም ዘለዉ ንገርዎም።
messages-none-yet = ገና መልእኽቲ የለን።
messages-you = ንስኹም
messages-delivered = በጺሑ
messages-read-by-at = ብ{ $name } ሰዓት { $time } ተነቢቡ
messages-day-time = { $day }፡ { $time }
notify-label = መፍለጢታት
notify-on = መፍለጢታት ተኸፊቶም ኣለዉ። ሓድሽ ነገር ከም ዘሎ ጥራይ ይነግሩ፡ እንታይ ምዃኑ ፈጺሞም ኣይነግሩን።
notify-unavailable = እዚ ተሌፎን መፍለጢታት ክኸፍት ኣይከኣለን። Pathway ምስ ከፈትኩምዎ ግን ኩሉ ሓድሽ ነገር የርኢ እዩ።

## Meetings with her adviser

contacts-title = ርክባት
contacts-getting = ርክባትኩም ይመጹ ኣለዉ… ኢንተርነት እንተዘየለ፡ ምስ ተመልሰ ክርኣዩ እዮም።
contacts-lede-with = ንስኹምን { $name }ን ዝተራኸብኩምሉ ወይ ዝተዛረብኩምሉ ግዜታት፡ ብ{ $name } ምሳኹም ዝተኻፈለ።
contacts-lede = ንስኹምን ውልቃዊ ኣማኻሪኹምን ዝተራኸብኩምሉ ወይ ዝተዛረብኩምሉ ግዜታት፡ ብኣማኻሪኹም ምሳኹም ዝተኻፈለ።
contacts-none-shared = ገና ምሳኹም ዝተኻፈለ ነገር የለን።
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

signed-in-title = ኣበይ ኣቲኹም ከም ዘለኹም
signed-in-lede = ብስምኩም ዝኣተወ ኩሉ ተሌፎንን ብራውዘርን። ሓደ እንተጠፊኡ ወይ ካልእ ሰብ እንተሒዝዎ፡ ኣውጽእዎ፦ ኢንተርነት ምስ ረኸበ Pathway ዝዓቀቦ ኩሉ የጥፍእ።
signed-in-checking = ይረአ ኣሎ…
signed-in-offline = ኢንተርነት የብልኩምን። ኣበይ ኣቲኹም ከም ዘለኹም ንምርኣይ ምስ ኢንተርነት ተራኸቡ።
signed-in-try-again = ደጊምኩም ፈትኑ
signed-in-one-out = { $device } ወጺኡ ኣሎ።
signed-in-others-out =
    { $count ->
        [one] { $count } ካልእ ተሌፎን ወይ ብራውዘር ወጺኡ።
       *[other] { $count } ካልኦት ተሌፎናትን ብራውዘራትን ወጺኦም።
    }
signed-in-all-others = ካብ ኩሉ ካልእ ቦታ ውጽኡ
signed-in-all-others-question = ካብ ኩሉ ካልእ ቦታ ክትወጽኡ?
signed-in-will-be-lost = ኣብኡ ዝተጻሕፈን ገና ዘይተላእከን ክጠፍእ እዩ። ኣብዚ ኣቲኹም ትጸንሑ።
signed-in-yes = እወ፡ ውጽኡ
signed-in-keep = ኣቲዩ ይጽናሕ
signed-in-this-one = ነዚ ትጥቀሙሉ ኣለኹም
signed-in-since = ዝኣተወሉ { $since } · ዝተጠቕመሉ { $used }
signed-in-question = { $device } ይውጻእ?
signed-in-sign-out-device = { $device } ኣውጽኡ
signed-in-sign-out = ውጽኡ

## This phone

phone-title = እዚ ተሌፎን
phone-lede = Pathway ብዘይ ሲግናል ክሰርሕ ኣብዚ ተሌፎን ዝዕቅቦ።
gender-about = ኣብ ቋንቋኹም ገለ ቃላት ንጓል ወይ ንወዲ ይፈላለዩ። ዝሰማማዕኩም ምረጹ። ኣብ ስክሪናትኩም ዘለዉ ቃላት ጥራይ እዮም ዝቕየሩ።
gender-feminine = ከም ንጓል
gender-masculine = ከም ንወዲ
gender-neutral = ኣይመርጽን፡ ክልቲኡ ኣርእዩ
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
phone-send-now = ሕጂ ስደዱ
phone-check-now = ሓድሽ ነገር እንተሎ ርኣዩ
phone-kept = ኣብዚ ተሌፎን ዝተዓቀበ
phone-kept-yours = ትልምኹም፣ ዕላማታትኩም፣ መልእኽትታትኩምን ርክባትኩምን
phone-kept-theirs = መዛግብቲ እቶም ምሳኹም ዝሰርሑ መንእሰያት
phone-records =
    { $count ->
        [one] { $count } መዝገብ · { $size }
       *[other] { $count } መዛግብቲ · { $size }
    }
phone-your-changes = ክለኣኹ ዝጽበዩ ለውጥታትኩም
phone-none = የለን
phone-everything = Pathway ኣብዚ ዝዕቅቦ ኩሉ
phone-set-aside =
    { $count ->
        [one] Pathway ድሕሪ ምሕዳስ ከንብቦ ዘይከኣለ { $count } ዝተዓቀበ ቅዳሕ ንጎኒ ተቐሚጡ ኣሎ ({ $size })። ኣብኡ ዝነበረ ለውጢ ተመሊሱ እዩ።
       *[other] Pathway ድሕሪ ምሕዳስ ከንብቦም ዘይከኣለ { $count } ዝተዓቀቡ ቅዳሓት ንጎኒ ተቐሚጦም ኣለዉ ({ $size })። ኣብኦም ዝነበሩ ለውጥታት ተመሊሶም እዮም።
    }
phone-others-waiting = ካልእ ሰብ ኣብዚ ተሌፎን Pathway ዝተጠቐመ ክለኣኹ ዝጽበዩ ለውጥታት ኣለውዎ። እቲ ሰብ ደጊሙ ምስ ኣተወ ክለኣኹ እዮም፤ ካልእ ሰብ ክርእዮም ኣይክእልን።
phone-signing-out = ምውጻእ
phone-signing-out-about = ምውጻእ ናትኩም ኩሉ ካብዚ ተሌፎን የልግሶ። ካልኦት ሰባት እንተ ተጠቒሞምሉ ውጽኡ።
phone-see-signed-in = ኣበይ ኣቲኹም ከም ዘለኹም ርኣዩ
phone-lost-phone = { " " }— ዝጠፍኣኩም ተሌፎን እውን ኣውጽኡ።

## My goals (the Bees' names are in first.ftl)

goals-title = ዕላማታተይ
goals-bee-heading = { $bee }
goals-happy-about = ጽቡቕ ምስማዕ፣ ምዝናይ፣ ዝሓልዩልኩም ሰባት።
goals-healthy-about = ንኣካልኩምን ንኣእምሮኹምን ምክንኻን።
goals-safe-about = ኣብ እትነብሩሉ ቦታን ምስ ከባቢኹም ሰባትን ውሑስ ምዃን።
goals-resilient-about = ነገራት ክኸብዱ ከለዉ ምጽዋር፣ ከምኡ እውን ተመሊስኩም ምትንሳእ።
goals-ambitious-about = ትምህርቲ፣ ስራሕን ክትገብርዎም እትደልዩ ነገራትን።
goals-independent-about = ንህይወትኩም ባዕልኹም ምምራሕ፦ ገዛ፣ ገንዘብን መዓልታዊ ክእለታትን።
goals-scale-not-started = ኣይጀመረን
goals-scale-starting = ጀሚሩ
goals-scale-getting-there = ኣብ መንገዲ
goals-scale-nearly-there = ቀሪቡ
goals-scale-done-it = ተፈጺሙ
goals-cell-empty = { $bee }: ገና ዕላማ የለን
goals-cell = { $bee }: { $percent } ሚእታዊት ናይ እቲ መንገዲ
goals-progress-yours = ምዕባለኹም። { $cells }።
goals-progress-of = ምዕባለ { $name }። { $cells }።
goals-progress-theirs = ምዕባለኦም። { $cells }።
goals-cells-fill-yours = ዕላማታትኩም ኣብቲ ክፋል ክሰጉሙ ከለዉ ነፍሲ ወከፍ ክፍሊ ይመልእ።
goals-cells-fill-of = ዕላማታት { $name } ኣብቲ ክፋል ክሰጉሙ ከለዉ ነፍሲ ወከፍ ክፍሊ ይመልእ።
goals-cells-fill-theirs = ዕላማታቶም ኣብቲ ክፋል ክሰጉሙ ከለዉ ነፍሲ ወከፍ ክፍሊ ይመልእ።
goals-add = ዕላማ ወስኹ
goals-none-yours = ገና ኣብዚ ዕላማ የለን። ሓደ ክትውስኹ ትኽእሉ ኢኹም።
goals-your-adviser = ውልቃዊ ኣማኻሪኹም
goals-a-suggestion = ዝተሓበረ ዕላማ
goals-suggested = ብ{ $name } ን{ $bee } ዝተሓበረ ዕላማ፦
goals-make-mine = ዕላማይ ግበርዎ
goals-no-thanks = የለን፣ የቐንየለይ
goals-not-rated = ገና ኣይተገምገመን
goals-how-its-going = ከመይ ይኸይድ ኣሎ፦ { $words }
goals-by-day = { " " }· ክሳብ { $day }
goals-did-it = ገይርኩምዎ፦ «{ $goal }»!
goals-every-step = ኩሉ ስጉምትታት ተፈጺሙ። ብሩኽ!
goals-a-step = ሓደ ስጉምቲ ተፈጺሙ። ጽቡቕ!
goals-from = ካብ { $name }፦
goals-rate = ከመይ ይኸይድ ኣሎ?
goals-choose-rate = ከመይ ይኸይድ ከም ዘሎ ምረጹ
goals-note = መዘኻኸሪ (እንተ ደሊኹም)
goals-save-rating = ከመይ ይኸይድ ከም ዘሎ ዓቅቡ
goals-change-words = ቃላት ቀይሩ
goals-of = ናይ { $goal }
goals-in-your-words = እቲ ዕላማ፣ ብቃላትኩም
goals-save = ዓቅቡ
goals-cancel = ሰርዙ
goals-chart = ምዕባለ ብግዜ፦ { $ratings }።
goals-chart-rating = { $words } ኣብ { $day }
goals-chart-advisers-rating = { $words } ኣብ { $day } (ገምጋም ኣማኻሪ)
goals-choose-bee = ናበየናይ ክፋል ከም ዝምልከት ምረጹ።
goals-write-it = ነቲ ዕላማ ብውሑዳት ቃላት ጽሓፍዎ።
goals-your-goal = ዕላማኹም፣ ብቃላትኩም
goals-which-bee = የናይ ክፋል?
goals-choose = ምረጹ…
goals-steps = ንኣሽቱ ስጉምትታት (ነፍሲ ወከፍ ኣብ ሓደ መስመር፣ እንተ ደሊኹም)
goals-by = ክሳብ መዓስ (እንተ ደሊኹም)

## My plan (the parts' names are in "The parts of her plan" above)

plan-title = ትልመይ
plan-not-found = ነዚ ትልሚ ክንረኽቦ ኣይከኣልናን
plan-not-found-why = ኣብ ዝርዝርኩም ዘየለ ሰብ ክኸውን ይኽእል።
plan-getting = ትልሚ ይመጽእ ኣሎ… ካብ መስመር ወጻኢ እንተ ኾንኩም፣ ናብ መስመር ምስ ተመለስኩም ክርአ እዩ።
plan-two-places =
    { $count ->
        [one] { $count } ክፋል ናይዚ ትልሚ ኣብ ክልተ ቦታ ተቐይሩ። ክልቲኦም ቅዳሓት ተዓቂቦም ኣለዉ፦ ኣየናይ ከም ዝዕቀብ ምረጹ።
       *[other] { $count } ክፋላት ናይዚ ትልሚ ኣብ ክልተ ቦታ ተቐይሮም። ክልቲኦም ቅዳሓት ተዓቂቦም ኣለዉ፦ ኣየናይ ከም ዝዕቀብ ምረጹ።
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
plan-you-first = ንስኹም
plan-you = ንስኹም
plan-ticked-off = ብ { $who } ተፈጺሙ
plan-ticked-off-on = ብ { $who } ኣብ { $day } ሰዓት { $time } ተፈጺሙ
plan-done-label = ተፈጺሙ፦
plan-to-do-label = ዝግበር፦
plan-done-cheer = ጽቡቕ — ተፈጺሙ!
plan-nothing-planned = ዝተወጠነ የለን
plan-all-done = ኩሉ ተፈጺሙ
plan-to-do = { $count } ዝግበሩ
plan-your-words-here = ቃላትኩም ኣብዚ ኣለዉ
plan-add-your-words = ቃላትኩም ወስኹ
plan-two-versions = ዝምረጹ ክልተ ቅዳሓት
plan-changed-since = ካብ ቅዳሕ { $number } ጀሚሩ ተቐይሩ
plan-no-changes = ካብ ቅዳሕ { $number } ጀሚሩ ለውጢ የለን።
plan-whats-planned = እንታይ ተወጢኑ
plan-nothing-planned-here = ገና ኣብዚ ዝተወጠነ የለን።
plan-what-i-think = ዝሓስቦ
plan-no-thoughts = ገና ሓሳባትኩም ኣብዚ ኣይወሰኽኩምን።
plan-saved-not-sent = ኣብዚ ተሌፎን ተዓቂቡ፣ ገና ኣይተላእከን
plan-add-what-i-think = ዝሓስቦ ወስኹ
plan-change-words = ነዞም ቃላት ቀይርዎም
plan-about-part = ብዛዕባ { $part }
plan-for-my-review = ንዝቕጽል ገምጋመይ
plan-save = ዓቅቡ
plan-cancel = ሰርዙ
plan-saving-keeps = ምዕቃብ ብኡንብኡ ኣብዚ ተሌፎን የቐምጦ፤ ሲግናል ምስ ዝህሉ ይለኣኽ።
plan-reviews-mine = ገምጋማት ትልመይ
plan-you-asked = ኣብ { $day } ገምጋም ሓቲትኩም። ንውልቃዊ ኣማኻሪኹም ተሓቢሩ — ዝሓተትኩምዎ ገምጋም ክንጸግ ኣይክእልን።
plan-review-recorded = እዚ ገምጋም ኣብዚ ተሌፎን ተመዝጊቡ ኣሎ። ምስ ተላእከ ዝቕጽል ቅዳሕ ናይቲ ትልሚ ይኸውን።
plan-review-getting-ready = ዝቕጽል ገምጋምኩም ይዳሎ ኣሎ።
plan-review-marked = ካብ ቅዳሕ { $number } ጀሚሩ ዝተቐየረ ኣብ ነፍሲ ወከፍ ክፋል ታሕቲ ተመልኪቱ ኣሎ።
plan-every-six-months = ትልምኹም ብውሑዱ ኣብ ሽዱሽተ ወርሒ ሓንሳብ ደጊሙ ይርአ። ኣብ ዝኾነ ግዜ ገምጋም ክትሓትቱ ትኽእሉ ኢኹም፣ ክንጸግ ድማ ኣይክእልን።
plan-ask-review = ገምጋም ሕተቱ
plan-review-why = ብዛዕባ እንታይ ክትዛረቡ ትደልዩ? (ክትነግሩ ኣየድልየኩምን።)
plan-ask-my-review = ገምጋመይ ሕተቱ
plan-every-version = ኩሎም ቅዳሓት ትልመይ
plan-reviewed-agree = ትልምኹም ኣብ { $day } ተገምጊሙ። ትሰማምዑሉ ዶ?
plan-read-and-answer = ቅዳሕ { $number } ኣንብቡ ምለሱ
plan-read-version = ቅዳሕ { $number } ኣንብቡ
plan-you-agree = ቅዳሕ { $number }፣ ኣብ { $day } ዝተገምገመ፦ ትሰማምዑሉ ኢኹም።
plan-you-disagree = ምስ ቅዳሕ { $number } ኣይትሰማምዑን ኢኹም (ኣብ { $day } ዝተገምገመ)።
plan-kept-on-plan = እዚ ኣብ ትልምኹም ይዕቀብ፣ ትልምኹም ዘንብብ ኩሉ ድማ ይርእዮ።

## Versions of her plan, and two versions side by side (and of the same words)

plan-back-to-mine = ← ትልመይ
plan-back-to-versions = ← ኩሎም ቅዳሓት
plan-versions-lede = ነፍሲ ወከፍ ገምጋም ሓድሽ ቅዳሕ ይገብር። ቅዳሓት ከም ዝተሰማምዕሉ ይዕቀቡ፣ ፈጺሞም ድማ ኣይቕየሩን።
plan-no-versions = ገና ቅዳሕ የለን፦ እቲ ቀዳማይ ኣብ ቀዳማይ ገምጋምኩም ኣብ Pathway ይግበር።
plan-version = ቅዳሕ { $number }
plan-reviewed-on = ኣብ { $day } ተገምጊሙ
plan-not-said-yet = ትሰማምዑ እንተ ኾንኩም ገና ኣይበልኩምን
plan-agree-with-version = ምስዚ ቅዳሕ ትሰማምዑ ኢኹም
plan-disagree-with-version = ምስዚ ቅዳሕ ኣይትሰማምዑን ኢኹም
plan-compare-two = ክልተ ቅዳሓት ኣወዳድሩ
plan-earlier-version = ዝቐደመ ቅዳሕ
plan-later-version = ዝደሓረ ቅዳሕ
plan-compare-side-by-side = ጎኒ ንጎኒ ኣወዳድሩ
plan-version-not-found = ነዚ ቅዳሕ ክንረኽቦ ኣይከኣልናን
plan-version-not-found-why = ካብ መስመር ወጻኢ እንተ ኾንኩም፣ እዚ ተሌፎን ምስ ተሓደሰ ክርአ እዩ።
plan-see-every-version = ኩሎም ቅዳሓት ርኣዩ
plan-my-version = ትልመይ — ቅዳሕ { $number }
plan-compare-before = ምስቲ ዝቐደመ ኣወዳድሩ →
plan-fact-name = ስም
plan-fact-reviewed-on = ዝተገምገመሉ ዕለት
plan-fact-who-took-part = መን ተሳቲፉ
plan-not-written-down = ኣይተጻሕፈን
plan-fact-how-you-took-part = ብኸመይ ተሳቲፍኩም
plan-fact-why-not = ስለምንታይ ኣይፋል
plan-fact-next-review = ዝቕጽል ገምጋም
plan-fact-written-by = ዝጸሓፎ
plan-print = ሕተሙ ወይ ከም PDF ዓቅቡ
plan-agreement = ስምምዕ
plan-agreed-on = ኣብ { $day } ተሰማሚዕኩም
plan-disagreed-on = ኣብ { $day } ኣይተሰማማዕኩምን
plan-agreed-not-sent = ተሰማሚዕኩም (ኣብዚ ተሌፎን ተዓቂቡ፣ ገና ኣይተላእከን)
plan-disagreed-not-sent = ኣይተሰማማዕኩምን (ኣብዚ ተሌፎን ተዓቂቡ፣ ገና ኣይተላእከን)
plan-earlier-answer = (ዝቐደመ መልሲ)
plan-answer-choose = «እሰማማዕ» ወይ «ኣይሰማማዕን» ምረጹ።
plan-answer-say-why = ስለምንታይ ከም ዘይትሰማምዑ ንገሩ፣ ምእንቲ ክጽሓፍ።
plan-change-answer = መልሰይ ቀይሩ
plan-do-you-agree = ምስዚ ቅዳሕ ትልምኹም ትሰማምዑ ዶ?
plan-i-agree = እሰማማዕ
plan-i-dont-agree = ኣይሰማማዕን
plan-why-not-agree = ስለምንታይ ዘይትሰማምዑ? ምኽንያታትኩም ኣብ ትልምኹም ይዕቀቡ።
plan-anything-to-add = ክትውስኽዎ እትደልዩ ኣሎ ዶ? (ግድን ኣይኮነን።)
plan-send-answer = መልሰይ ስደዱ
plan-answer-saved = መልስኹም ብኡንብኡ ኣብዚ ተሌፎን ይዕቀብ፣ ሲግናል ምስ ዝህሉ ድማ ይለኣኽ።
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
took-part-came-and-spoke = መጺእኩም ባዕልኹም ተዛሪብኩም
took-part-with-advocate = መጺእኩም፣ ተጣባቒ ድማ ኣብ ክንዳኹም ተዛሪቡ
took-part-sent-views = ርእይቶታትኩም ብጽሑፍ ወይ ብኣፕ ሰዲድኩም
took-part-did-not = ኣይተሳተፍኩምን
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
two-versions-nothing-lost = ዝጠፍአ የለን — ኣየናይ ከም ዝዕቀብ ምረጹ።
two-versions-first = ቅዳሕ 1 (ሕጂ ዝርአ)
two-versions-second = ቅዳሕ 2፣ ብ { $name }
two-versions-keep-first = ቅዳሕ 1 ዓቅቡ
two-versions-keep-second = ቅዳሕ 2 ዓቅቡ
two-versions-combine = ኣጠርንፍዎም

## What's written about me (its title is in first.ftl)

written-getting = ብዛዕባኹም ዝተጻሕፈ ኩሉ ይመጽእ ኣሎ…
written-offline = ካብ መስመር ወጻኢ ኢኹም። እዚ ካብ መዛግብቲ Pathway ብቐጥታ ይመጽእ፣ ካብቲ ኣብዚ ተሌፎን ዘሎ ጥራይ ኣይኮነን፣ ስለዚ መስመር የድልዮ። ናብ መስመር ምስ ተመለስኩም ደጊምኩም ፈትኑ።
written-try-again = ደጊምኩም ፈትኑ
written-about-name = ብዛዕባ { $name } ዝተጻሕፈ
written-lede = Pathway ብዛዕባኹም ዝዕቅቦ ኩሉ፣ ኣብ { $day } ዝተኣከበ።
written-staff-notes-about = ገለ መዘኻኸሪታት ነቶም ዝድግፉኹም ሰራሕተኛታት ጥራይ እዮም። ምንም ከይተሓብኣኩም ምስ ዕለታቶም ኣብ መወዳእታ ተዘርዚሮም ኣለዉ። ብዛዕባ ዝኾነ ካብኣቶም ንውልቃዊ ኣማኻሪኹም ክትሓትቱ ትኽእሉ ኢኹም።
written-download-page = ከም ገጽ መርበብ ኣውርድዎ
written-download-file = ንኻልኦት ኣፕታት ከም ፋይል ኣውርድዎ
written-about-me = ብዛዕባይ
written-date-of-birth = ዕለት ልደት
written-plan-now = ትልመይ ሕጂ
written-versions = ቅዳሓት ትልመይ
written-none-yet = ገና የለን።
written-version-reviewed = ቅዳሕ { $number }፣ ኣብ { $day } ዝተገምገመ
written-you-agreed-on = ኣብ { $day } ተሰማሚዕኩም
written-you-disagreed-on = ኣብ { $day } ኣይተሰማማዕኩምን
written-you-agreed = ተሰማሚዕኩም
written-you-disagreed = ኣይተሰማማዕኩምን
written-review-getting-ready = ገምጋም ይዳሎ ኣሎ።
written-review-getting-ready-for = ንኣብ { $day } ገምጋም ይዳሎ ኣሎ።
written-asked-for = ዝሓተትክዎም ገምጋማት
written-a-suggestion = (ሓሳብ)
written-you-said-no = (ኣይፋል ኢልኩም)
written-rating = { $day }፦ { $words } — ብ { $name }
written-note = ብ{ $name } ዝተጻሕፈ፦ «{ $text }»
written-contacts = ምሳይ ዝተኻፈሉ መዘኻኸሪታት ርክብ
written-written-by = (ብ { $name } ዝተጻሕፈ)
written-feeling = ስምዒት፦ { $feeling }
written-asked-call = ሓደ ሰብ ክድውለልኩም ሓቲትኩም።
written-read-by-on = ብ{ $name } ኣብ { $day } ተነቢቡ
written-replied = መልሲ ካብ { $name }፦ «{ $text }»
written-who-opened = መዛግብትኩም መን ከፊቱ
written-who-opened-about = መዛግብትኩም ዝኸፈተ ወይ ዝጸሓፈ ነፍሲ ወከፍ ሰራሕተኛ፣ እቲ ሓድሽ ቅድሚት።
written-staff-only = ሰራሕተኛታት ጥራይ ዘንብብዎም መዘኻኸሪታት
written-staff-contact = መዘከር ርክብ ({ $how }) ብ { $name } ዝተጻሕፈ
written-staff-contact-unread = መዘከር ርክብ
written-staff-national-count = ንዓመታዊ ቆጸራ መንግስቲ ናይ ካብ ክንክን ዝወጹ መንእሰያት ዝኸውን ሓበሬታ
written-there-are-none = የለዉን።
looked-none-yours = ገና ዝኾነ ሰራሕተኛ መዛግብትኩም ኣይከፈተን።
looked-show-all = ኩሉ ኣርእዩ ({ $count })
looked-line = { $what }፦ { $name } ({ $role }) — { $day } ሰዓት { $time }
looked-opened-plan = ትልምኹም ተኸፊቱ
looked-opened-contacts = መዘኻኸሪታት ርክብኩም ተኸፊቱ
looked-opened-goals = ዕላማታትኩም ተኸፊቱ
looked-opened-versions = ቅዳሓት ትልምኹም ተኸፊቱ
looked-wrote = ኣብ መዛግብትኩም ተጻሒፉ
role-personal-adviser = ውልቃዊ ኣማኻሪ
role-team-manager = ኣካያዲ ጉጅለ
role-head-of-service = ሓላፊ ኣገልግሎት
role-young-person = መንእሰይ

## A change the server would not keep (its reason comes from the server)

refused-not-saved = ሓደ ለውጢ ኣይተዓቀበን።
refused-ok = ሕራይ
refusal-not-found = እዚ ደጊም ኣብዚ የለን፣ ወይ ንስኹም ክትቅይርዎ ኣይትኽእሉን።
refusal-removed = ለውጥኹም ቅድሚ ምብጻሑ ተኣልዩ ነይሩ።
refusal-advisers-to-change = ነዚ ክቕይሮ ዝኽእል ውልቃዊ ኣማኻሪኹም ጥራይ እዩ። ብዛዕባኡ ሓሳብኩም ኣብ ትልምኹም ክትገልጹ ትኽእሉ ኢኹም።
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

## What was started and not sent or saved (the sign-out screen)

writing-unfinished = ገና ኣይተወድአን
sign-out-unfinished-about =
    { $count ->
        [one] ነዚ ክትጽሕፉ ጀሚርኩም፣ ግን ገና ኣይለኣኽኩምዎን ወይ ኣይዓቀብኩምዎን። ምውጻእ ካብዚ ስልኪ ይድምስሶ። ክትዕቅብዎ እንተ ደሊኹም፣ ናብኡ ተመሊስኩም ቅድም ስደድዎ ወይ ዕቀብዎ።
       *[other] ነዚኦም ክትጽሕፉ ጀሚርኩም፣ ግን ገና ኣይለኣኽኩምዎምን ወይ ኣይዓቀብኩምዎምን። ምውጻእ ካብዚ ስልኪ ይድምስሶም። ክትዕቅብዎም እንተ ደሊኹም፣ ናብ ነፍሲ ወከፎም ተመሊስኩም ቅድም ስደድዎ ወይ ዕቀብዎ።
    }
writing-statement = { $topic }፣ ኣብ ድምጸይ
writing-message = መልእኽቲ
writing-reply = መልሲ
writing-review-request = ስለምንታይ ገምጋም ከም ዝደለኹም
writing-answer = ብዛዕባ ሓደ ስሪት ትልምኹም ዘለኩም ሓሳብ
writing-your-plan = { $part }፣ ኣብ ትልምኹም
writing-plan = { $part }፣ ኣብ ሓደ ትልሚ
writing-action = ስጉምቲ፣ ኣብ { $part }
writing-contact = መዘኻኸሪ ርክብ
writing-goal = ሓድሽ ዕላማ
writing-rating = ሓደ ዕላማ ከመይ ይኸይድ ኣሎ
writing-rename = ሓድሽ ቃላት ንሓደ ዕላማ
writing-cheer = ምትብባዕ
writing-review = መዝገብ ገምጋም
writing-audit-grading = ምሃብ ነጥቢ ንምርመራ ስራሕ
writing-audit-answer = መልሲ ንምርመራ ስራሕ
