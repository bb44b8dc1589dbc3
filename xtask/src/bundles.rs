//! The screens' chunks put together into a few downloads, each person's own.
//!
//! A lazy screen's code is split into many chunks (one for each set of
//! screens that shares code), most of them a few KB or less. Brotli finds
//! what chunks have in common only within one file, and each file is a
//! request of its own, so the chunks travel in bundles: back to back in one
//! file, taken apart on the phone (`chunk_fetch.js`). Measured on her
//! screens' 39 chunks: 307 KB apart, 287 KB in her four bundles.
//!
//! A chunk that a young person's and staff's screens both need goes in a
//! bundle of each, so neither downloads the other's screens.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use anyhow::{Context, Result};
use serde::Serialize;

use crate::Screens;

/// One download: chunks (by the split step's file stem) back to back.
pub struct Bundle {
    /// Its path in `dist/`, `/screens-her-home-….bin`.
    pub file: String,
    pub chunks: Vec<String>,
}

/// Where each chunk is, as `chunk_fetch.js` reads it.
#[derive(Default, Serialize)]
pub struct Places {
    /// The bundles' paths.
    pub files: Vec<String>,
    /// For the name the loader asks for a chunk by (`{stem}.wasm`), each
    /// bundle it is in (an index into `files`), with its first byte and the
    /// byte after its last.
    pub chunks: BTreeMap<String, Vec<(usize, usize, usize)>>,
}

/// Whose bundle a file is, as `chunk_fetch.js` reads it from the name.
const HERS: &str = "her";
const STAFF: &str = "staff";

/// What her first screen, her home, and her plan (which a link may open
/// first) both need; the rest of her home's; the rest of her plan's; the
/// rest of reading back what her phone kept, which a first visit never
/// does; the rest of hers. The caseload's; the rest of reading back what
/// his phone kept; the rest of staff's. Takes the chunks each
/// person's screens need and returns the bundles, and the bundles each
/// person's screens need: whichever of her two screens opens first waits
/// for no code of the other's.
pub fn plan(needs: &Screens, app_hash: &str) -> (Vec<Bundle>, Screens) {
    let minus = |all: &[String], taken: &[&[String]]| -> Vec<String> {
        all.iter()
            .filter(|chunk| !taken.iter().any(|part| part.contains(chunk)))
            .cloned()
            .collect()
    };
    let both: Vec<String> = needs
        .her_home
        .iter()
        .filter(|chunk| needs.her_plan.contains(chunk))
        .cloned()
        .collect();
    let parts = [
        (HERS, "start", both),
        (HERS, "home", minus(&needs.her_home, &[&needs.her_plan])),
        (HERS, "plan", minus(&needs.her_plan, &[&needs.her_home])),
        (
            HERS,
            "kept",
            minus(&needs.kept, &[&needs.her_home, &needs.her_plan]),
        ),
        (
            HERS,
            "screens",
            minus(
                &needs.young_person,
                &[&needs.her_home, &needs.her_plan, &needs.kept],
            ),
        ),
        (STAFF, "caseload", needs.caseload.clone()),
        (STAFF, "kept", minus(&needs.kept, &[&needs.caseload])),
        (
            STAFF,
            "screens",
            minus(&needs.staff, &[&needs.caseload, &needs.kept]),
        ),
    ];
    let bundles: Vec<Bundle> = parts
        .into_iter()
        .filter(|(_, _, chunks)| !chunks.is_empty())
        .map(|(whose, part, chunks)| Bundle {
            file: format!("/screens-{whose}-{part}-{app_hash}.bin"),
            chunks,
        })
        .collect();
    let files = |parts: &[(&str, &str)]| -> Vec<String> {
        bundles
            .iter()
            .filter(|bundle| {
                parts.iter().any(|(whose, part)| {
                    bundle
                        .file
                        .starts_with(&format!("/screens-{whose}-{part}-"))
                })
            })
            .map(|bundle| bundle.file.clone())
            .collect()
    };
    let screens = Screens {
        young_person: files(&[
            (HERS, "start"),
            (HERS, "home"),
            (HERS, "plan"),
            (HERS, "kept"),
            (HERS, "screens"),
        ]),
        staff: files(&[(STAFF, "caseload"), (STAFF, "kept"), (STAFF, "screens")]),
        her_home: files(&[(HERS, "start"), (HERS, "home")]),
        her_plan: files(&[(HERS, "start"), (HERS, "plan")]),
        caseload: files(&[(STAFF, "caseload")]),
        kept: files(&[(HERS, "kept"), (STAFF, "kept")]),
    };
    (bundles, screens)
}

/// Writes each bundle into `out` from the chunks in `chunks`, which the
/// split step wrote and its loader asks for by the same names
/// (`{stem}.wasm`), and says where each chunk is.
pub fn write(bundles: &[Bundle], chunks: &Path, out: &Path) -> Result<Places> {
    let mut places = Places::default();
    for (index, bundle) in bundles.iter().enumerate() {
        let mut bytes = Vec::new();
        for stem in &bundle.chunks {
            let name = format!("{stem}.wasm");
            let chunk = chunks.join(&name);
            let code = fs::read(&chunk).with_context(|| format!("reading {}", chunk.display()))?;
            places.chunks.entry(name).or_default().push((
                index,
                bytes.len(),
                bytes.len() + code.len(),
            ));
            bytes.extend(code);
        }
        fs::write(out.join(&bundle.file[1..]), bytes)?;
        places.files.push(bundle.file.clone());
    }
    Ok(places)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    /// Shaped like the app's: shared chunks, each person's own screens.
    fn needs() -> Screens {
        Screens {
            young_person: names(&[
                "both",
                "everyone",
                "home",
                "her_only",
                "plan",
                "shared_plan",
            ]),
            staff: names(&["both", "caseload", "everyone", "shared_plan", "staff_only"]),
            her_home: names(&["both", "home"]),
            her_plan: names(&["both", "plan", "shared_plan"]),
            caseload: names(&["both", "caseload"]),
            kept: names(&["both", "everyone"]),
        }
    }

    /// Each chunk a person's screens need is in exactly one of the bundles
    /// `files` names, and none of `never` is in any.
    fn each_once(bundles: &[Bundle], files: &[String], needed: &[String], never: &[&str]) {
        let theirs: Vec<&Bundle> = bundles.iter().filter(|b| files.contains(&b.file)).collect();
        for chunk in needed {
            let times = theirs.iter().filter(|b| b.chunks.contains(chunk)).count();
            assert_eq!(times, 1, "{chunk}");
        }
        for chunk in never {
            assert!(
                theirs.iter().all(|b| !b.chunks.iter().any(|c| c == chunk)),
                "{chunk}"
            );
        }
    }

    #[test]
    fn each_of_her_chunks_is_in_one_of_her_bundles_and_none_of_staffs_in_hers() {
        let (bundles, screens) = plan(&needs(), "0123456789abcdef");
        each_once(
            &bundles,
            &screens.young_person,
            &needs().young_person,
            &["staff_only", "caseload"],
        );
        each_once(
            &bundles,
            &screens.staff,
            &needs().staff,
            &["her_only", "home", "plan"],
        );
    }

    #[test]
    fn her_home_and_her_plan_each_wait_for_no_code_of_the_other() {
        let (bundles, screens) = plan(&needs(), "0123456789abcdef");
        let chunks = |files: &[String]| -> Vec<String> {
            let mut chunks: Vec<String> = bundles
                .iter()
                .filter(|b| files.contains(&b.file))
                .flat_map(|b| b.chunks.clone())
                .collect();
            chunks.sort();
            chunks
        };
        assert_eq!(chunks(&screens.her_home), needs().her_home);
        assert_eq!(chunks(&screens.her_plan), needs().her_plan);
        assert_eq!(
            screens.her_home,
            [
                "/screens-her-start-0123456789abcdef.bin",
                "/screens-her-home-0123456789abcdef.bin"
            ]
        );
    }

    #[test]
    fn reading_back_what_a_phone_kept_is_in_no_first_visits_bundles() {
        let (bundles, screens) = plan(&needs(), "0123456789abcdef");
        for first in [&screens.her_home, &screens.her_plan, &screens.caseload] {
            assert!(bundles
                .iter()
                .filter(|b| first.contains(&b.file))
                .all(|b| !b.chunks.iter().any(|c| c == "everyone")));
        }
        assert_eq!(
            screens.kept,
            [
                "/screens-her-kept-0123456789abcdef.bin",
                "/screens-staff-kept-0123456789abcdef.bin"
            ]
        );
    }

    #[test]
    fn each_chunk_is_found_byte_for_byte_in_every_bundle_it_is_in() -> Result<()> {
        let dir = std::env::temp_dir().join(format!("pathway-bundles-{}", std::process::id()));
        let (chunks, out) = (dir.join("chunks"), dir.join("out"));
        fs::create_dir_all(&chunks)?;
        fs::create_dir_all(&out)?;
        for (i, name) in needs()
            .young_person
            .iter()
            .chain(&needs().staff)
            .enumerate()
        {
            fs::write(chunks.join(format!("{name}.wasm")), name.repeat(i + 1))?;
        }
        let (bundles, _) = plan(&needs(), "0123456789abcdef");
        let places = write(&bundles, &chunks, &out)?;
        assert_eq!(places.chunks["both.wasm"].len(), 2);
        assert_eq!(places.chunks.len(), 8);
        for (name, wheres) in &places.chunks {
            let code = fs::read(chunks.join(name))?;
            for (index, start, end) in wheres {
                let file = &places.files[*index];
                let bundle = fs::read(out.join(&file[1..]))?;
                assert_eq!(
                    bundle.get(*start..*end),
                    Some(&code[..]),
                    "{name} in {file}"
                );
            }
        }
        fs::remove_dir_all(&dir)?;
        Ok(())
    }
}
