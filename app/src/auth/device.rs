//! The browser and system a sign-in came from, named so she can tell her
//! phones apart, and no more kept. The server keeps the English words
//! ("Chrome on Android"); her phone reads them back to say them in her
//! language.

/// A browser, by the name people know it by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Browser {
    Edge,
    SamsungInternet,
    Firefox,
    Chrome,
    Safari,
    /// One Pathway does not name.
    Other,
}

/// A phone's or computer's system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum System {
    IPhone,
    IPad,
    Android,
    Windows,
    Mac,
    Chromebook,
    Linux,
}

/// Where someone signed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Device {
    pub browser: Browser,
    /// `None` when the browser does not say.
    pub system: Option<System>,
}

impl Browser {
    const ALL: [Browser; 6] = [
        Browser::Edge,
        Browser::SamsungInternet,
        Browser::Firefox,
        Browser::Chrome,
        Browser::Safari,
        Browser::Other,
    ];

    pub fn english(self) -> &'static str {
        match self {
            Browser::Edge => "Edge",
            Browser::SamsungInternet => "Samsung Internet",
            Browser::Firefox => "Firefox",
            Browser::Chrome => "Chrome",
            Browser::Safari => "Safari",
            Browser::Other => "A web browser",
        }
    }
}

impl System {
    const ALL: [System; 7] = [
        System::IPhone,
        System::IPad,
        System::Android,
        System::Windows,
        System::Mac,
        System::Chromebook,
        System::Linux,
    ];

    pub fn english(self) -> &'static str {
        match self {
            System::IPhone => "iPhone",
            System::IPad => "iPad",
            System::Android => "Android",
            System::Windows => "Windows",
            System::Mac => "a Mac",
            System::Chromebook => "a Chromebook",
            System::Linux => "Linux",
        }
    }
}

impl Device {
    /// The device a `User-Agent` names. Order matters: Edge and Samsung
    /// Internet also say "Chrome", and Chrome also says "Safari".
    pub fn of_user_agent(user_agent: &str) -> Device {
        let has = |needle: &str| user_agent.contains(needle);
        let browser = if has("Edg/") {
            Browser::Edge
        } else if has("SamsungBrowser") {
            Browser::SamsungInternet
        } else if has("Firefox/") || has("FxiOS") {
            Browser::Firefox
        } else if has("Chrome/") || has("CriOS") || has("Chromium/") {
            Browser::Chrome
        } else if has("Safari/") {
            Browser::Safari
        } else {
            Browser::Other
        };
        let system = if has("iPhone") {
            Some(System::IPhone)
        } else if has("iPad") {
            Some(System::IPad)
        } else if has("Android") {
            Some(System::Android)
        } else if has("Windows") {
            Some(System::Windows)
        } else if has("Mac OS X") || has("Macintosh") {
            Some(System::Mac)
        } else if has("CrOS") {
            Some(System::Chromebook)
        } else if has("Linux") {
            Some(System::Linux)
        } else {
            None
        };
        Device { browser, system }
    }

    /// In English, as the server keeps it: "Chrome on Android".
    pub fn english(self) -> String {
        match self.system {
            Some(system) => format!("{} on {}", self.browser.english(), system.english()),
            None => self.browser.english().to_owned(),
        }
    }

    /// The device that [`Device::english`] words name; `None` for words it
    /// never writes.
    pub fn from_english(words: &str) -> Option<Device> {
        let (browser, system) = match words.split_once(" on ") {
            Some((browser, system)) => (
                browser,
                Some(System::ALL.into_iter().find(|s| s.english() == system)?),
            ),
            None => (words, None),
        };
        let browser = Browser::ALL.into_iter().find(|b| b.english() == browser)?;
        Some(Device { browser, system })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_is_named_in_words() {
        let cases = [
            ("Mozilla/5.0 (Linux; Android 13; SM-A145R) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36", "Samsung Internet on Android"),
            ("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36", "Chrome on Android"),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1", "Safari on iPhone"),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0", "Edge on Windows"),
            ("curl/8.5.0", "A web browser"),
        ];
        for (agent, words) in cases {
            assert_eq!(Device::of_user_agent(agent).english(), words, "{agent}");
        }
    }

    #[test]
    fn the_words_kept_are_read_back_as_the_same_device() {
        for browser in Browser::ALL {
            for system in System::ALL.map(Some).into_iter().chain([None]) {
                let device = Device { browser, system };
                assert_eq!(Device::from_english(&device.english()), Some(device));
            }
        }
        assert_eq!(Device::from_english("Netscape on BeOS"), None);
        assert_eq!(Device::from_english(""), None);
    }
}
