//! The integration tests of the workspace's root package, in one test binary: one module per
//! subject, helpers in `support`. They run the real guest components built from `tests/guests`
//! (`neorun_workspace::guests`); WIT files are found through `CARGO_MANIFEST_DIR`.
//!
//! Run one subject with a filter: `cargo test -p neorun-workspace --test all interop::`.

mod e2e_tcp;
mod fault_guest;
mod guests_build;
mod interop;
mod load_reconnect;
mod support;
mod transports;
