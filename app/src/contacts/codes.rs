//! The national care-leaver data codes (DfE SSDA903, care-leaver table), in
//! plain words for screens, with the code itself kept for the return.

use serde::Serialize;

use crate::named::{read_by_name, Named};

/// Whether the council is in touch with the young person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum InTouch {
    #[serde(rename = "YES")]
    Yes,
    #[serde(rename = "NO")]
    No,
    #[serde(rename = "DIED")]
    Died,
    #[serde(rename = "REFU")]
    Refuses,
    #[serde(rename = "NREQ")]
    NoLongerRequires,
    #[serde(rename = "RHOM")]
    ReturnedHome,
}

impl InTouch {
    pub const ALL: [InTouch; 6] = [
        InTouch::Yes,
        InTouch::No,
        InTouch::Refuses,
        InTouch::NoLongerRequires,
        InTouch::ReturnedHome,
        InTouch::Died,
    ];

    pub fn code(self) -> &'static str {
        match self {
            InTouch::Yes => "YES",
            InTouch::No => "NO",
            InTouch::Died => "DIED",
            InTouch::Refuses => "REFU",
            InTouch::NoLongerRequires => "NREQ",
            InTouch::ReturnedHome => "RHOM",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            InTouch::Yes => "In touch",
            InTouch::No => "Not in touch",
            InTouch::Died => "Died",
            InTouch::Refuses => "Refuses contact",
            InTouch::NoLongerRequires => "No longer needs services",
            InTouch::ReturnedHome => "Back home with parents for 6 months or more",
        }
    }

    /// DIED and RHOM take no activity or accommodation.
    pub fn takes_circumstances(self) -> bool {
        !matches!(self, InTouch::Died | InTouch::ReturnedHome)
    }
}

impl Named for InTouch {
    const ALL: &'static [InTouch] = &InTouch::ALL;

    fn name(self) -> &'static str {
        self.code()
    }
}

read_by_name!(InTouch);

/// What the young person mainly does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Activity {
    F1,
    P1,
    F2,
    P2,
    F4,
    P4,
    F5,
    P5,
    G4,
    G5,
    G6,
    #[serde(rename = "0")]
    NotKnown,
}

impl Activity {
    pub const ALL: [Activity; 12] = [
        Activity::F1,
        Activity::P1,
        Activity::F2,
        Activity::P2,
        Activity::F4,
        Activity::P4,
        Activity::F5,
        Activity::P5,
        Activity::G4,
        Activity::G5,
        Activity::G6,
        Activity::NotKnown,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Activity::F1 => "F1",
            Activity::P1 => "P1",
            Activity::F2 => "F2",
            Activity::P2 => "P2",
            Activity::F4 => "F4",
            Activity::P4 => "P4",
            Activity::F5 => "F5",
            Activity::P5 => "P5",
            Activity::G4 => "G4",
            Activity::G5 => "G5",
            Activity::G6 => "G6",
            Activity::NotKnown => "0",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Activity::F1 => "University, full time",
            Activity::P1 => "University, part time",
            Activity::F2 => "Other education, full time",
            Activity::P2 => "Other education, part time",
            Activity::F4 => "Apprenticeship, full time",
            Activity::P4 => "Apprenticeship, part time",
            Activity::F5 => "Training or work, full time",
            Activity::P5 => "Training or work, part time",
            Activity::G4 => "Not in education, work or training: illness or disability",
            Activity::G5 => "Not in education, work or training: other",
            Activity::G6 => "Not in education, work or training: pregnancy or parenting",
            Activity::NotKnown => "Not known",
        }
    }
}

impl Named for Activity {
    const ALL: &'static [Activity] = &Activity::ALL;

    fn name(self) -> &'static str {
        self.code()
    }
}

read_by_name!(Activity);

/// Where the young person lives (the letter of the accommodation code).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Accommodation {
    B,
    C,
    D,
    E,
    G,
    H,
    K,
    R,
    S,
    T,
    U,
    V,
    W,
    X,
    Y,
    Z,
    #[serde(rename = "0")]
    Unknown,
}

impl Accommodation {
    pub const ALL: [Accommodation; 17] = [
        Accommodation::U,
        Accommodation::D,
        Accommodation::E,
        Accommodation::Z,
        Accommodation::B,
        Accommodation::T,
        Accommodation::K,
        Accommodation::C,
        Accommodation::V,
        Accommodation::W,
        Accommodation::S,
        Accommodation::X,
        Accommodation::G,
        Accommodation::H,
        Accommodation::R,
        Accommodation::Y,
        Accommodation::Unknown,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Accommodation::B => "B",
            Accommodation::C => "C",
            Accommodation::D => "D",
            Accommodation::E => "E",
            Accommodation::G => "G",
            Accommodation::H => "H",
            Accommodation::K => "K",
            Accommodation::R => "R",
            Accommodation::S => "S",
            Accommodation::T => "T",
            Accommodation::U => "U",
            Accommodation::V => "V",
            Accommodation::W => "W",
            Accommodation::X => "X",
            Accommodation::Y => "Y",
            Accommodation::Z => "Z",
            Accommodation::Unknown => "0",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Accommodation::B => "With parents or relatives",
            Accommodation::C => "Community home or residential care",
            Accommodation::D => "Semi-independent or transitional",
            Accommodation::E => "Supported lodgings",
            Accommodation::G => "Gone abroad",
            Accommodation::H => "Deported",
            Accommodation::K => "Ordinary lodgings, no support",
            Accommodation::R => "Where they live isn't known",
            Accommodation::S => "No fixed abode or homeless",
            Accommodation::T => "Foyer",
            Accommodation::U => "Independent living",
            Accommodation::V => "Emergency accommodation",
            Accommodation::W => "Bed and breakfast",
            Accommodation::X => "In custody",
            Accommodation::Y => "Other",
            Accommodation::Z => "With former foster carers",
            Accommodation::Unknown => "Not known",
        }
    }

    /// Whether "suitable" is a valid answer: S (homeless) and X (custody)
    /// are always coded unsuitable (S2, X2).
    pub fn can_be_suitable(self) -> bool {
        !matches!(self, Accommodation::S | Accommodation::X)
    }

    /// The full code with suitability, e.g. "U1" or "S2".
    pub fn with_suitability(self, suitable: bool) -> String {
        match self {
            Accommodation::Unknown => "0".into(),
            other => format!(
                "{}{}",
                other.code(),
                if suitable && other.can_be_suitable() {
                    1
                } else {
                    2
                }
            ),
        }
    }
}

impl Named for Accommodation {
    const ALL: &'static [Accommodation] = &Accommodation::ALL;

    fn name(self) -> &'static str {
        self.code()
    }
}

read_by_name!(Accommodation);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_travel_as_the_national_codes() {
        assert_eq!(
            serde_json::to_string(&InTouch::Refuses).ok().as_deref(),
            Some("\"REFU\"")
        );
        assert_eq!(
            serde_json::to_string(&Activity::NotKnown).ok().as_deref(),
            Some("\"0\"")
        );
        assert_eq!(
            serde_json::to_string(&Accommodation::Z).ok().as_deref(),
            Some("\"Z\"")
        );
        for code in InTouch::ALL {
            assert_eq!(
                serde_json::to_value(code).ok(),
                Some(serde_json::json!(code.code()))
            );
        }
        for code in Activity::ALL {
            assert_eq!(
                serde_json::to_value(code).ok(),
                Some(serde_json::json!(code.code()))
            );
        }
        for code in Accommodation::ALL {
            assert_eq!(
                serde_json::to_value(code).ok(),
                Some(serde_json::json!(code.code()))
            );
        }
    }

    #[test]
    fn homelessness_and_custody_are_never_suitable() {
        assert_eq!(Accommodation::U.with_suitability(true), "U1");
        assert_eq!(Accommodation::U.with_suitability(false), "U2");
        assert_eq!(Accommodation::S.with_suitability(true), "S2");
        assert_eq!(Accommodation::X.with_suitability(true), "X2");
        assert_eq!(Accommodation::Unknown.with_suitability(true), "0");
        assert!(!InTouch::Died.takes_circumstances());
        assert!(!InTouch::ReturnedHome.takes_circumstances());
        assert!(InTouch::Refuses.takes_circumstances());
    }
}
