//! The translation files (`app/lang/<code>/<part>.ftl`, Project Fluent syntax):
//! checked, then compiled into the small form the phone reads
//! (`pathway_app::language::compiled`). The build fails when a language
//! lacks a message English has (or has one English does not), when a
//! message's placeholders differ from English's, when the app asks for a
//! message English lacks, when English has one nothing asks for, or when
//! Tigrinya speaks to her as to a boy.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use anyhow::{bail, Context, Result};
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use pathway_app::language::compiled::{BODY, CLOSE, OPEN, VARIANT};
use pathway_app::language::{Gender, Lang, Part, GENDER};

/// One message, compiled, with the values it takes.
#[derive(Debug, PartialEq)]
struct Message {
    pattern: String,
    takes: BTreeSet<String>,
}

impl Message {
    /// The values the app must hand it: all it takes but `$gender`.
    fn handed(&self) -> BTreeSet<&str> {
        self.takes
            .iter()
            .map(String::as_str)
            .filter(|name| *name != GENDER)
            .collect()
    }
}

/// Every language's compiled files, one for each [`Part`], checked against
/// English and against the keys the app's code asks for (`tr!("key"…)`
/// under `app/src`).
pub fn compile_all(root: &Path) -> Result<Vec<(Lang, Part, String)>> {
    let dir = root.join("app").join("lang");
    let mut files = Vec::new();
    for lang in Lang::ALL {
        for part in Part::ALL {
            let name = format!("{}/{}.ftl", lang.code(), part.name());
            let path = dir.join(&name);
            let source =
                fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
            let messages = compile(&source).with_context(|| format!("in {}", path.display()))?;
            files.push((lang, part, name, messages));
        }
    }
    let english_of = |part: Part| {
        files
            .iter()
            .find(|(lang, p, ..)| *lang == Lang::En && *p == part)
            .map(|(.., messages)| messages)
    };
    let mut problems = Vec::new();
    let mut english = BTreeMap::new();
    for part in Part::ALL {
        for (key, message) in english_of(part).into_iter().flatten() {
            if english.insert(key.as_str(), message).is_some() {
                problems.push(format!("{key:?} is in more than one of English's files"));
            }
        }
    }
    for (lang, part, name, messages) in &files {
        if *lang != Lang::En {
            let theirs = english_of(*part).context("English's files are missing")?;
            problems.extend(differences(name, theirs, messages));
        }
    }
    for lang in Lang::ALL {
        let by_gender = files.iter().any(|(l, _, _, messages)| {
            *l == lang && messages.values().any(|m| m.takes.contains(GENDER))
        });
        if by_gender != lang.speaks_by_gender() {
            problems.push(format!(
                "{}'s files {} by $gender, but Lang::speaks_by_gender says {}: \
                 she is asked how to be spoken to exactly where it changes her words",
                lang.code(),
                if by_gender { "choose" } else { "never choose" },
                lang.speaks_by_gender()
            ));
        }
    }
    for (lang, _, name, messages) in &files {
        if *lang == Lang::Ti {
            problems.extend(speaks_to_a_boy(name, messages));
        }
    }
    let asked = keys_asked_for(&root.join("app").join("src"))?;
    for (key, with_values) in &asked {
        match english.get(key.as_str()) {
            None => problems.push(format!(
                "the app asks for {key:?}, which app/lang/en/ lacks"
            )),
            // Asked for with none, it is handed over as it is, unfilled.
            Some(message) if !with_values && !message.handed().is_empty() => {
                problems.push(format!(
                    "the app asks for {key:?} with no values, but it takes {:?}",
                    message.handed()
                ))
            }
            Some(_) => {}
        }
    }
    for key in english.keys().filter(|k| !asked.contains_key(**k)) {
        problems.push(format!("app/lang/en/ has {key:?}, which nothing asks for"));
    }
    if !problems.is_empty() {
        bail!(
            "the translations need mending:\n  {}",
            problems.join("\n  ")
        );
    }
    Ok(files
        .into_iter()
        .map(|(lang, part, _, messages)| {
            let file = messages
                .iter()
                .map(|(key, message)| format!("{key}={}\n", message.pattern))
                .collect();
            (lang, part, file)
        })
        .collect())
}

/// Tigrinya's singular "you" is a boy's or a girl's (ኣቲኻ, ኣቲኺ), so
/// Pathway speaks to her in the plural, as one speaks politely to anyone
/// (ኣቲኹም), which fits either, and never has to ask. A word ending in the
/// boy's "you" or "your" (-ካ, -ኻ) is named, so none comes back.
fn speaks_to_a_boy(file: &str, messages: &BTreeMap<String, Message>) -> Vec<String> {
    messages
        .iter()
        .flat_map(|(key, message)| {
            message
                .pattern
                .split(|c: char| !('\u{1200}'..='\u{137F}').contains(&c) || "፡።፣፤፥፦፧፨".contains(c))
                .filter(|word| word.ends_with(['ካ', 'ኻ']))
                .map(move |word| {
                    format!(
                        "{file}: {key}: \"{word}\" speaks to a boy; say it in the plural (-ኩም, -ኹም)"
                    )
                })
        })
        .collect()
}

/// The message `key` of a compiled file, for a page that shows it without
/// the app: refused unless it is plain words, with no values or variants.
pub fn plain<'a>(file: &'a str, key: &str) -> Result<&'a str> {
    let words = file
        .lines()
        .find_map(|line| line.strip_prefix(key)?.strip_prefix('='))
        .with_context(|| format!("there is no {key:?}"))?;
    if words.contains([OPEN, CLOSE, VARIANT, BODY]) {
        bail!("{key:?} must be plain words, with no values or variants");
    }
    Ok(words)
}

/// What differs between a language and English.
fn differences(
    file: &str,
    english: &BTreeMap<String, Message>,
    other: &BTreeMap<String, Message>,
) -> Vec<String> {
    let mut problems = Vec::new();
    for (key, message) in english {
        match other.get(key) {
            None => problems.push(format!("{file} lacks {key:?}")),
            Some(theirs) if theirs.handed() != message.handed() => problems.push(format!(
                "{file}'s {key:?} takes {:?}, English's takes {:?}",
                theirs.handed(),
                message.handed()
            )),
            Some(_) => {}
        }
    }
    for key in other.keys().filter(|k| !english.contains_key(*k)) {
        problems.push(format!("{file} has {key:?}, which English's lacks"));
    }
    problems
}

fn compile(source: &str) -> Result<BTreeMap<String, Message>> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        let lines: Vec<String> = errors
            .iter()
            .map(|e| {
                let line = source[..e.pos.start.min(source.len())].lines().count();
                format!("line {line}: {:?}", e.kind)
            })
            .collect();
        anyhow::anyhow!("Fluent syntax errors: {}", lines.join("; "))
    })?;
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let key = message.id.name.to_owned();
                if !message.attributes.is_empty() {
                    bail!("{key}: attributes are not used by Pathway");
                }
                let value = message
                    .value
                    .with_context(|| format!("{key} has no text"))?;
                let mut compiled = Message {
                    pattern: String::new(),
                    takes: BTreeSet::new(),
                };
                pattern(&value, &mut compiled).with_context(|| format!("in {key}"))?;
                if messages.insert(key.clone(), compiled).is_some() {
                    bail!("{key} is there twice");
                }
            }
            Entry::Term(term) => bail!("-{}: terms are not used by Pathway", term.id.name),
            Entry::Junk { content } => bail!("cannot read {content:?}"),
            Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => {}
        }
    }
    Ok(messages)
}

fn pattern(pattern: &Pattern<&str>, out: &mut Message) -> Result<()> {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text(value, out)?,
            PatternElement::Placeable { expression } => placeable(expression, out)?,
        }
    }
    Ok(())
}

fn text(value: &str, out: &mut Message) -> Result<()> {
    if value.chars().any(|c| c.is_control() && c != '\n') {
        bail!("a control character in {value:?}");
    }
    // A message continued over lines reads as one line on screen.
    out.pattern.push_str(&value.replace('\n', " "));
    Ok(())
}

fn placeable(expression: &Expression<&str>, out: &mut Message) -> Result<()> {
    match expression {
        Expression::Inline(inline) => match inline {
            InlineExpression::VariableReference { id } if id.name == GENDER => {
                bail!("$gender only chooses words; it is not written out")
            }
            InlineExpression::VariableReference { id } => {
                out.takes.insert(id.name.to_owned());
                out.pattern.extend([OPEN]);
                out.pattern.push_str(id.name);
                out.pattern.push(CLOSE);
            }
            InlineExpression::StringLiteral { value } => text(value, out)?,
            InlineExpression::Placeable { expression } => placeable(expression, out)?,
            other => bail!("{other:?} is not used by Pathway: only $values and choices"),
        },
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id } = selector else {
                bail!("a choice must be made by a $value");
            };
            if id.name == GENDER {
                gender_variants(variants)?;
            }
            out.takes.insert(id.name.to_owned());
            out.pattern.push(OPEN);
            out.pattern.push_str(id.name);
            for variant in variants {
                out.pattern.push(VARIANT);
                if variant.default {
                    out.pattern.push('*');
                }
                match &variant.key {
                    VariantKey::Identifier { name } => out.pattern.push_str(name),
                    VariantKey::NumberLiteral { value } => out.pattern.push_str(value),
                }
                out.pattern.push(BODY);
                pattern(&variant.value, out)?;
            }
            out.pattern.push(CLOSE);
        }
    }
    Ok(())
}

/// A choice by `$gender` has `[feminine]`, `[masculine]` (either may be
/// left out) and `*[other]`, the words that fit either, which is what she
/// reads until she chooses.
fn gender_variants(variants: &[fluent_syntax::ast::Variant<&str>]) -> Result<()> {
    let known: Vec<&str> = Gender::ALL.map(Gender::variant).into();
    for variant in variants {
        let key = match &variant.key {
            VariantKey::Identifier { name } => *name,
            VariantKey::NumberLiteral { value } => *value,
        };
        if !known.contains(&key) {
            bail!("$gender chooses [feminine], [masculine] or *[other], not [{key}]");
        }
        if variant.default != (key == Gender::Neutral.variant()) {
            bail!("a choice by $gender has *[other] as its default, the words that fit either");
        }
    }
    Ok(())
}

/// The message keys the app's code asks for (each `tr!("key"`), and
/// whether every ask gives it values.
fn keys_asked_for(dir: &Path) -> Result<BTreeMap<String, bool>> {
    let mut keys = BTreeMap::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            for (key, with_values) in keys_asked_for(&path)? {
                *keys.entry(key).or_insert(with_values) &= with_values;
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            let code = fs::read_to_string(&path)?;
            for (at, _) in code.match_indices("tr!(") {
                // `include_str!("…")` ends the same way.
                let whole_word = code[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric() && c != '_');
                // rustfmt may put the key on a line of its own.
                let Some(quoted) = code[at + 4..].trim_start().strip_prefix('"') else {
                    continue;
                };
                if !whole_word {
                    continue;
                }
                if let Some((key, rest)) = quoted.split_once('"') {
                    let with_values = !rest.trim_start().starts_with(')');
                    *keys.entry(key.to_owned()).or_insert(with_values) &= with_values;
                }
            }
        }
    }
    Ok(keys)
}

#[cfg(test)]
mod tests {
    use super::*;
    use pathway_app::language::compiled::Words;
    use pathway_app::language::{Arg, Numbers};

    struct Polish;

    impl Numbers for Polish {
        fn plural(&self, n: i64) -> &'static str {
            match (n % 10, n % 100) {
                _ if n == 1 => "one",
                (2..=4, r) if !(12..=14).contains(&r) => "few",
                _ => "many",
            }
        }
        fn number(&self, n: i64) -> String {
            n.to_string()
        }
    }

    /// Every language file is complete and matches English, and the app
    /// asks for exactly the messages English has.
    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() -> Result<()> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let languages = compile_all(&root)?;
        assert_eq!(languages.len(), Lang::ALL.len() * Part::ALL.len());
        Ok(())
    }

    #[test]
    fn a_missing_message_or_a_changed_placeholder_is_named() -> Result<()> {
        let english = compile("hi = Hi { $name }\nbye = Bye\n")?;
        let other = compile("hi = Cześć { $imie }\nextra = Coś\n")?;
        let problems = differences("pl/first.ftl", &english, &other);
        assert_eq!(problems.len(), 3, "{problems:?}");
        let said = |words: &str| problems.iter().any(|p| p.contains(words));
        assert!(said("\"hi\" takes {\"imie\"}"), "{problems:?}");
        assert!(said("lacks \"bye\""), "{problems:?}");
        assert!(said("has \"extra\""), "{problems:?}");
        Ok(())
    }

    #[test]
    fn plural_choices_compile_to_what_the_phone_reads() -> Result<()> {
        let source = "steps =\n    { $count ->\n        [one] { $count } krok\n        [few] { $count } kroki\n       *[many] { $count } kroków\n    } do celu\n";
        let messages = compile(source)?;
        let file: String = messages
            .iter()
            .map(|(k, m)| format!("{k}={}\n", m.pattern))
            .collect();
        let words = Words::parse(&file);
        let steps = |n: i64| words.format("steps", &[("count", Arg::Number(n))], &Polish);
        assert_eq!(steps(1), "1 krok do celu");
        assert_eq!(steps(3), "3 kroki do celu");
        assert_eq!(steps(12), "12 kroków do celu");
        assert_eq!(steps(22), "22 kroki do celu");
        Ok(())
    }

    #[test]
    fn any_language_may_choose_by_gender_and_none_is_handed_it() -> Result<()> {
        let english = compile("sent = You sent it\nhi = Hi { $name }\n")?;
        let polish = compile(
            "sent = { $gender ->\n    [feminine] Wysłałaś\n    [masculine] Wysłałeś\n   *[other] Wysłałeś(-aś)\n} to\nhi = { $gender ->\n    [feminine] Cześć, { $name }\n   *[other] Hej, { $name }\n}\n",
        )?;
        assert_eq!(
            differences("pl/first.ftl", &english, &polish),
            Vec::<String>::new()
        );
        let file: String = polish
            .iter()
            .map(|(k, m)| format!("{k}={}\n", m.pattern))
            .collect();
        let words = Words::parse(&file);
        let sent =
            |gender: Gender| words.format("sent", &[(GENDER, gender.variant().into())], &Polish);
        assert_eq!(sent(Gender::Feminine), "Wysłałaś to");
        assert_eq!(sent(Gender::Masculine), "Wysłałeś to");
        assert_eq!(sent(Gender::Neutral), "Wysłałeś(-aś) to");
        Ok(())
    }

    #[test]
    fn a_gender_choice_must_be_one_pathway_makes() {
        let wrong_key = "m = { $gender ->\n    [female] A\n   *[other] B\n}\n";
        let other_not_default = "m = { $gender ->\n   *[masculine] A\n    [other] B\n}\n";
        let written_out = "m = You are { $gender }\n";
        for source in [wrong_key, other_not_default, written_out] {
            assert!(compile(source).is_err(), "{source}");
        }
    }

    #[test]
    fn tigrinya_that_speaks_to_a_boy_is_named() -> Result<()> {
        let plural = compile("offline = ኢንተርነት የብልኩምን።\nhi = ሰላም { $name }\n")?;
        assert_eq!(
            speaks_to_a_boy("ti/first.ftl", &plural),
            Vec::<String>::new()
        );
        let singular = compile("plan = መደብካ\nsaved = ኣብ ተሌፎንካ፡ { $count } ተዓቂቡ\n")?;
        assert_eq!(
            speaks_to_a_boy("ti/first.ftl", &singular),
            [
                "ti/first.ftl: plan: \"መደብካ\" speaks to a boy; say it in the plural (-ኩም, -ኹም)",
                "ti/first.ftl: saved: \"ተሌፎንካ\" speaks to a boy; say it in the plural (-ኩም, -ኹም)",
            ]
        );
        Ok(())
    }

    #[test]
    fn terms_and_functions_are_refused() {
        assert!(compile("-brand = Pathway\n").is_err());
        assert!(compile("n = { NUMBER($n) }\n").is_err());
        assert!(compile("broken = { $n\n").is_err());
    }

    #[test]
    fn a_page_without_the_app_takes_only_plain_words() -> Result<()> {
        let file: String =
            compile("screen-opening = Opening…\nhi = Hi { $name }\nscreen = Screen\n")?
                .iter()
                .map(|(key, message)| format!("{key}={}\n", message.pattern))
                .collect();
        assert_eq!(plain(&file, "screen-opening")?, "Opening…");
        assert_eq!(plain(&file, "screen")?, "Screen");
        assert!(plain(&file, "hi").is_err());
        assert!(plain(&file, "missing").is_err());
        Ok(())
    }
}
