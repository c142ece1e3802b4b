//! The generator without the compiler: expansions parse, name the runtime only through the
//! `__private` door, and match the checked-in pretty-printed snapshots
//! (`tests/expanded/*.rs`; regenerate with `NEORUN_BLESS=1`).

use std::path::{Path, PathBuf};

use proc_macro2::{Spacing, Span, TokenStream, TokenTree};
use quote::quote;

use super::generate;
use crate::errors::Errors;
use crate::ir::World;
use crate::lower;

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn world(path: &str, world: Option<&str>) -> World {
    let mut errors = Errors::default();
    let w = lower::load(
        &manifest(),
        path,
        world.map(|w| (w, Span::call_site())),
        Span::call_site(),
        &mut errors,
    );
    assert!(errors.is_empty(), "{:?}", errors.finish().err().map(|e| e.to_string()));
    w.unwrap()
}

fn expand(w: &World, rt: &TokenStream) -> String {
    let tokens = generate(w, rt);
    let file: syn::File = syn::parse2(tokens).expect("the expansion parses as items");
    prettyplease::unparse(&file)
        .replace(&format!("{}/", manifest().display()), "$CARGO_MANIFEST_DIR/")
}

/// The first segment of every absolute path (`::a::b`) in `tokens`: a `::` not preceded by a
/// path segment (an identifier) or a generic list's closing `>`.
fn absolute_roots(tokens: TokenStream, out: &mut Vec<String>) {
    let toks: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, t) in toks.iter().enumerate() {
        match t {
            TokenTree::Group(g) => absolute_roots(g.stream(), out),
            TokenTree::Ident(id) if i >= 2 => {
                let colon = |t: &TokenTree| matches!(t, TokenTree::Punct(p) if p.as_char() == ':');
                let joins = |t: &TokenTree| {
                    matches!(t, TokenTree::Ident(_))
                        || matches!(t, TokenTree::Punct(p) if p.as_char() == '>')
                };
                let joint =
                    matches!(&toks[i - 2], TokenTree::Punct(p) if p.spacing() == Spacing::Joint);
                if colon(&toks[i - 1])
                    && colon(&toks[i - 2])
                    && joint
                    && (i == 2 || !joins(&toks[i - 3]))
                {
                    out.push(id.to_string());
                }
            }
            _ => {}
        }
    }
}

#[test]
fn expansions_reach_only_core_std_and_the_runtime_door() {
    let w = world("../neorun/wit/kv.wit", Some("client"));
    let tokens = generate(&w, &quote!(::neorun));
    let mut roots = Vec::new();
    absolute_roots(tokens.clone(), &mut roots);
    assert!(!roots.is_empty());
    for r in &roots {
        assert!(["core", "std", "neorun"].contains(&r.as_str()), "absolute path from `::{r}`");
    }
    let text = tokens.to_string();
    assert!(!text.contains(":: neorun :: host"), "generated code must use __private");
    let runtime_uses = text.matches(":: neorun ::").count();
    assert_eq!(runtime_uses, text.matches(":: neorun :: __private").count());
}

#[test]
fn crate_option_replaces_every_runtime_path() {
    let w = world("tests/fixtures/e2e.wit", None);
    let text = generate(&w, &quote!(crate::rt)).to_string();
    assert!(!text.contains(":: neorun"), "{text}");
    assert!(text.contains("crate :: rt :: __private :: wasmtime"));
}

#[test]
fn kebab_and_keyword_names_become_rust_identifiers() {
    let text = expand(&world("tests/fixtures/keywords.wit", None), &quote!(::neorun));
    for needle in [
        "pub mod r#type",
        "pub struct Self_",
        "pub r#type: u32",
        "pub kebab_case_field: u8",
        "fn r#match(",
        "self_: Self_",
        "fn r#async(",
        "fn self_test(",
        "r#in: u32",
        "SELF",
        "#[component(name = \"kebab-case-field\")]",
    ] {
        assert!(text.contains(needle), "missing `{needle}`");
    }
}

#[test]
fn wit_docs_become_rustdoc() {
    let text = expand(&world("../neorun/wit/kv.wit", Some("client")), &quote!(::neorun));
    assert!(text.contains("/// One stored value with its metadata."));
    assert!(text.contains("/// The entry stored under `key`, if any."));
}

#[test]
fn every_wit_file_read_is_tracked() {
    let w = world("tests/fixtures/with-deps", Some("app-world"));
    assert_eq!(w.files.len(), 2, "{:?}", w.files);
    let text = expand(&w, &quote!(::neorun));
    assert!(text.contains("\"$CARGO_MANIFEST_DIR/tests/fixtures/with-deps/main.wit\""));
    assert!(text.contains("with-deps/deps/base/shapes.wit"));
}

/// The fixtures whose expansion is checked in.
const SNAPSHOTS: &[(&str, &str, Option<&str>)] = &[
    ("kv-client", "../neorun/wit/kv.wit", Some("client")),
    ("world-funcs", "tests/fixtures/world-funcs.wit", None),
    ("multi", "tests/fixtures/multi.wit", None),
];

#[test]
fn expansions_match_the_checked_in_snapshots() {
    let bless = std::env::var_os("NEORUN_BLESS").is_some_and(|v| v == "1");
    let dir = manifest().join("tests/expanded");
    for (name, path, w) in SNAPSHOTS {
        let text = expand(&world(path, *w), &quote!(::neorun));
        let file = dir.join(format!("{name}.rs"));
        if bless {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&file, &text).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&file).unwrap_or_else(|e| {
            panic!("{}: {e}; run with NEORUN_BLESS=1 to create it", rel(&file))
        });
        assert!(
            want == text,
            "{} is stale; run with NEORUN_BLESS=1 and review the diff",
            rel(&file)
        );
    }
}

fn rel(p: &Path) -> String {
    p.strip_prefix(manifest()).unwrap_or(p).display().to_string()
}
