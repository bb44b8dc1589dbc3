# Lời của Pathway trên các màn hình của bạn trẻ, bằng tiếng Việt.
# Cần người bản ngữ kiểm tra lại.

## People who help me

help-getting-details = Đang tải thông tin của bạn… Nếu bạn đang ngoại tuyến, thông tin sẽ hiện ra khi có mạng.
help-adviser-about = Người cố vấn riêng của bạn. { $name } giúp bạn với kế hoạch và với mọi chuyện phát sinh.
help-message = Nhắn tin cho { $name }
help-your-adviser = Người cố vấn riêng của bạn
help-no-adviser = Bạn chưa được chỉ định người cố vấn riêng. Nhóm hỗ trợ người rời khỏi chăm sóc sẽ cho bạn biết đó là ai.
help-out-of-hours = Ngoài giờ làm việc
help-out-of-hours-about = Nhóm hỗ trợ người rời khỏi chăm sóc, vào buổi tối, ban đêm và cuối tuần.
help-out-of-hours-team = nhóm trực ngoài giờ
help-emergency = Trong trường hợp khẩn cấp
help-emergency-about = Nếu bạn đang gặp nguy hiểm ngay lúc này, hoặc có người bị thương.
help-advocate = Một người bênh vực
help-advocate-about = Người bênh vực đứng về phía bạn. Họ giúp bạn nói điều bạn muốn, và đảm bảo bạn được lắng nghe. Họ không làm việc cho nhóm hỗ trợ, và hoàn toàn miễn phí.
help-visit = Truy cập { $name }
help-ask-for-advocate = Hãy hỏi người cố vấn riêng cách để có một người bênh vực: bạn có quyền có người bênh vực.

## My voice

voice-title = Tiếng nói của tôi
voice-lede = Hãy cho người cố vấn riêng biết mọi chuyện thế nào, bất cứ lúc nào bạn muốn. Không có sóng cũng dùng được.
voice-thanks = Cảm ơn bạn đã chia sẻ với chúng tôi.
voice-saved-will-send = Nội dung đã được lưu trên điện thoại này và sẽ tự gửi khi bạn có mạng.
voice-sent = Đã gửi.
voice-what-to-do = Bạn muốn làm gì?
voice-what-sent = Những gì tôi đã gửi
voice-nothing-yet = Chưa có gì.
voice-status-saved = Đã lưu trên điện thoại này — sẽ gửi khi bạn có mạng
voice-status-read-by = { $name } đã đọc
voice-status-sent = Đã gửi
voice-replied = { $name } đã trả lời:
voice-read-this = Đọc to phần này
voice-how-feeling = Bạn cảm thấy thế nào?
voice-first-feeling = Trước hết, bạn cảm thấy thế nào
voice-part-of = Phần { $part } / { $parts }
voice-last = Cuối cùng: điều gì khác
voice-prep-about = Tiếp theo, lần lượt từng phần trong kế hoạch: điều gì đang tốt, điều gì chưa, và bạn muốn thay đổi gì. Bỏ qua bất cứ phần nào bạn muốn. Những gì bạn viết được lưu trên điện thoại trong lúc viết, và sẽ đi cùng kế hoạch đến buổi xem lại khi bạn gửi.
voice-anything-else = Điều gì khác bạn muốn nói
voice-call-me = Tôi muốn có người gọi cho tôi
voice-send = Gửi
voice-skip = Bỏ qua phần này
voice-next = Tiếp
voice-back = Quay lại
call-now-label = Nếu bạn đang gặp nguy hiểm
call-now-999 = Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi 999.
call-now-out-of-hours = Ngoài giờ làm việc, bạn có thể gọi nhóm hỗ trợ theo số

## What she can say in My voice

topic-review-ready = Chuẩn bị cho buổi xem lại
topic-good-news = Chia sẻ tin vui
topic-problem = Giải quyết một vấn đề
topic-feeling = Cảm xúc của tôi
topic-where-i-live = Về nơi tôi sống
topic-something-wrong = Có chuyện không ổn
prompt-good-news-what = Chuyện gì đã xảy ra?
prompt-good-news-who = Tôi muốn ai biết?
prompt-problem-what = Vấn đề là gì?
prompt-problem-help = Điều gì sẽ giúp được?
prompt-feeling-why = Điều gì khiến tôi cảm thấy như vậy?
prompt-where-i-live-like = Nơi tôi sống như thế nào?
prompt-where-i-live-better = Điều gì sẽ làm nó tốt hơn?
prompt-something-wrong-what = Có chuyện gì?
prompt-something-wrong-where = Tôi đang ở đâu?
feeling-great = Rất tốt
feeling-good = Tốt
feeling-okay = Bình thường
feeling-sad = Buồn
feeling-worried = Lo lắng
feeling-angry = Tức giận
feeling-scared = Sợ hãi
feeling-unsafe = Không an toàn

## The parts of her plan

part-contact-and-support = Liên lạc và hỗ trợ
part-contact-and-support-about = Chúng ta gặp hay nói chuyện bao lâu một lần, và ai giúp bạn.
part-education-and-training = Học tập và đào tạo
part-education-and-training-about = Trường học, cao đẳng, đại học hoặc khóa học.
part-work-and-activities = Công việc và hoạt động khác
part-work-and-activities-about = Việc làm, học nghề, tình nguyện và những việc bạn làm.
part-if-things-go-wrong = Nếu có chuyện không ổn
part-if-things-go-wrong-about = Điều gì xảy ra nếu kế hoạch này không còn hiệu quả.
part-where-i-live = Nơi tôi sống
part-where-i-live-about = Nhà của bạn, và nó có phù hợp với bạn không.
part-family-and-friends = Gia đình và bạn bè
part-family-and-friends-about = Thời gian với gia đình, bạn bè và những người quan trọng với bạn.
part-skills-for-living = Kỹ năng sống tự lập
part-skills-for-living-about = Nấu ăn, hóa đơn, mua sắm và chăm sóc nhà cửa.
part-money = Tiền bạc
part-money-about = Tiền của bạn, trợ cấp, học bổng và hỗ trợ chi phí.
part-health-and-wellbeing = Sức khỏe và tinh thần
part-health-and-wellbeing-about = Cơ thể và tâm trí của bạn, và ai giúp bạn với chúng.
part-who-i-am = Tôi là ai
part-who-i-am-about = Văn hóa, tín ngưỡng, ngôn ngữ và nơi bạn đến.

## Messages with her adviser

messages-lede = Hãy viết cho người cố vấn riêng bất cứ lúc nào. Không có sóng vẫn dùng được, và tin nhắn tự gửi đi.
messages-notify-offer = Bạn có muốn biết khi { $name } trả lời, kể cả khi Pathway đang đóng không?
messages-notify-offer-adviser = Bạn có muốn biết khi người cố vấn trả lời, kể cả khi Pathway đang đóng không?
messages-notify-button = Báo cho tôi khi có trả lời
messages-your-message = Tin nhắn của bạn
messages-your-reply = Câu trả lời của bạn
messages-none-yet-hers = Chưa có tin nhắn nào. Hãy chào, đặt một câu hỏi, hoặc kể mọi chuyện thế nào.
messages-none-yet = Chưa có tin nhắn nào.
messages-you = Bạn
messages-delivered = Đã nhận
messages-read-by-at = { $name } đã đọc lúc { $time }
messages-day-time = { $day }, { $time }
notify-label = Thông báo
notify-on = Thông báo đã bật. Thông báo chỉ nói có điều gì mới, không bao giờ nói là gì.
notify-unavailable = Điện thoại này không bật được thông báo. Pathway vẫn hiện mọi điều mới khi bạn mở ứng dụng.

## Meetings with her adviser

contacts-title = Các buổi gặp
contacts-getting = Đang tải các buổi gặp… Nếu bạn đang ngoại tuyến, chúng sẽ hiện ra khi có mạng.
contacts-lede-with = Những lần bạn và { $name } gặp hoặc nói chuyện, mà { $name } đã chia sẻ với bạn.
contacts-lede = Những lần bạn và người cố vấn riêng gặp hoặc nói chuyện, mà người cố vấn đã chia sẻ với bạn.
contacts-none-shared = Chưa có gì được chia sẻ với bạn.
contacts-we-agreed = Chúng ta đã thống nhất:
contact-home-visit = Thăm nhà
contact-other-visit = Gặp ở nơi khác
contact-office = Tại văn phòng
contact-phone = Qua điện thoại
contact-video = Gọi video
contact-message = Tin nhắn
contact-email = Email
contact-tried = Đã thử — không ai trả lời

## Where she is signed in

signed-in-title = Nơi bạn đang đăng nhập
signed-in-lede = Mọi điện thoại và trình duyệt đang đăng nhập bằng tài khoản của bạn. Nếu một thiết bị bị mất hoặc ở trong tay người khác, hãy đăng xuất nó: thiết bị sẽ xóa mọi thứ Pathway lưu trên đó ngay khi có mạng.
signed-in-checking = Đang kiểm tra…
signed-in-offline = Bạn đang ngoại tuyến. Hãy kết nối mạng để xem bạn đang đăng nhập ở đâu.
signed-in-try-again = Thử lại
signed-in-one-out = { $device } đã được đăng xuất.
signed-in-others-out = { $count } điện thoại và trình duyệt khác đã được đăng xuất.
signed-in-all-others = Đăng xuất ở mọi nơi khác
signed-in-all-others-question = Đăng xuất ở mọi nơi khác?
signed-in-will-be-lost = Những gì đã viết ở đó mà chưa gửi sẽ bị mất. Bạn vẫn đăng nhập ở đây.
signed-in-yes = Có, đăng xuất
signed-in-keep = Giữ đăng nhập
signed-in-this-one = Bạn đang dùng thiết bị này
signed-in-since = Đăng nhập { $since } · dùng { $used }
signed-in-question = Đăng xuất { $device }?
signed-in-sign-out-device = Đăng xuất { $device }
signed-in-sign-out = Đăng xuất

## This phone

phone-title = Điện thoại này
phone-lede = Những gì Pathway lưu trên điện thoại này, để dùng được khi không có sóng.
gender-about = Một số từ trong ngôn ngữ của bạn thay đổi theo con gái hay con trai. Hãy chọn điều phù hợp với bạn. Chỉ có chữ trên màn hình của bạn thay đổi.
gender-feminine = Như với một bạn gái
gender-masculine = Như với một bạn trai
gender-neutral = Không chọn: hiện cả hai
gender-changing = Đang đổi cách Pathway nói chuyện với bạn…
phone-waiting = Đang chờ gửi
phone-safe-here =
    { $count ->
       *[other] Vẫn an toàn trên điện thoại này.
    }
phone-nothing-waiting = Không có gì đang chờ: mọi thứ đã được gửi.
phone-refused =
    { $count ->
       *[other] { $count } thay đổi không lưu được. Màn hình liên quan sẽ cho biết lý do.
    }
phone-send-now = Gửi ngay
phone-check-now = Kiểm tra cập nhật
phone-kept = Lưu trên điện thoại này
phone-kept-yours = Kế hoạch, mục tiêu, tin nhắn và các buổi gặp của bạn
phone-kept-theirs = Hồ sơ của những người trẻ bạn làm việc cùng
phone-records = { $count } hồ sơ · { $size }
phone-your-changes = Thay đổi của bạn đang chờ gửi
phone-none = Không có
phone-everything = Mọi thứ Pathway lưu ở đây
phone-set-aside = { $count } bản lưu mà Pathway không đọc được sau khi cập nhật đã được để riêng ({ $size }). Mọi thay đổi trong đó đã được khôi phục.
phone-others-waiting = Một người khác từng dùng Pathway trên điện thoại này có thay đổi đang chờ gửi. Chúng sẽ được gửi khi người đó đăng nhập lại; không ai khác xem được.
phone-signing-out = Đăng xuất
phone-signing-out-about = Đăng xuất sẽ xóa mọi thứ của bạn khỏi điện thoại này. Hãy đăng xuất nếu người khác cũng dùng nó.
phone-see-signed-in = Xem những nơi bạn đang đăng nhập
phone-lost-phone = { " " }— và đăng xuất điện thoại bạn đã làm mất.

## My goals (the Bees' names are in first.ftl)

goals-title = Mục tiêu của tôi
goals-bee-heading = Bee { $bee }
goals-happy-about = Cảm thấy vui, có niềm vui, có người quan tâm đến bạn.
goals-healthy-about = Chăm sóc cơ thể và tâm trí của bạn.
goals-safe-about = Cảm thấy an toàn nơi bạn sống và với những người xung quanh.
goals-resilient-about = Vượt qua khi mọi việc khó khăn, và đứng dậy trở lại.
goals-ambitious-about = Học tập, công việc và những điều bạn muốn làm.
goals-independent-about = Tự lo cuộc sống của mình: nhà ở, tiền bạc và kỹ năng hằng ngày.
goals-scale-not-started = Chưa bắt đầu
goals-scale-starting = Đang bắt đầu
goals-scale-getting-there = Đang tiến tới
goals-scale-nearly-there = Gần xong
goals-scale-done-it = Đã làm được
goals-cell-empty = { $bee }: chưa có mục tiêu
goals-cell = { $bee }: được { $percent } phần trăm chặng đường
goals-progress-yours = Tiến bộ của bạn. { $cells }.
goals-progress-of = Tiến bộ của { $name }. { $cells }.
goals-progress-theirs = Tiến bộ của họ. { $cells }.
goals-cells-fill-yours = Mỗi ô sẽ đầy dần khi các mục tiêu của bạn trong phần đó tiến triển.
goals-cells-fill-of = Mỗi ô sẽ đầy dần khi các mục tiêu của { $name } trong phần đó tiến triển.
goals-cells-fill-theirs = Mỗi ô sẽ đầy dần khi các mục tiêu của họ trong phần đó tiến triển.
goals-add = Thêm mục tiêu
goals-none-yours = Chưa có mục tiêu nào ở đây. Bạn có thể thêm một mục tiêu.
goals-your-adviser = Người cố vấn riêng của bạn
goals-a-suggestion = Một mục tiêu được gợi ý
goals-suggested = { $name } gợi ý một mục tiêu cho { $bee }:
goals-make-mine = Nhận làm mục tiêu của tôi
goals-no-thanks = Không, cảm ơn
goals-not-rated = Chưa đánh giá
goals-how-its-going = Tiến triển: { $words }
goals-by-day = { " " }· Trước { $day }
goals-did-it = Bạn đã làm được: “{ $goal }”!
goals-every-step = Xong hết các bước. Tuyệt vời!
goals-a-step = Xong một bước. Giỏi lắm!
goals-from = Từ { $name }:
goals-rate = Mọi việc thế nào?
goals-choose-rate = Chọn mức tiến triển
goals-note = Ghi chú (nếu muốn)
goals-save-rating = Lưu mức tiến triển
goals-change-words = Đổi lời
goals-of = của { $goal }
goals-in-your-words = Mục tiêu, theo lời của bạn
goals-save = Lưu
goals-cancel = Hủy
goals-chart = Tiến triển theo thời gian: { $ratings }.
goals-chart-rating = { $words } ngày { $day }
goals-chart-advisers-rating = { $words } ngày { $day } (đánh giá của cố vấn)
goals-choose-bee = Chọn mục tiêu thuộc Bee nào.
goals-write-it = Viết mục tiêu bằng vài chữ.
goals-your-goal = Mục tiêu của bạn, theo lời của bạn
goals-which-bee = Bee nào?
goals-choose = Chọn…
goals-steps = Những bước nhỏ (mỗi bước một dòng, nếu muốn)
goals-by = Đến khi nào (nếu muốn)

## My plan (the parts' names are in "The parts of her plan" above)

plan-title = Kế hoạch của tôi
plan-not-found = Không tìm thấy kế hoạch này
plan-not-found-why = Có thể nó thuộc về một người không còn trong danh sách của bạn.
plan-getting = Đang tải kế hoạch… Nếu bạn đang ngoại tuyến, nó sẽ hiện ra ngay khi bạn có mạng lại.
plan-two-places = { $count } phần của kế hoạch này đã được sửa ở hai nơi. Cả hai phiên bản đều được giữ lại: hãy chọn giữ bản nào.
plan-my-adviser = Người cố vấn riêng của tôi
plan-not-named = Chưa có tên
plan-next-catch-up = Buổi gặp tới
plan-next-review = Lần xem lại kế hoạch tới
plan-asked-for-on = Đã yêu cầu ngày { $day }
plan-after-the-move = { $day } (sau khi chuyển nhà ngày { $moved })
plan-not-set = Chưa đặt
plan-whats-next = Việc tiếp theo
plan-nothing-left = Hiện không còn việc gì trong kế hoạch này.
plan-by = Trước
plan-more-below = Và thêm { $count } việc ở các phần bên dưới.
plan-who-not-said = Ai: chưa nói
plan-who = Ai: { $who }
plan-you-first = Bạn
plan-you = bạn
plan-ticked-off = { $who } đã đánh dấu xong
plan-ticked-off-on = { $who } đã đánh dấu xong ngày { $day } lúc { $time }
plan-done-label = Đã xong:
plan-to-do-label = Cần làm:
plan-done-cheer = Giỏi lắm — xong rồi!
plan-nothing-planned = Chưa có kế hoạch
plan-all-done = Đã xong hết
plan-to-do = { $count } việc cần làm
plan-your-words-here = Lời của bạn ở đây
plan-add-your-words = Thêm lời của bạn
plan-two-versions = Có hai phiên bản để chọn
plan-changed-since = Đã thay đổi từ phiên bản { $number }
plan-no-changes = Không có thay đổi từ phiên bản { $number }.
plan-whats-planned = Những gì đã lên kế hoạch
plan-nothing-planned-here = Chưa có kế hoạch gì ở đây.
plan-what-i-think = Tôi nghĩ gì
plan-no-thoughts = Bạn chưa thêm suy nghĩ của mình ở đây.
plan-saved-not-sent = Đã lưu trên điện thoại này, chưa gửi
plan-add-what-i-think = Thêm suy nghĩ của tôi
plan-change-words = Đổi những lời này
plan-about-part = về { $part }
plan-for-my-review = Cho lần xem lại tới của tôi
plan-save = Lưu
plan-cancel = Hủy
plan-saving-keeps = Lưu sẽ giữ ngay trên điện thoại này; nó được gửi khi có sóng.
plan-reviews-mine = Các lần xem lại kế hoạch của tôi
plan-you-asked = Bạn đã yêu cầu xem lại ngày { $day }. Người cố vấn riêng của bạn đã được báo — yêu cầu xem lại của bạn không thể bị từ chối.
plan-review-recorded = Lần xem lại này đã được ghi trên điện thoại này. Nó sẽ thành phiên bản tiếp theo của kế hoạch khi được gửi.
plan-review-getting-ready = Lần xem lại tới của bạn đang được chuẩn bị.
plan-review-marked = Những gì thay đổi từ phiên bản { $number } được đánh dấu ở mỗi phần bên dưới.
plan-every-six-months = Kế hoạch của bạn được xem lại ít nhất sáu tháng một lần. Bạn có thể yêu cầu xem lại bất cứ lúc nào, và không thể bị từ chối.
plan-ask-review = Yêu cầu xem lại
plan-review-why = Bạn muốn nói về điều gì? (Bạn không bắt buộc phải nói.)
plan-ask-my-review = Yêu cầu xem lại cho tôi
plan-every-version = Mọi phiên bản kế hoạch của tôi
plan-reviewed-agree = Kế hoạch của bạn đã được xem lại ngày { $day }. Bạn có đồng ý không?
plan-read-and-answer = Đọc phiên bản { $number } và trả lời
plan-read-version = Đọc phiên bản { $number }
plan-you-agree = Phiên bản { $number }, xem lại ngày { $day }: bạn đồng ý.
plan-you-disagree = Bạn không đồng ý với phiên bản { $number } (xem lại ngày { $day }).
plan-kept-on-plan = Điều này được giữ trong kế hoạch của bạn, và ai đọc kế hoạch của bạn cũng thấy.

## Versions of her plan, and two versions side by side (and of the same words)

plan-back-to-mine = ← Kế hoạch của tôi
plan-back-to-versions = ← Mọi phiên bản
plan-versions-lede = Mỗi lần xem lại tạo ra một phiên bản mới. Các phiên bản được giữ đúng như đã thống nhất và không bao giờ bị sửa.
plan-no-versions = Chưa có phiên bản nào: bản đầu tiên được tạo ở lần xem lại đầu tiên của bạn trong Pathway.
plan-version = Phiên bản { $number }
plan-reviewed-on = Xem lại ngày { $day }
plan-not-said-yet = Bạn chưa nói là có đồng ý không
plan-agree-with-version = Bạn đồng ý với phiên bản này
plan-disagree-with-version = Bạn không đồng ý với phiên bản này
plan-compare-two = So sánh hai phiên bản
plan-earlier-version = Phiên bản trước
plan-later-version = Phiên bản sau
plan-compare-side-by-side = So sánh cạnh nhau
plan-version-not-found = Không tìm thấy phiên bản này
plan-version-not-found-why = Nếu bạn đang ngoại tuyến, nó sẽ hiện ra khi điện thoại này cập nhật xong.
plan-see-every-version = Xem mọi phiên bản
plan-my-version = Kế hoạch của tôi — phiên bản { $number }
plan-compare-before = So sánh với bản trước →
plan-fact-name = Tên
plan-fact-reviewed-on = Ngày xem lại
plan-fact-who-took-part = Ai tham gia
plan-not-written-down = Chưa ghi lại
plan-fact-how-you-took-part = Bạn đã tham gia thế nào
plan-fact-why-not = Vì sao không
plan-fact-next-review = Lần xem lại tới
plan-fact-written-by = Người ghi lại
plan-print = In hoặc lưu thành PDF
plan-agreement = Sự đồng ý
plan-agreed-on = Đã đồng ý ngày { $day }
plan-disagreed-on = Không đồng ý ngày { $day }
plan-agreed-not-sent = Đã đồng ý (đã lưu trên điện thoại này, chưa gửi)
plan-disagreed-not-sent = Không đồng ý (đã lưu trên điện thoại này, chưa gửi)
plan-earlier-answer = (một câu trả lời trước đó)
plan-answer-choose = Hãy chọn “Tôi đồng ý” hoặc “Tôi không đồng ý”.
plan-answer-say-why = Hãy nói vì sao bạn không đồng ý, để điều đó được ghi lại.
plan-change-answer = Đổi câu trả lời của tôi
plan-do-you-agree = Bạn có đồng ý với phiên bản này của kế hoạch không?
plan-i-agree = Tôi đồng ý
plan-i-dont-agree = Tôi không đồng ý
plan-why-not-agree = Vì sao bạn không đồng ý? Lý do của bạn được giữ trong kế hoạch.
plan-anything-to-add = Bạn có muốn thêm gì không? (Không bắt buộc.)
plan-send-answer = Gửi câu trả lời của tôi
plan-answer-saved = Câu trả lời của bạn được lưu ngay trên điện thoại này, và được gửi khi có sóng.
plan-versions-not-found = Không tìm thấy các phiên bản này
plan-version-and-version = Phiên bản { $left } và phiên bản { $right }
plan-things-changed =
    { $count ->
        [0] Không có gì trong kế hoạch thay đổi giữa hai phiên bản này.
       *[other] { $count } điều đã thay đổi. Mỗi thay đổi đều được gọi tên: thêm, bỏ hoặc sửa.
    }
plan-action-done = { $what } (đã xong)
plan-changes =
    { $count ->
        [0] Không có thay đổi
       *[other] { $count } thay đổi
    }
plan-nothing-in-either = Không có gì được viết ở cả hai phiên bản.
plan-change-column = Thay đổi
plan-nothing-planned-in-version = Không có kế hoạch gì ở đây.
plan-nothing-written-in-version = Không có gì được viết ở đây.
plan-done = Đã xong
plan-to-do-state = Cần làm
took-part-came-and-spoke = Bạn đã đến và tự nói cho mình
took-part-with-advocate = Bạn đã đến, và một người bênh vực nói thay bạn
took-part-sent-views = Bạn đã gửi ý kiến bằng văn bản hoặc qua ứng dụng
took-part-did-not = Bạn đã không tham gia
change-none = Không thay đổi
change-added = Đã thêm
change-removed = Đã bỏ
change-changed = Đã sửa
change-now-done = giờ đã xong
change-no-longer-done = không còn xong nữa
change-who = ai: { $before } → { $after }
change-no-date = không có ngày
change-by-when = đến khi nào: { $before } → { $after }
two-versions-words = những lời này
two-versions-what = việc sẽ làm
two-versions-who = ai làm
two-versions-by-when = đến khi nào
two-versions-done = đã xong hay chưa
two-versions-this = điều này
two-versions-of = Hai phiên bản của { $what }
two-versions-changed = Đã sửa ở hai nơi: { $what }.
two-versions-nothing-lost = Không có gì bị mất — hãy chọn giữ bản nào.
two-versions-first = Phiên bản 1 (đang hiện)
two-versions-second = Phiên bản 2, của { $name }
two-versions-keep-first = Giữ phiên bản 1
two-versions-keep-second = Giữ phiên bản 2
two-versions-combine = Gộp lại

## What's written about me (its title is in first.ftl)

written-getting = Đang lấy mọi điều được viết về bạn…
written-offline = Bạn đang ngoại tuyến. Nội dung này lấy thẳng từ hồ sơ của Pathway, không chỉ từ điện thoại này, nên cần có mạng. Hãy thử lại khi bạn có mạng.
written-try-again = Thử lại
written-about-name = Những gì được viết về { $name }
written-lede = Mọi điều Pathway lưu về bạn, tổng hợp ngày { $day }.
written-staff-notes-about = Một số ghi chú chỉ dành cho nhân viên hỗ trợ bạn. Chúng được liệt kê ở cuối cùng với ngày tháng, để không có gì bị giấu bạn. Bạn có thể hỏi người cố vấn riêng về bất kỳ ghi chú nào.
written-download-page = Tải về dạng trang web
written-download-file = Tải về dạng tệp cho ứng dụng khác
written-about-me = Về tôi
written-date-of-birth = Ngày sinh
written-plan-now = Kế hoạch của tôi hiện nay
written-versions = Các phiên bản kế hoạch của tôi
written-none-yet = Chưa có.
written-version-reviewed = Phiên bản { $number }, xem lại ngày { $day }
written-you-agreed-on = Bạn đã đồng ý ngày { $day }
written-you-disagreed-on = Bạn không đồng ý ngày { $day }
written-you-agreed = Bạn đã đồng ý
written-you-disagreed = Bạn không đồng ý
written-review-getting-ready = Một lần xem lại đang được chuẩn bị.
written-review-getting-ready-for = Một lần xem lại đang được chuẩn bị cho ngày { $day }.
written-asked-for = Những lần xem lại tôi đã yêu cầu
written-a-suggestion = (một gợi ý)
written-you-said-no = (bạn đã từ chối)
written-rating = { $day }: { $words } — bởi { $name }
written-note = { $name } đã viết: “{ $text }”
written-contacts = Ghi chú buổi gặp được chia sẻ với tôi
written-written-by = (do { $name } viết)
written-feeling = cảm thấy { $feeling }
written-asked-call = Bạn đã nhờ có người gọi cho bạn.
written-read-by-on = { $name } đã đọc ngày { $day }
written-replied = { $name } đã trả lời: “{ $text }”
written-who-opened = Ai đã mở hồ sơ của bạn
written-who-opened-about = Mọi nhân viên đã mở hoặc viết vào hồ sơ của bạn, mới nhất trước.
written-staff-only = Ghi chú chỉ nhân viên đọc
written-staff-contact = Ghi chú liên lạc ({ $how }) do { $name } viết
written-staff-contact-unread = Ghi chú liên lạc
written-staff-national-count = Thông tin cho cuộc thống kê hằng năm của chính phủ về người rời khỏi chăm sóc
written-there-are-none = Không có.
looked-none-yours = Chưa nhân viên nào mở hồ sơ của bạn.
looked-show-all = Hiện tất cả ({ $count })
looked-line = { $name } ({ $role }) { $what } — { $day } lúc { $time }
looked-opened-plan = đã mở kế hoạch của bạn
looked-opened-contacts = đã mở ghi chú buổi gặp của bạn
looked-opened-goals = đã mở mục tiêu của bạn
looked-opened-versions = đã mở các phiên bản kế hoạch của bạn
looked-wrote = đã viết vào hồ sơ của bạn
role-personal-adviser = cố vấn riêng
role-team-manager = trưởng nhóm
role-head-of-service = trưởng bộ phận
role-young-person = người trẻ

## A change the server would not keep (its reason comes from the server)

refused-not-saved = Một thay đổi chưa được lưu.
refused-ok = OK
refusal-not-found = Mục này không còn ở đây, hoặc bạn không được thay đổi nó.
refusal-removed = Mục này đã bị xoá trước khi thay đổi của bạn tới nơi.
refusal-advisers-to-change = Chỉ người cố vấn riêng của bạn mới thay đổi được mục này. Bạn có thể nói suy nghĩ của mình về nó trong kế hoạch của bạn.
refusal-written-down = Mục này đã được ghi lại, nên không thể thay đổi.
refusal-not-written-down-yet = Buổi xem xét này chưa được ghi lại, nên chưa có gì để đồng ý.
refusal-not-kept = Pathway không lưu được mục này như đã viết. Hãy kiểm tra và thử lại.
refusal-already-dealt-with = Thay đổi này đã được xử lý rồi.
refusal-not-allowed = Bạn không thể thực hiện thay đổi này.

## Where she signed in: browsers and systems keep their names

device-on = { $browser } trên { $system }
device-a-browser = Một trình duyệt web
device-a-mac = máy Mac
device-a-chromebook = Chromebook

## What was started and not sent or saved (the sign-out screen)

writing-unfinished = Chưa viết xong
sign-out-unfinished-about =
    { $count ->
       *[other] Bạn đã bắt đầu viết nhưng chưa gửi hoặc lưu. Đăng xuất sẽ xóa những gì bạn viết khỏi điện thoại này. Để giữ lại, hãy quay lại và gửi hoặc lưu trước.
    }
writing-statement = { $topic }, trong Tiếng nói của tôi
writing-message = Một tin nhắn
writing-reply = Một câu trả lời
writing-review-request = Lý do bạn muốn xem xét lại
writing-answer = Ý kiến của bạn về một phiên bản kế hoạch
writing-your-plan = { $part }, trong kế hoạch của bạn
writing-plan = { $part }, trong một kế hoạch
writing-action = Một việc cần làm, trong { $part }
writing-contact = Một ghi chú buổi gặp
writing-goal = Một mục tiêu mới
writing-rating = Một mục tiêu đang tiến triển thế nào
writing-rename = Lời mới cho một mục tiêu
writing-cheer = Lời động viên
writing-review = Biên bản một buổi xem xét lại
writing-audit-grading = Chấm điểm một lần kiểm tra thực hành
writing-audit-answer = Câu trả lời cho một lần kiểm tra thực hành
