//! The integration tests of `neorun`, in one test binary: one module per subject, helpers in
//! `support`. Fixtures live in `tests/fixtures`, corpora in `fuzz/corpus`, both found through
//! `CARGO_MANIFEST_DIR`.
//!
//! Run one subject with a filter: `cargo test -p neorun --test all rpc_semantics::`.

mod dynamic_codec;
mod dynamic_corpus;
mod dynamic_e2e;
mod embed;
mod ledger_introspection;
mod rpc_authz;
mod rpc_driver;
mod rpc_frame_corpus;
mod rpc_golden;
mod rpc_nats;
mod rpc_semantics;
mod support;
mod transport_conformance;
