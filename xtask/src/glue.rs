//! wasm-bindgen's output, made smaller where it costs her first visit and
//! buys nothing: the main module and its JavaScript, changed together, as
//! they must agree.
//!
//! - Shorter import names. wasm-bindgen names each import for what it
//!   wraps plus a 16-digit hash (`__wbg_get_unchecked_e6325ad374eff861`),
//!   and writes every name twice: in the module's import section and as a
//!   key of the JavaScript object that supplies it. The hashes hardly
//!   compress; 244 of them cost her first visit 6.0 KB. The names only
//!   have to agree, so both files get the shortest names there are.
//!   The same for the exports its JavaScript calls by their Rust symbol
//!   names (the closures' `invoke`), which are longer still.
//! - No classes nothing uses. A dependency's `#[wasm_bindgen]` exports stay
//!   in the module whether or not anything calls them; [`UNUSED_CLASSES`]
//!   are wasm-streams', which Leptos's server functions pull in and which
//!   Pathway, calling its API with `fetch`, never uses. With them go the
//!   promises their methods handed to JavaScript ([`empty_promises_of`]).
//!
//! Each step refuses to run on glue that is not as it expects, rather than
//! break the app: a wasm-bindgen that writes it differently stops the build.

use std::collections::HashSet;
use std::fs;
use std::path::Path;

use anyhow::{bail, Context, Result};

/// The module wasm-bindgen's JavaScript supplies the imports as.
const GLUE: &str = "./pathway_bg.js";

/// wasm-streams' classes, for Rust streams read from JavaScript.
const UNUSED_CLASSES: [&str; 3] = [
    "IntoUnderlyingByteSource",
    "IntoUnderlyingSink",
    "IntoUnderlyingSource",
];

/// Trims the main module `wasm` and its JavaScript `js`, in place. The
/// module must have its function names, which are kept only if
/// `keep_names`.
pub fn trim(wasm: &Path, js: &Path, keep_names: bool) -> Result<()> {
    let mut config = walrus::ModuleConfig::new();
    config.generate_name_section(keep_names);
    let mut module = walrus::Module::from_file_with_config(wasm, &config)
        .with_context(|| format!("reading {}", wasm.display()))?;
    let mut script = fs::read_to_string(js).with_context(|| format!("reading {}", js.display()))?;
    for class in UNUSED_CLASSES {
        drop_class(&mut script, class).with_context(|| format!("in {}", js.display()))?;
        drop_exports_of(&mut module, &script, class)?;
    }
    empty_promises_of(&mut module)?;
    shorten_imports(&mut module, &mut script).with_context(|| format!("in {}", js.display()))?;
    shorten_exports(&mut module, &mut script).with_context(|| format!("in {}", js.display()))?;
    module
        .emit_wasm_file(wasm)
        .with_context(|| format!("writing {}", wasm.display()))?;
    fs::write(js, script).with_context(|| format!("writing {}", js.display()))
}

/// Removes `class`, and what wasm-bindgen writes beside it, from `script`.
fn drop_class(script: &mut String, class: &str) -> Result<()> {
    cut(script, &format!("export class {class} {{\n"), "\n}\n")?;
    cut(
        script,
        &format!("if (Symbol.dispose) {class}.prototype[Symbol.dispose] = {class}.prototype.free;"),
        "\n",
    )?;
    cut(script, &format!("const {class}Finalization = "), ";\n")?;
    if script.contains(&format!("{class}.")) || script.contains(&format!("{class}(")) {
        bail!("{class} is still used");
    }
    Ok(())
}

/// Removes the one stretch of `script` from `start` to the first `end`
/// after it, both included.
fn cut(script: &mut String, start: &str, end: &str) -> Result<()> {
    let from = find_once(script, start)?;
    let to = script[from..]
        .find(end)
        .map(|at| from + at + end.len())
        .with_context(|| format!("{start:?} has no end"))?;
    script.replace_range(from..to, "");
    Ok(())
}

/// Removes the module's exports for `class`, once `script` no longer
/// calls them; the optimiser then drops their code.
fn drop_exports_of(module: &mut walrus::Module, script: &str, class: &str) -> Result<()> {
    let lower = class.to_lowercase();
    let free = format!("__wbg_{lower}_free");
    let methods = format!("{lower}_");
    let gone: Vec<_> = module
        .exports
        .iter()
        .filter(|export| export.name == free || export.name.starts_with(&methods))
        .map(|export| (export.id(), export.name.clone()))
        .collect();
    if gone.is_empty() {
        bail!("the module exports nothing for {class}: has wasm-bindgen's glue changed?");
    }
    for (id, name) in gone {
        if script.contains(&name) {
            bail!("{name} is still called by wasm-bindgen's JavaScript");
        }
        module.exports.delete(id);
    }
    Ok(())
}

/// Empties the functions the function table holds for [`UNUSED_CLASSES`]:
/// the promises their methods handed to JavaScript (`future_to_promise`
/// for a stream's pull, write, close and abort). Only those methods made
/// them, and the methods went with the classes' exports, so none is ever
/// called; but the table holds them from addresses written in the
/// module's data, which no optimiser can tell are never read, so each
/// stayed with all the code it calls. Each is now a trap.
fn empty_promises_of(module: &mut walrus::Module) -> Result<()> {
    if module.funcs.iter().all(|func| func.name.is_none()) {
        bail!("the module has no function names to find the classes' promises by");
    }
    let in_table: HashSet<walrus::FunctionId> = module
        .elements
        .iter()
        .flat_map(|element| match &element.items {
            walrus::ElementItems::Functions(funcs) => funcs.clone(),
            walrus::ElementItems::Expressions(_, exprs) => exprs
                .iter()
                .filter_map(|expr| match expr {
                    walrus::ConstExpr::RefFunc(func) => Some(*func),
                    _ => None,
                })
                .collect(),
        })
        .collect();
    let mut emptied = 0;
    for func in module.funcs.iter_mut() {
        let of_a_class = func.name.as_deref().is_some_and(|name| {
            name.contains("future_to_promise") && UNUSED_CLASSES.iter().any(|c| name.contains(c))
        });
        if !of_a_class || !in_table.contains(&func.id()) {
            continue;
        }
        if let walrus::FunctionKind::Local(local) = &mut func.kind {
            let entry = local.entry_block();
            local.block_mut(entry).instrs = vec![(
                walrus::ir::Instr::Unreachable(walrus::ir::Unreachable {}),
                walrus::ir::InstrLocId::default(),
            )];
            emptied += 1;
        }
    }
    if emptied == 0 {
        bail!(
            "the function table holds no promise of {UNUSED_CLASSES:?}: has wasm-streams changed?"
        );
    }
    Ok(())
}

/// Renames each of the module's imports from [`GLUE`], and its key in
/// `script`.
fn shorten_imports(module: &mut walrus::Module, script: &mut String) -> Result<()> {
    let glue = module
        .imports
        .iter_mut()
        .filter(|import| import.module == GLUE);
    for (n, import) in glue.enumerate() {
        // Each name is a key of the import object and nothing else.
        let key = format!("{}:", import.name);
        if script.matches(&import.name).count() != 1 {
            bail!("{} is not there exactly once", import.name);
        }
        let at = find_once(script, &key)?;
        let short = short_name(n);
        script.replace_range(at..at + key.len(), &format!("{short}:"));
        import.name = short;
    }
    Ok(())
}

/// Renames each export `script` calls by a Rust symbol's name (`_R…`),
/// there and in the module. Only `script` calls them: the split chunks
/// reach the main module through its table.
fn shorten_exports(module: &mut walrus::Module, script: &mut String) -> Result<()> {
    let taken: HashSet<String> = module.exports.iter().map(|e| e.name.clone()).collect();
    let symbols = module
        .exports
        .iter_mut()
        .filter(|export| export.name.starts_with("_R"));
    for (n, export) in symbols.enumerate() {
        let call = format!("wasm.{}(", export.name);
        let at = find_once(script, &call)?;
        let short = short_name(n);
        if taken.contains(&short) {
            bail!("the module already exports {short}");
        }
        script.replace_range(at..at + call.len(), &format!("wasm.{short}("));
        export.name = short;
    }
    Ok(())
}

/// Where `text` has `wanted`, if it has it exactly once.
fn find_once(text: &str, wanted: &str) -> Result<usize> {
    let mut found = text.match_indices(wanted).map(|(at, _)| at);
    match (found.next(), found.next()) {
        (Some(at), None) => Ok(at),
        (None, _) => bail!("{wanted:?} is not there: has wasm-bindgen's glue changed?"),
        (Some(_), Some(_)) => bail!("{wanted:?} is there more than once"),
    }
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
    use super::*;

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

    /// A function named `name` that returns 7.
    fn seven(module: &mut walrus::Module, name: &str) -> walrus::FunctionId {
        let mut builder =
            walrus::FunctionBuilder::new(&mut module.types, &[], &[walrus::ValType::I32]);
        builder.name(name.to_owned()).func_body().i32_const(7);
        builder.finish(Vec::new(), &mut module.funcs)
    }

    /// Whether `func` still returns 7.
    fn returns_seven(module: &walrus::Module, func: walrus::FunctionId) -> bool {
        let walrus::FunctionKind::Local(local) = &module.funcs.get(func).kind else {
            return false;
        };
        matches!(
            local.block(local.entry_block()).instrs.as_slice(),
            [(walrus::ir::Instr::Const(_), _)]
        )
    }

    #[test]
    fn only_the_classes_promises_in_the_table_are_emptied() -> Result<()> {
        let mut module = walrus::Module::default();
        let promise =
            "_RNCINvNtCs_6js_sys7futures17future_to_promiseNtCs_18IntoUnderlyingSink5write";
        let in_table = seven(&mut module, promise);
        let called = seven(&mut module, &format!("{promise}_called"));
        let ours = seven(&mut module, "_RNvNtCs_11pathway_app5shell5start");
        let table = module
            .tables
            .add_local(false, 3, Some(3), walrus::RefType::FUNCREF);
        module.elements.add(
            walrus::ElementKind::Active {
                table,
                offset: walrus::ConstExpr::Value(walrus::ir::Value::I32(0)),
            },
            walrus::ElementItems::Functions(vec![in_table, ours]),
        );
        empty_promises_of(&mut module)?;
        assert!(!returns_seven(&module, in_table));
        assert!(returns_seven(&module, called));
        assert!(returns_seven(&module, ours));
        // Nothing to empty is a wasm-streams that changed; a module
        // without names can't be searched.
        let mut without_promises = walrus::Module::default();
        let _ = seven(&mut without_promises, "_RNvNtCs_11pathway_app5shell5start");
        assert!(empty_promises_of(&mut without_promises).is_err());
        assert!(empty_promises_of(&mut walrus::Module::default()).is_err());
        Ok(())
    }

    #[test]
    fn exports_called_by_symbol_get_short_names_in_both() -> Result<()> {
        let mut module = walrus::Module::default();
        let long = "_RINvNvNtNtCs_12wasm_bindgen7convert8closures6invoke";
        let invoke = seven(&mut module, long);
        module.exports.add(long, invoke);
        module.exports.add("main", invoke);
        let mut script = format!("function f(a) {{ wasm.{long}(a); wasm.main(); }}");
        shorten_exports(&mut module, &mut script)?;
        assert_eq!(script, "function f(a) { wasm.a(a); wasm.main(); }");
        let names: Vec<&str> = module.exports.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["a", "main"]);
        // A symbol the JavaScript does not call once and once only stops the build.
        module.exports.add(long, invoke);
        assert!(
            shorten_exports(&mut module, &mut format!("wasm.{long}(); wasm.{long}();")).is_err()
        );
        Ok(())
    }

    /// A class as wasm-bindgen 0.2.130 writes it, between what stays.
    const GLUE_WITH_A_CLASS: &str = "import * as import1 from \"./split.js\"\n\n\
export class Source {\n    free() {\n        wasm.__wbg_source_free(ptr, 0);\n    }\n    pull(c) {\n        return wasm.source_pull(this.__wbg_ptr, c);\n    }\n}\n\
if (Symbol.dispose) Source.prototype[Symbol.dispose] = Source.prototype.free;\n\n\
export class Kept {\n}\n\
const SourceFinalization = (typeof FinalizationRegistry === 'undefined')\n    ? { register: () => {}, unregister: () => {} }\n    : new FinalizationRegistry(ptr => wasm.__wbg_source_free(ptr, 1));\n\
function addToExternrefTable0(obj) {}\n";

    #[test]
    fn a_class_goes_with_all_wasm_bindgen_writes_for_it() -> Result<()> {
        let mut script = GLUE_WITH_A_CLASS.to_owned();
        drop_class(&mut script, "Source")?;
        assert_eq!(
            script,
            "import * as import1 from \"./split.js\"\n\n\n\
export class Kept {\n}\nfunction addToExternrefTable0(obj) {}\n"
        );
        Ok(())
    }

    #[test]
    fn glue_not_as_expected_stops_the_build() {
        let mut script = GLUE_WITH_A_CLASS.to_owned();
        assert!(drop_class(&mut script, "Missing").is_err());
        let mut used = format!("{GLUE_WITH_A_CLASS}new Source();\n");
        assert!(drop_class(&mut used, "Source").is_err());
        assert!(find_once("a: b: a:", "a:").is_err());
        assert_eq!(find_once("a: b:", "b:").ok(), Some(3));
    }
}
