//! The build after the one in `dist/`, for the browser test that updates a
//! phone from one to the other: the same app with its main module changed
//! (a custom section, which no engine reads), so every file named by the
//! app's hash has a new name, the worker a new build, and each changed
//! file is compressed against `dist/`'s as `cargo xtask dist` does it.

use std::fs;
use std::path::Path;

use anyhow::{Context, Result};
use pathway_app::dist::{is_hashed, DICTIONARY_DIR};

use super::{dictionaries, files_under, is_compressible, precompress, short_hash, url_path};

/// Where the worker is told which build it is.
const BUILD_IS: &str = "const BUILD = \"";

/// Writes the next build to `out`; `aside` is where the build program
/// copies `dist/`'s files to compress against.
pub fn write(dist: &Path, out: &Path, aside: &Path) -> Result<()> {
    let files = files_under(dist)?;
    let (module, old_hash) = files
        .iter()
        .find_map(|file| {
            let name = url_path(dist, file);
            let hash = name.strip_prefix("/pathway-")?.strip_suffix("_bg.wasm")?;
            Some((file, hash.to_owned()))
        })
        .with_context(|| format!("{} has no main module; run `make dist`", dist.display()))?;
    let mut wasm = fs::read(module)?;
    wasm.extend(custom_section("pathway-next", old_hash.as_bytes()));
    let new_hash = short_hash(&wasm);

    let _ = fs::remove_dir_all(out);
    for file in &files {
        let name = url_path(dist, file);
        if name.starts_with(&format!("/{DICTIONARY_DIR}/")) {
            continue;
        }
        let target = out.join(name[1..].replace(&old_hash, &new_hash));
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)?;
        }
        let changed = if file == module {
            fs::write(&target, &wasm)?;
            true
        } else if let Ok(text) = fs::read_to_string(file) {
            let next = next_worker(&text.replace(&old_hash, &new_hash))?;
            fs::write(&target, &next)?;
            next != text
        } else {
            fs::copy(file, &target)?;
            false
        };
        if changed && is_compressible(&target) {
            precompress(&target, false)?;
        } else {
            for ext in ["br", "gz"] {
                let beside = format!("{}.{ext}", file.display());
                if Path::new(&beside).is_file() {
                    fs::copy(&beside, format!("{}.{ext}", target.display()))?;
                }
            }
        }
    }
    // The phone that updates has `dist/`'s build: its files are the
    // dictionaries.
    let _ = fs::remove_dir_all(aside);
    for file in &files {
        let name = url_path(dist, file);
        if is_hashed(&name) && !name.starts_with(&format!("/{DICTIONARY_DIR}/")) {
            let target = aside.join(&name[1..]);
            if let Some(parent) = target.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::copy(file, target)?;
        }
    }
    let update = dictionaries::write(out, aside)?;
    println!(
        "Wrote the build after {}'s into {}: an update to it costs {} bytes, {} on their own",
        dist.display(),
        out.display(),
        update.against_previous,
        update.whole
    );
    Ok(())
}

/// A worker's text with a new build named in it; any other text as it is.
fn next_worker(text: &str) -> Result<String> {
    let Some(start) = text.find(BUILD_IS).map(|at| at + BUILD_IS.len()) else {
        return Ok(text.to_owned());
    };
    let build = text
        .get(start..start + 16)
        .context("the worker's build is cut short")?;
    Ok(text.replacen(build, &short_hash(format!("{build}next").as_bytes()), 1))
}

/// A wasm custom section named `name` holding `payload`.
fn custom_section(name: &str, payload: &[u8]) -> Vec<u8> {
    let mut body = leb128(name.len());
    body.extend(name.as_bytes());
    body.extend(payload);
    let mut section = vec![0];
    section.extend(leb128(body.len()));
    section.extend(body);
    section
}

fn leb128(mut value: usize) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return out;
        }
        out.push(byte | 0x80);
    }
}
