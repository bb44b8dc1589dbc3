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
help-title = Những người giúp tôi
gender-legend = Pathway nên nói chuyện với bạn thế nào?

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

## Opening a screen

screen-opening = Đang mở…
screen-not-here = Màn hình này chưa có trên điện thoại. Nó sẽ mở ngay khi bạn có mạng.
not-found-title = Không tìm thấy trang
not-found-heading = Chúng tôi không tìm thấy trang đó
not-found-start = Về trang đầu

## Reading a screen aloud

read-aloud = Đọc to
read-aloud-stop = Dừng đọc

## Signing out with changes still waiting (the sign-out screen)

sign-out = Đăng xuất
sign-out-all-sent = Mọi thứ đã được gửi.
sign-out-once-sent =
    { $count ->
       *[other] Bạn sẽ được đăng xuất ngay khi { $what } được gửi. Việc này tự diễn ra khi bạn có mạng, kể cả khi bạn đóng Pathway.
    }
sign-out-if-you-wait =
    { $count ->
       *[other] Nội dung đã được lưu trên điện thoại này. Nếu bạn chờ, nó sẽ được gửi, rồi bạn sẽ được đăng xuất.
    }
sign-out-wait = Chờ và gửi
sign-out-and-delete = Đăng xuất và xóa chúng
sign-out-delete-question = Xóa { $what }?
sign-out-gone-for-good =
    { $count ->
       *[other] Sau khi xóa, sẽ không ai thấy được nữa và không thể lấy lại.
    }
sign-out-delete = Xóa và đăng xuất
sign-out-go-back = Quay lại
sign-out-stay = Vẫn đăng nhập

## What waits to be sent, counted ($what in the messages above)

unsent-not-yet =
    { $count ->
       *[other] { $what } chưa được gửi.
    }
unsent-messages = { $count } tin nhắn
unsent-statements = { $count } lời chia sẻ
unsent-replies = { $count } câu trả lời
unsent-contact-notes = { $count } ghi chú buổi gặp
unsent-your-plan = { $count } thay đổi trong kế hoạch của bạn
unsent-plans = { $count } thay đổi trong kế hoạch
unsent-your-goals = { $count } thay đổi trong mục tiêu của bạn
unsent-goals = { $count } thay đổi trong mục tiêu
unsent-other = { $count } thay đổi khác
