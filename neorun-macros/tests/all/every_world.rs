//! Every world of every fixture under `tests/fixtures`, expanded and compiled: the macro's
//! output for real-world shapes of WIT builds without warnings. A fixture world missing here
//! fails `every_fixture_world_is_compiled`, which prints the line to add.

use std::collections::BTreeSet;
use std::path::Path;

#[neorun_macros::remote(path = "tests/fixtures/aliases.wit", world = "aliases")]
mod aliases_aliases {}

#[neorun_macros::remote(path = "tests/fixtures/all-types.wit", world = "all-types")]
mod all_types_all_types {}

#[neorun_macros::remote(path = "tests/fixtures/big-enums.wit", world = "big-enums")]
mod big_enums_big_enums {}

#[neorun_macros::remote(path = "tests/fixtures/both-sides.wit", world = "middle")]
mod both_sides_middle {}

#[neorun_macros::remote(path = "tests/fixtures/both-sides.wit", world = "provider")]
mod both_sides_provider {}

#[neorun_macros::remote(path = "tests/fixtures/cross-types.wit", world = "cross-types")]
mod cross_types_cross_types {}

#[neorun_macros::remote(path = "tests/fixtures/cross-types.wit", world = "cross-types-export")]
mod cross_types_cross_types_export {}

#[neorun_macros::remote(path = "tests/fixtures/deep.wit", world = "deep-world")]
mod deep_deep_world {}

#[neorun_macros::remote(path = "tests/fixtures/derive-names.wit", world = "derive-names")]
mod derive_names_derive_names {}

#[neorun_macros::remote(path = "tests/fixtures/docs.wit", world = "docs")]
mod docs_docs {}

#[neorun_macros::remote(path = "tests/fixtures/e2e.wit", world = "forwarder")]
mod e2e_forwarder {}

#[neorun_macros::remote(path = "tests/fixtures/every-type.wit", world = "every-type")]
mod every_type_every_type {}

#[neorun_macros::remote(path = "tests/fixtures/every-type.wit", world = "every-type-export")]
mod every_type_every_type_export {}

#[neorun_macros::remote(path = "tests/fixtures/include.wit", world = "base")]
mod include_base {}

#[neorun_macros::remote(path = "tests/fixtures/include.wit", world = "extended")]
mod include_extended {}

#[neorun_macros::remote(path = "tests/fixtures/include.wit", world = "renamed")]
mod include_renamed {}

#[neorun_macros::remote(path = "tests/fixtures/include.wit", world = "with-names")]
mod include_with_names {}

#[neorun_macros::remote(path = "tests/fixtures/include.wit", world = "plain-funcs")]
mod include_plain_funcs {}

#[neorun_macros::remote(path = "tests/fixtures/inline-clash.wit", world = "inline-clash")]
mod inline_clash_inline_clash {}

#[neorun_macros::remote(path = "tests/fixtures/keywords-all.wit", world = "crate")]
mod keywords_all_crate {}

#[neorun_macros::remote(path = "tests/fixtures/keywords-all.wit", world = "super")]
mod keywords_all_super {}

#[neorun_macros::remote(path = "tests/fixtures/keywords.wit", world = "keywords")]
mod keywords_keywords {}

#[neorun_macros::remote(path = "tests/fixtures/many-params.wit", world = "many-params")]
mod many_params_many_params {}

#[neorun_macros::remote(path = "tests/fixtures/many-params.wit", world = "wide-world")]
mod many_params_wide_world {}

#[neorun_macros::remote(path = "tests/fixtures/multi-world.wit", world = "client")]
mod multi_world_client {}

#[neorun_macros::remote(path = "tests/fixtures/multi-world.wit", world = "provider")]
mod multi_world_provider {}

#[neorun_macros::remote(path = "tests/fixtures/multi-world.wit", world = "proxy")]
mod multi_world_proxy {}

#[neorun_macros::remote(path = "tests/fixtures/multi.wit", world = "multi")]
mod multi_multi {}

#[neorun_macros::remote(path = "tests/fixtures/nested-pkgs.wit", world = "nested")]
mod nested_pkgs_nested {}

#[neorun_macros::remote(path = "tests/fixtures/nested-pkgs.wit", world = "only-b")]
mod nested_pkgs_only_b {}

#[neorun_macros::remote(path = "tests/fixtures/payloads.wit", world = "payloads-world")]
mod payloads_payloads_world {}

#[neorun_macros::remote(path = "tests/fixtures/same-names.wit", world = "same")]
mod same_names_same {}

#[neorun_macros::remote(path = "tests/fixtures/std-names.wit", world = "std-names")]
mod std_names_std_names {}

#[neorun_macros::remote(path = "tests/fixtures/types-only.wit", world = "types-only")]
mod types_only_types_only {}

#[neorun_macros::remote(path = "tests/fixtures/types-only.wit", world = "only-types")]
mod types_only_only_types {}

#[neorun_macros::remote(path = "tests/fixtures/types-only.wit", world = "nothing")]
mod types_only_nothing {}

#[neorun_macros::remote(path = "tests/fixtures/use-types.wit", world = "use-import")]
mod use_types_use_import {}

#[neorun_macros::remote(path = "tests/fixtures/use-types.wit", world = "use-world")]
mod use_types_use_world {}

#[neorun_macros::remote(path = "tests/fixtures/versioned.wit", world = "versioned")]
mod versioned_versioned {}

#[neorun_macros::remote(path = "tests/fixtures/versions", world = "versions")]
mod versions_versions {}

#[neorun_macros::remote(path = "tests/fixtures/with-deps", world = "app-world")]
mod with_deps_app_world {}

#[neorun_macros::remote(path = "tests/fixtures/with-deps", world = "other")]
mod with_deps_other {}

#[neorun_macros::remote(path = "tests/fixtures/world-funcs.wit", world = "world-funcs")]
mod world_funcs_world_funcs {}

#[neorun_macros::remote(path = "tests/fixtures/world-items.wit", world = "types-only-world")]
mod world_items_types_only_world {}

#[neorun_macros::remote(path = "tests/fixtures/world-items.wit", world = "funcs-world")]
mod world_items_funcs_world {}

#[neorun_macros::remote(path = "tests/fixtures/world-items.wit", world = "exports-only-world")]
mod world_items_exports_only_world {}

#[neorun_macros::remote(path = "tests/fixtures/world-type.wit", world = "type")]
mod world_type_type {}

#[neorun_macros::remote(path = "tests/fixtures/world-type.wit", world = "other")]
mod world_type_other {}

/// The `(path, world)` pairs this file compiles.
fn compiled() -> BTreeSet<(String, String)> {
    let this = include_str!("every_world.rs");
    let mut out = BTreeSet::new();
    for line in this.lines() {
        let Some(rest) = line.strip_prefix("#[neorun_macros::remote(path = \"") else { continue };
        let Some((path, rest)) = rest.split_once("\", world = \"") else { continue };
        let Some((world, _)) = rest.split_once('"') else { continue };
        out.insert((path.to_owned(), world.to_owned()));
    }
    out
}

#[test]
fn every_fixture_world_is_compiled() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let compiled = compiled();
    let mut missing = Vec::new();
    for e in std::fs::read_dir(root.join("tests/fixtures")).unwrap() {
        let p = e.unwrap().path();
        let rel = p.strip_prefix(root).unwrap().display().to_string();
        let mut resolve = wit_parser::Resolve::default();
        let (pkg, _) = resolve.push_path(&p).unwrap();
        for world in resolve.packages[pkg].worlds.keys() {
            if !compiled.contains(&(rel.clone(), world.clone())) {
                missing.push(format!(
                    "#[neorun_macros::remote(path = \"{rel}\", world = \"{world}\")]"
                ));
            }
        }
    }
    assert!(missing.is_empty(), "add to tests/all/every_world.rs:\n{}", missing.join("\n"));
    assert!(compiled.len() >= 40, "{} worlds", compiled.len());
}
