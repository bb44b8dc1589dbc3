//! Pathway's build program.
//!
//! `cargo xtask dist [--debug]` compiles the app to wasm, runs wasm-bindgen
//! (as a library, so nothing is downloaded at build time), names the files by
//! content hash, copies `public/` and `style/`, writes the service worker's
//! precache list, and precompresses every file with brotli and gzip.
//!
//! `cargo xtask next OUT` writes the build after `dist/`'s to `OUT`, for
//! the browser test of an update (`xtask/src/next.rs`).
//!
//! `cargo xtask size` prints the raw and brotli size of each file of the
//! app in `dist/` and what each person downloads; `cargo xtask size --budget`
//! also fails when a young person's first visit is over its budget.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};
use pathway_app::dist::DICTIONARY_DIR;
use pathway_app::language::Part;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

mod bundles;
mod dictionaries;
mod glue;
mod languages;
mod next;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root()?;
    match args.first().map(String::as_str) {
        Some("dist") => dist(&root, args.iter().any(|a| a == "--debug")),
        Some("size") => size(&root.join("dist"), args.iter().any(|a| a == "--budget")),
        Some("next") => match args.get(1) {
            Some(out) => next::write(
                &root.join("dist"),
                Path::new(out),
                &target_dir(&root).join("xtask-next-kept"),
            ),
            None => bail!("usage: cargo xtask next OUT"),
        },
        _ => bail!(
            "usage: cargo xtask dist [--debug] | cargo xtask size [--budget] | cargo xtask next OUT"
        ),
    }
}

/// The checkout `cargo xtask` was run in. Found at run time, not baked in
/// at build time: clones that share a build directory share this binary.
fn workspace_root() -> Result<PathBuf> {
    let start = std::env::current_dir()?;
    start
        .ancestors()
        .find(|dir| dir.join("xtask").join("Cargo.toml").is_file())
        .map(Path::to_path_buf)
        .with_context(|| format!("{} is not inside Pathway's checkout", start.display()))
}

fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from)
}

/// The first 16 hex digits of the SHA-256 of `bytes`: enough to tell builds apart.
fn short_hash(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))[..16].to_owned()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::new(), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

fn dist(root: &Path, debug: bool) -> Result<()> {
    let profile = if debug { "debug" } else { "release" };
    let mut cargo = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cargo.current_dir(root).args([
        "build",
        "--package",
        "pathway-app",
        "--bin",
        "pathway-app",
        "--target",
        "wasm32-unknown-unknown",
    ]);
    if !debug {
        cargo.arg("--release");
        // Rust's standard library rebuilt for size, its panics cut to a trap:
        // see `wasm_rustflags`. Its `optimize_for_size` feature chooses the
        // smaller of its sorts and number printers (1.4 KB off her first
        // visit; a team of 22,837 records opened no slower, `docs/sizes.md`).
        // All unstable, allowed on this stable toolchain for this build only;
        // its standard library's source comes with `rustup component add
        // rust-src` (`make rust-tools`).
        cargo
            .env("RUSTC_BOOTSTRAP", "1")
            .arg("-Zbuild-std=std,panic_abort")
            .arg("-Zbuild-std-features=optimize_for_size");
    }
    cargo.env(
        "CARGO_ENCODED_RUSTFLAGS",
        wasm_rustflags(root, debug).join("\x1f"),
    );
    let status = cargo.status().context("running cargo build for wasm32")?;
    if !status.success() {
        bail!("building the app for wasm32 failed");
    }
    let wasm = target_dir(root)
        .join("wasm32-unknown-unknown")
        .join(profile)
        .join("pathway-app.wasm");

    let staging = target_dir(root).join("xtask-bindgen");
    let _ = fs::remove_dir_all(&staging);
    let split = split(&wasm, &staging.join("split"))?;
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&split.main)
        .out_name("pathway")
        .web(true)?
        .typescript(false)
        .debug(debug)
        // The split chunks link to the main module by these names.
        .keep_lld_exports(true)
        .demangle(false)
        // Trimming the glue finds functions by name; it drops them after.
        .remove_name_section(false)
        .remove_producers_section(true)
        .generate(&staging)
        .with_context(|| format!("running wasm-bindgen on {}", split.main.display()))?;
    glue::trim(
        &staging.join("pathway_bg.wasm"),
        &staging.join("pathway.js"),
        debug,
    )?;

    if !debug {
        for chunk in &split.chunks {
            drop_names(chunk)?;
        }
        let mut modules = vec![staging.join("pathway_bg.wasm")];
        modules.extend(split.chunks.iter().cloned());
        node(root, "optimize.mjs", &modules)?;
    }

    let out = root.join("dist");
    let kept = target_dir(root).join("xtask-kept");
    dictionaries::set_aside(&out, &kept)?;
    let _ = fs::remove_dir_all(&out);
    fs::create_dir_all(&out)?;

    // Every piece of the app is named by one hash of them all: the pieces
    // name each other, and an update must swap them all at once.
    let js = fs::read_to_string(staging.join("pathway.js"))?;
    let wasm_bytes = fs::read(staging.join("pathway_bg.wasm"))?;
    let link = fs::read_to_string(&split.link)?;
    let mut app = Sha256::new();
    app.update(&js);
    app.update(&wasm_bytes);
    app.update(&link);
    for chunk in &split.chunks {
        app.update(fs::read(chunk)?);
    }
    let app_hash = hex(&app.finalize())[..16].to_owned();
    let script = format!("pathway-{app_hash}.js");
    let module = format!("pathway-{app_hash}_bg.wasm");
    let linker = format!("split-{app_hash}.js");
    fs::write(
        out.join(&script),
        // Only where it is imported: the wasm still asks for it by `LINK`.
        js.replace(&format!("from \"{LINK}\""), &format!("from \"./{linker}\"")),
    )?;
    fs::write(out.join(&module), &wasm_bytes)?;
    let (bundles, mut screens) = bundles::plan(&Screens::of(&split.needs), &app_hash);
    let places = bundles::write(&bundles, &staging.join("split"), &out)?;
    let link = format!(
        "{}\n{}",
        include_str!("chunk_fetch.js")
            .replace("{/* {{chunks}} */}", &serde_json::to_string(&places)?),
        link.replace(MAIN_MODULE, &format!("./{script}"))
    );
    for chunk in &split.chunks {
        let name = chunk
            .file_name()
            .and_then(|s| s.to_str())
            .context("a chunk with no name")?;
        if !places.chunks.contains_key(name) {
            bail!("{name} is in no person's screens, so in no bundle");
        }
    }
    fs::write(out.join(&linker), link)?;
    if !debug {
        for script in [out.join(&script), out.join(&linker)] {
            let minified = script.with_extension("min.js");
            node(
                root,
                "node_modules/terser/bin/terser",
                &[
                    script.clone(),
                    "--module".into(),
                    "--compress".into(),
                    "--mangle".into(),
                    "--output".into(),
                    minified.clone(),
                ],
            )?;
            fs::rename(&minified, &script)?;
        }
    }
    // Everyone's stylesheet; the later screens' (everyone's after her home),
    // which her first visit does not download; and staff's, which a young
    // person's phone never downloads. `index.html` links the last two
    // switched off, the app switches each on when it is needed, and the
    // worker keeps them with the screens that need them.
    let stylesheet = write_stylesheet(root, &staging, &out, "pathway", "style", debug)?;
    let later_sheet = write_stylesheet(root, &staging, &out, LATER_SHEET, LATER_SHEET, debug)?;
    let staff_sheet = write_stylesheet(root, &staging, &out, STAFF_SHEET, STAFF_SHEET, debug)?;
    for later in [
        &mut screens.young_person,
        &mut screens.her_plan,
        &mut screens.staff,
        &mut screens.caseload,
    ] {
        later.push(format!("/{later_sheet}"));
    }
    for staff in [&mut screens.staff, &mut screens.caseload] {
        staff.push(format!("/{staff_sheet}"));
    }
    let screens = serde_json::to_string(&screens)?;
    fs::write(out.join(SCREENS), &screens)?;
    if staging.join("snippets").is_dir() {
        copy_tree(&staging.join("snippets"), &out.join("snippets"))?;
    }

    // Each language's words in files of their own, named by their content:
    // what her first screen needs, and the rest.
    fs::create_dir_all(out.join("lang"))?;
    let mut languages: BTreeMap<&str, LanguageFiles> = BTreeMap::new();
    for (lang, part, words) in languages::compile_all(root)? {
        let file = format!(
            "/lang/{}-{}-{}.txt",
            lang.code(),
            part.name(),
            short_hash(words.as_bytes())
        );
        fs::write(out.join(&file[1..]), &words)?;
        let language = languages
            .entry(lang.code())
            .or_insert_with(|| LanguageFiles {
                tag: lang.tag(),
                dir: if lang.right_to_left() { "rtl" } else { "ltr" },
                opening: String::new(),
                files: BTreeMap::new(),
            });
        if part == Part::First {
            language.opening = languages::plain(&words, OPENING)
                .with_context(|| format!("in {}'s words", lang.code()))?
                .to_owned();
        }
        language.files.insert(part.name(), file);
    }
    let index = fs::read_to_string(root.join("app").join("index.html"))?
        .replace("{/* {{languages}} */}", &serde_json::to_string(&languages)?)
        .replace("{{stylesheet}}", &stylesheet)
        .replace("{{later_stylesheet}}", &later_sheet)
        .replace("{{staff_stylesheet}}", &staff_sheet)
        .replace("{{script}}", &script)
        .replace("{{module}}", &module);
    fs::write(out.join("index.html"), index)?;

    copy_tree(&root.join("public"), &out)?;

    // The service worker precaches the shell everyone needs to open the app
    // with no connection (it keeps each screen's chunks as the app fetches
    // them); its cache is named by a hash of the whole build, so a new build
    // replaces the old cache whole.
    let mut shell = BTreeMap::new();
    let mut build = Sha256::new();
    for file in files_under(&out)? {
        let name = url_path(&out, &file);
        let bytes = fs::read(&file)?;
        build.update(name.as_bytes());
        build.update(&bytes);
        if name != "/sw.js"
            && name != format!("/{SCREENS}")
            && !is_bundle(&name)
            && !is_words(&name)
            && !is_install_icon(&name)
            && !is_kept_with_screens(&name)
        {
            shell.insert(name, bytes);
        }
    }
    let build = hex(&build.finalize())[..16].to_owned();
    let mut precache: Vec<String> = shell
        .keys()
        .filter(|name| name.as_str() != "/index.html")
        .cloned()
        .collect();
    precache.insert(0, "/".into());
    let list = precache
        .iter()
        .map(|name| format!("\"{name}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let worker = fs::read_to_string(out.join("sw.js"))?
        .replace("\"{{build}}\"", &format!("\"{build}\""))
        .replace("[/* {{precache}} */]", &format!("[{list}]"))
        .replace("{/* {{screens}} */}", &screens);
    if worker.contains("{{") {
        bail!("public/sw.js still has a placeholder after filling it in");
    }
    fs::write(out.join("sw.js"), worker)?;

    for file in files_under(&out)? {
        if is_compressible(&file) {
            precompress(&file, debug)?;
        }
    }
    println!(
        "Built {} into {} ({profile}, build {build})",
        script,
        out.display()
    );
    if debug {
        dictionaries::put_back(&out, &kept)?;
    } else {
        let update = dictionaries::write(&out, &kept)?;
        if update.whole > 0 {
            println!(
                "An update from the build before: {} compressed against it, {} on their own",
                kb(update.against_previous),
                kb(update.whole)
            );
        }
    }
    size(&out, false)
}

/// The message `index.html` shows, in her language, until the app is drawn
/// (the one a screen shows while its code comes).
const OPENING: &str = "screen-opening";

/// The name the main module imports the chunk loaders by, and the name the
/// loaders import the main module's JavaScript by; both are replaced by the
/// hashed names in `dist/`.
const LINK: &str = "./split.js";
const MAIN_MODULE: &str = "./pathway.js";

/// What the split step wrote.
struct Split {
    /// The main module, for wasm-bindgen.
    main: PathBuf,
    /// The JavaScript that loads each chunk when it is first needed.
    link: PathBuf,
    /// The lazily loaded chunks.
    chunks: Vec<PathBuf>,
    /// Each lazy function's name, and the names of the chunks it needs.
    needs: HashMap<String, Vec<String>>,
}

/// A chunk without its names, which only a debugger reads (the optimiser
/// drops them anyway): the split step writes an empty list of label names
/// into each, which Binaryen warns about, once a chunk, on every release
/// build. Only the `name` section goes; every other byte stays, so the
/// optimiser makes of it what it made before.
fn drop_names(chunk: &Path) -> Result<()> {
    let wasm = fs::read(chunk).with_context(|| format!("reading {}", chunk.display()))?;
    let kept = without_names(&wasm).with_context(|| format!("reading {}", chunk.display()))?;
    fs::write(chunk, kept).with_context(|| format!("writing {}", chunk.display()))
}

fn without_names(wasm: &[u8]) -> Result<Vec<u8>> {
    let mut rest = wasm
        .get(8..)
        .filter(|_| wasm.starts_with(b"\0asm"))
        .context("not a wasm module")?;
    let mut kept = wasm[..8].to_vec();
    while let Some((&id, after_id)) = rest.split_first() {
        let (size, after_size) = leb128(after_id)?;
        let body = after_size
            .get(..size)
            .context("a section runs past the end")?;
        let section = 1 + (after_id.len() - after_size.len()) + size;
        let is_names = id == 0
            && leb128(body).is_ok_and(|(len, name)| name.get(..len) == Some(b"name".as_slice()));
        if !is_names {
            kept.extend_from_slice(&rest[..section]);
        }
        rest = &rest[section..];
    }
    Ok(kept)
}

/// An unsigned LEB128 number at the start of `bytes`, and what follows it.
fn leb128(bytes: &[u8]) -> Result<(usize, &[u8])> {
    let mut value = 0usize;
    for (i, byte) in bytes.iter().enumerate().take(5) {
        value |= usize::from(byte & 0x7f) << (7 * i);
        if byte & 0x80 == 0 {
            return Ok((value, &bytes[i + 1..]));
        }
    }
    bail!("a length that does not end")
}

/// Splits the app at its `#[lazy]` functions (Leptos's lazy routes), as
/// cargo-leptos's `--split` does: the main module keeps the shell and what
/// every screen needs, and each lazy screen's code goes into a chunk loaded
/// the first time it opens.
fn split(wasm: &Path, dir: &Path) -> Result<Split> {
    let input = fs::read(wasm).with_context(|| format!("reading {}", wasm.display()))?;
    let main = dir.join("main.wasm");
    let mut options = wasm_split_cli_support::Options::new(&input);
    options.output_dir = dir;
    options.main_out_path = &main;
    options.link_name = LINK;
    options.main_module = MAIN_MODULE;
    let split = wasm_split_cli_support::transform(options)
        .map_err(|e| anyhow::anyhow!("{e:?}"))
        .with_context(|| format!("splitting {}", wasm.display()))?;
    let mut chunks = split.split_modules;
    chunks.sort();
    Ok(Split {
        main,
        link: dir.join(LINK),
        chunks,
        needs: split.prefetch_map,
    })
}

/// How the app is compiled for the browser, here in one place:
/// - Leptos erases each component's concrete view type behind a box:
///   measured 14 % smaller (355 → 307 KB brotli), for a little dynamic
///   dispatch;
/// - the linker keeps its relocations, which the split step reads to cut
///   the app into chunks at its lazy routes;
/// - the paths in panic messages lose the build machine's folders;
/// - in a release build, a panic traps at once, as an abort did, without
///   first writing a message no one reads (no panic hook prints it on a
///   phone): the standard library's formatting of panics and their messages
///   leave the download (her first visit 243.1 → 227.2 KB, `docs/sizes.md`);
/// - in a release build, `{:?}` writes nothing: nothing on the phone reads
///   one, so `Debug`'s code and the escaping tables it brings leave the
///   download (her first visit 188.9 → 185.8 KB); what the app says about a
///   failure is written with `Display`.
fn wasm_rustflags(root: &Path, debug: bool) -> Vec<String> {
    let mut flags = vec![
        "--cfg".to_owned(),
        "erase_components".to_owned(),
        "-Clink-args=--emit-relocs".to_owned(),
        format!("--remap-path-prefix={}=pathway", root.display()),
    ];
    if !debug {
        flags.extend([
            "-Zunstable-options".to_owned(),
            "-Cpanic=immediate-abort".to_owned(),
            "-Zfmt-debug=none".to_owned(),
        ]);
    }
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")));
    if let Some(cargo_home) = cargo_home {
        flags.push(format!(
            "--remap-path-prefix={}=cargo",
            cargo_home.join("registry").join("src").display()
        ));
    }
    flags
}

/// Runs a script of the build tools in `tools/` (from npm, installed by
/// `make dist`) with Node.
fn node(root: &Path, script: &str, args: &[PathBuf]) -> Result<()> {
    let tools = root.join("tools");
    if !tools.join("node_modules").is_dir() {
        bail!("the build tools are missing: run `make dist` (or `cd tools && npm ci`)");
    }
    let status = Command::new("node")
        .current_dir(&tools)
        .arg(script)
        .args(args)
        .status()
        .with_context(|| format!("running node {script}"))?;
    if !status.success() {
        bail!("node {script} failed");
    }
    Ok(())
}

/// Where the build lists the chunks each person's screens need, for the
/// size report (not part of the app).
const SCREENS: &str = "screens.json";

/// What each kind of person's screens need, by the name each lazy route
/// starts with (`app/src/routes/screens.rs`): the split step's chunks, then the
/// bundles they travel in (`bundles.rs`). A young person never downloads
/// staff screens.
#[derive(Serialize, Deserialize)]
struct Screens {
    young_person: Vec<String>,
    staff: Vec<String>,
    /// What her first screen, her home, needs; her plan (which a link
    /// may open first); and his first screen, the caseload.
    her_home: Vec<String>,
    her_plan: Vec<String>,
    caseload: Vec<String>,
    /// What reading back what a phone kept needs (`EveryoneKept`): every
    /// visit but a phone's first.
    kept: Vec<String>,
}

impl Screens {
    fn of(needs: &HashMap<String, Vec<String>>) -> Screens {
        // Split names keep the route's name (`YoungPersonPlan_…`); compared
        // without case or underscores.
        let files = |wanted: &dyn Fn(&str) -> bool| {
            let mut files: Vec<String> = needs
                .iter()
                .filter(|(split, _)| wanted(&split.replace('_', "").to_lowercase()))
                .flat_map(|(_, stems)| stems.iter().cloned())
                .collect();
            files.sort();
            files.dedup();
            files
        };
        Screens {
            young_person: files(&|s| s.starts_with("youngperson") || s.starts_with("everyone")),
            staff: files(&|s| s.starts_with("staff") || s.starts_with("everyone")),
            her_home: files(&|s| s.starts_with("youngpersonhome")),
            her_plan: files(&|s| s.starts_with("youngpersonplan")),
            caseload: files(&|s| s.starts_with("staffcaseload")),
            kept: files(&|s| s.starts_with("everyonekept")),
        }
    }
}

/// How `index.html` finds a language's words (`app/index.html`): its
/// files by [`Part`] name, and what the page says while the app's code
/// comes.
#[derive(Serialize)]
struct LanguageFiles {
    tag: &'static str,
    dir: &'static str,
    opening: String,
    #[serde(flatten)]
    files: BTreeMap<&'static str, String>,
}

/// Whether a file in `dist/` is a language's words: only hers is fetched,
/// and kept once it has been.
fn is_words(name: &str) -> bool {
    name.starts_with("/lang/")
}

/// Whether a file in `dist/` is one of the pictures the browser fetches
/// itself when she adds Pathway to her home screen (`manifest.webmanifest`):
/// no screen shows them, so the worker does not keep them (27 KB of her
/// first visit).
fn is_install_icon(name: &str) -> bool {
    name.starts_with("/icons/") && name.ends_with(".png")
}

/// Staff's stylesheet: `style/staff.css`, and its name in `dist/` before
/// its hash.
const STAFF_SHEET: &str = "staff";

/// The stylesheet of every screen after her home: `style/later.css`, and
/// its name in `dist/` before its hash.
const LATER_SHEET: &str = "later";

/// Whether a file in `dist/` is a stylesheet kept with the screens that
/// need it (the later screens', staff's) rather than in everyone's shell.
fn is_kept_with_screens(name: &str) -> bool {
    [STAFF_SHEET, LATER_SHEET]
        .iter()
        .any(|sheet| name.starts_with(&format!("/{sheet}-")))
        && name.ends_with(".css")
}

/// `style/{source}.css`, minified for a release build, written into `out`
/// as `{name}-{hash of its content}.css`; returns that name.
fn write_stylesheet(
    root: &Path,
    staging: &Path,
    out: &Path,
    source: &str,
    name: &str,
    debug: bool,
) -> Result<String> {
    let written = root.join("style").join(format!("{source}.css"));
    let mut css = fs::read(&written).with_context(|| format!("reading {}", written.display()))?;
    if !debug {
        let sheet = staging.join(format!("{source}.css"));
        fs::write(&sheet, &css)?;
        node(root, "minify-css.mjs", std::slice::from_ref(&sheet))?;
        css = fs::read(&sheet)?;
    }
    let file = format!("{name}-{}.css", short_hash(&css));
    fs::write(out.join(&file), &css)?;
    Ok(file)
}

/// Whether a file in `dist/` is a bundle of lazily loaded chunks.
fn is_bundle(name: &str) -> bool {
    name.starts_with("/screens-") && name.ends_with(".bin")
}

fn url_path(root: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(root).unwrap_or(file);
    let parts: Vec<_> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    format!("/{}", parts.join("/"))
}

fn files_under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            files.extend(files_under(&path)?);
        } else if !path.extension().is_some_and(|e| e == "br" || e == "gz") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let path = entry?.path();
        let target = to.join(path.file_name().context("a file with no name")?);
        if path.is_dir() {
            copy_tree(&path, &target)?;
        } else {
            fs::copy(&path, &target)
                .with_context(|| format!("copying {} to {}", path.display(), target.display()))?;
        }
    }
    Ok(())
}

fn brotli(bytes: &[u8], quality: u32) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, quality, 22);
        writer.write_all(bytes)?;
    }
    Ok(out)
}

/// Whether a file is sent compressed (`.br` and `.gz` beside it).
fn is_compressible(file: &Path) -> bool {
    file.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        matches!(
            e,
            "html" | "js" | "wasm" | "bin" | "css" | "json" | "webmanifest" | "svg" | "txt"
        )
    })
}

/// Writes `file.br` and `file.gz` beside `file`. Debug builds are several
/// megabytes, so they are squeezed less to keep the build quick.
fn precompress(file: &Path, debug: bool) -> Result<()> {
    let bytes = fs::read(file)?;
    let name = file.as_os_str().to_string_lossy();
    let (quality, level) = if debug { (5, 6) } else { (11, 9) };
    fs::write(format!("{name}.br"), brotli(&bytes, quality)?)?;
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(level));
    gzip.write_all(&bytes)?;
    fs::write(format!("{name}.gz"), gzip.finish()?)?;
    Ok(())
}

/// The most a young person's first visit, to her first screen (her home),
/// in English, may cost over the wire (brotli, in bytes), her language's
/// words included. The aim is 150 KB; this holds the ground gained so far,
/// so the first visit can only get lighter: lower it whenever a change
/// makes her first visit smaller, keeping about half a kilobyte for the
/// optimiser's own drift and for the folder the build is made in (an edit
/// that changed no code, and a second checkout of the same commit, have
/// each moved the build by 0.2 KB). What each change cost or saved is in
/// `docs/sizes.md`.
const FIRST_VISIT_BUDGET: u64 = 173_900;

/// Prints the raw and brotli size of each file of the app (the shell, then
/// each bundle of screens' code), largest first, and what each kind of
/// person downloads: to their first screen, and with every screen of
/// theirs precached. With
/// `budget`, fails when her first visit costs more than [`FIRST_VISIT_BUDGET`].
fn size(dist: &Path, budget: bool) -> Result<()> {
    if !dist.join("index.html").is_file() {
        bail!("{} has no build; run `make dist` first", dist.display());
    }
    let mut rows = BTreeMap::new();
    for file in files_under(dist)? {
        let name = url_path(dist, &file);
        if name.starts_with(&format!("/{DICTIONARY_DIR}/")) {
            continue;
        }
        let is_code = ["html", "js", "wasm", "bin", "css"]
            .iter()
            .any(|ext| name.ends_with(&format!(".{ext}")))
            && name != "/sw.js";
        if !is_code && !is_words(&name) {
            continue;
        }
        let raw = fs::metadata(&file)?.len();
        let br = fs::metadata(format!("{}.br", file.display()))
            .with_context(|| format!("{} has no .br beside it; run `make dist`", file.display()))?
            .len();
        rows.insert(name, (raw, br));
    }
    let mut table: Vec<_> = rows.iter().collect();
    table.sort_by_key(|(name, (_, br))| (is_words(name), is_bundle(name), std::cmp::Reverse(*br)));
    println!("{:<72} {:>10} {:>10}", "file", "raw", "brotli");
    for (name, (raw, br)) in &table {
        println!("{name:<72} {:>10} {:>10}", kb(*raw), kb(*br));
    }
    let total = |names: &mut dyn Iterator<Item = &String>| {
        names.fold((0, 0), |(raw, br), name| {
            let (r, b) = rows.get(name).copied().unwrap_or_default();
            (raw + r, br + b)
        })
    };
    let shell: Vec<String> = rows
        .keys()
        .filter(|n| !is_bundle(n) && !is_words(n) && !is_kept_with_screens(n))
        .cloned()
        .collect();
    // Her first visit downloads the first part of her language's words and
    // no other language's; all her screens, both parts.
    let words_of = |code: &str, parts: &[Part]| -> Vec<String> {
        rows.keys()
            .filter(|n| {
                parts
                    .iter()
                    .any(|part| n.starts_with(&format!("/lang/{code}-{}-", part.name())))
            })
            .cloned()
            .collect()
    };
    let (english, arabic) = (
        words_of("en", &[Part::First]),
        words_of("ar", &[Part::First]),
    );
    let all_english = words_of("en", &Part::ALL);
    let screens: Screens = serde_json::from_str(
        &fs::read_to_string(dist.join(SCREENS))
            .with_context(|| format!("{} has no {SCREENS}; run `make dist`", dist.display()))?,
    )?;
    println!();
    let (raw, br) = total(&mut rows.keys().filter(|n| !is_words(n)));
    println!(
        "{:<72} {:>10} {:>10}",
        "everything (in English)",
        kb(raw),
        kb(br)
    );
    for (label, files, words) in [
        (
            "a young person's first visit, to her home",
            &screens.her_home,
            &english,
        ),
        (
            "a young person's first visit in Arabic, to her home",
            &screens.her_home,
            &arabic,
        ),
        (
            "a young person's first visit, straight to her plan",
            &screens.her_plan,
            &all_english,
        ),
        (
            "a young person, with all her screens",
            &screens.young_person,
            &all_english,
        ),
        (
            "staff's first visit, to the caseload",
            &screens.caseload,
            &all_english,
        ),
        (
            "staff, with all their screens",
            &screens.staff,
            &all_english,
        ),
    ] {
        let (raw, br) = total(&mut shell.iter().chain(files).chain(words));
        println!("{label:<72} {:>10} {:>10}", kb(raw), kb(br));
    }
    let (_, first_visit) = total(&mut shell.iter().chain(&screens.her_home).chain(&english));
    if budget {
        if first_visit > FIRST_VISIT_BUDGET {
            bail!(
                "a young person's first visit costs {} over the wire; its budget is {}",
                kb(first_visit),
                kb(FIRST_VISIT_BUDGET)
            );
        }
        println!(
            "\na young person's first visit is within its budget of {}",
            kb(FIRST_VISIT_BUDGET)
        );
    }
    Ok(())
}

fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn custom(name: &str, body: &[u8]) -> Vec<u8> {
        let mut content = vec![name.len() as u8];
        content.extend(name.as_bytes());
        content.extend(body);
        let mut section = vec![0, content.len() as u8];
        section.extend(content);
        section
    }

    #[test]
    fn only_the_name_section_goes() -> Result<()> {
        let header = b"\0asm\x01\0\0\0".to_vec();
        let types = vec![1, 4, 1, 0x60, 0, 0];
        let producers = custom("producers", &[0]);
        let wasm = [
            header.clone(),
            types.clone(),
            custom("name", &[3, 0]),
            producers.clone(),
        ]
        .concat();
        assert_eq!(without_names(&wasm)?, [header, types, producers].concat());
        Ok(())
    }

    #[test]
    fn a_module_cut_short_is_refused() {
        assert!(without_names(b"\0asm\x01\0\0\0\x01\x09\x01").is_err());
        assert!(without_names(b"\0asm\x01\0\0\0\x01\x80").is_err());
        assert!(without_names(b"not a module").is_err());
    }
}
