//! The compiled translation file the phone downloads: one message per line,
//! `key=pattern`. The build writes it from the Fluent file (`cargo xtask
//! dist`), having checked it; reading it here needs no parser of Fluent's
//! whole grammar, which would cost her first visit tens of KB.
//!
//! A pattern is text with placeables marked by control characters no
//! translation contains: [`OPEN`] name [`CLOSE`] puts a value in;
//! [`OPEN`] name [`VARIANT`] key [`BODY`] pattern … [`CLOSE`] chooses a
//! variant by the value (a number by exact value, then by its plural form;
//! a text by itself), and the variant whose key starts with `*` is the
//! default.

use super::{Arg, Numbers};

pub const OPEN: char = '\u{1}';
pub const CLOSE: char = '\u{2}';
pub const VARIANT: char = '\u{3}';
pub const BODY: char = '\u{4}';

/// One language's messages, borrowed from the file's text: the build
/// writes them sorted by key, so finding one is a binary search.
#[derive(Debug, Default)]
pub struct Words<'a> {
    messages: Vec<(&'a str, &'a str)>,
}

impl<'a> Words<'a> {
    pub fn parse(file: &'a str) -> Words<'a> {
        let mut words = Words::default();
        words.add(file);
        words
    }

    /// Adds another file's messages (her other screens' words, once they
    /// are fetched).
    pub fn add(&mut self, file: &'a str) {
        self.messages
            .extend(file.lines().filter_map(|line| line.split_once('=')));
        // Each file is sorted when the build writes it; kept sorted whatever
        // the files.
        crate::order::by_key(&mut self.messages, |(key, _)| *key);
    }

    fn pattern(&self, key: &str) -> Option<&'a str> {
        self.messages
            .binary_search_by_key(&key, |(k, _)| k)
            .ok()
            .map(|at| self.messages[at].1)
    }

    /// A message that takes no values, as the file has it; `None` when it
    /// is missing or does take values.
    pub fn plain(&self, key: &str) -> Option<&'a str> {
        self.pattern(key).filter(|pattern| !pattern.contains(OPEN))
    }

    pub fn format(&self, key: &str, args: &[(&str, Arg)], numbers: &dyn Numbers) -> String {
        let Some(pattern) = self.pattern(key) else {
            return key.to_owned();
        };
        let mut out = String::with_capacity(pattern.len());
        let mut rest = pattern;
        fill(&mut rest, args, numbers, &mut out);
        out
    }
}

/// Writes the pattern at the start of `rest` into `out`, up to the end of
/// the text or the end of the variant it is in, leaving `rest` there.
fn fill(rest: &mut &str, args: &[(&str, Arg)], numbers: &dyn Numbers, out: &mut String) {
    while let Some(c) = rest.chars().next() {
        match c {
            VARIANT | CLOSE => return,
            OPEN => {
                *rest = &rest[1..];
                placeable(rest, args, numbers, out);
            }
            _ => {
                out.push(c);
                *rest = &rest[c.len_utf8()..];
            }
        }
    }
}

fn placeable(rest: &mut &str, args: &[(&str, Arg)], numbers: &dyn Numbers, out: &mut String) {
    let end = rest.find([CLOSE, VARIANT]).unwrap_or(rest.len());
    let name = &rest[..end];
    *rest = &rest[end..];
    let value = args.iter().find(|(n, _)| *n == name).map(|(_, v)| v);
    if !rest.starts_with(VARIANT) {
        match value {
            Some(Arg::Text(text)) => out.push_str(text),
            Some(Arg::Number(n)) => out.push_str(&numbers.number(*n)),
            None => out.push_str(name),
        }
        *rest = rest.get(1..).unwrap_or_default();
        return;
    }
    let wanted: Vec<String> = match value {
        Some(Arg::Number(n)) => vec![n.to_string(), numbers.plural(*n).to_owned()],
        Some(Arg::Text(text)) => vec![text.clone()],
        None => Vec::new(),
    };
    // Each variant is rendered into its own buffer; the one chosen is kept.
    let mut chosen: Option<(usize, String)> = None;
    let mut fallback = String::new();
    while rest.starts_with(VARIANT) {
        *rest = &rest[1..];
        let end = rest.find(BODY).unwrap_or(rest.len());
        let key = &rest[..end];
        *rest = rest.get(end + 1..).unwrap_or_default();
        let mut body = String::new();
        fill(rest, args, numbers, &mut body);
        let (is_default, key) = match key.strip_prefix('*') {
            Some(key) => (true, key),
            None => (false, key),
        };
        if let Some(rank) = wanted.iter().position(|w| w == key) {
            if chosen.as_ref().is_none_or(|(best, _)| rank < *best) {
                chosen = Some((rank, body.clone()));
            }
        }
        if is_default {
            fallback = body;
        }
    }
    *rest = rest.get(1..).unwrap_or_default();
    out.push_str(&chosen.map_or(fallback, |(_, body)| body));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// English's plural rule, and digits as they are.
    struct English;

    impl Numbers for English {
        fn plural(&self, n: i64) -> &'static str {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        fn number(&self, n: i64) -> String {
            n.to_string()
        }
    }

    fn words() -> Words<'static> {
        Words::parse(
            "hi=Hi \u{1}name\u{2}\n\
             steps=\u{1}count\u{3}0\u{4}No steps yet\u{3}one\u{4}\u{1}count\u{2} step\u{3}*other\u{4}\u{1}count\u{2} steps\u{2} to go\n\
             read=\u{1}who\u{3}female\u{4}She read it\u{3}*other\u{4}They read it\u{2}, \u{1}name\u{2}\n",
        )
    }

    #[test]
    fn fills_in_values() {
        let hi = words().format("hi", &[("name", "Ella".into())], &English);
        assert_eq!(hi, "Hi Ella");
    }

    #[test]
    fn an_exact_number_wins_over_its_plural_form() {
        let words = words();
        let steps = |n: i64| words.format("steps", &[("count", Arg::Number(n))], &English);
        assert_eq!(steps(0), "No steps yet to go");
        assert_eq!(steps(1), "1 step to go");
        assert_eq!(steps(5), "5 steps to go");
    }

    #[test]
    fn a_text_chooses_its_variant_or_the_default() {
        let words = words();
        let read = |who: &str| {
            words.format(
                "read",
                &[("who", who.into()), ("name", "Sam".into())],
                &English,
            )
        };
        assert_eq!(read("female"), "She read it, Sam");
        assert_eq!(read("unknown"), "They read it, Sam");
    }

    #[test]
    fn a_missing_message_shows_its_key() {
        assert_eq!(words().format("nowhere", &[], &English), "nowhere");
    }

    #[test]
    fn a_message_with_no_values_is_read_as_it_is() {
        let words = words();
        assert_eq!(words.plain("nowhere"), None);
        assert_eq!(words.plain("hi"), None, "it takes a name");
        let plain = Words::parse("b=Bee\na=Aye\n");
        assert_eq!(
            (plain.plain("a"), plain.plain("b")),
            (Some("Aye"), Some("Bee"))
        );
    }

    #[test]
    fn a_later_file_adds_its_messages_to_the_first() {
        let mut words = Words::parse("m=Home\nz=Zed\n");
        assert_eq!(words.plain("b"), None, "not fetched yet");
        words.add("b=Plan\ny=Goals\n");
        let found: Vec<_> = ["b", "m", "y", "z"].map(|k| words.plain(k)).into();
        assert_eq!(
            found,
            [Some("Plan"), Some("Home"), Some("Goals"), Some("Zed")]
        );
    }
}
