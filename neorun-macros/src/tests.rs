//! `expand` on every fixture and every malformed WIT file: it returns tokens or a `syn::Error`,
//! never panics, and a WIT error names the file, line and column.

use std::path::{Path, PathBuf};

use quote::quote;

use crate::expand;

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The attribute arguments for `path` (relative to the manifest) and an optional world.
fn attr(path: &str, world: Option<&str>) -> proc_macro2::TokenStream {
    match world {
        Some(w) => quote!(path = #path, world = #w),
        None => quote!(path = #path),
    }
}

/// Expands, catching a panic as a test failure that names the case.
fn try_expand(path: &str, world: Option<&str>) -> syn::Result<proc_macro2::TokenStream> {
    let a = attr(path, world);
    std::panic::catch_unwind(|| {
        expand(
            a,
            quote!(
                mod m {}
            ),
        )
    })
    .unwrap_or_else(|_| panic!("expand panicked on {path} (world {world:?})"))
}

/// Every world of every fixture (files and folders), by name.
pub(crate) fn fixture_worlds() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let dir = manifest().join("tests/fixtures");
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let rel = p.strip_prefix(manifest()).unwrap().display().to_string();
        let mut resolve = wit_parser::Resolve::default();
        let (pkg, _) =
            resolve.push_path(&p).unwrap_or_else(|e| panic!("{rel}: {}", resolve.render_error(&e)));
        for name in resolve.packages[pkg].worlds.keys() {
            out.push((rel.clone(), name.clone()));
        }
    }
    out.sort();
    out
}

#[test]
fn every_world_of_every_fixture_expands() {
    let worlds = fixture_worlds();
    assert!(worlds.len() >= 40, "only {} fixture worlds", worlds.len());
    for (path, world) in &worlds {
        let tokens =
            try_expand(path, Some(world)).unwrap_or_else(|e| panic!("{path} world {world}: {e}"));
        syn::parse2::<syn::File>(tokens).unwrap_or_else(|e| panic!("{path} {world}: {e}"));
    }
}

#[test]
fn malformed_wit_is_a_wit_error_with_its_position() {
    let dir = manifest().join("tests/malformed");
    let mut cases: Vec<PathBuf> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    cases.sort();
    assert!(cases.len() >= 15);
    for case in cases {
        let rel = case.strip_prefix(manifest()).unwrap().display().to_string();
        let name = Path::new(&rel).file_name().unwrap().to_string_lossy().into_owned();
        let world = (name != "no-world.wit").then_some("w");
        let err = match try_expand(&rel, world) {
            Ok(_) => panic!("{rel}: expanded, but the WIT is invalid or unsupported"),
            Err(e) => e.to_string(),
        };
        // Every message is a sentence about the WIT, never about generated Rust.
        assert!(!err.contains("__neorun"), "{rel}: {err}");
        if !["no-world.wit", "unknown-dep.wit"].contains(&name.as_str()) {
            assert!(err.contains(&format!("{rel}:")), "{rel}: no position in: {err}");
        }
    }
}

#[test]
fn unsupported_constructs_are_listed_in_one_error_with_their_users() {
    let err = try_expand("tests/malformed/unsupported-all.wit", Some("w")).unwrap_err();
    let errors: Vec<String> = err.into_iter().map(|e| e.to_string()).collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let msg = &errors[0];
    for needle in [
        "world `bad:unsupported/w` uses WIT that #[neorun::remote] does not support yet",
        "resource `file` in interface `bad:unsupported/files` (tests/malformed/unsupported-all.wit:4:",
        "handle `own<file>` in function `open` of interface `bad:unsupported/files`",
        "handle `borrow<file>` in function `size`",
        "type `handle-box`",
        "stream in function `bytes`",
        "future in function `later`",
        "error-context in function `fail`",
        "async function `slow`",
    ] {
        assert!(msg.contains(needle), "missing `{needle}` in:\n{msg}");
    }
}
