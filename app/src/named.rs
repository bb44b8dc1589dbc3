//! Enums written as their names ("plan_part", "she"): read as a name, then
//! looked up, by one reader for them all. The reader serde derives for each
//! enum also reads the other shapes an enum may take, which none of these
//! do, and cost every download about a kilobyte an enum.
//!
//! The keys of a struct's JSON object are looked up the same way, by
//! [`Field`], for every struct `#[derive(ReadObject)]` reads.

use std::fmt;

use serde::de::{Deserialize, DeserializeSeed, Deserializer, Error, Visitor};

/// An enum written as one of a fixed set of names. Serde writes it (its
/// derived `Serialize`, which must write [`Named::name`]); [`read`] reads it.
pub trait Named: Copy + 'static {
    /// Every value.
    const ALL: &'static [Self];

    /// How it is written.
    fn name(self) -> &'static str;
}

/// The value written as `name`, if any.
pub fn find<T: Named>(name: &str) -> Option<T> {
    T::ALL.iter().copied().find(|value| value.name() == name)
}

/// Reads a [`Named`] value. A name none has is refused as serde refuses an
/// unknown variant, in the same words (without where in the text it was,
/// which only a reader per enum could know).
pub fn read<'de, D: Deserializer<'de>, T: Named>(deserializer: D) -> Result<T, D::Error> {
    let name = String::deserialize(deserializer)?;
    find(&name).ok_or_else(|| {
        D::Error::custom(Unknown {
            name: &name,
            names: T::ALL.iter().map(|value| value.name()).collect(),
        })
    })
}

/// Reads a [`Named`] value, or `otherwise` for a name none has.
pub fn read_or<'de, D: Deserializer<'de>, T: Named>(
    deserializer: D,
    otherwise: T,
) -> Result<T, D::Error> {
    Ok(find(&String::deserialize(deserializer)?).unwrap_or(otherwise))
}

/// Why a name was refused, in serde's words. Its names are listed, not its
/// enum, so its code is one for every enum.
struct Unknown<'a> {
    name: &'a str,
    names: Vec<&'static str>,
}

impl fmt::Display for Unknown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown variant `{}`, expected ", self.name)?;
        match self.names.as_slice() {
            [only] => write!(f, "`{only}`"),
            [first, second] => write!(f, "`{first}` or `{second}`"),
            all => {
                f.write_str("one of ")?;
                for (i, name) in all.iter().enumerate() {
                    let comma = if i == 0 { "" } else { ", " };
                    write!(f, "{comma}`{name}`")?;
                }
                Ok(())
            }
        }
    }
}

/// Which of a struct's fields a key of its JSON object names: the field's
/// place among the names, or their number for a key the struct does not
/// have. A field's key twice is refused here, as serde's derive refuses it,
/// so no struct needs code of its own for it. `pathway-derive`'s
/// `ReadObject` reads every key with it.
pub struct Field<'a> {
    pub names: &'static [&'static str],
    /// The fields read so far, a bit for each place.
    pub seen: &'a mut u64,
}

impl<'de> DeserializeSeed<'de> for Field<'_> {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Field<'_> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: Error>(self, key: &str) -> Result<usize, E> {
        let Some((place, name)) = self
            .names
            .iter()
            .enumerate()
            .find(|(_, name)| **name == key)
        else {
            return Ok(self.names.len());
        };
        let bit = 1u64 << place;
        if *self.seen & bit != 0 {
            return Err(E::duplicate_field(name));
        }
        *self.seen |= bit;
        Ok(place)
    }
}

/// `Deserialize` for each of these [`Named`] enums, by [`read`].
macro_rules! read_by_name {
    ($($named:ty),+ $(,)?) => {$(
        impl<'de> serde::Deserialize<'de> for $named {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::named::read(deserializer)
            }
        }
    )+};
}
pub(crate) use read_by_name;

#[cfg(test)]
mod tests {
    use super::*;
    use pathway_derive::ReadObject;
    use serde::de::DeserializeOwned;
    use serde::{Deserialize, Serialize};

    /// Each value of `T` is written as its name and read back.
    fn written_by_name<T>()
    where
        T: Named + Serialize + DeserializeOwned + PartialEq + fmt::Debug,
    {
        for &value in T::ALL {
            let written = serde_json::to_string(&value).ok();
            assert_eq!(written, Some(format!("\"{}\"", value.name())));
            let read: Option<T> = serde_json::from_str(&format!("\"{}\"", value.name())).ok();
            assert_eq!(read, Some(value));
        }
        let names: std::collections::HashSet<_> = T::ALL.iter().map(|v| v.name()).collect();
        assert_eq!(names.len(), T::ALL.len(), "two values share a name");
        assert!(serde_json::from_str::<T>("3").is_err());
    }

    #[test]
    fn pathways_enums_are_written_and_read_by_the_same_names() {
        written_by_name::<crate::sync::RecordKind>();
        written_by_name::<crate::sync::Pronouns>();
        written_by_name::<crate::auth::Role>();
        written_by_name::<crate::contacts::ContactKind>();
        written_by_name::<crate::error::ErrorCode>();
        written_by_name::<crate::sync::Refusal>();
        written_by_name::<crate::language::Lang>();
        written_by_name::<crate::language::Gender>();
        written_by_name::<crate::goals::BeeDomain>();
        written_by_name::<crate::goals::GoalStatus>();
        written_by_name::<crate::plan::PlanPart>();
        written_by_name::<crate::plan::review::ReviewStage>();
        written_by_name::<crate::voice::Topic>();
        written_by_name::<crate::voice::Feeling>();
        written_by_name::<crate::plan::review::Participation>();
        written_by_name::<crate::audit::Access>();
        written_by_name::<crate::contacts::codes::InTouch>();
        written_by_name::<crate::contacts::codes::Activity>();
        written_by_name::<crate::contacts::codes::Accommodation>();
        written_by_name::<crate::reports::Measure>();
        written_by_name::<crate::reports::AgeBand>();
        written_by_name::<crate::reports::Sex>();
        written_by_name::<crate::practice::Grade>();
        written_by_name::<crate::practice::Area>();
        assert!(serde_json::from_str::<crate::auth::Role>("\"admin\"").is_err());
    }

    #[derive(Debug, Clone, Copy, PartialEq, Serialize)]
    #[serde(rename_all = "snake_case")]
    enum Light {
        Red,
        Amber,
        Green,
    }

    impl Named for Light {
        const ALL: &'static [Light] = &[Light::Red, Light::Amber, Light::Green];

        fn name(self) -> &'static str {
            match self {
                Light::Red => "red",
                Light::Amber => "amber",
                Light::Green => "green",
            }
        }
    }

    read_by_name!(Light);

    #[test]
    fn a_name_none_has_is_refused_as_serde_refuses_an_unknown_variant() {
        written_by_name::<Light>();
        let refused = serde_json::from_str::<Light>("\"blue\"")
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            refused.as_deref(),
            Some("unknown variant `blue`, expected one of `red`, `amber`, `green`")
        );
        let otherwise = read_or(
            &mut serde_json::Deserializer::from_str("\"blue\""),
            Light::Red,
        );
        assert_eq!(otherwise.ok(), Some(Light::Red));
    }

    /// The same fields, read by `ReadObject` and by serde's own derive.
    macro_rules! twins {
        ($($derive:ident => $name:ident),+) => {$(
            #[derive(Debug, PartialEq, $derive)]
            struct $name {
                name: String,
                #[serde(rename = "when")]
                on: u32,
                #[serde(with = "crate::dates::iso_date")]
                born: time::Date,
                #[serde(with = "crate::dates::optional_iso")]
                moved: Option<time::Date>,
                nickname: Option<String>,
                #[serde(default)]
                count: u32,
                #[serde(default, skip_serializing_if = "Vec::is_empty")]
                tags: Vec<Light>,
            }
        )+};
    }
    twins!(ReadObject => Ours, Deserialize => Serdes);

    impl From<Serdes> for Ours {
        fn from(s: Serdes) -> Ours {
            Ours {
                name: s.name,
                on: s.on,
                born: s.born,
                moved: s.moved,
                nickname: s.nickname,
                count: s.count,
                tags: s.tags,
            }
        }
    }

    /// Reads `text` both ways: the same value, or both refused in the
    /// same words.
    fn read_alike(text: &str) -> Result<Ours, String> {
        let ours = serde_json::from_str::<Ours>(text).map_err(|e| e.to_string());
        let serdes = serde_json::from_str::<Serdes>(text)
            .map(Ours::from)
            .map_err(|e| e.to_string());
        assert_eq!(ours, serdes, "{text}");
        let value = serde_json::from_str::<serde_json::Value>(text).map_err(|e| e.to_string());
        if let Ok(serde_json::Value::Object(fields)) = value {
            let ours = Ours::deserialize(&fields).map_err(|e| e.to_string());
            let serdes = Serdes::deserialize(&fields)
                .map(Ours::from)
                .map_err(|e| e.to_string());
            assert_eq!(ours, serdes, "from a value: {text}");
        }
        ours
    }

    #[test]
    fn a_struct_is_read_from_an_object_as_serde_reads_it() {
        let read = read_alike(
            r#"{"nickname":null,"when":3,"extra":{"a":[1,2]},"born":"2008-03-14","name":"Ella","moved":"2026-01-02"}"#,
        );
        assert_eq!(
            read.as_ref()
                .map(|r| (r.name.as_str(), r.on, r.count, r.moved.is_some())),
            Ok(("Ella", 3, 0, true))
        );
        let missing = read_alike(r#"{"name":"Ella","born":"2008-03-14","moved":null}"#);
        assert_eq!(
            missing.err().as_deref(),
            Some("missing field `when` at line 1 column 48")
        );
        let twice = read_alike(r#"{"name":"Ella","name":"Ella"}"#);
        assert_eq!(
            twice.err().as_deref(),
            Some("duplicate field `name` at line 1 column 21")
        );
        let badly = read_alike(r#"{"name":"Ella","when":1,"born":"14/03/2008","moved":null}"#);
        assert!(badly.is_err());
    }

    #[test]
    fn a_struct_is_not_read_from_an_array() {
        let ours = serde_json::from_str::<Ours>(r#"["Ella",3,"2008-03-14",null,null,0,[]]"#);
        assert_eq!(
            ours.err().map(|e| e.to_string()).as_deref(),
            Some("invalid type: sequence, expected struct Ours at line 1 column 0")
        );
    }

    proptest::proptest! {
        /// Any mix of the fields, unknown keys, duplicates, nulls and wrong
        /// types is read as serde's derive reads it.
        #[test]
        fn any_object_is_read_as_serde_reads_it(
            entries in proptest::collection::vec(
                (
                    proptest::sample::select(vec![
                        "name", "when", "on", "born", "moved", "nickname", "count", "tags", "other",
                    ]),
                    proptest::sample::select(vec![
                        "\"Ella\"", "7", "null", "\"2008-03-14\"", "[\"red\",\"green\"]",
                        "[\"blue\"]", "{}", "-1", "true",
                    ]),
                ),
                0..10,
            )
        ) {
            let body: Vec<String> = entries.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
            // Read or refused, as long as both readers agree (`read_alike`).
            let _ = read_alike(&format!("{{{}}}", body.join(",")));
        }
    }
}
