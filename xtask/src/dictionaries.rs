//! Each new file of the app compressed against the files of the builds
//! before it, so a phone that has an earlier build downloads what changed
//! rather than the whole app again (`docs/updates.md`).
//!
//! `dist/dictionary/kept/` holds the hashed files of this build and of the
//! [`EARLIER_BUILDS`] before it, by their names in `dist/`: a phone keeps
//! each file as a dictionary for its kin (`pathway_app::dist::kin`).
//! `dist/dictionary/<sha256 of a kept file>/<name>` is this build's file
//! of that kin compressed against it, as `dcz` (Dictionary-Compressed
//! Zstandard): the magic bytes, the dictionary's SHA-256, then a Zstandard
//! frame that may refer back into the dictionary. The server answers with
//! it when a phone names that dictionary.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use anyhow::{Context, Result};
use pathway_app::dist::{is_hashed, kin, DICTIONARY_DIR, KEPT_DIR};
use sha2::{Digest, Sha256};

use super::{files_under, hex, url_path};

/// How many builds before this one a phone can update from cheaply; one
/// that missed more downloads the app whole, as before.
const EARLIER_BUILDS: usize = 3;

/// The start of every `dcz` file, before the dictionary's hash.
const DCZ_MAGIC: [u8; 8] = [0x5e, 0x2a, 0x4d, 0x18, 0x20, 0x00, 0x00, 0x00];

/// Zstandard's window: 8 MB, the most every browser must accept, and more
/// than a dictionary and its file together.
const WINDOW_LOG: u32 = 23;

/// Zstandard's level: 19 is its best before the levels that need more
/// memory to decode; measured no larger than 22 on Pathway's files.
const LEVEL: i32 = 19;

/// What an update from the build before this one costs, for `dist`'s report.
pub struct UpdateCost {
    /// The changed files, brotli on their own.
    pub whole: u64,
    /// The same files compressed against the build before.
    pub against_previous: u64,
}

/// Moves the files kept from earlier builds out of `dist` before it is
/// emptied, to `aside` (where a build that failed may have left them).
pub fn set_aside(dist: &Path, aside: &Path) -> Result<()> {
    let kept = dist.join(DICTIONARY_DIR).join(KEPT_DIR);
    if kept.is_dir() {
        let _ = fs::remove_dir_all(aside);
        fs::rename(&kept, aside)
            .with_context(|| format!("moving {} to {}", kept.display(), aside.display()))?;
    }
    Ok(())
}

/// Puts the files set `aside` back into `dist` unchanged, for a debug
/// build, which is not compressed against anything.
pub fn put_back(dist: &Path, aside: &Path) -> Result<()> {
    if aside.is_dir() {
        let dictionary = dist.join(DICTIONARY_DIR);
        fs::create_dir_all(&dictionary)?;
        fs::rename(aside, dictionary.join(KEPT_DIR))?;
    }
    Ok(())
}

/// Compresses each hashed file of the build in `dist` against the files set
/// `aside` from the [`EARLIER_BUILDS`] before it, and keeps this build's
/// files with theirs for the next build. A compressed file is written only
/// where it is smaller than the file's own `.br`.
pub fn write(dist: &Path, aside: &Path) -> Result<UpdateCost> {
    let current: Vec<(String, PathBuf)> = files_under(dist)?
        .into_iter()
        .map(|file| (url_path(dist, &file), file))
        .filter(|(name, _)| is_hashed(name))
        .collect();
    let earlier = if aside.is_dir() {
        kept_earliest_first(aside)?
    } else {
        Vec::new()
    };
    let mut cost = UpdateCost {
        whole: 0,
        against_previous: 0,
    };
    let mut by_kin: BTreeMap<String, Vec<&(String, PathBuf, SystemTime)>> = BTreeMap::new();
    for entry in &earlier {
        if let Some(kin) = kin(&entry.0) {
            by_kin.entry(kin).or_default().push(entry);
        }
    }
    for (name, file) in &current {
        let Some(all) = kin(name).and_then(|kin| by_kin.get(&kin)) else {
            continue;
        };
        // The same name as the build before's: the phone has it already.
        let changed = all.last().is_some_and(|(last, _, _)| last != name);
        let older: Vec<_> = all
            .iter()
            .filter(|(old, _, _)| old != name)
            .rev()
            .take(EARLIER_BUILDS)
            .collect();
        let bytes = fs::read(file)?;
        let alone = fs::metadata(format!("{}.br", file.display()))?.len();
        for (position, (_, old_file, _)) in older.iter().enumerate() {
            let dictionary = fs::read(old_file)?;
            let compressed = dcz(&dictionary, &bytes)?;
            let size = compressed.len() as u64;
            if size < alone {
                let target = dist
                    .join(DICTIONARY_DIR)
                    .join(hex(&Sha256::digest(&dictionary)))
                    .join(&name[1..]);
                if let Some(parent) = target.parent() {
                    fs::create_dir_all(parent)?;
                }
                fs::write(&target, compressed)?;
            }
            if changed && position == 0 {
                cost.whole += alone;
                cost.against_previous += size.min(alone);
            }
        }
    }
    keep(dist, aside, &earlier, &current)?;
    Ok(cost)
}

/// The files set aside, with when each was kept, the earliest first.
fn kept_earliest_first(aside: &Path) -> Result<Vec<(String, PathBuf, SystemTime)>> {
    let mut files = Vec::new();
    for file in files_under(aside)? {
        let kept_at = fs::metadata(&file)?.modified()?;
        files.push((url_path(aside, &file), file, kept_at));
    }
    files.sort_by(|a, b| (a.2, &a.0).cmp(&(b.2, &b.0)));
    Ok(files)
}

/// Writes `dist/dictionary/kept/`: this build's files, and of the earlier
/// ones the [`EARLIER_BUILDS`] latest of each kin.
fn keep(
    dist: &Path,
    aside: &Path,
    earlier: &[(String, PathBuf, SystemTime)],
    current: &[(String, PathBuf)],
) -> Result<()> {
    let kept = dist.join(DICTIONARY_DIR).join(KEPT_DIR);
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for (name, file, _) in earlier.iter().rev() {
        if current.iter().any(|(now, _)| now == name) {
            continue;
        }
        let Some(kin) = kin(name) else { continue };
        let seen = count.entry(kin).or_default();
        *seen += 1;
        if *seen > EARLIER_BUILDS {
            continue;
        }
        let target = kept.join(&name[1..]);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::rename(file, &target)?;
    }
    let now = SystemTime::now();
    for (name, file) in current {
        let target = kept.join(&name[1..]);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::copy(file, &target)?;
        fs::File::options()
            .write(true)
            .open(&target)?
            .set_modified(now)?;
    }
    let _ = fs::remove_dir_all(aside);
    Ok(())
}

/// `file` compressed against `dictionary`, as a `dcz` body: the dictionary
/// is raw content, and the frame names no dictionary id and no checksum
/// (the browser checks the dictionary's hash, and TLS the bytes).
fn dcz(dictionary: &[u8], file: &[u8]) -> Result<Vec<u8>> {
    use zstd::zstd_safe::CParameter;

    let mut compressor = zstd::bulk::Compressor::with_dictionary(LEVEL, dictionary)?;
    compressor.set_parameter(CParameter::WindowLog(WINDOW_LOG))?;
    compressor.set_parameter(CParameter::DictIdFlag(false))?;
    compressor.set_parameter(CParameter::ChecksumFlag(false))?;
    let mut out = Vec::from(DCZ_MAGIC);
    out.extend(Sha256::digest(dictionary));
    out.extend(
        compressor
            .compress(file)
            .context("compressing against a dictionary")?,
    );
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dcz_file_names_its_dictionary_and_decodes_against_it() -> Result<()> {
        let dictionary: Vec<u8> = (0..60_000u32)
            .flat_map(|n| (n * 7919).to_le_bytes())
            .collect();
        let mut file = dictionary.clone();
        file[1000..1010].copy_from_slice(b"a new word");
        file.extend(b"and something added at the end");
        let body = dcz(&dictionary, &file)?;
        assert_eq!(body[..8], DCZ_MAGIC);
        assert_eq!(body[8..40], Sha256::digest(&dictionary)[..]);
        let mut decompressor = zstd::bulk::Decompressor::with_dictionary(&dictionary)?;
        assert_eq!(decompressor.decompress(&body[40..], file.len())?, file);
        assert!(
            body.len() < 200,
            "a ten-byte change to 240 KB took {} bytes",
            body.len()
        );
        Ok(())
    }
}
