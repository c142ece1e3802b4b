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

pub(crate) fn world(path: &str, world: Option<&str>) -> World {
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

/// The snapshot of every world of every fixture (`tests/expanded/<fixture>-<world>.rs`) and of
/// the runtime's own `kv.wit` client world.
fn snapshots() -> Vec<(String, String, String)> {
    let mut out =
        vec![("kv-client".to_owned(), "../neorun/wit/kv.wit".to_owned(), "client".to_owned())];
    for (path, world) in crate::tests::fixture_worlds() {
        let stem = Path::new(&path).file_stem().unwrap().to_string_lossy().into_owned();
        let file = format!("{stem}-{}", world.replace(['%', ':', '/', '@'], "-"));
        out.push((file, path, world));
    }
    out
}

#[test]
fn expansions_match_the_checked_in_snapshots() {
    let bless = std::env::var_os("NEORUN_BLESS").is_some_and(|v| v == "1");
    let dir = manifest().join("tests/expanded");
    let snapshots = snapshots();
    let mut stale = Vec::new();
    for (name, path, w) in &snapshots {
        let text = expand(&world(path, Some(w)), &quote!(::neorun));
        let file = dir.join(format!("{name}.rs"));
        if bless {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&file, &text).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&file).unwrap_or_default();
        if want != text {
            stale.push(format!("{}:\n{}", rel(&file), line_diff(&want, &text, 40)));
        }
    }
    if bless {
        // Snapshots of worlds that no longer exist.
        let keep: Vec<String> = snapshots.iter().map(|s| format!("{}.rs", s.0)).collect();
        for e in std::fs::read_dir(&dir).unwrap() {
            let e = e.unwrap();
            if !keep.contains(&e.file_name().to_string_lossy().into_owned()) {
                std::fs::remove_file(e.path()).unwrap();
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale or missing expansion snapshots (run with NEORUN_BLESS=1 and review the diff):\n{}",
        stale.join("\n")
    );
}

/// A line diff of `old` → `new` (longest common subsequence), `-`/`+` lines with their line
/// numbers, at most `max` of them.
fn line_diff(old: &str, new: &str, max: usize) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
    // lcs[i][j]: the common subsequence length of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] =
                if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while (i < a.len() || j < b.len()) && out.len() < max {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            (i, j) = (i + 1, j + 1);
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push(format!("  -{:>5} {}", i + 1, a[i]));
            i += 1;
        } else {
            out.push(format!("  +{:>5} {}", j + 1, b[j]));
            j += 1;
        }
    }
    if out.len() == max {
        out.push("  ...".to_owned());
    }
    out.join("\n")
}

#[test]
fn the_line_diff_shows_what_changed() {
    let d = line_diff("a\nb\nc\n", "a\nB\nc\nd\n", 10);
    assert_eq!(d, "  -    2 b\n  +    2 B\n  +    4 d");
}

fn rel(p: &Path) -> String {
    p.strip_prefix(manifest()).unwrap_or(p).display().to_string()
}
