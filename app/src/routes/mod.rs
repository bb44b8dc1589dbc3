//! Every screen's address, and the address bar. Which screen an address
//! opens is plain Rust (here, tested natively); the screens and following
//! the address bar are the browser's (`screens`, `address`).

#[cfg(target_arch = "wasm32")]
pub(crate) mod address;
#[cfg(target_arch = "wasm32")]
pub(crate) mod screens;

/// The parts of `path` that a screen's `pattern` leaves open (`:id` in
/// `/young-people/:id`), by name, or `None` if the path is not that
/// screen's. A slash at the end changes nothing.
pub fn captures<'a>(pattern: &'static str, path: &'a str) -> Option<Vec<(&'static str, &'a str)>> {
    let mut wanted = pattern.split('/').filter(|part| !part.is_empty());
    let mut given = path.split('/').filter(|part| !part.is_empty());
    let mut found = Vec::new();
    loop {
        match (wanted.next(), given.next()) {
            (None, None) => return Some(found),
            (Some(want), Some(part)) => match want.strip_prefix(':') {
                Some(name) => found.push((name, part)),
                None if want == part => {}
                None => return None,
            },
            _ => return None,
        }
    }
}

/// Whether `path` is the screen `href` names, or one under it, part by
/// part: `/my-plan` is under itself and has `/my-plan/versions` under it,
/// but not `/my-planner`; nothing but `/` is under `/`. A menu marks its
/// link to the screen that is open so.
pub fn is_under(path: &str, href: &str) -> bool {
    if href == "/" {
        return path == "/";
    }
    path.strip_prefix(href)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::{captures, is_under};

    #[test]
    fn an_address_opens_the_screen_whose_pattern_it_fits() {
        assert_eq!(captures("/", "/"), Some(vec![]));
        assert_eq!(captures("/my-plan", "/my-plan/"), Some(vec![]));
        assert_eq!(captures("/my-plan", "/my-plan/versions"), None);
        assert_eq!(captures("/my-plan/versions", "/my-plan"), None);
        assert_eq!(captures("/my-plan", "/my-goals"), None);
        assert_eq!(
            captures(
                "/young-people/:id/compare/:a/:b",
                "/young-people/7/compare/1/2"
            ),
            Some(vec![("id", "7"), ("a", "1"), ("b", "2")])
        );
        assert_eq!(captures("/young-people/:id", "/young-people"), None);
    }

    #[test]
    fn a_menu_link_is_current_on_its_screen_and_those_under_it() {
        assert!(is_under("/my-plan", "/my-plan"));
        assert!(is_under("/my-plan/versions/1", "/my-plan"));
        assert!(!is_under("/my-planner", "/my-plan"));
        assert!(!is_under("/home", "/my-plan"));
        assert!(is_under("/", "/"));
        assert!(!is_under("/home", "/"));
    }
}
