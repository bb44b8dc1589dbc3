//! Shorter names for what the main module imports from its JavaScript.
//!
//! wasm-bindgen names each import for what it wraps plus a 16-digit hash
//! (`__wbg_get_unchecked_e6325ad374eff861`), and writes every name twice:
//! in the module's import section and as a key of the JavaScript object
//! that supplies it. The hashes hardly compress; 244 of them cost her first
//! visit 6.3 KB. The names only have to agree between the two files, so both
//! get the shortest names there are.

use std::fs;
use std::path::Path;

use anyhow::{bail, Context, Result};

/// The module wasm-bindgen's JavaScript supplies the imports as.
const GLUE: &str = "./pathway_bg.js";

/// Renames each of `wasm`'s imports from [`GLUE`], and its key in `js`.
pub fn shorten(wasm: &Path, js: &Path) -> Result<()> {
    let mut module =
        walrus::Module::from_file(wasm).with_context(|| format!("reading {}", wasm.display()))?;
    let mut script = fs::read_to_string(js).with_context(|| format!("reading {}", js.display()))?;
    let glue = module
        .imports
        .iter_mut()
        .filter(|import| import.module == GLUE);
    for (n, import) in glue.enumerate() {
        let key = format!("{}:", import.name);
        // Each name is a key of the import object and nothing else; one that
        // is not, or is there twice, means wasm-bindgen writes its glue
        // differently now, and renaming it would break the app.
        if script.matches(&import.name).count() != 1 || script.matches(&key).count() != 1 {
            bail!(
                "{} does not have {} exactly once, as a key: has wasm-bindgen's glue changed?",
                js.display(),
                import.name
            );
        }
        let short = short_name(n);
        script = script.replacen(&key, &format!("{short}:"), 1);
        import.name = short;
    }
    module
        .emit_wasm_file(wasm)
        .with_context(|| format!("writing {}", wasm.display()))?;
    fs::write(js, script).with_context(|| format!("writing {}", js.display()))
}

/// `a`…`z`, `A`…`Z`, then two letters: names JavaScript takes as keys as
/// they are.
fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[n % LETTERS.len()]);
        n /= LETTERS.len();
        if n == 0 {
            break;
        }
        n -= 1;
    }
    name.reverse();
    String::from_utf8_lossy(&name).into_owned()
}

#[cfg(test)]
mod tests {
    use super::short_name;
    use std::collections::HashSet;

    #[test]
    fn names_are_short_distinct_and_letters_only() {
        let names: Vec<String> = (0..3000).map(short_name).collect();
        assert_eq!(names[0], "a");
        assert_eq!(names[51], "Z");
        assert_eq!(names[52], "aa");
        assert!(names[..2756].iter().all(|name| name.len() <= 2));
        assert!(names
            .iter()
            .all(|name| name.bytes().all(|b| b.is_ascii_alphabetic())));
        assert_eq!(names.iter().collect::<HashSet<_>>().len(), names.len());
    }
}
