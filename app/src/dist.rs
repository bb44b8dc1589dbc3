//! How the built app's files are named, as the build writes them and the
//! server serves them.
//!
//! A file named with a content hash (`pathway-0123456789abcdef_bg.wasm`)
//! never changes, so it is kept for good. The same file of the next build
//! has the same name with another hash: its *kin*. A phone keeps each file
//! it downloads as a dictionary for its kin (Compression Dictionary
//! Transport), and the build compresses each new file against the files of
//! the builds before it, so an update downloads what changed rather than
//! the whole app again (`docs/updates.md`).

/// The folder of `dist/` that holds the files of earlier builds and each
/// new file compressed against them. The server answers from it only for
/// a phone that has the dictionary, never by its own path.
pub const DICTIONARY_DIR: &str = "dictionary";

/// The folder of [`DICTIONARY_DIR`] holding the files of earlier builds
/// (and this one's), by their names in `dist/`.
pub const KEPT_DIR: &str = "kept";

/// Whether `path` names a file by its content hash (16 hex digits after
/// the last `-` of its name, before the extension and any `_bg`).
pub fn is_hashed(path: &str) -> bool {
    hash_range(path).is_some()
}

/// The pattern every build's version of `path` matches, the hash replaced
/// by `*` (`/pathway-*_bg.wasm`); `None` for a name with no hash.
pub fn kin(path: &str) -> Option<String> {
    let (start, end) = hash_range(path)?;
    Some(format!("{}*{}", &path[..start], &path[end..]))
}

/// Where in `path` its hash is.
fn hash_range(path: &str) -> Option<(usize, usize)> {
    let name_start = path.rfind('/').map_or(0, |slash| slash + 1);
    let name = &path[name_start..];
    let stem = name.split('.').next().unwrap_or(name);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let (_, hash) = stem.rsplit_once('-')?;
    if hash.len() != 16 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let start = name_start + stem.len() - hash.len();
    Some((start, start + hash.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_content_hashed_names_are_hashed() {
        assert!(is_hashed("/pathway-0123456789abcdef.js"));
        assert!(is_hashed("/pathway-0123456789abcdef_bg.wasm"));
        assert!(is_hashed("/style-fedcba9876543210.css"));
        assert!(is_hashed("/lang/ar-later-a7bc9844437a5f10.txt"));
        assert!(!is_hashed("/sw.js"));
        assert!(!is_hashed("/index.html"));
        assert!(!is_hashed("/icons/icon-192.png"));
        assert!(!is_hashed("/my-plan"));
        assert!(!is_hashed("/pathway-0123456789abcdeg.js"));
        assert!(!is_hashed("/pathway-0123456789abcde.js"));
    }

    #[test]
    fn each_build_of_a_file_is_its_kin() {
        assert_eq!(
            kin("/pathway-0123456789abcdef_bg.wasm").as_deref(),
            Some("/pathway-*_bg.wasm")
        );
        assert_eq!(
            kin("/pathway-0123456789abcdef.js").as_deref(),
            Some("/pathway-*.js")
        );
        assert_eq!(
            kin("screens-her-home-0123456789abcdef.bin").as_deref(),
            Some("screens-her-home-*.bin")
        );
        assert_eq!(
            kin("/lang/ar-later-a7bc9844437a5f10.txt").as_deref(),
            Some("/lang/ar-later-*.txt")
        );
        assert_eq!(kin("/sw.js"), None);
    }
}
