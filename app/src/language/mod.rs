//! Her language. Every word of a young person's screens comes from a
//! translation file (`app/lang/<code>/<part>.ftl`, Project Fluent syntax),
//! checked and compiled by the build into small files; the phone downloads
//! only her language's, and of those only what a screen needs
//! (`docs/languages.md`). Numbers, dates and plurals
//! follow her language through the browser's `Intl`, so no locale tables
//! travel in the app.

#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod compiled;
#[cfg(target_arch = "wasm32")]
pub mod picker;

use pathway_derive::ReadObject;
use serde::Serialize;

use crate::named::{self, read_by_name, Named};

/// The languages Pathway speaks: those of young people in care in England.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase", into = "&'static str")]
pub enum Lang {
    En,
    Ar,
    /// Dari.
    Prs,
    /// Pashto.
    Ps,
    /// Tigrinya.
    Ti,
    /// Kurdish (Sorani).
    Ckb,
    /// Albanian.
    Sq,
    /// Vietnamese.
    Vi,
    /// Polish.
    Pl,
    /// Romanian.
    Ro,
}

impl Lang {
    pub const ALL: [Lang; 10] = [
        Lang::En,
        Lang::Ar,
        Lang::Prs,
        Lang::Ps,
        Lang::Ti,
        Lang::Ckb,
        Lang::Sq,
        Lang::Vi,
        Lang::Pl,
        Lang::Ro,
    ];

    /// The code its translation file and the account store it by.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Prs => "prs",
            Lang::Ps => "ps",
            Lang::Ti => "ti",
            Lang::Ckb => "ckb",
            Lang::Sq => "sq",
            Lang::Vi => "vi",
            Lang::Pl => "pl",
            Lang::Ro => "ro",
        }
    }

    /// The BCP 47 tag the document, `Intl` and the phone's voices know it
    /// by. Dari is written `fa-AF`, which browsers and voices recognise
    /// where they rarely know `prs`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
            Lang::Prs => "fa-AF",
            other => other.code(),
        }
    }

    /// Its name in its own words, as the picker shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::Prs => "دری",
            Lang::Ps => "پښتو",
            Lang::Ti => "ትግርኛ",
            Lang::Ckb => "کوردی",
            Lang::Sq => "Shqip",
            Lang::Vi => "Tiếng Việt",
            Lang::Pl => "Polski",
            Lang::Ro => "Română",
        }
    }

    /// Whether some of its words change with whom they speak to (a girl or
    /// a boy), so she is asked how Pathway should speak to her. The build
    /// checks this against the translation files' `$gender` choices.
    pub fn speaks_by_gender(self) -> bool {
        matches!(self, Lang::Ar | Lang::Sq | Lang::Pl | Lang::Ro)
    }

    /// Whether it is written right to left.
    pub fn right_to_left(self) -> bool {
        matches!(self, Lang::Ar | Lang::Prs | Lang::Ps | Lang::Ckb)
    }

    pub fn from_code(code: &str) -> Result<Lang, UnknownLanguage> {
        named::find(code).ok_or_else(|| UnknownLanguage(code.to_owned()))
    }
}

// Read and written as their codes, by the code above (the phone then
// carries no second table of them from serde's derive).
impl Named for Lang {
    const ALL: &'static [Lang] = &Lang::ALL;

    fn name(self) -> &'static str {
        self.code()
    }
}

read_by_name!(Lang, Gender);

impl From<Lang> for &'static str {
    fn from(lang: Lang) -> &'static str {
        lang.code()
    }
}

/// Each language's words come in two parts, so her first visit carries
/// only what it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The words around every screen, of signing in and of her home.
    First,
    /// Her other screens' words, fetched when one of them first opens.
    Later,
}

impl Part {
    pub const ALL: [Part; 2] = [Part::First, Part::Later];

    /// Its translation file's name (`app/lang/<code>/<name>.ftl`), and how
    /// `index.html`'s language map names its compiled file.
    pub fn name(self) -> &'static str {
        match self {
            Part::First => "first",
            Part::Later => "later",
        }
    }
}

/// A language code Pathway has no translation for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Pathway has no translation for \"{0}\": use en, ar, prs, ps, ti, ckb, sq, vi, pl or ro")]
pub struct UnknownLanguage(pub String);

/// `PUT /api/me/language`: the language she chose, kept on her account so
/// a new phone opens in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LanguageChoice {
    pub language: Lang,
}

/// How her language speaks to her where its words change for a girl or a
/// boy ("wysłałaś", "wysłałeś" in Polish). Every message may choose by it
/// as `$gender` without being handed it: `[feminine]`, `[masculine]`, and
/// `*[other]`, the words that fit either, for [`Gender::Neutral`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase", into = "&'static str")]
pub enum Gender {
    Feminine,
    Masculine,
    /// Not chosen, or chosen not to say: words that fit either.
    #[default]
    Neutral,
}

/// The value every message may choose by, handed to none.
pub const GENDER: &str = "gender";

impl Gender {
    pub const ALL: [Gender; 3] = [Gender::Feminine, Gender::Masculine, Gender::Neutral];

    /// How her account stores it.
    pub fn code(self) -> &'static str {
        match self {
            Gender::Feminine => "feminine",
            Gender::Masculine => "masculine",
            Gender::Neutral => "neutral",
        }
    }

    /// The variant of a `$gender` choice that speaks to her.
    pub fn variant(self) -> &'static str {
        match self {
            Gender::Neutral => "other",
            chosen => chosen.code(),
        }
    }
}

impl std::str::FromStr for Gender {
    type Err = UnknownGender;

    fn from_str(code: &str) -> Result<Gender, UnknownGender> {
        named::find(code).ok_or_else(|| UnknownGender(code.to_owned()))
    }
}

impl Named for Gender {
    const ALL: &'static [Gender] = &Gender::ALL;

    fn name(self) -> &'static str {
        self.code()
    }
}

impl From<Gender> for &'static str {
    fn from(gender: Gender) -> &'static str {
        gender.code()
    }
}

/// A gender Pathway does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not feminine, masculine or neutral")]
pub struct UnknownGender(pub String);

/// `POST /api/me/gender`: how she chose to be spoken to, kept on her
/// account so a new phone speaks to her so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GenderChoice {
    pub gender: Gender,
}

/// A value put into a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    /// A count: written in her language's digits, and choosing the plural
    /// form.
    Number(i64),
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(i32, i64, u8, u16, u32, u64, usize);

/// How a language writes numbers and picks plural forms; in the browser,
/// `Intl` (`browser::Speaker`).
pub trait Numbers {
    /// `Intl.PluralRules` category: "zero", "one", "two", "few", "many", "other".
    fn plural(&self, n: i64) -> &'static str;
    fn number(&self, n: i64) -> String;
}

/// The message `key` in her language: with no values, a `&'static str`;
/// with values, a `String` with them filled in. A missing message shows
/// its key (the build refuses such files, so this is seen only while a
/// translation is being written).
#[macro_export]
macro_rules! tr {
    ($key:literal) => {
        $crate::language::browser::plain($key)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::language::browser::text(
            $key,
            &[$((stringify!($name), $crate::language::Arg::from($value))),+],
        )
    };
}
