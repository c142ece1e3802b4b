//! Compile-fail cases, one error kind per file, grouped by category under `tests/ui/`.
//!
//! trybuild builds each case as a crate of its own under `target/tests/trybuild/neorun-macros`,
//! so the cases name their WIT relative to that directory (`../../../../neorun-macros/...`).
//! Regenerate the `.stderr` files with `TRYBUILD=overwrite`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*/*.rs");
}
