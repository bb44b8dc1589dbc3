//! Pathway's build program.
//!
//! `cargo xtask dist [--debug]` compiles the app to wasm, runs wasm-bindgen
//! (as a library, so nothing is downloaded at build time), names the files by
//! content hash, copies `public/` and `style/`, writes the service worker's
//! precache list, and precompresses every file with brotli and gzip.
//!
//! `cargo xtask size` prints the raw and brotli size of each file of the
//! app shell in `dist/`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root()?;
    match args.first().map(String::as_str) {
        Some("dist") => dist(&root, args.iter().any(|a| a == "--debug")),
        Some("size") => size(&root.join("dist")),
        _ => bail!("usage: cargo xtask dist [--debug] | cargo xtask size"),
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
    }
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
        .remove_name_section(!debug)
        .remove_producers_section(true)
        .generate(&staging)
        .with_context(|| format!("running wasm-bindgen on {}", split.main.display()))?;

    let out = root.join("dist");
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
    let mut link = link.replace(MAIN_MODULE, &format!("./{script}"));
    for chunk in &split.chunks {
        let stem = chunk
            .file_stem()
            .and_then(|s| s.to_str())
            .context("a chunk with no name")?;
        let named = format!("{stem}-{app_hash}.wasm");
        link = link.replace(&format!("\"./{stem}.wasm\""), &format!("\"./{named}\""));
        fs::copy(chunk, out.join(&named))?;
    }
    fs::write(out.join(&linker), link)?;
    if staging.join("snippets").is_dir() {
        copy_tree(&staging.join("snippets"), &out.join("snippets"))?;
    }

    let mut css = Vec::new();
    let mut sheets: Vec<PathBuf> = fs::read_dir(root.join("style"))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "css"))
        .collect();
    sheets.sort();
    for sheet in &sheets {
        css.extend(fs::read(sheet)?);
        css.push(b'\n');
    }
    let stylesheet = format!("style-{}.css", short_hash(&css));
    fs::write(out.join(&stylesheet), &css)?;

    let index = fs::read_to_string(root.join("app").join("index.html"))?
        .replace("{{stylesheet}}", &stylesheet)
        .replace("{{script}}", &script)
        .replace("{{module}}", &module);
    fs::write(out.join("index.html"), index)?;

    copy_tree(&root.join("public"), &out)?;

    // The service worker precaches everything else the app needs to open
    // with no connection; its cache is named by a hash of all of it, so a
    // new build replaces the old cache whole.
    let mut shell = BTreeMap::new();
    for file in files_under(&out)? {
        let name = url_path(&out, &file);
        if name != "/sw.js" {
            shell.insert(name, fs::read(&file)?);
        }
    }
    let mut build = Sha256::new();
    for (name, bytes) in &shell {
        build.update(name.as_bytes());
        build.update(bytes);
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
        .replace("[/* {{precache}} */]", &format!("[{list}]"));
    if worker.contains("{{") {
        bail!("public/sw.js still has a placeholder after filling it in");
    }
    fs::write(out.join("sw.js"), worker)?;

    for file in files_under(&out)? {
        let compressible = file.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            matches!(
                e,
                "html" | "js" | "wasm" | "css" | "json" | "webmanifest" | "svg" | "txt"
            )
        });
        if compressible {
            precompress(&file, debug)?;
        }
    }
    println!(
        "Built {} into {} ({profile}, build {build})",
        script,
        out.display()
    );
    size(&out)
}

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
    })
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

/// Prints the raw and brotli size of each shell file, largest first.
fn size(dist: &Path) -> Result<()> {
    if !dist.join("index.html").is_file() {
        bail!("{} has no build; run `make dist` first", dist.display());
    }
    let mut rows = Vec::new();
    for file in files_under(dist)? {
        let name = url_path(dist, &file);
        let is_shell = ["html", "js", "wasm", "css"]
            .iter()
            .any(|ext| name.ends_with(&format!(".{ext}")))
            && name != "/sw.js";
        if !is_shell {
            continue;
        }
        let raw = fs::metadata(&file)?.len();
        let br = fs::metadata(format!("{}.br", file.display()))
            .with_context(|| format!("{} has no .br beside it; run `make dist`", file.display()))?
            .len();
        rows.push((name, raw, br));
    }
    rows.sort_by_key(|row| std::cmp::Reverse(row.2));
    println!("{:<44} {:>10} {:>10}", "app shell file", "raw", "brotli");
    for (name, raw, br) in &rows {
        println!("{name:<44} {:>10} {:>10}", kb(*raw), kb(*br));
    }
    let raw: u64 = rows.iter().map(|r| r.1).sum();
    let br: u64 = rows.iter().map(|r| r.2).sum();
    println!("{:<44} {:>10} {:>10}", "total", kb(raw), kb(br));
    Ok(())
}

fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}
