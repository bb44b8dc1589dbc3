//! Enums written as their names ("plan_part", "she"): read as a name, then
//! looked up, by one reader for them all. The reader serde derives for each
//! enum also reads the other shapes an enum may take, which none of these
//! do, and cost every download about a kilobyte an enum.

use std::fmt;

use serde::de::{Deserialize, Deserializer, Error};

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
    find(&name).ok_or_else(|| D::Error::custom(Unknown::<T>(&name, std::marker::PhantomData)))
}

/// Reads a [`Named`] value, or `otherwise` for a name none has.
pub fn read_or<'de, D: Deserializer<'de>, T: Named>(
    deserializer: D,
    otherwise: T,
) -> Result<T, D::Error> {
    Ok(find(&String::deserialize(deserializer)?).unwrap_or(otherwise))
}

struct Unknown<'a, T>(&'a str, std::marker::PhantomData<T>);

impl<T: Named> fmt::Display for Unknown<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown variant `{}`, expected ", self.0)?;
        match T::ALL {
            [only] => write!(f, "`{}`", only.name()),
            [first, second] => write!(f, "`{}` or `{}`", first.name(), second.name()),
            all => {
                f.write_str("one of ")?;
                for (i, value) in all.iter().enumerate() {
                    let comma = if i == 0 { "" } else { ", " };
                    write!(f, "{comma}`{}`", value.name())?;
                }
                Ok(())
            }
        }
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
    use serde::de::DeserializeOwned;
    use serde::Serialize;

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
}
