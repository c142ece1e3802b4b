//! The integration tests of `neopack`, in one test binary: one module per subject, shared test
//! data in `support`. SPEC.md and the fuzz corpora are found through `CARGO_MANIFEST_DIR`.
//!
//! Run one subject with a filter: `cargo test -p neopack --test all golden::`.

mod encoder;
mod fuzz_corpus;
mod golden;
mod props;
mod props_schemaless;
mod reject;
mod support;
