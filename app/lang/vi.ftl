# Lời của Pathway trên các màn hình của bạn trẻ, bằng tiếng Việt.
# Cần người bản ngữ kiểm tra lại.

## The tabs at the foot of her screen

tabs-label = Trình đơn chính
tab-home = Trang chủ
tab-plan = Kế hoạch
tab-plan-waiting = một phiên bản mới đang chờ bạn trả lời
tab-goals = Mục tiêu
tab-voice = Tiếng nói
tab-voice-new-replies = { $count } câu trả lời mới
tab-more = Thêm
tab-more-unread = { $count } tin nhắn chưa đọc

## What is saved where, at the top of every screen

skip-to-content = Chuyển đến nội dung
sync-sending = Đang gửi…
sync-signing-out = Bạn sẽ được đăng xuất khi { $count } thay đổi được gửi đi
sync-reload-needed = Pathway đã được cập nhật. Hãy tải lại trang để tiếp tục — các thay đổi của bạn đã được lưu trên điện thoại này.
sync-saved-here = Đã lưu trên điện thoại này — { $count } thay đổi sẽ được gửi khi bạn có mạng
sync-up-to-date = Đã cập nhật
sync-up-to-date-since = Đã cập nhật ({ $ago })
sync-offline = Ngoại tuyến — đang hiển thị những gì lưu trên điện thoại này
sync-failing = Hiện không kết nối được với Pathway — đang hiển thị những gì lưu trên điện thoại này
sync-starting = Đang kiểm tra cập nhật…
sync-reload = Tải lại
sync-see-this-phone = Xem những gì có trên điện thoại này
unkept-full = Điện thoại này hết dung lượng, nên Pathway không thể giữ một bản sao để dùng khi không có mạng. Ứng dụng vẫn chạy khi bạn có mạng, và các thay đổi của bạn vẫn được giữ.
unkept-refused = Trình duyệt này không cho Pathway giữ một bản sao để dùng khi không có mạng (chế độ duyệt riêng tư có thể gây ra điều này). Ứng dụng vẫn chạy khi bạn có mạng, và các thay đổi của bạn vẫn được giữ.
ago-just-now = vừa xong
ago-minutes = { $count } phút trước
ago-hours = { $count } giờ trước
ago-days = { $count } ngày trước

## When the server says no

failure-offline = Bạn đang ngoại tuyến.
failure-wrong-password = Tên người dùng và mật khẩu không khớp. Hãy kiểm tra và thử lại.
failure-sign-in-again = Phiên đăng nhập của bạn đã hết hạn. Vui lòng đăng nhập lại.
failure-account-locked = Tài khoản này đã bị khóa nên không thể đăng nhập. Hãy liên hệ nhóm của bạn để mở khóa.
failure-daily-limit = Hôm nay bạn đã gửi nhiều thay đổi, nên phần còn lại sẽ được gửi vào ngày mai. Chúng đã được lưu trên điện thoại này.
failure-broken = Đã xảy ra lỗi. Vui lòng thử lại sau một phút.

## Signing in

sign-in-title = Đăng nhập
sign-in-enter-both = Nhập tên người dùng và mật khẩu của bạn.
sign-in-offline = Bạn đang ngoại tuyến. Bạn cần có mạng để đăng nhập lần đầu trên điện thoại này.
sign-in-wiped = Bạn đã bị đăng xuất khỏi điện thoại này từ một nơi khác, nên Pathway đã xóa mọi thứ lưu ở đây. Hãy đăng nhập để tiếp tục.
sign-in-locked = Tài khoản của bạn đã bị khóa, nên Pathway đã xóa mọi thứ lưu trên điện thoại này. Hãy liên hệ nhóm của bạn để mở khóa.
sign-in-ran-out = Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại để gửi những gì đã lưu trên điện thoại này — không có gì bị mất.
sign-in-welcome = Kế hoạch, mục tiêu và tiếng nói của bạn — trên điện thoại, kể cả khi không có sóng.
sign-in-username = Tên người dùng
sign-in-password = Mật khẩu
sign-in-show-password = Hiện mật khẩu
sign-in-pending = Đang đăng nhập…
sign-in-button = Đăng nhập

## Choosing a language

language-label = Ngôn ngữ
language-switching = Đang mở Pathway bằng { $language }…
language-offline = { $language } chưa có trên điện thoại này. Hãy chọn lại khi bạn có mạng.
language-not-kept = Điện thoại này không lưu được lựa chọn của bạn. Hãy thử lại, hoặc kiểm tra cài đặt trình duyệt.

## Her home

home-title = Trang chủ
home-hi = Chào { $name }
home-getting-plan = Đang tải kế hoạch của bạn… Nếu bạn đang ngoại tuyến, kế hoạch sẽ hiện ra ngay khi có mạng.
home-something-wrong = Có chuyện không ổn
home-call = Gọi { $name }
home-coming-up = Sắp tới
home-next-catch-up-with = Lần gặp tới với { $name }
home-next-catch-up = Lần gặp tới với người cố vấn của bạn
home-not-arranged = Chưa hẹn
home-next-review = Lần xem lại kế hoạch tiếp theo
home-not-set = Chưa đặt
home-next-steps = Các bước tiếp theo của bạn
home-nothing-to-do = Hiện không có gì trong danh sách của bạn.
home-step-by = Trước { $day } ({ $near })
home-more-steps = Còn { $count } bước nữa trong kế hoạch
home-messages-with = Tin nhắn với { $name }
home-messages = Tin nhắn với người cố vấn của bạn
home-new-messages-from = { $count } tin nhắn mới từ { $name }
home-new-messages = { $count } tin nhắn mới
home-my-bees = Những chú ong của tôi
home-bee-no-goals = chưa có mục tiêu
home-bee-progress = đã đi được { $percent }%
home-see-goals = Xem mục tiêu của tôi
near-today = hôm nay
near-tomorrow = ngày mai
near-yesterday = hôm qua
near-in-days = { $count } ngày nữa
near-days-ago = { $count } ngày trước

## The six Bees of Outcome Bees

bee-happy = Vui vẻ
bee-healthy = Khỏe mạnh
bee-safe = An toàn
bee-resilient = Kiên cường
bee-ambitious = Hoài bão
bee-independent = Tự lập

## More

more-title = Thêm
more-messages = Tin nhắn
more-meetings-with = Các buổi gặp với { $name }
more-my-meetings = Các buổi gặp của tôi
more-written-about-me = Những gì viết về tôi
more-this-phone = Điện thoại này

## Ringing someone

call-number = Gọi { $phone }
call-who-on = Gọi { $who } theo số { $phone }

## People who help me

help-title = Những người giúp tôi
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

## Opening a screen

screen-opening = Đang mở…
screen-not-here = Màn hình này chưa có trên điện thoại. Nó sẽ mở ngay khi bạn có mạng.
not-found-title = Không tìm thấy trang
not-found-heading = Chúng tôi không tìm thấy trang đó
not-found-start = Về trang đầu

## Reading a screen aloud

read-aloud = Đọc to
read-aloud-stop = Dừng đọc

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
